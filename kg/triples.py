"""Map the fact model to RDF under the ontology in ``ontology/``."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.dates import DateSpan
from kg.model import Claim, Entity, Event, Evidence, Facts, Source
from kg.namespaces import (
    CKG,
    DCTERMS,
    ID,
    OWL,
    PREFIXES,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    WD,
    entity_iri,
    source_iri,
)
from kg.ontology import event_types
from kg.slugs import slugify


def decimal(value: float) -> Literal:
    """An xsd:decimal in canonical form (as stores write it back), to three places.

    >>> str(decimal(-9.0)), str(decimal(0.905)), str(decimal(10))
    ('-9', '0.905', '10')
    """
    text = format(Decimal(str(round(value, 3))).normalize(), "f")
    return Literal(text, datatype=XSD.decimal)


def new_graph() -> Graph:
    """An empty graph with the project's prefixes bound, for readable Turtle."""
    graph = Graph()
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True)
    return graph


def _date_triples(graph: Graph, node: URIRef, date: DateSpan) -> None:
    if date.end is None:
        graph.add((node, CKG.date, date.start.literal()))
    else:
        graph.add((node, CKG.startDate, date.start.literal()))
        graph.add((node, CKG.endDate, date.end.literal()))
    graph.add((node, CKG.datePrecision, CKG[f"{date.precision.value}Precision"]))
    graph.add((node, CKG.earliestDate, Literal(date.earliest, datatype=XSD.date)))
    graph.add((node, CKG.latestDate, Literal(date.latest, datatype=XSD.date)))


def _evidence(graph: Graph, evidence: Evidence) -> URIRef:
    node = URIRef(f"{ID}evidence/{evidence.source}-{evidence.start}-{evidence.end}")
    graph.add((node, RDF.type, CKG.Evidence))
    graph.add((node, PROV.wasDerivedFrom, source_iri(evidence.source)))
    graph.add((node, CKG.quote, Literal(evidence.quote)))
    graph.add((node, CKG.startOffset, Literal(evidence.start)))
    graph.add((node, CKG.endOffset, Literal(evidence.end)))
    graph.add((node, CKG.extractor, Literal(evidence.extractor)))
    graph.add((node, CKG.extractorVersion, Literal(evidence.extractor_version)))
    graph.add(
        (
            node,
            CKG.confidence,
            decimal(evidence.confidence),
        )
    )
    return node


def event_iri(event: Event) -> URIRef:
    return URIRef(f"{ID}event/{event.slug}")


def add_event(graph: Graph, event: Event) -> URIRef:
    """Triples of one event, its roles, date, status and evidence."""
    node = event_iri(event)
    kind = event_types()[event.type]
    graph.add((node, RDF.type, kind.iri))
    graph.add((node, RDFS.label, Literal(event.label, lang="en")))
    for prop, slugs in (
        (CKG.actor, event.actors),
        (CKG.target, event.targets),
        (CKG.participant, event.participants),
    ):
        for slug in slugs:
            graph.add((node, prop, entity_iri(slug)))
    if event.place:
        graph.add((node, CKG.place, entity_iri(event.place)))
    if event.date:
        _date_triples(graph, node, event.date)
    graph.add((node, CKG.status, CKG[event.status.value]))
    graph.add((node, CKG.goldstein, decimal(kind.goldstein)))
    for evidence in event.evidence:
        graph.add((node, PROV.wasDerivedFrom, source_iri(evidence.source)))
        graph.add((node, CKG.evidence, _evidence(graph, evidence)))
    return node


def add_claim(graph: Graph, claim: Claim) -> URIRef:
    """Triples of one claim: claimant, what it is about, the words, and evidence."""
    if not claim.slug:
        raise ValueError("a claim needs a slug before it becomes RDF")
    node = URIRef(f"{ID}claim/{claim.slug}")
    graph.add((node, RDF.type, CKG.Claim))
    short = claim.text if len(claim.text) <= 80 else claim.text[:77] + "..."
    graph.add((node, RDFS.label, Literal(f"Claim by {claim.claimant}: {short}", lang="en")))
    graph.add((node, CKG.claimant, entity_iri(claim.claimant)))
    for slug in claim.about:
        graph.add((node, CKG.about, entity_iri(slug)))
    graph.add((node, CKG.claimText, Literal(claim.text, lang=claim.language or None)))
    if claim.said_in:
        graph.add((node, CKG.saidIn, Literal(claim.said_in)))
    if claim.date:
        _date_triples(graph, node, claim.date)
    for evidence in claim.evidence:
        graph.add((node, PROV.wasDerivedFrom, source_iri(evidence.source)))
        graph.add((node, CKG.evidence, _evidence(graph, evidence)))
    return node


def add_source(graph: Graph, source: Source) -> URIRef:
    """Triples describing the document itself, its outlet and its text."""
    node = source_iri(source.slug)
    graph.add((node, RDF.type, CKG.SourceDocument))
    lang = source.language if source.language != "und" else None
    graph.add((node, DCTERMS.title, Literal(source.title, lang=lang)))
    graph.add((node, RDFS.label, Literal(source.title, lang=lang)))
    graph.add((node, DCTERMS.language, Literal(source.language)))
    graph.add((node, CKG.contentHash, Literal(source.content_hash)))
    graph.add((node, CKG.text, Literal(source.text)))
    if source.url:
        graph.add((node, SCHEMA.url, URIRef(source.url)))
    for url in source.urls:
        graph.add((node, CKG.citedUrl, URIRef(url)))
    if source.published:
        graph.add((node, DCTERMS.issued, Literal(source.published, datatype=XSD.date)))
    if source.author:
        graph.add((node, DCTERMS.creator, Literal(source.author)))
    if source.outlet:
        outlet = URIRef(f"{ID}outlet/{slugify(source.outlet)}")
        graph.add((outlet, RDF.type, CKG.Outlet))
        graph.add((outlet, RDFS.label, Literal(source.outlet)))
        graph.add((node, DCTERMS.publisher, outlet))
    return node


def facts_graph(facts: Facts) -> Graph:
    """Everything one document contributes: the graph stored under its name."""
    graph = new_graph()
    node = add_source(graph, facts.source)
    for slug in facts.mentions:
        graph.add((node, SCHEMA.mentions, entity_iri(slug)))
    for event in facts.events:
        add_event(graph, event)
    for claim in facts.claims:
        add_claim(graph, claim)
    return graph


def add_entity(graph: Graph, entity: Entity) -> URIRef:
    """Triples of one dictionary entity: type, names in every language, links, roles."""
    node = entity_iri(entity.slug)
    kind = CKG[entity.type]
    graph.add((node, RDF.type, kind))
    graph.add((node, RDFS.label, Literal(entity.label, lang="en")))
    graph.add((node, SKOS.prefLabel, Literal(entity.label, lang="en")))
    graph.add((node, SKOS.definition, Literal(entity.definition, lang="en")))
    for lang, text in entity.labels.items():
        graph.add((node, SKOS.prefLabel, Literal(text, lang=lang)))
    for lang, texts in entity.aliases.items():
        for text in texts:
            graph.add((node, SKOS.altLabel, Literal(text, lang=lang)))
    for lang, texts in entity.demonyms.items():
        for text in texts:
            graph.add((node, CKG.demonym, Literal(text, lang=lang)))
    for lang, texts in entity.metonyms.items():
        for text in texts:
            graph.add((node, SKOS.hiddenLabel, Literal(text, lang=lang)))
    if entity.wikidata:
        graph.add((node, OWL.sameAs, WD[entity.wikidata]))
    if entity.metonym_for:
        graph.add((node, CKG.metonymFor, entity_iri(entity.metonym_for)))
    if entity.part_of:
        graph.add((node, CKG.partOf, entity_iri(entity.part_of)))
    if entity.date:
        _date_triples(graph, node, entity.date)
    for slug in entity.participants:
        graph.add((node, CKG.participant, entity_iri(slug)))
    for role in entity.roles:
        start = role.start.iso() if role.start else "undated"
        tenure = URIRef(f"{node}/role/{slugify(role.title)}-{start}")
        graph.add((node, CKG.holdsRole, tenure))
        graph.add((tenure, RDF.type, CKG.RoleTenure))
        graph.add((tenure, RDFS.label, Literal(role.title, lang="en")))
        graph.add((tenure, CKG.roleType, CKG[role.role_type]))
        if role.of:
            graph.add((tenure, CKG.roleOf, entity_iri(role.of)))
        if role.start:
            graph.add((tenure, CKG.startDate, role.start.literal()))
        if role.end:
            graph.add((tenure, CKG.endDate, role.end.literal()))
    return node


def dictionary_graph(entities: Iterable[Entity]) -> Graph:
    """The entity dictionary as RDF."""
    graph = new_graph()
    for entity in entities:
        add_entity(graph, entity)
    return graph
