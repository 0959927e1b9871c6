"""Spans of events that last: a war runs from its outbreak to the ceasefire that ends it.

A document that dates a war's outbreak (``The war broke out on the night of 7–8 August``)
and tells a ceasefire after it (``on 12 August Medvedev announced the end of the operation``)
gives the war's span as the reviewed-facts conventions want it: from the first day of
fighting told to the first ceasefire told after it. Which kinds last and which end them is
data (``common.yaml``: ``ended_by``).
"""

from __future__ import annotations

from dataclasses import replace

from kg.dates import DateSpan, PartialDate
from kg.extract.lexicon import common
from kg.model import Event, Status


def _day(event: Event) -> bool:
    return event.date is not None and event.date.start.day is not None


def lasting(events: list[Event]) -> list[Event]:
    """The events with each lasting kind's span run on to the first ending told after it.

    >>> war = Event("ArmedConflict", "w", (), DateSpan.parse("2008-08-07"))
    >>> truce = Event("Ceasefire", "c", (), DateSpan.parse("2008-08-12"))
    >>> [e.date.iso() for e in lasting([war, truce])]
    ['2008-08-07/2008-08-12', '2008-08-12']
    """
    for kind, ends in common().ended_by.items():
        told = [e for e in events if e.type == kind and _day(e) and e.status is Status.OCCURRED]
        if not told:
            continue
        start = min(e.date.earliest for e in told if e.date is not None)
        endings = [
            e.date.latest
            for e in events
            if e.type in ends
            and _day(e)
            and e.status is Status.OCCURRED
            and e.date is not None
            and not e.date.is_range
            and e.date.earliest > start
        ]
        if not endings:
            continue
        end = min(endings)
        first = PartialDate(start.year, start.month, start.day)
        span = DateSpan(first, PartialDate(end.year, end.month, end.day))
        events = [
            replace(e, date=span)
            if e in told and e.date is not None and e.date.latest <= end
            else e
            for e in events
        ]
    return events
