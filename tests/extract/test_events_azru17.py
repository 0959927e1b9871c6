"""Event rules of extraction round 17 (Azerbaijani and Russian slice)."""

import datetime as dt

import pytest

from kg.dictionary import Dictionary
from tests.extract.sample import events

PUBLISHED = dt.date(2024, 3, 15)


@pytest.mark.parametrize(
    ("language", "text", "host"),
    [
        ("ru", "Никол Пашинян 5 марта прибыл с официальным визитом в Париж.", "france"),
        ("ru", "Ильхам Алиев совершил визит в Минск.", "belarus"),
        ("az", "İlham Əliyev Berlində səfərdə olub.", "germany"),
    ],
)
def test_a_visit_to_a_national_capital_is_a_visit_to_its_state(
    language: str, text: str, host: str, dictionary: Dictionary
) -> None:
    found = events(text, dictionary, language, PUBLISHED)
    assert any(e.type == "StateVisit" and host in e.involved() for e in found)


def test_a_national_capital_that_condemns_stands_for_its_state(dictionary: Dictionary) -> None:
    found = events("Париж осудил нападение Азербайджана на Армению.", dictionary, "ru", PUBLISHED)
    assert any(e.type == "Accusation" and "france" in e.involved() for e in found)
