"""Dates told relative to the publication date or to the last full date told before."""

import datetime as dt

import pytest

from kg.dates import DateSpan, PartialDate
from kg.extract.relative import (
    days_after,
    months_after,
    night_before,
    partial,
    relative,
    weeks_after,
)

WEDNESDAY = dt.date(2024, 2, 14)


def test_days_and_months_after_the_last_full_date():
    span, flags = days_after(dt.date(2023, 12, 31), 1)
    assert span == DateSpan(PartialDate(2024, 1, 1)) and "anaphoric" in flags
    span, _ = months_after(dt.date(2023, 12, 31), 1)
    assert span == DateSpan(PartialDate(2024, 1))
    assert days_after(None, 1) == (None, ("relative", "unresolved"))


def test_a_night_runs_from_the_day_before():
    span, _ = night_before((DateSpan(PartialDate(2008, 8, 13)), ("x",)))
    assert span == DateSpan(PartialDate(2008, 8, 12), PartialDate(2008, 8, 13))
    month = DateSpan(PartialDate(2008, 8))
    assert night_before((month, ()))[0] == month  # no day: nothing to move


def test_partial_dates_must_exist():
    assert partial(2024, 2, 29) == PartialDate(2024, 2, 29)
    with pytest.raises(ValueError):
        partial(2023, 2, 30)
    with pytest.raises(ValueError):
        partial(2023, None, 5)


def test_weekdays_look_back_for_what_was_done_and_ahead_for_plans():
    assert relative("weekday", -1, 1, WEDNESDAY)[0] == DateSpan(PartialDate(2024, 2, 13))
    assert relative("weekday", 1, 1, WEDNESDAY)[0] == DateSpan(PartialDate(2024, 2, 20))
    assert relative("weekday", -1, 2, WEDNESDAY)[0] == DateSpan(PartialDate(2024, 2, 14))


def test_relative_months_and_days_and_the_unknown():
    assert relative("month", -1, None, WEDNESDAY, day_of=24)[0] == DateSpan(
        PartialDate(2024, 1, 24)
    )
    assert relative("month", -1, None, dt.date(2024, 3, 31), day_of=30)[0] is None  # 30 Feb
    assert relative("day", -1, None, WEDNESDAY)[0] == DateSpan(PartialDate(2024, 2, 13))
    assert relative("year", -1, None, WEDNESDAY, month=4)[0] == DateSpan(PartialDate(2023, 4))
    assert relative("day", -1, None, None) == (None, ("relative", "unresolved"))


def test_a_week_is_its_days_from_monday_to_sunday():
    assert relative("week", -1, None, WEDNESDAY)[0] == DateSpan(
        PartialDate(2024, 2, 5), PartialDate(2024, 2, 11)
    )
    assert relative("week", 1, None, WEDNESDAY)[0] == DateSpan(
        PartialDate(2024, 2, 19), PartialDate(2024, 2, 25)
    )
    sunday = dt.date(2024, 2, 18)  # still the week of Monday 12 February
    assert relative("week", 0, None, sunday)[0] == DateSpan(
        PartialDate(2024, 2, 12), PartialDate(2024, 2, 18)
    )


def test_earlier_and_later_this_week_stop_at_the_publication_day():
    assert relative("week_earlier", 0, None, WEDNESDAY)[0] == DateSpan(
        PartialDate(2024, 2, 12), PartialDate(2024, 2, 13)
    )
    assert relative("week_later", 0, None, WEDNESDAY)[0] == DateSpan(
        PartialDate(2024, 2, 15), PartialDate(2024, 2, 18)
    )
    monday = dt.date(2024, 2, 12)  # nothing of the week before it: that day alone
    assert relative("week_earlier", 0, None, monday)[0] == DateSpan(PartialDate(2024, 2, 12))


def test_the_following_week_counts_from_the_last_full_date():
    span, flags = weeks_after(WEDNESDAY, 1)
    assert span == DateSpan(PartialDate(2024, 2, 19), PartialDate(2024, 2, 25))
    assert "anaphoric" in flags
    assert weeks_after(None, 1) == (None, ("relative", "unresolved"))


def test_a_weekend_told_on_a_saturday_is_that_weekend():
    saturday = dt.date(2024, 2, 17)
    assert relative("weekend", 0, None, saturday)[0] == DateSpan(
        PartialDate(2024, 2, 17), PartialDate(2024, 2, 18)
    )
    assert relative("weekend", 0, None, WEDNESDAY)[0] == DateSpan(
        PartialDate(2024, 2, 10), PartialDate(2024, 2, 11)
    )
