"""What a write brings to the index: its facts (from an rdflib graph or from quads) and the
``INSERT DATA`` text of its quads. :mod:`kg.index.maintain` turns the facts into the index's
delta."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.index.state import PREDICATES, Fact, fact_value


@dataclass
class Change:
    """A write to one graph: its new content (``replace``) or quads added to it."""

    graph: str
    facts: list[Fact] = field(default_factory=list)
    replace: bool = True


def graph_facts(graph: Graph) -> list[Fact]:
    """The facts of an rdflib graph that the index reads (IRI subjects only)."""
    return [
        (str(s), str(p), fact_value(str(p), o))
        for s, p, o in graph
        if isinstance(s, URIRef) and str(p) in PREDICATES
    ]


def quad_facts(quads: Iterable[ox.Quad]) -> dict[str, list[Fact]]:
    """The facts of quads that the index reads, by graph name."""
    found: dict[str, list[Fact]] = {}
    for q in quads:
        predicate = q.predicate.value  # most quads fail this test first
        if (
            predicate in PREDICATES
            and isinstance(q.subject, ox.NamedNode)
            and isinstance(q.graph_name, ox.NamedNode)
            and isinstance(q.object, ox.NamedNode | ox.Literal)
        ):
            found.setdefault(q.graph_name.value, []).append(
                (q.subject.value, predicate, fact_value(predicate, q.object))
            )
    return found


def insert_quads(quads: Iterable[ox.Quad]) -> str:
    """``INSERT DATA`` text adding these quads.

    Each graph's quads are written by pyoxigraph's N-Quads serializer (several times faster
    than formatting each term in Python) and their lines' graph name is cut off again: an
    N-Quads line ends with `` <graph> .`` and a newline, which no literal holds unescaped.
    """
    by_graph: dict[str, list[ox.Quad]] = {}
    for q in quads:
        graph = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
        by_graph.setdefault(graph, []).append(q)
    parts = []
    for graph, found in by_graph.items():
        written = ox.serialize(found, format=ox.RdfFormat.N_QUADS)
        assert written is not None  # given no output, it returns the text
        lines = written.decode()
        if graph:
            lines = lines.replace(f" {graph} .\n", " .\n")
            parts.append(f"GRAPH {graph} {{\n{lines}}}")
        else:
            parts.append(lines.rstrip("\n"))
    return "INSERT DATA {\n" + "\n".join(parts) + "\n}" if parts else ""
