"""The HTTP side of the endpoint: routing, the SPARQL 1.1 Protocol, errors, start and stop.

:class:`Handler` answers ``/``, ``/sparql`` and ``/saved``; queries are evaluated on the
:class:`~kg.server.workers.WorkerPool`; :func:`make_server` and :func:`serve` start it all.
"""

from __future__ import annotations

import hmac
import json
import signal
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import KgError, QueryError, StoreError
from kg.query import saved_catalogue
from kg.server.config import ServerConfig
from kg.server.formats import _FORMAT_PARAM, MEDIA_TYPES, negotiate
from kg.server.workers import Busy, Timeout, WorkerPool


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
            from kg.server.page import page

            body, policy = page(saved_catalogue())
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
            body = json.dumps(saved_catalogue(), ensure_ascii=False).encode("utf-8")
            self._send(200, body, "application/json", {"Access-Control-Allow-Origin": "*"})
        elif path.startswith("/saved/"):
            self._saved(path.removeprefix("/saved/"), params)
        elif path == "/view" or path.startswith("/view/"):
            self._view(path.removeprefix("/view").strip("/") or "overview", params)
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
        from kg.server.saved import saved_call

        try:
            call = saved_call(name, params)
        except KgError as exc:
            raise HttpError(400, str(exc)) from None
        self._answer(call.text, params, needs_index=call.needs_index, page=call.page)

    def _view(self, kind: str, params: dict[str, list[str]]) -> None:
        """An HTML view (graph or relation timeline), rendered by a worker under the timeout."""
        if "query" in params:
            from kg.sparql_guard import check_query

            try:
                check_query(_single(params, "query"))
            except QueryError as exc:
                raise HttpError(400, str(exc)) from None
        header, body = self._run({"view": kind, "args": params})
        if header["status"] != 200:
            raise HttpError(header["status"], header["message"])
        self._send(
            200, body, MEDIA_TYPES["html"], {"X-Frame-Options": "DENY", "Cache-Control": "no-store"}
        )

    def _run(self, request: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
        config = self.server.config
        try:
            return self.server.pool.run(request, timeout=config.timeout, wait=config.queue_wait)
        except Busy as exc:
            raise HttpError(503, f"{exc}; try again shortly", {"Retry-After": "2"}) from None
        except Timeout:
            raise HttpError(
                503,
                f"the request ran longer than {config.timeout:g} s and was stopped; "
                "narrow it down or add a LIMIT",
                {"X-KG-Timeout": "true"},
            ) from None
        except StoreError as exc:
            raise HttpError(500, str(exc)) from None

    def _answer(
        self,
        query: str,
        params: dict[str, list[str]],
        *,
        needs_index: bool = False,
        page: dict[str, Any] | None = None,
    ) -> None:
        """Answer ``query``; ``needs_index``: 409 (run kg reindex) when the index is missing;
        ``page``: a saved query's page, evaluated by :mod:`kg.pages` in the worker."""
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

        request: dict[str, Any] = {
            "query": prologue() + query,
            "solutions": solutions,
            "graph": graph,
            "max_rows": config.max_rows,
            "prefixes": PREFIXES,
            "page": page,
        }
        if needs_index:
            from kg.index.status import EVENTS_ASK, INDEX_READY_ASK, MISSING_INDEX

            request["index_check"] = [INDEX_READY_ASK, EVENTS_ASK, MISSING_INDEX]
        header, body = self._run(request)
        if header["status"] != 200:
            raise HttpError(header["status"], syntax_message(header["message"]))
        place = {f"X-KG-{k.title()}": str(header[k]) for k in ("offset", "total") if k in header}
        self._send(
            200,
            body,
            MEDIA_TYPES[header["format"]],
            {
                **place,
                "X-KG-Truncated": "true" if header["truncated"] else "false",
                "X-KG-Rows": str(header["rows"]),
                "X-KG-Row-Limit": str(config.max_rows),
                "Access-Control-Allow-Origin": "*",
                "Access-Control-Expose-Headers": "X-KG-Truncated, X-KG-Rows, X-KG-Row-Limit, "
                "X-KG-Offset, X-KG-Total",
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
