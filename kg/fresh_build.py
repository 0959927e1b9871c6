"""A new store built in bulk: filled beside its folder, then moved into place in one rename.

Filling an empty store one SPARQL transaction per document costs several times what
Oxigraph's bulk loader does for the same quads, and leaves the database uncompacted. When
``kg build`` or ``kg demo`` meets no store (a missing or empty folder, or a store without a
single quad), each document's quads are made straight from its facts (:mod:`kg.quads`),
spooled as N-Quads and loaded with ``Store.bulk_load`` into a temporary folder
``.NAME.building`` beside the store (:mod:`kg.spool`), which is compacted with ``optimize()``
and renamed into place only once every document is in. A kill at any moment leaves no store
(or the empty folder or store that was there), never a half store that looks complete; the
next build removes the leftover folder and spool files. The lock file ``.NAME.lock``, held for
the whole build, makes a second writer fail with a clear error.

The index graph (:mod:`kg.index`) is computed at commit from the watched facts of every queued
quad and added with ``Store.bulk_extend`` once the documents are in.

Documents are handled exactly as :func:`kg.build.build` handles them, in the order given:
events reported by an earlier document of the same build are merged through the same rule
(:class:`kg.event_index.EventIndex` holds what it needs in memory). Stores that already hold
something are updated a document at a time, in one transaction each.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable, Mapping
from itertools import chain, islice
from pathlib import Path
from types import TracebackType

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from kg import dictionary as dictionary_module
from kg import spool
from kg.build import BuildReport, document_facts, document_quads, fingerprint, vocabulary_graphs
from kg.dictionary import Dictionary
from kg.errors import KgError
from kg.event_index import EventIndex
from kg.index.compute import GRAPH_NODE as INDEX_NODE
from kg.index.compute import index_triples
from kg.index.state import StateReader
from kg.index.writes import quad_facts
from kg.namespaces import INDEX_GRAPH
from kg.rdfterms import to_oxigraph
from kg.sources import read_source, source_files
from kg.store import build_lock_path, open_store, take_build_lock

# Queued quads are handed to the spool this many at a time, and the spool loads a file into
# the store once it holds LOAD_QUADS (see kg.spool).
SPOOL_QUADS = 50_000
LOAD_QUADS = spool.LOAD_QUADS


class NotFresh(Exception):
    """The store turned out not to be new (or a document came twice): build per document."""


def is_fresh(path: Path) -> bool:
    """True when there is no store to keep at ``path``: no folder, an empty one, or no quads."""
    if not path.exists():
        return True
    if not path.is_dir():
        return False
    if not any(path.iterdir()):
        return True
    if not (path / "CURRENT").exists():
        return False
    try:
        db = ox.Store(str(path))
    except OSError:
        return False  # in use: the per-document path gives the clear error
    try:
        return next(iter(db.quads_for_pattern(None, None, None, None)), None) is None
    finally:
        del db


class FreshStore:
    """A new store being filled in bulk; :meth:`commit` moves it into place.

    Queued quads go to spool files of N-Quads beside the store (``.NAME.spool-0.nq`` and
    ``-1.nq``, see :mod:`kg.spool`), loaded into the store folder ``.NAME.building`` half a million
    quads at a time while the build goes on; they are removed when the build ends, and by the
    next build when this one was killed.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp()) / "kg-store"
    >>> with FreshStore(folder) as fresh:
    ...     fresh.add_quads([ox.Quad(ox.NamedNode("https://e.org/s"), ox.NamedNode(
    ...         "https://e.org/p"), ox.Literal("o"), ox.NamedNode("https://e.org/g"))])
    ...     fresh.commit()
    >>> len(ox.Store(str(folder)))  # the quad and the index graph's "complete" marker
    2
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = take_build_lock(path)
        try:
            if not is_fresh(path):
                raise NotFresh(str(path))
            self._temp = path.parent / f".{path.name}.building"
            shutil.rmtree(self._temp, ignore_errors=True)  # what a killed build left
            self._db: ox.Store | None = ox.Store(str(self._temp))
            stem = path.parent / f".{path.name}.spool"
            self._spool = spool.BulkSpool(self._db, stem, load_quads=LOAD_QUADS)
        except BaseException:
            self._unlock()
            raise
        self._pending: list[ox.Quad] = []
        # what the index graph is computed from at commit; each event's state is packed, and
        # its IRI is the string the merge lookup holds
        self._events = StateReader()

    def add_graph(self, name: URIRef, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        """Queue every triple of a graph (or a list of its triples) into named graph ``name``."""
        where = to_oxigraph(name)
        self.add_quads(
            ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), where)  # type: ignore[arg-type]
            for s, p, o in triples
        )

    def add_quads(self, quads: Iterable[ox.Quad]) -> None:
        """Queue quads as they are."""
        start = len(self._pending)
        self._pending.extend(quads)
        self._note_facts(self._pending[start:])
        if len(self._pending) >= SPOOL_QUADS:
            self._write()

    def _note_facts(self, quads: list[ox.Quad]) -> None:
        index = str(INDEX_GRAPH)
        for graph, facts in quad_facts(quads).items():
            if graph != index:
                self._events.add(facts)

    def _write(self) -> None:
        if self._pending:
            self._spool.add(self._pending)
            self._pending = []

    def commit(self) -> None:
        """Write what is queued and the index graph, compact, and move the store into place."""
        assert self._db is not None
        self._write()
        self._spool.finish()  # every document's quads are in the store
        # the index graph's quads go straight from its computation into the store (no N-Quads
        # text written and parsed again), LOAD_QUADS per call since a load's memory grows
        # with its quads
        triples = index_triples(self._events)
        quads = (ox.Quad(s, p, o, INDEX_NODE) for s, p, o in triples)  # type: ignore[arg-type]
        while (first := next(quads, None)) is not None:
            self._db.bulk_extend(chain([first], islice(quads, LOAD_QUADS - 1)))
        self._events = StateReader()
        # the parts loaded one after another overlap; queries right after the build ran
        # 3-5x slower until RocksDB had compacted them, so the build compacts them itself
        self._db.optimize()
        self._db.flush()
        self._db = None  # closes the database
        aside = self.path.parent / f".{self.path.name}.replaced"
        if self.path.exists() and any(self.path.iterdir()):
            os.replace(self.path, aside)  # a store without quads, checked under the lock
        os.replace(self._temp, self.path)
        shutil.rmtree(aside, ignore_errors=True)
        _sync_folder(self.path.parent)
        self._unlock()

    def abort(self) -> None:
        """Drop everything written; the store stays as it was."""
        if hasattr(self, "_spool"):
            self._spool.discard()
        self._db = None
        if hasattr(self, "_temp"):
            shutil.rmtree(self._temp, ignore_errors=True)
        self._unlock()

    def _unlock(self) -> None:
        if self._lock >= 0:
            build_lock_path(self.path).unlink(missing_ok=True)
            os.close(self._lock)
            self._lock = -1

    def __enter__(self) -> FreshStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._lock >= 0:
            self.abort()


def _sync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fresh_build(
    path: Path,
    documents: Iterable[Path],
    *,
    dictionary: Dictionary | None = None,
    overrides: Mapping[str, object] | None = None,
    encoding: str | None = None,
    progress: Callable[[Path, str | None], None] | None = None,
) -> BuildReport:
    """Build a new store at ``path`` in bulk (see the module docstring).

    Raises :class:`NotFresh` (having written nothing) when ``path`` holds a store with data or
    when two documents have the same name, which the per-document path handles.
    """
    dictionary = dictionary or dictionary_module.load()
    report = BuildReport(entities=len(dictionary))
    index = EventIndex()
    seen: set[str] = set()
    with FreshStore(path) as fresh:
        for name, graph in vocabulary_graphs(dictionary):
            fresh.add_graph(name, graph)
        for document in documents:
            try:
                source = read_source(document, overrides=overrides, encoding=encoding)
                if source.slug in seen:
                    raise NotFresh(source.slug)
                print_ = fingerprint(document, source.content_hash, overrides)
                facts = index.match(document_facts(document, dictionary, source=source))
                quads = document_quads(facts, print_)
                index.add_facts(facts)
                fresh.add_quads(quads)
            except KgError as exc:
                report.failures.append((str(document), str(exc)))
                if progress:
                    progress(document, str(exc))
                continue
            seen.add(source.slug)
            report.documents += 1
            report.events += len(facts.events)
            report.claims += len(facts.claims)
            if progress:
                progress(document, None)
        # the merge lookup is done with: free it before the commit computes the index graph
        # (about 0.5 KB per event, packed; the event states the commit reads take 0.4 KB)
        del index
        fresh.commit()
    return report


def build_store(path: Path, documents: Iterable[Path], **options: object) -> BuildReport:
    """Build the embedded store at ``path``: in bulk when it is new, else per document."""
    from kg.build import build

    listed = list(documents)
    if is_fresh(path):
        try:
            return fresh_build(path, listed, **options)  # type: ignore[arg-type]
        except NotFresh:
            pass
    store = open_store(path, create=True)
    try:
        return build(store, listed, **options)  # type: ignore[arg-type]
    finally:
        store.close()


def build_store_folder(path: Path, folder: Path, **options: object) -> BuildReport:
    """Build every document of a folder into the store at ``path`` (see :func:`build_store`)."""
    return build_store(path, source_files(folder), **options)
