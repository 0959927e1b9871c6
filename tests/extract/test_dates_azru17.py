"""Date patterns of extraction round 17 (Azerbaijani and Russian slice)."""

import datetime as dt

import pytest

from kg.extract.dates import find_dates

PUBLISHED = dt.date(2024, 3, 15)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Протокол подписан 27.01.2023 в Москве.", "2023-01-27"),
        ("ru", "Протокол подписан 05.11.2020 г. в Москве.", "2020-11-05"),
        ("az", "Saziş 27.01.2023 tarixində imzalanıb.", "2023-01-27"),
        ("az", "Saziş 05.11.2020-ci il tarixində imzalanıb.", "2020-11-05"),
        ("ru", "Встреча прошла 27-го января 2023 года.", "2023-01-27"),
        ("ru", "Встреча прошла 12-го марта.", "2024-03-12"),
        ("ru", "В 2020-м году началась война.", "2020"),
    ],
)
def test_numeric_ordinal_and_year_dates(language: str, text: str, expected: str) -> None:
    assert [d.span.iso() for d in find_dates(text, language, PUBLISHED) if d.span] == [expected]


def test_a_number_that_is_no_month_makes_no_date() -> None:
    assert find_dates("Счёт матча 27.13.2023 не изменился.", "ru", PUBLISHED) == []
