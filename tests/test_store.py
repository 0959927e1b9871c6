import subprocess
import sys

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import StoreError
from kg.namespaces import INDEX_GRAPH
from kg.store import insert_data, open_store

G1 = URIRef("https://w3id.org/caucasus-kg/graph/source/one")
G2 = URIRef("https://w3id.org/caucasus-kg/graph/source/two")
S = URIRef("https://w3id.org/caucasus-kg/id/entity/baku")
P = URIRef("http://www.w3.org/2000/01/rdf-schema#label")


def graph_of(*values):
    graph = Graph()
    for value in values:
        graph.add((S, P, Literal(value)))
    return graph


def labels(store, name):
    return sorted(q.object.value for q in store.quads([name]))


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match=r"no store at .*kg build"):
        open_store(tmp_path / "nothing")


def test_folder_that_is_not_a_store_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(StoreError, match="not a kg store"):
        open_store(tmp_path)


def test_replace_graph_replaces_only_that_graph(tmp_path):
    store = open_store(tmp_path / "s", create=True)
    store.replace_graph(G1, graph_of("a", "b"))
    store.replace_graph(G2, graph_of("c"))
    store.replace_graph(G1, graph_of("d"))
    assert labels(store, G1) == ["d"]
    assert labels(store, G2) == ["c"]
    store.remove_graph(G1)
    assert store.graph_names() == [INDEX_GRAPH, G2]  # and the derived index graph


def quads_of(name, *values):
    return [
        ox.Quad(ox.NamedNode(S), ox.NamedNode(P), ox.Literal(v), ox.NamedNode(name)) for v in values
    ]


def test_replace_quads_replaces_only_that_graph_as_replace_graph_does(tmp_path):
    by_quads = open_store(tmp_path / "q", create=True)
    by_graph = open_store(tmp_path / "g", create=True)
    nasty = 'x" } } ; DROP ALL ; INSERT DATA { GRAPH <g:x> { <a:b> <a:c> "'
    for name, values in ((G1, ("a", "b")), (G2, ("c",)), (G1, ("d", nasty, "new\nline"))):
        by_quads.replace_quads(name, quads_of(name, *values))
        by_graph.replace_graph(name, graph_of(*values))
    assert labels(by_quads, G1) == sorted(["d", nasty, "new\nline"])
    assert labels(by_quads, G2) == ["c"]
    assert set(by_quads.quads([G1, G2, INDEX_GRAPH])) == set(by_graph.quads([G1, G2, INDEX_GRAPH]))


def test_replace_quads_refuses_quads_of_another_graph(tmp_path):
    store = open_store(tmp_path / "s", create=True)
    with pytest.raises(ValueError, match="every quad must be in graph"):
        store.replace_quads(G1, quads_of(G2, "a"))
    assert store.graph_names() == []


def test_store_survives_reopening(tmp_path):
    store = open_store(tmp_path / "s", create=True)
    store.replace_graph(G1, graph_of("Bakı"))
    store.close()
    assert labels(open_store(tmp_path / "s"), G1) == ["Bakı"]


def test_literal_content_cannot_break_out_of_the_update(tmp_path):
    store = open_store(tmp_path / "s", create=True)
    nasty = 'x" } } ; DROP ALL ; INSERT DATA { GRAPH <g:x> { <a:b> <a:c> "'
    store.replace_graph(G2, graph_of("kept"))
    store.replace_graph(G1, graph_of(nasty, "back\\slash \\u0022 \n new line", "</script>"))
    assert labels(store, G1) == sorted([nasty, "back\\slash \\u0022 \n new line", "</script>"])
    assert labels(store, G2) == ["kept"]


def test_update_text_is_one_operation_per_graph():
    text = insert_data(G1, graph_of("a"))
    assert text.startswith(f"DROP SILENT GRAPH <{G1}> ;")
    assert text.count("INSERT DATA") == 1


def test_second_process_gets_a_clear_error_while_store_is_open(tmp_path):
    path = tmp_path / "s"
    store = open_store(path, create=True)
    store.replace_graph(G1, graph_of("a"))
    code = (
        "from kg.store import open_store\n"
        "from kg.errors import StoreError\n"
        f"try:\n    open_store({str(path)!r})\nexcept StoreError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "in use by another kg process" in out.stdout, out.stdout + out.stderr
    assert labels(store, G1) == ["a"]


_DERIVED = URIRef("https://w3id.org/caucasus-kg/graph/derived")


def _derived_quads(*values):
    return quads_of(str(_DERIVED), *values)


def test_rewrite_derived_writes_only_the_difference_and_the_marker_last(tmp_path):
    store = open_store(tmp_path / "s", create=True)
    try:
        graph, quads = _DERIVED, _derived_quads
        assert store.rewrite_derived(graph, iter(quads("a", "b\n", "done"))) == 3
        assert labels(store, graph) == ["a", "b\n", "done"]
        # "a" goes, "c" comes, "b" and the marker stay
        assert store.rewrite_derived(graph, iter(quads("b\n", "c", "done"))) == 3
        assert labels(store, graph) == ["b\n", "c", "done"]
        assert store.rewrite_derived(graph, iter(quads("b\n", "c", "done"))) == 3
        assert labels(store, graph) == ["b\n", "c", "done"]
        assert not list(tmp_path.glob(".*.n[tq]"))  # the waiting files are gone
    finally:
        store.close()


class _Recorder:
    """A database that passes every call on and notes the updates and bulk loads it gets."""

    def __init__(self, db):
        self._db = db
        self.updates: list[str] = []
        self.loads: list[bytes] = []

    def update(self, text):
        self.updates.append(text)
        return self._db.update(text)

    def bulk_load(self, data, **options):
        self.loads.append(data)
        return self._db.bulk_load(data, **options)

    def __getattr__(self, name):
        return getattr(self._db, name)


def test_rewrite_derived_deletes_and_loads_in_bounded_parts(tmp_path, monkeypatch):
    import kg.store

    monkeypatch.setattr(kg.store, "DELETE_QUADS", 2)
    monkeypatch.setattr(kg.store, "LOAD_QUADS", 2)
    store = open_store(tmp_path / "s", create=True)
    try:
        graph, quads = _DERIVED, _derived_quads
        old = [f"old {i}\n" for i in range(5)]
        new = [f"new {i}" for i in range(5)]
        store.rewrite_derived(graph, iter(quads("kept", *old, "done")))
        recorder = store._db = _Recorder(store._db)
        assert store.rewrite_derived(graph, iter(quads(*new, "kept", "done"))) == 7
        assert labels(store, graph) == sorted([*new, "kept", "done"])
        deletes = [u for u in recorder.updates if "DELETE DATA" in u]
        assert [u.count(" .\n") for u in deletes] == [2, 2, 1]  # five stale triples
        assert [load.count(b" .\n") for load in recorder.loads] == [2, 2, 1]  # five new ones
    finally:
        store.close()


def test_rewrite_derived_leaves_what_a_killed_rewrite_listed(tmp_path):
    store = open_store(tmp_path / "s", create=True)
    try:
        quad, marker = _derived_quads("a", "done")
        store.rewrite_derived(_DERIVED, iter([quad]))
        # a rewrite killed after listing its stale triples left its file behind
        (tmp_path / ".s.stale.nt").write_text(f"{quad.triple} .\n", encoding="utf-8")
        store.rewrite_derived(_DERIVED, iter([quad, marker]))
        assert labels(store, _DERIVED) == ["a", "done"]
        assert not list(tmp_path.glob(".*.n[tq]"))
    finally:
        store.close()
