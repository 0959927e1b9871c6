"""Dates told relative to another: to the publication date (``yesterday``, ``last week``,
``last month``, ``on Monday``), to the last full date told before (``the next day``, ``the
following week``, ``a month later``), or to the day a night ran into (``в ночь на 13
августа``); and partial dates checked to exist.
"""

from __future__ import annotations

import calendar
import datetime as dt

from kg.dates import DateSpan, PartialDate

_ONE = dt.timedelta(days=1)
_SIX_DAYS = dt.timedelta(days=6)


def days_after(day: dt.date | None, offset: int) -> tuple[DateSpan | None, tuple[str, ...]]:
    """``that day``, ``the next day``: ``offset`` days after the last full date told before."""
    if day is None:
        return None, ("relative", "unresolved")
    when = day + dt.timedelta(days=offset)
    return DateSpan(PartialDate(when.year, when.month, when.day)), ("relative", "anaphoric")


def months_after(day: dt.date | None, offset: int) -> tuple[DateSpan | None, tuple[str, ...]]:
    """``a month later``: the month ``offset`` months after the last full date told before."""
    if day is None:
        return None, ("relative", "unresolved")
    index = day.year * 12 + day.month - 1 + offset
    return DateSpan(PartialDate(index // 12, index % 12 + 1)), ("relative", "anaphoric")


def weeks_after(day: dt.date | None, offset: int) -> tuple[DateSpan | None, tuple[str, ...]]:
    """``the following week``: the week (Monday to Sunday, a range of days) ``offset`` weeks
    after the week of the last full date told before."""
    if day is None:
        return None, ("relative", "unresolved")
    monday = day + dt.timedelta(days=7 * offset - day.weekday())
    first, last = (PartialDate(d.year, d.month, d.day) for d in (monday, monday + _SIX_DAYS))
    return DateSpan(first, last), ("relative", "anaphoric", "week")


def night_before(
    resolved: tuple[DateSpan | None, tuple[str, ...]],
) -> tuple[DateSpan | None, tuple[str, ...]]:
    """``в ночь на 13 августа``: the night from the day before into that day."""
    span, flags = resolved
    if span is None or span.is_range or span.start.day is None:
        return span, flags
    eve = span.earliest - dt.timedelta(days=1)
    return DateSpan(PartialDate(eve.year, eve.month, eve.day), span.start), flags


def partial(year: int | None, month: int | None, day: int | None) -> PartialDate:
    """A date to the precision given; ``ValueError`` for a day that does not exist or a day
    without its month (``February 30``)."""
    if year is None:
        raise ValueError("no year")
    if month is not None:
        dt.date(year, month, day or 1)
    elif day is not None:
        raise ValueError("a day without a month")
    return PartialDate(year, month, day)


def relative(
    unit: str | None,
    offset: int,
    weekday: int | None,
    published: dt.date | None,
    month: int | None = None,
    day_of: int | None = None,
) -> tuple[DateSpan | None, tuple[str, ...]]:
    """A date told relative to the publication date: ``unit`` day, week, month, year or
    weekday, ``offset`` of them away (``yesterday``, ``last week``, ``last month``, ``on
    Monday``), with the month or the day of the month the text names.

    A weekend is its Saturday and Sunday, the last ones on or before publication (``offset``
    1: the next ones). The model has no week precision: a week is the range of its days,
    Monday to Sunday
    (``week_earlier`` and ``week_later``: the days of the publication week before or after
    the publication day, ``earlier this week``, ``later this week``).

    >>> relative("week", -1, None, dt.date(2024, 11, 24))[0].iso()  # a Sunday
    '2024-11-11/2024-11-17'
    """
    if published is None or unit == "none":
        return None, ("relative", "unresolved")
    if unit == "day":
        day = published + dt.timedelta(days=offset)
        return DateSpan(PartialDate(day.year, day.month, day.day)), ("relative",)
    if unit in ("week", "week_earlier", "week_later"):
        monday = published + dt.timedelta(days=7 * offset - published.weekday())
        sunday = monday + dt.timedelta(days=6)
        if unit == "week_earlier":  # "earlier this week": up to the day before publication
            sunday = max(monday, published - dt.timedelta(days=1))
        elif unit == "week_later":  # "later this week": from the day after publication
            monday = min(sunday, published + dt.timedelta(days=1))
        first, last = (PartialDate(d.year, d.month, d.day) for d in (monday, sunday))
        return DateSpan(first, last if last != first else None), ("relative", "week")
    if unit == "weekend":  # the last Saturday and Sunday (offset 1: the next ones)
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        saturday += dt.timedelta(days=7 * offset)
        first, last = (PartialDate(d.year, d.month, d.day) for d in (saturday, saturday + _ONE))
        return DateSpan(first, last), ("relative", "week")
    if unit == "month":
        index = published.year * 12 + published.month - 1 + offset
        year, month = index // 12, index % 12 + 1
        if day_of is not None and day_of > calendar.monthrange(year, month)[1]:
            return None, ("relative", "unresolved")  # "ötən ayın 24-də": last month's 24th
        return DateSpan(PartialDate(year, month, day_of)), ("relative",)
    if unit == "year":
        year = published.year + offset
        return DateSpan(PartialDate(year, month)), ("relative",)
    if unit == "weekday" and weekday is not None:
        if offset > 0:
            delta = (weekday - published.weekday() - 1) % 7 + 1
        else:
            delta = -((published.weekday() - weekday) % 7)
        day = published + dt.timedelta(days=delta)
        return DateSpan(PartialDate(day.year, day.month, day.day)), ("relative", "weekday")
    return None, ("relative", "unresolved")


SEASONS = ("season", "last_season", "next_season")


def season(
    unit: str, first: int, year: int | None, published: dt.date | None
) -> tuple[DateSpan | None, tuple[str, ...]]:
    """A season (``the autumn of 2020``, ``this summer``, ``last spring``): the three months
    from its ``first`` (meteorological, northern hemisphere; winter, which spans two years,
    is not one), of the ``year`` told, else of the publication year; ``last_season`` is the
    last one ended before the publication month, ``next_season`` the next one to begin.

    >>> season("season", 9, 2020, None)[0].iso()
    '2020-09/2020-11'
    >>> season("last_season", 6, None, dt.date(2024, 7, 10))[0].iso()
    '2023-06/2023-08'
    """
    flags: tuple[str, ...] = ()
    if year is None:
        if published is None:
            return None, ("relative", "unresolved")
        year, flags = published.year, ("relative",)
        if unit == "last_season" and published.month <= first + 2:
            year -= 1
        elif unit == "next_season" and published.month >= first:
            year += 1
    return DateSpan(PartialDate(year, first), PartialDate(year, first + 2)), flags
