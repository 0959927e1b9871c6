"""The analysis functions on the bundled corpus: only facts that stay true as it grows."""

from __future__ import annotations

import io

import networkx as nx

from kg.analysis import (
    dyad_trend,
    explain_paths,
    partner_ranking,
    stats_summary,
    write_graphml,
)
from kg.analysis.projection import actor_graph, bipartite_graph
from kg.store import EmbeddedStore


def test_azerbaijan_and_iran_are_connected(demo: EmbeddedStore) -> None:
    graph = actor_graph(demo)
    assert graph.has_edge("azerbaijan", "iran")
    edge = graph.edges["azerbaijan", "iran"]
    assert edge["count"] >= 8
    assert len(edge["events"]) == edge["count"]
    assert graph.nodes["azerbaijan"]["label"] == "Azerbaijan"
    assert graph.nodes["azerbaijan"]["type"] == "Country"


def test_a_path_leads_from_armenia_to_russia(demo: EmbeddedStore) -> None:
    paths = explain_paths(demo, "armenia", "russia", max_hops=4)
    assert paths
    for path in paths:
        assert path.nodes[0] == "armenia" and path.nodes[-1] == "russia"
        for hop in path.hops:
            assert hop.events
            assert all(event.quotes for event in hop.events)
            assert all(q.url.startswith("http") for e in hop.events for q in e.quotes)


def test_azerbaijan_iran_dyad_mixes_cooperation_and_conflict(demo: EmbeddedStore) -> None:
    series = [p for p in dyad_trend(demo, "azerbaijan", "iran") if p.period >= "2015"]
    assert sum(p.count for p in series) >= 8
    assert sum(p.cooperative for p in series) > 0
    assert sum(p.conflictual for p in series) > 0
    quarters = dyad_trend(demo, "azerbaijan", "iran", period="quarter")
    assert sum(p.count for p in quarters) == sum(
        p.count for p in dyad_trend(demo, "azerbaijan", "iran")
    )


def test_iran_is_a_partner_of_azerbaijan(demo: EmbeddedStore) -> None:
    ranking = partner_ranking(demo, "azerbaijan", start="2015", end="2026")
    slugs = [p.slug for p in ranking]
    assert "iran" in slugs
    means = [p.goldstein_mean for p in ranking]
    assert means == sorted(means, reverse=True)


def test_summary_and_export(demo: EmbeddedStore) -> None:
    summary = stats_summary(demo, top=10)
    assert summary.actors > 10
    assert "azerbaijan" in {s.slug for s in summary.top}
    members = [m for c in summary.communities for m in c.members]
    assert len(members) == len(set(members)) == summary.actors
    buffer = io.BytesIO()
    write_graphml(actor_graph(demo), buffer)
    assert nx.read_graphml(io.BytesIO(buffer.getvalue())).has_edge("azerbaijan", "iran")
    assert nx.is_bipartite(bipartite_graph(demo))
