"""The projection read from the index counters equals the one joined from the events."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest

from kg.analysis import tallies
from kg.analysis.projection import actor_graph
from kg.analysis.sample import build_sample, sample_facts
from kg.analysis.sparql import EventFilter
from kg.dates import DateSpan
from kg.namespaces import INDEX_GRAPH, source_graph
from kg.store import EmbeddedStore, open_store
from kg.triples import facts_graph

FILTERS = [
    {},
    {"counts_only": True},
    {"start": "2015", "end": "2016"},
    {"start": "2017"},
    {"end": "2015", "counts_only": True},
    {"start": "2016", "end": "2016"},
]


def as_lists(graph: nx.Graph) -> tuple[list, list]:
    nodes = sorted((n, sorted(d.items())) for n, d in graph.nodes(data=True))
    edges = sorted((*sorted((a, b)), sorted(d.items())) for a, b, d in graph.edges(data=True))
    return nodes, edges


def assert_same_both_ways(store: EmbeddedStore, options: dict) -> nx.Graph:
    flt = EventFilter(**{k: v for k, v in options.items() if k != "counts_only"})
    assert tallies.answers(store, flt, with_events=False)
    fast = actor_graph(store, with_events=False, **options)
    slow = actor_graph(store, with_events=False, use_index=False, **options)
    assert as_lists(fast) == as_lists(slow)
    return fast


@pytest.mark.parametrize("options", FILTERS, ids=str)
def test_counters_give_the_graph_of_the_events_on_the_sample(sample, options) -> None:
    assert assert_same_both_ways(sample, options).number_of_nodes() > 0


@pytest.mark.parametrize("options", FILTERS[:3], ids=str)
def test_counters_give_the_graph_of_the_events_on_the_demo_corpus(demo, options) -> None:
    assert assert_same_both_ways(demo, options).number_of_edges() > 20


def test_a_merged_event_whose_sources_disagree_counts_once_both_ways(tmp_path: Path) -> None:
    store = build_sample(open_store(tmp_path / "s", create=True))
    try:
        first = sample_facts()[0]
        e1 = first.events[0]  # alpha on bravo, 2015-03-01, Occurred
        wider = replace(e1, date=DateSpan.parse("2015-03"), participants=("charlie",))
        store.replace_graph(source_graph("second"), facts_graph(replace(first, events=(wider,))))
        graph = assert_same_both_ways(store, {})
        assert graph.edges["alpha", "bravo"]["count"] == 3
        assert graph.edges["alpha", "charlie"]["earliest"] == "2015-03-01"
        assert graph.edges["alpha", "charlie"]["latest"] == "2015-03-31"
        assert_same_both_ways(store, {"start": "2015", "end": "2015"})
    finally:
        store.close()


def test_filters_the_counters_cannot_answer_go_through_the_events(sample) -> None:
    assert not tallies.answers(sample, EventFilter(start="2015-06"), with_events=False)
    assert not tallies.answers(sample, EventFilter(types=("Attack",)), with_events=False)
    assert not tallies.answers(sample, EventFilter(min_confidence=0.5), with_events=False)
    assert not tallies.answers(sample, EventFilter(statuses=None), with_events=False)
    assert not tallies.answers(sample, EventFilter(), with_events=True)


def test_without_an_index_the_projection_joins_the_events(tmp_path: Path) -> None:
    store = build_sample(open_store(tmp_path / "s", create=True))
    try:
        expected = as_lists(actor_graph(store, with_events=False))
        store.remove_graph(INDEX_GRAPH)
        assert not tallies.answers(store, EventFilter(), with_events=False)
        assert as_lists(actor_graph(store, with_events=False)) == expected
    finally:
        store.close()
