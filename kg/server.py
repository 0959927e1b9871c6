"""A read-only SPARQL endpoint over the store, with a query page: ``kg serve``.

Standard library only (:class:`http.server.ThreadingHTTPServer`). ``/sparql`` speaks the
SPARQL 1.1 Protocol (GET ``?query=``, POST form or ``application/sparql-query``) with content
negotiation; ``/saved/NAME?param=value`` runs a saved query; ``/`` is a query page that works
offline.

Why worker processes: an Oxigraph query cannot be cancelled from Python, and a thread that runs
a runaway query cannot be stopped either. Each query therefore runs in one of a fixed pool of
worker processes (``python -m kg.server --worker STORE``), each holding the store open
read-only. A query that outlives the timeout gets its worker killed (the client gets 503) and a
fresh worker takes its place, while the other workers keep answering. The size of the pool is
the number of queries evaluated at once; a request that finds no free worker within
``queue_wait`` seconds gets 503. Results are capped at ``max_rows`` rows (or triples); a capped
result says so in the ``X-KG-Truncated: true`` header, never silently.

While serving, the server holds the store's write lock, so a ``kg build`` cannot change the
files under the read-only workers (it reports that the store is in use); stop the server, build,
and start it again.

Safe defaults: listens on 127.0.0.1, refuses updates, refuses ``SERVICE``, ``LOAD`` and
``FROM`` naming anything but the store's graphs before evaluation (:mod:`kg.sparql_guard`),
caps request bodies. Read-only answers carry ``Access-Control-Allow-Origin: *`` so browser
tools can query; nothing that writes ever does.
"""

from __future__ import annotations

import contextlib
import csv
import hmac
import io
import json
import os
import queue
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.errors import KgError, QueryError, StoreError

_FRAME = struct.Struct("!I")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

SOLUTION_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/rdf+xml": "rdfxml",
    "application/ld+json": "jsonld",
}
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
}
_RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}
_BOOLEAN_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}


@dataclass(frozen=True)
class ServerConfig:
    """Everything ``kg serve`` can be told; the defaults are the safe ones."""

    store: Path
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 4
    timeout: float = 10.0
    max_rows: int = 10_000
    max_body: int = 256 * 1024
    queue_wait: float = 5.0
    allow_update: bool = False
    token: str | None = None
    quiet: bool = False
    lock_store: bool = True


class Busy(KgError):
    """Every worker is taken."""


class Timeout(KgError):
    """The query ran past the time limit and was stopped."""


# --- the framing both sides use ------------------------------------------------------------


def _write_frame(handle: Any, payload: bytes) -> None:
    handle.write(_FRAME.pack(len(payload)) + payload)


def _read_exact_blocking(handle: Any, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        chunk = handle.read(size - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def _read_frame_blocking(handle: Any) -> bytes | None:
    head = _read_exact_blocking(handle, _FRAME.size)
    if head is None:
        return None
    return _read_exact_blocking(handle, _FRAME.unpack(head)[0])


# --- worker side: a light process that only imports pyoxigraph ------------------------------


def _term_json(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        found: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            found["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            found["datatype"] = term.datatype.value
        return found
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": _term_json(term.subject),
                "predicate": _term_json(term.predicate),
                "object": _term_json(term.object),
            },
        }
    return {"type": "literal", "value": str(term)}


def _term_xml(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != _XSD_STRING:
            return (
                f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
            )
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _term_csv(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return str(term.value)
    return str(term)


def serialize_solutions(names: list[str], rows: list[list[Any]], fmt: str) -> bytes:
    """SELECT results in a SPARQL results format (json, xml, csv, tsv)."""
    if fmt == "json":
        bindings = [
            {n: _term_json(t) for n, t in zip(names, row, strict=True) if t is not None}
            for row in rows
        ]
        document = {"head": {"vars": names}, "results": {"bindings": bindings}}
        return json.dumps(document, ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        out = [
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
            "<head>" + "".join(f"<variable name={quoteattr(n)}/>" for n in names) + "</head>",
            "<results>",
        ]
        for row in rows:
            cells = "".join(
                f"<binding name={quoteattr(n)}>{_term_xml(t)}</binding>"
                for n, t in zip(names, row, strict=True)
                if t is not None
            )
            out.append(f"<result>{cells}</result>")
        out.append("</results>\n</sparql>\n")
        return "\n".join(out).encode("utf-8")
    if fmt == "csv":
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows([_term_csv(t) for t in row] for row in rows)
        return text.getvalue().encode("utf-8")
    if fmt == "tsv":
        lines = ["\t".join(f"?{n}" for n in names)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(f"unknown results format {fmt!r}")


def _evaluate(store: ox.Store, request: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
    try:
        result = store.query(request["query"], use_default_graph_as_union=True)
        cap = int(request["max_rows"])
        if isinstance(result, ox.QueryBoolean):
            fmt = request.get("solutions")
            if not fmt:
                return {"status": 406, "message": "an ASK result needs a SPARQL results type"}, b""
            buffer = io.BytesIO()
            result.serialize(buffer, _BOOLEAN_FORMATS[fmt])
            return {"status": 200, "format": fmt, "rows": 1, "truncated": False}, buffer.getvalue()
        if isinstance(result, ox.QueryTriples):
            fmt = request.get("graph")
            if not fmt:
                return {
                    "status": 406,
                    "message": "a CONSTRUCT or DESCRIBE result needs an RDF type such as "
                    "text/turtle or application/n-triples",
                }, b""
            triples: list[ox.Triple] = []
            for triple in result:
                if len(triples) == cap:
                    break
                triples.append(triple)
            truncated = len(triples) == cap and next(iter(result), None) is not None
            buffer = io.BytesIO()
            prefixes = request.get("prefixes") if fmt == "turtle" else None
            ox.serialize(triples, buffer, _RDF_FORMATS[fmt], prefixes=prefixes)
            header = {"status": 200, "format": fmt, "rows": len(triples), "truncated": truncated}
            return header, buffer.getvalue()
        fmt = request.get("solutions")
        if not fmt:
            return {
                "status": 406,
                "message": "a SELECT result needs a SPARQL results type such as "
                "application/sparql-results+json or text/csv",
            }, b""
        names = [v.value for v in result.variables]
        rows: list[list[Any]] = []
        truncated = False
        for solution in result:
            if len(rows) == cap:
                truncated = True
                break
            rows.append([solution[n] for n in names])
        body = serialize_solutions(names, rows, fmt)
        return {"status": 200, "format": fmt, "rows": len(rows), "truncated": truncated}, body
    except SyntaxError as exc:
        return {"status": 400, "message": f"SPARQL syntax error: {exc}"}, b""
    except (OSError, ValueError, TypeError, RuntimeError) as exc:
        return {"status": 400, "message": f"query failed: {exc}"}, b""


def worker_main(path: str) -> int:
    """Serve queries read from stdin, one frame each, until stdin closes."""
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    try:
        store = ox.Store.read_only(path)
    except (OSError, ValueError) as exc:
        _write_frame(out, json.dumps({"ready": False, "message": str(exc)}).encode())
        out.flush()
        return 1
    _write_frame(out, json.dumps({"ready": True}).encode())
    out.flush()
    while True:
        frame = _read_frame_blocking(inp)
        if frame is None:
            return 0
        header, body = _evaluate(store, json.loads(frame))
        _write_frame(out, json.dumps(header).encode())
        _write_frame(out, body)
        out.flush()


# --- server side ------------------------------------------------------------------------------


class Worker:
    """One worker process and the pipes to it."""

    def __init__(self, store: Path, *, start_timeout: float = 30.0):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kg.server", "--worker", str(store)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            ready = json.loads(self._read_frame(time.monotonic() + start_timeout))
        except (Timeout, StoreError):
            self.kill()
            raise StoreError(f"{store}: a query worker did not start") from None
        if not ready.get("ready"):
            self.kill()
            raise StoreError(f"{store}: cannot open the store read-only: {ready.get('message')}")

    def _read_exact(self, size: int, deadline: float) -> bytes:
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        data = b""
        while len(data) < size:
            left = deadline - time.monotonic()
            if left <= 0:
                raise Timeout("query timed out")
            readable, _, _ = select.select([fd], [], [], left)
            if not readable:
                continue
            chunk = os.read(fd, min(size - len(data), 1 << 20))
            if not chunk:
                raise StoreError("the query worker stopped unexpectedly")
            data += chunk
        return data

    def _read_frame(self, deadline: float) -> bytes:
        (size,) = _FRAME.unpack(self._read_exact(_FRAME.size, deadline))
        return self._read_exact(size, deadline)

    def call(self, request: dict[str, Any], timeout: float) -> tuple[dict[str, Any], bytes]:
        """Send one query and wait at most ``timeout`` seconds for its answer."""
        assert self.process.stdin is not None
        deadline = time.monotonic() + timeout
        try:
            _write_frame(self.process.stdin, json.dumps(request).encode("utf-8"))
            self.process.stdin.flush()
        except OSError:
            raise StoreError("the query worker stopped unexpectedly") from None
        header = json.loads(self._read_frame(deadline))
        return header, self._read_frame(deadline)

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.process.kill()
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()


class WorkerPool:
    """A fixed number of workers; a worker that times out or dies is replaced."""

    def __init__(self, store: Path, size: int):
        self.store = store
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.closed = False
        self._all: set[Worker] = set()
        self._lock = threading.Lock()
        errors: list[Exception] = []

        def start() -> None:
            try:
                self._add(Worker(store))
            except StoreError as exc:
                errors.append(exc)

        starters = [threading.Thread(target=start) for _ in range(max(size, 1))]
        for t in starters:
            t.start()
        for t in starters:
            t.join()
        if errors:
            self.close()
            raise errors[0]

    def _add(self, worker: Worker) -> None:
        with self._lock:
            if self.closed:
                worker.kill()
                return
            self._all.add(worker)
        self.idle.put(worker)

    def _replace(self, worker: Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.kill()

        def start() -> None:
            for attempt in range(5):
                if self.closed:
                    return
                try:
                    self._add(Worker(self.store))
                    return
                except StoreError:
                    time.sleep(0.5 * (attempt + 1))

        threading.Thread(target=start, daemon=True).start()

    def run(
        self, request: dict[str, Any], *, timeout: float, wait: float
    ) -> tuple[dict[str, Any], bytes]:
        """Evaluate on a free worker; :class:`Busy` if none frees up within ``wait`` s."""
        try:
            worker = self.idle.get(timeout=wait)
        except queue.Empty:
            raise Busy("the server is busy: every query worker is taken") from None
        try:
            answer = worker.call(request, timeout)
        except (Timeout, StoreError):
            self._replace(worker)
            raise
        self.idle.put(worker)
        return answer

    def close(self) -> None:
        with self._lock:
            self.closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()


def _accepted(header: str | None) -> list[tuple[str, float]]:
    """Media ranges of an Accept header, best first (stable for equal weights)."""
    ranges = []
    for index, part in enumerate((header or "*/*").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        weight = 1.0
        for field in fields[1:]:
            key, _, value = field.partition("=")
            if key.strip().lower() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        if weight > 0:
            ranges.append((media, weight, index))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(m, w) for m, w, _ in ranges]


def negotiate(header: str | None) -> tuple[str | None, str | None]:
    """The results format for solutions and the RDF format for graphs an Accept header allows.

    >>> negotiate("text/csv, text/turtle;q=0.5")
    ('csv', 'turtle')
    >>> negotiate("image/png")
    (None, None)
    """

    def pick(table: dict[str, str], default: str, text_default: str) -> str | None:
        for media, _weight in _accepted(header):
            if media in table:
                return table[media]
            if media == "*/*":
                return default
            if media == "text/*":
                return text_default
            if media == "application/*":
                return default if MEDIA_TYPES[default].startswith("application/") else None
        return None

    return pick(SOLUTION_TYPES, "json", "csv"), pick(GRAPH_TYPES, "turtle", "turtle")


_FORMAT_PARAM = {
    "json": ("json", None),
    "xml": ("xml", "rdfxml"),
    "csv": ("csv", None),
    "tsv": ("tsv", None),
    "turtle": (None, "turtle"),
    "ntriples": (None, "ntriples"),
    "jsonld": (None, "jsonld"),
}


class QueryServer(ThreadingHTTPServer):
    """The HTTP server: configuration and the worker pool, shared by the handler threads."""

    daemon_threads = True
    request_queue_size = 128

    def __init__(self, config: ServerConfig, pool: WorkerPool, lock: Any = None):
        self.config = config
        self.pool = pool
        self.lock = lock
        super().__init__((config.host, config.port), Handler)

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()
        if self.lock is not None:
            self.lock.close()
            self.lock = None


class HttpError(Exception):
    """An error answer: status and a message for the client."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


class Handler(BaseHTTPRequestHandler):
    """Routes: ``/`` page, ``/sparql`` protocol, ``/saved`` list, ``/saved/NAME`` runs."""

    server: QueryServer
    server_version = "caucasus-kg"
    timeout = 30

    def log_message(self, format: str, *args: Any) -> None:
        if not self.server.config.quiet:
            super().log_message(format, *args)

    # -- plumbing --

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, error: HttpError) -> None:
        self._send(
            error.status,
            (error.message + "\n").encode("utf-8"),
            "text/plain; charset=utf-8",
            error.headers,
        )

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except HttpError as error:
            self._error(error)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _path(self) -> tuple[str, dict[str, list[str]]]:
        parts = urlsplit(self.path)
        try:
            params = parse_qs(
                parts.query, keep_blank_values=True, strict_parsing=False, errors="strict"
            )
        except UnicodeDecodeError:
            raise HttpError(400, "the query string is not valid UTF-8") from None
        return parts.path, params

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding"):
            raise HttpError(411, "send a Content-Length; chunked bodies are not accepted")
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            raise HttpError(411, "a POST needs a Content-Length")
        try:
            length = int(length_text)
        except ValueError:
            raise HttpError(400, "bad Content-Length") from None
        if length < 0:
            raise HttpError(400, "bad Content-Length")
        if length > self.server.config.max_body:
            self.close_connection = True
            raise HttpError(
                413, f"request body over {self.server.config.max_body} bytes; send a shorter query"
            )
        return self.rfile.read(length)

    # -- methods --

    def do_GET(self) -> None:
        self._guarded(self._get)

    def do_POST(self) -> None:
        self._guarded(self._post)

    def _not_allowed(self) -> None:
        allow = "GET, POST" if urlsplit(self.path).path == "/sparql" else "GET"
        self._error(HttpError(405, f"{self.command} is not allowed here", {"Allow": allow}))

    do_PUT = do_DELETE = do_PATCH = _not_allowed

    def do_OPTIONS(self) -> None:
        self._send(
            204,
            b"",
            "text/plain",
            {
                "Allow": "GET, POST, OPTIONS",
                "Access-Control-Allow-Origin": "*",
                "Access-Control-Allow-Methods": "GET, POST",
                "Access-Control-Allow-Headers": "Content-Type, Accept",
            },
        )

    def _get(self) -> None:
        path, params = self._path()
        if path in ("/", "/index.html"):
            from kg.server_page import page

            body, policy = page(_saved_listing())
            self._send(
                200,
                body,
                "text/html; charset=utf-8",
                {"Content-Security-Policy": policy, "X-Frame-Options": "DENY"},
            )
        elif path == "/sparql":
            if "update" in params:
                raise HttpError(405, "updates are only accepted by POST", {"Allow": "POST"})
            query = _single(params, "query")
            _no_dataset(params)
            self._answer(query, params)
        elif path == "/saved":
            body = json.dumps(_saved_listing(), ensure_ascii=False).encode("utf-8")
            self._send(200, body, "application/json", {"Access-Control-Allow-Origin": "*"})
        elif path.startswith("/saved/"):
            self._saved(path.removeprefix("/saved/"), params)
        else:
            raise HttpError(404, f"nothing at {path}; the endpoint is /sparql")

    def _post(self) -> None:
        path, params = self._path()
        if path != "/sparql":
            raise HttpError(405, "POST goes to /sparql", {"Allow": "GET"})
        body = self._body()
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/x-www-form-urlencoded":
            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True)
            except UnicodeDecodeError:
                raise HttpError(400, "the form is not valid UTF-8") from None
            if "update" in form:
                self._update()
                return
            _no_dataset({**params, **form})
            self._answer(_single(form, "query"), {**params, **form})
        elif media == "application/sparql-query":
            _no_dataset(params)
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                raise HttpError(400, "the query is not valid UTF-8") from None
            self._answer(text, params)
        elif media == "application/sparql-update":
            self._update()
        else:
            raise HttpError(
                415,
                "send application/sparql-query or application/x-www-form-urlencoded",
                {"Accept-Post": "application/sparql-query, application/x-www-form-urlencoded"},
            )

    def _update(self) -> None:
        """Updates are refused unless enabled; even then this server evaluates none."""
        config = self.server.config
        if not config.allow_update or not config.token:
            raise HttpError(403, "this endpoint is read-only: updates are refused")
        given = self.headers.get("Authorization") or ""
        expected = f"Bearer {config.token}"
        if not hmac.compare_digest(given.encode(), expected.encode()):
            raise HttpError(401, "updates need a bearer token", {"WWW-Authenticate": "Bearer"})
        raise HttpError(501, "updates are not carried out by this server; use 'kg build'")

    def _saved(self, name: str, params: dict[str, list[str]]) -> None:
        from kg.query import saved_query

        values = {}
        for key, found in params.items():
            if key == "format":
                continue
            if len(found) != 1:
                raise HttpError(400, f"give parameter {key!r} once")
            values[key] = found[0]
        try:
            text = saved_query(name).bind(values)
        except KgError as exc:
            raise HttpError(400, str(exc)) from None
        self._answer(text, params)

    def _answer(self, query: str, params: dict[str, list[str]]) -> None:
        from kg.query import prologue, syntax_message
        from kg.sparql_guard import check_query

        config = self.server.config
        if "format" in params:
            fmt = params["format"][0]
            if fmt not in _FORMAT_PARAM:
                raise HttpError(400, f"unknown format {fmt!r}; use {', '.join(_FORMAT_PARAM)}")
            solutions, graph = _FORMAT_PARAM[fmt]
        else:
            solutions, graph = negotiate(self.headers.get("Accept"))
        if solutions is None and graph is None:
            raise HttpError(
                406,
                "cannot answer in any type you accept; use application/sparql-results+json, "
                "application/sparql-results+xml, text/csv, text/tab-separated-values, "
                "text/turtle, application/n-triples, application/rdf+xml or application/ld+json",
            )
        try:
            check_query(query)
        except QueryError as exc:
            raise HttpError(400, str(exc)) from None
        from kg.namespaces import PREFIXES

        request = {
            "query": prologue() + query,
            "solutions": solutions,
            "graph": graph,
            "max_rows": config.max_rows,
            "prefixes": PREFIXES,
        }
        try:
            header, body = self.server.pool.run(
                request, timeout=config.timeout, wait=config.queue_wait
            )
        except Busy as exc:
            raise HttpError(503, f"{exc}; try again shortly", {"Retry-After": "2"}) from None
        except Timeout:
            raise HttpError(
                503,
                f"the query ran longer than {config.timeout:g} s and was stopped; "
                "narrow it down or add a LIMIT",
                {"X-KG-Timeout": "true"},
            ) from None
        except StoreError as exc:
            raise HttpError(500, str(exc)) from None
        if header["status"] != 200:
            raise HttpError(header["status"], syntax_message(header["message"]))
        self._send(
            200,
            body,
            MEDIA_TYPES[header["format"]],
            {
                "X-KG-Truncated": "true" if header["truncated"] else "false",
                "X-KG-Rows": str(header["rows"]),
                "X-KG-Row-Limit": str(config.max_rows),
                "Access-Control-Allow-Origin": "*",
                "Access-Control-Expose-Headers": "X-KG-Truncated, X-KG-Rows, X-KG-Row-Limit",
                "Vary": "Accept",
                "Cache-Control": "no-store",
            },
        )


def _single(params: dict[str, list[str]], key: str) -> str:
    found = params.get(key, [])
    if len(found) != 1 or not found[0].strip():
        raise HttpError(400, f"give exactly one non-empty '{key}' parameter")
    return found[0]


def _no_dataset(params: dict[str, list[str]]) -> None:
    for key in ("default-graph-uri", "named-graph-uri"):
        if key in params:
            raise HttpError(
                400, f"'{key}' is not supported; use FROM / FROM NAMED with this store's graphs"
            )


def _saved_listing() -> list[dict[str, Any]]:
    from kg.query import saved_queries

    return [
        {
            "name": q.name,
            "description": q.description,
            "text": q.text,
            "params": [
                {
                    "name": p.name,
                    "type": p.type,
                    "description": p.description,
                    "default": p.default,
                    "required": p.required,
                }
                for p in q.params
            ],
        }
        for q in saved_queries().values()
    ]


def make_server(config: ServerConfig) -> QueryServer:
    """Start the workers and bind the socket (port 0 picks a free port); not yet serving."""
    if config.allow_update and not config.token:
        raise StoreError("allow_update needs a bearer token")
    if not (config.store / "CURRENT").exists():
        raise StoreError(
            f"no store at {config.store}; run 'kg build' (or 'kg demo') first, "
            "or point --store / KG_STORE at one"
        )
    lock = None
    if config.lock_store:
        from kg.store import EmbeddedStore

        lock = EmbeddedStore(config.store)
    try:
        pool = WorkerPool(config.store, config.workers)
    except StoreError:
        if lock is not None:
            lock.close()
        raise
    try:
        return QueryServer(config, pool, lock)
    except OSError as exc:
        pool.close()
        if lock is not None:
            lock.close()
        raise StoreError(f"cannot listen on {config.host}:{config.port}: {exc.strerror}") from None


def serve(config: ServerConfig, *, announce: Callable[[str], None] | None = None) -> None:
    """Run the endpoint until interrupted."""
    server = make_server(config)
    host, port = config.host, server.server_address[1]
    if announce:
        announce(
            f"SPARQL endpoint on http://{host}:{port}/sparql, query page on http://{host}:{port}/"
        )

    def stop(_signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--worker":
        sys.exit(worker_main(sys.argv[2]))
    sys.exit("usage: python -m kg.server --worker STORE (started by 'kg serve')")
