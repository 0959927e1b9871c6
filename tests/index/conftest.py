"""Helpers shared by the index tests: the stored index and one computed from scratch."""

from __future__ import annotations

from kg.index.compute import index_quads
from kg.index.rebuild import stored_facts
from kg.namespaces import INDEX_GRAPH
from kg.store import Store


def stored_index(store: Store) -> set[str]:
    """The index graph the store holds, as N-Triples lines."""
    return {f"{q.subject} {q.predicate} {q.object}" for q in store.quads([INDEX_GRAPH])}


def scratch_index(store: Store) -> set[str]:
    """The index graph ``kg reindex`` would write for what the store holds now."""
    return {f"{q.subject} {q.predicate} {q.object}" for q in index_quads(stored_facts(store))}
