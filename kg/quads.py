"""Map one document's facts straight to pyoxigraph quads, without building an rdflib graph.

A fresh build writes millions of quads; going through :func:`kg.triples.facts_graph` and then
converting every rdflib term costs several times what making the pyoxigraph terms directly
does. The quads are the ones :func:`kg.triples.facts_graph` gives, term for term, placed in one
named graph (``tests/test_quads.py`` checks this on every bundled document). Events and claims
only: the ontology and dictionary graphs are small and still go through rdflib.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import pyoxigraph as ox

from kg.dates import DateSpan, PartialDate, Precision
from kg.model import Claim, Event, Evidence, Facts, Source
from kg.namespaces import CKG, DCTERMS, ID, PROV, RDF, RDFS, SCHEMA, XSD
from kg.ontology import event_types
from kg.rdfterms import check_iri
from kg.slugs import slugify
from kg.triples import decimal

Emit = Callable[[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal], None]


@lru_cache(maxsize=1 << 16)
def named(iri: str) -> ox.NamedNode:
    """The node for an IRI (checked as :func:`kg.rdfterms.to_oxigraph` checks it), cached."""
    return ox.NamedNode(check_iri(iri))


def _ckg(name: str) -> ox.NamedNode:
    return named(str(CKG) + name)


_TYPE = named(str(RDF.type))
_LABEL = named(str(RDFS.label))
_DERIVED = named(str(PROV.wasDerivedFrom))
_XSD_DATE = named(str(XSD.date))
_XSD_INTEGER = named(str(XSD.integer))
_XSD_DECIMAL = named(str(XSD.decimal))
_DATE_TYPES = {
    Precision.DAY: _XSD_DATE,
    Precision.MONTH: named(str(XSD.gYearMonth)),
    Precision.YEAR: named(str(XSD.gYear)),
}
_ROLES = (
    ("actors", _ckg("actor")),
    ("targets", _ckg("target")),
    ("participants", _ckg("participant")),
)


def _entity(slug: str) -> ox.NamedNode:
    return named(f"{ID}entity/{slug}")


def _source(slug: str) -> ox.NamedNode:
    return named(f"{ID}source/{slug}")


def _text(value: str, language: str | None = None) -> ox.Literal:
    """A plain or language-tagged literal, as rdflib's ``Literal(value, lang=...)`` maps."""
    return ox.Literal(value, language=language) if language else ox.Literal(value)


def _partial(date: PartialDate) -> ox.Literal:
    return ox.Literal(date.iso(), datatype=_DATE_TYPES[date.precision])


def _date(emit: Emit, node: ox.NamedNode, date: DateSpan) -> None:
    if date.end is None:
        emit(node, _ckg("date"), _partial(date.start))
    else:
        emit(node, _ckg("startDate"), _partial(date.start))
        emit(node, _ckg("endDate"), _partial(date.end))
    emit(node, _ckg("datePrecision"), _ckg(f"{date.precision.value}Precision"))
    emit(node, _ckg("earliestDate"), ox.Literal(date.earliest.isoformat(), datatype=_XSD_DATE))
    emit(node, _ckg("latestDate"), ox.Literal(date.latest.isoformat(), datatype=_XSD_DATE))


@lru_cache(maxsize=1 << 12)
def _decimal(value: float) -> ox.Literal:
    """The literal of :func:`kg.triples.decimal`; scores repeat, so it is made once per value."""
    return ox.Literal(str(decimal(value)), datatype=_XSD_DECIMAL)


def _evidence(emit: Emit, node: ox.NamedNode, evidence: Evidence) -> None:
    found = named(f"{ID}evidence/{evidence.source}-{evidence.start}-{evidence.end}")
    emit(node, _DERIVED, _source(evidence.source))
    emit(node, _ckg("evidence"), found)
    emit(found, _TYPE, _ckg("Evidence"))
    emit(found, _DERIVED, _source(evidence.source))
    emit(found, _ckg("quote"), ox.Literal(evidence.quote))
    emit(found, _ckg("startOffset"), ox.Literal(str(evidence.start), datatype=_XSD_INTEGER))
    emit(found, _ckg("endOffset"), ox.Literal(str(evidence.end), datatype=_XSD_INTEGER))
    emit(found, _ckg("extractor"), ox.Literal(evidence.extractor))
    emit(found, _ckg("extractorVersion"), ox.Literal(evidence.extractor_version))
    emit(found, _ckg("confidence"), _decimal(evidence.confidence))


def _event(emit: Emit, event: Event) -> None:
    node = named(f"{ID}event/{event.slug}")
    kind = event_types()[event.type]
    emit(node, _TYPE, named(str(kind.iri)))
    emit(node, _LABEL, ox.Literal(event.label, language="en"))
    for attribute, role in _ROLES:
        for slug in getattr(event, attribute):
            emit(node, role, _entity(slug))
    if event.place:
        emit(node, _ckg("place"), _entity(event.place))
    if event.date:
        _date(emit, node, event.date)
    emit(node, _ckg("status"), _ckg(event.status.value))
    emit(node, _ckg("goldstein"), _decimal(kind.goldstein))
    for evidence in event.evidence:
        _evidence(emit, node, evidence)


def _claim(emit: Emit, claim: Claim) -> None:
    if not claim.slug:
        raise ValueError("a claim needs a slug before it becomes RDF")
    node = named(f"{ID}claim/{claim.slug}")
    emit(node, _TYPE, _ckg("Claim"))
    short = claim.text if len(claim.text) <= 80 else claim.text[:77] + "..."
    emit(node, _LABEL, ox.Literal(f"Claim by {claim.claimant}: {short}", language="en"))
    emit(node, _ckg("claimant"), _entity(claim.claimant))
    for slug in claim.about:
        emit(node, _ckg("about"), _entity(slug))
    emit(node, _ckg("claimText"), _text(claim.text, claim.language))
    if claim.said_in:
        emit(node, _ckg("saidIn"), ox.Literal(claim.said_in))
    if claim.date:
        _date(emit, node, claim.date)
    for evidence in claim.evidence:
        _evidence(emit, node, evidence)


def _source_document(emit: Emit, source: Source) -> ox.NamedNode:
    node = _source(source.slug)
    lang = source.language if source.language != "und" else None
    emit(node, _TYPE, _ckg("SourceDocument"))
    emit(node, named(str(DCTERMS.title)), _text(source.title, lang))
    emit(node, _LABEL, _text(source.title, lang))
    emit(node, named(str(DCTERMS.language)), ox.Literal(source.language))
    emit(node, _ckg("contentHash"), ox.Literal(source.content_hash))
    emit(node, _ckg("text"), ox.Literal(source.text))
    if source.url:
        emit(node, named(str(SCHEMA.url)), named(source.url))
    for url in source.urls:
        emit(node, _ckg("citedUrl"), named(url))
    if source.published:
        emit(
            node,
            named(str(DCTERMS.issued)),
            ox.Literal(source.published.isoformat(), datatype=_XSD_DATE),
        )
    if source.author:
        emit(node, named(str(DCTERMS.creator)), ox.Literal(source.author))
    if source.outlet:
        outlet = named(f"{ID}outlet/{slugify(source.outlet)}")
        emit(outlet, _TYPE, _ckg("Outlet"))
        emit(outlet, _LABEL, ox.Literal(source.outlet))
        emit(node, named(str(DCTERMS.publisher)), outlet)
    return node


def facts_quads(facts: Facts, graph: ox.NamedNode) -> list[ox.Quad]:
    """The quads of :func:`kg.triples.facts_graph` in named graph ``graph``, each once.

    >>> from kg.model import Source
    >>> source = Source("doc", "Text.", "Title", "en", "sha256:0")
    >>> quads = facts_quads(Facts(source), ox.NamedNode("https://e.org/g"))
    >>> len(quads), quads[0].object
    (6, <NamedNode value=https://w3id.org/caucasus-kg/ontology#SourceDocument>)
    """
    found: dict[ox.Quad, None] = {}

    def emit(s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        found[ox.Quad(s, p, o, graph)] = None

    node = _source_document(emit, facts.source)
    mentions = named(str(SCHEMA.mentions))
    for slug in facts.mentions:
        emit(node, mentions, _entity(slug))
    for event in facts.events:
        _event(emit, event)
    for claim in facts.claims:
        _claim(emit, claim)
    return list(found)
