"""The query worker processes of the endpoint and the pool that runs them.

Each worker (``python -m kg.server --worker STORE``) holds the store open read-only and answers
one framed JSON request at a time on its stdin/stdout; the server side kills a worker whose
query outlives the timeout and starts a fresh one in its place.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import queue
import select
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import KgError, StoreError
from kg.server.formats import _BOOLEAN_FORMATS, _RDF_FORMATS, serialize_solutions

_FRAME = struct.Struct("!I")


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


# --- worker side: a process that evaluates queries (pyoxigraph, and kg.pages for saved ones) --


def _evaluate(store: ox.Store, request: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
    if "view" in request:
        return _view(store, request)
    try:
        check = request.get("index_check")  # [index ready ASK, store has events ASK, message]
        if check and not store.query(check[0]) and store.query(check[1]):
            return {"status": 409, "message": check[2]}, b""
        cap = int(request["max_rows"])
        if request.get("page"):
            return _page(store, request, cap)
        result = store.query(request["query"], use_default_graph_as_union=True)
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


def _page(store: ox.Store, request: dict[str, Any], cap: int) -> tuple[dict[str, Any], bytes]:
    """A saved query paged or sorted by kg (:mod:`kg.pages`), in the SPARQL results type."""
    from kg.server.saved import answer_in_worker

    fmt = request.get("solutions")
    if not fmt:
        return {"status": 406, "message": "a SELECT result needs a SPARQL results type"}, b""
    try:
        names, rows, header = answer_in_worker(store, request["page"], cap)
    except KgError as exc:
        return {"status": 400, "message": str(exc)}, b""
    return {"status": 200, "format": fmt, **header}, serialize_solutions(names, rows, fmt)


def _view(store: ox.Store, request: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
    from kg.server.views import render

    try:
        page = render(store, request["view"], request["args"])
    except KgError as exc:
        return {"status": 400, "message": str(exc)}, b""
    except (OSError, SyntaxError) as exc:
        return {"status": 400, "message": f"the view's query failed: {exc}"}, b""
    return {"status": 200, "format": "html", "rows": 0, "truncated": False}, page.encode("utf-8")


def worker_main(path: str) -> int:
    """Serve queries read from stdin, one frame each, until stdin closes."""
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    try:
        store = ox.Store.read_only(path)
    except (OSError, ValueError) as exc:
        _write_frame(out, json.dumps({"ready": False, "message": str(exc)}).encode())
        out.flush()
        return 1
    # Saved queries are paged and sorted by kg.pages (which needs rdflib to bind values):
    # imported before the worker is ready, so that no query's time limit pays for it.
    import kg.pages
    import kg.server.saved  # noqa: F401

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
