"""Query forms benchmark: each reshaped query of the saved-query mix against its previous form.

On a store that ``benchmarks/scale.py --keep`` leaves behind (or any kg store of the synthetic
events), each pair of forms is run in turn, alternating, through ``kg.query.run``; the script
prints both medians, their ratio, the load average, and whether the two forms give the same
rows (compared as lists in the order the query gives; where ``ORDER BY`` leaves ties, as sorted
lists). A pair whose rows differ is reported and makes the script exit with status 1.

Usage::

    python benchmarks/scale.py --events 100000 --keep   # keeps its folder, /tmp/kg-scale-*
    python benchmarks/query_forms.py /tmp/kg-scale-XXXX/kg-store [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import scale  # noqa: E402
from analysis_scale import bind_pair  # noqa: E402

# The forms these replaced (kg/queries/*.rq and scale.TWO_HOP as they were at stop 12; the
# subclass path is compared walked and through the class-year counts, both kept in scale.py;
# the "STOP14_" forms are the saved queries of stop 14, before round 2 of the query mix).
PREVIOUS_BETWEEN = """SELECT ?date ?type (SAMPLE(?label) AS ?event) ?goldstein ?status ?e WHERE {
  ?dyad ckg:member ?a, ?b .
  FILTER(?a != ?b)
  ?e ckg:dyad ?dyad ; ckg:earliestDate ?date .
  FILTER(?date >= ?from && ?date <= ?to)
  ?e a ?class ; rdfs:label ?label .
  { SELECT ?class WHERE { ?class rdfs:subClassOf* ckg:Event } }
  OPTIONAL { ?e ckg:goldstein ?goldstein }
  OPTIONAL { ?e ckg:status ?s }
  BIND(STRAFTER(STR(?class), "#") AS ?type)
  BIND(STRAFTER(STR(?s), "#") AS ?status)
}
GROUP BY ?date ?type ?goldstein ?status ?e
ORDER BY ?date ?event
"""

PREVIOUS_COUNTS = """SELECT ?year ?type (COUNT(DISTINCT ?e) AS ?events) WHERE {
  { SELECT ?e ?class WHERE {
      { SELECT DISTINCT ?class WHERE { ?class rdfs:subClassOf* ckg:Event } }
      ?e a ?class .
  } }
  { SELECT ?e ?date WHERE { ?e ckg:earliestDate ?date } }
  BIND(YEAR(?date) AS ?year)
  BIND(STRAFTER(STR(?class), "#") AS ?type)
}
GROUP BY ?year ?type
ORDER BY ?year ?type
"""

# events-between at stop 14: the kinds' Goldstein value and status looked up kind by kind
STOP14_BETWEEN_KINDS = """  { SELECT ?kind ?type ?goldstein ?status WHERE {
      GRAPH <https://w3id.org/caucasus-kg/graph/index> { ?kind ckg:kindClass ?class }
      { SELECT ?class WHERE { ?class rdfs:subClassOf* ckg:Event } }
      OPTIONAL { GRAPH <https://w3id.org/caucasus-kg/graph/index> {
          ?kind ckg:kindGoldstein ?goldstein } }
      OPTIONAL { GRAPH <https://w3id.org/caucasus-kg/graph/index> { ?kind ckg:kindStatus ?s } }
      BIND(STRAFTER(STR(?class), "#") AS ?type)
      BIND(STRAFTER(STR(?s), "#") AS ?status)
    } }
}
ORDER BY ?date ?event
"""

# events-by-type-and-year at stop 14: each class's name made once per row
STOP14_COUNTS = """SELECT ?year ?type ?events WHERE {
  { SELECT DISTINCT ?class WHERE { ?class rdfs:subClassOf* ckg:Event } }
  ?count ckg:countsClass ?class ; ckg:year ?year ; ckg:eventCount ?events .
  BIND(STRAFTER(STR(?class), "#") AS ?type)
}
ORDER BY ?year ?type
"""


def stop14_between(current: str) -> str:
    """The bound saved query with its kinds part as at stop 14."""
    head, _kinds = current.split("  # the few hundred kinds")
    return head + STOP14_BETWEEN_KINDS


PREVIOUS_TWO_HOP = """SELECT ?other (SAMPLE(?name) AS ?label) ?events WHERE {
  { SELECT ?other (COUNT(DISTINCT ?e) AS ?events) WHERE {
      ?e ckg:actor|ckg:target|ckg:participant|ckg:place ?entity .
      ?e ckg:actor|ckg:target|ckg:participant|ckg:place ?other .
      FILTER(?other != ?entity)
    }
    GROUP BY ?other }
  OPTIONAL { ?other rdfs:label ?name }
}
GROUP BY ?other ?events
ORDER BY DESC(?events)
"""


def pairs() -> list[tuple[str, str, str, bool]]:
    """(name, previous form, current form, whether the row order is fully fixed), bound."""
    from rdflib import URIRef

    from kg.binding import inject

    mix = scale.query_mix()
    top = "events between two actors in a date range"
    typical = "events between two actors, less popular pair"
    middle = {"entity": URIRef(scale.entity_iri(50))}
    two_hop = inject(PREVIOUS_TWO_HOP, middle)
    counts = mix["counts by type and year"]
    return [
        (top, bind_pair(PREVIOUS_BETWEEN, (0, 1)), mix[top], False),
        (typical, bind_pair(PREVIOUS_BETWEEN, (20, 21)), mix[typical], False),
        (f"{top} (stop 14 → now)", stop14_between(mix[top]), mix[top], False),
        (f"{typical} (stop 14 → now)", stop14_between(mix[typical]), mix[typical], False),
        ("counts by type and year", PREVIOUS_COUNTS, counts, True),
        ("counts by type and year (stop 14 → now)", STOP14_COUNTS, counts, True),
        ("two-hop neighbourhood", two_hop, mix["two-hop neighbourhood, walked"], False),
        (
            "two-hop neighbourhood (walk → ckg:involves links)",
            mix["two-hop neighbourhood, walked"],
            mix["two-hop neighbourhood"],
            False,
        ),
        ("subclass path", scale.SUBCLASS_PATH, scale.SUBCLASS_INDEXED, False),
    ]


def solutions(store: Any, text: str) -> list[tuple[str, ...]]:
    from kg.query import run

    result: Any = run(store, text)
    names = [v.value for v in result.variables]
    return [tuple(str(s[n]) for n in names) for s in result]


def compare(store: Any, runs: int) -> list[dict[str, Any]]:
    from kg.query import run

    out = []
    for name, previous, current, ordered in pairs():
        old_rows, new_rows = solutions(store, previous), solutions(store, current)
        same = old_rows == new_rows if ordered else sorted(old_rows) == sorted(new_rows)
        times: dict[str, list[float]] = {"previous": [], "current": []}
        for _ in range(runs):
            for label, text in (("previous", previous), ("current", current)):
                started = time.perf_counter()
                for _solution in run(store, text):
                    pass
                times[label].append(time.perf_counter() - started)
        old_s, new_s = (statistics.median(times[k]) for k in ("previous", "current"))
        out.append(
            {
                "query": name,
                "rows": len(new_rows),
                "same_rows": same,
                "previous_ms": round(old_s * 1000, 1),
                "current_ms": round(new_s * 1000, 1),
                "speed_up": round(old_s / new_s, 2),
                "load": round(os.getloadavg()[0], 2),
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path, help="a kg store of the synthetic events")
    parser.add_argument("--runs", type=int, default=9, help="runs of each form (alternating)")
    args = parser.parse_args(argv)
    from kg.store import EmbeddedStore

    store = EmbeddedStore(args.store)
    try:
        results = compare(store, args.runs)
    finally:
        store.close()
    print("| query | rows | same rows | previous | current | speed-up | load |")
    print("|---|---:|---|---:|---:|---:|---:|")
    for r in results:
        print(
            f"| {r['query']} | {r['rows']:,} | {'yes' if r['same_rows'] else 'NO'} | "
            f"{r['previous_ms']} ms | {r['current_ms']} ms | {r['speed_up']}x | {r['load']} |"
        )
    return 0 if all(r["same_rows"] for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
