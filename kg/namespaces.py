"""IRIs of the vocabulary, the instances and the named graphs, and the prefixes users see."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

BASE = "https://w3id.org/caucasus-kg/"
CKG = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")

ONTOLOGY_GRAPH = URIRef(GRAPH + "ontology")
DICTIONARY_GRAPH = URIRef(GRAPH + "dictionary")
SOURCE_GRAPH_PREFIX = GRAPH + "source/"
INDEX_GRAPH = URIRef(GRAPH + "index")

PREFIXES: dict[str, str] = {
    "ckg": str(CKG),
    "ckgid": str(ID),
    "entity": str(ID) + "entity/",
    "event": str(ID) + "event/",
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "sem": str(SEM),
    "schema": str(SCHEMA),
    "wd": str(WD),
}

__all__ = [
    "BASE",
    "CKG",
    "DCTERMS",
    "DICTIONARY_GRAPH",
    "GRAPH",
    "ID",
    "INDEX_GRAPH",
    "ONTOLOGY_GRAPH",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SEM",
    "SKOS",
    "SOURCE_GRAPH_PREFIX",
    "WD",
    "XSD",
    "entity_iri",
    "source_graph",
    "source_iri",
]


def entity_iri(slug: str) -> URIRef:
    """IRI of a dictionary entity.

    >>> str(entity_iri("azerbaijan"))
    'https://w3id.org/caucasus-kg/id/entity/azerbaijan'
    """
    return URIRef(f"{ID}entity/{slug}")


def source_iri(slug: str) -> URIRef:
    """IRI of a source document."""
    return URIRef(f"{ID}source/{slug}")


def source_graph(slug: str) -> URIRef:
    """Name of the graph that holds everything one source document contributes."""
    return URIRef(SOURCE_GRAPH_PREFIX + slug)
