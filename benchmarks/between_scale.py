"""Benchmark: ``events-between`` for the top pair, whole and a page at a time, on one store.

On a store that already exists (for example the 1M store kept by
``scale.py --events 1000000 --build-only --keep``), times, alternating in one process:

* ``main``: the saved query as ``main`` runs it (``kg.query.run``, Oxigraph's
  ``ORDER BY ?date ?event``), every row read;
* ``whole``: the whole answer through ``kg.pages.answer_page`` (the query evaluated without
  its ``ORDER BY``, the decoded rows sorted by kg: ``kg.ordering``);
* ``page``: the first page of 100 (``--limit 100``): rows counted per day over growing
  windows of years, then only the page's days evaluated and decoded;
* ``page_counted``: the same page with the total row count (``--count``): every day counted;
* ``page_middle``: 100 rows from the middle of the answer (offset half the rows);
* ``count``: the number of rows alone (``kg.pages.count_rows``, ``COUNT(*)``);
* ``engine_page``: ``main``'s query with ``LIMIT 100`` written in it (Oxigraph sorts the
  whole answer, then skips: no top-k);
* ``page_counted_by_rows``, ``page_middle_by_rows`` and ``count_by_rows`` (when the saved query
  declares ``# count: dyad a b``): the same as ``page_counted``, ``page_middle`` and ``count``
  with that line left out, so that the rows of each day are counted from the rows
  (``GROUP BY ?date``) instead of read from the index's day rows: the previous way, on the
  same store.

Each figure is the median of ``--runs`` runs after one warm-up, as wall-clock and as this
process's CPU time (the machine is shared; Oxigraph evaluates in the calling thread, so CPU
time moves less with the load). The rows are compared: ``whole`` against ``main`` (the same
rows, and the same sequence of dates and labels: ``main`` leaves rows of one date and label in
no set order), the pages against the slices of ``whole``, the counts against its length.

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
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from analysis_scale import PAIRS, baseline_s  # noqa: E402

ENTITY = "https://w3id.org/caucasus-kg/id/entity/"
PAGE = 100


def pair_values(ranks: tuple[int, int]) -> dict[str, str]:
    """The parameters ``kg query --saved events-between`` gets for the actors of these
    popularity ranks, 2015-2020 (as ``analysis_scale.bind_pair`` binds them)."""
    import generate

    people = generate.entities()
    return {
        "a": f"<{ENTITY}{people[ranks[0]].slug}>",
        "b": f"<{ENTITY}{people[ranks[1]].slug}>",
        "from": "2015-01-01",
        "to": "2020-12-31",
    }


def main_query(values: dict[str, str]) -> str:
    """The saved query as ``main`` has it: the same body, ``ORDER BY ?date ?event``."""
    from kg.ordering import split_order
    from kg.query import saved_query

    saved = saved_query("events-between")
    split = split_order(saved.bind(values))
    assert split is not None
    return split[0] + "ORDER BY ?date ?event"


def as_text(rows: list[list[Any]]) -> list[tuple[str, ...]]:
    return [tuple("" if term is None else str(term) for term in row) for row in rows]


def by_rows(saved: Any) -> Any:
    """The saved query without its ``# count:`` line (its days counted from its rows), or
    ``None`` when it has none."""
    import dataclasses
    import re

    text = re.sub(r"(?m)^# count:.*\n", "", saved.text)
    return dataclasses.replace(saved, text=text) if text != saved.text else None


def variants(store: Any, values: dict[str, str], total: int) -> dict[str, Callable[[], Any]]:
    from kg.pages import answer_page, count_rows
    from kg.query import run, saved_query

    saved = saved_query("events-between")
    ordered = main_query(values)
    rows = by_rows(saved)

    def engine(text: str) -> list[list[Any]]:
        result = run(store, text)
        return [[s[v] for v in result.variables] for s in result]  # type: ignore[union-attr]

    extra: dict[str, Callable[[], Any]] = {}
    if rows is not None:
        extra = {
            "page_counted_by_rows": lambda: answer_page(
                store, rows, values, limit=PAGE, count=True
            ),
            "page_middle_by_rows": lambda: answer_page(
                store, rows, values, limit=PAGE, offset=total // 2
            ),
            "count_by_rows": lambda: count_rows(store, rows, values),
        }
    return extra | {
        "main": lambda: engine(ordered),
        "whole": lambda: answer_page(store, saved, values).rows,
        "page": lambda: answer_page(store, saved, values, limit=PAGE).rows,
        "page_counted": lambda: answer_page(store, saved, values, limit=PAGE, count=True),
        "page_middle": lambda: answer_page(store, saved, values, limit=PAGE, offset=total // 2),
        "count": lambda: count_rows(store, saved, values),
        "engine_page": lambda: engine(ordered + f"\nLIMIT {PAGE}"),
    }


def timed(action: Callable[[], Any]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def checks(store: Any, values: dict[str, str]) -> dict[str, Any]:
    """The rows of every variant compared (untimed; also the warm-up)."""
    from kg.pages import answer_page, count_rows
    from kg.query import run, saved_query

    saved = saved_query("events-between")
    result = run(store, main_query(values))
    main_rows = as_text([[s[v] for v in result.variables] for s in result])  # type: ignore[union-attr]
    whole = as_text(answer_page(store, saved, values).rows)
    middle = len(whole) // 2
    counted = answer_page(store, saved, values, limit=PAGE, count=True)
    return {
        "rows": len(whole),
        "same_rows_as_main": sorted(whole) == sorted(main_rows),
        "same_dates_and_labels_in_order": [r[:3:2] for r in whole] == [r[:3:2] for r in main_rows],
        "page_is_first_slice": as_text(answer_page(store, saved, values, limit=PAGE).rows)
        == whole[:PAGE],
        "counted_page_is_first_slice": as_text(counted.rows) == whole[:PAGE],
        "middle_page_is_slice": as_text(
            answer_page(store, saved, values, limit=PAGE, offset=middle).rows
        )
        == whole[middle : middle + PAGE],
        "counts_right": counted.total == count_rows(store, saved, values) == len(whole),
        "counts_by_rows_right": by_rows(saved) is None
        or count_rows(store, by_rows(saved), values) == len(whole),
    }


def measure(store: Any, runs: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, ranks in PAIRS.items():
        values = pair_values(ranks)
        result: dict[str, Any] = checks(store, values)
        actions = variants(store, values, result["rows"])
        for action in actions.values():  # warm-up
            action()
        times: dict[str, list[tuple[float, float]]] = {k: [] for k in actions}
        for _ in range(runs):  # alternating, so all meet the same load
            for kind, action in actions.items():
                times[kind].append(timed(action))
        for kind, pairs in times.items():
            result[f"{kind}_wall_ms"] = round(statistics.median(w for w, _ in pairs), 1)
            result[f"{kind}_cpu_ms"] = round(statistics.median(c for _, c in pairs), 1)
        result["load_after"] = round(os.getloadavg()[0], 2)
        out[name] = result
        print(f"{name}: {json.dumps(result)}", file=sys.stderr, flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True, help="an existing store folder")
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each variant")
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
        report: dict[str, Any] = {
            "load_start": os.getloadavg()[0],
            "baseline_s": baseline_s(),
            "utc": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime()),
        }
        report.update(measure(store, args.runs))
        report["load_end"] = os.getloadavg()[0]
    finally:
        store.close()
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
