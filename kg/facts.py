"""Reviewed facts files: ``<document>.facts.yaml`` beside a source document.

A person records (or corrects) the events and claims a document states. Each fact quotes the
sentence it rests on; the quote is found in the document to give character offsets, so every
curated fact is as traceable as an extracted one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

import yaml

from kg import __version__
from kg.dates import DateSpan
from kg.dictionary import Dictionary
from kg.errors import InputError
from kg.model import Claim, Event, Evidence, Facts, Source, Status
from kg.ontology import event_types
from kg.slugs import slugify
from kg.text import clean
from kg.yamlio import load_yaml

CURATED = "curated"
_EVENT_KEYS = {
    "id",
    "type",
    "label",
    "date",
    "start",
    "end",
    "actors",
    "targets",
    "participants",
    "place",
    "status",
    "quote",
    "confidence",
}
_CLAIM_KEYS = {
    "id",
    "claimant",
    "about",
    "quote",
    "text",
    "said_in",
    "date",
    "start",
    "end",
    "confidence",
}


def facts_path(document: Path) -> Path:
    """Where the reviewed facts of a document live."""
    return document.with_name(document.stem + ".facts.yaml")


def locate(quote: str, text: str, *, where: str) -> tuple[int, int]:
    """Character offsets of ``quote`` in ``text`` (Python string indices).

    >>> locate("Baku", "Talks in Baku.", where="x")
    (9, 13)
    """
    start = text.find(quote)
    if start < 0:
        raise InputError(f"{where}: quote not found verbatim in the document: {quote[:60]!r}")
    return start, start + len(quote)


def event_slug(event: Event) -> str:
    """A readable IRI slug that is the same whenever type, date, roles and place are.

    >>> from kg.dates import DateSpan
    >>> e = Event("Attack", "x", (), DateSpan.parse("2023-01-27"), targets=("azerbaijan",))
    >>> event_slug(e)[:29]
    '2023-01-27-attack-azerbaijan-'
    """
    when = event.date.iso().replace("/", "--") if event.date else "undated"
    key = "|".join(
        [
            event.type,
            when,
            ",".join(sorted(event.actors)),
            ",".join(sorted(event.targets)),
            ",".join(sorted(event.participants)),
            event.place or "",
            event.status.value,
        ]
    )
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:6]
    who = "-".join(sorted(event.involved())[:2])
    return f"{when}-{slugify(event.type)}-{who}-{digest}".replace("--", "-")


def claim_slug(claim: Claim) -> str:
    """Stable slug from the document, who said it and what was said.

    Claims are not merged across documents: two reports of the same words are two claims,
    each with its own date and setting as its document gives them.
    """
    where = claim.evidence[0].source if claim.evidence else ""
    when = claim.date.iso() if claim.date else ""
    key = "|".join(
        [
            where,
            claim.claimant,
            claim.text,
            ",".join(sorted(claim.about)),
            when,
            claim.said_in or "",
        ]
    )
    digest = hashlib.sha256(key.encode()).hexdigest()[:8]
    return f"{claim.claimant}-{digest}"


class _Reader:
    def __init__(self, source: Source, dictionary: Dictionary, where: str):
        self.source, self.dictionary, self.where = source, dictionary, where

    def slugs(self, value: Any, key: str, at: str) -> tuple[str, ...]:
        items = [] if value is None else value if isinstance(value, list) else [value]
        for item in items:
            if str(item) not in self.dictionary:
                raise InputError(
                    f"{at}: {key} {item!r} is not in the entity dictionary "
                    "(add it to ontology/entities/ or fix the slug)"
                )
        return tuple(str(i) for i in items)

    def evidence(self, raw: dict[str, Any], at: str) -> Evidence:
        quote = raw.get("quote")
        if not isinstance(quote, str) or not quote.strip():
            raise InputError(f"{at}: 'quote' (the sentence the fact rests on) is required")
        quote = clean(quote.strip())
        start, end = locate(quote, self.source.text, where=at)
        confidence = float(raw.get("confidence", 1.0))
        if not 0.0 <= confidence <= 1.0:
            raise InputError(f"{at}: confidence must be between 0 and 1")
        return Evidence(self.source.slug, quote, start, end, CURATED, __version__, confidence)

    def date(self, raw: dict[str, Any], at: str) -> DateSpan | None:
        if raw.get("date") is None and raw.get("start") is None:
            return None
        try:
            return DateSpan.parse(raw.get("date"), start=raw.get("start"), end=raw.get("end"))
        except InputError as exc:
            raise InputError(f"{at}: {exc}") from None

    def event(self, raw: Any, at: str) -> Event:
        if not isinstance(raw, dict):
            raise InputError(f"{at}: an event must be a mapping")
        if unknown := set(raw) - _EVENT_KEYS:
            raise InputError(f"{at}: unknown keys {sorted(unknown)}")
        kind = str(raw.get("type", ""))
        if kind not in event_types():
            raise InputError(f"{at}: {kind!r} is not an event class of the ontology")
        status_text = str(raw.get("status", "occurred")).capitalize()
        try:
            status = Status(status_text)
        except ValueError:
            raise InputError(
                f"{at}: status must be occurred, planned, negated or hypothetical"
            ) from None
        place = self.slugs(raw.get("place"), "place", at)
        event = Event(
            type=kind,
            label=clean(str(raw.get("label") or "")) or event_types()[kind].label,
            evidence=(self.evidence(raw, at),),
            date=self.date(raw, at),
            actors=self.slugs(raw.get("actors"), "actor", at),
            targets=self.slugs(raw.get("targets"), "target", at),
            participants=self.slugs(raw.get("participants"), "participant", at),
            place=place[0] if place else None,
            status=status,
            slug=str(raw["id"]) if raw.get("id") else None,
        )
        if not event.involved():
            raise InputError(f"{at}: an event needs at least one actor, target or participant")
        return event

    def claim(self, raw: Any, at: str) -> Claim:
        if not isinstance(raw, dict):
            raise InputError(f"{at}: a claim must be a mapping")
        if unknown := set(raw) - _CLAIM_KEYS:
            raise InputError(f"{at}: unknown keys {sorted(unknown)}")
        claimant = self.slugs(raw.get("claimant"), "claimant", at)
        if len(claimant) != 1:
            raise InputError(f"{at}: a claim needs exactly one claimant")
        if not raw.get("about"):
            raise InputError(f"{at}: a claim needs 'about': the entities it speaks of")
        evidence = self.evidence(raw, at)
        return Claim(
            claimant=claimant[0],
            about=self.slugs(raw.get("about"), "about", at),
            text=clean(str(raw.get("text") or evidence.quote)),
            language=self.source.language,
            evidence=(evidence,),
            said_in=str(raw["said_in"]) if raw.get("said_in") else None,
            date=self.date(raw, at),
            slug=str(raw["id"]) if raw.get("id") else None,
        )


def read_facts(path: Path, source: Source, dictionary: Dictionary) -> Facts:
    """Read a reviewed facts file for ``source``; every problem names the file and the entry."""
    try:
        raw = load_yaml(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read facts file: {exc}") from None
    if not isinstance(raw, dict):
        raise InputError(f"{path}: a facts file is a mapping with 'events' and 'claims'")
    if unknown := set(raw) - {"events", "claims", "entities"}:
        raise InputError(f"{path}: unknown keys {sorted(unknown)}; use events, claims, entities")
    reader = _Reader(source, dictionary, str(path))
    mentions = reader.slugs(raw.get("entities"), "entity", str(path))
    events = [
        reader.event(e, f"{path} event {i + 1}") for i, e in enumerate(raw.get("events") or [])
    ]
    claims = [
        reader.claim(c, f"{path} claim {i + 1}") for i, c in enumerate(raw.get("claims") or [])
    ]
    return Facts(source, tuple(merge_events(events)), tuple(named_claims(claims)), mentions)


def named_claims(claims: Iterable[Claim]) -> list[Claim]:
    """Claims with their stable slugs set (see :func:`claim_slug`)."""
    return [c if c.slug else replace(c, slug=claim_slug(c)) for c in claims]


def merge_events(events: Iterable[Event]) -> list[Event]:
    """The same event stated twice in one document becomes one event with both quotes."""
    merged: dict[str, Event] = {}
    for event in events:
        slug = event.slug or event_slug(event)
        if slug in merged:
            first = merged[slug]
            merged[slug] = Event(**{**first.__dict__, "evidence": first.evidence + event.evidence})
        else:
            merged[slug] = Event(**{**event.__dict__, "slug": slug})
    return list(merged.values())


def write_facts(facts: Facts, handle: TextIO) -> None:
    """Write facts in the reviewed-facts format, for a person to check and keep."""

    def when(date: DateSpan | None) -> dict[str, str]:
        if date is None:
            return {}
        if date.end is None:
            return {"date": date.start.iso()}
        return {"start": date.start.iso(), "end": date.end.iso()}

    data = {
        "entities": list(facts.mentions),
        "events": [
            {
                "type": e.type,
                "label": e.label,
                **when(e.date),
                "actors": list(e.actors),
                "targets": list(e.targets),
                "participants": list(e.participants),
                **({"place": e.place} if e.place else {}),
                "status": e.status.value.lower(),
                "quote": e.evidence[0].quote,
                "confidence": e.evidence[0].confidence,
            }
            for e in facts.events
        ],
        "claims": [
            {
                "claimant": c.claimant,
                "about": list(c.about),
                "quote": c.evidence[0].quote,
                **({"said_in": c.said_in} if c.said_in else {}),
                **when(c.date),
                "confidence": c.evidence[0].confidence,
            }
            for c in facts.claims
        ],
    }
    yaml.safe_dump(data, handle, allow_unicode=True, sort_keys=False, width=100)
