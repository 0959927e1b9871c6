"""An event's merged state and its contributions to the counters."""

from __future__ import annotations

from decimal import Decimal

from kg.index.state import EARLIEST, GOLDSTEIN, LATEST, OCCURRED, STATUS, EventState, StateReader
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
