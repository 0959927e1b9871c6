"""Read what the views show from the store, through SPARQL, into a networkx graph."""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
import pyoxigraph as ox

from kg.query import run
from kg.store import EmbeddedStore

EVENTS_QUERY = """
SELECT ?event ?type ?label ?date ?earliest ?goldstein ?status ?role ?who ?whoLabel ?whoType
       ?place ?placeLabel ?quote ?url ?outlet WHERE {
  ?event a ?type ; rdfs:label ?label ; ckg:goldstein ?goldstein ; ckg:status ?status .
  ?type rdfs:subClassOf* ckg:Event .
  VALUES ?role { ckg:actor ckg:target ckg:participant }
  ?event ?role ?who .
  ?who rdfs:label ?whoLabel ; a ?whoType . FILTER(LANG(?whoLabel) = "en")
  OPTIONAL { ?event ckg:date|ckg:startDate ?date }
  OPTIONAL { ?event ckg:earliestDate ?earliest }
  OPTIONAL { ?event ckg:place ?place . ?place rdfs:label ?placeLabel .
             FILTER(LANG(?placeLabel) = "en") }
  OPTIONAL { ?event ckg:evidence ?ev . ?ev ckg:quote ?quote ; prov:wasDerivedFrom ?src .
             OPTIONAL { ?src schema:url ?url }
             OPTIONAL { ?src dcterms:publisher/rdfs:label ?outlet } }
}
"""


@dataclass
class EventFacts:
    """One event as the views show it."""

    iri: str
    type: str
    label: str
    date: str
    goldstein: float
    status: str
    actors: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    participants: set[str] = field(default_factory=set)
    place: str | None = None
    quotes: set[tuple[str, str, str]] = field(default_factory=set)


def _local(term: object) -> str:
    value = term.value if isinstance(term, ox.NamedNode | ox.Literal) else str(term)
    return value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def event_graph(store: EmbeddedStore) -> tuple[nx.MultiDiGraph, dict[str, EventFacts]]:
    """Entities as nodes, one edge per event and pair of involved entities (actor -> target).

    Events with a single involved entity link it to the event's place when there is one.
    """
    result = run(store, EVENTS_QUERY)
    assert isinstance(result, ox.QuerySolutions)
    graph = nx.MultiDiGraph()
    events: dict[str, EventFacts] = {}
    for row in result:
        iri = row["event"].value
        event = events.get(iri)
        if event is None:
            event = events[iri] = EventFacts(
                iri=iri,
                type=_local(row["type"]),
                label=row["label"].value,
                date=row["date"].value if row["date"] else "",
                goldstein=float(row["goldstein"].value),
                status=_local(row["status"]),
            )
        who = row["who"].value
        graph.add_node(who, label=row["whoLabel"].value, type=_local(row["whoType"]))
        getattr(
            event, {"actor": "actors", "target": "targets"}.get(_local(row["role"]), "participants")
        ).add(who)
        if row["place"] is not None:
            event.place = row["place"].value
            graph.add_node(event.place, label=row["placeLabel"].value, type="Place")
        if row["quote"] is not None:
            event.quotes.add(
                (
                    row["quote"].value,
                    row["url"].value if row["url"] else "",
                    row["outlet"].value if row["outlet"] else "",
                )
            )
    for event in events.values():
        for a, b in _pairs(event):
            graph.add_edge(a, b, key=event.iri, event=event.iri)
    return graph, events


def _pairs(event: EventFacts) -> list[tuple[str, str]]:
    if event.actors and event.targets:
        return [(a, t) for a in sorted(event.actors) for t in sorted(event.targets) if a != t]
    involved = sorted(event.actors | event.targets | event.participants)
    if len(involved) == 1:
        return [(involved[0], event.place)] if event.place and event.place != involved[0] else []
    return [(a, b) for i, a in enumerate(involved) for b in involved[i + 1 :]]
