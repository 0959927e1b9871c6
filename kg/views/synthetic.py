"""A synthetic graph of any size, to measure and test how big views behave in a browser.

Nodes and events are made up ("Entity 17", "Event 230"); no store is needed. The shape is a
preferential-attachment network (a few hubs, many small actors) plus random extra links.
"""

from __future__ import annotations

import random

import networkx as nx

from kg.views.data import EventFacts, Quote
from kg.views.graph import draw

TYPES = ("Meeting", "Agreement", "Attack", "Accusation", "Aid", "Sanction", "Statement")
GOLDSTEIN = {
    "Meeting": 1.0,
    "Agreement": 8.0,
    "Attack": -9.0,
    "Accusation": -2.0,
    "Aid": 7.0,
    "Sanction": -8.0,
    "Statement": 0.0,
}
GROUPS = ("Country", "Person", "Organisation", "Place", "ArmedForces")


def synthetic_graph(nodes: int, *, seed: int = 11) -> tuple[nx.MultiDiGraph, dict[str, EventFacts]]:
    """A graph of ``nodes`` entities and about 1.5 events per entity."""
    rng = random.Random(seed)
    shape = nx.barabasi_albert_graph(nodes, 1, seed=seed)
    extra = nx.gnm_random_graph(nodes, nodes // 2, seed=seed + 1)
    graph = nx.MultiDiGraph()
    for n in range(nodes):
        group = GROUPS[0] if shape.degree(n) > 8 else rng.choice(GROUPS)
        graph.add_node(f"urn:x:e{n}", label=f"Entity {n}", type=group, group=group)
    events: dict[str, EventFacts] = {}
    for i, (a, b) in enumerate([*shape.edges(), *extra.edges()]):
        if a == b:
            continue
        kind = TYPES[i % len(TYPES)]
        iri = f"urn:x:event{i}"
        year = 2000 + i % 25
        events[iri] = EventFacts(
            iri=iri,
            type=kind,
            label=f"Event {i}",
            date=f"{year}-01-01",
            goldstein=GOLDSTEIN[kind],
            status="Occurred",
            actors={f"urn:x:e{a}"},
            targets={f"urn:x:e{b}"},
            quotes={Quote(f"Quote of event {i}.", f"https://example.org/{i}", "Example Wire")},
            earliest=f"{year}-01-01",
            latest=f"{year}-12-31",
        )
        graph.add_edge(f"urn:x:e{a}", f"urn:x:e{b}", key=iri, event=iri)
    return graph, events


def synthetic_page(nodes: int, *, seed: int = 11) -> str:
    """The HTML page of :func:`synthetic_graph`."""
    graph, events = synthetic_graph(nodes, seed=seed)
    return draw(
        graph,
        events,
        title=f"Synthetic graph of {nodes} entities",
        note=f"{nodes} made-up entities and {len(events)} made-up events, for measurement.",
    )
