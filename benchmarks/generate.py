"""Synthetic but realistic event graphs for the store scale benchmark, streamed as N-Quads.

The data has the shape :mod:`kg.triples` writes (see the design contract): one named graph per
source document of about 50 events, each event with its class, English label, actors, targets
and participants drawn from about 400 entities with skewed (Zipf-like) popularity, a place,
a date between 1990 and 2026 at day, month or year precision with its earliest/latest bounds,
a status, the class's Goldstein value, provenance and an evidence node quoting the document.
The index graph (dyad links, merge keys and counters) comes last, computed by :mod:`kg.index` from
the generated events, as a fresh ``kg build`` writes it.
Documents are in English, Russian, Azerbaijani, Armenian, Georgian or Persian; the dictionary
graph names every entity in those six languages and scripts. The ontology graph is the
project's own ``ontology.ttl``, so ``a/rdfs:subClassOf*`` paths work as in a real build.

Every event slot is a pure function of ``(seed, document, slot)``; about one event in ten
re-reports an event of one of the 20 previous documents (same IRI, new evidence), as happens
when several outlets cover the same meeting. Memory stays bounded whatever the size.

Usage::

    python benchmarks/generate.py --events 100000 --out /tmp/events.nq
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.index.compute import index_triples  # noqa: E402
from kg.index.state import StateReader, label_value  # noqa: E402
from kg.namespaces import (  # noqa: E402
    CKG,
    DICTIONARY_GRAPH,
    ID,
    INDEX_GRAPH,
    ONTOLOGY_GRAPH,
    SOURCE_GRAPH_PREFIX,
)
from kg.ontology import event_types, ontology_dir  # noqa: E402
from kg.triples import decimal  # noqa: E402

EVENTS_PER_DOCUMENT = 50
ENTITIES = 400
PLACES = 120
REPORT_SHARE = 0.1
REPORT_WINDOW = 20
VERSION = "0.1.0"
FIRST_DAY = dt.date(1990, 1, 1)
LAST_DAY = dt.date(2026, 12, 31)
LANGUAGES = ("en", "ru", "az", "hy", "ka", "fa")
LANGUAGE_WEIGHTS = (50, 20, 15, 6, 5, 4)
STATUSES = ("Occurred",) * 18 + ("Planned", "Negated")
PLACE_TYPES = ("Country", "City", "Region", "City", "NaturalFeature", "Infrastructure")
ACTOR_TYPES = ("Person", "Person", "GovernmentBody", "ArmedForces", "Organisation", "Company")

RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
SUBCLASS = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"
PREF = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
DEFINITION = "<http://www.w3.org/2004/02/skos/core#definition>"
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
TITLE = "<http://purl.org/dc/terms/title>"
LANGUAGE = "<http://purl.org/dc/terms/language>"
ISSUED = "<http://purl.org/dc/terms/issued>"
PUBLISHER = "<http://purl.org/dc/terms/publisher>"
URL = "<https://schema.org/url>"
XSD = "http://www.w3.org/2001/XMLSchema#"

# Letters standing in for a-z in each script, so every entity has a name in each of them.
_SCRIPTS = {
    "ru": "абцдефгхийклмнопкрстуввксиз",
    "az": "abcdəfğhıjklmnöpqrştüvwxyz",
    "hy": "աբցդեֆգհիյկլմնոպքրստուվւխյզ",
    "ka": "აბცდეფგჰიჯკლმნოპქრსტუვწხყზ",
    "fa": "ابثدهفگحیجکلمنوپقرستووخیز",
}
_SYLLABLES = ("ar", "ba", "ka", "ri", "ta", "ne", "zor", "sha", "li", "van", "go", "mi", "da")
_VERBS = {
    "en": ("met with", "accused", "signed a deal with", "warned", "hosted", "attacked"),
}


def _transliterate(text: str, lang: str) -> str:
    letters = _SCRIPTS[lang]
    return "".join(
        letters[(ord(c) - 97) % len(letters)] if "a" <= c <= "z" else c for c in text.lower()
    )


def _words(rng: random.Random, lang: str, count: int) -> str:
    words = ("".join(rng.choices(_SYLLABLES, k=rng.randint(1, 3))) for _ in range(count))
    text = " ".join(words)
    return text if lang == "en" else _transliterate(text, lang)


@dataclass(frozen=True)
class SyntheticEntity:
    """A dictionary entry: a place or an actor with names in six scripts."""

    slug: str
    type: str
    label: str

    @property
    def iri(self) -> str:
        return f"<{ID}entity/{self.slug}>"


@cache
def entities() -> tuple[SyntheticEntity, ...]:
    """The first ``PLACES`` entities are places (countries first), the rest actors."""
    rng = random.Random(7)
    found = []
    for i in range(ENTITIES):
        kind = PLACE_TYPES[i % len(PLACE_TYPES)] if i < PLACES else ACTOR_TYPES[i % 6]
        if i < 30:
            kind = "Country"
        name = "".join(rng.choices(_SYLLABLES, k=rng.randint(2, 4))).capitalize()
        if kind == "Person":
            name += " " + "".join(rng.choices(_SYLLABLES, k=3)).capitalize() + "ov"
        found.append(SyntheticEntity(f"{name.lower().replace(' ', '-')}-{i}", kind, name))
    return tuple(found)


@cache
def _weights() -> tuple[list[float], list[float]]:
    """Cumulative Zipf-like popularity of actors (every entity) and of places."""

    def cumulative(n: int) -> list[float]:
        total, out = 0.0, []
        for rank in range(1, n + 1):
            total += 1.0 / rank**1.1
            out.append(total)
        return out

    return cumulative(ENTITIES), cumulative(PLACES)


@cache
def _types() -> tuple[list[str], list[float], dict[str, str]]:
    """Event class names, cumulative frequency (common classes first) and Goldstein text."""
    kinds = sorted(event_types().values(), key=lambda k: k.name)
    rng = random.Random(11)
    rng.shuffle(kinds)
    names = [k.name for k in kinds]
    total, cumulative = 0.0, []
    for rank in range(1, len(names) + 1):
        total += 1.0 / rank**0.8
        cumulative.append(total)
    goldstein = {k.name: str(decimal(k.goldstein)) for k in kinds}
    return names, cumulative, goldstein


def _kebab(name: str) -> str:
    return "".join("-" + c.lower() if c.isupper() else c for c in name).lstrip("-")


@dataclass(frozen=True)
class EventRecord:
    """One reported event, as a document states it (its slug is shared by re-reports)."""

    slug: str
    type: str
    label: str
    date: str
    precision: str
    earliest: dt.date
    latest: dt.date
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    participants: tuple[str, ...]
    place: str | None
    status: str


def _date(rng: random.Random) -> tuple[str, str, dt.date, dt.date]:
    """A date skewed to recent years, at day (75 %), month (18 %) or year (7 %) precision."""
    span = (LAST_DAY - FIRST_DAY).days
    day = FIRST_DAY + dt.timedelta(days=int(rng.triangular(0, span, span)))
    roll = rng.random()
    if roll < 0.75:
        return day.isoformat(), "Day", day, day
    if roll < 0.93:
        first = day.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first.isoformat()[:7], "Month", first, following - dt.timedelta(days=1)
    return str(day.year), "Year", dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)


def _pick(rng: random.Random, count: int, *, places: bool = False) -> list[str]:
    everyone, where = _weights()
    pool = entities()[:PLACES] if places else entities()
    chosen = rng.choices(pool, cum_weights=where if places else everyone, k=count)
    return [e.slug for e in chosen]


def fresh_event(seed: int, document: int, slot: int) -> EventRecord:
    """The event first reported in ``slot`` of ``document``: a pure function of its position."""
    rng = random.Random((seed * 1_000_003 + document) * 64 + slot)
    names, cumulative, _ = _types()
    kind = rng.choices(names, cum_weights=cumulative)[0]
    text, precision, earliest, latest = _date(rng)
    people = list(dict.fromkeys(_pick(rng, 4)))
    actors = tuple(people[:1])
    targets = tuple(people[1:2]) if rng.random() < 0.7 else ()
    participants = tuple(people[2 : 2 + rng.randint(0, 2)]) if rng.random() < 0.3 else ()
    place = _pick(rng, 1, places=True)[0] if rng.random() < 0.8 else None
    slug = f"{text}-{_kebab(kind)}-{actors[0]}-{document:06d}-{slot:02d}"
    label = f"{kind} by {actors[0]}" + (f" against {targets[0]}" if targets else "")
    status = rng.choice(STATUSES)
    return EventRecord(
        slug, kind, label, text, precision, earliest, latest, actors, targets, participants,
        place, status,
    )  # fmt: skip


def event_at(seed: int, document: int, slot: int) -> EventRecord:
    """The event in ``slot`` of ``document``: fresh, or a re-report of a recent document's."""
    rng = random.Random(((seed * 1_000_003 + document) * 64 + slot) ^ 0x5EED)
    if document > 0 and rng.random() < REPORT_SHARE:
        earlier = document - rng.randint(1, min(document, REPORT_WINDOW))
        original = fresh_event(seed, earlier, rng.randrange(EVENTS_PER_DOCUMENT))
        return original
    return fresh_event(seed, document, slot)


@dataclass(frozen=True)
class Document:
    """One synthetic source document with its events and the sentence quoting each."""

    slug: str
    language: str
    title: str
    published: dt.date
    events: tuple[EventRecord, ...]
    quotes: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.quotes)

    def offsets(self) -> Iterator[tuple[int, int]]:
        at = 0
        for quote in self.quotes:
            yield at, at + len(quote)
            at += len(quote) + 1


def document_at(seed: int, index: int, size: int = EVENTS_PER_DOCUMENT) -> Document:
    """Document ``index``: language, title, date and its ``size`` events."""
    rng = random.Random(seed * 7_919 + index)
    lang = rng.choices(LANGUAGES, weights=LANGUAGE_WEIGHTS)[0]
    events = tuple(event_at(seed, index, slot) for slot in range(size))
    published = max(e.latest for e in events)
    quotes = tuple(f"{_words(rng, lang, 4)} {e.slug[:10]} {_words(rng, lang, 8)}." for e in events)
    title = _words(rng, lang, 6).capitalize()
    return Document(f"synthetic-{index:07d}", lang, title, published, events, quotes)


def _lit(text: str, *, lang: str | None = None, datatype: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    if lang:
        return f'"{escaped}"@{lang}'
    if datatype:
        return f'"{escaped}"^^<{datatype}>'
    return f'"{escaped}"'


def _date_literal(record: EventRecord) -> str:
    datatype = {"Day": "date", "Month": "gYearMonth", "Year": "gYear"}[record.precision]
    return _lit(record.date, datatype=XSD + datatype)


def event_lines(
    record: EventRecord, doc: Document, quote: str, span: tuple[int, int], g: str
) -> list[str]:
    """N-Quads of one event and its evidence node, in the shape kg.triples writes."""
    node = f"<{ID}event/{record.slug}>"
    source = f"<{ID}source/{doc.slug}>"
    evidence = f"<{ID}evidence/{doc.slug}-{span[0]}-{span[1]}>"
    ckg = str(CKG)
    _, _, goldstein = _types()
    lines = [
        f"{node} {RDF_TYPE} <{ckg}{record.type}> {g} .",
        f"{node} {LABEL} {_lit(record.label, lang='en')} {g} .",
    ]
    for prop, slugs in (
        ("actor", record.actors),
        ("target", record.targets),
        ("participant", record.participants),
    ):
        lines += [f"{node} <{ckg}{prop}> <{ID}entity/{s}> {g} ." for s in slugs]
    if record.place:
        lines.append(f"{node} <{ckg}place> <{ID}entity/{record.place}> {g} .")
    lines += [
        f"{node} <{ckg}date> {_date_literal(record)} {g} .",
        f"{node} <{ckg}datePrecision> <{ckg}{record.precision}Precision> {g} .",
        f"{node} <{ckg}earliestDate> {_lit(record.earliest.isoformat(), datatype=XSD + 'date')} {g} .",  # noqa: E501
        f"{node} <{ckg}latestDate> {_lit(record.latest.isoformat(), datatype=XSD + 'date')} {g} .",
        f"{node} <{ckg}status> <{ckg}{record.status}> {g} .",
        f"{node} <{ckg}goldstein> {_lit(goldstein[record.type], datatype=XSD + 'decimal')} {g} .",
        f"{node} {DERIVED} {source} {g} .",
        f"{node} <{ckg}evidence> {evidence} {g} .",
        f"{evidence} {RDF_TYPE} <{ckg}Evidence> {g} .",
        f"{evidence} {DERIVED} {source} {g} .",
        f"{evidence} <{ckg}quote> {_lit(quote)} {g} .",
        f"{evidence} <{ckg}startOffset> {_lit(str(span[0]), datatype=XSD + 'integer')} {g} .",
        f"{evidence} <{ckg}endOffset> {_lit(str(span[1]), datatype=XSD + 'integer')} {g} .",
        f"{evidence} <{ckg}extractor> {_lit('kg-rules')} {g} .",
        f"{evidence} <{ckg}extractorVersion> {_lit(VERSION)} {g} .",
        f"{evidence} <{ckg}confidence> {_lit('0.8', datatype=XSD + 'decimal')} {g} .",
    ]
    return lines


def document_lines(doc: Document) -> list[str]:
    """N-Quads of one document's named graph: the source node, then every event."""
    g = f"<{SOURCE_GRAPH_PREFIX}{doc.slug}>"
    source = f"<{ID}source/{doc.slug}>"
    outlet = f"<{ID}outlet/synthetic-outlet-{int(doc.slug[-3:]) % 40}>"
    digest = hashlib.sha256(doc.text.encode()).hexdigest()
    lines = [
        f"{source} {RDF_TYPE} <{CKG}SourceDocument> {g} .",
        f"{source} {TITLE} {_lit(doc.title, lang=doc.language)} {g} .",
        f"{source} {LABEL} {_lit(doc.title, lang=doc.language)} {g} .",
        f"{source} {LANGUAGE} {_lit(doc.language)} {g} .",
        f"{source} <{CKG}contentHash> {_lit('sha256:' + digest)} {g} .",
        f"{source} <{CKG}text> {_lit(doc.text)} {g} .",
        f"{source} {URL} <https://example.org/news/{doc.slug}> {g} .",
        f"{source} {ISSUED} {_lit(doc.published.isoformat(), datatype=XSD + 'date')} {g} .",
        f"{source} {PUBLISHER} {outlet} {g} .",
        f"{outlet} {RDF_TYPE} <{CKG}Outlet> {g} .",
        f"{outlet} {LABEL} {_lit('Synthetic outlet ' + outlet[-3:-1])} {g} .",
        f"{source} <{CKG}ingestFingerprint> {_lit('sha256:' + digest[::-1])} {g} .",
    ]
    for record, quote, span in zip(doc.events, doc.quotes, doc.offsets(), strict=True):
        lines += event_lines(record, doc, quote, span, g)
    return lines


def dictionary_lines() -> list[str]:
    """The dictionary graph: every entity's class, English label and names in five scripts."""
    g = f"<{DICTIONARY_GRAPH}>"
    lines = []
    for entity in entities():
        node = entity.iri
        lines += [
            f"{node} {RDF_TYPE} <{CKG}{entity.type}> {g} .",
            f"{node} {LABEL} {_lit(entity.label, lang='en')} {g} .",
            f"{node} {PREF} {_lit(entity.label, lang='en')} {g} .",
            f"{node} {DEFINITION} {_lit(f'A synthetic {entity.type.lower()}.', lang='en')} {g} .",
        ]
        for lang in _SCRIPTS:
            name = _transliterate(entity.label, lang)
            lines.append(f"{node} {PREF} {_lit(name, lang=lang)} {g} .")
    return lines


def ontology_lines() -> list[str]:
    """The project's ontology, as quads in the ontology graph."""
    import pyoxigraph as ox

    path = ontology_dir() / "ontology.ttl"
    graph = ox.NamedNode(str(ONTOLOGY_GRAPH))
    quads = (ox.Quad(t.subject, t.predicate, t.object, graph) for t in ox.parse(path=path))
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert data is not None
    return data.decode().splitlines()


def document_count(events: int) -> int:
    return max(1, -(-events // EVENTS_PER_DOCUMENT))


def event_facts(record: EventRecord) -> list[tuple[str, str, str]]:
    """What the index graph reads of one event: roles, place, status, Goldstein value, date
    bounds, class and label."""
    node, ckg = f"{ID}event/{record.slug}", str(CKG)
    _, _, goldstein = _types()
    facts = [
        (node, f"{ckg}{prop}", f"{ID}entity/{slug}")
        for prop, slugs in (
            ("actor", record.actors),
            ("target", record.targets),
            ("participant", record.participants),
            ("place", (record.place,) if record.place else ()),
        )
        for slug in slugs
    ]
    return [
        *facts,
        (node, f"{ckg}status", f"{ckg}{record.status}"),
        (node, f"{ckg}goldstein", goldstein[record.type]),
        (node, f"{ckg}earliestDate", record.earliest.isoformat()),
        (node, f"{ckg}latestDate", record.latest.isoformat()),
        (node, RDF_TYPE[1:-1], f"{ckg}{record.type}"),
        (node, LABEL[1:-1], label_value(record.label, "en")),
    ]


def index_lines(reader: StateReader) -> Iterator[str]:
    """The index graph (kg.index's own computation) as N-Quads lines."""
    graph = f"<{INDEX_GRAPH}>"
    for s, p, o in index_triples(reader):
        yield f"{s} {p} {o} {graph} ."


def write_nquads(
    handle: IO[str], events: int, *, seed: int = 1, with_index: bool = True
) -> dict[str, int]:
    """Write the whole dataset, the index graph last; returns counts of documents, events, quads."""
    quads = 0
    for lines in (ontology_lines(), dictionary_lines()):
        handle.write("\n".join(lines) + "\n")
        quads += len(lines)
    documents = document_count(events)
    reader = StateReader()
    for index in range(documents):
        size = min(EVENTS_PER_DOCUMENT, events - index * EVENTS_PER_DOCUMENT)
        doc = document_at(seed, index, size)
        lines = document_lines(doc)
        handle.write("\n".join(lines) + "\n")
        quads += len(lines)
        if with_index:
            for record in doc.events:
                reader.add(event_facts(record))
    if with_index:
        for line in index_lines(reader):
            handle.write(line + "\n")
            quads += 1
    return {"documents": documents, "events": events, "quads": quads}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--no-index", action="store_true", help="leave out the index graph")
    args = parser.parse_args(argv)
    with args.out.open("w", encoding="utf-8", buffering=1 << 20) as handle:
        counts = write_nquads(handle, args.events, seed=args.seed, with_index=not args.no_index)
    print(counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
