"""Counts that describe what the graph holds: by type, source, language and year."""

from __future__ import annotations

from dataclasses import dataclass

from kg.query import rows, run
from kg.store import Store

_QUERIES = {
    "events by type": """
        SELECT ?key (COUNT(DISTINCT ?e) AS ?n) WHERE {
          ?e a ?class ; ckg:evidence ?ev . ?class rdfs:subClassOf* ckg:Event .
          BIND(STRAFTER(STR(?class), "#") AS ?key) } GROUP BY ?key ORDER BY DESC(?n) ?key""",
    "events by year": """
        SELECT ?key (COUNT(DISTINCT ?e) AS ?n) WHERE {
          ?e ckg:evidence ?ev ; ckg:earliestDate ?d . BIND(STR(YEAR(?d)) AS ?key)
        } GROUP BY ?key ORDER BY ?key""",
    "sources by language": """
        SELECT ?key (COUNT(?s) AS ?n) WHERE { ?s a ckg:SourceDocument ; dcterms:language ?key }
        GROUP BY ?key ORDER BY DESC(?n)""",
    "facts by source": """
        SELECT ?key (COUNT(DISTINCT ?f) AS ?n) WHERE {
          ?s a ckg:SourceDocument ; rdfs:label ?key . ?f prov:wasDerivedFrom ?s ; ckg:evidence ?ev .
        } GROUP BY ?key ORDER BY DESC(?n) ?key""",
    "entities by type": """
        SELECT ?key (COUNT(?e) AS ?n) WHERE {
          GRAPH <https://w3id.org/caucasus-kg/graph/dictionary> { ?e a ?class }
          BIND(STRAFTER(STR(?class), "#") AS ?key) } GROUP BY ?key ORDER BY DESC(?n) ?key""",
}


@dataclass(frozen=True)
class Table:
    """One titled list of (key, count) pairs."""

    title: str
    counts: list[tuple[str, int]]


def summary(store: Store) -> list[Table]:
    """All count tables, each from one SPARQL query on the store."""
    return [
        Table(title, [(r.get("key", ""), int(r["n"])) for r in rows(run(store, query))])
        for title, query in _QUERIES.items()
    ]
