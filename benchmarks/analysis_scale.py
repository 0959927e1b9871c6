"""Benchmark: actor projection and PageRank on synthetic event graphs of 100k and 1M events.

Generates realistic synthetic events directly as N-Quads (about 300 actors with skewed, Zipf-like
popularity, event types and Goldstein values from the ontology, dates 1990-2026, mostly day
precision, 90 % occurred, one named graph per 20-event "source"), bulk-loads them into a
temporary embedded store, then measures in a fresh process:

* the actor projection (``actor_graph``, with and without the per-edge event lists),
* weighted PageRank,
* peak resident memory of that process (``resource.getrusage``).

Usage::

    python benchmarks/analysis_scale.py                 # 100k events
    python benchmarks/analysis_scale.py --sizes 100000 1000000 --budget 600
    python benchmarks/analysis_scale.py --write-readme  # also update benchmarks/README.md
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import IO, Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

BASE = "https://w3id.org/caucasus-kg/"
CKG = BASE + "ontology#"
ENTITY = BASE + "id/entity/"
EVENT = BASE + "id/event/"
EVIDENCE = BASE + "id/evidence/"
SOURCE = BASE + "id/source/"
GRAPH = BASE + "graph/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#wasDerivedFrom"
SCHEMA_URL = "https://schema.org/url"
ACTORS = 300
EVENTS_PER_SOURCE = 20
ACTOR_TYPES = ("Country", "Person", "Organisation", "ArmedForces", "GovernmentBody", "Company")
STATUSES = ("Occurred",) * 18 + ("Planned", "Negated")
FIRST_DAY = date(1990, 1, 1)
DAYS = (date(2026, 12, 31) - FIRST_DAY).days


def _event_types() -> list[tuple[str, float]]:
    from kg.ontology import event_types

    return sorted((t.name, t.goldstein) for t in event_types().values() if t.name != "Event")


def _vocabulary(out: IO[str]) -> None:
    """The ontology graph and a 300-entity dictionary graph."""
    from kg.namespaces import ONTOLOGY_GRAPH
    from kg.ontology import ontology_graph

    onto = f"<{ONTOLOGY_GRAPH}>"
    for s, p, o in ontology_graph():
        out.write(f"{s.n3()} {p.n3()} {o.n3()} {onto} .\n")
    dictionary = f"<{GRAPH}dictionary>"
    for i in range(ACTORS):
        node = f"<{ENTITY}actor-{i:03d}>"
        kind = ACTOR_TYPES[0] if i < 60 else ACTOR_TYPES[i % len(ACTOR_TYPES)]
        out.write(f"{node} <{RDF_TYPE}> <{CKG}{kind}> {dictionary} .\n")
        out.write(f'{node} <{LABEL}> "Actor {i:03d}"@en {dictionary} .\n')


def generate(path: Path, events: int, *, seed: int = 7) -> int:
    """Write ``events`` synthetic events as N-Quads; returns the number of quads written."""
    rng = random.Random(seed)
    kinds = _event_types()
    popularity = [1.0 / (rank + 1) ** 1.1 for rank in range(ACTORS)]
    cumulative = []
    total = 0.0
    for weight in popularity:
        total += weight
        cumulative.append(total)
    quads = 0
    with path.open("w", encoding="utf-8") as out:
        _vocabulary(out)
        for n in range(events):
            source = n // EVENTS_PER_SOURCE
            g = f"<{GRAPH}source/s{source}>"
            src = f"<{SOURCE}s{source}>"
            lines = []
            if n % EVENTS_PER_SOURCE == 0:
                lines.append(f"{src} <{SCHEMA_URL}> <https://example.org/s{source}>")
            kind, goldstein = kinds[rng.randrange(len(kinds))]
            who = rng.choices(range(ACTORS), cum_weights=cumulative, k=3)
            event = f"<{EVENT}e{n}>"
            evidence = f"<{EVIDENCE}s{source}-{n}>"
            day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
            roll = rng.random()
            if roll < 0.8:
                first = last = day
                value = f'"{day.isoformat()}"^^<{XSD}date>'
            elif roll < 0.95:
                first = day.replace(day=1)
                following = (first + timedelta(days=32)).replace(day=1)
                last = following - timedelta(days=1)
                value = f'"{day.isoformat()[:7]}"^^<{XSD}gYearMonth>'
            else:
                first, last = date(day.year, 1, 1), date(day.year, 12, 31)
                value = f'"{day.year}"^^<{XSD}gYear>'
            lines += [
                f"{event} <{RDF_TYPE}> <{CKG}{kind}>",
                f'{event} <{LABEL}> "{kind} {n}"@en',
                f"{event} <{CKG}status> <{CKG}{rng.choice(STATUSES)}>",
                f'{event} <{CKG}goldstein> "{goldstein}"^^<{XSD}decimal>',
                f"{event} <{CKG}date> {value}",
                f'{event} <{CKG}earliestDate> "{first.isoformat()}"^^<{XSD}date>',
                f'{event} <{CKG}latestDate> "{last.isoformat()}"^^<{XSD}date>',
                f"{event} <{PROV}> {src}",
                f"{event} <{CKG}evidence> {evidence}",
                f'{evidence} <{CKG}quote> "Synthetic sentence {n}."',
                f'{evidence} <{CKG}confidence> "1.0"^^<{XSD}decimal>',
            ]
            if rng.random() < 0.7:
                lines.append(f"{event} <{CKG}actor> <{ENTITY}actor-{who[0]:03d}>")
                if who[1] != who[0]:
                    lines.append(f"{event} <{CKG}target> <{ENTITY}actor-{who[1]:03d}>")
            else:
                for i in sorted(set(who)):
                    lines.append(f"{event} <{CKG}participant> <{ENTITY}actor-{i:03d}>")
            out.write("".join(f"{line} {g} .\n" for line in lines))
            quads += len(lines)
    return quads


def baseline_s() -> float:
    """A fixed pure-Python workload, timed in the same process: the machine's current pace."""
    started = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i % 7
    return time.perf_counter() - started


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_store(folder: Path, events: int) -> dict[str, Any]:
    """Generate and bulk-load a synthetic store into ``folder/kg-store``."""
    from kg.store import open_store

    started = time.perf_counter()
    data = folder / "events.nq"
    quads = generate(data, events)
    generated = time.perf_counter()
    store = open_store(folder / "kg-store", create=True)
    import pyoxigraph as ox

    store._db.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    store.close()
    data.unlink()
    return {
        "events": events,
        "quads": quads,
        "generate_s": round(generated - started, 1),
        "load_s": round(time.perf_counter() - generated, 1),
    }


def measure(folder: Path) -> dict[str, Any]:
    """Time the projections and PageRank on the store in ``folder`` (run in a fresh process).

    Three projections, as the analysis functions use them: counts only (centrality, paths),
    with Goldstein sums and date bounds, and with the per-edge event lists as well.
    """
    from kg.analysis.centrality import pagerank
    from kg.analysis.projection import actor_graph
    from kg.store import open_store

    pace = baseline_s()
    store = open_store(folder / "kg-store")
    before = _peak_mib()
    started = time.perf_counter()
    light = actor_graph(store, with_events=False, counts_only=True)
    projected = time.perf_counter()
    ranks = pagerank(light)
    ranked = time.perf_counter()
    peak_light = _peak_mib()
    actor_graph(store, with_events=False)
    full_done = time.perf_counter()
    lists = actor_graph(store)
    lists_done = time.perf_counter()
    store.close()
    return {
        "actors": light.number_of_nodes(),
        "pairs": light.number_of_edges(),
        "edge_events": sum(d["count"] for _a, _b, d in lists.edges(data=True)),
        "top": max(ranks, key=ranks.__getitem__),
        "projection_s": round(projected - started, 2),
        "pagerank_s": round(ranked - projected, 2),
        "total_s": round(ranked - started, 2),
        "baseline_s": round(pace, 2),
        "ratio": round((ranked - started) / pace, 1),
        "peak_mib": round(peak_light, 0),
        "baseline_mib": round(before, 0),
        "full_s": round(full_done - ranked, 2),
        "lists_s": round(lists_done - full_done, 2),
        "peak_lists_mib": round(_peak_mib(), 0),
    }


def _child(mode: str, folder: Path, events: int, budget: float) -> dict[str, Any] | None:
    command = [sys.executable, __file__, f"--{mode}", str(folder), "--events", str(events)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=budget, check=True)
    except subprocess.TimeoutExpired:
        return None
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def machine() -> dict[str, str]:
    import networkx
    import pyoxigraph

    with open("/proc/meminfo", encoding="ascii") as handle:
        kib = int(handle.readline().split()[1])
    return {
        "cpus": str(os.cpu_count()),
        "ram": f"{kib / 1024 / 1024:.0f} GiB",
        "python": platform.python_version(),
        "pyoxigraph": pyoxigraph.__version__,
        "networkx": networkx.__version__,
        "platform": platform.platform(terse=True),
    }


HEADER = (
    "| events | quads | load s | actors | pairs | counts projection s | PageRank s | "
    "projection + PageRank s | ratio to baseline | peak MiB | "
    "projection with Goldstein and dates s | with event lists s | peak MiB |"
)


def table(results: list[dict[str, Any]]) -> str:
    lines = [HEADER, HEADER_RULE]
    for r in results:
        lines.append(
            f"| {r['events']:,} | {r['quads']:,} | {r['load_s']} | {r['actors']} | "
            f"{r['pairs']:,} | {r['projection_s']} | {r['pagerank_s']} | {r['total_s']} | "
            f"{r['ratio']} | {r['peak_mib']:.0f} | {r['full_s']} | {r['lists_s']} | "
            f"{r['peak_lists_mib']:.0f} |"
        )
    return "\n".join(lines)


HEADER_RULE = "|" + "---|" * (HEADER.count("|") - 1)


def update_readme(path: Path, results: list[dict[str, Any]], skipped: list[int]) -> None:
    """Replace (or add) the "Network analysis" section of ``benchmarks/README.md``."""
    info = machine()
    lines = [
        "## Network analysis",
        "",
        "`python benchmarks/analysis_scale.py --sizes 100000 1000000 --write-readme`: synthetic",
        "events (about 13 quads each, 300 actors with Zipf-like popularity, ontology event types,",
        "dates 1990-2026, 90 % occurred), bulk-loaded into a fresh embedded store; the projection",
        "and PageRank are timed in a separate process, whose peak resident memory is reported.",
        "The ratio divides projection + PageRank by a fixed pure-Python loop (5 million",
        "iterations) timed in the same process just before, since the machine is shared.",
        "",
        f"Machine: {info['cpus']} CPUs, {info['ram']} RAM, {info['platform']}; Python "
        f"{info['python']}, pyoxigraph {info['pyoxigraph']}, networkx {info['networkx']}.",
        "",
        table(results),
        "",
    ]
    if skipped:
        lines += [
            f"Not measured (over the time budget): {', '.join(f'{n:,}' for n in skipped)}.",
            "",
        ]
    section = "\n".join(lines)
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    start = text.find("## Network analysis")
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + 1)
        text = text[:start] + section + ("\n" + text[end + 1 :] if end != -1 else "")
    path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--budget", type=float, default=600, help="seconds per size and step")
    parser.add_argument("--write-readme", action="store_true")
    parser.add_argument("--keep", type=Path, help="build stores under this folder and keep them")
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--events", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        print(json.dumps(build_store(args.build, args.events)))
        return
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return
    results: list[dict[str, Any]] = []
    skipped: list[int] = []
    for events in args.sizes:
        base = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-"))
        folder = base / f"events-{events}"
        folder.mkdir(parents=True, exist_ok=True)
        try:
            record = folder / "build.json"
            if record.exists() and (folder / "kg-store" / "CURRENT").exists():
                built = json.loads(record.read_text(encoding="utf-8"))
            else:
                built = _child("build", folder, events, args.budget)
                if built is not None:
                    record.write_text(json.dumps(built), encoding="utf-8")
            measured = _child("measure", folder, events, args.budget) if built else None
        finally:
            if not args.keep:
                shutil.rmtree(base, ignore_errors=True)
        if built is None or measured is None:
            skipped.append(events)
            print(f"{events:,} events: over the {args.budget:.0f} s budget, skipped", flush=True)
            continue
        results.append(built | measured)
        print(table(results[-1:]), flush=True)
    print()
    print(table(results))
    if args.write_readme:
        update_readme(HERE / "README.md", results, skipped)


if __name__ == "__main__":
    main()
