"""Interactive graph views: entities as nodes, events as edges, facts and quotes on click.

Four ways to choose what is drawn, each returning the text of one self-contained HTML page:

* :func:`overview`: the whole (filtered) graph, capped to the ``max_nodes`` most connected
  entities, with a note saying how many were left out;
* :func:`focus`: one entity and its neighbourhood up to ``depth`` links away;
* :func:`pair`: two actors and every event that involves both;
* :func:`from_query`: the graph a SPARQL ``CONSTRUCT`` returns (triples between IRIs) or a
  ``SELECT`` returns (``?s ?p ?o`` rows, else the first two columns holding IRIs as edges).

Every view takes the same :class:`~kg.views.data.ViewFilter` (date range on
``ckg:earliestDate``/``ckg:latestDate``, event types with subclasses, minimum evidence
confidence) and ``lang`` for entity labels (``skos:prefLabel`` in that language, else English).

Size limit: a page draws at most :data:`MAX_NODES` (5,000) nodes. Positions are computed in
Python (:mod:`kg.views.layout`); above :data:`PHYSICS_LIMIT` nodes the browser's physics is
switched off, so a 5,000-node page is interactive in a few seconds. Views that rank nodes
(overview, focus) keep the best-ranked ones and say so on the page; a query returning more
than :data:`MAX_NODES` nodes is refused with :class:`ViewTooLarge`.
"""

from __future__ import annotations

import networkx as nx
import pyoxigraph as ox

from kg.errors import QueryError
from kg.query import run
from kg.store import Store
from kg.views.data import ViewFilter, entity_info, entity_iri, event_graph, load_events, local
from kg.views.network import (
    MAX_NODES,
    PHYSICS_LIMIT,
    ViewTooLarge,
    draw,
    event_fact,
    group_of,
)

__all__ = [
    "MAX_NODES",
    "PHYSICS_LIMIT",
    "ViewTooLarge",
    "draw",
    "event_fact",
    "focus",
    "from_query",
    "group_of",
    "overview",
    "pair",
]


def _title(kind: str, flt: ViewFilter | None) -> str:
    described = flt.describe() if flt else ""
    return f"caucasus-kg: {kind}" + (f" ({described})" if described else "")


def _rank(graph: nx.MultiDiGraph) -> list[str]:
    return sorted(graph.nodes, key=lambda n: (-graph.degree(n), graph.nodes[n]["label"], n))


def _counts(view: nx.MultiDiGraph) -> str:
    events = {d["event"] for _a, _b, d in view.edges(data=True)}
    return f"{len(view)} entities, {len(events)} events"


def overview(
    store: Store,
    *,
    max_nodes: int = 250,
    title: str | None = None,
    flt: ViewFilter | None = None,
    lang: str = "en",
) -> str:
    """The whole graph, capped to the ``max_nodes`` most connected entities."""
    if not 1 <= max_nodes <= MAX_NODES:
        raise ViewTooLarge(f"max_nodes must be between 1 and {MAX_NODES}, not {max_nodes}")
    graph, events = event_graph(store, flt, lang=lang)
    kept = set(_rank(graph)[:max_nodes])
    view = graph.subgraph(kept)
    note = _counts(view)
    dropped = len(graph) - len(kept)
    if dropped:
        left = sorted(set(graph.nodes) - kept, key=lambda n: graph.nodes[n]["label"])
        events_left = {d["event"] for _a, _b, d in graph.edges(data=True)} - {
            d["event"] for _a, _b, d in view.edges(data=True)
        }
        note += (
            f". Left out: {dropped} less connected entities and the {len(events_left)} events "
            f"that only involve them (raise --max-nodes, up to {MAX_NODES}, to see them)"
        )
        if len(left) <= 12:
            note += ": " + ", ".join(graph.nodes[n]["label"] for n in left)
    filt = flt.describe() if flt else ""
    if filt:
        note += f". Filter: {filt}"
    return draw(view, events, title=title or _title("overview", flt), note=note, lang=lang)


def focus(
    store: Store,
    entity: str,
    *,
    depth: int = 1,
    max_nodes: int = 250,
    flt: ViewFilter | None = None,
    lang: str = "en",
    title: str | None = None,
) -> str:
    """One entity (a name in any language, slug, Wikidata ID or IRI) and its neighbourhood."""
    if depth < 1:
        raise QueryError("depth must be at least 1")
    if not 1 <= max_nodes <= MAX_NODES:
        raise ViewTooLarge(f"max_nodes must be between 1 and {MAX_NODES}, not {max_nodes}")
    centre = entity_iri(store, entity)
    graph, events = event_graph(store, flt, lang=lang)
    if centre not in graph:
        info = entity_info(store, [centre], lang=lang)[centre]
        graph.add_node(centre, label=info.label, type=info.type, group=info.group)
    distance = nx.single_source_shortest_path_length(nx.Graph(graph), centre, cutoff=depth)
    ranked = sorted(distance, key=lambda n: (distance[n], -graph.degree(n), n))
    kept = ranked[:max_nodes]
    view = graph.subgraph(kept)
    label = graph.nodes[centre]["label"]
    note = f"{label} and everything up to {depth} link{'s' if depth > 1 else ''} away: "
    note += _counts(view)
    if len(ranked) > len(kept):
        note += (
            f". Left out: {len(ranked) - len(kept)} entities furthest away or least connected "
            f"(raise --max-nodes, up to {MAX_NODES})"
        )
    if not view.number_of_edges():
        note += ". No events involve this entity with the filters given"
    filt = flt.describe() if flt else ""
    if filt:
        note += f". Filter: {filt}"
    return draw(view, events, title=title or _title(f"around {label}", flt), note=note, lang=lang)


def pair(
    store: Store,
    a: str,
    b: str,
    *,
    flt: ViewFilter | None = None,
    lang: str = "en",
    title: str | None = None,
) -> str:
    """Two actors and every event that involves both, one curved edge per event."""
    first, second = entity_iri(store, a), entity_iri(store, b)
    if first == second:
        raise QueryError(f"{a!r} and {b!r} are the same entity")
    events = {iri: e for iri, e in load_events(store, flt).items() if {first, second} <= e.involved}
    info = entity_info(store, [first, second], lang=lang)
    graph = nx.MultiDiGraph()
    for node in (first, second):
        graph.add_node(node, label=info[node].label, type=info[node].type, group=info[node].group)
    for iri, event in sorted(events.items()):
        if first in event.actors and second in event.targets:
            graph.add_edge(first, second, key=iri, event=iri)
        elif second in event.actors and first in event.targets:
            graph.add_edge(second, first, key=iri, event=iri)
        else:
            graph.add_edge(first, second, key=iri, event=iri)
    la, lb = info[first].label, info[second].label
    note = f"{la} and {lb}: {len(events)} events that involve both"
    filt = flt.describe() if flt else ""
    if filt:
        note += f". Filter: {filt}"
    return draw(
        graph,
        events,
        title=title or _title(f"{la} – {lb}", flt),
        note=note,
        lang=lang,
        positions={first: (-300.0, 0.0), second: (300.0, 0.0)},
        physics=False,
    )


def from_query(
    store: Store,
    sparql: str,
    *,
    flt: ViewFilter | None = None,
    lang: str = "en",
    title: str | None = None,
) -> str:
    """The graph a query returns: CONSTRUCT triples between IRIs, or SELECT rows.

    SELECT rows give edges from ``?s`` to ``?o`` labelled by ``?p`` when the query has those
    three variables, else from the first to the second column that hold IRIs. Nodes that are
    events (they have a ``ckg:status``) are subject to the filter and show their quotes;
    the filter leaves other nodes alone.
    """
    result = run(store, sparql)
    triples: list[tuple[str, str, str]] = []
    if isinstance(result, ox.QueryTriples):
        for t in result:
            if isinstance(t.subject, ox.NamedNode) and isinstance(t.object, ox.NamedNode):
                triples.append((t.subject.value, t.predicate.value, t.object.value))
    elif isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        solutions = list(result)
        if {"s", "p", "o"} <= set(names):
            for row in solutions:
                s, p, o = row["s"], row["p"], row["o"]
                if isinstance(s, ox.NamedNode) and isinstance(o, ox.NamedNode):
                    triples.append((s.value, p.value if p is not None else "", o.value))
        else:
            iri_columns = [
                n for n in names if any(isinstance(row[n], ox.NamedNode) for row in solutions)
            ]
            if len(iri_columns) < 2:
                raise QueryError(
                    "a graph needs ?s ?p ?o columns or at least two columns holding IRIs"
                )
            first, second = iri_columns[:2]
            for row in solutions:
                s, o = row[first], row[second]
                if isinstance(s, ox.NamedNode) and isinstance(o, ox.NamedNode):
                    triples.append((s.value, f"{first} → {second}", o.value))
    else:
        raise QueryError("a graph needs a CONSTRUCT or SELECT query, not ASK")
    nodes = {x for s, _p, o in triples for x in (s, o)}
    if len(nodes) > MAX_NODES:
        raise ViewTooLarge(
            f"the query returned {len(nodes)} nodes; a page draws at most {MAX_NODES}; "
            "add a LIMIT or narrow the query"
        )
    all_events = load_events(store, None)
    kept_events = load_events(store, flt) if flt else all_events
    hidden = {n for n in nodes if n in all_events and n not in kept_events}
    triples = [t for t in triples if t[0] not in hidden and t[2] not in hidden]
    nodes = {x for s, _p, o in triples for x in (s, o)}
    info = entity_info(store, nodes, lang=lang)
    labels = {n: i.label for n, i in info.items()}
    graph = nx.MultiDiGraph()
    for node in sorted(nodes):
        i = info[node]
        graph.add_node(node, label=i.label, type=i.type, group=i.group)
    extra = []
    for index, (s, p, o) in enumerate(triples):
        lines = [f"{labels.get(s, s)} → {labels.get(o, o)}", s, o]
        fact = {"heading": local(p) if p else "link", "lines": lines, "quotes": []}
        extra.append((f"q{index}", s, o, fact))
    note = f"{len(nodes)} nodes and {len(triples)} links from the query"
    if hidden and flt is not None:
        note += f"; {len(hidden)} events left out by the filter ({flt.describe()})"
    return draw(
        graph,
        {},
        title=title or "caucasus-kg: query",
        note=note,
        lang=lang,
        extra_edges=extra,
        event_nodes={n: kept_events[n] for n in nodes if n in kept_events},
    )
