"""Project the event graph onto actors, with SPARQL doing the aggregation.

Two projections are read from the store:

**The actor graph** (:func:`actor_graph`, an undirected :class:`networkx.Graph`).
Nodes are the entities that have a role in an event (``ckg:actor``, ``ckg:target`` or
``ckg:participant``), keyed by slug (``azerbaijan``; entities outside ``id/entity/`` keep their
full IRI), with the attributes ``label`` (English), ``type`` (class local name), ``iri`` and
``events`` (how many selected events involve them). Two entities are joined when they have a role
in the same event, whatever the roles: an actor and its target ("acted on each other") and
co-participants ("took part together") alike. Each edge carries

* ``count``: number of distinct events that join the pair;
* ``goldstein_sum`` and ``goldstein_mean``: sum and mean of the events' Goldstein values
  (-10 most conflictual .. +10 most cooperative);
* ``earliest`` and ``latest``: ISO dates bounding the events (from ``ckg:earliestDate`` and
  ``ckg:latestDate``; absent when no event is dated);
* ``events``: sorted list of event IRIs (unless ``with_events=False``);
* ``distance``: ``1 / count``, so that weighted shortest paths prefer strong ties.

**The bipartite actor–event graph** (:func:`bipartite_graph`): actor nodes (``bipartite=0``,
keyed by slug) and event nodes (``bipartite=1``, keyed by IRI, with ``label``, ``type``,
``goldstein``, ``earliest``, ``latest``), one edge per role with attribute ``role``.

Both take the same filters (:class:`EventFilter`): a date range (an event is kept when its
``[earliestDate, latestDate]`` overlaps the range), event types (a type includes its
subclasses through ``rdfs:subClassOf*``), a minimum confidence (at least one piece of evidence
with ``ckg:confidence`` at or above it) and statuses (only ``ckg:Occurred`` by default;
``statuses=None`` admits every status).

Counts, sums, date bounds and event lists are aggregated by one ``GROUP BY ?a ?b`` query (no
triple is loaded into Python; Python only turns the grouped rows into edges) and the node
attributes by one ``GROUP BY ?a``. The query joins whole property scans by hashing
(:meth:`kg.analysis.sparql.EventFilter.events_block`), so its cost is about linear in the
number of (event, entity, entity) rows; ``benchmarks/analysis_scale.py`` measures it.
``counts_only=True`` (what centrality and paths use) skips the Goldstein values and dates.

Without event lists (``with_events=False``), with the default filter or a whole-year date range,
the same graph is read from the index graph's counters instead (:mod:`kg.analysis.tallies`),
at a cost that grows with the number of pairs, not of events. An event counts as its sources
together say (``kg/index/state.py``): occurred if any says so, the lowest Goldstein value, the
earliest and latest of their dates; events without a Goldstein value count in ``count`` but
are left out of the slow path's Goldstein sums and dates (every event kg writes has one).
"""

from __future__ import annotations

import datetime as dt
from typing import IO, Any

import networkx as nx
import pyoxigraph as ox

from kg.analysis import tallies
from kg.analysis.sparql import (
    EventFilter,
    all_events_dated,
    literal_text,
    local_name,
    node_id,
    solutions,
    type_closure,
)
from kg.namespaces import CKG
from kg.store import Store


def _filter(flt: EventFilter | None, options: dict[str, Any]) -> EventFilter:
    if flt is not None and options:
        raise TypeError("give either an EventFilter or filter keywords, not both")
    if flt is not None:
        return flt
    if "types" in options and options["types"] is not None:
        options["types"] = tuple(options["types"])
    return EventFilter(**{k: v for k, v in options.items() if v is not None or k == "statuses"})


ROLE_ROWS = (
    "{ SELECT DISTINCT ?e ?a WHERE { "
    "{ ?e ckg:actor ?a } UNION { ?e ckg:target ?a } UNION { ?e ckg:participant ?a } } }"
)


NO_FIRST, NO_LAST = "9999-12-31", "0001-01-01"


def _pairs_query(events: str, with_events: bool, counts_only: bool = False) -> str:
    # No FILTER on the pair: Oxigraph evaluates filters slowly on millions of rows, so every
    # ordered pair (and a == b) is grouped and Python keeps one row per unordered pair.
    # Rows are deduplicated before grouping (DISTINCT sub-SELECTs): the union of graphs
    # repeats an event's triples once per source that reports it. (A variant without them,
    # counting DISTINCT ?e instead, was faster at 100k events but slower at 1M.)
    aggregates = "(COUNT(?e) AS ?n)"
    roles = ROLE_ROWS
    if not counts_only:
        # An undated event would make MIN/MAX unbound for the whole pair: stand-ins, dropped
        # in Python, keep the bounds of the pair's dated events.
        aggregates += (
            f' (SUM(?g) AS ?sum) (MIN(COALESCE(?ed, "{NO_FIRST}"^^xsd:date)) AS ?first)'
            f' (MAX(COALESCE(?ld, "{NO_LAST}"^^xsd:date)) AS ?last)'
        )
    if with_events:
        aggregates += ' (GROUP_CONCAT(STR(?e); separator=" ") AS ?events)'
    return f"""
SELECT ?a ?b {aggregates}
WHERE {{
  {events}
  {roles}
  {roles.replace("?a", "?b")}
}} GROUP BY ?a ?b"""


def _counts_block(events: str) -> str:
    return f"""{{ SELECT ?a (COUNT(DISTINCT ?e) AS ?n) WHERE {{
      {events}
      {ROLE_ROWS}
  }} GROUP BY ?a }}"""


def _nodes_query(events: str, *, counts: str | None = None) -> str:
    return f"""
SELECT ?a ?n ?label ?type WHERE {{
  {counts or _counts_block(events)}
  OPTIONAL {{ ?a rdfs:label ?label . FILTER(LANG(?label) = "en" || LANG(?label) = "") }}
  OPTIONAL {{ ?a a ?type }}
}}"""


def _add_nodes(graph: nx.Graph, store: Store, events: str, *, counts: str | None = None) -> None:
    seen: set[str] = set()
    for row in solutions(store, _nodes_query(events, counts=counts)):
        iri = row["a"].value
        key = node_id(iri)
        if key not in seen:
            seen.add(key)
            graph.add_node(key, iri=iri, label=literal_text(row["label"]) or key, type="")
            graph.nodes[key]["events"] = int(row["n"].value)
        data = graph.nodes[key]
        kind = row["type"]
        if isinstance(kind, ox.NamedNode) and (not data["type"] or kind.value.startswith(str(CKG))):
            data["type"] = local_name(kind)


def actor_graph(
    store: Store,
    flt: EventFilter | None = None,
    *,
    with_events: bool = True,
    counts_only: bool = False,
    use_index: bool = True,
    **options: Any,
) -> nx.Graph:
    """The actor projection (see the module docstring), filtered by ``flt`` or keywords.

    Keywords are the fields of :class:`EventFilter`: ``start``, ``end``, ``types``,
    ``min_confidence``, ``statuses``. ``with_events=False`` leaves out the event lists;
    ``counts_only=True`` keeps only ``count`` and ``distance`` on the edges (no Goldstein
    values or dates), which is what centrality and paths need, at about half the cost.
    ``use_index=False`` joins the events even where the index counters would answer (the
    same graph, slower; for checks and benchmarks).

    >>> from kg.analysis.sample import sample_store
    >>> with sample_store() as store:
    ...     graph = actor_graph(store)
    ...     graph.edges["alpha", "bravo"]["count"], graph.edges["alpha", "bravo"]["earliest"]
    (3, '2015-03-01')
    >>> with sample_store() as store:
    ...     sorted(actor_graph(store, start="2017", end="2017").edges)
    [('bravo', 'charlie')]
    """
    flt = _filter(flt, options)
    if use_index and tallies.answers(store, flt, with_events=with_events):
        return _graph(
            store,
            solutions(store, tallies.pairs_query(flt, counts_only)),
            with_events=False,
            counts_only=counts_only,
            counts=tallies.entities_block(flt),
        )
    types = type_closure(store, flt.types)
    minimal = flt.events_block(types, minimal=True)
    events = minimal
    if not counts_only:
        events = flt.events_block(types, all_dated=all_events_dated(store))
    rows = solutions(store, _pairs_query(events, with_events, counts_only))
    return _graph(store, rows, with_events=with_events, counts_only=counts_only, events=minimal)


def _graph(
    store: Store,
    rows: ox.QuerySolutions,
    *,
    with_events: bool,
    counts_only: bool,
    events: str = "",
    counts: str | None = None,
) -> nx.Graph:
    """The projection from grouped pair rows, with the node attributes read after."""
    edges: list[tuple[str, str, dict[str, Any]]] = []
    for row in rows:
        a, b = row["a"].value, row["b"].value
        if a >= b:
            continue
        count = int(row["n"].value)
        data: dict[str, Any] = {"count": count, "distance": 1.0 / count if count else 1.0}
        if not counts_only:
            total = float(row["sum"].value) if row["sum"] is not None else 0.0
            data["goldstein_sum"] = total
            data["goldstein_mean"] = total / count if count else 0.0
            for key, name, absent in (("earliest", "first", NO_FIRST), ("latest", "last", NO_LAST)):
                if row[name] is not None and row[name].value[:10] != absent:
                    data[key] = tallies.iso(row[name].value)
        if with_events:
            data["events"] = sorted(set(row["events"].value.split()))
        edges.append((node_id(a), node_id(b), data))
    graph = nx.Graph()
    graph.add_nodes_from(sorted({n for a, b, _d in edges for n in (a, b)}))
    graph.add_edges_from(sorted(edges, key=lambda e: (e[0], e[1])))
    _add_nodes(graph, store, events, counts=counts)
    return graph


def bipartite_graph(store: Store, flt: EventFilter | None = None, **options: Any) -> nx.Graph:
    """Actors and events as the two sides of one graph, an edge for every role.

    >>> from kg.analysis.sample import sample_store
    >>> with sample_store() as store:
    ...     graph = bipartite_graph(store)
    ...     sorted(graph.neighbors("charlie"))
    ['https://w3id.org/caucasus-kg/id/event/e4', \
'https://w3id.org/caucasus-kg/id/event/e5', 'https://w3id.org/caucasus-kg/id/event/e6']
    """
    flt = _filter(flt, options)
    events = flt.events_block(type_closure(store, flt.types), all_dated=all_events_dated(store))
    query = f"""
SELECT ?e ?role ?a ?g ?ed ?ld ?label ?type WHERE {{
  {events}
  {{ SELECT DISTINCT ?e ?role ?a WHERE {{
      VALUES ?role {{ ckg:actor ckg:target ckg:participant }}
      ?e ?role ?a .
  }} }}
  OPTIONAL {{ ?e rdfs:label ?label }}
  OPTIONAL {{ ?e a ?type }}
}}"""
    graph = nx.Graph()
    for row in solutions(store, query):
        event = row["e"].value
        if event not in graph:
            graph.add_node(
                event,
                bipartite=1,
                label=literal_text(row["label"]) or local_name(row["e"]),
                type=local_name(row["type"]) if row["type"] is not None else "",
                goldstein=float(row["g"].value),
            )
            for key, name in (("earliest", "ed"), ("latest", "ld")):
                if row[name] is not None:
                    graph.nodes[event][key] = row[name].value
        actor = node_id(row["a"].value)
        graph.add_edge(actor, event, role=local_name(row["role"]))
    for row in solutions(store, _nodes_query(events)):
        key = node_id(row["a"].value)
        if key in graph and "bipartite" not in graph.nodes[key]:
            graph.nodes[key].update(
                bipartite=0,
                iri=row["a"].value,
                label=literal_text(row["label"]) or key,
                type=local_name(row["type"]) if row["type"] is not None else "",
            )
    return graph


def _scalar(value: object) -> object:
    if isinstance(value, list | tuple | set | frozenset):
        return " ".join(str(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def exportable(graph: nx.Graph) -> nx.Graph:
    """A copy whose attributes are all scalars (lists joined with spaces, no ``None``).

    >>> g = nx.Graph()
    >>> g.add_edge("a", "b", events=["x", "y"], earliest=None)
    >>> exportable(g).edges["a", "b"]
    {'events': 'x y'}
    """
    out = nx.Graph() if not graph.is_directed() else nx.DiGraph()
    for node, data in graph.nodes(data=True):
        out.add_node(node, **{k: _scalar(v) for k, v in data.items() if v is not None})
    for a, b, data in graph.edges(data=True):
        out.add_edge(a, b, **{k: _scalar(v) for k, v in data.items() if v is not None})
    return out


def write_graphml(graph: nx.Graph, handle: IO[bytes]) -> None:
    """Write the graph as GraphML (weights, Goldstein values, dates, event lists as text).

    >>> import io
    >>> g = nx.Graph()
    >>> g.add_edge("a", "b", count=2, events=["x", "y"])
    >>> buffer = io.BytesIO()
    >>> write_graphml(g, buffer)
    >>> b"x y" in buffer.getvalue()
    True
    """
    nx.write_graphml(exportable(graph), handle)


def write_gexf(graph: nx.Graph, handle: IO[bytes]) -> None:
    """Write the graph as GEXF (for Gephi), with the same scalar attributes as GraphML.

    >>> import io
    >>> g = nx.Graph()
    >>> g.add_edge("a", "b", count=2, earliest="2015-03-01")
    >>> buffer = io.BytesIO()
    >>> write_gexf(g, buffer)
    >>> b"2015-03-01" in buffer.getvalue()
    True
    """
    nx.write_gexf(exportable(graph), handle)
