"""Convert RDF terms between rdflib, pyoxigraph and SPARQL text."""

from __future__ import annotations

import re
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import InputError

Term = URIRef | BNode | Literal
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def check_iri(iri: str) -> str:
    """Refuse IRIs that could break out of ``<...>`` in SPARQL or N-Triples.

    >>> check_iri("https://example.org/a b")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: 'https://example.org/a b' is not a valid IRI (spaces, quotes or brackets)
    """
    if not iri or _BAD_IRI.search(iri):
        raise InputError(f"{iri!r} is not a valid IRI (spaces, quotes or brackets)")
    return iri


def to_sparql(term: Node) -> str:
    """A term as SPARQL/N-Triples text; literals escaped so no content can end the string.

    >>> to_sparql(Literal('say "hi"\\n'))
    '"say \\\\"hi\\\\"\\\\n"'
    """
    if isinstance(term, URIRef):
        return f"<{check_iri(str(term))}>"
    if isinstance(term, BNode):
        return f"_:b{re.sub(r'[^A-Za-z0-9]', '', str(term))}"
    if isinstance(term, Literal):
        text = f'"{str(term).translate(_ESCAPES)}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype:
            return f"{text}^^<{check_iri(str(term.datatype))}>"
        return text
    raise TypeError(f"not an RDF term: {term!r}")


def from_oxigraph(term: object) -> Term | None:
    """A pyoxigraph term as the equivalent rdflib term."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unsupported term {term!r}")


@lru_cache(maxsize=1 << 16)
def _named_node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(check_iri(iri))


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as the equivalent pyoxigraph term, without going through text.

    >>> to_oxigraph(Literal("Bakı", lang="az"))
    <Literal value=Bakı language=az>
    """
    if isinstance(term, URIRef):
        return _named_node(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=_named_node(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(f"b{re.sub(r'[^A-Za-z0-9]', '', str(term))}")
    raise TypeError(f"not an RDF term: {term!r}")
