"""Check the store against the SHACL shapes in ``ontology/shapes.ttl``."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal
from rdflib.namespace import SH
from rdflib.term import Node

from kg.namespaces import ONTOLOGY_GRAPH
from kg.ontology import ontology_graph, shapes_graph
from kg.rdfterms import from_oxigraph
from kg.store import Store

INFERENCE = "rdfs"  # range and subclass inference: some shapes rely on it


@dataclass(frozen=True)
class Violation:
    """One way the data breaks a shape, in words a researcher can act on."""

    focus: str
    path: str
    message: str
    severity: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.severity}: <{self.focus}>{where}: {self.message}"


@dataclass(frozen=True)
class Report:
    """The outcome of a validation run."""

    conforms: bool
    violations: list[Violation]
    triples: int


def data_graph(store: Store) -> Graph:
    """Every graph but the ontology's, merged, as rdflib data for pyshacl."""
    graph = Graph()
    for quad in store.quads([g for g in store.graph_names() if g != ONTOLOGY_GRAPH]):
        graph.add(
            (
                from_oxigraph(quad.subject),
                from_oxigraph(quad.predicate),  # type: ignore[arg-type]
                from_oxigraph(quad.object),
            )
        )
    return graph


def _show(results: Graph, value: Node | None) -> str:
    if value is None:
        return ""
    if isinstance(value, Literal):
        return str(value)
    try:
        return results.namespace_manager.normalizeUri(str(value))
    except Exception:  # rdflib raises for paths it cannot shorten
        return str(value)


def validate_graph(graph: Graph) -> Report:
    """Run the shapes over ``graph`` with the ontology's class hierarchy mixed in."""
    import pyshacl

    conforms, results, _text = pyshacl.validate(
        graph,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference=INFERENCE,
        abort_on_first=False,
        allow_warnings=True,
    )
    violations = [
        Violation(
            focus=str(results.value(result, SH.focusNode)),
            path=_show(results, results.value(result, SH.resultPath)),
            message=_show(results, results.value(result, SH.resultMessage)),
            severity=str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
        )
        for result in results.subjects(SH.resultSeverity, None)
    ]
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return Report(bool(conforms), violations, len(graph))


def validate_store(store: Store) -> Report:
    """Validate everything the store holds (sources and dictionary)."""
    return validate_graph(data_graph(store))
