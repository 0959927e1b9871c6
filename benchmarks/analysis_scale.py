"""Benchmark: the index graph against the event joins it replaces, at 100k and 1M events.

Generates the synthetic events of ``benchmarks/generate.py`` (the shape :mod:`kg.triples`
writes, with the index graph kg derives from them), bulk-loads them into an embedded store in
a child process (reporting its peak memory), then measures in a fresh process, each new path
against the exact previous one on the same store in the same run:

* the saved ``events-between`` query (through the pair's dyad) against the previous one
  (anchored on the two actors' roles), for the most involved pair and ranks 21 and 22;
* the actor projection + weighted PageRank from the index counters against the projection
  that joins every event's roles (``use_index=False``): counts only, with Goldstein sums and
  dates, and over the whole years 2015-2020; each pair of graphs is checked equal;
* the cost of keeping the index when one more document is written (100k only by default):
  ``replace_quads`` (the write ``kg build`` adds a document with) with the index update
  against the document's own update alone;
* ``kg reindex`` (recomputing the whole index), last.

Usage::

    python benchmarks/analysis_scale.py                 # 100k events
    python benchmarks/analysis_scale.py --sizes 100000 1000000 --budget 3000 --keep /tmp/b
    python benchmarks/analysis_scale.py --write-readme  # also update benchmarks/README.md
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))


def baseline_s() -> float:
    """A fixed pure-Python workload, timed in the same process: the machine's current pace."""
    started = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i % 7
    return time.perf_counter() - started


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# The saved events-between query before the dyad links: anchored on the two actors' roles.
PREVIOUS_BETWEEN = """# param: a entity "One actor"
# param: b entity "The other actor"
# param: from date "Earliest date" default 1900
# param: to date-end "Latest date" default 2100
SELECT ?date ?type (SAMPLE(?label) AS ?event) ?goldstein ?status ?e WHERE {
  ?e ckg:actor|ckg:target|ckg:participant ?a ;
     ckg:actor|ckg:target|ckg:participant ?b ;
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

# Events-between pairs by popularity (0-based: the two most involved; ranks 21 and 22).
PAIRS = {"top": (0, 1), "typical": (20, 21)}


def bind_pair(text: str, ranks: tuple[int, int], origin: str = "query") -> str:
    """An events-between query bound as ``kg query`` binds it: the actors of these popularity
    ranks, 2015-2020."""
    import generate
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    from kg.binding import inject

    entity = "https://w3id.org/caucasus-kg/id/entity/"
    bound: dict[str, URIRef | Literal | None] = {
        "a": URIRef(entity + generate.entities()[ranks[0]].slug),
        "b": URIRef(entity + generate.entities()[ranks[1]].slug),
        "from": Literal("2015-01-01", datatype=XSD.date),
        "to": Literal("2020-12-31", datatype=XSD.date),
    }
    return inject(text, bound, origin=origin)


def between_queries(ranks: tuple[int, int]) -> tuple[str, str]:
    """The saved and the previous events-between query, bound as ``kg query`` binds them."""
    import kg

    saved = (Path(kg.__file__).parent / "queries" / "events-between.rq").read_text("utf-8")
    return bind_pair(saved, ranks, "events-between"), bind_pair(PREVIOUS_BETWEEN, ranks)


def _rows(store: Any, query: str) -> list[tuple[str, ...]]:
    """Every row, read through ``kg.query.run``, without the sampled label (column 3)."""
    from kg.query import run

    result = run(store, query)
    return [tuple(str(v) for i, v in enumerate(row) if i != 2) for row in result]  # type: ignore[union-attr]


def median_ms(store: Any, query: str, runs: int) -> float:
    """Median of ``runs`` timings after one warm-up, reading every row."""
    _rows(store, query)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        _rows(store, query)
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 1)


def measure_between(store: Any) -> dict[str, Any]:
    """Saved events-between query against the previous one, same store, same run."""
    out: dict[str, Any] = {}
    for name, ranks in PAIRS.items():
        saved, previous = between_queries(ranks)
        rows = _rows(store, saved)
        out[f"between_{name}_rows"] = len(rows)
        out[f"between_{name}_same"] = sorted(rows) == sorted(_rows(store, previous))
        out[f"between_{name}_ms"] = median_ms(store, saved, 7)
        out[f"between_{name}_previous_ms"] = median_ms(store, previous, 2 if name == "top" else 5)
    return out


def build_store(folder: Path, events: int) -> dict[str, Any]:
    """Generate (``benchmarks/generate.py``) and bulk-load a synthetic store into
    ``folder/kg-store``; reports the load's own peak RSS (this process does nothing else)."""
    import generate
    import pyoxigraph as ox

    from kg.store import open_store

    started = time.perf_counter()
    data = folder / "events.nq"
    with data.open("w", encoding="utf-8", buffering=1 << 20) as handle:
        quads = generate.write_nquads(handle, events)["quads"]
    generated = time.perf_counter()
    store = open_store(folder / "kg-store", create=True)
    store._db.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    store.close()
    data.unlink()
    return {
        "events": events,
        "quads": quads,
        "generate_s": round(generated - started, 1),
        "load_s": round(time.perf_counter() - generated, 1),
        "load_peak_mib": round(_peak_mib(), 0),
        "load_average": os.getloadavg()[0],
    }


def note(**values: Any) -> None:
    """Each figure on stderr as soon as it is measured (a run cut short still reports)."""
    print(json.dumps(values), file=sys.stderr, flush=True)


def _shape(graph: Any) -> tuple[list[Any], list[Any]]:
    nodes = sorted((n, sorted(d.items())) for n, d in graph.nodes(data=True))
    edges = sorted((*sorted((a, b)), sorted(d.items())) for a, b, d in graph.edges(data=True))
    return nodes, edges


PROJECTIONS = {
    "counts": {"counts_only": True},
    "goldstein": {},
    "years": {"start": "2015", "end": "2020"},
}


def measure_projections(store: Any) -> dict[str, Any]:
    """Each projection + PageRank from the counters, then joined from the events; same graph?"""
    from kg.analysis.centrality import pagerank
    from kg.analysis.projection import actor_graph

    out: dict[str, Any] = {}
    for name, options in PROJECTIONS.items():
        for path, use_index in (("index", True), ("events", False)):
            started = time.perf_counter()
            graph = actor_graph(store, with_events=False, use_index=use_index, **options)
            projected = time.perf_counter()
            ranks = pagerank(graph)
            out[f"{name}_{path}_s"] = round(time.perf_counter() - started, 2)
            out[f"{name}_{path}_projection_s"] = round(projected - started, 2)
            out[f"{name}_{path}_peak_mib"] = round(_peak_mib(), 0)
            note(**{k: v for k, v in out.items() if k.startswith(f"{name}_{path}")})
            shapes = _shape(graph)
            if use_index:
                fast, top = shapes, max(ranks, key=ranks.__getitem__)
                out[f"{name}_pairs"] = graph.number_of_edges()
                out[f"{name}_actors"] = graph.number_of_nodes()
                out[f"{name}_top"] = top
        out[f"{name}_same"] = fast == shapes
        note(**{f"{name}_same": out[f"{name}_same"], f"{name}_pairs": out[f"{name}_pairs"]})
    return out


def measure_writes(store: Any, documents: int, repeats: int = 7) -> dict[str, Any]:
    """One more document: the write with its index update, against the document update alone.

    The write is ``replace_quads``, the path ``kg build`` takes to add a document to a store
    that holds data (the document's quads, its index delta and the drop of any old content in
    one SPARQL update); the document alone is the same update without the index delta.
    """
    import generate
    import pyoxigraph as ox

    from kg.index.maintain import index_update
    from kg.index.writes import Change, insert_quads, quad_facts
    from kg.namespaces import source_graph

    def quads_of(index: int) -> tuple[Any, list[Any]]:
        doc = generate.document_at(1, index, generate.EVENTS_PER_DOCUMENT)
        text = "\n".join(generate.document_lines(doc))
        return source_graph(doc.slug), list(ox.parse(text, format=ox.RdfFormat.N_QUADS))

    with_index, alone, delta = [], [], []
    for i in range(repeats):
        name, quads = quads_of(documents + 2 * i)
        started = time.perf_counter()
        store.replace_quads(name, quads)
        with_index.append(time.perf_counter() - started)
        name, quads = quads_of(documents + 2 * i + 1)
        started = time.perf_counter()
        facts = quad_facts(quads).get(str(name), [])
        text = index_update(store, [Change(str(name), facts)])
        delta.append(time.perf_counter() - started)
        started = time.perf_counter()
        store._db.update(insert_quads(quads))  # the document alone, no index update
        alone.append(time.perf_counter() - started)
        store._db.update(text)  # and its index update, so the store stays consistent
    return {
        "write_index_ms": round(statistics.median(with_index) * 1000, 1),
        "write_alone_ms": round(statistics.median(alone) * 1000, 1),
        "write_delta_ms": round(statistics.median(delta) * 1000, 1),
    }


def measure(folder: Path, events: int) -> dict[str, Any]:
    """Everything above on the store in ``folder`` (run in a fresh process)."""
    import generate

    from kg.index.rebuild import reindex
    from kg.store import open_store

    pace = baseline_s()
    store = open_store(folder / "kg-store")
    out: dict[str, Any] = {"baseline_s": round(pace, 2), "baseline_mib": round(_peak_mib(), 0)}
    out |= measure_between(store)
    note(**out, load=os.getloadavg()[0])
    out |= measure_projections(store)
    if events <= 100_000:
        out |= measure_writes(store, generate.document_count(events))
        note(**{k: v for k, v in out.items() if k.startswith("write_")})
    started = time.perf_counter()
    out["index_triples"] = reindex(store)
    out["reindex_s"] = round(time.perf_counter() - started, 1)
    out["reindex_peak_mib"] = round(_peak_mib(), 0)
    out["load_average_measure"] = os.getloadavg()[0]
    store.close()
    return out


def _child(mode: str, folder: Path, events: int, budget: float) -> dict[str, Any] | None:
    command = [sys.executable, __file__, f"--{mode}", str(folder), "--events", str(events)]
    try:
        with (folder / f"{mode}.log").open("w", encoding="utf-8") as log:  # the notes
            done = subprocess.run(
                command, stdout=subprocess.PIPE, stderr=log, text=True, timeout=budget, check=True
            )
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


def _rule(header: str) -> str:
    return "|" + "---|" * (header.count("|") - 1)


PROJECTION_HEADER = (
    "| events | projection | pairs | from the index s | joining the events s | speed-up | "
    "same graph | peak MiB (events) |"
)
BETWEEN_HEADER = (
    "| events | pair | rows | saved query ms | previous query ms | speed-up | same rows |"
)
NAMES = {
    "counts": "counts + PageRank",
    "goldstein": "Goldstein + dates + PageRank",
    "years": "2015-2020, Goldstein + dates + PageRank",
}


def projection_table(results: list[dict[str, Any]]) -> str:
    lines = [PROJECTION_HEADER, _rule(PROJECTION_HEADER)]
    for r in results:
        for key, name in NAMES.items():
            fast, slow = r[f"{key}_index_s"], r[f"{key}_events_s"]
            lines.append(
                f"| {r['events']:,} | {name} | {r[f'{key}_pairs']:,} | {fast} | {slow} | "
                f"{slow / max(fast, 0.005):.0f}x | {'yes' if r[f'{key}_same'] else 'NO'} | "
                f"{r[f'{key}_events_peak_mib']:.0f} |"
            )
    return "\n".join(lines)


def between_table(results: list[dict[str, Any]]) -> str:
    lines = [BETWEEN_HEADER, _rule(BETWEEN_HEADER)]
    names = {"top": "the two most involved", "typical": "ranks 21 and 22"}
    for r in results:
        for key, name in names.items():
            saved, previous = r[f"between_{key}_ms"], r[f"between_{key}_previous_ms"]
            lines.append(
                f"| {r['events']:,} | {name} | {r[f'between_{key}_rows']:,} | {saved} | "
                f"{previous} | {previous / saved:.0f}x | "
                f"{'yes' if r[f'between_{key}_same'] else 'NO'} |"
            )
    return "\n".join(lines)


def store_table(results: list[dict[str, Any]]) -> str:
    header = (
        "| events | quads (index included) | index triples | load s | load peak MiB | "
        "reindex s | reindex peak MiB | baseline s |"
    )
    lines = [header, _rule(header)]
    for r in results:
        lines.append(
            f"| {r['events']:,} | {r['quads']:,} | {r['index_triples']:,} | {r['load_s']} | "
            f"{r['load_peak_mib']:.0f} | {r['reindex_s']} | {r['reindex_peak_mib']:.0f} | "
            f"{r['baseline_s']} |"
        )
    return "\n".join(lines)


def table(results: list[dict[str, Any]]) -> str:
    return "\n\n".join((store_table(results), projection_table(results), between_table(results)))


def update_readme(path: Path, results: list[dict[str, Any]], skipped: list[int]) -> None:
    """Replace (or add) the "Network analysis" section of ``benchmarks/README.md``."""
    info = machine()
    loads = ", ".join(f"{r['load_average']:.1f} / {r['load_average_measure']:.1f}" for r in results)
    writes = "; ".join(
        f"{r['events']:,} events: {r['write_index_ms']} ms with the index update against "
        f"{r['write_alone_ms']} ms for the document alone (computing the index update: "
        f"{r['write_delta_ms']} ms)"
        for r in results
        if "write_index_ms" in r
    )
    lines = [
        "## Network analysis",
        "",
        "`python benchmarks/analysis_scale.py --sizes 100000 1000000 --write-readme`: the",
        "synthetic events of `benchmarks/generate.py` (the shape `kg/triples.py` writes, with the",
        "index graph `kg.index` derives from them), bulk-loaded into an embedded store; then, in",
        "a fresh process, each path that reads the index graph against the exact path it",
        "replaces, on the same store in the same run. The machine is shared: every figure",
        "comes with the baseline (a fixed pure-Python loop of 5 million iterations timed in the",
        "same process just before) and the load average.",
        "",
        f"Machine: {info['cpus']} CPUs, {info['ram']} RAM, {info['platform']}; Python "
        f"{info['python']}, pyoxigraph {info['pyoxigraph']}, networkx {info['networkx']}. "
        f"Load average (1 min) at the end of the load / of the measurements: {loads}.",
        "",
        store_table(results),
        "",
        "Actor projection + weighted PageRank (`actor_graph(with_events=False)`), from the",
        "index counters and joining the events (`use_index=False`); *same graph* compares every",
        "node and edge attribute of the two.",
        "",
        projection_table(results),
        "",
        "Events between two actors, 2015-2020: the saved query `events-between` (through the",
        "pair's dyad) and the previous one (anchored on the two actors' roles), both bound as",
        "`kg query` binds them and run through `kg.query.run`, every row read; median of 7 runs",
        "(previous query: 2 for the top pair, 5 otherwise) after one warm-up.",
        "",
        between_table(results),
        "",
        f"One more document (~50 events), median of 7: {writes}.",
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
        print(json.dumps(measure(args.measure, args.events)))
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
        print(between_table(results[-1:]), flush=True)
    print()
    print(table(results))
    if args.keep:
        (args.keep / "results.json").write_text(json.dumps(results), encoding="utf-8")
    if args.write_readme:
        update_readme(HERE / "README.md", results, skipped)


if __name__ == "__main__":
    main()
