"""SPARQL helpers shared by the analysis modules: event filters, names, dates, results.

:class:`EventFilter` says which events count; it renders either as a plain graph pattern
(:meth:`EventFilter.pattern`, for queries anchored on one entity) or as a block of
sub-SELECTs (:meth:`EventFilter.events_block`, for whole-graph aggregation, where Oxigraph is
much faster joining whole scans by hashing than looking events up one by one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from kg.dates import PartialDate
from kg.errors import QueryError
from kg.namespaces import CKG, ID
from kg.query import run
from kg.selection import selection_parts
from kg.store import Store

DateLike = dt.date | str | None
ENTITY_PREFIX = f"{ID}entity/"
ROLES = "ckg:actor|ckg:target|ckg:participant"


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


def solutions(store: Store, query: str) -> ox.QuerySolutions:
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
        first, last = self.window()
        parts += selection_parts(
            var, type_iris=type_iris, first=first, last=last, min_confidence=self.min_confidence
        )
        return "\n  ".join(parts)

    def events_block(
        self, type_iris: Iterable[str] = (), *, all_dated: bool = False, minimal: bool = False
    ) -> str:
        """A subquery binding ``?e ?g ?ed ?ld`` (event, Goldstein value, date bounds), one row
        per event however many sources report it.

        Built from one sub-SELECT per property so that Oxigraph joins them by hashing whole
        scans instead of looking every event up one by one: several times faster on large
        stores. Date bounds are optional (a slower left join) unless the filter has a date
        range or ``all_dated`` says every event has them (see :func:`all_events_dated`).
        ``minimal`` binds only ``?e`` (no Goldstein value, dates only to filter): for counts.
        """
        if self.statuses is None:
            parts = ["{ SELECT DISTINCT ?e WHERE { ?e ckg:status ?_status } }"]
        elif len(self.statuses) == 1:
            parts = [f"{{ SELECT ?e WHERE {{ ?e ckg:status ckg:{_name(self.statuses[0])} }} }}"]
        else:
            values = " ".join(f"ckg:{_name(s)}" for s in self.statuses)
            parts = [f"{{ SELECT ?e WHERE {{ VALUES ?_s {{ {values} }} ?e ckg:status ?_s }} }}"]
        iris = sorted(type_iris)
        if iris:
            values = " ".join(f"<{i}>" for i in iris)
            parts.append(
                f"{{ SELECT DISTINCT ?e WHERE {{ VALUES ?_type {{ {values} }} ?e a ?_type }} }}"
            )
        if self.min_confidence is not None:
            least = float(self.min_confidence)
            parts.append(
                f"{{ SELECT DISTINCT ?e WHERE {{ ?e ckg:evidence ?_ev . "
                f"?_ev ckg:confidence ?_conf . FILTER(?_conf >= {least!r}) }} }}"
            )
        if not minimal:
            parts.append("{ SELECT ?e ?g WHERE { ?e ckg:goldstein ?g } }")
        first, last = self.window()
        for var, prop, bound, op in (
            ("?ed", "earliestDate", last, "<="),
            ("?ld", "latestDate", first, ">="),
        ):
            if bound is None and minimal:
                continue
            if bound is None:
                optional = "" if all_dated else "OPTIONAL "
                parts.append(f"{optional}{{ SELECT ?e {var} WHERE {{ ?e ckg:{prop} {var} }} }}")
            else:
                parts.append(
                    f"{{ SELECT ?e {var} WHERE {{ ?e ckg:{prop} {var} . "
                    f'FILTER({var} {op} "{bound}"^^xsd:date) }} }}'
                )
        body = "\n    ".join(parts)
        # The union of graphs repeats an event's triples once per source reporting it, and
        # sources may disagree: one row per event, read as kg.index.state reads it (lowest
        # Goldstein value, earliest of the earliest dates, latest of the latest).
        if minimal:
            return f"{{ SELECT DISTINCT ?e WHERE {{\n    {body}\n  }} }}"
        for var in ("?g", "?ed", "?ld"):
            body = body.replace(f"{var} ", f"{var}0 ").replace(f"{var})", f"{var}0)")
        return (
            "{ SELECT ?e (MIN(?g0) AS ?g) (MIN(?ed0) AS ?ed) (MAX(?ld0) AS ?ld) WHERE {\n"
            f"    {body}\n  }} GROUP BY ?e }}"
        )


def _name(local: str) -> str:
    if not local.replace("_", "").isalnum():
        raise QueryError(f"{local!r} is not a class name")
    return local[:1].upper() + local[1:]


def type_closure(store: Store, types: Sequence[str]) -> set[str]:
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


def event_pattern(store: Store, flt: EventFilter, var: str = "?e") -> str:
    """The filter's pattern with its types expanded to their subclasses in the store."""
    return flt.pattern(var, type_closure(store, flt.types))


def all_events_dated(store: Store) -> bool:
    """True when every event with a status has both date bounds (joins of whole scans).

    >>> from kg.analysis.sample import sample_store
    >>> with sample_store() as store:
    ...     all_events_dated(store)
    True
    """
    query = """SELECT ?kind (COUNT(DISTINCT ?e) AS ?n) WHERE {
  { { SELECT ?e WHERE { ?e ckg:status ?_s } } BIND("all" AS ?kind) }
  UNION
  { { SELECT ?e WHERE { ?e ckg:status ?_s } } { SELECT ?e WHERE { ?e ckg:earliestDate ?_ed } }
    { SELECT ?e WHERE { ?e ckg:latestDate ?_ld } } BIND("dated" AS ?kind) }
} GROUP BY ?kind"""
    counts = {row["kind"].value: int(row["n"].value) for row in solutions(store, query)}
    return counts.get("all", 0) == counts.get("dated", 0)


def labels(store: Store, slugs: Iterable[str]) -> dict[str, str]:
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
