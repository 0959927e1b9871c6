"""The merge rule's facts about events kept in memory, for a build that does not read back.

A fresh build (:mod:`kg.fresh_build`) writes in bulk and cannot ask the store what earlier
documents of the same build said; :class:`EventIndex` keeps what :func:`kg.merge.match_existing`
would read from the store, for every event written so far, and answers through the same rule.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from kg.merge import _EVENT_PREFIX, _kind, _mergeable, _pick, _Stored, enough_shared
from kg.model import Facts
from kg.namespaces import CKG, entity_iri, source_graph

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


Strings = tuple[str, ...]


@dataclass(slots=True)
class _Packed:
    """What the index keeps about one event: tuples of shared strings, a few hundred bytes.

    A fresh build of a million events keeps them all; sets and a dictionary per event would
    take several GiB.
    """

    classes: Strings = ()  # in any graph
    involved: Strings = ()
    places: Strings = ()
    is_range: bool = False
    # (graph, classes, statuses, earliest dates, latest dates) for each graph
    graphs: tuple[tuple[str, Strings, Strings, Strings, Strings], ...] = ()

    def unpack(self) -> _Stored:
        stored = _Stored(set(self.involved), set(self.places), self.is_range)
        for graph, *fields in self.graphs:
            for found, values in zip(stored.in_graph(graph), fields, strict=True):
                found.update(values)
        return stored


def _joined(old: Strings, new: Iterable[str], names: dict[str, str]) -> Strings:
    joined = tuple(dict.fromkeys((*old, *(names.setdefault(v, v) for v in new))))
    return old if joined == old else joined


class EventIndex:
    """The facts the merge rule reads, for the events of the documents written so far.

    A fresh build writes in bulk without reading the store back; it adds each document's
    graph here and asks :meth:`match` what :func:`match_existing` would find in the store.
    Only event IRIs are kept: nothing else can be renamed to, and nothing else kg writes has
    a status, without which the rule takes no candidate.
    """

    def __init__(self) -> None:
        self._events: dict[str, _Packed] = {}
        # class -> earliest day number -> events of that class starting that day (in any graph)
        self._starting: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
        self._names: dict[str, str] = {}  # one copy of each IRI and date text

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
        names = self._names
        for subject, stored in found.items():
            packed = self._events.get(subject) or _Packed()
            packed.involved = _joined(packed.involved, stored.involved, names)
            packed.places = _joined(packed.places, stored.places, names)
            packed.is_range = packed.is_range or stored.is_range
            graphs = {graph: list(fields) for graph, *fields in packed.graphs}
            for graph, fields in stored.graphs.items():
                old = graphs.setdefault(names.setdefault(graph, graph), [(), (), (), ()])
                for index, values in enumerate(fields):
                    old[index] = _joined(old[index], values, names)
                packed.classes = _joined(packed.classes, fields[0], names)
            packed.graphs = tuple((graph, *fields) for graph, fields in graphs.items())  # type: ignore[misc]
            self._events[subject] = packed
            numbers = (_day_number(text) for *_, earliest, _ in packed.graphs for text in earliest)
            days = {day for day in numbers if day is not None}
            for kind in packed.classes:
                for day in days:
                    self._starting[kind][day].add(subject)

    def match(self, facts: Facts) -> Facts:
        """The facts with events renamed as :func:`match_existing` would on the same data."""
        own = str(source_graph(facts.source.slug))
        events = list(facts.events)
        for key, event in enumerate(events):
            if not _mergeable(event):
                continue
            people = {str(entity_iri(s)) for s in event.involved()}
            kind = _kind(event)
            assert event.date is not None
            found: dict[str, _Stored] = {}
            starting = self._starting.get(kind, {})
            first, last = event.date.earliest.toordinal(), event.date.latest.toordinal()
            is_range = event.date.is_range
            for day in range(first, last + 1):
                for subject in starting.get(day, ()):
                    packed = self._events[subject]
                    if subject in found or packed.is_range != is_range:
                        continue
                    # the rule's own first checks, before the event is unpacked: a single day
                    # and a range never merge, and enough entities must be shared
                    shared = len(people.intersection(packed.involved))
                    if shared and enough_shared(shared, len(people), len(packed.involved)):
                        found[subject] = packed.unpack()
            if found:
                events[key] = _pick(event, found, own)
        return replace(facts, events=tuple(events))

    def __len__(self) -> int:
        return len(self._events)
