"""Benchmark: throughput of the rule-based extractor against spaCy tokenisation.

Reads the bundled corpus (``sources/*.md``), repeats it until it is at least ``--megabytes``
(default 5) of text, then measures on one core, in the same run:

* ``extract()`` (sentences, entity links, dates, events, claims) over every document;
* the baseline: ``spacy.blank("en")`` with the ``sentencizer`` pipe over the same texts.

The two are timed in turn ``--rounds`` times (default 3) and the fastest round of each
counts, since the machine is shared. It prints MB/s for both and the ratio (extraction time /
baseline time), with the load average and versions; the project's goal is a ratio of at most
3. spaCy is used only here: when it is not installed the script says so and exits with
status 0.

Usage::

    python benchmarks/extract_throughput.py [--megabytes 5] [--rounds 3]
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import os
import platform
import sys
import time

from kg.dictionary import load
from kg.extract.pipeline import extract
from kg.model import Source
from kg.resources import bundled
from kg.sources import read_source, source_files


def corpus(megabytes: float) -> list[Source]:
    """The bundled documents, repeated until their text reaches ``megabytes`` (UTF-8)."""
    documents = [read_source(p) for p in source_files(bundled("sources"))]
    if not documents:
        raise SystemExit("no documents in sources/")
    wanted = int(megabytes * 1_000_000)
    found: list[Source] = []
    size = 0
    while size < wanted:
        for doc in documents:
            copy = dataclasses.replace(doc, slug=f"{doc.slug}-{len(found)}")
            found.append(copy)
            size += len(doc.text.encode("utf-8"))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if importlib.util.find_spec("spacy") is None:
        print("spaCy is not installed; the baseline cannot be measured (pip install spacy).")
        return 0
    import spacy

    documents = corpus(args.megabytes)
    size = sum(len(d.text.encode("utf-8")) for d in documents) / 1_000_000
    dictionary = load()
    for first in {d.language: d for d in documents}.values():
        extract(first, dictionary)  # compile each language's rules once, outside the timing

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    texts = [d.text for d in documents]
    nlp(texts[0])
    load_before = os.getloadavg()[0]
    baseline = ours = float("inf")
    for _ in range(max(1, args.rounds)):
        started = time.perf_counter()
        sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts))
        baseline = min(baseline, time.perf_counter() - started)

        started = time.perf_counter()
        events = sum(len(extract(d, dictionary).events) for d in documents)
        ours = min(ours, time.perf_counter() - started)

    print(f"corpus: {len(documents)} documents, {size:.2f} MB; best of {args.rounds} rounds")
    print(f"spaCy blank + sentencizer: {size / baseline:.2f} MB/s ({sentences} sentences)")
    print(f"kg extract():              {size / ours:.2f} MB/s ({events} events)")
    print(f"ratio extract / baseline:  {ours / baseline:.2f} (goal <= 3)")
    print(
        f"load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after; "
        f"{os.cpu_count()} CPUs; Python {platform.python_version()}, spaCy {spacy.__version__}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
