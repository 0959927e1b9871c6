"""Who is central, and which actors cluster together, in the actor graph.

Scores are computed on :func:`kg.analysis.projection.actor_graph`:

* ``degree``: number of distinct partners; ``strength``: number of (event, partner) ties,
  i.e. the sum of the edge counts;
* ``pagerank``: PageRank with the edge ``count`` as weight;
* ``betweenness``: normalised betweenness with ``distance = 1 / count`` as edge length, so a
  path along frequently linked pairs is shorter. Exact up to :data:`EXACT_BETWEENNESS_EDGES`
  edges; beyond, estimated from a fixed-seed sample of source nodes;
* communities: :func:`networkx.community.louvain_communities` on ``count`` with a fixed seed,
  so the same graph always gives the same partition.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.analysis.projection import actor_graph
from kg.analysis.sparql import DateLike, EventFilter
from kg.store import Store

SEED = 42
EXACT_BETWEENNESS_EDGES = 20_000
BETWEENNESS_SAMPLE = 256


@dataclass(frozen=True)
class ActorScore:
    """Centrality of one actor."""

    slug: str
    label: str
    type: str
    events: int
    degree: int
    strength: int
    pagerank: float
    betweenness: float


@dataclass(frozen=True)
class Community:
    """A group of actors more linked among themselves than with the rest."""

    index: int
    members: list[str]
    labels: list[str]
    events: int = 0


@dataclass(frozen=True)
class StatsSummary:
    """Network overview for ``kg stats``: size, top actors and communities."""

    start: str | None
    end: str | None
    actors: int
    pairs: int
    top: list[ActorScore] = field(default_factory=list)
    communities: list[Community] = field(default_factory=list)


def pagerank(
    graph: nx.Graph,
    *,
    weight: str = "count",
    alpha: float = 0.85,
    tol: float = 1.0e-10,
    max_iter: int = 200,
) -> dict[str, float]:
    """Weighted PageRank by power iteration, in pure Python (no numpy needed).

    Same definition as :func:`networkx.pagerank`: each node passes its rank to its neighbours
    in proportion to the edge weight; nodes without edges spread theirs evenly.

    >>> g = nx.Graph([("a", "b", {"count": 1}), ("b", "c", {"count": 1})])
    >>> {k: round(v, 4) for k, v in pagerank(g).items()}
    {'a': 0.2568, 'b': 0.4865, 'c': 0.2568}
    """
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    out: list[list[tuple[int, float]]] = [[] for _ in nodes]
    for i, node in enumerate(nodes):
        links = [(index[m], float(d.get(weight, 1.0))) for m, d in graph[node].items()]
        total = sum(w for _m, w in links)
        out[i] = [(m, w / total) for m, w in links if w > 0] if total > 0 else []
    dangling = [i for i, links in enumerate(out) if not links]
    rank = [1.0 / n] * n
    for _ in range(max_iter):
        spread = alpha * sum(rank[i] for i in dangling) / n + (1.0 - alpha) / n
        new = [spread] * n
        for i, links in enumerate(out):
            share = alpha * rank[i]
            for m, w in links:
                new[m] += share * w
        error = sum(abs(x - y) for x, y in zip(new, rank, strict=True))
        rank = new
        if error < n * tol:
            break
    return {node: rank[i] for i, node in enumerate(nodes)}


def betweenness(graph: nx.Graph, *, weight: str | None = "distance") -> dict[str, float]:
    """Normalised betweenness; sampled (fixed seed) on graphs with many edges.

    >>> g = nx.path_graph(["a", "b", "c"])
    >>> betweenness(g, weight=None)["b"]
    1.0
    """
    n = graph.number_of_nodes()
    k = None
    if graph.number_of_edges() > EXACT_BETWEENNESS_EDGES and n > BETWEENNESS_SAMPLE:
        k = BETWEENNESS_SAMPLE
    result: dict[str, float] = nx.betweenness_centrality(
        graph, k=k, weight=weight, normalized=True, seed=SEED
    )
    return result


def actor_scores(graph: nx.Graph) -> list[ActorScore]:
    """Degree, strength, PageRank and betweenness of every actor, highest PageRank first.

    >>> from kg.analysis.sample import sample_store
    >>> with sample_store() as store:
    ...     scores = actor_scores(actor_graph(store))
    >>> [(s.slug, s.degree) for s in scores[:2]]
    [('bravo', 2), ('charlie', 2)]
    """
    ranks = pagerank(graph)
    between = betweenness(graph)
    strength = dict(graph.degree(weight="count"))
    scores = [
        ActorScore(
            slug=str(node),
            label=str(data.get("label", node)),
            type=str(data.get("type", "")),
            events=int(data.get("events", 0)),
            degree=int(graph.degree(node)),
            strength=int(strength[node]),
            pagerank=float(ranks.get(node, 0.0)),
            betweenness=float(between.get(node, 0.0)),
        )
        for node, data in graph.nodes(data=True)
    ]
    return sorted(scores, key=lambda s: (-s.pagerank, -s.betweenness, s.slug))


def communities(graph: nx.Graph, *, resolution: float = 1.0, seed: int = SEED) -> list[Community]:
    """Louvain communities (weight ``count``, fixed seed), largest first.

    >>> g = nx.Graph([("a", "b"), ("c", "d")])
    >>> [c.members for c in communities(g)]
    [['a', 'b'], ['c', 'd']]
    """
    if graph.number_of_edges() == 0:
        return []
    parts: Iterable[set[Any]] = nx.community.louvain_communities(
        graph, weight="count", resolution=resolution, seed=seed
    )
    ordered = sorted((sorted(str(m) for m in part) for part in parts), key=lambda p: (-len(p), p))
    found = []
    for index, members in enumerate(ordered):
        inside = graph.subgraph(members)
        found.append(
            Community(
                index=index,
                members=members,
                labels=[str(graph.nodes[m].get("label", m)) for m in members],
                events=int(sum(d.get("count", 1) for _a, _b, d in inside.edges(data=True))),
            )
        )
    return found


def stats_summary(
    store: Store,
    *,
    start: DateLike = None,
    end: DateLike = None,
    top: int = 10,
    flt: EventFilter | None = None,
) -> StatsSummary:
    """The most central actors and the communities, overall or in a date range.

    ``flt`` replaces ``start``/``end`` when given (to filter by type or confidence too).

    >>> from kg.analysis.sample import sample_store
    >>> with sample_store() as store:
    ...     summary = stats_summary(store, start="2016", end="2017")
    >>> summary.top[0].slug, summary.pairs, [c.members for c in summary.communities]
    ('bravo', 2, [['alpha', 'bravo', 'charlie']])
    """
    flt = flt or EventFilter(start=start, end=end)
    graph = actor_graph(store, flt, with_events=False, counts_only=True)
    first, last = flt.window()
    return StatsSummary(
        start=first.isoformat() if first else None,
        end=last.isoformat() if last else None,
        actors=graph.number_of_nodes(),
        pairs=graph.number_of_edges(),
        top=actor_scores(graph)[:top],
        communities=communities(graph),
    )
