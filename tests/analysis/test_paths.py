"""Explanation paths on the sample store."""

from __future__ import annotations

import pytest

from kg.analysis.paths import explain_paths, hop_events
from kg.analysis.sparql import EventFilter
from kg.errors import QueryError
from kg.store import EmbeddedStore


def test_path_through_the_chain_is_explained_hop_by_hop(sample: EmbeddedStore) -> None:
    paths = explain_paths(sample, "alpha", "delta")
    assert len(paths) == 1
    path = paths[0]
    assert path.nodes == ["alpha", "bravo", "charlie", "delta"]
    assert path.labels == ["Alpha", "Bravo", "Charlie", "Delta"]
    assert path.length == 3
    first = path.hops[0]
    assert (first.source, first.target, first.source_label) == ("alpha", "bravo", "Alpha")
    assert [e.date for e in first.events] == ["2015-03-01", "2016-06", "2016-09-09"]
    assert [e.type for e in first.events] == ["Meeting", "Agreement", "Attack"]
    assert [e.goldstein for e in first.events] == [1.0, 8.0, -9.0]
    quote = first.events[0].quotes[0]
    assert quote.text == "Quote for e1."
    assert quote.url == "https://example.org/one"
    assert quote.outlet == "Example Wire"
    assert quote.source.endswith("/id/source/sample-one")
    assert path.hops[2].events[0].label == "Accusation e6"


def test_max_hops_and_missing_paths(sample: EmbeddedStore) -> None:
    assert explain_paths(sample, "alpha", "delta", max_hops=2) == []
    assert len(explain_paths(sample, "alpha", "delta", max_hops=3)) == 1
    assert explain_paths(sample, "alpha", "golf") == []  # other component
    assert explain_paths(sample, "alpha", "echo") == []  # only a planned meeting
    assert explain_paths(sample, "alpha", "nobody") == []
    with pytest.raises(QueryError):
        explain_paths(sample, "alpha", "alpha")
    with pytest.raises(QueryError):
        explain_paths(sample, "alpha", "delta", max_hops=0)


def test_filters_apply_to_paths_and_hops(sample: EmbeddedStore) -> None:
    everything = EventFilter(statuses=None)
    paths = explain_paths(sample, "echo", "bravo", flt=everything)
    assert paths[0].nodes == ["echo", "alpha", "bravo"]
    assert [e.iri.rsplit("/", 1)[-1] for e in paths[0].hops[0].events] == ["e7"]
    attacks = hop_events(sample, "alpha", "bravo", EventFilter(types=("Attack",)))
    assert [e.type for e in attacks] == ["Attack"]


def test_several_shortest_paths_are_all_returned(sample: EmbeddedStore) -> None:
    # With the planned meeting, alpha has two neighbours; charlie is still reached one way.
    paths = explain_paths(sample, "echo", "delta", flt=EventFilter(statuses=None), limit=5)
    assert [p.nodes for p in paths] == [["echo", "alpha", "bravo", "charlie", "delta"]]
    assert explain_paths(sample, "echo", "delta", flt=EventFilter(statuses=None), max_hops=3) == []
