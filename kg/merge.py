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

The candidates are the stored events that have the event's class, share an entity with it and
have an earliest date inside its dates. The index graph keys every event by class, entity and
month (:mod:`kg.index.mergekeys`), so one query per document finds them: it lists the keys of
each event's class, entities and months and checks the dates of the events found. A store
whose index is missing or of an older format (before ``kg reindex``) is walked instead, a day
at a time, in up to three queries (events of one day, of up to a month, longer); both give
the same candidates. A last query reads what the rule needs about those few. A fresh build
keeps the same facts in memory instead (:class:`kg.event_index.EventIndex`); all feed the one
rule, :func:`_same_event`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace

import pyoxigraph as ox
from rdflib import URIRef

from kg.index.mergekeys import month_keys, months_between
from kg.index.status import index_status
from kg.model import Event, Facts
from kg.namespaces import CKG, ID, INDEX_GRAPH, entity_iri, source_graph
from kg.ontology import event_types
from kg.query import prologue
from kg.rdfterms import to_sparql
from kg.store import Store

_EVENT_PREFIX = f"{ID}event/"
_ROLES = "ckg:actor|ckg:target|ckg:participant"


MAX_SPAN_DAYS = 366
# Above this many days, the days' events are joined with the class's events as two sets
# (Oxigraph then scans both once) rather than checked one by one.
_LOOKUP_ONE_BY_ONE_DAYS = 31


@dataclass
class _Candidate:
    involved: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    earliest: str = ""
    latest: str = "9999-12-31"
    is_range: bool = False


@dataclass
class _Stored:
    """What the merge rule reads about one stored event, over all its graphs."""

    involved: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    is_range: bool = False
    # graph -> (classes, statuses, earliest dates, latest dates) stated in that graph
    graphs: dict[str, tuple[set[str], set[str], set[str], set[str]]] = field(default_factory=dict)

    def in_graph(self, graph: str) -> tuple[set[str], set[str], set[str], set[str]]:
        found = self.graphs.get(graph)
        if found is None:
            found = self.graphs[graph] = (set(), set(), set(), set())
        return found

    def candidate(self, kind: str, status: str, own_graph: str) -> _Candidate | None:
        """The event as a candidate for an event of ``kind`` and ``status`` from another graph.

        Only graphs other than the document's own that give the event this class and status
        count for its dates; the event's dates are the intersection of what they say.
        """
        found = None
        for graph, (classes, statuses, earliest, latest) in self.graphs.items():
            if graph == own_graph or kind not in classes or status not in statuses:
                continue
            if not earliest or not latest:
                continue
            if found is None:
                found = _Candidate(set(self.involved), set(self.places), is_range=self.is_range)
            found.earliest = max(found.earliest, *earliest)
            found.latest = min(found.latest, *latest)
        return found


def enough_shared(shared: int, mine: int, theirs: int) -> bool:
    """Whether two events with ``mine`` and ``theirs`` entities that share ``shared`` of them
    share enough to be one: two, or all of the smaller side when it has fewer."""
    return shared >= min(2, mine, theirs)


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
    if not enough_shared(len(mine & involved), len(mine), len(involved)):
        return False
    return not (event.place and places and str(entity_iri(event.place)) not in places)


def _mergeable(event: Event) -> bool:
    """Events with a date of at most a year and someone involved can merge."""
    if event.date is None or not event.involved():
        return False
    return (event.date.latest - event.date.earliest).days + 1 <= MAX_SPAN_DAYS


def _days(event: Event) -> list[dt.date]:
    assert event.date is not None
    first, last = event.date.earliest, event.date.latest
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def _kind(event: Event) -> str:
    return str(event_types()[event.type].iri)


def _pick(event: Event, found: dict[str, _Stored], own_graph: str) -> Event:
    """The event renamed to the one stored event it is the same as, if exactly one."""
    assert event.date is not None
    status = str(CKG[event.status.value])
    matches = []
    for iri, stored in sorted(found.items()):
        candidate = stored.candidate(_kind(event), status, own_graph)
        if candidate is not None and _same_event(event, candidate):
            matches.append(iri)
    if len(matches) == 1 and matches[0].startswith(_EVENT_PREFIX):
        return replace(event, slug=matches[0].removeprefix(_EVENT_PREFIX))
    return event


# --------------------------------------------------------------------------- in the store


def _anchor_branch(key: int, event: Event) -> str:
    """Stored events starting on a day of the event's dates, of its class, sharing an entity."""
    days = " ".join(f'"{d.isoformat()}"^^xsd:date' for d in _days(event))
    kind = to_sparql(URIRef(_kind(event)))
    people = ", ".join(to_sparql(entity_iri(s)) for s in event.involved())
    if len(_days(event)) > _LOOKUP_ONE_BY_ONE_DAYS:
        anchor = (
            f"{{ SELECT ?e WHERE {{ VALUES ?day {{ {days} }} ?e ckg:earliestDate ?day }} }}\n"
            f"    {{ SELECT ?e WHERE {{ ?e a {kind} }} }}"
        )
    else:
        anchor = f"VALUES ?day {{ {days} }} ?e ckg:earliestDate ?day ; a {kind} ."
    return (
        f"  {{ {anchor}\n"
        f"    FILTER EXISTS {{ ?e {_ROLES} ?x FILTER(?x IN ({people})) }} BIND({key} AS ?k) }}"
    )


def _span_groups(events: tuple[Event, ...], keys: list[int]) -> list[list[int]]:
    """The events split by the length of their dates: one day, up to a month, longer.

    One query per group: Oxigraph answers the three faster than one query with every branch
    (about 20 % less time on the 100k benchmark store), and the long spans' day lists do not
    weigh on the planning of the short ones.
    """
    groups: list[list[int]] = [[], [], []]
    for key in keys:
        span = len(_days(events[key]))
        groups[0 if span == 1 else 1 if span <= _LOOKUP_ONE_BY_ONE_DAYS else 2].append(key)
    return [group for group in groups if group]


def _key_rows(event: Event) -> list[tuple[str, str]]:
    """(merge key, first and last day written for ``VALUES``) of each key of one event."""
    assert event.date is not None
    first, last = event.date.earliest, event.date.latest
    people = [str(entity_iri(s)) for s in event.involved()]
    bounds = f'"{first.isoformat()}"^^xsd:date "{last.isoformat()}"^^xsd:date'
    return [
        (text, bounds)
        for text in sorted(month_keys([_kind(event)], people, months_between(first, last)))
    ]


def _keyed_candidates(
    store: Store, events: tuple[Event, ...], keys: list[int]
) -> dict[int, set[str]]:
    """Stored events keyed by each event's class, an entity and a month of its dates.

    Of those, the ones with an earliest date inside the event's dates (the events
    :func:`_walked_candidates` finds), less those that share too few entities with it for
    :func:`_same_event` (:func:`enough_shared`, written in SPARQL): the keys found name the
    shared entities, and a dyad link in the index says the stored event has two or more, so
    no extra read is needed to tell. The store groups the rows by event and counts the
    entities shared, reads the dyad link only of the events that share one, and returns the
    candidates alone: each row that it leaves out is an event IRI it does not read from its
    string table (a random read per row on a large store).
    """
    names: dict[tuple[int, str], int] = {}
    rows = []
    for k in keys:
        mine = len({entity_iri(s) for s in events[k].involved()})
        for text, bounds in _key_rows(events[k]):
            entity = names.setdefault((k, text.split("|")[1]), len(names))
            rows.append(f"({k} {entity} {mine} {ox.Literal(text)} {bounds})")
    listed = "\n      ".join(rows)
    query = f"""SELECT ?k ?e WHERE {{
  {{ SELECT ?k ?e (COUNT(DISTINCT ?x) AS ?shared) (SAMPLE(?m) AS ?mine) WHERE {{
    VALUES (?k ?x ?m ?key ?first ?last) {{
      {listed}
    }}
    GRAPH <{INDEX_GRAPH}> {{ ?e ckg:mergeKey ?key }}
    ?e ckg:earliestDate ?day FILTER(?first <= ?day && ?day <= ?last)
  }} GROUP BY ?k ?e }}
  FILTER(isIRI(?e) && (?shared >= 2 || ?shared >= ?mine
         || NOT EXISTS {{ GRAPH <{INDEX_GRAPH}> {{ ?e ckg:dyad ?d }} }}))
}}"""
    per_key: dict[int, set[str]] = defaultdict(set)
    for row in _select(store, query):
        per_key[int(row["k"].value)].add(row["e"].value)
    return per_key


def _walked_candidates(
    store: Store, events: tuple[Event, ...], keys: list[int]
) -> dict[int, set[str]]:
    """Stored events starting on a day of each event's dates, of its class, sharing an entity.

    Walks every event of each day (and for long spans every event of the class): for stores
    without merge keys.
    """
    per_key: dict[int, set[str]] = defaultdict(set)
    for group in _span_groups(events, keys):
        branches = "\n  UNION\n".join(_anchor_branch(k, events[k]) for k in group)
        # rows repeat (an event found on two days or in two graphs): a set here costs less
        # than DISTINCT in the query, which took about 40 % longer on the 100k store
        for row in _select(store, f"SELECT ?k ?e WHERE {{\n{branches}\n}}"):
            if isinstance(row["e"], ox.NamedNode):
                per_key[int(row["k"].value)].add(row["e"].value)
    return per_key


def _select(store: Store, query: str) -> ox.QuerySolutions:
    """Evaluate a query this module wrote from escaped terms (not screened: nothing outside).

    Screening tokenizes the whole text in Python, which costs more than evaluating these
    queries, whose day lists run to thousands of terms.
    """
    result = store.select(prologue() + query)
    assert isinstance(result, ox.QuerySolutions)
    return result


def _details_query(events: list[str]) -> str:
    """What the rule reads about ``events``; each row gives the event's place in the list, not
    its IRI (which the store would read again from its string table for each row)."""
    listed = " ".join(f"({i} {to_sparql(URIRef(e))})" for i, e in enumerate(events))
    return f"""SELECT ?i ?g ?class ?status ?earliest ?latest ?who ?place ?start WHERE {{
  VALUES (?i ?e) {{ {listed} }}
  {{ GRAPH ?g {{ ?e a ?class ; ckg:status ?status ;
                 ckg:earliestDate ?earliest ; ckg:latestDate ?latest . }} }}
  UNION {{ ?e {_ROLES} ?who }}
  UNION {{ ?e ckg:place ?place }}
  UNION {{ ?e ckg:startDate ?start }}
}}"""


def _stored_events(store: Store, events: list[str]) -> dict[str, _Stored]:
    result = _select(store, _details_query(events))
    found: dict[str, _Stored] = defaultdict(_Stored)
    for row in result:
        stored = found[events[int(row["i"].value)]]
        if row["g"] is not None:
            classes, statuses, earliest, latest = stored.in_graph(row["g"].value)
            classes.add(row["class"].value)
            statuses.add(row["status"].value)
            earliest.add(row["earliest"].value)
            latest.add(row["latest"].value)
        elif row["who"] is not None:
            stored.involved.add(row["who"].value)
        elif row["place"] is not None:
            stored.places.add(row["place"].value)
        elif row["start"] is not None:
            stored.is_range = True
    return found


def match_existing(store: Store, facts: Facts) -> Facts:
    """The same facts with each event's slug pointing at a matching stored event, if any."""
    own = str(source_graph(facts.source.slug))
    keys = [k for k, event in enumerate(facts.events) if _mergeable(event)]
    if not keys:
        return facts
    lookup = _keyed_candidates if index_status(store) == "ready" else _walked_candidates
    per_key = lookup(store, facts.events, keys)
    if not per_key:
        return facts
    stored = _stored_events(store, sorted({e for found in per_key.values() for e in found}))
    events = list(facts.events)
    for key, found in per_key.items():
        events[key] = _pick(events[key], {e: stored[e] for e in found}, own)
    return replace(facts, events=tuple(events))
