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

from kg.server.config import ServerConfig
from kg.server.formats import (
    GRAPH_TYPES,
    MEDIA_TYPES,
    SOLUTION_TYPES,
    negotiate,
    serialize_solutions,
)
from kg.server.http import HttpError, QueryServer, make_server, serve
from kg.server.workers import Busy, Timeout, Worker, WorkerPool, worker_main

__all__ = [
    "GRAPH_TYPES",
    "MEDIA_TYPES",
    "SOLUTION_TYPES",
    "Busy",
    "HttpError",
    "QueryServer",
    "ServerConfig",
    "Timeout",
    "Worker",
    "WorkerPool",
    "make_server",
    "negotiate",
    "serialize_solutions",
    "serve",
    "worker_main",
]
