"""Which kind of event a sentence tells: the most specific class, and kinds told together.

Rules applied to the events read from one sentence: a kind that a finer kind in the same
sentence refines is dropped (``signed a ceasefire agreement`` is a ceasefire) unless its date
differs, when it is another event of the finer kind (``a 1995 agreement on the base, which a
protocol signed in August 2010 extended``), two triggers of one kind are one event unless
their dates differ (or each names a side the other lacks: "separate talks"), and kinds that
``common.yaml`` combines (``combined``) make one event of another kind.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from rdflib import URIRef
from rdflib.namespace import RDFS

from kg.extract.lexicon import common
from kg.model import Event, Status
from kg.namespaces import CKG
from kg.ontology import event_types, ontology_graph


@cache
def broader(kind: str) -> frozenset[str]:
    """The event classes above ``kind`` in the ontology, ``Event`` itself left out.

    >>> sorted(broader("Ceasefire"))
    ['Agreement']
    """
    graph = ontology_graph()
    above = {
        str(c).removeprefix(str(CKG))
        for c in graph.transitive_objects(CKG[kind], RDFS.subClassOf)
        if isinstance(c, URIRef) and str(c).startswith(str(CKG))
    }
    return frozenset(above - {kind, "Event"})


def most_specific(events: list[Event], told: frozenset[str] = frozenset()) -> list[Event]:
    """One event per kind in a sentence, and none whose kind a more specific one there refines
    (unless dated apart from every event of the finer kind: another event of that kind).

    "signed a ceasefire agreement" states one ceasefire, not a ceasefire and an agreement;
    "met ... and held talks" one meeting (events of one kind with two different dates, as
    in a list of deadlines, stay apart); kinds that ``common.yaml`` combines make one event
    ("an agreement on the military base": a military agreement) unless dated apart. Of two
    triggers of one kind the first is kept, taking the date of the second when it has none
    and its parties when they are more (ANNOTATION.md, section 6: the fullest mention's
    fields; "the meeting ..., where Pashinyan talked with Kobakhidze"); two told with
    different statuses (aid that may be given, and arms supplies agreed) are two events.
    Talks held during a visit the sentence tells are the visit (``common.yaml`` ``during``).
    ``told`` are the kinds of every trigger of the sentence, those that made no event of
    their own too (``the transport corridor`` told before still makes ``signed a memorandum
    on the transport corridor`` economic cooperation).

    >>> a = Event("Agreement", "a", (), participants=("iran",))
    >>> c = Event("Ceasefire", "c", (), participants=("iran",))
    >>> [e.type for e in most_specific([a, c, c])]
    ['Ceasefire']
    """
    kinds = {e.type for e in events}
    for together, into in common().combined:
        if together <= kinds | told and kinds & together:
            # the event told as the kind made, when there is one, else the first told
            first = next((e for e in events if e.type == into), None) or next(
                e for e in events if e.type in together
            )
            events = [
                _retyped(first, into) if e is first else e
                for e in events
                if e is first or e.type not in together or _apart(e, first)
            ]
            kinds = {e.type for e in events}
    events = [e for e in events if not _held_during(e, events)]
    refined = {k for k in kinds for other in kinds | told if k in broader(other)}
    kept: list[Event] = []
    for event in events:
        if event.type in refined:
            finer = [e for e in events if event.type in broader(e.type)]
            if not finer or event.date is None or any(e.date in (None, event.date) for e in finer):
                continue
            event = _retyped(event, finer[0].type)
        same = next(
            (
                i
                for i, e in enumerate(kept)
                if e.type == event.type
                and e.status == event.status
                and (e.date is None or event.date in (None, e.date))
                and _overlap(e, event)
            ),
            None,
        )
        if same is None:
            kept.append(event)
            continue
        first = kept[same]
        if len(event.involved()) > len(first.involved()):  # the fuller mention's parties
            first = replace(
                first,
                actors=event.actors,
                targets=event.targets,
                participants=event.participants,
                label=event.label,
            )
        kept[same] = replace(first, date=first.date or event.date)
    return kept


def finer_told(kind: str, previous: list[Event]) -> str:
    """The kind of the last event told before that is finer than ``kind``, else ``kind``: a
    new plan told by a word of a broader kind ("Sazişin rəsmi imzalanması ... sonrakı
    mərhələyə saxlanılıb", the agreement's signing put off) is of the kind of the agreement
    it refers to (the peace agreement initialled).

    >>> peace = Event("PeaceAgreement", "p", ())
    >>> finer_told("Agreement", [peace]), finer_told("Meeting", [peace])
    ('PeaceAgreement', 'Meeting')
    """
    return next((e.type for e in reversed(previous) if kind in broader(e.type)), kind)


def _held_during(event: Event, events: list[Event]) -> bool:
    """True when the event is of a kind held during another the sentence tells
    (``common.yaml`` ``during``: talks during a visit), at that time and among its parties."""
    return any(
        event.type in guests
        and host.type == kind
        and not _apart(event, host)
        and _overlap(event, host)
        for kind, guests in common().during.items()
        for host in events
    )


def _apart(one: Event, other: Event) -> bool:
    """True when the two events are dated, on different dates: two events, whatever their
    kinds (a trade agreement signed on Monday, deliveries resumed on Tuesday)."""
    return one.date is not None and other.date is not None and one.date != other.date


def document_kind(
    kind: str,
    after: str,
    previous: list[Event],
    nouns: tuple[str, ...],
    back: bool = False,
    status: Status = Status.OCCURRED,
) -> str:
    """The kind of the last finer event told before (:func:`finer_told`) for a plan of it
    (``back``: the trigger refers back, told as planned) or for a plain agreement whose words
    name the document by a noun of ``nouns`` after it ("won Saakashvili's agreement to the
    text": the ceasefire plan told before), else ``kind``; ``after``: the folded clause
    after the trigger.

    >>> truce = Event("Ceasefire", "c", ())
    >>> document_kind("Agreement", "to the text.", [truce], ("the text",))
    'Ceasefire'
    >>> document_kind("Agreement", "to open the border.", [truce], ("the text",))
    'Agreement'
    """
    if back and status is Status.PLANNED:
        return finer_told(kind, previous)
    if kind != "Agreement" or not nouns:
        return kind
    words = f" {after} "
    if not any(f" {noun} " in words or f" {noun}." in words for noun in nouns):
        return kind
    return finer_told(kind, previous)


def _overlap(one: Event, other: Event) -> bool:
    """True when one event's involved entities hold the other's (the same event told twice),
    not when each has one the other lacks ("separate talks with" each side)."""
    a, b = set(one.involved()), set(other.involved())
    return a <= b or b <= a


def _retyped(event: Event, kind: str) -> Event:
    who = event.label.partition(" (")[2]
    label = event_types()[kind].label
    return replace(event, type=kind, label=f"{label} ({who}" if who else label)
