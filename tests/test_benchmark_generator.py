"""The synthetic benchmark data carries the index graph kg itself derives from its events."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pyoxigraph as ox

from kg.index.compute import index_quads
from kg.index.rebuild import stored_facts
from kg.namespaces import INDEX_GRAPH
from kg.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import generate


def test_generated_index_graph_is_what_kg_computes_from_the_generated_events(tmp_path) -> None:
    buffer = io.StringIO()
    counts = generate.write_nquads(buffer, 1500, seed=3)
    assert counts["events"] == 1500
    folder = tmp_path / "store"
    raw = ox.Store(str(folder))
    raw.bulk_load(buffer.getvalue().encode(), format=ox.RdfFormat.N_QUADS)
    del raw
    store = open_store(folder)
    try:
        generated = {str(q) for q in store.quads([INDEX_GRAPH])}
        derived = {str(q) for q in index_quads(stored_facts(store))}
    finally:
        store.close()
    assert generated == derived
    links = [q for q in generated if "ontology#dyad>" in q]
    assert len(links) > 1000  # the events do pair entities, some re-reported by other documents


def test_the_index_can_be_left_out() -> None:
    buffer = io.StringIO()
    generate.write_nquads(buffer, 200, seed=3, with_index=False)
    assert str(INDEX_GRAPH) not in buffer.getvalue()
