"""The remote store against a real Oxigraph server on 127.0.0.1, and through a faulty proxy."""

from __future__ import annotations

import http.server
import io
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg import dictionary
from kg.build import build_folder, document_facts, document_graph, document_quads
from kg.errors import StoreError
from kg.export import export
from kg.index.status import index_status
from kg.merge import match_existing
from kg.namespaces import source_graph
from kg.query import rows, run
from kg.remote import RemoteStore, quads_graph
from kg.sources import source_files

DATA = Path(__file__).parent / "data"
G = URIRef("https://w3id.org/caucasus-kg/graph/source/doc")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(found).exists():
        pytest.fail("the oxigraph server (PyPI package 'oxigraph', in the test extra) is missing")
    return found


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DirsAllowed = .
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 60
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 10
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"server at {url} did not start")


@pytest.fixture
def virtuoso(tmp_path) -> Iterator[tuple[str, str]]:
    """A real Virtuoso (Debian's virtuoso-opensource-7-bin), with SPARQL updates granted."""
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if not (binary and isql):
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's virtuoso-opensource-7-bin (see .ci/run)")
        pytest.skip("virtuoso-opensource-7-bin is not installed")
    sql, http = free_port(), free_port()
    ini = tmp_path / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=tmp_path, sql=sql, http=http), encoding="utf-8")
    process = subprocess.Popen(
        [binary, "-f", "-c", str(ini)],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{http}"
    try:
        wait_for(f"{base}/sparql?query=ASK%7B%7D")
        subprocess.run(
            [isql, f"127.0.0.1:{sql}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
            check=True,
            capture_output=True,
            timeout=60,
        )
        yield f"{base}/sparql", f"{base}/sparql-graph-crud"
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_virtuoso_build_query_rebuild_and_remove(virtuoso):
    endpoint, graph_store = virtuoso
    store = RemoteStore(endpoint, graph_store=graph_store)
    assert build_folder(store, DATA / "xss").ok  # type: ignore[arg-type]
    found = rows(run(store, "SELECT ?q WHERE { ?e a ckg:Attack ; ckg:evidence/ckg:quote ?q }"))
    assert [r["q"] for r in found] == [
        (DATA / "xss" / "hostile.md").read_text(encoding="utf-8").split("---\n")[-1].strip()
    ]
    again = build_folder(store, DATA / "xss")  # type: ignore[arg-type]
    assert (again.unchanged, again.documents) == (1, 0)
    # another document reporting the same attack finds it through the merge keys
    assert index_status(store) == "ready"
    facts = document_facts(DATA / "xss" / "hostile.md", dictionary.load())
    (stored,) = facts.events
    other = replace(
        facts,
        source=replace(facts.source, slug="other"),
        events=(replace(stored, slug="another-name"),),
    )
    assert [e.slug for e in match_existing(store, other).events] == [stored.slug]  # type: ignore[arg-type]
    store.remove_graph(URIRef("https://w3id.org/caucasus-kg/graph/source/hostile"))
    assert not rows(run(store, "SELECT ?e WHERE { ?e a ckg:Attack ; ckg:evidence ?x }"))


@pytest.fixture
def server(tmp_path) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [
            oxigraph_binary(),
            "serve",
            "--location",
            str(tmp_path / "db"),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(timeout=10)


class FaultyProxy(http.server.ThreadingHTTPServer):
    """Forwards POSTs to the real server, after failing the first ``failures`` of them."""

    def __init__(self, target: str, failures: int, mode: str):
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.target, self.failures, self.mode, self.seen = target, failures, mode, 0


class _ProxyHandler(http.server.BaseHTTPRequestHandler):
    server: FaultyProxy

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.seen += 1
        if self.server.seen <= self.server.failures:
            if self.server.mode == "drop":
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            self.send_response(503)
            self.end_headers()
            self.wfile.write(b"busy")
            return
        request = urllib.request.Request(
            self.server.target + self.path,
            data=body,
            headers={
                k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")
            },
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            data = response.read()
            self.send_response(response.status)
            self.send_header("Content-Type", response.headers["Content-Type"])
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)


def proxy(target: str, failures: int, mode: str = "503") -> FaultyProxy:
    instance = FaultyProxy(target, failures, mode)
    threading.Thread(target=instance.serve_forever, daemon=True).start()
    return instance


def remote(base: str, **options: object) -> RemoteStore:
    return RemoteStore(f"{base}/query", update_endpoint=f"{base}/update", **options)  # type: ignore[arg-type]


def labels(store: RemoteStore) -> list[str]:
    return sorted(
        r["o"] for r in rows(run(store, f"SELECT ?o WHERE {{ GRAPH <{G}> {{ ?s ?p ?o }} }}"))
    )


def one(value: str) -> Graph:
    graph = Graph()
    graph.add(
        (
            URIRef("https://w3id.org/caucasus-kg/id/entity/baku"),
            URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
            Literal(value),
        )
    )
    return graph


def test_build_query_export_and_remove_on_a_real_server(server, tmp_path):
    store = remote(server)
    report = build_folder(store, DATA / "xss")  # type: ignore[arg-type]
    assert report.ok, report.failures
    assert rows(run(store, "SELECT ?e WHERE { ?e a ckg:Attack ; ckg:evidence ?x }"))
    buffer = io.BytesIO()
    export(store, buffer, fmt="turtle")  # type: ignore[arg-type]
    exported = Graph().parse(data=buffer.getvalue(), format="turtle")
    assert "window.__xss=3" in " ".join(str(o) for o in exported.objects())
    store.remove_graph(URIRef("https://w3id.org/caucasus-kg/graph/source/hostile"))
    assert not rows(run(store, "SELECT ?e WHERE { ?e a ckg:Attack ; ckg:evidence ?x }"))


def test_remote_and_embedded_exports_agree(server, tmp_path):
    from kg.store import open_store

    local = open_store(tmp_path / "local", create=True)
    for target in (remote(server), local):
        build_folder(target, DATA / "xss")  # type: ignore[arg-type]
    outputs = []
    for target in (remote(server), local):
        buffer = io.BytesIO()
        export(target, buffer, fmt="ntriples", include_ontology=True)  # type: ignore[arg-type]
        outputs.append(Graph().parse(data=buffer.getvalue(), format="nt"))
    assert len(outputs[0]) > 1000
    assert isomorphic(outputs[0], outputs[1])


def test_server_errors_are_retried_a_bounded_number_of_times(server):
    remote(server).replace_graph(G, one("first"))
    healthy = proxy(server, failures=0)
    remote(f"http://127.0.0.1:{healthy.server_address[1]}").replace_graph(G, one("second"))
    requests = healthy.seen  # the index's reads and the one update
    healthy.shutdown()
    faulty = proxy(server, failures=2)
    store = remote(f"http://127.0.0.1:{faulty.server_address[1]}")
    store.replace_graph(G, one("after two 503s"))
    assert labels(remote(server)) == ["after two 503s"]
    assert faulty.seen == requests + 2
    faulty.shutdown()


def test_a_server_that_keeps_failing_gives_one_clear_error_and_no_half_write(server):
    remote(server).replace_graph(G, one("before"))
    faulty = proxy(server, failures=99, mode="drop")
    store = remote(f"http://127.0.0.1:{faulty.server_address[1]}", retries=3)
    with pytest.raises(StoreError, match="cannot reach the SPARQL server after 3 attempts"):
        store.replace_graph(G, one("after"))
    assert faulty.seen == 3
    assert labels(remote(server)) == ["before"]
    faulty.shutdown()


def test_nothing_listening_is_a_clear_error():
    store = remote(f"http://127.0.0.1:{free_port()}", retries=2)
    with pytest.raises(StoreError, match="cannot reach"):
        store.graph_names()


def test_bad_query_from_the_server_is_a_query_error(server):
    from kg.errors import QueryError

    with pytest.raises(QueryError, match="400"):
        remote(server).select("SELECT * WHERE { ?s ?p }")


def test_only_http_urls_are_endpoints():
    with pytest.raises(StoreError, match="not an http"):
        RemoteStore("file:///etc/passwd")


def test_the_index_graph_keeps_in_step_on_a_real_server(server):
    from dataclasses import replace

    from kg.analysis.sample import build_sample, sample_facts
    from kg.index.compute import index_quads
    from kg.index.rebuild import reindex, stored_facts
    from kg.namespaces import INDEX_GRAPH, source_graph
    from kg.triples import facts_graph

    def stored() -> set[str]:
        return {f"{q.subject} {q.predicate} {q.object}" for q in store.quads([INDEX_GRAPH])}

    def scratch() -> set[str]:
        return {f"{q.subject} {q.predicate} {q.object}" for q in index_quads(stored_facts(store))}

    store = remote(server)
    build_sample(store)  # type: ignore[arg-type]
    assert len(stored()) > 100
    assert stored() == scratch()
    first = sample_facts()[0]
    other = replace(first.events[0], participants=("charlie",))
    store.replace_graph(source_graph("second"), facts_graph(replace(first, events=(other,))))
    assert any("alpha--charlie" in line for line in stored())
    assert stored() == scratch()
    store.remove_graph(source_graph(first.source.slug))
    assert stored() == scratch()
    before = stored()
    assert reindex(store) == len(before)
    assert stored() == before


def test_a_documents_quads_go_to_a_server_as_its_graph() -> None:
    """What ``replace_quads`` sends is the rdflib graph ``replace_graph`` sent before, term for
    term: plain literals stay plain (Virtuoso would not match an ``xsd:string`` fingerprint)."""
    entities = dictionary.load()
    for path in source_files(Path(__file__).resolve().parent.parent / "sources")[:5]:
        facts = document_facts(path, entities)
        name = source_graph(facts.source.slug)
        sent = quads_graph(name, document_quads(facts, "sha256:print"))
        assert set(sent) == set(document_graph(facts, "sha256:print"))
    with pytest.raises(ValueError, match="every quad must be in graph"):
        quads_graph(G, document_quads(facts, "sha256:print"))
