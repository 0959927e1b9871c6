"""Merge keys: one literal per (class, entity, month) of each event, for the merge lookup.

:mod:`kg.merge` joins a new event to a stored one of the same class that shares an entity with
it and has an earliest date inside the new event's dates. The index graph gives every event
``?e ckg:mergeKey "Class|entity|YYYY-MM"`` for each class any graph gives it, each entity it
involves in any graph and the month of each ``ckg:earliestDate`` any graph gives it. The lookup
then lists the keys of the new event's class, entities and months (a year is twelve) and checks
the dates of the few events found, instead of walking every event of each day of its span.

Class and entity are written as short names: the part after the ontology's namespace and the
entity slug, or a hash of the IRI for anything else. Two IRIs that share a name only add
candidates, which the merge rule then turns down.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pyoxigraph as ox

from kg.index.state import EventState
from kg.index.tally import class_name, entity_name
from kg.namespaces import CKG

MERGE_KEY = ox.NamedNode(str(CKG.mergeKey))


def month_keys(classes: Iterable[str], entities: Iterable[str], months: Iterable[str]) -> set[str]:
    """Every key of these class IRIs, entity IRIs and months (``YYYY-MM``)."""
    listed = [entity_name(e) for e in entities]
    return {f"{class_name(c)}|{e}|{m}" for c in classes for e in listed for m in months}


def merge_keys(state: EventState) -> set[str]:
    """The keys of one event: none unless it has a class, an entity and an earliest date.

    >>> state = EventState(frozenset({"https://w3id.org/caucasus-kg/id/entity/iran"}),
    ...     classes=frozenset({"https://w3id.org/caucasus-kg/ontology#Meeting"}),
    ...     starts=frozenset({"2024-05-19", "2024-05-01"}))
    >>> sorted(merge_keys(state))
    ['Meeting|iran|2024-05']
    """
    return month_keys(state.classes, state.roles, {start[:7] for start in state.starts})


def months_between(first: dt.date, last: dt.date) -> list[str]:
    """The months (``YYYY-MM``) that the days from ``first`` to ``last`` fall in.

    >>> months_between(dt.date(2023, 12, 30), dt.date(2024, 2, 1))
    ['2023-12', '2024-01', '2024-02']
    """
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def key_triple(event: str, key: str) -> tuple[ox.NamedNode, ox.NamedNode, ox.Literal]:
    """``event ckg:mergeKey "key"``."""
    return (ox.NamedNode(event), MERGE_KEY, ox.Literal(key))
