"""Reviewed facts files: read, validate, locate quotes, merge repeats, write back."""

from __future__ import annotations

import io

import pytest

from kg import dictionary
from kg.errors import InputError
from kg.facts import read_facts, write_facts
from kg.model import Status
from kg.sources import read_source

TEXT = (
    "Iran held drills near the border on 1 October 2021. Azerbaijan protested. "
    "Baku and Tehran will meet next month, officials said. Iran held drills near the border "
    "on 1 October 2021, a second report repeated."
)
KNOWN = dictionary.load()


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "doc.md"
    path.write_text(f"---\ntitle: Drills\nlanguage: en\n---\n{TEXT}\n", encoding="utf-8")
    return read_source(path)


def facts_file(tmp_path, body: str):
    path = tmp_path / "doc.facts.yaml"
    path.write_text(body, encoding="utf-8")
    return path


DRILL = (
    "  - type: MilitaryExercise\n    date: 2021-10-01\n    actors: [iran]\n"
    "    place: aras-river\n    quote: Iran held drills near the border on 1 October 2021.\n"
)


def test_quotes_are_located_to_exact_offsets(tmp_path, source):
    facts = read_facts(facts_file(tmp_path, "events:\n" + DRILL), source, KNOWN)
    (event,) = facts.events
    (evidence,) = event.evidence
    assert source.text[evidence.start : evidence.end] == evidence.quote
    assert evidence.start == 0
    assert (evidence.extractor, evidence.confidence) == ("curated", 1.0)


def test_same_event_twice_in_a_document_is_one_event_with_two_quotes(tmp_path, source):
    second = DRILL.replace(
        "quote: Iran held drills near the border on 1 October 2021.",
        "quote: Iran held drills near the border on 1 October 2021, a second report repeated.",
    )
    facts = read_facts(facts_file(tmp_path, "events:\n" + DRILL + second), source, KNOWN)
    assert len(facts.events) == 1
    assert len(facts.events[0].evidence) == 2


def test_planned_events_keep_their_status_and_claims_their_claimant(tmp_path, source):
    body = (
        "events:\n  - type: Meeting\n    participants: [azerbaijan, iran]\n    status: planned\n"
        "    quote: Baku and Tehran will meet next month, officials said.\n"
        "claims:\n  - claimant: azerbaijan\n    about: [iran]\n    quote: Azerbaijan protested.\n"
    )
    facts = read_facts(facts_file(tmp_path, body), source, KNOWN)
    assert facts.events[0].status is Status.PLANNED
    assert facts.events[0].date is None
    assert (facts.claims[0].claimant, facts.claims[0].about) == ("azerbaijan", ("iran",))


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("events:\n" + DRILL.replace("Iran held", "Armenia held"), "quote not found verbatim"),
        ("events:\n" + DRILL.replace("MilitaryExercise", "Picnic"), "not an event class"),
        ("events:\n" + DRILL.replace("[iran]", "[atlantis]"), "'atlantis' is not in the entity"),
        ("events:\n" + DRILL.replace("2021-10-01", "2021-02-30"), "not a real date"),
        ("events:\n" + DRILL + "    status: maybe\n", "status must be"),
        ("events:\n" + DRILL + "    confidence: 2\n", "confidence must be between 0 and 1"),
        ("events:\n" + DRILL + "    colour: red\n", "unknown keys"),
        ("events:\n  - type: Attack\n    quote: Azerbaijan protested.\n", "at least one actor"),
        ("- just a list\n", "a facts file is a mapping"),
        ("events: [\n", "cannot read facts file"),
    ],
)
def test_bad_facts_are_refused_with_the_file_and_entry(tmp_path, source, body, message):
    with pytest.raises(InputError, match=message) as info:
        read_facts(facts_file(tmp_path, body), source, KNOWN)
    assert "doc.facts.yaml" in str(info.value)


def test_written_facts_read_back_the_same(tmp_path, source):
    body = (
        "entities: [azerbaijan, iran]\nevents:\n"
        + DRILL
        + "claims:\n  - claimant: azerbaijan\n    about: [iran]\n    quote: Azerbaijan protested.\n"
        "    said_in: a statement\n"
    )
    first = read_facts(facts_file(tmp_path, body), source, KNOWN)
    buffer = io.StringIO()
    write_facts(first, buffer)
    again = read_facts(facts_file(tmp_path, buffer.getvalue()), source, KNOWN)
    assert again == first


def test_each_claim_gets_its_own_stable_slug(tmp_path, source):
    body = (
        "claims:\n  - claimant: azerbaijan\n    about: [iran]\n    quote: Azerbaijan protested.\n"
        "  - claimant: iran\n    about: [azerbaijan]\n"
        "    quote: Baku and Tehran will meet next month, officials said.\n"
    )
    first = read_facts(facts_file(tmp_path, body), source, KNOWN)
    again = read_facts(facts_file(tmp_path, body), source, KNOWN)
    slugs = [c.slug for c in first.claims]
    assert all(slugs) and len(set(slugs)) == 2
    assert slugs == [c.slug for c in again.claims]
