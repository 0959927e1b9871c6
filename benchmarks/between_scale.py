"""Benchmark: the saved ``events-between`` query against the plain walk over the pair's dyad.

On a store that already exists (for example the 1M store kept by
``scale.py --events 1000000 --build-only --keep``), the saved query
(``kg/queries/events-between.rq``: the pair's dyad, each event's dates checked first, the event
classes listed once) is timed against the previous saved query (every event of the pair's
dyad, then its class walked up with ``rdfs:subClassOf*``, label and dates), both bound as
``kg query`` binds them and read row by row through ``kg.query.run``, alternating, in the same
process. Each figure is the median of ``--runs`` runs after one warm-up, as wall-clock and as
this process's CPU time (the machine is shared; Oxigraph evaluates in the calling thread, so
CPU time moves less with the load). The rows of the two queries are compared (without the
sampled label, and so without the order within one day, which follows it).

Usage::

    python benchmarks/between_scale.py --store /tmp/kg-scale-XXXX/kg-store [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from analysis_scale import PAIRS, baseline_s, bind_pair  # noqa: E402

# The previous saved events-between query: every event of the pair's dyad, its class walked up.
THROUGH_THE_DYAD = """SELECT ?date ?type (SAMPLE(?label) AS ?event) ?goldstein ?status ?e WHERE {
  ?dyad ckg:member ?a, ?b .
  ?e ckg:dyad ?dyad ;
     a ?class ; rdfs:label ?label ; ckg:earliestDate ?date .
  ?class rdfs:subClassOf* ckg:Event .
  OPTIONAL { ?e ckg:goldstein ?goldstein }
  OPTIONAL { ?e ckg:status ?s }
  FILTER(?a != ?b && ?date >= ?from && ?date <= ?to)
  BIND(STRAFTER(STR(?class), "#") AS ?type)
  BIND(STRAFTER(STR(?s), "#") AS ?status)
}
GROUP BY ?date ?type ?goldstein ?status ?e
ORDER BY ?date ?event"""


def bound_queries(ranks: tuple[int, int]) -> tuple[str, str]:
    """The saved query and the walk over the dyad, bound for the pair of these ranks."""
    from kg.query import saved_query

    return bind_pair(saved_query("events-between").text, ranks), bind_pair(THROUGH_THE_DYAD, ranks)


def rows(store: Any, query: str) -> list[tuple[str, ...]]:
    """Every row through ``kg.query.run``, without the sampled label (column 3)."""
    from kg.query import run

    result = run(store, query)
    return [tuple(str(v) for i, v in enumerate(row) if i != 2) for row in result]  # type: ignore[union-attr]


def timed(store: Any, query: str) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    rows(store, query)
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def measure(store: Any, runs: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, ranks in PAIRS.items():
        saved, walk = bound_queries(ranks)
        new_rows, old_rows = rows(store, saved), rows(store, walk)  # also the warm-ups
        times: dict[str, list[tuple[float, float]]] = {"saved": [], "walk": []}
        for _ in range(runs):  # alternating, so both meet the same load
            times["saved"].append(timed(store, saved))
            times["walk"].append(timed(store, walk))
        # same rows; their order within one day follows the sampled label, which may differ
        same = sorted(new_rows) == sorted(old_rows)
        result: dict[str, Any] = {"rows": len(new_rows), "same_rows": same}
        for kind, pairs in times.items():
            result[f"{kind}_wall_ms"] = round(statistics.median(w for w, _ in pairs), 1)
            result[f"{kind}_cpu_ms"] = round(statistics.median(c for _, c in pairs), 1)
        result["speedup_wall"] = round(result["walk_wall_ms"] / result["saved_wall_ms"], 1)
        result["speedup_cpu"] = round(result["walk_cpu_ms"] / result["saved_cpu_ms"], 1)
        out[name] = result
        print(f"{name}: {json.dumps(result)}", file=sys.stderr, flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True, help="an existing store folder")
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each query")
    args = parser.parse_args(argv)
    from kg.index.status import index_status
    from kg.store import open_store

    store = open_store(args.store)
    try:
        if index_status(store) != "ready":
            print(
                f"{args.store}: no index graph of the current format; run kg reindex",
                file=sys.stderr,
            )
            return 1
        report: dict[str, Any] = {"load_start": os.getloadavg()[0], "baseline_s": baseline_s()}
        report.update(measure(store, args.runs))
        report["load_end"] = os.getloadavg()[0]
    finally:
        store.close()
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
