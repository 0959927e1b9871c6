"""The actor and actor–event projections of the sample store, and their export."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest

from kg.analysis.centrality import stats_summary
from kg.analysis.dyads import dyad_trend, partner_ranking
from kg.analysis.paths import hop_events
from kg.analysis.projection import actor_graph, bipartite_graph, write_gexf, write_graphml
from kg.analysis.sample import build_sample, sample_facts
from kg.analysis.sparql import EventFilter, type_closure
from kg.errors import QueryError
from kg.namespaces import source_graph
from kg.store import EmbeddedStore, open_store
from kg.triples import facts_graph

EVENT = "https://w3id.org/caucasus-kg/id/event/"


def test_edges_aggregate_counts_goldstein_and_dates(sample: EmbeddedStore) -> None:
    graph = actor_graph(sample)
    assert sorted(graph.edges) == [
        ("alpha", "bravo"),
        ("bravo", "charlie"),
        ("charlie", "delta"),
        ("foxtrot", "golf"),
    ]
    ab = graph.edges["alpha", "bravo"]
    assert ab["count"] == 3
    assert ab["goldstein_sum"] == pytest.approx(1.0 + 8.0 - 9.0)
    assert ab["goldstein_mean"] == pytest.approx(0.0)
    assert (ab["earliest"], ab["latest"]) == ("2015-03-01", "2016-09-09")
    assert ab["events"] == [EVENT + "e1", EVENT + "e2", EVENT + "e3"]
    assert ab["distance"] == pytest.approx(1 / 3)
    bc = graph.edges["bravo", "charlie"]
    assert (bc["count"], bc["goldstein_mean"]) == (2, pytest.approx(-9.5))
    cd = graph.edges["charlie", "delta"]
    assert (cd["earliest"], cd["latest"]) == ("2018-01-01", "2018-12-31")


def test_nodes_carry_label_type_and_event_count(sample: EmbeddedStore) -> None:
    graph = actor_graph(sample)
    assert "echo" not in graph  # only in a planned event
    assert graph.nodes["bravo"]["label"] == "Bravo"
    assert graph.nodes["bravo"]["type"] == "Country"
    assert graph.nodes["bravo"]["events"] == 5
    assert graph.nodes["golf"]["type"] == "Organisation"
    assert graph.nodes["alpha"]["iri"].endswith("/id/entity/alpha")


def test_all_statuses_bring_in_the_planned_meeting(sample: EmbeddedStore) -> None:
    graph = actor_graph(sample, statuses=None)
    assert graph.edges["alpha", "echo"]["count"] == 1
    planned = actor_graph(sample, statuses=("Planned",))
    assert sorted(planned.edges) == [("alpha", "echo")]


def test_date_range_keeps_overlapping_events(sample: EmbeddedStore) -> None:
    graph = actor_graph(sample, start="2016-07-01", end="2018-03-01")
    assert graph.edges["alpha", "bravo"]["count"] == 1  # only the September attack
    # The 2018 accusation is known to the year: its interval overlaps the range.
    assert graph.edges["charlie", "delta"]["count"] == 1
    assert "foxtrot" not in graph
    assert actor_graph(sample, start="2021").number_of_edges() == 0


def test_types_include_subclasses(sample: EmbeddedStore) -> None:
    graph = actor_graph(sample, types=["Attack"])
    assert sorted(graph.edges) == [("alpha", "bravo"), ("bravo", "charlie")]
    assert graph.edges["bravo", "charlie"]["count"] == 2  # Attack and Shelling
    shelling = actor_graph(sample, types=["Shelling"])
    assert shelling.edges["bravo", "charlie"]["count"] == 1
    closure = type_closure(sample, ["Meeting"])
    assert any(iri.endswith("#Summit") for iri in closure)


def test_min_confidence_drops_weak_evidence(sample: EmbeddedStore) -> None:
    assert "foxtrot" in actor_graph(sample, min_confidence=0.5)
    assert "foxtrot" not in actor_graph(sample, min_confidence=0.9)


def test_filter_object_and_keywords_are_exclusive(sample: EmbeddedStore) -> None:
    with pytest.raises(TypeError):
        actor_graph(sample, EventFilter(), start="2015")
    with pytest.raises(QueryError):
        actor_graph(sample, types=["Attack }"])


def test_without_event_lists(sample: EmbeddedStore) -> None:
    graph = actor_graph(sample, with_events=False)
    assert "events" not in graph.edges["alpha", "bravo"]
    assert graph.edges["alpha", "bravo"]["count"] == 3


def test_bipartite_graph(sample: EmbeddedStore) -> None:
    graph = bipartite_graph(sample)
    actors = {n for n, d in graph.nodes(data=True) if d["bipartite"] == 0}
    events = {n for n, d in graph.nodes(data=True) if d["bipartite"] == 1}
    assert actors == {"alpha", "bravo", "charlie", "delta", "foxtrot", "golf"}
    assert len(events) == 7
    assert graph.edges["bravo", EVENT + "e3"]["role"] == "actor"
    assert graph.edges["alpha", EVENT + "e3"]["role"] == "target"
    assert graph.edges["alpha", EVENT + "e1"]["role"] == "participant"
    e5 = graph.nodes[EVENT + "e5"]
    assert (e5["type"], e5["goldstein"], e5["earliest"]) == ("Shelling", -10.0, "2017-01-11")
    assert nx.is_bipartite(graph)


def test_graphml_round_trip_keeps_weights_and_dates(sample: EmbeddedStore) -> None:
    buffer = io.BytesIO()
    write_graphml(actor_graph(sample), buffer)
    back = nx.read_graphml(io.BytesIO(buffer.getvalue()))
    edge = back.edges["alpha", "bravo"]
    assert edge["count"] == 3
    assert edge["earliest"] == "2015-03-01"
    assert edge["events"].split() == [EVENT + "e1", EVENT + "e2", EVENT + "e3"]
    assert back.nodes["alpha"]["label"] == "Alpha"


def test_gexf_round_trip(sample: EmbeddedStore) -> None:
    buffer = io.BytesIO()
    write_gexf(actor_graph(sample), buffer)
    back = nx.read_gexf(io.BytesIO(buffer.getvalue()))
    assert back.number_of_edges() == 4
    assert back.edges["bravo", "charlie"]["goldstein_sum"] == pytest.approx(-19.0)


def test_counts_only_keeps_the_same_edges(sample: EmbeddedStore) -> None:
    full = actor_graph(sample, start="2016", end="2018")
    light = actor_graph(sample, start="2016", end="2018", counts_only=True, with_events=False)
    assert sorted(light.edges) == sorted(full.edges)
    for a, b, data in light.edges(data=True):
        assert data == {"count": full.edges[a, b]["count"], "distance": 1.0 / data["count"]}
    assert dict(light.nodes(data=True)) == dict(full.nodes(data=True))


def test_an_event_reported_by_two_sources_counts_once(tmp_path: Path) -> None:
    store = build_sample(open_store(tmp_path / "kg-store", create=True))
    try:
        first = sample_facts()[0]
        store.replace_graph(source_graph("sample-copy"), facts_graph(first))
        graph = actor_graph(store)
        assert graph.edges["alpha", "bravo"]["count"] == 3
        assert graph.edges["alpha", "bravo"]["goldstein_sum"] == pytest.approx(0.0)
        assert graph.nodes["alpha"]["events"] == 3
        light = actor_graph(store, counts_only=True)
        assert light.edges["alpha", "bravo"]["count"] == 3
        assert light.edges["alpha", "bravo"]["events"] == graph.edges["alpha", "bravo"]["events"]
        assert [p.count for p in dyad_trend(store, "alpha", "bravo")] == [1, 2]
        ranking = partner_ranking(store, "bravo", start="2016", end="2016")
        assert [(p.slug, p.count) for p in ranking] == [("alpha", 2)]
        assert len(hop_events(store, "alpha", "bravo")[0].quotes) == 1
        assert stats_summary(store).top[0].strength == 5
    finally:
        store.close()
