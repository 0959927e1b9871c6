"""An event's merged state: what all the graphs that mention it say, read as one.

Several documents may report the same event IRI with different details. The index reads an
event through these rules (``ontology/README.md``, "The index graph"):

* its roles are every entity that any graph gives it as ``ckg:actor``, ``ckg:target`` or
  ``ckg:participant``;
* it occurred when any graph gives it the status ``ckg:Occurred``;
* its Goldstein value is the lowest (most conflictual) one any graph gives;
* its earliest date is the lowest ``ckg:earliestDate``, its latest the highest
  ``ckg:latestDate``;
* its classes are every ``rdf:type`` and its starts every ``ckg:earliestDate`` any graph gives
  (for the merge keys, :mod:`kg.index.mergekeys`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from kg.namespaces import CKG, RDF

ROLE_PREDICATES = frozenset(str(CKG[p]) for p in ("actor", "target", "participant"))
STATUS, GOLDSTEIN = str(CKG.status), str(CKG.goldstein)
EARLIEST, LATEST = str(CKG.earliestDate), str(CKG.latestDate)
OCCURRED = str(CKG.Occurred)
CLASS = str(RDF.type)
PREDICATES = ROLE_PREDICATES | {STATUS, GOLDSTEIN, EARLIEST, LATEST, CLASS}

Fact = tuple[str, str, str]
"""(event IRI, predicate IRI, object value: an IRI or a literal's lexical form)."""


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


def _join(held: str | set[str] | None, value: str) -> str | set[str]:
    """Add ``value`` to a set of strings kept as one string until it has two."""
    if held is None or held == value:
        return value
    if isinstance(held, str):
        return {held, value}
    held.add(value)
    return held


def _frozen(held: str | set[str] | None) -> frozenset[str]:
    if held is None:
        return frozenset()
    return frozenset((held,)) if isinstance(held, str) else frozenset(held)


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


class StateReader:
    """Collects facts (from any number of graphs) and gives each event's merged state.

    Each event's state is kept merged as facts arrive (union, any, lowest, widest are all
    order-free), so memory grows with the events, not with the facts.

    >>> reader = StateReader()
    >>> reader.add([("e", STATUS, OCCURRED), ("e", GOLDSTEIN, "2.0"), ("e", GOLDSTEIN, "-1.5")])
    >>> reader.add([("e", EARLIEST, "2015-02-01"), ("e", EARLIEST, "2015-01-01")])
    >>> state = reader.state("e")
    >>> state.occurred, state.goldstein, state.earliest
    (True, Decimal('-1.5'), '2015-01-01')
    """

    def __init__(self) -> None:
        # event -> [roles or None, occurred, lowest Goldstein, lowest earliest, highest latest,
        # classes, starts]; classes and starts are one string until there are two
        self._states: dict[str, list[Any]] = {}

    def add(self, facts: Iterable[Fact]) -> None:
        states = self._states
        for event, predicate, value in facts:
            if predicate not in PREDICATES:
                continue
            slot = states.get(event)
            if slot is None:
                slot = states[event] = [None, False, None, None, None, None, None]
            if predicate in ROLE_PREDICATES:
                if slot[0] is None:
                    slot[0] = set()
                slot[0].add(sys.intern(value))  # a few hundred entities, millions of facts
            elif predicate == STATUS:
                slot[1] = slot[1] or value == OCCURRED
            elif predicate == GOLDSTEIN:
                number = _decimal(value)
                if number is not None and (slot[2] is None or number < slot[2]):
                    slot[2] = number
            elif predicate == CLASS:
                slot[5] = _join(slot[5], sys.intern(value))  # a few dozen classes
            elif predicate == EARLIEST:
                if slot[3] is None or value < slot[3]:
                    slot[3] = value
                slot[6] = _join(slot[6], value)
            elif slot[4] is None or value > slot[4]:  # LATEST
                slot[4] = value

    def events(self) -> list[str]:
        return list(self._states)

    def state(self, event: str) -> EventState:
        slot = self._states.get(event)
        if slot is None:
            return EventState()
        roles, occurred, goldstein, earliest, latest, classes, starts = slot
        return EventState(
            frozenset(roles or ()),
            occurred,
            goldstein,
            earliest,
            latest,
            _frozen(classes),
            _frozen(starts),
        )
