"""The direct quads are exactly the rdflib graph's triples, on every bundled document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import XSD
from rdflib.term import Node

from kg import dictionary as dictionary_module
from kg.build import document_facts, document_graph, document_quads
from kg.dates import DateSpan
from kg.errors import InputError
from kg.model import Claim, Event, Evidence, Facts, Source, Status
from kg.namespaces import source_graph
from kg.quads import facts_quads
from kg.rdfterms import from_oxigraph, to_oxigraph
from kg.sources import source_files
from kg.triples import facts_graph

SOURCES = Path(__file__).resolve().parent.parent / "sources"
GRAPH = ox.NamedNode(str(source_graph("doc")))
XSD_STRING = str(XSD.string)


def through_rdflib(facts: Facts, graph: ox.NamedNode) -> set[ox.Quad]:
    """What a build stored before: the rdflib graph, each term converted."""
    return {
        ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph)  # type: ignore[arg-type]
        for s, p, o in facts_graph(facts)
    }


def assert_same(facts: Facts, graph: ox.NamedNode) -> None:
    quads = facts_quads(facts, graph)
    assert len(quads) == len(set(quads))
    assert set(quads) == through_rdflib(facts, graph)
    back = Graph()
    for quad in quads:
        back.add((as_rdflib(quad.subject), as_rdflib(quad.predicate), as_rdflib(quad.object)))
    assert isomorphic(back, facts_graph(facts))


def as_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Node:
    """The rdflib term, a plain literal for xsd:string as rdflib writes it (RDF 1.1: the same)."""
    if isinstance(term, ox.Literal) and not term.language and term.datatype.value == XSD_STRING:
        return Literal(term.value)
    found = from_oxigraph(term)
    assert found is not None
    return found


@pytest.fixture(scope="module")
def dictionary():
    return dictionary_module.load()


@pytest.mark.slow
@pytest.mark.parametrize("path", source_files(SOURCES), ids=lambda p: p.name)
def test_bundled_documents_give_the_rdflib_graph(path, dictionary):
    facts = document_facts(path, dictionary)
    assert facts.events or facts.claims or facts.mentions
    assert_same(facts, ox.NamedNode(str(source_graph(facts.source.slug))))


TRICKY = [
    "",
    '"""',
    "back\\slash",
    "line\nbreak\r\ttab",
    "</script>",
    "Azərbaycan",
    "Азербайджан",
    "Ադրբեջան",
    "აზერბაიჯანი",
    "آذربایجان",
    "\\u0022",
    "emoji \U0001f600",
    "x" * 200,
]
text = st.one_of(
    st.sampled_from(TRICKY),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
)
slugs = st.sampled_from(["azerbaijan", "iran", "armenia", "georgia", "russia", "turkey"])
spans = st.sampled_from(
    [
        None,
        ("2023-01-27", None),
        ("2015-04", None),
        ("2008", None),
        ("2024-11-11", "2024-11-22"),
        ("2019", "2021-03"),
    ]
).map(lambda d: DateSpan.parse(start=d[0], end=d[1]) if d else None)
numbers = st.one_of(st.floats(0, 1), st.sampled_from([0.0, 1.0, 0.9999, 0.0005, 1 / 3]))


@st.composite
def documents(draw):
    source = Source(
        "doc",
        draw(text),
        draw(text),
        draw(st.sampled_from(["en", "az", "ru", "und", "hy", "fa"])),
        "sha256:0",
        url=draw(st.sampled_from([None, "https://example.org/a?b=1&c=%20"])),
        urls=draw(st.lists(st.sampled_from(["https://e.org/1", "https://e.org/é"]), max_size=2)),
        outlet=draw(st.sampled_from([None, "Outlet", "JAMnews / Ռադիո"])),
        published=draw(st.sampled_from([None, dt.date(2020, 1, 2), dt.date(999, 12, 31)])),
        author=draw(st.sampled_from([None, "A. Author", ""])),
    )
    start = draw(st.integers(0, 10_000))
    evidence = tuple(
        Evidence(
            draw(st.sampled_from(["doc", "other"])),
            draw(text),
            start,
            start + k,
            "x",
            "0.1",
            draw(numbers),
        )
        for k in range(draw(st.integers(0, 2)))
    )
    events = tuple(
        Event(
            draw(st.sampled_from(["Attack", "Meeting", "Agreement"])),
            draw(text),
            evidence,
            draw(spans),
            actors=tuple(draw(st.lists(slugs, max_size=2))),
            targets=tuple(draw(st.lists(slugs, max_size=2))),
            participants=tuple(draw(st.lists(slugs, max_size=2))),
            place=draw(st.sampled_from([None, "georgia"])),
            status=draw(st.sampled_from(list(Status))),
            slug=f"e{i % 2}",  # two events may share a slug: a merged event
        )
        for i in range(draw(st.integers(0, 3)))
    )
    claims = tuple(
        Claim(
            draw(slugs),
            tuple(draw(st.lists(slugs, max_size=2))),
            draw(text),
            draw(st.sampled_from(["en", "", "hy"])),
            evidence,
            said_in=draw(st.sampled_from([None, "a speech", ""])),
            date=draw(spans),
            slug=f"c{i}",
        )
        for i in range(draw(st.integers(0, 2)))
    )
    return Facts(source, events, claims, mentions=tuple(draw(st.lists(slugs, max_size=3))))


@settings(max_examples=150, deadline=None)
@given(document=documents())
def test_tricky_documents_give_the_rdflib_graph(document):
    assert_same(document, GRAPH)


def test_a_bad_url_is_refused_as_rdflib_conversion_refuses_it():
    source = Source("doc", "t", "t", "en", "sha256:0", url="https://example.org/a b")
    with pytest.raises(InputError):
        facts_quads(Facts(source), GRAPH)
    with pytest.raises(InputError):
        through_rdflib(Facts(source), GRAPH)


def test_document_quads_are_the_document_graph(dictionary):
    path = source_files(SOURCES)[0]
    facts = document_facts(path, dictionary)
    graph = ox.NamedNode(str(source_graph(facts.source.slug)))
    expected = {
        ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph)  # type: ignore[arg-type]
        for s, p, o in document_graph(facts, "sha256:print")
    }
    assert set(document_quads(facts, "sha256:print")) == expected
