"""Where the time of adding one document to a full store goes, step by step.

Adds new synthetic documents to an existing store (say one kept by
``scale.py --events 100000 --build-only --keep``) the way ``scale.py``'s add-one-document step
does (``kg.merge.match_existing`` + ``kg.build.document_quads`` + ``replace_quads``) and splits
each add into: the merge lookup, the quads, the index update's reads (each query apart, named
after the function that ran it), its computing (the rest), and applying the update, each as
wall-clock and as CPU time of the thread (``cpu:`` names). Queries are
timed by materialising their rows where kg reads them (``kg.merge._select`` and
``kg.index.maintain._rows``), which the rest of the code only iterates.

The store is changed: run it on a copy. To compare two versions of kg, put this file in each
version's ``benchmarks/`` folder (it imports the ``kg`` beside it) and run each on its own copy
of the same store; every run adds the same documents.

Usage::

    python benchmarks/addone_split.py --store /tmp/copy/kg-store --documents 10
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for folder in (HERE, ROOT):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

SEED = 1  # scale.py's


def clock() -> tuple[float, float]:
    """Wall-clock and this thread's CPU time (the store works in the calling thread); on a
    shared machine the CPU time moves far less with the load than the wall-clock time."""
    return time.perf_counter(), time.thread_time()


class Timer:
    """Times spent per step of the add under way: wall-clock, and CPU as ``cpu:NAME``."""

    def __init__(self) -> None:
        self.parts: dict[str, float] = defaultdict(float)

    def add(self, name: str, since: tuple[float, float]) -> None:
        now = clock()
        self.parts[name] += now[0] - since[0]
        self.parts[f"cpu:{name}"] += now[1] - since[1]

    def count(self, name: str, amount: float) -> None:
        self.parts[name] += amount


class TimedDatabase:
    """A pyoxigraph store that times ``update`` (applying the write) and passes the rest on."""

    def __init__(self, db: Any, timer: Timer) -> None:
        self._db = db
        self._timer = timer

    def update(self, text: str) -> None:
        started = clock()
        self._db.update(text)
        self._timer.add("apply", started)
        self._timer.count("update_chars", len(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


def timed_rows(original: Any, timer: Timer, prefix: str) -> Any:
    """``original`` (a function returning query rows) with its rows read at once and timed."""

    def rows(*args: Any) -> Any:
        caller = sys._getframe(1).f_code.co_name
        started = clock()
        found = list(original(*args))
        timer.add(f"{prefix}:{caller}", started)
        timer.count(f"{prefix}_queries", 1)
        return found

    return rows


def wrap(timer: Timer) -> None:
    """Hook the timers into kg's modules (each run is its own process)."""
    import kg.index.maintain as maintain
    import kg.index.status as status
    import kg.merge as merge

    merge._select = timed_rows(merge._select, timer, "lookup")  # type: ignore[assignment]
    maintain._rows = timed_rows(maintain._rows, timer, "index")  # type: ignore[assignment]
    ask = status._ask

    def timed_ask(*args: Any) -> bool:
        started = clock()
        answer = ask(*args)
        timer.add("status_ask", started)
        return answer

    status._ask = timed_ask  # type: ignore[assignment]
    update = maintain.index_update

    def index_update(*args: Any, **kwargs: Any) -> str:
        started = clock()
        text = update(*args, **kwargs)
        timer.add("index_update", started)
        return text

    maintain.index_update = index_update  # type: ignore[assignment]


def add_documents(store: Any, first: int, count: int) -> list[dict[str, float]]:
    """Add documents ``first`` to ``first + count - 1``; each one's parts in ms."""
    import generate
    from scale import as_facts

    from kg.build import document_quads
    from kg.merge import match_existing
    from kg.namespaces import source_graph

    timer = Timer()
    store._db = TimedDatabase(store._db, timer)
    wrap(timer)
    out = []
    for index in range(first, first + count):
        facts = as_facts(generate.document_at(SEED, index))
        timer.parts.clear()
        load = os.getloadavg()[0]
        t0 = clock()
        merged = match_existing(store, facts)
        timer.add("lookup", t0)
        t1 = clock()
        quads = document_quads(merged, "sha256:bench")
        timer.add("quads", t1)
        t2 = clock()
        store.replace_quads(source_graph(facts.source.slug), quads)
        timer.add("replace_quads", t2)
        timer.add("total", t0)
        parts = dict(timer.parts)
        row = {k: v for k, v in parts.items() if not k.endswith(("_queries", "_chars"))}
        for cpu in ("", "cpu:"):
            reads = sum(v for k, v in parts.items() if k.startswith(f"{cpu}index:"))
            row[f"{cpu}index_reads"] = reads
            row[f"{cpu}index_compute"] = parts.get(f"{cpu}index_update", 0.0) - reads
            row[f"{cpu}replace_other"] = (
                parts[f"{cpu}replace_quads"]
                - parts.get(f"{cpu}index_update", 0.0)
                - parts.get(f"{cpu}apply", 0.0)
            )
        ms = {k: round(v * 1000, 2) for k, v in row.items()}
        ms["index_queries"] = parts.get("index_queries", 0)
        ms["lookup_queries"] = parts.get("lookup_queries", 0)
        ms["update_kchars"] = round(parts.get("update_chars", 0) / 1000, 1)
        ms["load"] = load
        out.append(ms)
    store.flush()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True, help="the store to add to (a copy)")
    parser.add_argument("--documents", type=int, default=10, help="documents to add")
    parser.add_argument(
        "--first",
        type=int,
        help="number of the first new document (default: the store's document count)",
    )
    parser.add_argument("--label", default="", help="a name for this run in the JSON")
    args = parser.parse_args(argv)
    from kg.store import open_store

    store = open_store(args.store)
    try:
        first = args.first if args.first is not None else len(store.graph_names()) - 2
        rows = add_documents(store, first, args.documents)
    finally:
        store.close()
    keys = sorted({k for row in rows for k in row})
    medians = {k: round(statistics.median(row.get(k, 0.0) for row in rows), 2) for k in keys}
    import kg

    print(json.dumps({"label": args.label, "kg": kg.__file__, "median": medians, "adds": rows}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
