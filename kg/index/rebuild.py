"""``kg reindex``: recompute the whole index graph from the source graphs."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox

from kg.index.compute import index_quads
from kg.index.state import PREDICATES, Fact, fact_value
from kg.namespaces import INDEX_GRAPH
from kg.store import Store


def stored_facts(store: Store) -> Iterator[Fact]:
    """Every fact the index reads, from every named graph but the index itself."""
    index = str(INDEX_GRAPH)
    for quad in store.predicate_quads(sorted(PREDICATES)):
        graph, subject, value = quad.graph_name, quad.subject, quad.object
        if isinstance(graph, ox.NamedNode) and graph.value == index:
            continue
        if isinstance(subject, ox.NamedNode) and isinstance(value, ox.NamedNode | ox.Literal):
            predicate = quad.predicate.value
            yield subject.value, predicate, fact_value(predicate, value)


def reindex(store: Store) -> int:
    """Make the index graph what the source graphs give, from scratch; returns its size.

    The store writes only the difference (:meth:`kg.store.EmbeddedStore.rewrite_derived`),
    and the marker that says the index is complete last, so an interrupted reindex leaves a
    store that asks for ``kg reindex`` again.
    """
    return store.rewrite_derived(INDEX_GRAPH, index_quads(stored_facts(store)))
