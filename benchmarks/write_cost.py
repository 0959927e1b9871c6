"""What applying the write of one added document costs: its quads by kind, and a quad's price.

Two measurements, for the add-one-document goal (issue #5):

* ``census``: adds new synthetic documents to a store (a copy: it is changed) the way
  ``addone_split.py`` does and counts, per add, the quads written: the document's, and the
  index update's deletes and inserts by the kind of index node they describe (``dyad``,
  ``dyad-years``, ...; an event's links by predicate);
* ``price``: the CPU time of the thread per quad that pyoxigraph's ``Store.extend`` writes
  (one transaction, as an add's update is), in memory, into an empty store on disk and into a
  copy of the given store, each with new or already stored terms, in a named graph and in
  the default graph, and per quad that ``DROP GRAPH`` deletes. Variants alternate, medians.

Usage::

    python benchmarks/write_cost.py census --store /tmp/copy/kg-store --documents 10
    python benchmarks/write_cost.py price --store /tmp/copy/kg-store
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for folder in (HERE, ROOT):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

SEED = 1  # scale.py's
_LINE = re.compile(r"<([^>]*)> <([^>]*)> ")


def node_kind(subject: str, predicate: str) -> str:
    """The kind of index node a triple of the index update describes.

    >>> node_kind("https://w3id.org/caucasus-kg/id/dyad/a--b/years/2015-2015", "x")
    'dyad-years'
    >>> node_kind("https://w3id.org/caucasus-kg/id/event/e1", "https://x.org/o#mergeKey")
    'event link mergeKey'
    """
    path = subject.split("/id/", 1)[-1]
    kind = path.split("/", 1)[0]
    if kind == "dyad":
        return "dyad-start" if "/start/" in path else "dyad-years" if "/years/" in path else "dyad"
    if kind == "tally":
        return "entity-years" if "/years/" in path else "entity"
    if kind == "event":
        return "event link " + re.split(r"[#/]", predicate)[-1]
    return kind


def count_update(text: str, counts: Counter[tuple[str, str]]) -> None:
    """Count the triples of an index update's ``DELETE DATA`` and ``INSERT DATA`` blocks."""
    section = ""
    for line in text.splitlines():
        if line.startswith(("DELETE DATA", "INSERT DATA")):
            section = "delete" if line.startswith("DELETE") else "insert"
            continue
        found = _LINE.match(line)
        if found and section:
            counts[(node_kind(found.group(1), found.group(2)), section)] += 1


def census(store_path: Path, documents: int) -> dict[str, Any]:
    """Quads per add: the document's, and the index update's by node kind (means)."""
    import generate
    from scale import as_facts

    import kg.index.maintain as maintain
    from kg.build import document_quads
    from kg.merge import match_existing
    from kg.namespaces import source_graph
    from kg.store import open_store

    counts: Counter[tuple[str, str]] = Counter()
    update = maintain.index_update

    def counted(*args: Any, **kwargs: Any) -> str:
        text = update(*args, **kwargs)
        count_update(text, counts)
        return text

    maintain.index_update = counted  # type: ignore[assignment]
    store = open_store(store_path)
    document_quads_written = 0
    try:
        first = len(store.graph_names()) - 2
        for index in range(first, first + documents):
            facts = as_facts(generate.document_at(SEED, index))
            quads = document_quads(match_existing(store, facts), "sha256:bench")
            document_quads_written += len(quads)
            store.replace_quads(source_graph(facts.source.slug), quads)
    finally:
        store.close()
    kinds = sorted({kind for kind, _ in counts})
    rows = {
        kind: {s: round(counts[(kind, s)] / documents, 1) for s in ("delete", "insert")}
        for kind in kinds
    }
    return {
        "documents": documents,
        "document_quads": round(document_quads_written / documents, 1),
        "index_quads": round(sum(counts.values()) / documents, 1),
        "by_kind": rows,
    }


def price(store_path: Path, rounds: int) -> dict[str, float]:
    """CPU µs per quad written (or dropped) by each variant; medians over ``rounds``."""
    import pyoxigraph as ox

    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    count = ox.NamedNode("https://w3id.org/caucasus-kg/ontology#eventCount")
    graph = ox.NamedNode("https://w3id.org/caucasus-kg/graph/write-cost")
    node = "https://w3id.org/caucasus-kg/id/write-cost/"
    size = 1000

    def quads(subject: str | None, tag: str, target: Any) -> list[Any]:
        """``size`` quads of small integers (stored inline), each with a new subject IRI
        (``subject`` None) or all with the one IRI ``subject``."""
        return [
            ox.Quad(
                ox.NamedNode(subject or f"{node}{tag}-{i}"),
                count,
                ox.Literal(str(i), datatype=integer),
                target,
            )
            for i in range(size)
        ]

    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy"
        ox.Store(str(store_path)).backup(str(copy))
        stores = {
            "memory": ox.Store(),
            "empty store on disk": ox.Store(str(Path(folder) / "empty")),
            "copy of the store": ox.Store(str(copy)),
        }
        for turn in range(rounds):
            order = list(stores.items()) if turn % 2 else list(reversed(stores.items()))
            for where, db in order:
                stored = f"{node}stored"
                db.extend(quads(stored, "", ox.DefaultGraph())[:1])
                for target_name, target in (("named graph", graph), ("default graph", None)):
                    for subject_name, subject in (
                        ("stored subject", stored),
                        ("new subject", None),
                    ):
                        written = quads(
                            subject, f"{turn}-{target_name[:5]}", target or ox.DefaultGraph()
                        )
                        started = time.thread_time()
                        db.extend(written)
                        spent = time.thread_time() - started
                        times.setdefault(f"{where}: {subject_name}, {target_name}", []).append(
                            spent
                        )
                started = time.thread_time()
                db.update(f"DROP GRAPH {graph}")
                spent = time.thread_time() - started
                times.setdefault(f"{where}: DROP GRAPH, per quad", []).append(spent / 2)
                db.update("CLEAR DEFAULT")
    return {k: round(statistics.median(v) * 1e6 / size, 2) for k, v in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("census", "price"))
    parser.add_argument("--store", type=Path, required=True, help="a store (census: a copy)")
    parser.add_argument("--documents", type=int, default=10, help="census: documents to add")
    parser.add_argument("--rounds", type=int, default=9, help="price: rounds per variant")
    args = parser.parse_args(argv)
    if args.what == "census":
        result: dict[str, Any] = census(args.store, args.documents)
    else:
        result = price(args.store, args.rounds)
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
