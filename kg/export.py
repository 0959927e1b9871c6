"""Write the store's graphs in standard RDF formats, safely.

Output goes to a temporary file beside the target and is renamed over it only when complete,
so a failed export never truncates an existing file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import URIRef

from kg.errors import InputError
from kg.namespaces import (
    DICTIONARY_GRAPH,
    ONTOLOGY_GRAPH,
    PREFIXES,
    SOURCE_GRAPH_PREFIX,
    source_graph,
)
from kg.store import Store

FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


def graphs_to_export(
    store: Store, *, source: str | None = None, include_ontology: bool = False
) -> list[URIRef]:
    """The named graphs an export covers: all sources (or one), plus ontology and dictionary."""
    names = store.graph_names()
    if source is not None:
        wanted = source_graph(source)
        if wanted not in names:
            raise InputError(
                f"no source {source!r} in the store; 'kg query' with "
                "SELECT ?g { GRAPH ?g {} } lists the graphs"
            )
        chosen = [wanted]
    else:
        chosen = [g for g in names if g.startswith(SOURCE_GRAPH_PREFIX)]
    if include_ontology:
        chosen += [g for g in (ONTOLOGY_GRAPH, DICTIONARY_GRAPH) if g in names]
    return chosen


def export(
    store: Store,
    handle: IO[bytes],
    *,
    fmt: str = "turtle",
    source: str | None = None,
    include_ontology: bool = False,
) -> None:
    """Serialise the chosen graphs to ``handle`` in ``fmt`` (a key of :data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    graphs = graphs_to_export(store, source=source, include_ontology=include_ontology)
    serialize_quads(store.quads(graphs), handle, FORMATS[fmt])


def serialize_quads(quads: Iterator[ox.Quad], handle: IO[bytes], fmt: ox.RdfFormat) -> None:
    """Write quads as TriG/N-Quads (keeping graphs) or, for triple formats, merged triples."""
    if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
        ox.serialize(quads, handle, fmt, prefixes=PREFIXES)
    else:
        ox.serialize((q.triple for q in quads), handle, fmt, prefixes=PREFIXES)


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (0666 less umask)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomically(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Call ``write`` on a temporary file and move it over ``path`` only if it succeeds."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{path}: folder {folder} does not exist")
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
