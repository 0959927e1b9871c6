"""Centrality and communities on the sample store, whose values are worked out by hand."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.analysis.centrality import (
    actor_scores,
    betweenness,
    communities,
    pagerank,
    stats_summary,
)
from kg.analysis.projection import actor_graph
from kg.store import EmbeddedStore


def test_degree_strength_and_betweenness(sample: EmbeddedStore) -> None:
    scores = {s.slug: s for s in actor_scores(actor_graph(sample))}
    assert {k: s.degree for k, s in scores.items()} == {
        "alpha": 1,
        "bravo": 2,
        "charlie": 2,
        "delta": 1,
        "foxtrot": 1,
        "golf": 1,
    }
    assert scores["bravo"].strength == 5  # 3 events with alpha, 2 with charlie
    assert scores["bravo"].events == 5
    # Six nodes: bravo lies on 2 of the (5 * 4 / 2) = 10 pairs' shortest paths.
    assert scores["bravo"].betweenness == pytest.approx(0.2)
    assert scores["charlie"].betweenness == pytest.approx(0.2)
    assert scores["alpha"].betweenness == 0.0


def test_pagerank_is_weighted(sample: EmbeddedStore) -> None:
    scores = actor_scores(actor_graph(sample))
    assert [s.slug for s in scores][:2] == ["bravo", "charlie"]
    ranks = {s.slug: s.pagerank for s in scores}
    assert sum(ranks.values()) == pytest.approx(1.0)
    assert ranks["foxtrot"] == pytest.approx(ranks["golf"]) == pytest.approx(1 / 6)
    # alpha's only tie is strong (3 events), delta's is weak: alpha gets more rank.
    assert ranks["alpha"] > ranks["delta"]


def test_pagerank_matches_closed_form() -> None:
    # Star with two leaves: centre = (1-d)/3 + d * (a + c), leaves = (1-d)/3 + d * centre / 2.
    ranks = pagerank(nx.Graph([("a", "b", {"count": 1}), ("b", "c", {"count": 1})]))
    leaf = 0.07125 / 0.2775
    assert ranks["a"] == pytest.approx(leaf, abs=1e-9)
    assert ranks["b"] == pytest.approx(1 - 2 * leaf, abs=1e-9)
    weighted = pagerank(nx.Graph([("a", "b", {"count": 3}), ("b", "c", {"count": 1})]))
    assert weighted["a"] > weighted["c"]
    assert pagerank(nx.Graph()) == {}


def test_betweenness_uses_distance() -> None:
    # Square a-b-c-d-a; a-b and b-c strong: the weighted shortest a->c path goes via b.
    graph = nx.Graph()
    graph.add_edge("a", "b", distance=0.1)
    graph.add_edge("b", "c", distance=0.1)
    graph.add_edge("c", "d", distance=1.0)
    graph.add_edge("d", "a", distance=1.0)
    scores = betweenness(graph)
    assert scores["b"] > scores["d"]


def test_communities_are_stable_and_separate_components(sample: EmbeddedStore) -> None:
    graph = actor_graph(sample)
    first = communities(graph)
    assert first == communities(graph)
    members = [c.members for c in first]
    assert ["foxtrot", "golf"] in members
    assert all(not ({"alpha", "foxtrot"} <= set(m)) for m in members)
    assert sorted(m for part in members for m in part) == sorted(graph.nodes)
    assert communities(nx.Graph()) == []


def test_stats_summary_overall_and_in_range(sample: EmbeddedStore) -> None:
    summary = stats_summary(sample, top=3)
    assert (summary.actors, summary.pairs) == (6, 4)
    assert [s.slug for s in summary.top] == ["bravo", "charlie", "foxtrot"]
    ranged = stats_summary(sample, start="2017", end="2018")
    assert (ranged.start, ranged.end) == ("2017-01-01", "2018-12-31")
    assert ranged.pairs == 2
    assert ranged.top[0].slug == "charlie"  # the middle of bravo-charlie-delta
    assert [c.members for c in ranged.communities] == [["bravo", "charlie", "delta"]]
    assert ranged.communities[0].events == 3
