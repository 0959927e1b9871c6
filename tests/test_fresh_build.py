"""A new store is built in bulk beside its folder and moved into place; the graph is the same."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.build import build_folder
from kg.errors import StoreError
from kg.fresh_build import build_store_folder, is_fresh
from kg.query import rows, run
from kg.rdfterms import from_oxigraph
from kg.resources import bundled
from kg.store import open_store, take_build_lock


def graphs(path: Path) -> dict[str, Graph]:
    """Every named graph of the store at ``path``, as rdflib graphs."""
    store = open_store(path)
    try:
        found = {}
        for name in store.graph_names():
            graph = Graph()
            for q in store.quads([name]):
                graph.add(tuple(from_oxigraph(t) for t in (q.subject, q.predicate, q.object)))
            found[str(name)] = graph
        return found
    finally:
        store.close()


def write_doc(folder: Path, name: str, date: str, people: str = "[iran, azerbaijan]") -> None:
    folder.mkdir(exist_ok=True)
    text = f"Iran and Azerbaijan met on {date}."
    (folder / f"{name}.md").write_text(f"---\ntitle: {name}\n---\n{text}\n", encoding="utf-8")
    (folder / f"{name}.facts.yaml").write_text(
        f"events:\n  - type: Meeting\n    date: {date}\n    participants: {people}\n"
        f'    quote: "{text}"\n',
        encoding="utf-8",
    )


def test_fresh_build_gives_the_graph_of_the_per_document_build(tmp_path, demo_store_path):
    report = build_store_folder(tmp_path / "bulk", bundled("sources"))
    assert report.ok and report.documents > 40
    bulk, per_document = graphs(tmp_path / "bulk"), graphs(demo_store_path)
    assert sorted(bulk) == sorted(per_document)
    for name, graph in per_document.items():
        assert len(bulk[name]) == len(graph), name
        assert isomorphic(bulk[name], graph), name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bulk"]  # nothing left beside it


def test_events_reported_twice_in_one_fresh_build_are_one_node(tmp_path):
    docs = tmp_path / "docs"
    write_doc(docs, "a-first", "2024-05-19")
    write_doc(docs, "b-second", "2024-05")
    write_doc(docs, "c-other-day", "2023-02-01")
    build_store_folder(tmp_path / "bulk", docs)
    per_document = open_store(tmp_path / "per-document", create=True)
    build_folder(per_document, docs)
    per_document.close()
    query = """SELECT ?e (COUNT(DISTINCT ?s) AS ?n) WHERE {
      ?e a ckg:Meeting ; prov:wasDerivedFrom ?s } GROUP BY ?e"""
    for path in (tmp_path / "bulk", tmp_path / "per-document"):
        store = open_store(path)
        found = sorted(int(r["n"]) for r in rows(run(store, query)))
        store.close()
        assert found == [1, 2], path.name
    bulk, per = graphs(tmp_path / "bulk"), graphs(tmp_path / "per-document")
    assert all(isomorphic(bulk[n], per[n]) for n in per) and bulk.keys() == per.keys()


def test_a_store_with_data_is_updated_a_document_at_a_time(tmp_path):
    write_doc(tmp_path / "one", "first", "2024-05-19")
    write_doc(tmp_path / "two", "second", "2024-05")
    build_store_folder(tmp_path / "store", tmp_path / "one")
    assert not is_fresh(tmp_path / "store")
    report = build_store_folder(tmp_path / "store", tmp_path / "two")
    assert report.documents == 1
    names = [n.rsplit("/", 1)[-1] for n in graphs(tmp_path / "store")]
    assert {"first", "second"} <= set(names)


def test_a_document_given_twice_falls_back_to_the_per_document_build(tmp_path):
    docs = tmp_path / "docs"
    write_doc(docs, "same", "2024-05-19")
    (docs / "same.txt").write_text("Iran and Azerbaijan met.\n", encoding="utf-8")
    report = build_store_folder(tmp_path / "bulk", docs)
    per_document = open_store(tmp_path / "per-document", create=True)
    expected = build_folder(per_document, docs)
    per_document.close()
    assert (report.documents, report.unchanged) == (expected.documents, expected.unchanged)
    bulk, per = graphs(tmp_path / "bulk"), graphs(tmp_path / "per-document")
    assert bulk.keys() == per.keys()
    assert all(isomorphic(bulk[n], per[n]) for n in per)


def test_empty_folders_and_empty_stores_count_as_new(tmp_path):
    (tmp_path / "empty").mkdir()
    ox.Store(str(tmp_path / "no-quads")).flush()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine")
    assert is_fresh(tmp_path / "missing") and is_fresh(tmp_path / "empty")
    assert is_fresh(tmp_path / "no-quads")
    assert not is_fresh(tmp_path / "other")
    write_doc(tmp_path / "docs", "first", "2024-05-19")
    for name in ("empty", "no-quads"):
        assert build_store_folder(tmp_path / name, tmp_path / "docs").documents == 1
        assert any(n.endswith("/first") for n in graphs(tmp_path / name))
    build_store_folder(tmp_path / "other", tmp_path / "docs")  # built in place, per document
    assert (tmp_path / "other" / "notes.txt").read_text() == "mine"


def test_while_a_fresh_build_holds_the_lock_others_get_a_clear_error(tmp_path):
    write_doc(tmp_path / "docs", "first", "2024-05-19")
    lock = take_build_lock(tmp_path / "store")
    try:
        with pytest.raises(StoreError, match="another kg process is building this store"):
            build_store_folder(tmp_path / "store", tmp_path / "docs")
        with pytest.raises(StoreError, match="another kg process is building this store"):
            open_store(tmp_path / "store", create=True)
    finally:
        import os

        os.close(lock)
    assert build_store_folder(tmp_path / "store", tmp_path / "docs").documents == 1


def test_a_build_loaded_in_several_parts_is_whole(tmp_path, demo_store_path, monkeypatch):
    from kg import fresh_build
    from kg.spool import BulkSpool

    monkeypatch.setattr(fresh_build, "SPOOL_QUADS", 100)
    monkeypatch.setattr(fresh_build, "LOAD_QUADS", 1_000)  # about ten loads for the corpus
    loads = []
    original = BulkSpool._load
    monkeypatch.setattr(
        BulkSpool, "_load", lambda self, path: loads.append(path) or original(self, path)
    )
    assert build_store_folder(tmp_path / "parts", bundled("sources")).ok
    assert len(loads) > 5
    parts, per_document = graphs(tmp_path / "parts"), graphs(demo_store_path)
    assert sorted(parts) == sorted(per_document)
    for name, graph in per_document.items():
        assert isomorphic(parts[name], graph), name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["parts"]


class CountedStore:
    """An ``ox.Store`` (whose methods cannot be patched) that notes each ``bulk_extend``."""

    def __init__(self, db: ox.Store) -> None:
        self.db, self.parts = db, []

    def bulk_extend(self, quads) -> None:
        part = list(quads)
        self.parts.append(len(part))
        self.db.bulk_extend(part)

    def __getattr__(self, name: str):
        return getattr(self.db, name)


def test_the_index_graph_goes_into_the_store_in_parts_and_whole(tmp_path, monkeypatch):
    from kg import fresh_build
    from kg.index.compute import index_quads
    from kg.index.writes import quad_facts
    from kg.namespaces import CKG, INDEX_GRAPH

    monkeypatch.setattr(fresh_build, "LOAD_QUADS", 40)
    e = "https://w3id.org/caucasus-kg/id/"
    date = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
    quads = []
    for i in range(30):
        event, graph = ox.NamedNode(f"{e}event/{i}"), ox.NamedNode(f"{e}source/{i % 4}")
        for p, o in [
            ("actor", ox.NamedNode(f"{e}entity/a{i % 3}")),
            ("target", ox.NamedNode(f"{e}entity/b{i % 5}")),
            ("earliestDate", ox.Literal(f"2015-0{1 + i % 9}-01", datatype=date)),
            ("latestDate", ox.Literal(f"2016-0{1 + i % 9}-02", datatype=date)),
            ("status", ox.NamedNode(str(CKG.Occurred))),
        ]:
            quads.append(ox.Quad(event, ox.NamedNode(str(CKG[p])), o, graph))
        quads.append(ox.Quad(event, ox.NamedNode(str(RDF_TYPE)), ox.NamedNode(str(CKG.Meeting)),
                             graph))  # fmt: skip
    with fresh_build.FreshStore(tmp_path / "store") as fresh:
        counted = fresh._db = CountedStore(fresh._db)
        fresh.add_quads(quads)
        fresh.commit()
    facts = [f for found in quad_facts(quads).values() for f in found]
    expected = set(index_quads(facts))
    assert len(expected) > 200
    assert len(counted.parts) > 5 and max(counted.parts) <= 40
    assert sum(counted.parts) == len(expected)
    store = ox.Store(str(tmp_path / "store"))
    index = ox.NamedNode(str(INDEX_GRAPH))
    assert set(store.quads_for_pattern(None, None, None, index)) == expected
    assert len(store) == len(quads) + len(expected)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
