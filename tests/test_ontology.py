"""The vocabulary is a public API: documented terms, sane codes, classes the data uses."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.namespaces import CKG
from kg.ontology import entity_types, event_types, ontology_graph, shapes_graph

GRAPH = ontology_graph()
TERMS = sorted(
    {
        s
        for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
        for s in GRAPH.subjects(RDF.type, t)
        if isinstance(s, URIRef) and s.startswith(str(CKG))
    }
)


def test_the_ontology_declares_its_iri_and_version():
    ontology = URIRef("https://w3id.org/caucasus-kg/ontology")
    assert (ontology, RDF.type, OWL.Ontology) in GRAPH
    assert GRAPH.value(ontology, OWL.versionInfo) is not None


@pytest.mark.parametrize("term", TERMS, ids=[t.removeprefix(str(CKG)) for t in TERMS])
def test_every_term_has_an_english_label_and_comment(term):
    for predicate in (RDFS.label, RDFS.comment):
        values = [v for v in GRAPH.objects(term, predicate) if isinstance(v, Literal)]
        assert any(v.language == "en" and str(v).strip() for v in values), predicate


def test_event_hierarchy_is_rich_and_coded():
    types = event_types()
    for name in (
        "MilitaryExercise",
        "Attack",
        "ArmedConflict",
        "Agreement",
        "EstablishmentOfBody",
        "Meeting",
        "Statement",
        "Sanction",
    ):
        assert name in types
    for kind in types.values():
        assert -10.0 <= kind.goldstein <= 10.0, kind.name
    assert types["Attack"].goldstein < 0 < types["Agreement"].goldstein
    assert sum(1 for t in types.values() if t.cameo) >= 20


def test_entity_classes_cover_places_and_actors():
    names = set(entity_types())
    assert {
        "Country",
        "DeFactoState",
        "Region",
        "City",
        "Organisation",
        "ArmedForces",
        "GovernmentBody",
        "InternationalOrganisation",
        "Person",
    } <= names


def test_alignment_with_standard_vocabularies():
    sem = "http://semanticweb.cs.vu.nl/2009/11/sem/"
    assert (CKG.Event, RDFS.subClassOf, URIRef(sem + "Event")) in GRAPH
    assert (CKG.actor, RDFS.subPropertyOf, URIRef(sem + "hasActor")) in GRAPH


def test_shapes_parse_and_are_documented():
    shapes = shapes_graph()
    sh = "http://www.w3.org/ns/shacl#"
    node_shapes = set(shapes.subjects(RDF.type, URIRef(sh + "NodeShape")))
    assert len(node_shapes) >= 5
    for shape in node_shapes:
        assert shapes.value(shape, RDFS.label) is not None
