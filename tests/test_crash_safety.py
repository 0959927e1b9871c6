"""Kill a real build with SIGKILL at many moments: every document is there whole, or not at all."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg import dictionary
from kg.build import document_facts
from kg.namespaces import SOURCE_GRAPH_PREFIX, source_graph
from kg.store import open_store
from kg.triples import facts_graph

DOCUMENTS = 150
EVENTS_PER_DOCUMENT = 40
START = dt.date(1995, 1, 1)  # every event on its own day: nothing merges across documents


def write_corpus(folder: Path) -> None:
    folder.mkdir()
    for d in range(DOCUMENTS):
        sentences = [
            f"On day {e} of report {d}, Iran and Azerbaijan met for talks."
            for e in range(EVENTS_PER_DOCUMENT)
        ]
        (folder / f"doc-{d:03d}.md").write_text(
            f"---\ntitle: Report {d}\nlanguage: en\n---\n" + " ".join(sentences) + "\n",
            encoding="utf-8",
        )
        events = "".join(
            f"  - type: Meeting\n    date: {START + dt.timedelta(days=d * EVENTS_PER_DOCUMENT + e)}"
            "\n"
            f"    participants: [iran, azerbaijan]\n"
            f'    quote: "{s}"\n    label: Meeting {d}-{e}\n'
            for e, s in enumerate(sentences)
        )
        (folder / f"doc-{d:03d}.facts.yaml").write_text("events:\n" + events, encoding="utf-8")


def start_build(corpus: Path, store: Path) -> subprocess.Popen[bytes]:
    command = "from kg.cli import main; main()"
    return subprocess.Popen(
        [sys.executable, "-c", command, "build", str(corpus), "--store", str(store)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def corpus_and_duration(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """The corpus, and how long an uninterrupted build of it takes on this machine now."""
    folder = tmp_path_factory.mktemp("crash")
    write_corpus(folder / "corpus")
    started = time.monotonic()
    assert start_build(folder / "corpus", folder / "full").wait(timeout=600) == 0
    return folder / "corpus", time.monotonic() - started


@pytest.mark.slow
@pytest.mark.parametrize("fraction", [0.3, 0.5, 0.7])
def test_sigkill_during_build_leaves_whole_documents_only(tmp_path, corpus_and_duration, fraction):
    corpus, duration = corpus_and_duration
    store_path = tmp_path / "store"
    process = start_build(corpus, store_path)
    time.sleep(duration * fraction)
    assert process.poll() is None, "the build finished before the kill"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)

    known = dictionary.load()
    store = open_store(store_path)  # opens cleanly after the kill
    try:
        stored = {g for g in store.graph_names() if g.startswith(SOURCE_GRAPH_PREFIX)}
        for path in sorted(corpus.glob("*.md")):
            name = source_graph(path.stem)
            if name in stored:
                expected = facts_graph(document_facts(path, known))
                count = sum(1 for _ in store.quads([name]))
                # the document's facts plus its ingest fingerprint
                assert count == len(expected) + 1, f"{path.name} is half-written"
        assert len(stored) < DOCUMENTS, "the kill came after the last document"
    finally:
        store.close()
