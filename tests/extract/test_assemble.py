"""assemble: one event from a trigger, its roles, date, place and status."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.dictionary import Dictionary, load
from kg.extract.arguments import Trigger
from kg.extract.assemble import assemble
from kg.extract.dates import find_dates
from kg.extract.linking import Mention
from kg.extract.sentences import Sentence
from kg.model import Source, Status

TEXT = "Azerbaijan and Iran will hold joint drills in Astara on 20 March 2024."
PUBLISHED = dt.date(2024, 3, 1)


@pytest.fixture(scope="module")
def dictionary() -> Dictionary:
    return load()


def _assembled(dictionary: Dictionary, published: dt.date, status: Status):
    source = Source("d", TEXT, "t", "en", "sha256:0", published=published)
    start = TEXT.index("joint drills")
    trigger = Trigger(start, start + len("joint drills"), "joint drills", "JointMilitaryExercise")
    date = find_dates(TEXT, "en", published)[0]
    at = TEXT.index("Astara")
    astara = Mention(at, at + 6, "Astara", "astara", "name")
    roles = ((), (), ("azerbaijan", "iran"))
    sentence = Sentence(0, len(TEXT), TEXT)
    return assemble(source, sentence, trigger, date, dictionary, [astara], roles, status)


def test_an_event_takes_its_date_place_roles_and_evidence(dictionary: Dictionary) -> None:
    event = _assembled(dictionary, PUBLISHED, Status.PLANNED)
    assert event.type == "JointMilitaryExercise"
    assert event.participants == ("azerbaijan", "iran")
    assert event.place == "astara"
    assert event.date is not None and event.date.iso() == "2024-03-20"
    assert event.evidence[0].quote == TEXT


def test_a_date_after_publication_makes_an_event_told_as_done_a_plan(
    dictionary: Dictionary,
) -> None:
    assert _assembled(dictionary, PUBLISHED, Status.OCCURRED).status is Status.PLANNED
    after = dt.date(2024, 3, 25)
    assert _assembled(dictionary, after, Status.OCCURRED).status is Status.OCCURRED
