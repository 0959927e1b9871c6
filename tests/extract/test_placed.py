"""Sides told by a place where the sentence names none (kg/extract/placed.py)."""

from __future__ import annotations

import datetime as dt

from kg.dictionary import Dictionary
from kg.extract.arguments import Trigger
from kg.extract.lexicon import lexicon
from kg.extract.linking import Mention
from kg.extract.placed import placed
from kg.model import Source

TEXT = "Shells hit villages near Goris; a court in Tbilisi jailed him."
GORIS = Mention(25, 30, "Goris", "goris", "name")
TBILISI = Mention(43, 50, "Tbilisi", "tbilisi", "name")


def _source() -> Source:
    return Source("d", TEXT, "t", "en", "sha256:0", published=dt.date(2024, 5, 1))


def test_a_shelling_hits_the_state_of_its_place(dictionary: Dictionary) -> None:
    hit = Trigger(0, 10, "Shells hit", "Shelling")
    where = ([GORIS], [GORIS], (0, 30))
    roles = (("azerbaijan",), (), ())
    found = placed("Shelling", hit, roles, where, _source(), dictionary, lexicon("en"))
    assert found == (("azerbaijan",), ("armenia",))


def test_an_arrest_is_made_by_the_state_of_its_place(dictionary: Dictionary) -> None:
    jailed = Trigger(51, 57, "jailed", "Arrest")
    where = ([TBILISI], [TBILISI], (32, 62))
    roles = ((), ("russia",), ())
    found = placed("Arrest", jailed, roles, where, _source(), dictionary, lexicon("en"))
    assert found == (("georgia",), ("russia",))


def test_sides_named_are_kept(dictionary: Dictionary) -> None:
    hit = Trigger(0, 10, "Shells hit", "Shelling")
    where = ([GORIS], [GORIS], (0, 30))
    roles = (("azerbaijan",), ("iran",), ())
    found = placed("Shelling", hit, roles, where, _source(), dictionary, lexicon("en"))
    assert found == (("azerbaijan",), ("iran",))
