"""Build the graph: ontology and dictionary graphs, then one named graph per source document."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg import dictionary as dictionary_module
from kg.dictionary import Dictionary
from kg.errors import KgError
from kg.facts import facts_path, read_facts
from kg.model import Facts
from kg.namespaces import DICTIONARY_GRAPH, ONTOLOGY_GRAPH, source_graph
from kg.ontology import ontology_graph
from kg.sources import read_source, source_files
from kg.store import EmbeddedStore
from kg.triples import dictionary_graph, facts_graph


@dataclass
class BuildReport:
    """What a build did: documents stored, facts counted, documents refused and why."""

    documents: int = 0
    events: int = 0
    claims: int = 0
    entities: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def load_vocabulary(store: EmbeddedStore, dictionary: Dictionary) -> None:
    """(Re)load the ontology and the dictionary graphs in one transaction."""
    store.replace_graphs(
        [(ONTOLOGY_GRAPH, ontology_graph()), (DICTIONARY_GRAPH, dictionary_graph(dictionary))]
    )


def document_facts(path: Path, dictionary: Dictionary) -> Facts:
    """A document and its reviewed facts (none when it has no facts file yet)."""
    source = read_source(path)
    reviewed = facts_path(path)
    if reviewed.exists():
        return read_facts(reviewed, source, dictionary)
    return Facts(source)


def build(
    store: EmbeddedStore,
    documents: Iterable[Path],
    *,
    dictionary: Dictionary | None = None,
    progress: Callable[[Path, str | None], None] | None = None,
) -> BuildReport:
    """Store every document's facts; a bad document is reported and skipped, the rest go in.

    Each document is written in its own transaction, so what was stored before is never lost.
    """
    dictionary = dictionary or dictionary_module.load()
    report = BuildReport(entities=len(dictionary))
    load_vocabulary(store, dictionary)
    for path in documents:
        try:
            facts = document_facts(path, dictionary)
            store.replace_graph(source_graph(facts.source.slug), facts_graph(facts))
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


def build_folder(store: EmbeddedStore, folder: Path, **options: object) -> BuildReport:
    """Build every document of a folder (see :func:`build`)."""
    return build(store, source_files(folder), **options)  # type: ignore[arg-type]
