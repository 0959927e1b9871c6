"""The merge rule's facts about events kept in memory, for a build that does not read back.

A fresh build (:mod:`kg.fresh_build`) writes in bulk and cannot ask the store what earlier
documents of the same build said; :class:`EventIndex` keeps what :func:`kg.merge.match_existing`
would read from the store, for every event written so far, and answers through the same rule.
"""

from __future__ import annotations

import datetime as dt
import sys
from array import array
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from kg.merge import _EVENT_PREFIX, _kind, _mergeable, _pick, _Stored, enough_shared
from kg.model import Facts
from kg.namespaces import CKG, entity_iri, source_graph
from kg.packed import Names, pack, unpack

# predicate -> what it tells: 0-3 per graph (class, status, earliest, latest), 4 role, 5 place,
# 6 start of a date range
_WATCHED: dict[Node, int] = {
    RDF.type: 0,
    CKG.status: 1,
    CKG.earliestDate: 2,
    CKG.latestDate: 3,
    CKG.actor: 4,
    CKG.target: 4,
    CKG.participant: 4,
    CKG.place: 5,
    CKG.startDate: 6,
}
_WATCHED_IRIS = {str(predicate): field for predicate, field in _WATCHED.items()}


@lru_cache(maxsize=1 << 16)
def _day_number(text: str) -> int | None:
    """The day's number for a date written ``YYYY-MM-DD`` (the only form a listed day takes)."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return None
    return day.toordinal() if day.isoformat() == text else None


def _record(found: dict[str, _Stored], where: str, subject: str, field: int, value: str) -> None:
    stored = found[subject]
    if field < 4:
        stored.in_graph(where)[field].add(value)
    elif field == 4:
        stored.involved.add(value)
    elif field == 5:
        stored.places.add(value)
    else:
        stored.is_range = True


class EventIndex:
    """The facts the merge rule reads, for the events of the documents written so far.

    A fresh build writes in bulk without reading the store back; it adds each document's
    graph here and asks :meth:`match` what :func:`match_existing` would find in the store.
    Only event IRIs are kept: nothing else can be renamed to, and nothing else kg writes has
    a status, without which the rule takes no candidate.
    """

    def __init__(self) -> None:
        self._names = Names()  # entities, classes, statuses, dates and graphs, numbered
        self._rows: dict[str, int] = {}  # event IRI -> its row
        self._subjects: list[str] = []  # row -> event IRI
        # row -> places, then per graph its classes, statuses, earliest and latest dates, as
        # numbers packed (kg.packed): about 100 bytes an event where tuples of strings took
        # about 700
        self._packed: list[bytes] = []
        # what the rule's first checks read for every candidate, kept apart so that they
        # unpack nothing: row -> the entities' numbers, row -> 1 for a date range
        self._involved: list[tuple[int, ...]] = []
        self._ranges = bytearray()
        # class -> earliest day number -> rows of the events of that class starting that day
        # (in any graph)
        self._starting: dict[str, dict[int, array[int]]] = defaultdict(dict)

    def add(self, name: URIRef, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        """Record what graph ``name`` (a graph or a list of its triples) states about events."""
        where, found = str(name), defaultdict[str, _Stored](_Stored)
        for s, p, o in triples:
            field = _WATCHED.get(p)
            if field is not None and isinstance(s, URIRef) and s.startswith(_EVENT_PREFIX):
                _record(found, where, str(s), field, str(o))
        self._pack(found)

    def add_quads(self, quads: Iterable[ox.Quad]) -> None:
        """Record what the quads state about events, each in its own graph (as :meth:`add`)."""
        found = defaultdict[str, _Stored](_Stored)
        for quad in quads:
            field = _WATCHED_IRIS.get(quad.predicate.value)
            subject, value, graph = quad.subject, quad.object, quad.graph_name
            if field is None or not isinstance(subject, ox.NamedNode):
                continue
            if isinstance(graph, ox.DefaultGraph) or isinstance(value, ox.Triple):
                continue
            if subject.value.startswith(_EVENT_PREFIX):
                _record(found, graph.value, subject.value, field, value.value)
        self._pack(found)

    def add_facts(self, facts: Facts) -> None:
        """Record what a document's graph states about its events, read from its facts.

        The same as :meth:`add_quads` on :func:`kg.quads.facts_quads` (tested), without
        going through every quad of the document: only events count.
        """
        where, found = str(source_graph(facts.source.slug)), defaultdict[str, _Stored](_Stored)
        for event in facts.events:
            stored = found[f"{_EVENT_PREFIX}{event.slug}"]
            classes, statuses, earliest, latest = stored.in_graph(where)
            classes.add(_kind(event))
            statuses.add(str(CKG[event.status.value]))
            stored.involved.update(str(entity_iri(s)) for s in event.involved())
            if event.place:
                stored.places.add(str(entity_iri(event.place)))
            if event.date:
                earliest.add(event.date.earliest.isoformat())
                latest.add(event.date.latest.isoformat())
                stored.is_range = stored.is_range or event.date.end is not None
        self._pack(found)

    def _pack(self, found: dict[str, _Stored]) -> None:
        for subject, stored in found.items():
            row = self._rows.get(subject)
            if row is None:
                subject = sys.intern(subject)  # the string the index graph's states hold
                row = self._rows[subject] = len(self._subjects)
                self._subjects.append(subject)
                self._packed.append(b"")
                self._involved.append(())
                self._ranges.append(0)
                before: set[tuple[str, int]] = set()
            else:
                old = self._unpack(row)
                before = _starts(old)
                old.involved |= stored.involved
                old.places |= stored.places
                old.is_range = old.is_range or stored.is_range
                for graph, fields in stored.graphs.items():
                    for held, values in zip(old.in_graph(graph), fields, strict=True):
                        held |= values
                stored = old
            self._write(row, stored)
            for kind, day in _starts(stored) - before:
                days = self._starting[kind]
                if day not in days:
                    days[day] = array("I")
                days[day].append(row)

    def _write(self, row: int, stored: _Stored) -> None:
        number = self._names.number
        self._involved[row] = tuple(sorted(number(v) for v in stored.involved))
        self._ranges[row] = stored.is_range
        numbers = [len(stored.places), *(number(v) for v in stored.places)]
        for graph, fields in stored.graphs.items():
            numbers.append(number(graph))
            for values in fields:
                numbers.append(len(values))
                numbers.extend(number(v) for v in values)
        self._packed[row] = pack(numbers)

    def _unpack(self, row: int) -> _Stored:
        text = self._names.text
        numbers = unpack(self._packed[row])
        end = 1 + numbers[0]
        stored = _Stored(
            {text(n) for n in self._involved[row]},
            {text(n) for n in numbers[1:end]},
            bool(self._ranges[row]),
        )
        while end < len(numbers):
            fields = stored.in_graph(text(numbers[end]))
            end += 1
            for values in fields:
                values.update(text(n) for n in numbers[end + 1 : end + 1 + numbers[end]])
                end += 1 + numbers[end]
        return stored

    def match(self, facts: Facts) -> Facts:
        """The facts with events renamed as :func:`match_existing` would on the same data."""
        own = str(source_graph(facts.source.slug))
        events = list(facts.events)
        for key, event in enumerate(events):
            if not _mergeable(event):
                continue
            people = {str(entity_iri(s)) for s in event.involved()}
            known = {n for n in map(self._names.known, people) if n is not None}
            kind = _kind(event)
            assert event.date is not None
            found: dict[str, _Stored] = {}
            starting = self._starting.get(kind, {})
            first, last = event.date.earliest.toordinal(), event.date.latest.toordinal()
            is_range = event.date.is_range
            for day in range(first, last + 1):
                for row in starting.get(day, ()):
                    subject = self._subjects[row]
                    if subject in found or self._ranges[row] != is_range:
                        continue
                    # the rule's own first checks, before the event is unpacked: a single day
                    # and a range never merge, and enough entities must be shared
                    involved = self._involved[row]
                    shared = len(known.intersection(involved))
                    if shared and enough_shared(shared, len(people), len(involved)):
                        found[subject] = self._unpack(row)
            if found:
                events[key] = _pick(event, found, own)
        return replace(facts, events=tuple(events))

    def __len__(self) -> int:
        return len(self._rows)


def _starts(stored: _Stored) -> set[tuple[str, int]]:
    """(class, earliest day number) for every class and earliest day any graph gives."""
    classes, days = set[str](), set[int]()
    for kinds, _statuses, earliest, _latest in stored.graphs.values():
        classes |= kinds
        days.update(day for day in map(_day_number, earliest) if day is not None)
    return {(kind, day) for kind in classes for day in days}
