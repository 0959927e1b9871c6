"""How are two entities connected? Shortest paths in the actor graph, every hop explained.

A path is a chain of entities in :func:`kg.analysis.projection.actor_graph` (two entities are
adjacent when some selected event involves both). All shortest paths up to ``max_hops`` hops
are returned; each hop lists the events that join its two entities, with their dates, labels,
Goldstein values, the quotes they were read from and the URLs of the sources.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import networkx as nx

from kg.analysis.projection import actor_graph
from kg.analysis.sparql import (
    ROLES,
    EventFilter,
    entity_ref,
    event_pattern,
    literal_text,
    local_name,
    node_id,
    solutions,
)
from kg.errors import QueryError
from kg.store import Store

MAX_PATHS_SCANNED = 1000


@dataclass(frozen=True)
class Quote:
    """The words an event was read from, and where."""

    text: str
    url: str = ""
    outlet: str = ""
    source: str = ""


@dataclass
class HopEvent:
    """One event that links the two ends of a hop."""

    iri: str
    label: str
    type: str
    date: str
    earliest: str
    latest: str
    goldstein: float
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Hop:
    """Two adjacent entities on a path and the events that join them (oldest first)."""

    source: str
    target: str
    source_label: str
    target_label: str
    events: list[HopEvent] = field(default_factory=list)


@dataclass
class PathExplanation:
    """A chain of entities from the first to the last, with a :class:`Hop` per link."""

    nodes: list[str]
    labels: list[str]
    hops: list[Hop]

    @property
    def length(self) -> int:
        return len(self.hops)


def hop_events(store: Store, a: str, b: str, flt: EventFilter | None = None) -> list[HopEvent]:
    """Events that involve both ``a`` and ``b`` (slugs), oldest first, with quotes and URLs.

    >>> from kg.analysis.sample import sample_store
    >>> with sample_store() as store:
    ...     found = hop_events(store, "bravo", "charlie")
    >>> [(e.type, e.date, e.quotes[0].url) for e in found]
    [('Attack', '2017-01-10', 'https://example.org/two'), \
('Shelling', '2017-01-11', 'https://example.org/two')]
    """
    pattern = event_pattern(store, flt or EventFilter())
    query = f"""
SELECT ?e ?label ?type ?date ?start ?end ?ed ?ld ?g ?quote ?src ?url ?outlet WHERE {{
  {{ SELECT DISTINCT ?e WHERE {{
      {pattern}
      ?e {ROLES} {entity_ref(a)} .
      ?e {ROLES} {entity_ref(b)} .
  }} }}
  ?e ckg:goldstein ?g .
  OPTIONAL {{ ?e rdfs:label ?label }}
  OPTIONAL {{ ?e a ?type }}
  OPTIONAL {{ ?e ckg:date ?date }}
  OPTIONAL {{ ?e ckg:startDate ?start }}
  OPTIONAL {{ ?e ckg:endDate ?end }}
  OPTIONAL {{ ?e ckg:earliestDate ?ed }}
  OPTIONAL {{ ?e ckg:latestDate ?ld }}
  OPTIONAL {{ ?e ckg:evidence ?ev . ?ev ckg:quote ?quote .
             OPTIONAL {{ ?ev prov:wasDerivedFrom ?src .
                        OPTIONAL {{ ?src schema:url ?url }}
                        OPTIONAL {{ ?src dcterms:publisher/rdfs:label ?outlet }} }} }}
}}"""
    events: dict[str, HopEvent] = {}
    for row in solutions(store, query):
        iri = row["e"].value
        event = events.get(iri)
        if event is None:
            date = literal_text(row["date"]) or ""
            if not date and row["start"] is not None:
                date = row["start"].value + (f"/{row['end'].value}" if row["end"] else "")
            event = events[iri] = HopEvent(
                iri=iri,
                label=literal_text(row["label"]) or local_name(row["e"]),
                type="",
                date=date,
                earliest=literal_text(row["ed"]) or "",
                latest=literal_text(row["ld"]) or "",
                goldstein=float(row["g"].value),
            )
        kind = row["type"]
        if kind is not None and (not event.type or "ontology#" in kind.value):
            event.type = local_name(kind)
        if row["quote"] is not None:
            quote = Quote(
                text=row["quote"].value,
                url=literal_text(row["url"]) or "",
                outlet=literal_text(row["outlet"]) or "",
                source=literal_text(row["src"]) or "",
            )
            if quote not in event.quotes:
                event.quotes.append(quote)
    for event in events.values():
        event.quotes.sort(key=lambda q: (q.source, q.text))
    return sorted(events.values(), key=lambda e: (e.earliest or "9999", e.iri))


def explain_paths(
    store: Store,
    a: str,
    b: str,
    *,
    max_hops: int = 4,
    limit: int = 10,
    flt: EventFilter | None = None,
) -> list[PathExplanation]:
    """All shortest paths from ``a`` to ``b`` (slugs) of at most ``max_hops`` hops, explained.

    Empty when either entity takes part in no selected event or no path is short enough.
    At most ``limit`` paths are returned, in alphabetical order of their slugs.

    >>> from kg.analysis.sample import sample_store
    >>> with sample_store() as store:
    ...     paths = explain_paths(store, "alpha", "delta")
    ...     too_short = explain_paths(store, "alpha", "delta", max_hops=2)
    >>> paths[0].nodes, [len(h.events) for h in paths[0].hops], too_short
    (['alpha', 'bravo', 'charlie', 'delta'], [3, 2, 1], [])
    """
    if max_hops < 1:
        raise QueryError("max_hops must be at least 1")
    a, b = node_id(a), node_id(b)
    if a == b:
        raise QueryError("a path needs two different entities")
    flt = flt or EventFilter()
    graph = actor_graph(store, flt, with_events=False, counts_only=True)
    if a not in graph or b not in graph:
        return []
    try:
        found = list(itertools.islice(nx.all_shortest_paths(graph, a, b), MAX_PATHS_SCANNED))
    except nx.NetworkXNoPath:
        return []
    chains = sorted(p for p in found if len(p) - 1 <= max_hops)[:limit]
    cache: dict[tuple[str, str], list[HopEvent]] = {}
    explained = []
    for chain in chains:
        hops = []
        for x, y in itertools.pairwise(chain):
            key = (min(x, y), max(x, y))
            if key not in cache:
                cache[key] = hop_events(store, x, y, flt)
            hops.append(
                Hop(
                    source=x,
                    target=y,
                    source_label=str(graph.nodes[x].get("label", x)),
                    target_label=str(graph.nodes[y].get("label", y)),
                    events=cache[key],
                )
            )
        explained.append(
            PathExplanation(
                nodes=list(chain),
                labels=[str(graph.nodes[n].get("label", n)) for n in chain],
                hops=hops,
            )
        )
    return explained
