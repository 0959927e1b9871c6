"""Project the event graph onto actors, with SPARQL doing the aggregation.

Two projections are read from the store:

**The actor graph** (:func:`actor_graph`, an undirected :class:`networkx.Graph`).
Nodes are the entities that have a role in an event (``ckg:actor``, ``ckg:target`` or
``ckg:participant``), keyed by slug (``azerbaijan``; entities outside ``id/entity/`` keep their
full IRI), with the attributes ``label`` (English), ``type`` (class local name), ``iri`` and
``events`` (how many selected events involve them). Two entities are joined when they have a role
in the same event, whatever the roles: an actor and its target ("acted on each other") and
co-participants ("took part together") alike. Each edge carries

* ``count``: number of distinct events that join the pair;
* ``goldstein_sum`` and ``goldstein_mean``: sum and mean of the events' Goldstein values
  (-10 most conflictual .. +10 most cooperative);
* ``earliest`` and ``latest``: ISO dates bounding the events (from ``ckg:earliestDate`` and
  ``ckg:latestDate``; absent when no event is dated);
* ``events``: sorted list of event IRIs (unless ``with_events=False``);
* ``distance``: ``1 / count``, so that weighted shortest paths prefer strong ties.

**The bipartite actor–event graph** (:func:`bipartite_graph`): actor nodes (``bipartite=0``,
keyed by slug) and event nodes (``bipartite=1``, keyed by IRI, with ``label``, ``type``,
``goldstein``, ``earliest``, ``latest``), one edge per role with attribute ``role``.

Both take the same filters (:class:`EventFilter`): a date range (an event is kept when its
``[earliestDate, latestDate]`` overlaps the range), event types (a type includes its
subclasses through ``rdfs:subClassOf*``), a minimum confidence (at least one piece of evidence
with ``ckg:confidence`` at or above it) and statuses (only ``ckg:Occurred`` by default;
``statuses=None`` admits every status).

The pair counts, sums and date bounds are computed by one ``GROUP BY ?a ?b`` query; Python only
turns the grouped rows into edges, so the cost grows with the number of pairs, not of triples.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import IO, Any

import networkx as nx
import pyoxigraph as ox

from kg.dates import PartialDate
from kg.errors import QueryError
from kg.namespaces import CKG, ID
from kg.query import run
from kg.store import EmbeddedStore

ENTITY_PREFIX = f"{ID}entity/"
ROLES = "ckg:actor|ckg:target|ckg:participant"
DateLike = dt.date | str | None


def node_id(iri: str) -> str:
    """The node key of an entity: its slug under ``id/entity/``, else the IRI itself.

    >>> node_id("https://w3id.org/caucasus-kg/id/entity/iran")
    'iran'
    >>> node_id("http://example.org/x")
    'http://example.org/x'
    """
    return iri[len(ENTITY_PREFIX) :] if iri.startswith(ENTITY_PREFIX) else iri


def entity_ref(slug: str) -> str:
    """The SPARQL term for a slug (or a full IRI).

    >>> entity_ref("iran")
    '<https://w3id.org/caucasus-kg/id/entity/iran>'
    """
    iri = slug if "://" in slug else ENTITY_PREFIX + slug
    if any(c in iri for c in '<>"{}|^`\\ '):
        raise QueryError(f"{slug!r} is not a valid entity slug or IRI")
    return f"<{iri}>"


def as_date(value: DateLike, *, end: bool = False) -> dt.date | None:
    """A date bound from a date or ``YYYY[-MM[-DD]]`` text (an end takes the last day).

    >>> as_date("2016", end=True)
    datetime.date(2016, 12, 31)
    >>> as_date("2016-02")
    datetime.date(2016, 2, 1)
    """
    if value is None or isinstance(value, dt.date):
        return value
    partial = PartialDate.parse(value)
    return partial.latest if end else partial.earliest


def local_name(term: object) -> str:
    value = term.value if isinstance(term, ox.NamedNode | ox.Literal) else str(term)
    return value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def literal_text(term: object) -> str | None:
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else None


def solutions(store: EmbeddedStore, query: str) -> ox.QuerySolutions:
    """Run a SELECT query through :func:`kg.query.run` (screened, prefixes predeclared)."""
    result = run(store, query)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("expected a SELECT query")
    return result


@dataclass(frozen=True)
class EventFilter:
    """Which events count: date range, types (with subclasses), confidence and status.

    >>> "ckg:Occurred" in EventFilter().pattern()
    True
    >>> EventFilter(start="2015", end="2016").window()
    (datetime.date(2015, 1, 1), datetime.date(2016, 12, 31))
    """

    start: DateLike = None
    end: DateLike = None
    types: tuple[str, ...] = ()
    min_confidence: float | None = None
    statuses: tuple[str, ...] | None = ("Occurred",)

    def window(self) -> tuple[dt.date | None, dt.date | None]:
        return as_date(self.start), as_date(self.end, end=True)

    def pattern(self, var: str = "?e", type_iris: Iterable[str] = ()) -> str:
        """Graph pattern text restricting ``var`` to the selected events."""
        parts = []
        if self.statuses is None:
            parts.append(f"{var} ckg:status ?_status .")
        elif len(self.statuses) == 1:
            parts.append(f"{var} ckg:status ckg:{_name(self.statuses[0])} .")
        else:
            values = " ".join(f"ckg:{_name(s)}" for s in self.statuses)
            parts.append(f"VALUES ?_status {{ {values} }} {var} ckg:status ?_status .")
        iris = sorted(type_iris)
        if iris:
            parts.append(f"VALUES ?_type {{ {' '.join(f'<{i}>' for i in iris)} }} {var} a ?_type .")
        first, last = self.window()
        if last is not None:
            parts.append(f'{var} ckg:earliestDate ?_from . FILTER(?_from <= "{last}"^^xsd:date)')
        if first is not None:
            parts.append(f'{var} ckg:latestDate ?_to . FILTER(?_to >= "{first}"^^xsd:date)')
        if self.min_confidence is not None:
            parts.append(
                f"FILTER EXISTS {{ {var} ckg:evidence/ckg:confidence ?_conf . "
                f"FILTER(?_conf >= {float(self.min_confidence)!r}) }}"
            )
        return "\n  ".join(parts)


def _name(local: str) -> str:
    if not local.replace("_", "").isalnum():
        raise QueryError(f"{local!r} is not a class name")
    return local[:1].upper() + local[1:]


def type_closure(store: EmbeddedStore, types: Sequence[str]) -> set[str]:
    """IRIs of the named event classes and all their subclasses, read from the store.

    >>> from kg.analysis.sample import sample_store
    >>> with sample_store() as store:
    ...     sorted(i.rsplit("#")[-1] for i in type_closure(store, ["Attack"]))
    ['Attack', 'DroneStrike', 'Shelling', 'TerroristAttack']
    """
    if not types:
        return set()
    roots = " ".join(f"<{t}>" if "://" in t else f"ckg:{_name(t)}" for t in types)
    query = f"SELECT DISTINCT ?t WHERE {{ VALUES ?root {{ {roots} }} ?t rdfs:subClassOf* ?root }}"
    found = {row["t"].value for row in solutions(store, query)}
    return found | {t if "://" in t else str(CKG[_name(t)]) for t in types}


def event_pattern(store: EmbeddedStore, flt: EventFilter, var: str = "?e") -> str:
    """The filter's pattern with its types expanded to their subclasses in the store."""
    return flt.pattern(var, type_closure(store, flt.types))


def _filter(flt: EventFilter | None, options: dict[str, Any]) -> EventFilter:
    if flt is not None and options:
        raise TypeError("give either an EventFilter or filter keywords, not both")
    if flt is not None:
        return flt
    if "types" in options and options["types"] is not None:
        options["types"] = tuple(options["types"])
    return EventFilter(**{k: v for k, v in options.items() if v is not None or k == "statuses"})


def _pairs_query(pattern: str, with_events: bool) -> str:
    events = ' (GROUP_CONCAT(STR(?e); separator=" ") AS ?events)' if with_events else ""
    return f"""
SELECT ?a ?b (COUNT(?e) AS ?n) (SUM(?g) AS ?sum) (MIN(?ed) AS ?first) (MAX(?ld) AS ?last){events}
WHERE {{
  {{ SELECT DISTINCT ?e ?a ?b WHERE {{
      {pattern}
      ?e {ROLES} ?a .
      ?e {ROLES} ?b .
      FILTER(STR(?a) < STR(?b))
  }} }}
  ?e ckg:goldstein ?g .
  OPTIONAL {{ ?e ckg:earliestDate ?ed }}
  OPTIONAL {{ ?e ckg:latestDate ?ld }}
}} GROUP BY ?a ?b"""


def _nodes_query(pattern: str) -> str:
    return f"""
SELECT ?a ?n ?label ?type WHERE {{
  {{ SELECT ?a (COUNT(DISTINCT ?e) AS ?n) WHERE {{
      {pattern}
      ?e {ROLES} ?a .
      ?e ckg:goldstein ?_g .
  }} GROUP BY ?a }}
  OPTIONAL {{ ?a rdfs:label ?label . FILTER(LANG(?label) = "en" || LANG(?label) = "") }}
  OPTIONAL {{ ?a a ?type }}
}}"""


def _add_nodes(graph: nx.Graph, store: EmbeddedStore, pattern: str) -> None:
    seen: set[str] = set()
    for row in solutions(store, _nodes_query(pattern)):
        iri = row["a"].value
        key = node_id(iri)
        if key not in seen:
            seen.add(key)
            graph.add_node(key, iri=iri, label=literal_text(row["label"]) or key, type="")
            graph.nodes[key]["events"] = int(row["n"].value)
        data = graph.nodes[key]
        kind = row["type"]
        if isinstance(kind, ox.NamedNode) and (not data["type"] or kind.value.startswith(str(CKG))):
            data["type"] = local_name(kind)


def actor_graph(
    store: EmbeddedStore,
    flt: EventFilter | None = None,
    *,
    with_events: bool = True,
    **options: Any,
) -> nx.Graph:
    """The actor projection (see the module docstring), filtered by ``flt`` or keywords.

    Keywords are the fields of :class:`EventFilter`: ``start``, ``end``, ``types``,
    ``min_confidence``, ``statuses``.

    >>> from kg.analysis.sample import sample_store
    >>> with sample_store() as store:
    ...     graph = actor_graph(store)
    ...     graph.edges["alpha", "bravo"]["count"], graph.edges["alpha", "bravo"]["earliest"]
    (3, '2015-03-01')
    >>> with sample_store() as store:
    ...     sorted(actor_graph(store, start="2017", end="2017").edges)
    [('bravo', 'charlie')]
    """
    flt = _filter(flt, options)
    pattern = event_pattern(store, flt)
    graph = nx.Graph()
    for row in solutions(store, _pairs_query(pattern, with_events)):
        count = int(row["n"].value)
        total = float(row["sum"].value) if row["sum"] is not None else 0.0
        data: dict[str, Any] = {
            "count": count,
            "goldstein_sum": total,
            "goldstein_mean": total / count if count else 0.0,
            "distance": 1.0 / count if count else 1.0,
        }
        if row["first"] is not None:
            data["earliest"] = row["first"].value
        if row["last"] is not None:
            data["latest"] = row["last"].value
        if with_events:
            data["events"] = sorted(row["events"].value.split())
        graph.add_edge(node_id(row["a"].value), node_id(row["b"].value), **data)
    _add_nodes(graph, store, pattern)
    return graph


def bipartite_graph(
    store: EmbeddedStore, flt: EventFilter | None = None, **options: Any
) -> nx.Graph:
    """Actors and events as the two sides of one graph, an edge for every role.

    >>> from kg.analysis.sample import sample_store
    >>> with sample_store() as store:
    ...     graph = bipartite_graph(store)
    ...     sorted(graph.neighbors("charlie"))
    ['https://w3id.org/caucasus-kg/id/event/e4', \
'https://w3id.org/caucasus-kg/id/event/e5', 'https://w3id.org/caucasus-kg/id/event/e6']
    """
    flt = _filter(flt, options)
    pattern = event_pattern(store, flt)
    query = f"""
SELECT ?e ?role ?a ?g ?ed ?ld ?label ?type WHERE {{
  {{ SELECT DISTINCT ?e ?role ?a WHERE {{
      {pattern}
      VALUES ?role {{ ckg:actor ckg:target ckg:participant }}
      ?e ?role ?a .
  }} }}
  ?e ckg:goldstein ?g .
  OPTIONAL {{ ?e ckg:earliestDate ?ed }}
  OPTIONAL {{ ?e ckg:latestDate ?ld }}
  OPTIONAL {{ ?e rdfs:label ?label }}
  OPTIONAL {{ ?e a ?type }}
}}"""
    graph = nx.Graph()
    for row in solutions(store, query):
        event = row["e"].value
        if event not in graph:
            graph.add_node(
                event,
                bipartite=1,
                label=literal_text(row["label"]) or local_name(row["e"]),
                type=local_name(row["type"]) if row["type"] is not None else "",
                goldstein=float(row["g"].value),
            )
            for key, name in (("earliest", "ed"), ("latest", "ld")):
                if row[name] is not None:
                    graph.nodes[event][key] = row[name].value
        actor = node_id(row["a"].value)
        graph.add_edge(actor, event, role=local_name(row["role"]))
    for row in solutions(store, _nodes_query(pattern)):
        key = node_id(row["a"].value)
        if key in graph and "bipartite" not in graph.nodes[key]:
            graph.nodes[key].update(
                bipartite=0,
                iri=row["a"].value,
                label=literal_text(row["label"]) or key,
                type=local_name(row["type"]) if row["type"] is not None else "",
            )
    return graph


def _scalar(value: object) -> object:
    if isinstance(value, list | tuple | set | frozenset):
        return " ".join(str(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def exportable(graph: nx.Graph) -> nx.Graph:
    """A copy whose attributes are all scalars (lists joined with spaces, no ``None``).

    >>> g = nx.Graph()
    >>> g.add_edge("a", "b", events=["x", "y"], earliest=None)
    >>> exportable(g).edges["a", "b"]
    {'events': 'x y'}
    """
    out = nx.Graph() if not graph.is_directed() else nx.DiGraph()
    for node, data in graph.nodes(data=True):
        out.add_node(node, **{k: _scalar(v) for k, v in data.items() if v is not None})
    for a, b, data in graph.edges(data=True):
        out.add_edge(a, b, **{k: _scalar(v) for k, v in data.items() if v is not None})
    return out


def write_graphml(graph: nx.Graph, handle: IO[bytes]) -> None:
    """Write the graph as GraphML (weights, Goldstein values, dates, event lists as text).

    >>> import io
    >>> g = nx.Graph()
    >>> g.add_edge("a", "b", count=2, events=["x", "y"])
    >>> buffer = io.BytesIO()
    >>> write_graphml(g, buffer)
    >>> b"x y" in buffer.getvalue()
    True
    """
    nx.write_graphml(exportable(graph), handle)


def write_gexf(graph: nx.Graph, handle: IO[bytes]) -> None:
    """Write the graph as GEXF (for Gephi), with the same scalar attributes as GraphML.

    >>> import io
    >>> g = nx.Graph()
    >>> g.add_edge("a", "b", count=2, earliest="2015-03-01")
    >>> buffer = io.BytesIO()
    >>> write_gexf(g, buffer)
    >>> b"2015-03-01" in buffer.getvalue()
    True
    """
    nx.write_gexf(exportable(graph), handle)


def labels(store: EmbeddedStore, slugs: Iterable[str]) -> dict[str, str]:
    """English labels of entities by slug (the slug itself where none is stored).

    >>> from kg.analysis.sample import sample_store
    >>> with sample_store() as store:
    ...     labels(store, ["alpha", "nowhere"])
    {'alpha': 'Alpha', 'nowhere': 'nowhere'}
    """
    wanted = sorted(set(slugs))
    found = {slug: slug for slug in wanted}
    for i in range(0, len(wanted), 500):
        values = " ".join(entity_ref(s) for s in wanted[i : i + 500])
        query = f"""SELECT ?a ?label WHERE {{ VALUES ?a {{ {values} }} ?a rdfs:label ?label .
  FILTER(LANG(?label) = "en" || LANG(?label) = "") }}"""
        for row in solutions(store, query):
            found[node_id(row["a"].value)] = row["label"].value
    return found
