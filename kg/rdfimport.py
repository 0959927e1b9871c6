"""Load RDF produced elsewhere into the store, in one transaction, without fetching anything.

Oxigraph's parsers never load remote JSON-LD contexts (there is no loader callback) and do not
expand external XML entities, so an imported file cannot make the tool reach the network or
read local files. Triples without a graph go into ``graph/import/<name>``. Quads of the index
graph are left out: the store derives its own from what is imported.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.namespaces import GRAPH, INDEX_GRAPH
from kg.slugs import slugify
from kg.store import Store

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}
MAX_BYTES = 512 * 1024 * 1024


def import_graph_name(path: Path) -> str:
    """The graph that receives a file's default-graph triples."""
    return f"{GRAPH}import/{slugify(path.stem)}"


def import_file(store: Store, path: Path, *, graph: str | None = None) -> int:
    """Parse ``path`` fully, then add its quads in one transaction; returns the quad count."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown RDF file type; use one of {', '.join(sorted(FORMATS))}")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(f"{path}: over the {MAX_BYTES} byte import limit")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    target = ox.NamedNode(graph or import_graph_name(path))
    try:
        quads = [
            ox.Quad(
                q.subject,
                q.predicate,
                q.object,
                target if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name,
            )
            for q in ox.parse(data, fmt)
        ]
    except SyntaxError as exc:
        raise InputError(f"{path}: not valid {fmt.name}: {exc}") from None
    index = ox.NamedNode(str(INDEX_GRAPH))  # derived data: the store computes its own
    quads = [q for q in quads if q.graph_name != index]
    store.add_quads(quads)
    return len(quads)
