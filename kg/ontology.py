"""The vocabulary in ``ontology/``: loaded as data, queried for class facts the pipeline needs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg.errors import InputError
from kg.namespaces import CKG
from kg.resources import bundled


def ontology_dir() -> Path:
    """The folder holding ``ontology.ttl``, ``shapes.ttl`` and ``entities/``."""
    return bundled("ontology")


def _parse(path: Path) -> Graph:
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many unrelated types for syntax errors
        raise InputError(f"{path}: not valid Turtle: {exc}") from exc
    return graph


@cache
def ontology_graph() -> Graph:
    """The OWL ontology (classes, properties, event-type codes)."""
    return _parse(ontology_dir() / "ontology.ttl")


@cache
def shapes_graph() -> Graph:
    """The SHACL shapes for everything the pipeline writes."""
    return _parse(ontology_dir() / "shapes.ttl")


@dataclass(frozen=True)
class EventType:
    """An event class with the codes that make it comparable with GDELT/ICEWS/POLECAT."""

    name: str
    iri: URIRef
    label: str
    goldstein: float
    cameo: str | None
    plover: str | None


def subclasses(root: URIRef) -> set[URIRef]:
    """``root`` and every class below it in the ontology."""
    graph = ontology_graph()
    return {c for c in graph.transitive_subjects(RDFS.subClassOf, root) if isinstance(c, URIRef)}


def _text(graph: Graph, subject: URIRef, predicate: URIRef) -> str | None:
    value = graph.value(subject, predicate)
    return str(value) if isinstance(value, Literal) else None


@cache
def event_types() -> dict[str, EventType]:
    """Event classes by local name, with their Goldstein value (0.0 where none is given).

    >>> event_types()["Attack"].goldstein < 0
    True
    """
    graph = ontology_graph()
    types: dict[str, EventType] = {}
    for iri in subclasses(CKG.Event):
        name = iri.removeprefix(str(CKG))
        goldstein = _text(graph, iri, CKG.goldstein)
        types[name] = EventType(
            name=name,
            iri=iri,
            label=_text(graph, iri, RDFS.label) or name,
            goldstein=float(goldstein) if goldstein is not None else 0.0,
            cameo=_text(graph, iri, CKG.cameoCode),
            plover=_text(graph, iri, CKG.ploverCode),
        )
    return types


@cache
def entity_types() -> dict[str, URIRef]:
    """Classes a dictionary entity may have (places, actors and event classes), by local name."""
    found = subclasses(CKG.Place) | subclasses(CKG.Actor) | subclasses(CKG.Event)
    return {iri.removeprefix(str(CKG)): iri for iri in found if iri.startswith(str(CKG))}
