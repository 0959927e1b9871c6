"""Read what the views show from the store, through SPARQL, into a networkx graph.

:class:`ViewFilter` selects events (date range, types with their subclasses, minimum
confidence); :func:`load_events` reads the selected events with their roles, place, dates,
Goldstein value, status and evidence (quote, source URL, outlet, publication date);
:func:`entity_info` reads labels (in the language asked for, falling back to English) and
classes of entities (:mod:`kg.views.entities`, re-exported here with the SPARQL helpers of
:mod:`kg.views.sparql`); :func:`event_graph` joins them into a :class:`networkx.MultiDiGraph`
with one edge per event and pair of involved entities.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx
import pyoxigraph as ox

from kg.dates import PartialDate
from kg.errors import QueryError
from kg.namespaces import CKG
from kg.selection import selection_parts
from kg.store import Store
from kg.views.entities import EntityInfo, entity_info, entity_iri, group_of_class
from kg.views.sparql import (
    ENTITY_PREFIX,
    check_lang,
    literal_text,
    local,
    most_specific,
    select,
    superclasses,
)

__all__ = [
    "ENTITY_PREFIX",
    "ROLE_NAMES",
    "EntityInfo",
    "EventFacts",
    "Quote",
    "ViewFilter",
    "check_lang",
    "class_iri",
    "entity_info",
    "entity_iri",
    "event_graph",
    "group_of_class",
    "load_events",
    "local",
    "most_specific",
    "pairs",
    "superclasses",
    "type_closure",
]

ROLE_NAMES = {"actor": "actors", "target": "targets", "participant": "participants"}


@dataclass(frozen=True)
class Quote:
    """One piece of evidence: the sentence and where it was published."""

    text: str
    url: str = ""
    outlet: str = ""
    issued: str = ""
    title: str = ""
    confidence: float | None = None


@dataclass
class EventFacts:
    """One event as the views show it."""

    iri: str
    type: str
    label: str
    date: str
    goldstein: float
    status: str
    actors: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    participants: set[str] = field(default_factory=set)
    place: str | None = None
    quotes: set[Quote] = field(default_factory=set)
    earliest: str = ""
    latest: str = ""

    @property
    def involved(self) -> set[str]:
        return self.actors | self.targets | self.participants


@dataclass(frozen=True)
class ViewFilter:
    """Which events a view shows.

    An event is kept when its ``[ckg:earliestDate, ckg:latestDate]`` overlaps the range
    (undated events are left out once a bound is given), its class is one of ``types`` or a
    subclass of one, and at least one of its pieces of evidence has ``ckg:confidence`` at or
    above ``min_confidence``.

    >>> ViewFilter(date_from="2020", date_to="2021-06").window()
    (datetime.date(2020, 1, 1), datetime.date(2021, 6, 30))
    """

    date_from: str | dt.date | None = None
    date_to: str | dt.date | None = None
    types: tuple[str, ...] = ()
    min_confidence: float | None = None

    def window(self) -> tuple[dt.date | None, dt.date | None]:
        return _as_date(self.date_from), _as_date(self.date_to, end=True)

    def describe(self) -> str:
        """The filter in words, for the page's note ('' when nothing is filtered)."""
        parts = []
        first, last = self.window()
        if first or last:
            parts.append(f"dated {first or '…'} to {last or '…'}")
        if self.types:
            parts.append("types " + ", ".join(self.types) + " (with subclasses)")
        if self.min_confidence is not None:
            parts.append(f"confidence ≥ {self.min_confidence:g}")
        return "; ".join(parts)

    def pattern(self, store: Store, var: str = "?e") -> str:
        """SPARQL pattern text restricting ``var`` (already bound to events) to the selection."""
        first, last = self.window()
        types = type_closure(store, self.types) if self.types else ()
        parts = selection_parts(
            var, type_iris=types, first=first, last=last, min_confidence=self.min_confidence
        )
        return "\n    ".join(parts)


def _as_date(value: str | dt.date | None, *, end: bool = False) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    partial = PartialDate.parse(str(value))
    return partial.latest if end else partial.earliest


def _class_name(name: str) -> str:
    if not name.replace("_", "").isalnum():
        raise QueryError(f"{name!r} is not an event class name")
    return name[:1].upper() + name[1:]


def class_iri(name: str) -> str:
    """A class given by local name (``Attack``) or full IRI, as an IRI."""
    return name if "://" in name else str(CKG[_class_name(name)])


def type_closure(store: Store, types: Iterable[str]) -> set[str]:
    """IRIs of the given classes and all their subclasses in the store's ontology."""
    roots = sorted({class_iri(t) for t in types})
    if not roots:
        return set()
    for iri in roots:
        if any(c in iri for c in '<>"{}|^`\\ '):
            raise QueryError(f"{iri!r} is not a class IRI")
    values = " ".join(f"<{i}>" for i in roots)
    known = f"SELECT ?root WHERE {{ VALUES ?root {{ {values} }} ?root rdfs:subClassOf+ ckg:Event }}"
    found = {row["root"].value for row in select(store, known)} | {str(CKG.Event)}
    unknown = [local(ox.NamedNode(r)) for r in roots if r not in found]
    if unknown:
        raise QueryError(
            f"not an event class of the ontology: {', '.join(unknown)} "
            "(use class names such as Attack, Meeting, Agreement)"
        )
    query = f"SELECT DISTINCT ?t WHERE {{ VALUES ?root {{ {values} }} ?t rdfs:subClassOf* ?root }}"
    return {row["t"].value for row in select(store, query)} | set(roots)


def load_events(store: Store, flt: ViewFilter | None = None) -> dict[str, EventFacts]:
    """The selected events with their facts and evidence, by IRI."""
    flt = flt or ViewFilter()
    selected = f"{{ SELECT DISTINCT ?e WHERE {{ ?e ckg:status ?_s .\n    {flt.pattern(store)} }} }}"
    supers = superclasses(store)
    types: dict[str, set[str]] = defaultdict(set)
    core: dict[str, dict[str, str]] = defaultdict(dict)
    labels: dict[str, set[str]] = defaultdict(set)
    query = f"""SELECT ?e ?p ?o WHERE {{
  {selected}
  VALUES ?p {{ rdf:type rdfs:label ckg:goldstein ckg:status ckg:date ckg:startDate
              ckg:earliestDate ckg:latestDate }}
  ?e ?p ?o .
}}"""
    event_class = str(CKG.Event)
    for row in select(store, query):
        iri, prop, value = row["e"].value, local(row["p"]), row["o"]
        if prop == "type":
            if event_class in supers.get(value.value, {value.value}):
                types[iri].add(value.value)
        elif prop == "label":
            labels[iri].add(value.value)
        elif prop == "status":
            core[iri]["status"] = min(core[iri].get("status", local(value)), local(value))
        else:
            key = {"goldstein": "g", "date": "date", "startDate": "date"}.get(prop)
            key = key or {"earliestDate": "ed", "latestDate": "ld"}[prop]
            text = value.value
            if key == "g":
                core[iri].setdefault(key, text)
            elif key == "ld":
                core[iri][key] = max(core[iri].get(key, text), text)
            else:
                core[iri][key] = min(core[iri].get(key, text), text)
    events: dict[str, EventFacts] = {}
    for iri, facts in core.items():
        if not types[iri]:
            continue
        names = sorted(labels[iri], key=lambda s: (len(s), s))
        events[iri] = EventFacts(
            iri=iri,
            type=local(most_specific(types[iri], supers)),
            label=names[0] if names else local(iri),
            date=facts.get("date", ""),
            goldstein=float(facts.get("g", 0.0)),
            status=facts["status"],
            earliest=facts.get("ed", ""),
            latest=facts.get("ld", ""),
        )
    roles = f"""SELECT ?e ?role ?who ?place WHERE {{
  {selected}
  {{ VALUES ?role {{ ckg:actor ckg:target ckg:participant }} ?e ?role ?who }}
  UNION {{ ?e ckg:place ?place }}
}}"""
    for row in select(store, roles):
        event = events.get(row["e"].value)
        if event is None:
            continue
        if row["place"] is not None:
            event.place = min(event.place or row["place"].value, row["place"].value)
        elif row["who"] is not None:
            getattr(event, ROLE_NAMES[local(row["role"])]).add(row["who"].value)
    evidence = f"""SELECT ?e ?quote ?conf ?url ?outlet ?issued ?title WHERE {{
  {selected}
  ?e ckg:evidence ?ev . ?ev ckg:quote ?quote .
  OPTIONAL {{ ?ev ckg:confidence ?conf }}
  OPTIONAL {{ ?ev prov:wasDerivedFrom ?src .
    OPTIONAL {{ ?src schema:url ?url }}
    OPTIONAL {{ ?src dcterms:publisher/rdfs:label ?outlet }}
    OPTIONAL {{ ?src dcterms:issued ?issued }}
    OPTIONAL {{ ?src dcterms:title ?title }} }}
}}"""
    for row in select(store, evidence):
        event = events.get(row["e"].value)
        if event is None:
            continue
        conf = row["conf"]
        event.quotes.add(
            Quote(
                text=row["quote"].value,
                url=literal_text(row["url"]),
                outlet=literal_text(row["outlet"]),
                issued=literal_text(row["issued"]),
                title=literal_text(row["title"]),
                confidence=float(conf.value) if conf is not None else None,
            )
        )
    return events


def pairs(event: EventFacts) -> list[tuple[str, str]]:
    """The (from, to) entity pairs an event links: actor -> target, else every involved pair.

    An event with a single involved entity links it to the event's place when there is one.
    """
    if event.actors and event.targets:
        return [(a, t) for a in sorted(event.actors) for t in sorted(event.targets) if a != t]
    involved = sorted(event.involved)
    if len(involved) == 1:
        return [(involved[0], event.place)] if event.place and event.place != involved[0] else []
    return [(a, b) for i, a in enumerate(involved) for b in involved[i + 1 :]]


def event_graph(
    store: Store, flt: ViewFilter | None = None, *, lang: str = "en"
) -> tuple[nx.MultiDiGraph, dict[str, EventFacts]]:
    """Entities as nodes (``label``, ``type``, ``group``), one edge per event and pair."""
    events = load_events(store, flt)
    links = {e.iri: pairs(e) for e in events.values()}
    nodes = {n for ps in links.values() for p in ps for n in p}
    info = entity_info(store, nodes, lang=lang)
    graph = nx.MultiDiGraph()
    for node in sorted(nodes):
        graph.add_node(node, label=info[node].label, type=info[node].type, group=info[node].group)
    for iri in sorted(links):
        for a, b in links[iri]:
            graph.add_edge(a, b, key=iri, event=iri)
    return graph, events
