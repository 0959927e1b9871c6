"""Benchmark: what a bigger entity dictionary costs the extractor.

Compares the bundled dictionary with another ``ontology/entities`` folder (``--baseline``,
e.g. an export of ``main``'s), in one process and in turn, ``--rounds`` times (default 5):

* loading: reading the YAML files and indexing the names (``Dictionary``);
* compiling the name index (``Linker``);
* extracting every bundled article once (``extract()``, the linker already built).

It prints the median of each, the entity and name counts, the ratios (bundled / baseline),
the peak memory of one dictionary plus its linker (``tracemalloc``) and the load average.

Usage::

    git --work-tree=/tmp/base checkout main -- ontology && git reset -q -- ontology
    python benchmarks/dictionary_cost.py --baseline /tmp/base/ontology/entities
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.dictionary import Dictionary, entity_files, read_file
from kg.extract.linking import Linker
from kg.extract.pipeline import extract
from kg.resources import bundled
from kg.sources import read_source, source_files


def fresh(folder: Path | None) -> Dictionary:
    """A dictionary read from ``folder`` without the module's cache."""
    return Dictionary(e for path in entity_files(folder) for e in read_file(path))


def timed(job: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = job()
    return time.perf_counter() - start, result


def peak_kib(folder: Path | None) -> float:
    tracemalloc.start()
    Linker(fresh(folder))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    documents = [read_source(p) for p in source_files(bundled("sources"))]
    variants: dict[str, Path | None] = {"baseline": args.baseline, "bundled": None}
    times: dict[str, dict[str, list[float]]] = {
        v: {"load": [], "linker": [], "extract": []} for v in variants
    }
    sizes: dict[str, tuple[int, int]] = {}
    for _ in range(args.rounds):
        for name, folder in variants.items():
            spent, dictionary = timed(lambda folder=folder: fresh(folder))
            times[name]["load"].append(spent)
            spent, _ = timed(lambda d=dictionary: Linker(d))
            times[name]["linker"].append(spent)
            # extract() compiles its own cached linker on first use: build it outside the clock
            extract(documents[0], dictionary)
            spent, _ = timed(lambda d=dictionary: [extract(doc, d) for doc in documents])
            times[name]["extract"].append(spent)
            sizes[name] = (len(dictionary), len(dictionary.by_name))
    print(f"load average {os.getloadavg()}, {len(documents)} documents, {args.rounds} rounds")
    for name in variants:
        medians = {k: statistics.median(v) for k, v in times[name].items()}
        entities, names = sizes[name]
        print(
            f"{name:8} {entities} entities, {names} names; load {medians['load']:.3f}s, "
            f"linker {medians['linker']:.3f}s, extract {medians['extract']:.3f}s, "
            f"peak {peak_kib(variants[name]):.0f} KiB"
        )
    for key in ("load", "linker", "extract"):
        ratio = statistics.median(times["bundled"][key]) / statistics.median(times["baseline"][key])
        print(f"ratio bundled/baseline {key}: {ratio:.2f}")


if __name__ == "__main__":
    main()
