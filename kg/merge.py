"""Cross-document merging: the same event reported by several sources becomes one node.

Before a document is stored, each of its events looks for events already in the store (from
other sources) of the same type and status, with overlapping participants, no conflicting
place, and a date at least as precise as its own that falls inside its own date. When exactly
one is found, the document's statements use that event's IRI, so the event gains a second
``prov:wasDerivedFrom`` instead of a twin; it then carries each source's label and date (the
intersection of their bounds is the best estimate). A single date and a date range are never
merged, so an event has either ``ckg:date`` or ``ckg:startDate`` values, not both. Two
candidates (a report of "May 2024" when the store has meetings on the 19th and the 21st) are
ambiguous, and nothing is merged.

A vaguer report attaches to a precise one, never the other way round, so re-ingesting a
document never moves another document's facts. Which IRI a merged event gets depends on the
order documents arrive in; a folder is always built in name order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

import pyoxigraph as ox
from rdflib import Literal
from rdflib.namespace import XSD

from kg.model import Event, Facts
from kg.namespaces import ID, entity_iri, source_graph
from kg.ontology import event_types
from kg.query import run
from kg.rdfterms import to_sparql
from kg.store import Store

_EVENT_PREFIX = f"{ID}event/"


MAX_SPAN_DAYS = 366


def _candidates_query(event: Event, own_graph: str) -> str | None:
    """Events of the same type and status that start on a day inside this event's dates.

    Listing the days makes the date an index lookup rather than a filter over every event
    the participants ever had; spans longer than a year are too vague to merge.
    """
    assert event.date is not None
    days = (event.date.latest - event.date.earliest).days + 1
    if days > MAX_SPAN_DAYS:
        return None
    first = event.date.earliest
    dates = " ".join(
        to_sparql(Literal(first + dt.timedelta(days=i), datatype=XSD.date)) for i in range(days)
    )
    people = " ".join(to_sparql(entity_iri(s)) for s in event.involved())
    kind = to_sparql(event_types()[event.type].iri)
    return f"""
SELECT ?e ?who ?place ?earliest ?latest ?start WHERE {{
  VALUES ?day {{ {dates} }}
  ?e ckg:earliestDate ?day .
  GRAPH ?g {{ ?e a {kind} ; ckg:status ckg:{event.status.value} ;
                ckg:earliestDate ?earliest ; ckg:latestDate ?latest . }}
  FILTER(?g != <{own_graph}>)
  FILTER EXISTS {{ VALUES ?x {{ {people} }} ?e ckg:actor|ckg:target|ckg:participant ?x }}
  ?e ckg:actor|ckg:target|ckg:participant ?who .
  OPTIONAL {{ ?e ckg:place ?place }}
  OPTIONAL {{ ?e ckg:startDate ?start }}
}}"""


@dataclass
class _Candidate:
    involved: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    earliest: str = ""
    latest: str = "9999-12-31"
    is_range: bool = False


def _same_event(event: Event, candidate: _Candidate) -> bool:
    assert event.date is not None
    involved, places = candidate.involved, candidate.places
    if candidate.is_range != event.date.is_range:  # a single day and a range stay apart
        return False
    if not (
        event.date.earliest.isoformat() <= candidate.earliest
        and candidate.latest <= event.date.latest.isoformat()
    ):
        return False
    mine = {str(entity_iri(s)) for s in event.involved()}
    shared = len(mine & involved)
    if shared < min(2, len(mine), len(involved)):
        return False
    return not (event.place and places and str(entity_iri(event.place)) not in places)


def match_existing(store: Store, facts: Facts) -> Facts:
    """The same facts with each event's slug pointing at a matching stored event, if any."""
    own = str(source_graph(facts.source.slug))
    events = []
    for event in facts.events:
        if event.date is None or not event.involved():
            events.append(event)
            continue
        query = _candidates_query(event, own)
        if query is None:
            events.append(event)
            continue
        result = run(store, query)
        assert isinstance(result, ox.QuerySolutions)
        found: dict[str, _Candidate] = {}
        for row in result:
            candidate = found.setdefault(row["e"].value, _Candidate())
            candidate.involved.add(row["who"].value)
            if row["place"] is not None:
                candidate.places.add(row["place"].value)
            # the event's date is the intersection of what its sources say
            candidate.earliest = max(candidate.earliest, row["earliest"].value)
            candidate.latest = min(candidate.latest, row["latest"].value)
            candidate.is_range = candidate.is_range or row["start"] is not None
        matches = [iri for iri, c in sorted(found.items()) if _same_event(event, c)]
        if len(matches) == 1 and matches[0].startswith(_EVENT_PREFIX):
            event = replace(event, slug=matches[0].removeprefix(_EVENT_PREFIX))
        events.append(event)
    return replace(facts, events=tuple(events))
