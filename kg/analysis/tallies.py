"""The actor projection read from the index graph's counters instead of the events.

The index graph (:mod:`kg.index`) keeps, for every pair of entities and every entity, the
number of occurred events, their Goldstein sum and date bounds, overall and per span of years
(first year, last year of the event's dates). That answers the projection exactly when the
filter is the default (occurred events, any type, any confidence) or a whole-year date range:
an event overlaps the years ``y0``..``y1`` if and only if its first year is at most ``y1``
and its last year at least ``y0``. Reading some ten thousand counter nodes replaces joining
every event's roles with themselves. Other filters go through the events
(:func:`kg.analysis.projection.actor_graph` decides).
"""

from __future__ import annotations

import datetime as dt

from kg.analysis.sparql import EventFilter
from kg.index.status import index_status
from kg.namespaces import INDEX_GRAPH

INDEX = f"<{INDEX_GRAPH}>"


def whole_years(flt: EventFilter) -> tuple[int | None, int | None] | None:
    """The filter's years when its window starts on 1 January and ends on 31 December.

    ``None`` when the window cuts through a year; ``(None, None)`` when there is no window.

    >>> whole_years(EventFilter(start="2015", end="2020"))
    (2015, 2020)
    >>> whole_years(EventFilter(start="2015-03")) is None
    True
    """
    first, last = flt.window()
    if first is not None and (first.month, first.day) != (1, 1):
        return None
    if last is not None and (last.month, last.day) != (12, 31):
        return None
    return (first.year if first else None, last.year if last else None)


def answers(store: object, flt: EventFilter, *, with_events: bool) -> bool:
    """Whether the counters answer this projection exactly (and the store keeps them)."""
    if with_events or flt.types or flt.min_confidence is not None:
        return False
    if flt.statuses is None or [s.lower() for s in flt.statuses] != ["occurred"]:
        return False
    return whole_years(flt) is not None and index_status(store) != "missing"


def _year_filter(years: tuple[int | None, int | None]) -> str:
    first, last = years
    tests = []
    if last is not None:
        tests.append(f"?fy <= {int(last)}")
    if first is not None:
        tests.append(f"?ly >= {int(first)}")
    return f"FILTER({' && '.join(tests)})" if tests else ""


def pairs_query(flt: EventFilter, counts_only: bool) -> str:
    """Rows ``?a ?b ?n`` (and ``?sum ?first ?last``) per pair with selected events."""
    years = whole_years(flt)
    assert years is not None
    dates = "" if counts_only else "ckg:goldsteinSum ?s ; "
    optional = (
        ""
        if counts_only
        else "OPTIONAL { ?p ckg:earliestEventDate ?f } OPTIONAL { ?p ckg:latestEventDate ?l }"
    )
    if years == (None, None):
        return f"""SELECT ?a ?b (?c AS ?n) (?s AS ?sum) (?f AS ?first) (?l AS ?last) WHERE {{
  GRAPH {INDEX} {{ ?p ckg:firstMember ?a ; ckg:secondMember ?b ; {dates}ckg:occurredCount ?c .
  {optional} }}
  FILTER(?c > 0)
}}"""
    aggregates = "(SUM(?c) AS ?n)"
    if not counts_only:
        aggregates += " (SUM(?s) AS ?sum) (MIN(?f) AS ?first) (MAX(?l) AS ?last)"
    return f"""SELECT ?a ?b {aggregates} WHERE {{
  GRAPH {INDEX} {{
    ?p ckg:yearsOf ?d ; ckg:firstYear ?fy ; ckg:lastYear ?ly ; {dates}ckg:occurredCount ?c .
    {optional}
    ?d ckg:firstMember ?a ; ckg:secondMember ?b .
  }}
  {_year_filter(years)}
}} GROUP BY ?a ?b"""


def entities_block(flt: EventFilter) -> str:
    """A sub-SELECT binding ``?a ?n``: each entity and its number of selected events."""
    years = whole_years(flt)
    assert years is not None
    if years == (None, None):
        return (
            f"{{ SELECT ?a ?n WHERE {{ GRAPH {INDEX} {{ ?t ckg:tallyOf ?a ; "
            f"ckg:occurredCount ?n }} }} }}"
        )
    return f"""{{ SELECT ?a (SUM(?c) AS ?n) WHERE {{
      GRAPH {INDEX} {{ ?t ckg:tallyOf ?a . ?p ckg:yearsOf ?t ; ckg:firstYear ?fy ;
        ckg:lastYear ?ly ; ckg:occurredCount ?c . }}
      {_year_filter(years)}
  }} GROUP BY ?a }}"""


def iso(value: str) -> str:
    """An ``xsd:date`` value as plain ISO text (servers may add a time zone)."""
    return dt.date.fromisoformat(value[:10]).isoformat()
