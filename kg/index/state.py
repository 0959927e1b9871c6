"""An event's merged state: what all the graphs that mention it say, read as one.

Several documents may report the same event IRI with different details. The index reads an
event through these rules (``ontology/README.md``, "The index graph"):

* its roles are every entity that any graph gives it as ``ckg:actor``, ``ckg:target`` or
  ``ckg:participant``;
* it occurred when any graph gives it the status ``ckg:Occurred``;
* its Goldstein value is the lowest (most conflictual) one any graph gives;
* its earliest date is the lowest ``ckg:earliestDate``, its latest the highest
  ``ckg:latestDate``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from kg.namespaces import CKG

ROLE_PREDICATES = frozenset(str(CKG[p]) for p in ("actor", "target", "participant"))
STATUS, GOLDSTEIN = str(CKG.status), str(CKG.goldstein)
EARLIEST, LATEST = str(CKG.earliestDate), str(CKG.latestDate)
OCCURRED = str(CKG.Occurred)
PREDICATES = ROLE_PREDICATES | {STATUS, GOLDSTEIN, EARLIEST, LATEST}

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

    >>> reader = StateReader()
    >>> reader.add([("e", STATUS, OCCURRED), ("e", GOLDSTEIN, "2.0"), ("e", GOLDSTEIN, "-1.5")])
    >>> reader.add([("e", EARLIEST, "2015-02-01"), ("e", EARLIEST, "2015-01-01")])
    >>> state = reader.state("e")
    >>> state.occurred, state.goldstein, state.earliest
    (True, Decimal('-1.5'), '2015-01-01')
    """

    def __init__(self) -> None:
        self._facts: dict[str, list[tuple[str, str]]] = {}

    def add(self, facts: Iterable[Fact]) -> None:
        for event, predicate, value in facts:
            if predicate in PREDICATES:
                if predicate in ROLE_PREDICATES or predicate == STATUS:
                    value = sys.intern(value)  # a few hundred entities, millions of facts
                self._facts.setdefault(event, []).append((sys.intern(predicate), value))

    def events(self) -> list[str]:
        return list(self._facts)

    def state(self, event: str) -> EventState:
        roles: set[str] = set()
        occurred = False
        goldstein: Decimal | None = None
        earliest: str | None = None
        latest: str | None = None
        for predicate, value in self._facts.get(event, ()):
            if predicate in ROLE_PREDICATES:
                roles.add(value)
            elif predicate == STATUS:
                occurred = occurred or value == OCCURRED
            elif predicate == GOLDSTEIN:
                number = _decimal(value)
                if number is not None and (goldstein is None or number < goldstein):
                    goldstein = number
            elif predicate == EARLIEST:
                earliest = value if earliest is None else min(earliest, value)
            elif predicate == LATEST:
                latest = value if latest is None else max(latest, value)
        return EventState(frozenset(roles), occurred, goldstein, earliest, latest)
