"""Dates of reports and of what they report: a relative week dates an event, and a date
between a reporting verb and "that" dates the report, not what it reports."""

import datetime as dt

import pytest

from kg.dictionary import Dictionary
from tests.extract.sample import events


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Azerbaijan expelled two Iranian diplomats last week.", "en"),
        ("На прошлой неделе Азербайджан выслал двух иранских дипломатов.", "ru"),
        ("Azərbaycan keçən həftə iki İran diplomatını ölkədən çıxarıb.", "az"),
    ],
)
def test_an_event_of_last_week_is_dated_by_that_week(
    text: str, language: str, dictionary: Dictionary
) -> None:
    found = events(text, dictionary, language, published=dt.date(2023, 5, 10))
    assert [(e.type, e.date.iso() if e.date else None) for e in found] == [
        ("DiplomaticDowngrade", "2023-05-01/2023-05-07")
    ]


def test_talks_next_week_are_planned_for_that_week(dictionary: Dictionary) -> None:
    text = "Armenia and Azerbaijan will hold talks in Almaty next week."
    found = events(text, dictionary, published=dt.date(2024, 5, 8))
    assert [(e.date.iso() if e.date else None, e.status.value) for e in found] == [
        ("2024-05-13/2024-05-19", "Planned")
    ]


def test_a_date_of_saying_gives_what_is_reported_no_date_of_its_own(
    dictionary: Dictionary,
) -> None:
    text = (
        "Iran held military drills near the Azerbaijani border on 1 October 2021."
        " Ilham Aliyev said last week that the drills worried Azerbaijan and that Turkey would"
        " study them."
    )
    found = events(text, dictionary, published=dt.date(2021, 10, 12))
    assert [(e.type, e.date.iso() if e.date else None) for e in found] == [
        ("MilitaryExercise", "2021-10-01")
    ]
