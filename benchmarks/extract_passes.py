"""Benchmark: CPU time of passes of the extractor over the bundled corpus, for comparing two
versions of the code (the extraction rounds report it).

Extracts every bundled article once (compiling the rules and filling the per-word memories),
then ``--passes`` more times (default 10), and prints the process CPU time of those passes
with the load average. To compare two versions, run it from each checkout in turn, several
times, alternating; the machine is shared, so compare the fastest runs. For a comparison free
of the load, count instructions: run the script under valgrind's cachegrind with
``--passes 0`` and ``--passes 2`` and subtract (see benchmarks/README.md).

Usage::

    python benchmarks/extract_passes.py [--passes 10]
"""

from __future__ import annotations

import argparse
import os
import time

from kg.dictionary import load
from kg.extract.pipeline import extract
from kg.resources import bundled
from kg.sources import read_source, source_files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", type=int, default=10, help="passes over the corpus")
    args = parser.parse_args()
    dictionary = load()
    documents = [read_source(p) for p in source_files(bundled("sources"))]
    for document in documents:  # warm: rules compiled, words seen once
        extract(document, dictionary)
    start = time.process_time()
    for _ in range(args.passes):
        for document in documents:
            extract(document, dictionary)
    spent = time.process_time() - start
    load_average = os.getloadavg()[0]
    print(
        f"{len(documents)} documents x {args.passes} passes: {spent:.3f} s CPU "
        f"(load average {load_average:.2f})"
    )


if __name__ == "__main__":
    main()
