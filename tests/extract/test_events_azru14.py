"""Event rules of extraction round 14 (Azerbaijani and Russian slice)."""

import datetime as dt

from kg.dictionary import Dictionary
from kg.extract.pipeline import extract
from kg.model import Event, Source


def events(
    text: str, dictionary: Dictionary, language: str, published: dt.date | None = None
) -> list[Event]:
    source = Source("doc", text, "t", language, "sha256:0", published=published)
    return list(extract(source, dictionary).events)


def test_an_election_holds_its_state_and_its_winner(dictionary: Dictionary) -> None:
    text = "Azərbaycanda dünən keçirilən prezident seçkisində İlham Əliyev qalib gəlib."
    found = events(text, dictionary, "az", dt.date(2024, 2, 8))
    assert [(e.type, set(e.involved())) for e in found] == [
        ("Election", {"azerbaijan", "ilham-aliyev"})
    ]
    assert found[0].participants and not found[0].actors
