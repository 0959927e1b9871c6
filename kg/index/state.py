"""An event's merged state: what all the graphs that mention it say, read as one.

Several documents may report the same event IRI with different details. The index reads an
event through these rules (``ontology/README.md``, "The index graph"):

* its roles are every entity that any graph gives it as ``ckg:actor``, ``ckg:target`` or
  ``ckg:participant``, its places every ``ckg:place`` (for the links of
  :mod:`kg.index.answers` to all it involves);
* it occurred when any graph gives it the status ``ckg:Occurred``;
* its Goldstein value is the lowest (most conflictual) one any graph gives;
* its earliest date is the lowest ``ckg:earliestDate``, its latest the highest
  ``ckg:latestDate``;
* its classes are every ``rdf:type`` and its starts every ``ckg:earliestDate`` any graph gives
  (for the merge keys, :mod:`kg.index.mergekeys`);
* for the answer rows (:mod:`kg.index.answers`), its Goldstein values and statuses are every
  one any graph gives, and its label the smallest ``rdfs:label`` (by text, then language tag).

A label's fact value carries its language tag (:func:`label_value`), since the answer rows
give the label back as it was written.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import islice

from kg.namespaces import CKG, ID, RDF, RDFS
from kg.packed import Names, pack, unpack

ROLE_PREDICATES = frozenset(str(CKG[p]) for p in ("actor", "target", "participant"))
PLACE = str(CKG.place)
STATUS, GOLDSTEIN = str(CKG.status), str(CKG.goldstein)
EARLIEST, LATEST = str(CKG.earliestDate), str(CKG.latestDate)
OCCURRED = str(CKG.Occurred)
CLASS, LABEL = str(RDF.type), str(RDFS.label)
PREDICATES = ROLE_PREDICATES | {PLACE, STATUS, GOLDSTEIN, EARLIEST, LATEST, CLASS, LABEL}
# facts that give a subject nothing in the index unless it has a role or a date somewhere
LIGHT = frozenset({CLASS, LABEL})

Fact = tuple[str, str, str]
"""(event IRI, predicate IRI, object value: an IRI or a literal's lexical form; for a label,
:func:`label_value`)."""


def label_value(text: str, language: str | None) -> str:
    """A label's fact value: its text, ``@`` and its language tag (empty when it has none).

    >>> label_value("Talks", "en"), label_value("a@b", None), split_label("a@b@")
    ('Talks@en', 'a@b@', ('a@b', ''))
    """
    return f"{text}@{language or ''}"


def split_label(value: str) -> tuple[str, str]:
    """(text, language tag) of a label's fact value."""
    text, _, language = value.rpartition("@")
    return text, language


def fact_value(predicate: str, term: object) -> str:
    """The fact value of an object term (pyoxigraph or rdflib): a label keeps its language.

    The value is the term's lexical form either way, as the store holds it. rdflib's
    ``Literal.value`` is a Python object (``True`` for ``"true"``) or ``None`` for an ill-typed
    literal (``"2023-02-30"^^xsd:date``), so an rdflib term, being a ``str``, is read as that
    string.
    """
    value = str(term) if isinstance(term, str) else str(getattr(term, "value", term))
    if predicate == LABEL:
        return label_value(value, getattr(term, "language", None))
    return value


@dataclass(frozen=True)
class EventState:
    """One event as the union of its graphs says it is (see the module docstring)."""

    roles: frozenset[str] = frozenset()
    occurred: bool = False
    goldstein: Decimal | None = None
    earliest: str | None = None
    latest: str | None = None
    classes: frozenset[str] = frozenset()
    starts: frozenset[str] = frozenset()
    goldsteins: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    label: str | None = None
    places: frozenset[str] = frozenset()

    def counted(self) -> tuple[object, ...]:
        """What the dyad links and counters read (classes and starts are for merge keys)."""
        return (self.roles, self.occurred, self.goldstein, self.earliest, self.latest)

    def years(self) -> tuple[int, int] | None:
        """The first and last year of its dates, when it has both bounds.

        >>> EventState(earliest="2014-12-30", latest="2015-01-02").years()
        (2014, 2015)
        """
        if self.earliest is None or self.latest is None:
            return None
        return int(self.earliest[:4]), int(self.latest[:4])


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


class StateReader:
    """Collects facts (from any number of graphs) and gives each event's merged state.

    Each event's state is kept merged as facts arrive (union, any, lowest, widest are all
    order-free), so memory grows with the events, not with the facts; each state is a few
    dozen bytes of numbers (:mod:`kg.packed`), since a fresh build or ``kg reindex`` of a
    million events holds them all at once.

    >>> reader = StateReader()
    >>> reader.add([("e", STATUS, OCCURRED), ("e", GOLDSTEIN, "2.0"), ("e", GOLDSTEIN, "-1.5")])
    >>> reader.add([("e", EARLIEST, "2015-02-01"), ("e", EARLIEST, "2015-01-01")])
    >>> state = reader.state("e")
    >>> state.occurred, state.goldstein, state.earliest
    (True, Decimal('-1.5'), '2015-01-01')
    """

    def __init__(self) -> None:
        self._names = Names()  # entities, classes, dates and Goldstein values, numbered
        self._decimals: dict[int, Decimal | None] = {}  # Goldstein value's number -> value
        self._rows: dict[str, int] = {}  # subject -> its row
        # row -> its state packed (kg.packed): occurred, Goldstein, earliest, latest (numbers,
        # -1 for none), the number of roles, the roles, the number of classes, the classes,
        # the same for Goldstein values, statuses and places, then the starts; a million
        # events' states in a few hundred MB rather than GBs
        self._packed: list[bytes] = []
        # a state with no role and no value of its own (the class of evidence, sources and
        # outlets, thousands each) is the same bytes for many subjects: kept once
        self._shared: dict[bytes, bytes] = {}

    def add(self, facts: Iterable[Fact]) -> None:
        """Merge in more facts, from any graph, in any order (a stream of millions is fine)."""
        batch = iter(facts)
        while chunk := list(islice(batch, _CHUNK)):
            by_subject: dict[str, list[tuple[str, str]]] = {}
            for event, predicate, value in chunk:
                if predicate in PREDICATES:
                    by_subject.setdefault(event, []).append((predicate, value))
            for event, found in by_subject.items():
                self._merge(event, found)

    def _merge(self, event: str, facts: list[tuple[str, str]]) -> None:
        row = self._rows.get(event)
        if row is None:
            if event.startswith(_EVENT_PREFIX):
                event = sys.intern(event)  # the string a fresh build's merge lookup holds
            row = self._rows[event] = len(self._packed)
            self._packed.append(_EMPTY)
        number = self._names.number
        head, roles, classes, golds, statuses, places, starts = _read(self._packed[row])
        occurred, goldstein, earliest, latest, label = head
        for predicate, value in facts:
            if predicate in ROLE_PREDICATES:
                roles.add(number(value))
            elif predicate == PLACE:
                places.add(number(value))
            elif predicate == STATUS:
                occurred = occurred or value == OCCURRED
                statuses.add(number(value))
            elif predicate == LABEL:
                if label < 0 or split_label(value) < split_label(self._names.text(label)):
                    label = number(value)
            elif predicate == GOLDSTEIN:
                found = number(value)
                golds.add(found)
                decimal = self._decimal(found)
                if decimal is not None and (goldstein < 0 or decimal < self._lowest(goldstein)):
                    goldstein = found
            elif predicate == CLASS:
                classes.add(number(value))
            elif predicate == EARLIEST:
                if earliest < 0 or value < self._names.text(earliest):
                    earliest = number(value)
                starts.add(number(value))
            elif latest < 0 or value > self._names.text(latest):  # LATEST
                latest = number(value)
        numbers = [int(occurred), goldstein, earliest, latest, label]
        for part in (roles, classes, golds, statuses, places):
            numbers += [len(part), *part]
        record = pack((*numbers, *starts))
        if not roles and not places and goldstein < 0 and earliest < 0 and latest < 0 and label < 0:
            record = self._shared.setdefault(record, record)
        self._packed[row] = record

    def _decimal(self, number: int) -> Decimal | None:
        if number not in self._decimals:
            self._decimals[number] = _decimal(self._names.text(number))
        return self._decimals[number]

    def _lowest(self, number: int) -> Decimal:
        found = self._decimal(number)
        assert found is not None  # only values that are numbers are kept
        return found

    def __contains__(self, subject: object) -> bool:
        """Whether some fact of ``subject`` was added."""
        return subject in self._rows

    def events(self) -> list[str]:
        return list(self._rows)

    def state(self, event: str) -> EventState:
        row = self._rows.get(event)
        if row is None:
            return EventState()
        head, roles, classes, golds, statuses, places, starts = _read(self._packed[row])
        occurred, goldstein, earliest, latest, label = head
        text = self._names.text
        return EventState(
            frozenset(text(n) for n in roles),
            occurred,
            None if goldstein < 0 else self._decimal(goldstein),
            None if earliest < 0 else text(earliest),
            None if latest < 0 else text(latest),
            frozenset(text(n) for n in classes),
            frozenset(text(n) for n in starts),
            frozenset(text(n) for n in golds),
            frozenset(text(n) for n in statuses),
            None if label < 0 else text(label),
            frozenset(text(n) for n in places),
        )


_CHUNK = 10_000
_EVENT_PREFIX = str(ID) + "event/"
_EMPTY = pack((0, -1, -1, -1, -1, 0, 0, 0, 0, 0))

_Unpacked = tuple[
    tuple[bool, int, int, int, int], set[int], set[int], set[int], set[int], set[int], set[int]
]


def _read(record: bytes) -> _Unpacked:
    """A packed state as ((occurred, Goldstein, earliest, latest, label), roles, classes,
    Goldstein values, statuses, places, starts)."""
    numbers = unpack(record)
    parts: list[set[int]] = []
    at = 5
    for _ in range(5):
        end = at + 1 + numbers[at]
        parts.append(set(numbers[at + 1 : end]))
        at = end
    head = (bool(numbers[0]), numbers[1], numbers[2], numbers[3], numbers[4])
    return head, parts[0], parts[1], parts[2], parts[3], parts[4], set(numbers[at:])
