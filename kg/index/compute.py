"""The whole index graph computed from scratch from event states (``kg reindex``, bulk builds)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from kg.index.answers import event_triples
from kg.index.state import Fact, StateReader
from kg.index.tally import Key, Totals, contributions, link_triple, links_of, node_triples
from kg.namespaces import CKG, INDEX_GRAPH

# "2": with merge keys (kg.index.mergekeys); "3": with class-year counts
# (kg.index.tally); "4": with the answer rows of events-between (kg.index.answers); "5": with
# the links to the entities an event involves (kg.index.involves); "6": with the answer rows of
# each day on the start-year nodes (kg.index.days); "7": with the class-year counts stated
# again under ckg:classYearCount (kg.index.tally); a store whose index has an older format
# needs kg reindex
INDEX_FORMAT = "7"
GRAPH_NODE = ox.NamedNode(str(INDEX_GRAPH))


def marker_triple() -> tuple[ox.NamedNode, ox.NamedNode, ox.Literal]:
    """The triple that says a store's index graph is complete and of this format."""
    return (GRAPH_NODE, ox.NamedNode(str(CKG.indexFormat)), ox.Literal(INDEX_FORMAT))


def index_triples(reader: StateReader) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, object]]:
    """Every triple of the index graph for the events ``reader`` holds, the marker last.

    Per event its links (dyads, class-year counts, dyad-start years, kinds), merge keys, dates,
    label and the entities it involves, then the counter nodes.

    >>> from kg.index.state import STATUS, OCCURRED
    >>> reader = StateReader()
    >>> reader.add([("x:e", "https://w3id.org/caucasus-kg/ontology#actor", "x:a"),
    ...             ("x:e", "https://w3id.org/caucasus-kg/ontology#target", "x:b")])
    >>> [str(p).rsplit("#")[-1][:-1] for _s, p, _o in index_triples(reader)][:5]
    ['dyad', 'involves', 'involves', 'type', 'member']
    """
    totals: dict[Key, Totals] = {}
    for event in reader.events():
        state = reader.state(event)
        for key in links_of(state):
            yield link_triple(event, key)
        yield from sorted(event_triples(event, state), key=str)
        for key, part in contributions(state).items():
            if key in totals:
                totals[key].add(part)
            else:
                totals[key] = part
    for key, total in totals.items():
        if total.alive(key):
            yield from node_triples(key, total)
    yield marker_triple()


def index_quads(facts: Iterable[Fact]) -> Iterator[ox.Quad]:
    """The index graph's quads for these facts (gathered from all source graphs)."""
    reader = StateReader()
    reader.add(facts)
    for s, p, o in index_triples(reader):
        yield ox.Quad(s, p, o, GRAPH_NODE)  # type: ignore[arg-type]
