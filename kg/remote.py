"""A remote SPARQL 1.1 server as the store: Query and Update protocols over HTTP.

Works with any standard server (Oxigraph, Virtuoso, Jena Fuseki, GraphDB, QLever, Neptune).
Each document's graph is replaced by one request, which servers apply as one transaction, so
a failed request leaves the document as it was: one SPARQL update (``DROP SILENT GRAPH`` then
``INSERT``) that also carries the index graph's changes (:mod:`kg.index.maintain`). A graph
store URL (needed for Virtuoso, whose SPARQL parser refuses large updates) means a Graph Store
Protocol ``PUT`` per graph instead, between two small updates that take the index's "complete"
marker away and put it back with the index changes: a failure in between leaves a store that
asks for ``kg reindex``.
Two processes writing to one server at the same time can interleave the index's reads and
writes; ``kg reindex`` then recomputes it. Network errors, timeouts and 5xx
answers are retried a bounded number of times with back-off; then one clear error.
Credentials come from the environment only: ``KG_ENDPOINT_TOKEN`` (bearer) or
``KG_ENDPOINT_USER`` and ``KG_ENDPOINT_PASSWORD`` (basic).
"""

from __future__ import annotations

import base64
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import QueryError, StoreError
from kg.namespaces import INDEX_GRAPH
from kg.rdfterms import from_oxigraph, to_sparql
from kg.store import insert_data

RESULT_TYPES = "application/sparql-results+json, application/n-triples;q=0.9, text/plain;q=0.5"
RETRIES = 3
INDEX_BATCH = 2000
_XSD_STRING = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")


def _auth_header() -> dict[str, str]:
    token = os.environ.get("KG_ENDPOINT_TOKEN")
    if token:
        return {"Authorization": f"Bearer {token}"}
    user, password = os.environ.get("KG_ENDPOINT_USER"), os.environ.get("KG_ENDPOINT_PASSWORD")
    if user and password:
        pair = base64.b64encode(f"{user}:{password}".encode()).decode()
        return {"Authorization": f"Basic {pair}"}
    return {}


def _plain(term: object) -> URIRef | BNode | Literal:
    if isinstance(term, ox.Literal) and term.datatype == _XSD_STRING:
        return Literal(term.value)
    found = from_oxigraph(term)
    assert found is not None
    return found


def quads_graph(name: URIRef, quads: list[ox.Quad]) -> Graph:
    """The rdflib graph of ``quads``, all in graph ``name``, as :func:`kg.triples.facts_graph`
    writes it: literals typed ``xsd:string`` become plain literals (Virtuoso tells the two
    apart, and a document's fingerprint is asked for as a plain one).
    """
    graph, target = Graph(), ox.NamedNode(str(name))
    for q in quads:
        if q.graph_name != target:
            raise ValueError(f"replace_quads: every quad must be in graph {name}")
        graph.add((_plain(q.subject), _plain(q.predicate), _plain(q.object)))
    return graph


class RemoteStore:
    """A SPARQL 1.1 endpoint (and optionally a separate update endpoint)."""

    def __init__(
        self,
        endpoint: str,
        *,
        update_endpoint: str | None = None,
        graph_store: str | None = None,
        timeout: float = 60.0,
        retries: int = RETRIES,
    ):
        for url in (endpoint, update_endpoint, graph_store):
            if url and urllib.parse.urlsplit(url).scheme not in ("http", "https"):
                raise StoreError(f"{url!r} is not an http(s) SPARQL endpoint URL")
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or endpoint
        self.graph_store = graph_store
        self.timeout = timeout
        self.retries = retries
        self._path = endpoint

    @property
    def path(self) -> str:
        """Where the store is: the query endpoint's URL."""
        return self._path

    def _post(self, url: str, form: dict[str, str], accept: str) -> tuple[str, bytes]:
        body = urllib.parse.urlencode(form).encode("utf-8")
        return self._request("POST", url, body, "application/x-www-form-urlencoded", accept)

    def _request(
        self, method: str, url: str, body: bytes | None, content_type: str, accept: str
    ) -> tuple[str, bytes]:
        headers = {"Content-Type": content_type, "Accept": accept, **_auth_header()}
        delay = 0.5
        for attempt in range(1, self.retries + 1):
            request = urllib.request.Request(url, data=body, headers=headers, method=method)
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return response.headers.get_content_type(), response.read()
            except urllib.error.HTTPError as exc:
                detail = " ".join(exc.read()[:240].decode("utf-8", "replace").split())
                if exc.code < 500 or attempt == self.retries:
                    kind = QueryError if exc.code == 400 else StoreError
                    raise kind(f"{url} answered {exc.code} {exc.reason}: {detail}") from None
            except (TimeoutError, urllib.error.URLError, ConnectionError) as exc:
                if attempt == self.retries:
                    reason = getattr(exc, "reason", exc)
                    raise StoreError(
                        f"{url}: cannot reach the SPARQL server after "
                        f"{self.retries} attempts: {reason}"
                    ) from None
            time.sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")

    def update(self, text: str) -> None:
        self._post(self.update_endpoint, {"update": text}, "*/*")

    def _graph_url(self, name: URIRef) -> str:
        assert self.graph_store is not None
        separator = "&" if "?" in self.graph_store else "?"
        return f"{self.graph_store}{separator}{urllib.parse.urlencode({'graph': str(name)})}"

    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        """Replace one named graph (and update the index graph) in a single request."""
        self.replace_graphs([(name, graph)])

    def replace_quads(self, name: URIRef, quads: list[ox.Quad]) -> None:
        """Replace one named graph with ``quads`` (all in it), by way of :meth:`replace_graph`."""
        self.replace_graph(name, quads_graph(name, quads))

    def _put(self, name: URIRef, graph: Graph) -> None:
        body = "".join(f"{to_sparql(s)} {to_sparql(p)} {to_sparql(o)} .\n" for s, p, o in graph)
        self._request(
            "PUT", self._graph_url(name), body.encode("utf-8"), "application/n-triples", "*/*"
        )

    def replace_graphs(self, graphs: Iterable[tuple[URIRef, Graph]]) -> None:
        """Replace several graphs and update the index graph with them, in one update request.

        Only when the server keeps no index graph (run ``kg reindex``) does a graph store URL
        mean one ``PUT`` per graph instead.
        """
        from kg.index.maintain import index_update
        from kg.index.writes import Change, graph_facts

        listed = list(graphs)
        index = index_update(
            self, [Change(str(name), graph_facts(graph)) for name, graph in listed]
        )
        if self.graph_store:
            self._put_with_index(listed, index)
            return
        updates = [insert_data(name, graph, template=True) for name, graph in listed]
        text = " ;\n".join([*updates, index] if index else updates)
        if text:
            self.update(text)

    def _put_with_index(self, graphs: list[tuple[URIRef, Graph]], index: str) -> None:
        """One ``PUT`` per graph, for servers whose SPARQL parser refuses large updates.

        The PUTs and the index update cannot share a request, so the index first says it is
        incomplete (its marker goes), then the graphs are put, then the index update puts the
        marker back: a failure in between leaves a store that asks for ``kg reindex``, never
        one whose counters silently disagree with its documents.
        """
        from kg.index.compute import marker_triple

        if not index:
            for name, graph in graphs:
                self._put(name, graph)
            return
        marker = " ".join(str(term) for term in marker_triple())
        self.update(f"DELETE DATA {{ GRAPH <{INDEX_GRAPH}> {{ {marker} }} }}")
        for name, graph in graphs:
            self._put(name, graph)
        self.update(f"{index} ;\nINSERT DATA {{ GRAPH <{INDEX_GRAPH}> {{ {marker} }} }}")

    def remove_graph(self, name: URIRef) -> None:
        """Drop a graph and update the index graph, in one update request."""
        from kg.index.maintain import index_update
        from kg.index.writes import Change

        index = index_update(self, [Change(str(name))])
        drop = f"DROP SILENT GRAPH {to_sparql(name)}"
        self.update(f"{drop} ;\n{index}" if index else drop)

    def add_quads(self, quads: list[ox.Quad]) -> None:
        """Add quads and update the index graph, in one update request."""
        from kg.index.maintain import index_update
        from kg.index.writes import Change, insert_quads, quad_facts

        changes = [Change(g, facts, replace=False) for g, facts in quad_facts(quads).items()]
        index = index_update(self, changes) if changes else ""
        text = " ;\n".join(t for t in (insert_quads(quads), index) if t)
        if text:
            self.update(text)

    def rewrite_derived(self, name: URIRef, quads: Iterable[ox.Quad]) -> int:
        """Empty graph ``name`` and fill it with ``quads``, in requests of a few thousand."""
        from kg.index.writes import insert_quads

        self.update(f"DROP SILENT GRAPH {to_sparql(name)}")
        count, batch = 0, []
        for quad in quads:
            batch.append(quad)
            if len(batch) >= INDEX_BATCH:
                self.update(insert_quads(batch))
                count, batch = count + len(batch), []
        if batch:
            self.update(insert_quads(batch))
        return count + len(batch)

    def predicate_quads(self, predicates: list[str]) -> Iterator[ox.Quad]:
        """Every quad, in any named graph, whose predicate is one of ``predicates``."""
        values = " ".join(f"<{p}>" for p in predicates)
        result = self.select(
            f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
        )
        assert isinstance(result, ox.QuerySolutions)
        for row in result:
            yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    def select(self, query: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a query remotely; results come back as the same objects the embedded store gives."""
        content_type, data = self._post(self.endpoint, {"query": query}, RESULT_TYPES)
        if content_type == "application/sparql-results+json":
            result = ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
            if isinstance(result, ox.QuerySolutions) and [v.value for v in result.variables] == [
                "__ASK_RETVAL"
            ]:  # Virtuoso answers ASK after a prologue as a one-row SELECT
                rows = list(result)
                answer = (
                    bool(rows) and rows[0][0] is not None and rows[0][0].value not in ("0", "false")
                )
                return ox.parse_query_results(
                    b'{"head": {}, "boolean": %s}' % (b"true" if answer else b"false"),
                    ox.QueryResultsFormat.JSON,
                )
            return result
        if content_type in ("application/n-triples", "text/plain", "text/turtle"):
            fmt = ox.RdfFormat.TURTLE if content_type == "text/turtle" else ox.RdfFormat.N_TRIPLES
            local = ox.Store()
            local.load(data, fmt)
            return local.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        raise StoreError(f"{self.endpoint} answered with unexpected content type {content_type!r}")

    def graph_names(self) -> list[URIRef]:
        result = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert isinstance(result, ox.QuerySolutions)
        return sorted(URIRef(row["g"].value) for row in result)

    def quads(self, graphs: list[URIRef]) -> Iterator[ox.Quad]:
        for name in graphs:
            result = self.select(
                f"SELECT ?s ?p ?o WHERE {{ GRAPH {to_sparql(name)} {{ ?s ?p ?o }} }}"
            )
            assert isinstance(result, ox.QuerySolutions)
            graph = ox.NamedNode(str(name))
            for row in result:
                yield ox.Quad(row["s"], row["p"], row["o"], graph)

    def flush(self) -> None:
        """Nothing to do: every request is committed by the server when it answers."""

    def close(self) -> None:
        """Nothing to release: requests hold no connection between calls."""
