"""``kg reindex``: recompute the whole index graph from the source graphs."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox

from kg.index.compute import index_quads
from kg.index.maintain import WATCHED
from kg.index.state import Fact
from kg.namespaces import INDEX_GRAPH

CHUNK_QUADS = 200_000


def stored_facts(store: object) -> Iterator[Fact]:
    """Every fact the index reads, from every graph but the index itself."""
    query = (
        f"SELECT ?g ?e ?p ?o WHERE {{ VALUES ?p {{ {WATCHED} }} GRAPH ?g {{ ?e ?p ?o }} "
        f"FILTER(isIRI(?e)) }}"
    )
    result = store.select(query)  # type: ignore[attr-defined]
    assert isinstance(result, ox.QuerySolutions)
    index = str(INDEX_GRAPH)
    for row in result:
        if row["g"].value != index:
            yield row["e"].value, row["p"].value, row["o"].value


def reindex(store: object) -> int:
    """Drop the index graph and write it again from the source graphs; returns its size.

    The marker that says the index is complete is written last, so an interrupted reindex
    leaves a store that asks for ``kg reindex`` again.
    """
    store.remove_graph(INDEX_GRAPH)  # type: ignore[attr-defined]
    written = 0
    chunk: list[ox.Quad] = []
    for quad in index_quads(stored_facts(store)):
        chunk.append(quad)
        if len(chunk) >= CHUNK_QUADS:
            store.add_quads(chunk)  # type: ignore[attr-defined]
            written, chunk = written + len(chunk), []
    store.add_quads(chunk)  # type: ignore[attr-defined]
    store.flush()  # type: ignore[attr-defined]
    return written + len(chunk)
