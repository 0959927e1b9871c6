"""The overview graph: entities as nodes, events as edges, with facts and quotes on click."""

from __future__ import annotations

from typing import Any

import networkx as nx

from kg.store import EmbeddedStore
from kg.views.data import EventFacts, event_graph
from kg.views.html import GROUPS, goldstein_colour, render_page

ORGANISATIONS = {
    "Organisation",
    "GovernmentBody",
    "InternationalOrganisation",
    "PoliticalParty",
    "Company",
    "MediaOutlet",
    "ArmedGroup",
}


def group_of(entity_type: str) -> str:
    """The legend group an entity class falls in."""
    if entity_type in GROUPS:
        return entity_type
    if entity_type in ORGANISATIONS:
        return "Organisation"
    if entity_type in (
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
    ):
        return "Place"
    return "Event"


def _event_fact(event: EventFacts, labels: dict[str, str]) -> dict[str, Any]:
    def names(iris: set[str]) -> str:
        return ", ".join(sorted(labels.get(i, i) for i in iris)) or "-"

    lines = [
        f"{event.type} - {event.date or 'date unknown'} - {event.status}",
        f"Goldstein {event.goldstein:+.1f}",
    ]
    if event.actors:
        lines.append(f"Actors: {names(event.actors)}")
    if event.targets:
        lines.append(f"Targets: {names(event.targets)}")
    if event.participants:
        lines.append(f"Participants: {names(event.participants)}")
    if event.place:
        lines.append(f"Place: {labels.get(event.place, event.place)}")
    quotes = [{"text": q, "url": url, "outlet": outlet} for q, url, outlet in sorted(event.quotes)]
    return {"heading": event.label, "lines": lines, "quotes": quotes}


def overview(
    store: EmbeddedStore, *, max_nodes: int = 250, title: str = "caucasus-kg: overview"
) -> str:
    """HTML of the whole graph, capped to the ``max_nodes`` most connected entities."""
    from pyvis.network import Network

    graph, events = event_graph(store)
    ranked = sorted(graph.nodes, key=lambda n: (-graph.degree(n), graph.nodes[n]["label"]))
    kept = set(ranked[:max_nodes])
    dropped = len(graph) - len(kept)
    view = graph.subgraph(kept)
    labels = {n: graph.nodes[n]["label"] for n in graph.nodes}
    net = Network(directed=True)
    degree = dict(view.degree())
    positions = nx.spring_layout(nx.Graph(view), seed=7, scale=600) if len(view) else {}
    for node in sorted(view.nodes):
        group = group_of(view.nodes[node]["type"])
        colour, shape = GROUPS[group]
        x, y = positions[node]
        net.add_node(
            node,
            label=labels[node],
            title=f"{labels[node]} ({view.nodes[node]['type']})",
            color=colour,
            shape=shape,
            size=10 + 3 * min(degree[node], 15),
            group=group,
            x=float(x),
            y=float(y),
        )
    edge_facts: dict[str, list[dict[str, Any]]] = {}
    node_facts: dict[str, list[dict[str, Any]]] = {n: [] for n in view.nodes}
    for a, b, key in sorted(view.edges(keys=True)):
        event = events[key]
        edge_id = f"{key}|{a}|{b}"
        net.add_edge(
            a,
            b,
            id=edge_id,
            label=event.type,
            title=f"{event.label} ({event.date or 'undated'})",
            color=goldstein_colour(event.goldstein),
            dashes=event.status != "Occurred",
            arrows="to" if event.actors and event.targets else "",
        )
        fact = _event_fact(event, labels)
        edge_facts[edge_id] = [fact]
        for node in (a, b):
            if fact not in node_facts[node]:
                node_facts[node].append(fact)
    note = f"{len(view)} entities and {view.number_of_edges()} event links"
    if dropped:
        note += f"; {dropped} less connected entities left out (raise --max-nodes to see them)"
    nodes, edges, _heading, _h, _w, _options = net.get_network_data()
    options = {
        "physics": {"enabled": len(view) <= 300, "stabilization": {"iterations": 150}},
        "interaction": {"hover": True, "tooltipDelay": 150},
        "edges": {"smooth": {"type": "dynamic"}, "font": {"size": 9, "align": "middle"}},
        "nodes": {"font": {"size": 13}},
    }
    return render_page(
        title=title,
        note=note,
        nodes=nodes,
        edges=edges,
        options=options,
        facts={"nodes": node_facts, "edges": edge_facts},
    )
