"""``kg reindex``: recompute the whole index graph from the source graphs."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox

from kg.index.compute import GRAPH_NODE, index_triples
from kg.index.state import LIGHT, PREDICATES, Fact, StateReader, fact_value
from kg.namespaces import INDEX_GRAPH
from kg.store import Store


def stored_facts(store: Store, predicates: frozenset[str] = PREDICATES) -> Iterator[Fact]:
    """Every fact the index reads (of ``predicates``), from every named graph but the index."""
    index = str(INDEX_GRAPH)
    for quad in store.predicate_quads(sorted(predicates)):
        graph, subject, value = quad.graph_name, quad.subject, quad.object
        if isinstance(graph, ox.NamedNode) and graph.value == index:
            continue
        if isinstance(subject, ox.NamedNode) and isinstance(value, ox.NamedNode | ox.Literal):
            predicate = quad.predicate.value
            yield subject.value, predicate, fact_value(predicate, value)


def stored_states(store: Store) -> StateReader:
    """The merged state of every subject the index reads, from the facts the store holds.

    A class or a label gives a subject nothing in the index unless it has some other watched
    fact (a role, a date...): the other facts are read first, then the classes and labels of
    the subjects they gave. Evidence, sources and entities, which have only a class and
    labels (as many as the events and more), are never held.
    """
    reader = StateReader()
    reader.add(stored_facts(store, PREDICATES - LIGHT))
    reader.add(fact for fact in stored_facts(store, LIGHT) if fact[0] in reader)
    return reader


def _index_quads(store: Store) -> Iterator[ox.Quad]:
    """The index graph's quads for what the store holds, the marker last; the states are read
    when the first quad is asked for."""
    for s, p, o in index_triples(stored_states(store)):
        yield ox.Quad(s, p, o, GRAPH_NODE)  # type: ignore[arg-type]


def reindex(store: Store) -> int:
    """Make the index graph what the source graphs give, from scratch; returns its size.

    The store writes only the difference (:meth:`kg.store.EmbeddedStore.rewrite_derived`),
    and the marker that says the index is complete last, so an interrupted reindex leaves a
    store that asks for ``kg reindex`` again.
    """
    return store.rewrite_derived(INDEX_GRAPH, _index_quads(store))
