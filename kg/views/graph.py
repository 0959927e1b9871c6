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

import math
from collections.abc import Iterable
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg.errors import KgError, QueryError
from kg.query import run
from kg.store import Store
from kg.views.data import (
    EventFacts,
    ViewFilter,
    entity_info,
    entity_iri,
    event_graph,
    load_events,
    local,
)
from kg.views.html import GROUPS, goldstein_colour, render_page
from kg.views.layout import layout

MAX_NODES = 5000
PHYSICS_LIMIT = 300


class ViewTooLarge(KgError):
    """More nodes than a page can draw and stay usable."""


def group_of(entity_type: str) -> str:
    """The legend group of a class local name, for callers without the ontology at hand."""
    if entity_type in GROUPS:
        return entity_type
    if entity_type in {
        "Organisation",
        "GovernmentBody",
        "InternationalOrganisation",
        "InternationalMission",
        "PoliticalParty",
        "Company",
        "MediaOutlet",
        "ArmedGroup",
    }:
        return "Organisation"
    if entity_type in {
        "Region",
        "City",
        "NaturalFeature",
        "Infrastructure",
        "HistoricalState",
        "Pipeline",
        "Railway",
        "TransportCorridor",
        "BorderCrossing",
        "PowerPlant",
    }:
        return "Place"
    return "Other"


def event_fact(event: EventFacts, labels: dict[str, str]) -> dict[str, Any]:
    """What the details panel shows about one event (all plain text)."""

    def names(iris: set[str]) -> str:
        return ", ".join(sorted(labels.get(i, local(i)) for i in iris)) or "-"

    when = event.date or event.earliest or "date unknown"
    lines = [f"{event.type} · {when} · {event.status}", f"Goldstein {event.goldstein:+.1f}"]
    if event.actors:
        lines.append(f"Actors: {names(event.actors)}")
    if event.targets:
        lines.append(f"Targets: {names(event.targets)}")
    if event.participants:
        lines.append(f"Participants: {names(event.participants)}")
    if event.place:
        lines.append(f"Place: {labels.get(event.place, local(event.place))}")
    quotes = [
        {"text": q.text, "url": q.url, "outlet": q.outlet, "issued": q.issued, "title": q.title}
        for q in sorted(event.quotes, key=lambda q: (q.issued, q.text))
    ]
    return {
        "heading": event.label,
        "lines": lines,
        "quotes": quotes,
        "date": event.earliest or event.date,
        "goldstein": event.goldstein,
    }


def _tooltip(event: EventFacts) -> str:
    when = event.date or event.earliest or "undated"
    lines = [event.label, f"{event.type} · {when} · Goldstein {event.goldstein:+.1f}"]
    for q in sorted(event.quotes, key=lambda q: (q.issued, q.text))[:1]:
        source = " · ".join(x for x in (q.outlet, q.url) if x)
        lines.append(f"“{_clip(q.text, 160)}”")
        if source:
            lines.append(source)
    return "\n".join(lines)


def _clip(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _node_size(degree: int, big: bool) -> float:
    """Radius by number of linked entities (square root, capped); smaller in big graphs."""
    if big:
        return round(5 + 2.5 * math.sqrt(min(degree, 100)), 1)
    return round(7 + 3.5 * math.sqrt(min(degree, 100)), 1)


def draw(
    graph: nx.MultiDiGraph,
    events: dict[str, EventFacts],
    *,
    title: str,
    note: str,
    lang: str = "en",
    positions: dict[Any, tuple[float, float]] | None = None,
    extra_edges: Iterable[tuple[str, str, str, dict[str, Any]]] = (),
    event_nodes: dict[str, EventFacts] | None = None,
    physics: bool | None = None,
) -> str:
    """The page for a graph whose nodes carry ``label``/``type``/``group`` and whose edges
    carry ``event`` (an IRI in ``events``).

    ``extra_edges`` are ``(id, from, to, fact)`` links that are not events (query results);
    ``event_nodes`` are nodes that are themselves events, whose facts they show on click.
    ``physics`` turns the browser's force layout on or off (default: on up to
    :data:`PHYSICS_LIMIT` nodes).
    """
    if len(graph) > MAX_NODES:
        raise ViewTooLarge(
            f"{len(graph)} nodes is more than a page can draw ({MAX_NODES}); "
            "narrow the view with dates, types, a focus entity or a smaller query"
        )
    big = len(graph) > PHYSICS_LIMIT
    physics = not big if physics is None else physics
    extra_edges = list(extra_edges)
    bundle: dict[frozenset[str], int] = {}
    for a, b in [
        *((a, b) for a, b, _k in graph.edges(keys=True)),
        *((a, b) for _i, a, b, _f in extra_edges),
    ]:
        bundle[frozenset((a, b))] = bundle.get(frozenset((a, b)), 0) + 1
    pos = positions if positions is not None else layout(graph)
    labels = {n: graph.nodes[n].get("label", local(n)) for n in graph.nodes}
    simple_degree = nx.Graph(graph).degree()
    # facts are stored once by id; nodes and edges list the ids of theirs
    all_facts: dict[str, dict[str, Any]] = {}
    node_facts: dict[str, list[str]] = {n: [] for n in graph.nodes}
    edge_facts: dict[str, list[str]] = {}
    for node, event in (event_nodes or {}).items():
        all_facts[event.iri] = event_fact(event, labels)
        node_facts[node].append(event.iri)
    nodes = []
    for node in sorted(graph.nodes):
        data = graph.nodes[node]
        group = data.get("group") or group_of(data.get("type", ""))
        colour, shape = GROUPS.get(group, GROUPS["Other"])
        x, y = pos[node]
        nodes.append(
            {
                "id": node,
                "label": labels[node],
                "title": f"{labels[node]} ({data.get('type') or group})\n{node}",
                "color": colour,
                "shape": shape,
                "size": _node_size(simple_degree[node], big),
                "group": group,
                "x": x,
                "y": y,
            }
        )
    edges = []
    parallel: dict[frozenset[str], int] = {}
    for a, b, key, data in sorted(graph.edges(keys=True, data=True), key=_edge_order(events)):
        event = events[data["event"]]
        edge_id = f"{key}|{a}|{b}"
        if event.iri not in all_facts:
            all_facts[event.iri] = event_fact(event, labels)
        edge_facts[edge_id] = [event.iri]
        for node in (a, b):
            if not node_facts[node] or node_facts[node][-1] != event.iri:
                node_facts[node].append(event.iri)
        rank = parallel.get(frozenset((a, b)), 0)
        parallel[frozenset((a, b))] = rank + 1
        edges.append(
            {
                "id": edge_id,
                "from": a,
                "to": b,
                "label": event.type,
                "title": _tooltip(event),
                "color": goldstein_colour(event.goldstein),
                "dashes": event.status != "Occurred",
                "arrows": "to" if event.actors and event.targets else "",
                "smooth": _curve(rank, bundle[frozenset((a, b))], big, a > b),
                "width": 2,
            }
        )
    for edge_id, a, b, fact in extra_edges:
        all_facts[edge_id] = fact
        edge_facts[edge_id] = [edge_id]
        rank = parallel.get(frozenset((a, b)), 0)
        parallel[frozenset((a, b))] = rank + 1
        edges.append(
            {
                "id": edge_id,
                "from": a,
                "to": b,
                "label": fact["heading"],
                "title": "\n".join([fact["heading"], *fact["lines"]]),
                "color": "#888888",
                "arrows": "to",
                "smooth": _curve(rank, bundle[frozenset((a, b))], big, a > b),
            }
        )
        for node in (a, b):
            node_facts[node].append(edge_id)
    for node, ids in node_facts.items():
        unique = set(ids)
        node_facts[node] = sorted(
            unique, key=lambda i: (all_facts[i].get("date") or "9999", all_facts[i]["heading"], i)
        )
    options = {
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {"springLength": 120, "avoidOverlap": 0.2},
            "stabilization": {"iterations": 120, "fit": True},
        },
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
        },
        "edges": {
            "font": {"size": 9, "align": "middle", "strokeWidth": 3},
            "scaling": {"label": {"drawThreshold": 7}},
        },
        "nodes": {"font": {"size": 13}, "scaling": {"label": {"drawThreshold": 6}}},
    }
    groups_used = sorted({n["group"] for n in nodes}, key=list(GROUPS).index)
    return render_page(
        title=title,
        note=note,
        nodes=nodes,
        edges=edges,
        options=options,
        facts={"facts": all_facts, "nodes": node_facts, "edges": edge_facts},
        lang=lang,
        groups=groups_used,
    )


def _edge_order(events: dict[str, EventFacts]) -> Any:
    def key(item: tuple[str, str, str, dict[str, Any]]) -> tuple[str, str, str, str]:
        a, b, k, data = item
        event = events[data["event"]]
        return (a, b, event.earliest or event.date or "9999", k)

    return key


def _curve(rank: int, count: int, big: bool, reverse: bool = False) -> dict[str, Any] | bool:
    """The ``rank``-th of ``count`` parallel edges between one pair: they fan out as curves,
    alternately on each side, spread over the whole range of roundness. ``reverse`` edges run
    the other way, so clockwise is the other side for them."""
    if count == 1:
        return False if big else {"enabled": True, "type": "dynamic"}
    side = "curvedCW" if (rank % 2 == 0) != reverse else "curvedCCW"
    steps = max(1, (count - 1) // 2)
    return {"enabled": True, "type": side, "roundness": round(0.08 + 0.52 * (rank // 2) / steps, 3)}


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
