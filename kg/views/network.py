"""Draw a graph of entities and events as one page: nodes, edges and the facts behind them.

:func:`draw` turns a :class:`networkx.MultiDiGraph` (entities as nodes, events as edges) into
vis-network nodes and edges (colour and shape by legend group, size by degree, edges coloured by
Goldstein value and fanned out when parallel) and the facts and quotes shown on click, and
renders them with :func:`kg.views.html.render_page`. A page draws at most :data:`MAX_NODES`
nodes; above :data:`PHYSICS_LIMIT` the browser's physics is off.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.errors import KgError
from kg.views.data import EventFacts, local
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
        rank = _next_rank(parallel, a, b)
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
        rank = _next_rank(parallel, a, b)
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


def _next_rank(parallel: dict[frozenset[str], int], a: str, b: str) -> int:
    """The rank of the next edge between ``a`` and ``b`` among those drawn so far."""
    rank = parallel.get(frozenset((a, b)), 0)
    parallel[frozenset((a, b))] = rank + 1
    return rank


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
