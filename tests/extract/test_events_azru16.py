"""Event rules of extraction round 16 (Azerbaijani and Russian slice)."""

import datetime as dt

from kg.dictionary import Dictionary
from tests.extract.sample import events


def test_calling_anothers_acts_aggression_is_an_accusation(dictionary: Dictionary) -> None:
    text = "Власти Армении назвали действия Азербайджана агрессией."
    found = events(text, dictionary, "ru", dt.date(2023, 9, 20))
    assert [(e.type, set(e.involved())) for e in found] == [
        ("Accusation", {"armenia", "azerbaijan"})
    ]


def test_calling_a_thing_illegal_with_no_one_else_named_accuses_nobody(
    dictionary: Dictionary,
) -> None:
    text = "Власти Армении называют это решение незаконным."
    assert [e.type for e in events(text, dictionary, "ru", dt.date(2023, 9, 20))] == []
