"""An event's merged state and its contributions to the counters."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import XSD, Literal, URIRef

from kg.index.state import (
    CLASS,
    EARLIEST,
    GOLDSTEIN,
    LABEL,
    LATEST,
    OCCURRED,
    STATUS,
    EventState,
    StateReader,
    fact_value,
    split_label,
)
from kg.index.tally import Totals, contributions, decimal_text, dyads_of, node_iri
from kg.namespaces import CKG

ACTOR, TARGET, PARTICIPANT = (str(CKG[p]) for p in ("actor", "target", "participant"))
E = "https://w3id.org/caucasus-kg/id/entity/"


def test_sources_that_disagree_are_read_as_one_event():
    reader = StateReader()
    reader.add([("x:e", ACTOR, E + "iran"), ("x:e", STATUS, str(CKG.Planned))])
    reader.add([("x:e", GOLDSTEIN, "3.4"), ("x:e", EARLIEST, "2020-05-01")])
    reader.add([("x:e", LATEST, "2020-05-31"), ("x:e", EARLIEST, "2020-05-03")])
    reader.add([("x:e", PARTICIPANT, E + "armenia"), ("x:e", STATUS, OCCURRED)])
    reader.add([("x:e", GOLDSTEIN, "-2"), ("x:e", LATEST, "2021-01-02")])
    state = reader.state("x:e")
    assert state.roles == {E + "iran", E + "armenia"}
    assert state.occurred  # one source says it occurred
    assert state.goldstein == Decimal("-2")  # the lowest value
    assert (state.earliest, state.latest) == ("2020-05-01", "2021-01-02")
    assert state.years() == (2020, 2021)


def test_every_pair_of_distinct_entities_is_a_dyad_and_counted_once():
    state = EventState(
        frozenset({E + "a", E + "b", E + "c"}), True, Decimal("1.5"), "2019-12-31", "2020-01-01"
    )
    assert [node_iri(k).rsplit("/", 1)[-1] for k in dyads_of(state)] == ["a--b", "a--c", "b--c"]
    parts = contributions(state)
    dyad = parts[("dyad", E + "a", E + "b")]
    assert (dyad.events, dyad.occurred, dyad.goldstein) == (1, 1, Decimal("1.5"))
    assert parts[("dyad-years", E + "b", E + "c", 2019, 2020)].occurred == 1
    assert parts[("entity-years", E + "c", 2019, 2020)].occurred == 1
    assert len(parts) == 3 + 3 + 3 + 3


def test_an_event_that_did_not_occur_links_its_dyads_but_adds_no_occurred_counts():
    state = EventState(
        frozenset({E + "a", E + "b"}), False, Decimal("4"), "2020-01-01", "2020-01-01"
    )
    parts = contributions(state)
    assert list(parts) == [("dyad", E + "a", E + "b")]
    assert parts[("dyad", E + "a", E + "b")] == Totals(events=1)


def test_counters_subtract_back_to_where_they_were():
    total = Totals(3, 2, Decimal("-4.5"), "2015-01-01", "2016-01-01")
    part = Totals(1, 1, Decimal("2.3"), "2014-01-01", "2017-01-01")
    total.add(part)
    assert (total.earliest, total.latest) == ("2014-01-01", "2017-01-01")
    total.add(part, -1)
    assert (total.events, total.occurred, decimal_text(total.goldstein)) == (3, 2, "-4.5")


def test_dyads_of_entities_outside_the_dictionary_get_a_hashed_name():
    key = ("dyad", "https://example.org/a--b", E + "c")
    iri = node_iri(key)
    assert "/dyad/x-" in iri and iri.endswith("--c")
    assert node_iri(key) != node_iri(("dyad", "https://example.org/a", E + "b--c"))


SUBJECTS = ["x:e", "x:f", "https://w3id.org/caucasus-kg/id/event/e", "x:evidence"]
VALUES = {
    ACTOR: [E + "a", E + "b", E + "c"],
    TARGET: [E + "b", E + "d"],
    PARTICIPANT: [E + "a", "x:other"],
    STATUS: [OCCURRED, str(CKG.Planned)],
    GOLDSTEIN: ["2.0", "2", "-1.5", "-1.50", "7", "not a number", "NaN", "Infinity"],
    EARLIEST: ["2020-05-01", "2019-12-31", "2020-05-03"],
    LATEST: ["2020-05-31", "2021-01-02", "2020-05-01"],
    CLASS: [str(CKG.Meeting), str(CKG.Attack), str(CKG.Evidence)],
    str(CKG.label): ["not watched"],
    LABEL: ["Talks@en", "Talks@", "Alpha b@en", "Alpha@ru", "a@b@"],
}


def expected_state(facts):
    """An event's state folded straight from its facts, by the rules of kg.index.state."""
    roles = {v for _s, p, v in facts if p in (ACTOR, TARGET, PARTICIPANT)}
    numbers = []
    for _s, p, v in facts:
        if p == GOLDSTEIN and v not in ("not a number", "NaN", "Infinity"):
            numbers.append(Decimal(v))
    earliest = [v for _s, p, v in facts if p == EARLIEST]
    latest = [v for _s, p, v in facts if p == LATEST]
    return EventState(
        frozenset(roles),
        any(p == STATUS and v == OCCURRED for _s, p, v in facts),
        min(numbers) if numbers else None,
        min(earliest) if earliest else None,
        max(latest) if latest else None,
        frozenset(v for _s, p, v in facts if p == CLASS),
        frozenset(earliest),
        frozenset(v for _s, p, v in facts if p == GOLDSTEIN),
        frozenset(v for _s, p, v in facts if p == STATUS),
        min((v for _s, p, v in facts if p == LABEL), key=split_label, default=None),
    )


@settings(max_examples=200, deadline=None)
@given(
    facts=st.lists(
        st.sampled_from(SUBJECTS).flatmap(
            lambda s: st.sampled_from(sorted(VALUES)).flatmap(
                lambda p: st.sampled_from(VALUES[p]).map(lambda v: (s, p, v))
            )
        ),
        max_size=40,
    ),
    cuts=st.lists(st.integers(0, 40), max_size=4),
    chunk=st.integers(1, 5),
)
def test_packed_states_are_the_facts_folded_whatever_the_order_and_grouping(facts, cuts, chunk):
    from kg.index import state as state_module

    reader = StateReader()
    bounds = [0, *sorted(c for c in cuts if c <= len(facts)), len(facts)]
    original = state_module._CHUNK
    state_module._CHUNK = chunk  # facts merged in several steps within one call too
    try:
        for start, end in pairwise(bounds):
            reader.add(iter(facts[start:end]))
    finally:
        state_module._CHUNK = original
    for subject in SUBJECTS:
        mine = [f for f in facts if f[0] == subject]
        assert reader.state(subject) == expected_state(mine), subject
    watched = {s for s, p, _v in facts if p != str(CKG.label)}
    assert set(reader.events()) == watched


def test_subjects_that_share_a_packed_state_part_when_one_gains_a_role():
    reader = StateReader()
    reader.add([("x:one", CLASS, str(CKG.Evidence)), ("x:two", CLASS, str(CKG.Evidence))])
    reader.add([("x:two", ACTOR, E + "a"), ("x:two", EARLIEST, "2020-01-01")])
    assert reader.state("x:one") == EventState(classes=frozenset({str(CKG.Evidence)}))
    assert reader.state("x:two").roles == {E + "a"}
    assert reader.state("x:two").starts == {"2020-01-01"}


@pytest.mark.parametrize(
    ("lexical", "datatype"),
    [
        ("2023-02-30", XSD.date),  # ill-typed: rdflib's value is None
        ("2023-13", XSD.gYearMonth),
        ("true", XSD.boolean),  # rdflib's value is True
        ("1.50", XSD.decimal),
    ],
)
def test_a_fact_value_is_the_lexical_form_whichever_library_read_the_term(lexical, datatype):
    """Writes read rdflib terms and reindex reads pyoxigraph terms: both give the same facts."""
    from_rdflib = fact_value(EARLIEST, Literal(lexical, datatype=datatype))
    from_oxigraph = fact_value(EARLIEST, ox.Literal(lexical, datatype=ox.NamedNode(str(datatype))))
    assert from_rdflib == from_oxigraph == lexical


def test_a_label_fact_keeps_its_language_and_an_iri_its_text_in_both_libraries():
    rdflib_label = fact_value(LABEL, Literal("Bakı", lang="az"))
    assert rdflib_label == fact_value(LABEL, ox.Literal("Bakı", language="az"))
    assert split_label(rdflib_label) == ("Bakı", "az")
    iri = E + "iran"
    assert fact_value(ACTOR, URIRef(iri)) == fact_value(ACTOR, ox.NamedNode(iri)) == iri
