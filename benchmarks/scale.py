"""Store scale benchmark: build, query, export and add-one-document on 100k-1M synthetic events.

One run generates a synthetic event dataset (``benchmarks/generate.py``) as N-Quads in a
temporary folder, then measures, each in its own fresh process so that peak memory is that
process's alone:

* ``kg``: a real build of a new store, the way ``kg build`` fills one
  (``kg.fresh_build``): each synthetic document becomes the ``kg.model.Facts`` the extractor
  would give (not timed: it stands in for extraction), then the in-memory merge lookup
  (``kg.event_index.EventIndex``), the quads (``kg.build.document_quads``), the merge index
  and ``FreshStore.add_quads`` (N-Quads spool files ``bulk_load``-ed half a million quads at a
  time in a background thread) and ``commit`` (which also computes and writes the index graph,
  :mod:`kg.index`) are timed, each part apart. The generated file has no index graph: kg
  derives it, and ``replace_graph`` updates it with each document.
  ``--kg-load documents`` instead times ``EmbeddedStore.replace_graph`` per document of the
  generated file (the incremental path; ``--batch N`` uses ``replace_graphs`` on N documents).
  Then the query mix (the saved queries answered the way ``kg query --saved`` gets their
  rows, ``kg.pages.answer_page``; the others through ``kg.query.run``, every row read),
  adding one more ~50-event document the way ``kg build`` adds one
  to a store that holds data (``kg.merge.match_existing`` + ``kg.build.document_quads`` +
  ``replace_quads``, the document and its index update in one transaction), and a Turtle
  export through ``kg.export.export``;
* ``bulk``: pyoxigraph's ``Store.bulk_load`` of the same N-Quads file (the speed ceiling);
* ``rdflib``: ``rdflib.Dataset(default_union=True)`` parsing the file in memory, then the same
  queries (the baseline a pure-Python stack would give), each rdflib run just after three of
  kg's answers of the same query, timed in a worker process of kg's own (``--child
  kg-beside``): the "same moment" column.

Everything is reported as a ratio against the baselines measured in the same run.

Usage::

    python benchmarks/scale.py --events 100000
    python benchmarks/scale.py --events 1000000 --skip-rdflib --out /tmp/scale-1m.json
    python benchmarks/scale.py --events 100000 --build-only --with-bulk  # build vs bulk_load
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import partial
from importlib.metadata import version
from pathlib import Path
from typing import Any, cast

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import generate  # noqa: E402

Result = dict[str, Any]

SEED = 1
ADD_REPEATS = 10
OX_RUNS = 7
SLOW_S = 3.0
RDFLIB_RUNS = 3
RDFLIB_SLOW_S = 10.0
RDFLIB_QUERY_CAP_S = 120
RDFLIB_TIMEOUT_S = 15 * 60
RDFLIB_MEMORY_CAP = 16 * 1024**3
CKG = "https://w3id.org/caucasus-kg/ontology#"
ENTITY = "https://w3id.org/caucasus-kg/id/entity/"

# The two-hop neighbourhood walked over the union of the graphs, as the benchmark asked it
# before the index kept ckg:involves links (the saved query entity-neighbours reads those).
TWO_HOP = """# Two-hop neighbourhood: entities reached from one entity through a shared event.
SELECT ?other (SAMPLE(?name) AS ?label) ?events WHERE {
  # count the shared events first, then look up a label once per entity reached
  { SELECT ?other (COUNT(DISTINCT ?e) AS ?events) WHERE {
      # the entity's events once each, then each event's statements read in one pass
      # (cheaper in Oxigraph than four lookups by property)
      { SELECT DISTINCT ?e WHERE { ?e ckg:actor|ckg:target|ckg:participant|ckg:place ?entity } }
      ?e ?role ?other .
      FILTER(?role IN (ckg:actor, ckg:target, ckg:participant, ckg:place))
      FILTER(?other != ?entity)
    }
    GROUP BY ?other }
  OPTIONAL { ?other rdfs:label ?name }
}
GROUP BY ?other ?events
ORDER BY DESC(?events)
"""

# rdflib answers the two-hop query and the counts walked over every event in their plain
# forms far faster than in the forms tuned for Oxigraph (it joins sub-SELECTs by nested
# loops); each engine runs the form best for it, and both give the same rows.
TWO_HOP_PLAIN = """# Two-hop neighbourhood: entities reached from one entity through a shared event.
SELECT ?other (SAMPLE(?name) AS ?label) (COUNT(DISTINCT ?e) AS ?events) WHERE {
  ?e ckg:actor|ckg:target|ckg:participant|ckg:place ?entity .
  ?e ckg:actor|ckg:target|ckg:participant|ckg:place ?other .
  FILTER(?other != ?entity)
  OPTIONAL { ?other rdfs:label ?name }
}
GROUP BY ?other
ORDER BY DESC(?events)
"""

# The counts walked over every event, as kg's saved query counted them before the index graph
# kept class-year counts (the class named after grouping).
COUNTS_WALKED = """# How many events of each type the graph holds, per year, walking every event.
SELECT ?year ?type ?events WHERE {
  { SELECT ?year ?class (COUNT(DISTINCT ?e) AS ?events) WHERE {
      { SELECT ?e ?class WHERE {
          { SELECT DISTINCT ?class WHERE { ?class rdfs:subClassOf* ckg:Event } }
          ?e a ?class .
      } }
      { SELECT ?e ?date WHERE { ?e ckg:earliestDate ?date } }
      BIND(YEAR(?date) AS ?year)
    }
    GROUP BY ?year ?class }
  BIND(STRAFTER(STR(?class), "#") AS ?type)
}
ORDER BY ?year ?type
"""

COUNTS_PLAIN = """# How many events of each type the graph holds, per year.
SELECT ?year ?type (COUNT(DISTINCT ?e) AS ?events) WHERE {
  ?e a ?class ; ckg:earliestDate ?date .
  ?class rdfs:subClassOf* ckg:Event .
  BIND(YEAR(?date) AS ?year)
  BIND(STRAFTER(STR(?class), "#") AS ?type)
}
GROUP BY ?year ?type
ORDER BY ?year ?type
"""

# The class-year counts read node by node, as the saved query read them before index format 7:
# rdflib answers this form in about 240 ms at 100k, and the saved query's form (three lists
# joined) in minutes (it joins sub-SELECTs by nested loops), so rdflib runs this one.
COUNTS_INDEXED_PLAIN = """# How many events of each type the graph holds, per year.
SELECT ?year ?type ?events WHERE {
  { SELECT DISTINCT ?class ?type WHERE {
      ?class rdfs:subClassOf* ckg:Event .
      BIND(STRAFTER(STR(?class), "#") AS ?type)
    } }
  GRAPH <https://w3id.org/caucasus-kg/graph/index> {
    ?count ckg:countsClass ?class ; ckg:year ?year ; ckg:eventCount ?events .
  }
}
ORDER BY ?year ?type
"""

# DISTINCT: Oxigraph 0.5 matches a triple once per named graph holding it (an event that
# several documents report has its class, date and label in each), rdflib's union once, so
# without it the two engines answer different questions (367 against 244 rows at 100k).
SUBCLASS_PATH = """# Attacks of every kind (the class and its subclasses) in one year, with labels.
SELECT DISTINCT ?e ?label ?date WHERE {
  ?e a/rdfs:subClassOf* ckg:Attack ; ckg:earliestDate ?date ; rdfs:label ?label .
  FILTER(?date >= "2020-01-01"^^xsd:date && ?date <= "2020-12-31"^^xsd:date)
}
ORDER BY ?date
"""

# The same question through the index graph: the events counted for each class under
# ckg:Attack in 2020 (the class-year counts link to them), then their dates as above. Same
# rows; both engines run it (rdflib loads the index graph kg's build wrote, and answers this
# form about 5x faster than the walk at 20k events).
SUBCLASS_INDEXED = """# Attacks of every kind in one year, with labels, through the counts.
SELECT DISTINCT ?e ?label ?date WHERE {
  { SELECT ?class WHERE { ?class rdfs:subClassOf* ckg:Attack } }
  ?count ckg:countsClass ?class ; ckg:year 2020 .
  ?e ckg:inClassYear ?count ; ckg:earliestDate ?date .
  FILTER(?date >= "2020-01-01"^^xsd:date && ?date <= "2020-12-31"^^xsd:date)
  ?e rdfs:label ?label .
}
ORDER BY ?date
"""


# --------------------------------------------------------------------------- measuring


def peak_rss_mib() -> float:
    """This process's peak resident memory so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def timed_both(action: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and this process's CPU seconds of one call (on a shared machine the CPU time
    moves less with the load: Oxigraph evaluates in the calling thread, rdflib in Python)."""
    started, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - started, time.process_time() - cpu


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def folder_mib(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1024**2


# --------------------------------------------------------------------------- queries


def entity_iri(rank: int) -> str:
    """The entity of the given popularity rank (0 is the most often involved)."""
    return ENTITY + generate.entities()[rank].slug


def query_mix(engine: str = "kg") -> dict[str, str]:
    """The saved queries with parameters bound exactly as ``kg query`` binds them.

    For ``engine="rdflib"``, the plain forms of the two-hop query, of the counts walked over
    every event and of the counts read from the index (see above); the other saved queries are
    the same text in both engines.
    """
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    import kg
    from kg.binding import inject

    def saved(name: str, bound: dict[str, URIRef | Literal | None]) -> str:
        text = (Path(kg.__file__).parent / "queries" / f"{name}.rq").read_text(encoding="utf-8")
        return inject(text, bound, origin=name) if bound else text

    def day(text: str) -> Literal:
        return Literal(text, datatype=XSD.date)

    top, second, middle = URIRef(entity_iri(0)), URIRef(entity_iri(1)), URIRef(entity_iri(50))
    period: dict[str, URIRef | Literal | None] = {
        "from": day("2015-01-01"),
        "to": day("2020-12-31"),
    }
    between = {"a": top, "b": second, **period}
    typical = {"a": URIRef(entity_iri(20)), "b": URIRef(entity_iri(21)), **period}
    profile = saved("entity-profile", {})
    plain = engine == "rdflib"
    return {
        "entity profile": saved("entity-profile", {"entity": middle}),
        "entity profile, parameter inlined": profile.replace("?entity", f"<{middle}>"),
        "events between two actors in a date range": saved("events-between", between),
        "events between two actors, less popular pair": saved("events-between", typical),
        "counts by type and year": COUNTS_INDEXED_PLAIN
        if plain
        else saved("events-by-type-and-year", {}),
        "counts by type and year, walking every event": COUNTS_PLAIN if plain else COUNTS_WALKED,
        "two-hop neighbourhood": saved("entity-neighbours", {"entity": middle}),
        "two-hop neighbourhood, walked": inject(
            TWO_HOP_PLAIN if plain else TWO_HOP, {"entity": middle}
        ),
        "subclass path a/rdfs:subClassOf*": SUBCLASS_PATH,
        "subclass path through the class-year counts": SUBCLASS_INDEXED,
    }


def saved_calls() -> dict[str, tuple[str, dict[str, str]]]:
    """The queries of the mix that are saved queries: their names and parameter values.

    kg answers these the way ``kg query --saved NAME`` gets its rows (``kg.pages.answer_page``:
    the query as it is, or, for a query that kg sorts itself, without its ``ORDER BY`` and the
    decoded rows sorted in Python), so that their timings are those of the product; rdflib
    runs the same text with its ``ORDER BY``, as :func:`query_mix` binds it.
    """
    top, second, middle = (f"<{entity_iri(rank)}>" for rank in (0, 1, 50))
    period = {"from": "2015-01-01", "to": "2020-12-31"}
    typical = {"a": f"<{entity_iri(20)}>", "b": f"<{entity_iri(21)}>", **period}
    return {
        "entity profile": ("entity-profile", {"entity": middle}),
        "events between two actors in a date range": (
            "events-between",
            {"a": top, "b": second, **period},
        ),
        "events between two actors, less popular pair": ("events-between", typical),
        "counts by type and year": ("events-by-type-and-year", {}),
        "two-hop neighbourhood": ("entity-neighbours", {"entity": middle}),
    }


def query_labels() -> dict[str, str]:
    """Short descriptions of the parameters each query was run with."""
    return {
        "entity profile": "entity of popularity rank 51",
        "entity profile, parameter inlined": "same, IRI written in place of ?entity",
        "events between two actors in a date range": "the two most involved actors, 2015-2020",
        "events between two actors, less popular pair": "actors of rank 21 and 22, 2015-2020",
        "counts by type and year": "whole graph, the saved query (class-year counts)",
        "counts by type and year, walking every event": "whole graph",
        "two-hop neighbourhood": "entity of popularity rank 51, the saved query (links)",
        "two-hop neighbourhood, walked": "same entity, walking its events' statements",
        "subclass path a/rdfs:subClassOf*": "Attack and subclasses, 2020",
        "subclass path through the class-year counts": "same question, same rows",
    }


def run_repeatedly(run: Callable[[], int], runs: int) -> Result:
    """Median seconds over ``runs`` evaluations after one warm-up; rows of the last one.

    A query whose warm-up takes over ``SLOW_S`` is timed twice only, to bound the run.
    """
    started = time.perf_counter()
    rows = run()
    if time.perf_counter() - started > SLOW_S:
        runs = 2
    times, cpu = [], []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        rows = run()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    return {
        "median_s": statistics.median(times),
        "cpu_median_s": statistics.median(cpu),
        "runs": runs,
        "rows": rows,
    }


def count_rows(store: Any, text: str) -> int:
    """Evaluate a query through ``kg.query.run`` and read every row."""
    from kg.query import run

    result: Any = run(store, text)
    return len(list(result))


def page_rows(store: Any, name: str, values: dict[str, str]) -> int:
    """Answer a saved query as ``kg query --saved`` does (``kg.pages.answer_page``); its rows."""
    from kg.pages import answer_page
    from kg.query import saved_query

    return len(answer_page(store, saved_query(name), values).rows)


def kg_answers(store: Any) -> dict[str, Callable[[], int]]:
    """Each query of the mix as kg answers it: saved ones as the CLI does, others by text."""
    saved = saved_calls()
    return {
        name: partial(page_rows, store, *saved[name])
        if name in saved
        else partial(count_rows, store, text)
        for name, text in query_mix().items()
    }


def oxigraph_queries(store: Any) -> dict[str, Result]:
    results = {}
    for name, answer in kg_answers(store).items():
        results[name] = run_repeatedly(answer, OX_RUNS)
        log(f"kg query {name}: {results[name]['median_s'] * 1000:.1f} ms")
    return results


class QueryTimeout(Exception):
    """An rdflib query ran past its cap."""


def _alarm(signum: int, frame: object) -> None:
    raise QueryTimeout


class KgBeside:
    """kg's answers of the mix, timed in a process of its own whenever the caller asks.

    Timing kg inside the rdflib process made it 1.3-1.6x slower on a quiet machine and 2-6x in
    CPU time at load 12 (against a separate process at the same moment, both on a warm store):
    it shared that process with rdflib's millions of objects, which kg never does.
    """

    def __init__(self, folder: Path) -> None:
        command = [sys.executable, __file__, "--child", "kg-beside", "--workdir", str(folder)]
        command += ["--data", str(folder / "kg-store")]
        self._worker = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def timed(self, name: str) -> tuple[float, float]:
        """Wall-clock and CPU seconds of one answer of the named query, timed by the worker."""
        worker = cast(Any, self._worker)
        worker.stdin.write(name + "\n")
        worker.stdin.flush()
        wall, used = json.loads(worker.stdout.readline())
        return float(wall), float(used)

    def close(self) -> None:
        cast(Any, self._worker).stdin.close()
        self._worker.wait()


def child_kg_beside(store_path: Path) -> None:
    """The worker of :class:`KgBeside`: a query name a line in, its ``[wall, cpu]`` out."""
    from kg.store import EmbeddedStore

    store = EmbeddedStore(store_path)
    calls = kg_answers(store)
    for line in sys.stdin:
        print(json.dumps(timed_both(calls[line.strip()])), flush=True)
    store.close()


def rdflib_queries(dataset: Any, kg: KgBeside | None = None) -> dict[str, Result]:
    """Each query once; repeated only when fast enough; stopped after a cap.

    With ``kg``, kg's form of each query is also answered (3 times, in kg's own process) just
    before every rdflib run, so that the two are timed at the same moment of a shared
    machine's load.
    """
    from kg.query import prologue

    signal.signal(signal.SIGALRM, _alarm)
    results: dict[str, Result] = {}
    for name, text in query_mix("rdflib").items():
        times, cpu, rows = [], [], 0
        beside, beside_cpu = list[float](), list[float]()
        try:
            for _ in range(RDFLIB_RUNS):
                if kg is not None:
                    for _ in range(3):
                        wall, used = kg.timed(name)
                        beside.append(wall)
                        beside_cpu.append(used)
                signal.alarm(RDFLIB_QUERY_CAP_S)
                started, cpu_started = time.perf_counter(), time.process_time()
                rows = len(list(dataset.query(prologue() + text)))
                times.append(time.perf_counter() - started)
                cpu.append(time.process_time() - cpu_started)
                signal.alarm(0)
                if times[-1] > RDFLIB_SLOW_S:
                    break
            results[name] = {
                "median_s": statistics.median(times),
                "cpu_median_s": statistics.median(cpu),
                "runs": len(times),
                "rows": rows,
            }
            if beside:
                results[name]["kg_same_moment_s"] = statistics.median(beside)
                results[name]["kg_same_moment_cpu_s"] = statistics.median(beside_cpu)
        except QueryTimeout:
            results[name] = {"median_s": None, "capped_s": RDFLIB_QUERY_CAP_S, "runs": 0}
        signal.alarm(0)
        shown = results[name]["median_s"]
        log(f"rdflib query {name}: {'capped' if shown is None else f'{shown * 1000:.1f} ms'}")
    return results


# --------------------------------------------------------------------------- the kg store


def documents_from(data: Path) -> Iterator[tuple[str, list[Any]]]:
    """The file's quads grouped by named graph, in file order (one document at a time)."""
    import pyoxigraph as ox

    name, quads = "", list[Any]()
    for quad in ox.parse(path=data, format=ox.RdfFormat.N_QUADS):
        graph = quad.graph_name.value
        if graph != name and quads:
            yield name, quads
            quads = []
        name = graph
        quads.append(quad)
    if quads:
        yield name, quads


def as_rdflib(quads: list[Any]) -> Any:
    """A document's quads as the rdflib ``Graph`` that ``replace_graph`` takes."""
    from kg.rdfterms import from_oxigraph
    from kg.triples import new_graph

    graph = new_graph()
    for q in quads:
        triple = (from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object))
        graph.add(cast(Any, triple))
    return graph


def build_fresh(events: int, path: Path) -> Result:
    """Build a new store from facts the way ``kg build`` does; time the build and its parts.

    Each synthetic document is turned into the ``Facts`` kg's extractor would give
    (:func:`as_facts`, not timed: it stands in for extraction), then everything
    ``kg.fresh_build.fresh_build`` does with them is timed: the in-memory merge lookup, the
    quads, the merge index, and the writes (spooling and ``bulk_load``) and the commit.
    """
    import pyoxigraph as ox

    from kg.build import document_quads
    from kg.event_index import EventIndex
    from kg.fresh_build import FreshStore

    parts = {"match_s": 0.0, "quads_s": 0.0, "index_s": 0.0, "write_s": 0.0}
    documents = written = 0
    progress: list[tuple[int, float]] = []
    index = EventIndex()
    started = time.perf_counter()
    cpu_started = time.process_time()  # every thread's, the loads' included
    fresh = FreshStore(path)
    vocabulary = "\n".join(generate.ontology_lines() + generate.dictionary_lines())
    vocabulary_quads = list(ox.parse(vocabulary, format=ox.RdfFormat.N_QUADS))
    fresh.add_quads(vocabulary_quads)
    written += len(vocabulary_quads)
    for number in range(generate.document_count(events)):
        paused, cpu_paused = time.perf_counter(), time.process_time()
        size = min(generate.EVENTS_PER_DOCUMENT, events - number * generate.EVENTS_PER_DOCUMENT)
        facts = as_facts(generate.document_at(SEED, number, size))
        t0 = time.perf_counter()
        started += t0 - paused
        cpu_started += time.process_time() - cpu_paused
        merged = index.match(facts)
        t1 = time.perf_counter()
        quads = document_quads(merged, facts.source.content_hash)
        t2 = time.perf_counter()
        index.add_facts(merged)
        t3 = time.perf_counter()
        fresh.add_quads(quads)
        t4 = time.perf_counter()
        for key, seconds in zip(parts, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            parts[key] += seconds
        documents += 1
        written += len(quads)
        if documents % 500 == 0:
            elapsed = time.perf_counter() - started
            progress.append((documents, round(elapsed, 2)))
            log(f"kg fresh build: {documents} documents, {elapsed:.0f} s")
    del index  # as kg.fresh_build does: the merge lookup is not needed at commit
    commit_started = time.perf_counter()
    fresh.commit()
    done = time.perf_counter()
    return {
        "build_s": done - started,
        "build_cpu_s": time.process_time() - cpu_started,
        "commit_s": done - commit_started,
        **parts,
        "graphs": documents,
        "quads_written": written,
        "progress": progress,
        "loaded_by": "fresh",
    }


def build_kg(store: Any, data: Path, batch: int) -> Result:
    """Load every document through the store's document-at-a-time API; time its parts."""
    from rdflib import URIRef

    convert_s = update_s = 0.0
    documents, pending = 0, []
    progress: list[tuple[int, float]] = []
    started = time.perf_counter()
    for name, quads in documents_from(data):
        t0 = time.perf_counter()
        pending.append((URIRef(name), as_rdflib(quads)))
        t1 = time.perf_counter()
        convert_s += t1 - t0
        if len(pending) >= batch:
            update_s += timed(partial(write_documents, store, pending))
            documents += len(pending)
            pending = []
            if documents % 1000 < batch:
                elapsed = time.perf_counter() - started
                progress.append((documents, round(elapsed, 2)))
                log(f"kg build: {documents} graphs, {elapsed:.0f} s")
    if pending:
        update_s += timed(lambda: write_documents(store, pending))
        documents += len(pending)
    update_s += timed(store.flush)
    total = time.perf_counter() - started
    return {
        "build_s": total,
        "graphs": documents,
        "rdflib_graph_s": convert_s,
        "store_update_s": update_s,
        "parse_s": total - convert_s - update_s,
        "progress": progress,
    }


def write_documents(store: Any, pending: list[tuple[Any, Any]]) -> None:
    if len(pending) == 1:
        store.replace_graph(*pending[0])
    else:
        store.replace_graphs(pending)


def as_facts(doc: generate.Document) -> Any:
    """A synthetic document as the ``Facts`` object kg's pipeline produces from an article."""
    import hashlib

    from kg.dates import DateSpan
    from kg.model import Event, Evidence, Facts, Source, Status

    text = doc.text
    source = Source(
        slug=doc.slug,
        text=text,
        title=doc.title,
        language=doc.language,
        content_hash="sha256:" + hashlib.sha256(text.encode()).hexdigest(),
        url=f"https://example.org/news/{doc.slug}",
        outlet="Synthetic outlet",
        published=doc.published,
    )
    events = []
    for record, quote, (start, end) in zip(doc.events, doc.quotes, doc.offsets(), strict=True):
        evidence = Evidence(doc.slug, quote, start, end, "kg-rules", generate.VERSION, 0.8)
        events.append(
            Event(
                type=record.type,
                label=record.label,
                evidence=(evidence,),
                date=DateSpan.parse(record.date),
                actors=record.actors,
                targets=record.targets,
                participants=record.participants,
                place=record.place,
                status=Status(record.status),
                slug=record.slug,
            )
        )
    return Facts(source, events=tuple(events))


def add_one_document(store: Any, documents: int) -> Result:
    """Median over ``ADD_REPEATS`` new documents of merge lookup + quads + replace_quads."""
    from kg.build import document_quads
    from kg.merge import match_existing
    from kg.namespaces import source_graph

    parts: dict[str, list[float]] = {"total": [], "match": [], "graph": [], "replace": []}
    reported_again = 0
    for repeat in range(ADD_REPEATS):
        doc = generate.document_at(SEED, documents + repeat)
        facts = as_facts(doc)
        reported_again += sum(
            1
            for e in doc.events
            if not e.slug.endswith(f"{documents + repeat:06d}-{doc.events.index(e):02d}")
        )
        t0 = time.perf_counter()
        merged = match_existing(store, facts)
        t1 = time.perf_counter()
        quads = document_quads(merged, "sha256:bench")
        t2 = time.perf_counter()
        store.replace_quads(source_graph(doc.slug), quads)
        t3 = time.perf_counter()
        for key, value in (("total", t3 - t0), ("match", t1 - t0), ("graph", t2 - t1)):
            parts[key].append(value)
        parts["replace"].append(t3 - t2)
    store.flush()
    result: Result = {f"{k}_median_s": statistics.median(v) for k, v in parts.items()}
    result["events_per_document"] = generate.EVENTS_PER_DOCUMENT
    result["re_reported_events"] = reported_again
    result["path"] = "kg.merge.match_existing + kg.build.document_quads + replace_quads"
    return result


def export_turtle(store: Any, folder: Path) -> Result:
    from kg.export import export

    target = folder / "export.ttl"
    with target.open("wb") as handle:
        seconds = timed(lambda: export(store, handle, fmt="turtle", include_ontology=True))
    return {"export_s": seconds, "export_mib": target.stat().st_size / 1024**2}


def bulk_then_open(data: Path, path: Path) -> tuple[Any, Result]:
    """Bulk-load the file with pyoxigraph, then open the folder as kg's store."""
    import pyoxigraph as ox

    from kg.store import EmbeddedStore

    started = time.perf_counter()
    raw = ox.Store(str(path))
    raw.bulk_load(path=data, format=ox.RdfFormat.N_QUADS)
    raw.flush()
    del raw
    store = EmbeddedStore(path)
    return store, {"build_s": time.perf_counter() - started, "loaded_by": "bulk_load"}


def dump_built(path: Path, folder: Path) -> Path:
    """The built store's quads as N-Quads (not timed), for the baselines to load the same quads.

    A real build merges events the way kg's rule does, which the generated file does not, so
    the quads differ a little (a few hundred of two million at 100k) from the file's.
    """
    import pyoxigraph as ox

    target = folder / "kg-built.nq"
    db = ox.Store(str(path))
    db.dump(output=str(target), format=ox.RdfFormat.N_QUADS)
    del db
    return target


def child_kg(
    data: Path, folder: Path, batch: int, load: str, events: int, build_only: bool = False
) -> Result:
    from kg.store import EmbeddedStore

    path = folder / "kg-store"
    if build_only:  # the fresh build alone: its time, parts, peak memory and store size
        result = build_fresh(events, path)
        result["peak_rss_build_mib"] = result["peak_rss_mib"] = peak_rss_mib()
        result["store_mib"] = folder_mib(path)
        result["store_path"] = str(path)
        log(f"kg build: {result['build_s']:.1f} s, peak {result['peak_rss_mib']:.0f} MiB")
        return result
    if load == "bulk":
        store, result = bulk_then_open(data, path)
    elif load == "fresh":
        result = build_fresh(events, path)
        result["peak_rss_build_mib"] = peak_rss_mib()
        result["built_quads_path"] = str(dump_built(path, folder))
        store = EmbeddedStore(path)
    else:
        store = EmbeddedStore(path, create=True)
        result = build_kg(store, data, batch)
    result["batch"] = batch
    result.setdefault("peak_rss_build_mib", peak_rss_mib())
    log(f"kg build: {result['build_s']:.1f} s, peak {result['peak_rss_build_mib']:.0f} MiB")
    result["store_mib"] = folder_mib(folder / "kg-store")
    result["queries"] = oxigraph_queries(store)
    result["add_document"] = add_one_document(store, len(store.graph_names()) - 2)
    log(f"add one document: {result['add_document']['total_median_s'] * 1000:.1f} ms")
    result.update(export_turtle(store, folder))
    log(f"turtle export: {result['export_s']:.1f} s")
    store.close()
    result["peak_rss_mib"] = peak_rss_mib()
    return result


# --------------------------------------------------------------------------- baselines


def child_bulk(data: Path, folder: Path) -> Result:
    import pyoxigraph as ox

    store = ox.Store(str(folder / "bulk-store"))
    cpu_started = time.process_time()
    seconds = timed(lambda: store.bulk_load(path=data, format=ox.RdfFormat.N_QUADS))
    seconds += timed(store.flush)
    log(f"bulk load: {seconds:.1f} s")
    return {
        "build_s": seconds,
        "build_cpu_s": time.process_time() - cpu_started,
        "peak_rss_mib": peak_rss_mib(),
        "store_mib": folder_mib(folder / "bulk-store"),
    }


def child_rdflib(data: Path, folder: Path) -> Result:
    from rdflib import Dataset

    resource.setrlimit(resource.RLIMIT_AS, (RDFLIB_MEMORY_CAP, RDFLIB_MEMORY_CAP))
    dataset = Dataset(default_union=True)
    seconds = timed(lambda: dataset.parse(str(data), format="nquads"))
    result: Result = {"build_s": seconds, "peak_rss_build_mib": peak_rss_mib()}
    log(f"rdflib parse: {seconds:.1f} s, peak {result['peak_rss_build_mib']:.0f} MiB")
    kg = KgBeside(folder) if (folder / "kg-store" / "CURRENT").exists() else None
    result["queries"] = rdflib_queries(dataset, kg)
    if kg is not None:
        kg.close()
    result["peak_rss_mib"] = peak_rss_mib()
    return result


def run_child(kind: str, args: argparse.Namespace, data: Path, folder: Path) -> Result:
    """Run one measurement in a fresh interpreter; its last stdout line is the JSON result."""
    command = [sys.executable, __file__, "--child", kind, "--data", str(data)]
    command += ["--workdir", str(folder), "--batch", str(args.batch), "--kg-load", args.kg_load]
    command += ["--events", str(args.events)] + (["--build-only"] if args.build_only else [])
    timeout = RDFLIB_TIMEOUT_S if kind == "rdflib" else None
    load_start = os.getloadavg()[0]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"skipped": f"did not finish within {RDFLIB_TIMEOUT_S // 60} min"}
    if done.returncode != 0:
        elapsed = time.perf_counter() - started
        return {"skipped": f"failed (exit {done.returncode}) after {elapsed:.0f} s"}
    result: Result = json.loads(done.stdout.decode().strip().splitlines()[-1])
    result["load_average"] = [load_start, os.getloadavg()[0]]  # at the start and the end
    return result


# --------------------------------------------------------------------------- report


def machine() -> Result:
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    total_kib = int(next(line for line in meminfo if line.startswith("MemTotal")).split()[1])
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor(),
    )  # fmt: skip
    return {
        "nproc": os.cpu_count(),
        "ram_gib": round(total_kib / 1024**2, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        "pyoxigraph": version("pyoxigraph"),
        "rdflib": version("rdflib"),
    }


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if not numerator or not denominator:
        return None
    return numerator / denominator


def fmt_ms(seconds: float | None) -> str:
    return "n/a" if seconds is None else f"{seconds * 1000:,.1f} ms"


def fmt_x(value: float | None) -> str:
    return "n/a" if value is None else f"{value:,.1f}x"


def at_least(value: float | None, goal: float) -> bool | None:
    return None if value is None else value >= goal


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("met" if ok else "missed")


def goals(results: Result) -> list[tuple[str, str, str]]:
    """Each goal: what was measured and whether it was met."""
    kg, bulk, rdf = results["kg"], results["bulk"], results["rdflib"]
    rows: list[tuple[str, str, str]] = []
    if kg.get("loaded_by") == "bulk_load":
        kg = {k: v for k, v in kg.items() if k != "build_s"}
    speedup = ratio(rdf.get("build_s"), kg.get("build_s"))
    rows.append(("build >= 5x faster than rdflib", fmt_x(speedup), verdict(at_least(speedup, 5))))
    slowdown = ratio(kg.get("build_s"), bulk.get("build_s"))
    rows.append(
        (
            "build within 1.5x of bulk load",
            fmt_x(slowdown),
            verdict(None if slowdown is None else slowdown <= 1.5),
        )
    )
    for name, timing in kg.get("queries", {}).items():
        other = rdf.get("queries", {}).get(name, {})
        base = other.get("median_s") or other.get("capped_s")
        factor = ratio(base, timing["median_s"])
        shown = ("> " if other.get("capped_s") else "") + fmt_x(factor)
        rows.append(
            (f"query '{name}' >= 20x faster than rdflib", shown, verdict(at_least(factor, 20)))
        )
    add = kg.get("add_document", {}).get("total_median_s")
    rows.append(
        (
            "add one ~50-event document < 100 ms",
            fmt_ms(add),
            verdict(None if add is None else add < 0.1),
        )
    )
    if results["events"] >= 1_000_000:
        peak = kg.get("peak_rss_mib")
        rows.append(
            (
                "1M: peak memory < 2 GiB",
                f"{peak:,.0f} MiB" if peak else "n/a",
                verdict(peak is not None and peak < 2048),
            )
        )
        between = kg.get("queries", {}).get("events between two actors in a date range", {})
        seconds = between.get("median_s")
        rows.append(
            (
                "1M: events between two actors < 200 ms",
                fmt_ms(seconds),
                verdict(seconds is not None and seconds < 0.2),
            )
        )
    return rows


def markdown(results: Result) -> str:
    """The result tables, ready for benchmarks/README.md."""
    kg, bulk, rdf = results["kg"], results["bulk"], results["rdflib"]
    data = results["data"]
    lines = [
        f"#### {results['events']:,} events ({data['documents']:,} documents, "
        f"{data['quads']:,} quads, {data['file_mib']:,.0f} MiB of N-Quads)",
        "",
        "| Load | time | quads/s | peak RSS | on disk |",
        "|---|---:|---:|---:|---:|",
    ]
    kg_label = {
        "fresh": "kg fresh build from facts (merge lookup, quads, `FreshStore`: spool, "
        "`bulk_load`, `optimize`, rename)",
        "bulk_load": "kg store filled by `bulk_load` (kg's build not run)",
    }.get(kg.get("loaded_by", ""), f"kg `replace_graph` per document (batch {kg.get('batch', 1)})")
    for label, part in (
        (kg_label, kg),
        ("pyoxigraph `bulk_load`", bulk),
        ("rdflib `Dataset.parse` (in memory)", rdf),
    ):
        if "skipped" in part:
            lines.append(f"| {label} | {part['skipped']} | | | |")
            continue
        quads = part.get("quads_written", data.get("baseline_quads", data["quads"]))
        rate = quads / part["build_s"]
        disk = f"{part['store_mib']:,.0f} MiB" if "store_mib" in part else "-"
        lines.append(
            f"| {label} | {part['build_s']:,.1f} s | {rate:,.0f} | "
            f"{part.get('peak_rss_build_mib', part['peak_rss_mib']):,.0f} MiB | {disk} |"
        )
    if kg.get("loaded_by") == "fresh":
        lines += [
            "",
            f"kg fresh build split ({kg['quads_written']:,} quads written, "
            f"{kg['graphs']:,} documents): merge lookup {kg['match_s']:.1f} s, facts to quads "
            f"{kg['quads_s']:.1f} s, merge index {kg['index_s']:.1f} s, writes (spooling as "
            f"N-Quads, `bulk_load` half a million quads at a time) {kg['write_s']:.1f} s, "
            f"commit (last load, `optimize()`, rename) {kg['commit_s']:.1f} s; the writes and "
            f"commit alone "
            f"{kg['write_s'] + kg['commit_s']:.1f} s. Making the synthetic documents' facts "
            f"(in place of extraction) is not timed. The baselines load the quads kg's build "
            f"wrote ({data.get('baseline_quads', 0):,}, dumped from kg's store, not timed).",
        ]
    if "parse_s" in kg:
        lines += [
            "",
            f"kg build split: reading N-Quads {kg['parse_s']:.1f} s, building rdflib graphs "
            f"{kg['rdflib_graph_s']:.1f} s, store updates (SPARQL `INSERT DATA`) "
            f"{kg['store_update_s']:.1f} s.",
        ]
    if "queries" in kg:
        lines += [
            "",
            "| Query (median) | parameters | kg store | rows | rdflib | speed-up "
            "| kg, same moment as rdflib | speed-up, same moment "
            "| CPU time: kg same moment / rdflib | speed-up in CPU time |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        labels = query_labels()
        for name, timing in kg["queries"].items():
            other = rdf.get("queries", {}).get(name, {})
            if other.get("capped_s"):
                base_text, factor = (
                    f"> {other['capped_s']} s",
                    ratio(other["capped_s"], timing["median_s"]),
                )
                factor_text = "> " + fmt_x(factor)
            else:
                base_text = fmt_ms(other.get("median_s"))
                factor_text = fmt_x(ratio(other.get("median_s"), timing["median_s"]))
            rows = f"{timing['rows']:,}"
            if other.get("rows") is not None and other["rows"] != timing["rows"]:
                rows += f" (rdflib {other['rows']:,}!)"
            beside = other.get("kg_same_moment_s")
            kg_cpu, rdflib_cpu = other.get("kg_same_moment_cpu_s"), other.get("cpu_median_s")
            lines.append(
                f"| {name} | {labels[name]} | {fmt_ms(timing['median_s'])} | {rows} | "
                f"{base_text} | {factor_text} | {fmt_ms(beside)} | "
                f"{fmt_x(ratio(other.get('median_s'), beside))} | "
                f"{fmt_ms(kg_cpu)} / {fmt_ms(rdflib_cpu)} | {fmt_x(ratio(rdflib_cpu, kg_cpu))} |"
            )
        add = kg["add_document"]
        lines += [
            "",
            f"Add one {add['events_per_document']}-event document to the full store (median of "
            f"{ADD_REPEATS}): {fmt_ms(add['total_median_s'])} = merge lookup "
            f"{fmt_ms(add['match_median_s'])} + quads {fmt_ms(add['graph_median_s'])} + "
            f"`replace_quads` {fmt_ms(add['replace_median_s'])} ({add['re_reported_events']} of "
            f"{ADD_REPEATS * add['events_per_document']} events re-reported stored ones).",
            "",
            f"Turtle export (`kg.export.export`, all graphs): {kg['export_s']:,.1f} s, "
            f"{kg['export_mib']:,.0f} MiB. kg process peak RSS over the whole run: "
            f"{kg['peak_rss_mib']:,.0f} MiB.",
        ]
    lines += ["", "| Goal | measured | verdict |", "|---|---:|---|"]
    lines += [f"| {goal} | {measured} | {status} |" for goal, measured, status in goals(results)]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- main


def child_main(args: argparse.Namespace) -> int:
    data, folder = Path(args.data), Path(args.workdir)
    if args.child == "kg-beside":
        child_kg_beside(data)
        return 0
    if args.child == "kg":
        result = child_kg(data, folder, args.batch, args.kg_load, args.events, args.build_only)
    elif args.child == "bulk":
        result = child_bulk(data, folder)
    else:
        result = child_rdflib(data, folder)
    print(json.dumps(result))
    return 0


def generate_data(events: int, folder: Path) -> Result:
    data = folder / f"events-{events}.nq"
    started = time.perf_counter()
    with data.open("w", encoding="utf-8", buffering=1 << 20) as handle:
        # no index graph in the file: kg's write paths derive it themselves (the fresh build at
        # commit, replace_graph with each document), so their timings include that work
        counts: Result = dict(generate.write_nquads(handle, events, seed=SEED, with_index=False))
    counts["generate_s"] = time.perf_counter() - started
    counts["file_mib"] = data.stat().st_size / 1024**2
    counts["path"] = str(data)
    log(f"generated {counts['quads']:,} quads in {counts['generate_s']:.0f} s")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--skip-rdflib", action="store_true", help="do not run the rdflib baseline")
    parser.add_argument("--out", type=Path, help="write the results as JSON here (and .md beside)")
    parser.add_argument("--batch", type=int, default=1, help="documents per store transaction")
    parser.add_argument(
        "--kg-load",
        choices=("fresh", "documents", "bulk"),
        default="fresh",
        help="fill kg's store as 'kg build' fills a new store (default), a document at a time "
        "through replace_graph (the incremental path), or by bulk_load, to time the queries, "
        "add-one-document and export on a big store without kg's build",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--build-only",
        action="store_true",
        help="run kg's fresh build alone (no data file, baselines, queries or export) and print "
        "its time, parts, peak memory and store size as JSON; with --keep the store stays",
    )
    parser.add_argument(
        "--with-bulk",
        action="store_true",
        help="with --build-only: then bulk_load the quads kg's build wrote (dumped, not timed) in "
        "a fresh process, and give the ratio of the two times",
    )
    parser.add_argument(
        "--child", choices=("kg", "bulk", "rdflib", "kg-beside"), help=argparse.SUPPRESS
    )
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child_main(args)
    folder = Path(tempfile.mkdtemp(prefix="kg-scale-"))
    if args.build_only:
        try:
            built: Result = {"events": args.events, "machine": machine()}
            built["kg"] = run_child("kg", args, folder / "unused.nq", folder)
            if args.with_bulk and "store_path" in built["kg"]:  # the same quads, bulk-loaded
                dumped = dump_built(Path(built["kg"]["store_path"]), folder)
                built["bulk"] = run_child("bulk", args, dumped, folder)
                for key in ("build_s", "build_cpu_s"):
                    built[f"{key}_over_bulk"] = ratio(built["kg"][key], built["bulk"][key])
        finally:
            if not args.keep:
                shutil.rmtree(folder, ignore_errors=True)
        print(json.dumps(built, indent=2))
        if args.out:
            args.out.write_text(json.dumps(built, indent=2) + "\n", encoding="utf-8")
        return 0
    try:
        results: Result = {"events": args.events, "machine": machine()}
        results["data"] = generate_data(args.events, folder)
        data = Path(results["data"]["path"])
        results["kg"] = run_child("kg", args, data, folder)
        built = results["kg"].get("built_quads_path")
        if built:  # the baselines load the quads kg's build wrote
            data = Path(built)
            results["data"]["baseline_quads"] = sum(1 for _ in data.open("rb"))
        if args.kg_load == "bulk":
            results["bulk"] = {k: v for k, v in results["kg"].items() if k != "queries"}
        else:
            results["bulk"] = run_child("bulk", args, data, folder)
        results["rdflib"] = (
            {"skipped": "skipped (--skip-rdflib)"}
            if args.skip_rdflib
            else run_child("rdflib", args, data, folder)
        )
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    report = markdown(results)
    print(report)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        args.out.with_suffix(".md").write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
