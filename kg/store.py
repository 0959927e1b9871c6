"""The store: one interface, the embedded on-disk Oxigraph database by default.

Every source document lives in its own named graph, as do the ontology and the dictionary.
Replacing a graph is one SPARQL update, which Oxigraph applies as a single transaction:
a crash leaves the graph as it was before or as it is after, never in between.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.digests import DigestSet, quad_digest
from kg.errors import QueryError, StoreError
from kg.rdfterms import to_sparql
from kg.spool import LOAD_QUADS

DEFAULT_PATH = Path("kg-store")
# triples deleted per update when a derived graph is rewritten
DELETE_QUADS = 10_000
STORE_ENV = "KG_STORE"


class Store(Protocol):
    """What every store offers the rest of the package: embedded here, remote in kg.remote."""

    @property
    def path(self) -> object: ...

    def replace_graph(self, name: URIRef, graph: Graph) -> None: ...
    def replace_graphs(self, graphs: Iterable[tuple[URIRef, Graph]]) -> None: ...
    def replace_quads(self, name: URIRef, quads: list[ox.Quad]) -> None: ...
    def remove_graph(self, name: URIRef) -> None: ...
    def add_quads(self, quads: list[ox.Quad]) -> None: ...
    def rewrite_derived(self, name: URIRef, quads: Iterable[ox.Quad]) -> int: ...
    def predicate_quads(self, predicates: list[str]) -> Iterator[ox.Quad]: ...
    def graph_names(self) -> list[URIRef]: ...
    def select(self, query: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples: ...
    def quads(self, graphs: list[URIRef]) -> Iterator[ox.Quad]: ...
    def flush(self) -> None: ...
    def close(self) -> None: ...


def insert_data(name: URIRef, graph: Graph, *, template: bool = False) -> str:
    """SPARQL update text that replaces graph ``name`` with ``graph``, as one operation.

    ``template`` writes ``INSERT {...} WHERE {}`` instead of ``INSERT DATA``: the same effect,
    for servers (Virtuoso) that refuse blank nodes in ``INSERT DATA``.
    """
    lines = (f"{to_sparql(s)} {to_sparql(p)} {to_sparql(o)} ." for s, p, o in graph)
    body = "\n".join(lines)
    graph_name = to_sparql(name)
    insert = (
        f"INSERT {{ GRAPH {graph_name} {{\n{body}\n}} }} WHERE {{}}"
        if template
        else (f"INSERT DATA {{ GRAPH {graph_name} {{\n{body}\n}} }}")
    )
    return f"DROP SILENT GRAPH {graph_name} ;\n{insert}"


def build_lock_path(path: Path) -> Path:
    """The lock file a fresh build holds beside the store folder while it fills it."""
    return path.parent / f".{path.name}.lock"


def take_build_lock(path: Path) -> int:
    """Lock ``path`` for a fresh build; the open file descriptor holds the lock until closed."""
    lock = build_lock_path(path)
    lock.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise StoreError(
            f"{path}: another kg process is building this store; wait for it to finish"
        ) from None
    return fd


def _building_elsewhere(path: Path) -> bool:
    try:
        fd = os.open(build_lock_path(path), os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


class EmbeddedStore:
    """Oxigraph (RocksDB) in a folder on disk; one writer process at a time."""

    def __init__(self, path: Path, *, create: bool = False):
        self._path = path
        if _building_elsewhere(path):
            raise StoreError(
                f"{path}: another kg process is building this store; wait for it to finish"
            )
        if not create and not (path / "CURRENT").exists():
            if path.exists() and any(path.iterdir()):
                raise StoreError(f"{path}: exists but is not a kg store")
            raise StoreError(
                f"no store at {path}; run 'kg build' (or 'kg demo') first, "
                f"or point --store / {STORE_ENV} at one"
            )
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path}: is a file, not a store folder")
        try:
            self._db = ox.Store(str(path))
        except OSError as exc:
            message = str(exc)
            if "lock" in message.lower():
                raise StoreError(
                    f"{path}: the store is in use by another kg process; "
                    "wait for it to finish and try again"
                ) from None
            raise StoreError(f"{path}: cannot open the store: {message}") from None

    @property
    def path(self) -> Path:
        """The store's folder."""
        return self._path

    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        """Make ``graph`` the whole content of named graph ``name``, atomically.

        The index graph changes with it, in the same transaction (:mod:`kg.index.maintain`).
        """
        self.replace_graphs([(name, graph)])

    def replace_graphs(self, graphs: Iterable[tuple[URIRef, Graph]]) -> None:
        """Replace several named graphs (and update the index) in one transaction."""
        from kg.index.maintain import index_update
        from kg.index.writes import Change, graph_facts

        listed = list(graphs)
        updates = [insert_data(name, graph) for name, graph in listed]
        changes = [Change(str(name), graph_facts(graph)) for name, graph in listed]
        updates.append(index_update(self, changes))
        text = " ;\n".join(u for u in updates if u)
        if text:
            self._db.update(text)

    def replace_quads(self, name: URIRef, quads: list[ox.Quad]) -> None:
        """Make ``quads`` (all in graph ``name``) the whole content of ``name``, atomically.

        What :meth:`replace_graph` does, from pyoxigraph quads (:mod:`kg.quads`), without an
        rdflib graph: the document, its index delta and the drop of its old content go in one
        SPARQL update, the one way pyoxigraph offers to delete and add in one transaction.
        """
        from kg.index.maintain import index_update
        from kg.index.writes import Change, insert_quads, quad_facts

        graph = ox.NamedNode(str(name))
        if any(q.graph_name != graph for q in quads):
            raise ValueError(f"replace_quads: every quad must be in graph {name}")
        facts = quad_facts(quads).get(str(name), [])
        index = index_update(self, [Change(str(name), facts)])
        drop = f"DROP SILENT GRAPH {graph}" if self._db.contains_named_graph(graph) else ""
        text = " ;\n".join(t for t in (drop, insert_quads(quads), index) if t)
        if text:
            self._db.update(text)

    def remove_graph(self, name: URIRef) -> None:
        """Drop a named graph (and update the index) in one transaction."""
        from kg.index.maintain import index_update
        from kg.index.writes import Change

        index = index_update(self, [Change(str(name))])
        drop = f"DROP SILENT GRAPH {to_sparql(name)}"
        self._db.update(f"{drop} ;\n{index}" if index else drop)

    def add_quads(self, quads: list[ox.Quad]) -> None:
        """Add quads (and update the index) in one transaction, all or nothing."""
        from kg.index.maintain import index_update
        from kg.index.writes import Change, insert_quads, quad_facts

        changes = [Change(g, facts, replace=False) for g, facts in quad_facts(quads).items()]
        index = index_update(self, changes) if changes else ""
        if index:
            self._db.update(f"{insert_quads(quads)} ;\n{index}")
        else:
            self._db.extend(quads)

    def rewrite_derived(self, name: URIRef, quads: Iterable[ox.Quad]) -> int:
        """Make graph ``name`` hold exactly ``quads`` (all in that graph), the last one last.

        For derived data only (the index graph), whose last quad says the graph is complete:
        only the difference is written (deleting is slow, one quad at a time), the new quads
        with the bulk writer, which is not one transaction, so the last quad goes first and
        comes back at the end: an interrupted rewrite leaves a graph that says it is not
        complete. Neither side is held in memory: both are compared as 16-byte digests of
        their triples (:class:`kg.digests.DigestSet`, 18 bytes per stored quad, freed before
        any write), and the quads to add and to delete wait in files beside the store, loaded
        half a million and deleted ten thousand at a time.
        """
        graph = ox.NamedNode(str(name))
        waiting = self._path.parent / f".{self._path.name}.derived.nq"
        stale = self._path.parent / f".{self._path.name}.stale.nt"
        stale.unlink(missing_ok=True)  # what a killed rewrite left is not this one's to delete
        try:
            count, marker, changed = self._spool_difference(graph, quads, waiting, stale)
            if marker is not None and changed:
                self._db.remove(marker)
                self._delete_listed(graph, stale)
                with waiting.open("rb") as handle:  # bulk_load's memory grows with its input
                    while part := list(islice(handle, LOAD_QUADS)):
                        self._db.bulk_load(b"".join(part), format=ox.RdfFormat.N_QUADS)
                self._db.extend([marker])
                self._db.flush()
        finally:
            waiting.unlink(missing_ok=True)
            stale.unlink(missing_ok=True)
        return count

    def _spool_difference(
        self, graph: ox.NamedNode, quads: Iterable[ox.Quad], waiting: Path, stale: Path
    ) -> tuple[int, ox.Quad | None, bool]:
        """Write the quads that ``graph`` lacks to ``waiting`` (N-Quads), the last one apart,
        and its triples that are not wanted to ``stale`` (N-Triples), reading the graph (not
        changing it) as the quads go by; (how many quads, the last, whether anything changes).
        """
        found = self._db.quads_for_pattern(None, None, None, graph)
        existing = DigestSet(quad_digest(q) for q in found)
        count = missing = 0
        marker: ox.Quad | None = None
        with waiting.open("w", encoding="utf-8") as handle:
            for quad in quads:
                if marker is not None and not existing.cross_off(quad_digest(marker)):
                    handle.write(f"{marker} .\n")
                    missing += 1
                marker = quad
                count += 1
        if marker is None:
            return 0, None, False
        had_marker = existing.cross_off(quad_digest(marker))
        if existing.remaining:
            with stale.open("w", encoding="utf-8") as handle:
                for q in self._db.quads_for_pattern(None, None, None, graph):
                    if existing.left(quad_digest(q)):
                        handle.write(f"{q.subject} {q.predicate} {q.object} .\n")
        return count, marker, bool(existing.remaining or missing or not had_marker)

    def _delete_listed(self, graph: ox.NamedNode, stale: Path) -> None:
        """Delete from ``graph`` the triples listed in ``stale``, ``DELETE_QUADS`` at a time."""
        if not stale.exists():
            return
        with stale.open(encoding="utf-8") as handle:
            while part := list(islice(handle, DELETE_QUADS)):
                body = "".join(part)
                self._db.update(f"DELETE DATA {{ GRAPH {graph} {{\n{body}}} }}")

    def predicate_quads(self, predicates: list[str]) -> Iterator[ox.Quad]:
        """Every quad, in any named graph, whose predicate is one of ``predicates``."""
        for predicate in predicates:
            for quad in self._db.quads_for_pattern(None, ox.NamedNode(predicate), None, None):
                if isinstance(quad.graph_name, ox.NamedNode):
                    yield quad

    def graph_names(self) -> list[URIRef]:
        return sorted(
            URIRef(g.value) for g in self._db.named_graphs() if isinstance(g, ox.NamedNode)
        )

    def select(self, query: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a SPARQL query over the union of all graphs."""
        try:
            return self._db.query(query, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except OSError as exc:
            raise QueryError(f"query failed: {exc}") from None

    def quads(self, graphs: list[URIRef]) -> Iterator[ox.Quad]:
        for name in graphs:
            yield from self._db.quads_for_pattern(None, None, None, ox.NamedNode(str(name)))

    def flush(self) -> None:
        self._db.flush()

    def close(self) -> None:
        """Flush and release the database (and its lock); closing twice is harmless."""
        if hasattr(self, "_db"):
            self._db.flush()
            del self._db


def store_path(path: str | os.PathLike[str] | None) -> Path:
    """The store folder: the argument, else ``$KG_STORE``, else ``./kg-store``."""
    return Path(path or os.environ.get(STORE_ENV) or DEFAULT_PATH)


def open_store(
    path: str | os.PathLike[str] | None = None, *, create: bool = False
) -> EmbeddedStore:
    """Open the embedded store; ``create`` makes a new one when none exists."""
    return EmbeddedStore(store_path(path), create=create)


def connect(
    path: str | os.PathLike[str] | None = None,
    *,
    create: bool = False,
    endpoint: str | None = None,
    update_endpoint: str | None = None,
    graph_store: str | None = None,
) -> Store:
    """The remote SPARQL endpoint when one is given, else the embedded store at ``path``."""
    if endpoint:
        from kg.remote import RemoteStore

        return RemoteStore(endpoint, update_endpoint=update_endpoint, graph_store=graph_store)
    return open_store(path, create=create)
