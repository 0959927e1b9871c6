"""Build the graph: ontology and dictionary graphs, then one named graph per source document."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from kg import __version__
from kg import dictionary as dictionary_module
from kg.dictionary import Dictionary
from kg.errors import KgError
from kg.facts import facts_path, read_facts
from kg.merge import match_existing
from kg.model import Facts, Source
from kg.namespaces import CKG, DICTIONARY_GRAPH, ONTOLOGY_GRAPH, source_graph, source_iri
from kg.ontology import ontology_dir, ontology_graph
from kg.quads import facts_quads, named
from kg.query import run
from kg.rdfterms import to_sparql
from kg.sources import read_source, source_files
from kg.store import Store
from kg.triples import dictionary_graph, facts_graph

_FINGERPRINT = named(str(CKG.ingestFingerprint))


@dataclass
class BuildReport:
    """What a build did: documents stored, facts counted, documents refused and why."""

    documents: int = 0
    unchanged: int = 0
    events: int = 0
    claims: int = 0
    entities: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def vocabulary_fingerprint(folder: Path | None = None) -> str:
    """Hash of the ontology and dictionary files and this software's version."""
    root = folder or ontology_dir()
    digest = hashlib.sha256(__version__.encode())
    for path in sorted([root / "ontology.ttl", *root.glob("entities/*.yaml")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return "sha256:" + digest.hexdigest()


def vocabulary_graphs(dictionary: Dictionary) -> list[tuple[URIRef, Graph]]:
    """The ontology graph and the dictionary graph, which carries the vocabulary fingerprint."""
    vocabulary = dictionary_graph(dictionary)
    vocabulary.add(_vocabulary_marker())
    return [(ONTOLOGY_GRAPH, ontology_graph()), (DICTIONARY_GRAPH, vocabulary)]


def _vocabulary_marker() -> tuple[URIRef, URIRef, Literal]:
    return (DICTIONARY_GRAPH, CKG.ingestFingerprint, Literal(vocabulary_fingerprint()))


def load_vocabulary(store: Store, dictionary: Dictionary) -> bool:
    """(Re)load the ontology and dictionary graphs in one transaction, unless unchanged.

    Returns whether anything was written.
    """
    marker = _vocabulary_marker()
    ask = f"ASK {{ GRAPH {to_sparql(DICTIONARY_GRAPH)} {{ {' '.join(map(to_sparql, marker))} }} }}"
    if bool(run(store, ask)):
        return False
    store.replace_graphs(vocabulary_graphs(dictionary))
    return True


def fingerprint(path: Path, source_hash: str, overrides: Mapping[str, object] | None = None) -> str:
    """Hash of the document, the metadata given for it, its reviewed facts and our version."""
    given = json.dumps(
        {k: str(v) for k, v in (overrides or {}).items() if v is not None}, sort_keys=True
    )
    digest = hashlib.sha256(f"{source_hash}|{__version__}|{given}|".encode())
    reviewed = facts_path(path)
    if reviewed.exists():
        digest.update(reviewed.read_bytes())
    return "sha256:" + digest.hexdigest()


def already_stored(store: Store, slug: str, print_: str) -> bool:
    """True when the store holds this document with exactly this fingerprint."""
    query = (
        f"ASK {{ GRAPH {to_sparql(source_graph(slug))} {{ "
        f"{to_sparql(source_iri(slug))} ckg:ingestFingerprint {to_sparql(Literal(print_))} }} }}"
    )
    return bool(run(store, query))


def document_graph(facts: Facts, print_: str) -> Graph:
    """The triples a document's named graph holds: its facts and its ingest fingerprint."""
    graph = facts_graph(facts)
    graph.add((source_iri(facts.source.slug), CKG.ingestFingerprint, Literal(print_)))
    return graph


def document_quads(facts: Facts, print_: str) -> list[ox.Quad]:
    """The quads of :func:`document_graph`, in the document's named graph, without rdflib."""
    graph = ox.NamedNode(str(source_graph(facts.source.slug)))
    quads = facts_quads(facts, graph)
    marker = ox.Literal(print_)
    quads.append(ox.Quad(named(str(source_iri(facts.source.slug))), _FINGERPRINT, marker, graph))
    return quads


def document_facts(path: Path, dictionary: Dictionary, *, source: Source | None = None) -> Facts:
    """A document's facts: its reviewed facts file when it has one, else what the extractor finds.

    Reviewed facts win: a document a person has checked is not extracted again.
    """
    source = source or read_source(path)
    reviewed = facts_path(path)
    if reviewed.exists():
        return read_facts(reviewed, source, dictionary)
    from kg.extract.pipeline import extract

    return extract(source, dictionary)


def build(
    store: Store,
    documents: Iterable[Path],
    *,
    dictionary: Dictionary | None = None,
    overrides: Mapping[str, object] | None = None,
    encoding: str | None = None,
    progress: Callable[[Path, str | None], None] | None = None,
) -> BuildReport:
    """Store every document's facts; a bad document is reported and skipped, the rest go in.

    Each document is written in its own transaction, so what was stored before is never lost.
    ``overrides`` (title, url, outlet, published, language) win over each file's own metadata.
    """
    dictionary = dictionary or dictionary_module.load()
    report = BuildReport(entities=len(dictionary))
    load_vocabulary(store, dictionary)
    for path in documents:
        try:
            source = read_source(path, overrides=overrides, encoding=encoding)
            print_ = fingerprint(path, source.content_hash, overrides)
            if already_stored(store, source.slug, print_):
                report.unchanged += 1
                if progress:
                    progress(path, None)
                continue
            facts = match_existing(store, document_facts(path, dictionary, source=source))
            store.replace_quads(source_graph(source.slug), document_quads(facts, print_))
        except KgError as exc:
            report.failures.append((str(path), str(exc)))
            if progress:
                progress(path, str(exc))
            continue
        report.documents += 1
        report.events += len(facts.events)
        report.claims += len(facts.claims)
        if progress:
            progress(path, None)
    store.flush()
    return report


def build_folder(store: Store, folder: Path, **options: object) -> BuildReport:
    """Build every document of a folder (see :func:`build`)."""
    return build(store, source_files(folder), **options)  # type: ignore[arg-type]
