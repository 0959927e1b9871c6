"""Benchmark: the saved ``events-between`` query against its previous form, on one store.

On a store that already exists (for example the 1M store kept by
``scale.py --events 1000000 --build-only --keep``), the saved query
(``kg/queries/events-between.rq``: everything read from the index graph, where each event's
dates, label and kinds are stated once, through the pair's start-year nodes of the range) is
timed against the previous saved query (the pair's dyad, each event's dates, class, label,
Goldstein value and status read from the union of the graphs, grouped again), both bound as
``kg query`` binds them and read row by row through ``kg.query.run``, alternating, in the same
process. Each figure is the median of ``--runs`` runs after one warm-up, as wall-clock and as
this process's CPU time (the machine is shared; Oxigraph evaluates in the calling thread, so
CPU time moves less with the load). The rows of the two queries are compared without the
label (the previous query samples one), and once, untimed, with it against the previous
query taking the smallest label (the rule the index keeps).

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

# The previous saved events-between query (index format 3): the pair's dyad, then each
# event's statements read from the union of the graphs (once per graph that states them).
PREVIOUS = """SELECT ?date ?type ?event ?goldstein ?status ?e WHERE {
  { SELECT ?date ?class (SAMPLE(?label) AS ?event) ?goldstein ?s ?e WHERE {
      ?dyad ckg:member ?a, ?b .
      FILTER(?a != ?b)
      ?e ckg:dyad ?dyad ; ckg:earliestDate ?date .
      FILTER(?date >= ?from && ?date <= ?to)
      ?e a ?class ; rdfs:label ?label .
      { SELECT ?class WHERE { ?class rdfs:subClassOf* ckg:Event } }
      OPTIONAL { ?e ckg:goldstein ?goldstein }
      OPTIONAL { ?e ckg:status ?s }
    }
    GROUP BY ?date ?class ?goldstein ?s ?e }
  BIND(STRAFTER(STR(?class), "#") AS ?type)
  BIND(STRAFTER(STR(?s), "#") AS ?status)
}
ORDER BY ?date ?event"""
# the same with the label the index keeps (the smallest), to compare whole rows once
PREVIOUS_MIN_LABEL = PREVIOUS.replace("SAMPLE(?label)", "MIN(?label)")


def bound_queries(ranks: tuple[int, int]) -> tuple[str, str]:
    """The saved query and the previous one, bound for the pair of these ranks."""
    from kg.query import saved_query

    return bind_pair(saved_query("events-between").text, ranks), bind_pair(PREVIOUS, ranks)


def rows(store: Any, query: str, label: bool = False) -> list[tuple[str, ...]]:
    """Every row through ``kg.query.run``, without the label (column 3) unless asked."""
    from kg.query import run

    result = run(store, query)
    return [
        tuple(str(v) for i, v in enumerate(row) if label or i != 2)
        for row in result  # type: ignore[union-attr]
    ]


def timed(store: Any, query: str) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    rows(store, query)
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def measure(store: Any, runs: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, ranks in PAIRS.items():
        saved, previous = bound_queries(ranks)
        new_rows, old_rows = rows(store, saved), rows(store, previous)  # also the warm-ups
        times: dict[str, list[tuple[float, float]]] = {"saved": [], "previous": []}
        for _ in range(runs):  # alternating, so both meet the same load
            times["saved"].append(timed(store, saved))
            times["previous"].append(timed(store, previous))
        # same rows; their order within one day follows the sampled label, which may differ
        same = sorted(new_rows) == sorted(old_rows)
        # whole rows against the previous query keeping the smallest label
        smallest = bind_pair(PREVIOUS_MIN_LABEL, ranks)
        mine, theirs = rows(store, saved, label=True), rows(store, smallest, label=True)
        same_labels = sorted(mine) == sorted(theirs)
        result: dict[str, Any] = {
            "rows": len(new_rows),
            "same_rows": same,
            "same_rows_and_labels": same_labels,
        }
        for kind, pairs in times.items():
            result[f"{kind}_wall_ms"] = round(statistics.median(w for w, _ in pairs), 1)
            result[f"{kind}_cpu_ms"] = round(statistics.median(c for _, c in pairs), 1)
        result["speedup_wall"] = round(result["previous_wall_ms"] / result["saved_wall_ms"], 1)
        result["speedup_cpu"] = round(result["previous_cpu_ms"] / result["saved_cpu_ms"], 1)
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
