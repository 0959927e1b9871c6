"""Kill a real build with SIGKILL at many moments: every document is there whole, or not at all.

The index graph is written in the same transaction as each document, so after a kill it still
equals what ``kg reindex`` would compute from the documents that are there.

A build into a store that holds data goes a document at a time; a build into a new store is
written beside it and moved into place at the end, so a kill leaves no store at all.
"""

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
from kg.errors import StoreError
from kg.index.compute import index_quads
from kg.index.rebuild import stored_facts
from kg.namespaces import INDEX_GRAPH, SOURCE_GRAPH_PREFIX, source_graph
from kg.store import EmbeddedStore, open_store
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


def start_build(corpus: Path, store: Path, *, progress: bool = False) -> subprocess.Popen[bytes]:
    command = "from kg.cli import main; main()"
    extra = ["--progress"] if progress else []
    return subprocess.Popen(
        [sys.executable, "-c", command, "build", str(corpus), "--store", str(store), *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE if progress else subprocess.DEVNULL,
    )


def kill_after(process: subprocess.Popen[bytes], documents: int) -> None:
    """SIGKILL the build as soon as it reports ``documents`` documents done (``--progress``)."""
    assert process.stderr is not None
    done = 0
    while done < documents:
        line = process.stderr.readline()
        assert line, "the build ended before the kill"
        done += line.startswith(b"done ")
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    process.stderr.close()


def seed(store: Path) -> None:
    """A store holding the ontology and dictionary only, so builds into it go per document."""
    empty = store.parent / f"{store.name}-nothing"
    empty.mkdir()
    assert start_build(empty, store).wait(timeout=600) == 0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus (a full build of it must succeed first)."""
    folder = tmp_path_factory.mktemp("crash")
    write_corpus(folder / "corpus")
    seed(folder / "full")
    assert start_build(folder / "corpus", folder / "full").wait(timeout=600) == 0
    return folder / "corpus"


@pytest.mark.slow
@pytest.mark.parametrize("fraction", [0.3, 0.5, 0.7])
def test_sigkill_during_build_leaves_whole_documents_only(tmp_path, corpus, fraction):
    store_path = tmp_path / "store"
    seed(store_path)
    kill_after(start_build(corpus, store_path, progress=True), int(DOCUMENTS * fraction))

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
        # every document reported done before the kill was committed and survives it
        assert len(stored) >= int(DOCUMENTS * fraction)
        # the index graph changed in the same transactions: it matches what is stored
        assert index_now(store) == index_from_scratch(store)
        assert len(index_now(store)) > len(stored)
    finally:
        store.close()


def index_now(store: EmbeddedStore) -> set[str]:
    return {f"{q.subject} {q.predicate} {q.object}" for q in store.quads([INDEX_GRAPH])}


def index_from_scratch(store: EmbeddedStore) -> set[str]:
    return {f"{q.subject} {q.predicate} {q.object}" for q in index_quads(stored_facts(store))}


def source_graphs(store_path: Path) -> int:
    store = open_store(store_path)
    try:
        return sum(1 for g in store.graph_names() if g.startswith(SOURCE_GRAPH_PREFIX))
    finally:
        store.close()


def rebuild_completes(corpus: Path, store_path: Path) -> None:
    """The next build removes what a killed one left and builds the whole store."""
    assert start_build(corpus, store_path).wait(timeout=600) == 0
    assert source_graphs(store_path) == DOCUMENTS
    assert sorted(p.name for p in store_path.parent.iterdir()) == ["store"]


@pytest.mark.slow
@pytest.mark.parametrize(("fraction", "empty_folder"), [(0.2, False), (0.5, True), (0.8, False)])
def test_sigkill_during_fresh_build_leaves_no_store(tmp_path, corpus, fraction, empty_folder):
    store_path = tmp_path / "store"
    if empty_folder:
        store_path.mkdir()
    kill_after(start_build(corpus, store_path, progress=True), int(DOCUMENTS * fraction))

    if empty_folder:
        assert list(store_path.iterdir()) == []  # as it was
    else:
        assert not store_path.exists()
    with pytest.raises(StoreError, match="no store"):
        open_store(store_path)
    rebuild_completes(corpus, store_path)


@pytest.mark.slow
def test_sigkill_while_a_fresh_build_commits_leaves_all_or_nothing(tmp_path, corpus):
    # killed once every document is queued: during the last writes, optimize or the rename
    store_path = tmp_path / "store"
    kill_after(start_build(corpus, store_path, progress=True), DOCUMENTS)
    if store_path.exists():
        assert source_graphs(store_path) == DOCUMENTS  # the rename happened: all of it
        store = open_store(store_path)
        try:
            assert index_now(store) == index_from_scratch(store)
        finally:
            store.close()
    else:
        with pytest.raises(StoreError, match="no store"):
            open_store(store_path)
    rebuild_completes(corpus, store_path)


@pytest.mark.slow
def test_second_writer_during_fresh_build_gets_a_clear_error(tmp_path, corpus):
    store_path = tmp_path / "store"
    first = start_build(corpus, store_path)
    deadline = time.monotonic() + 60
    while not (tmp_path / ".store.lock").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(first.pid, signal.SIGSTOP)  # paused holding the lock, however fast it builds
    command = "from kg.cli import main; main()"
    for args in (["build", str(corpus)], ["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"]):
        second = subprocess.run(
            [sys.executable, "-c", command, *args, "--store", str(store_path)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert first.poll() is None, "the first build finished before the second writer came"
        assert second.returncode != 0
        assert "another kg process is building this store" in second.stderr
        assert "Traceback" not in second.stderr
    os.kill(first.pid, signal.SIGCONT)
    assert first.wait(timeout=600) == 0
    assert source_graphs(store_path) == DOCUMENTS
