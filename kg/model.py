"""The in-memory fact model: entities, sources, events, claims and their evidence.

Everything here is plain data; :mod:`kg.triples` maps it to RDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from kg.dates import DateSpan, PartialDate


class Status(StrEnum):
    """Whether an event happened, or is only planned, denied or imagined."""

    OCCURRED = "Occurred"
    PLANNED = "Planned"
    NEGATED = "Negated"
    HYPOTHETICAL = "Hypothetical"


ROLE_TYPES = (
    "HeadOfState",
    "HeadOfGovernment",
    "MinisterOfDefence",
    "MinisterOfForeignAffairs",
    "OtherRole",
)


@dataclass(frozen=True)
class Role:
    """A position a person held, with its dates."""

    title: str
    role_type: str
    of: str | None
    start: PartialDate | None = None
    end: PartialDate | None = None


@dataclass(frozen=True)
class Entity:
    """A dictionary entry: a place, an actor or a named event, with its names in many scripts."""

    slug: str
    type: str
    label: str
    definition: str
    wikidata: str | None = None
    labels: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    metonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    metonym_for: str | None = None
    part_of: str | None = None
    ambiguous: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    date: DateSpan | None = None
    participants: tuple[str, ...] = ()
    origin: str = ""

    def names(self) -> list[tuple[str, str, str]]:
        """Every name as ``(text, language, kind)``; kind is label, alias, demonym or metonym."""
        found = [(self.label, "en", "label")]
        found += [(text, lang, "label") for lang, text in self.labels.items()]
        for kind, table in (
            ("alias", self.aliases),
            ("demonym", self.demonyms),
            ("metonym", self.metonyms),
        ):
            found += [(text, lang, kind) for lang, texts in table.items() for text in texts]
        return found


@dataclass(frozen=True)
class Source:
    """One document: its text and the metadata that says where it came from."""

    slug: str
    text: str
    title: str
    language: str
    content_hash: str
    url: str | None = None
    urls: tuple[str, ...] = ()
    outlet: str | None = None
    published: dt.date | None = None
    author: str | None = None
    path: str = ""


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the quote, its character offsets, who read it and how sure."""

    source: str
    quote: str
    start: int
    end: int
    extractor: str
    extractor_version: str
    confidence: float


@dataclass(frozen=True)
class Event:
    """Something that happened (or was planned, denied, imagined) between actors."""

    type: str
    label: str
    evidence: tuple[Evidence, ...]
    date: DateSpan | None = None
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    place: str | None = None
    status: Status = Status.OCCURRED
    slug: str | None = None

    def involved(self) -> tuple[str, ...]:
        """Every entity with a role in the event, without repeats, in role order."""
        return tuple(dict.fromkeys(self.actors + self.targets + self.participants))


@dataclass(frozen=True)
class Claim:
    """What someone said about someone: an opinion or assertion, never a fact in itself."""

    claimant: str
    about: tuple[str, ...]
    text: str
    language: str
    evidence: tuple[Evidence, ...]
    said_in: str | None = None
    date: DateSpan | None = None
    slug: str | None = None


@dataclass(frozen=True)
class Facts:
    """Everything one source document contributes."""

    source: Source
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    mentions: tuple[str, ...] = ()
