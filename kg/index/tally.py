"""What the index graph holds: dyad links and counters, computed from event states.

Five kinds of counter nodes, each keyed by a tuple (see ``ontology/README.md``):

* ``("dyad", a, b)``: the pair of entities ``a < b`` (IRIs): how many events involve both
  (``ckg:eventCount``, any status) and, over those that occurred, their number
  (``ckg:occurredCount``), Goldstein sum and date bounds;
* ``("dyad-years", a, b, first, last)``: the same over the pair's occurred events whose dates
  run from year ``first`` to year ``last``;
* ``("entity", a)`` and ``("entity-years", a, first, last)``: occurred events involving ``a``;
* ``("class-year", class, year)``: events (any status, roles or not) that some graph gives the
  class and some graph an earliest date in the year (``ckg:eventCount``, stated again as
  ``ckg:classYearCount``, which only these nodes have, so that a query reads all of them in one
  scan instead of a lookup per node): what counting ``?e a ?class ; ckg:earliestDate ?d`` by
  ``YEAR(?d)`` gives, without walking every event.
  Each counted event links to it (``ckg:inClassYear``), so that the events of some classes in
  some years are found without walking the others.

Two more kinds of node serve the answer rows of ``events-between`` (:mod:`kg.index.answers`),
both counting the events that link to them (``ckg:eventCount``), events with a dyad only:

* ``("dyad-start", a, b, year)``: the events of the dyad ``a``--``b`` with an earliest date
  in the year (``ckg:inDyadYear``), so that a date range reads only its years' events, and
  the answer rows they give on each of those dates (``ckg:dayRows``, :mod:`kg.index.days`),
  so that a page counts them without reading the events;
* ``("kind", class, goldstein, status)``: one class, Goldstein value (lexical form) and status
  of an event (``""`` for none), every combination of those any graph gives it
  (``ckg:indexKind``); a few hundred nodes that a query reads once.

Dyad nodes exist while an event links to them; the other nodes while their count is not zero.
Counters add and subtract exactly (integers and decimals), so an index kept up to date a
document at a time equals one computed from scratch.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox

from kg.index.days import DayRows, add_days, day_rows_text, event_days, start_year
from kg.index.state import EventState
from kg.namespaces import CKG, ID, RDF, XSD

Key = tuple[str | int, ...]
ENTITY_PREFIX = f"{ID}entity/"
CLASS_PREFIX = str(CKG)
ZERO = Decimal(0)


@dataclass(slots=True)
class Totals:
    """The counters of one node. Dates are ISO text (``None`` when no event has them)."""

    events: int = 0
    occurred: int = 0
    goldstein: Decimal = ZERO
    earliest: str | None = None
    latest: str | None = None
    days: DayRows | None = None  # start-year nodes: the answer rows of each day

    def add(self, other: Totals, sign: int = 1) -> None:
        """Add (or with ``sign=-1`` take away) counts and sums; dates only widen here."""
        self.events += sign * other.events
        self.occurred += sign * other.occurred
        self.goldstein += sign * other.goldstein
        self.days = add_days(self.days, other.days, sign)
        if sign > 0:
            self.widen(other.earliest, other.latest)

    def widen(self, earliest: str | None, latest: str | None) -> None:
        if earliest is not None and (self.earliest is None or earliest < self.earliest):
            self.earliest = earliest
        if latest is not None and (self.latest is None or latest > self.latest):
            self.latest = latest

    def alive(self, key: Key) -> bool:
        return (self.events if key[0] in EVENT_COUNTED else self.occurred) > 0


EVENT_COUNTED = frozenset({"dyad", "class-year", "dyad-start", "kind"})


def contributions(state: EventState) -> dict[Key, Totals]:
    """What one event adds to each counter node.

    >>> day = "2015-05-01"
    >>> state = EventState(frozenset({"x:b", "x:a"}), True, Decimal("-2"), day, day)
    >>> sorted(contributions(state))  # doctest: +NORMALIZE_WHITESPACE
    [('dyad', 'x:a', 'x:b'), ('dyad-years', 'x:a', 'x:b', 2015, 2015), ('entity', 'x:a'),
     ('entity', 'x:b'), ('entity-years', 'x:a', 2015, 2015), ('entity-years', 'x:b', 2015, 2015)]
    """
    kind_keys = kinds(state)
    out: dict[Key, Totals] = {key: Totals(events=1) for key in class_years(state) + kind_keys}
    # its rows in events-between: one per kind link (two kinds could share an IRI), if labelled
    rows = len({node_iri(k) for k in kind_keys}) if len(kind_keys) > 1 else len(kind_keys)
    rows = rows if state.label is not None else 0
    for key in dyad_starts(state):
        out[key] = Totals(events=1, days=event_days(state.starts, int(key[3]), rows) or None)
    roles = sorted(state.roles)
    years = state.years() if state.occurred else None
    goldstein = state.goldstein if state.goldstein is not None else ZERO
    dated = (state.earliest, state.latest) if state.occurred else (None, None)
    for i, a in enumerate(roles):
        if state.occurred:
            out[("entity", a)] = Totals(occurred=1)
            if years:
                out[("entity-years", a, *years)] = Totals(occurred=1)
        for b in roles[i + 1 :]:
            out[("dyad", a, b)] = Totals(
                1, int(state.occurred), goldstein if state.occurred else ZERO, *dated
            )
            if years:
                out[("dyad-years", a, b, *years)] = Totals(0, 1, goldstein, *dated)
    return out


def start_years(state: EventState) -> list[int]:
    """The years of an event's earliest dates (``xsd:date`` ones), in order.

    >>> start_years(EventState(starts=frozenset({"2016-01-01", "2015-05-01", "2015"})))
    [2015, 2016]
    """
    return sorted({y for y in map(start_year, state.starts) if y is not None})


def class_years(state: EventState) -> list[Key]:
    """The class-year counts an event is in: each class with each year of an earliest date.

    >>> state = EventState(classes=frozenset({"x:Meeting"}),
    ...     starts=frozenset({"2015-05-01", "2015-06-01", "2016-01-01"}))
    >>> class_years(state)
    [('class-year', 'x:Meeting', 2015), ('class-year', 'x:Meeting', 2016)]
    """
    years = start_years(state)
    return [("class-year", c, y) for c in sorted(state.classes) for y in years]


def dyad_starts(state: EventState) -> list[Key]:
    """The dyad-start nodes of an event: each dyad with each year of an earliest date.

    >>> dyad_starts(EventState(frozenset({"x:a", "x:b"}), starts=frozenset({"2015-05-01"})))
    [('dyad-start', 'x:a', 'x:b', 2015)]
    """
    years = start_years(state)
    return [("dyad-start", *key[1:], year) for key in dyads_of(state) for year in years]


def kinds(state: EventState) -> list[Key]:
    """The kinds of an event with a dyad: each class with each Goldstein value (or none) and
    each status (or none) any graph gives it.

    >>> state = EventState(frozenset({"x:a", "x:b"}), classes=frozenset({"x:Talks"}),
    ...     goldsteins=frozenset({"2", "-1.5"}))
    >>> kinds(state)
    [('kind', 'x:Talks', '-1.5', ''), ('kind', 'x:Talks', '2', '')]
    """
    if len(state.roles) < 2:
        return []
    goldsteins = sorted(state.goldsteins) or [""]
    statuses = sorted(state.statuses) or [""]
    return [("kind", c, g, s) for c in sorted(state.classes) for g in goldsteins for s in statuses]


def dyads_of(state: EventState) -> list[Key]:
    """The dyad keys an event links to: every unordered pair of its distinct roles."""
    roles = sorted(state.roles)
    return [("dyad", a, b) for i, a in enumerate(roles) for b in roles[i + 1 :]]


def entity_name(iri: str) -> str:
    """An entity's slug, or a hash of its IRI when it has none (in node IRIs and merge keys)."""
    slug = iri[len(ENTITY_PREFIX) :] if iri.startswith(ENTITY_PREFIX) else ""
    if not slug or "/" in slug or "--" in slug:
        return "x-" + hashlib.sha256(iri.encode()).hexdigest()[:20]
    return slug


def class_name(iri: str) -> str:
    """A class IRI's short name: its part after the ontology's namespace, else a hash.

    >>> class_name("https://w3id.org/caucasus-kg/ontology#Meeting")
    'Meeting'
    >>> class_name("http://example.org/Talks")
    'x-16c7480995d7c520bbbc'
    """
    name = iri[len(CLASS_PREFIX) :] if iri.startswith(CLASS_PREFIX) else ""
    if not name or "|" in name or "/" in name:
        return "x-" + hashlib.sha256(iri.encode()).hexdigest()[:20]
    return name


def node_iri(key: Key) -> str:
    """The IRI of a counter node: written down from its key alone.

    >>> node_iri(("dyad-years", ENTITY_PREFIX + "azerbaijan", ENTITY_PREFIX + "iran", 2015, 2016))
    'https://w3id.org/caucasus-kg/id/dyad/azerbaijan--iran/years/2015-2016'
    >>> node_iri(("entity", ENTITY_PREFIX + "iran"))
    'https://w3id.org/caucasus-kg/id/tally/iran'
    >>> node_iri(("class-year", CLASS_PREFIX + "Meeting", 2015))
    'https://w3id.org/caucasus-kg/id/classyear/Meeting/2015'
    """
    kind = key[0]
    if kind == "class-year":
        return f"{ID}classyear/{class_name(str(key[1]))}/{key[2]}"
    if kind == "kind":
        return kind_iri(str(key[1]), str(key[2]), str(key[3]))
    if kind in ("dyad", "dyad-years", "dyad-start"):
        base = f"{ID}dyad/{entity_name(str(key[1]))}--{entity_name(str(key[2]))}"
        if kind == "dyad-start":
            return f"{base}/start/{key[3]}"
        return base if kind == "dyad" else f"{base}/years/{key[3]}-{key[4]}"
    base = f"{ID}tally/{entity_name(str(key[1]))}"
    return base if kind == "entity" else f"{base}/years/{key[2]}-{key[3]}"


def kind_iri(cls: str, goldstein: str, status: str) -> str:
    """The IRI of a kind node: the class, then the status and Goldstein value it has, if any.

    >>> kind_iri(CLASS_PREFIX + "Meeting", "-2.5", CLASS_PREFIX + "Occurred")
    'https://w3id.org/caucasus-kg/id/kind/Meeting/status/Occurred/goldstein/-2.5'
    >>> kind_iri(CLASS_PREFIX + "Meeting", "", "")
    'https://w3id.org/caucasus-kg/id/kind/Meeting'
    """
    iri = f"{ID}kind/{class_name(cls)}"
    if status:
        iri += f"/status/{class_name(status)}"
    if goldstein:
        name = goldstein if _NUMBER.fullmatch(goldstein) else class_name(goldstein)
        iri += f"/goldstein/{name}"
    return iri


_NUMBER = re.compile(r"[+-]?[0-9]*\.?[0-9]+")


def decimal_text(value: Decimal) -> str:
    """Canonical xsd:decimal text (as Oxigraph stores it), so equal sums are equal literals.

    >>> decimal_text(Decimal("-3.50")), decimal_text(Decimal("4.0")), decimal_text(Decimal("-0E-1"))
    ('-3.5', '4', '0')
    """
    text = format(value.normalize(), "f")
    return "0" if text == "-0" else text


_XSD_INTEGER = ox.NamedNode(str(XSD.integer))
_XSD_DATE = ox.NamedNode(str(XSD.date))
_XSD_DECIMAL = ox.NamedNode(str(XSD.decimal))


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_XSD_INTEGER)


def _date(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=_XSD_DATE)


@lru_cache(maxsize=64)
def _p(name: str) -> ox.NamedNode:
    """The node of an ontology term; made once (a write asks for thousands)."""
    return ox.NamedNode(str(CKG[name]))


TYPE = ox.NamedNode(str(RDF.type))


def node_triples(key: Key, totals: Totals) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, object]]:
    """The triples describing one counter node with these totals."""
    node = ox.NamedNode(node_iri(key))
    yield from _fixed_triples(node, key)
    yield from _counters(node, key, totals)


def counter_triples(
    key: Key, totals: Totals
) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, object]]:
    """The triples of a node that change with its totals (its counts, sums, dates and day
    rows): what a write rewrites of a node that stays.

    >>> key = ("entity", ENTITY_PREFIX + "iran")
    >>> [str(o) for _n, _p, o in counter_triples(key, Totals(occurred=3))]
    ['"3"^^<http://www.w3.org/2001/XMLSchema#integer>']
    """
    return _counters(ox.NamedNode(node_iri(key)), key, totals)


def _fixed_triples(
    node: ox.NamedNode, key: Key
) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, object]]:
    """What a node says whatever its totals: its class, members, years and the like."""
    kind = key[0]
    if kind in ("dyad-start", "kind"):
        yield from _answer_node(node, key)
    elif kind == "class-year":
        yield from (
            (node, TYPE, _p("ClassYear")),
            (node, _p("countsClass"), ox.NamedNode(str(key[1]))),
            (node, _p("year"), _integer(int(key[2]))),
        )
    elif kind == "dyad":
        a, b = ox.NamedNode(str(key[1])), ox.NamedNode(str(key[2]))
        yield from (
            (node, TYPE, _p("Dyad")),
            (node, _p("member"), a),
            (node, _p("member"), b),
            (node, _p("firstMember"), a),
            (node, _p("secondMember"), b),
        )
    elif kind == "dyad-years":
        yield (node, TYPE, _p("DyadYears"))
        yield (node, _p("yearsOf"), ox.NamedNode(node_iri(("dyad", key[1], key[2]))))
    elif kind == "entity":
        yield (node, TYPE, _p("EntityTally"))
        yield (node, _p("tallyOf"), ox.NamedNode(str(key[1])))
    else:
        yield (node, TYPE, _p("EntityYears"))
        yield (node, _p("yearsOf"), ox.NamedNode(node_iri(("entity", key[1]))))
    if kind in ("dyad-years", "entity-years"):
        yield (node, _p("firstYear"), _integer(int(key[-2])))
        yield (node, _p("lastYear"), _integer(int(key[-1])))


def _counters(
    node: ox.NamedNode, key: Key, totals: Totals
) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, object]]:
    kind = key[0]
    if kind in EVENT_COUNTED:
        yield (node, _p("eventCount"), _integer(totals.events))
        if kind == "class-year":
            yield (node, _p("classYearCount"), _integer(totals.events))
        if kind == "dyad-start":
            yield (node, _p("dayRows"), ox.Literal(day_rows_text(totals.days)))
        if kind != "dyad":
            return
    yield (node, _p("occurredCount"), _integer(totals.occurred))
    if kind in ("dyad", "dyad-years"):
        yield (
            node,
            _p("goldsteinSum"),
            ox.Literal(decimal_text(totals.goldstein), datatype=_XSD_DECIMAL),
        )
        if totals.earliest is not None:
            yield (node, _p("earliestEventDate"), _date(totals.earliest))
        if totals.latest is not None:
            yield (node, _p("latestEventDate"), _date(totals.latest))


def _answer_node(
    node: ox.NamedNode, key: Key
) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, object]]:
    """What a dyad-start or kind node says, its count apart."""
    if key[0] == "dyad-start":
        yield (node, _p("dyadOf"), ox.NamedNode(node_iri(("dyad", key[1], key[2]))))
        yield (node, _p("startYear"), _integer(int(key[3])))
        return
    yield (node, TYPE, _p("EventKind"))
    yield (node, _p("kindClass"), ox.NamedNode(str(key[1])))
    if key[2]:
        yield (node, _p("kindGoldstein"), ox.Literal(str(key[2]), datatype=_XSD_DECIMAL))
    if key[3]:
        yield (node, _p("kindStatus"), ox.NamedNode(str(key[3])))


def links_of(state: EventState) -> list[Key]:
    """The nodes an event links to: its dyads, the class-year counts it is counted in, and
    (with a dyad) its dyad-start nodes and kinds."""
    return dyads_of(state) + class_years(state) + dyad_starts(state) + kinds(state)


_LINKS = {"class-year": "inClassYear", "dyad-start": "inDyadYear", "kind": "indexKind"}


def link_triple(event: str, key: Key) -> tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode]:
    """``event ckg:dyad dyad``, or ``ckg:inClassYear`` a class-year count, ``ckg:inDyadYear``
    a dyad-start node, ``ckg:indexKind`` a kind.

    >>> link_triple("x:e", ("class-year", CLASS_PREFIX + "Meeting", 2015))[1].value
    'https://w3id.org/caucasus-kg/ontology#inClassYear'
    """
    predicate = _p(_LINKS.get(str(key[0]), "dyad"))
    return (ox.NamedNode(event), predicate, ox.NamedNode(node_iri(key)))
