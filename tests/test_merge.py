"""The same event from several documents is one node; removing a source keeps the others' facts."""

from __future__ import annotations

import io
import shutil
import sys
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import dictionary
from kg.build import build_folder, document_facts
from kg.index.status import index_status
from kg.merge import _keyed_candidates, match_existing
from kg.namespaces import CKG, INDEX_GRAPH, source_graph
from kg.query import rows, run
from kg.resources import bundled
from kg.sources import source_files
from kg.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

ARTICLES = {
    "first": (
        "Iran and Azerbaijan held talks on 19 May 2024.",
        "type: Meeting\n    date: 2024-05-19\n    participants: [iran, azerbaijan]",
    ),
    "second": (
        "In May 2024 Azerbaijan and Iran met again, a report said.",
        "type: Meeting\n    date: 2024-05\n    participants: [azerbaijan, iran]",
    ),
    "other-day": (
        "Iran and Azerbaijan met on 21 May 2024.",
        "type: Meeting\n    date: 2024-05-21\n    participants: [iran, azerbaijan]",
    ),
    "other-type": (
        "Iran attacked Azerbaijan on 19 May 2024.",
        "type: Attack\n    date: 2024-05-19\n    actors: [iran]\n    targets: [azerbaijan]",
    ),
}
# a one-entity and a two-entity meeting, for the lookup's rule on shared entities
SHARING = {
    "one-entity": (
        "Iran held a meeting on 19 May 2024.",
        "type: Meeting\n    date: 2024-05-19\n    participants: [iran]",
    ),
    "two-entities": (
        "Iran and Georgia met on 20 May 2024.",
        "type: Meeting\n    date: 2024-05-20\n    participants: [iran, georgia]",
    ),
}
COUNT = """SELECT ?e (COUNT(DISTINCT ?src) AS ?sources) WHERE {
  ?e a ckg:Meeting ; prov:wasDerivedFrom ?src } GROUP BY ?e ORDER BY DESC(?sources)"""


def write(folder: Path, names: list[str], articles: dict[str, tuple[str, str]] = ARTICLES) -> None:
    folder.mkdir(exist_ok=True)
    for name in names:
        text, event = articles[name]
        (folder / f"{name}.md").write_text(f"---\ntitle: {name}\n---\n{text}\n", encoding="utf-8")
        (folder / f"{name}.facts.yaml").write_text(
            f'events:\n  - {event}\n    quote: "{text}"\n', encoding="utf-8"
        )


@pytest.fixture
def store(tmp_path):
    store = open_store(tmp_path / "s", create=True)
    yield store
    store.close()


def test_same_event_from_two_documents_is_one_node(store, tmp_path):
    write(tmp_path / "docs", ["first", "second", "other-type"])
    assert build_folder(store, tmp_path / "docs").ok
    counts = rows(run(store, COUNT))
    assert [int(r["sources"]) for r in counts] == [2]
    events = rows(run(store, "SELECT DISTINCT ?e WHERE { ?e ckg:evidence ?x }"))
    assert len(events) == 2  # the merged meeting and the attack


def test_vague_report_matching_two_events_is_not_merged(store, tmp_path):
    write(tmp_path / "docs", list(ARTICLES))
    assert build_folder(store, tmp_path / "docs").ok
    counts = rows(run(store, COUNT))
    assert [int(r["sources"]) for r in counts] == [1, 1, 1]


def test_a_vague_report_never_absorbs_a_precise_one(store, tmp_path):
    write(tmp_path / "docs", ["second"])
    build_folder(store, tmp_path / "docs")
    write(tmp_path / "docs", ["first"])
    build_folder(store, tmp_path / "docs")
    assert [int(r["sources"]) for r in rows(run(store, COUNT))] == [1, 1]


def test_removing_a_source_keeps_what_others_support(store, tmp_path):
    write(tmp_path / "docs", ["first", "second"])
    assert build_folder(store, tmp_path / "docs").ok
    store.remove_graph(source_graph("first"))
    left = rows(
        run(
            store,
            """SELECT ?e ?src ?quote WHERE {
        ?e a ckg:Meeting ; prov:wasDerivedFrom ?src ; ckg:evidence/ckg:quote ?quote }""",
        )
    )
    assert len(left) == 1
    assert left[0]["src"].endswith("source/second")
    assert left[0]["quote"].startswith("In May 2024")


def test_ingesting_the_same_documents_again_changes_nothing(store, tmp_path):
    write(tmp_path / "docs", list(ARTICLES))
    build_folder(store, tmp_path / "docs")
    before = sorted(str(q) for q in store.quads(store.graph_names()))
    report = build_folder(store, tmp_path / "docs")
    assert (report.unchanged, report.documents) == (len(ARTICLES), 0)
    assert sorted(str(q) for q in store.quads(store.graph_names())) == before


def test_a_changed_facts_file_rebuilds_only_its_document(store, tmp_path):
    write(tmp_path / "docs", ["first", "other-type"])
    build_folder(store, tmp_path / "docs")
    facts = tmp_path / "docs" / "first.facts.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace("Meeting", "Negotiation"), encoding="utf-8"
    )
    report = build_folder(store, tmp_path / "docs")
    assert (report.documents, report.unchanged) == (1, 1)
    assert bool(run(store, "ASK { ?e a ckg:Negotiation }"))
    assert not bool(run(store, "ASK { ?e a ckg:Meeting }"))


def test_one_lookup_per_document_decides_each_event_alone(store, tmp_path):
    # both events of one document look up at once; each finds only its own twin
    write(tmp_path / "docs", ["first", "other-type"])
    assert build_folder(store, tmp_path / "docs").ok
    folder = tmp_path / "later"
    folder.mkdir()
    (folder / "both.md").write_text("---\ntitle: both\n---\nTwo reports.\n", encoding="utf-8")
    (folder / "both.facts.yaml").write_text(
        "events:\n"
        "  - type: Meeting\n    date: 2024-05\n    participants: [azerbaijan, iran]\n"
        '    quote: "Two reports."\n'
        "  - type: Attack\n    date: 2024\n    actors: [iran]\n    targets: [azerbaijan]\n"
        '    quote: "Two reports."\n',
        encoding="utf-8",
    )
    assert build_folder(store, folder).ok
    counts = rows(
        run(
            store,
            "SELECT ?e (COUNT(DISTINCT ?s) AS ?n) WHERE { ?e prov:wasDerivedFrom ?s ; "
            "ckg:evidence ?x } GROUP BY ?e",
        )
    )
    assert sorted(int(r["n"]) for r in counts) == [2, 2]


@pytest.mark.parametrize(
    ("people", "expected"),
    [
        ("[iran, azerbaijan]", {"2024-05-19"}),  # shares one entity: only with a one-entity event
        ("[iran]", {"2024-05-19", "2024-05-20"}),  # has one entity: one shared is all it has
        ("[georgia, iran]", {"2024-05-19", "2024-05-20"}),  # shares two with the second
        ("[azerbaijan, armenia]", set()),  # shares none
    ],
)
def test_the_key_lookup_keeps_the_events_that_share_enough_entities(
    store, tmp_path, people, expected
):
    write(tmp_path / "docs", list(SHARING), SHARING)
    assert build_folder(store, tmp_path / "docs").ok
    probe = tmp_path / "probe"
    probe.mkdir()
    (probe / "probe.md").write_text("---\ntitle: probe\n---\nA meeting.\n", encoding="utf-8")
    (probe / "probe.facts.yaml").write_text(
        f"events:\n  - type: Meeting\n    date: 2024-05\n    participants: {people}\n"
        '    quote: "A meeting."\n',
        encoding="utf-8",
    )
    facts = document_facts(probe / "probe.md", dictionary.load())
    found = _keyed_candidates(store, facts.events, [0]).get(0, set())
    days = store.select(f"SELECT ?e ?d WHERE {{ ?e a <{CKG.Meeting}> ; <{CKG.earliestDate}> ?d }}")
    assert {r["d"].value for r in days if r["e"].value in found} == expected


def _answers(store, documents) -> list[list[str]]:
    return [[e.slug for e in match_existing(store, facts).events] for facts in documents]


def _same_answers_without_keys(store, documents) -> list[list[str]]:
    """Answers through the merge keys, checked equal to those of the walk over each day."""
    assert index_status(store) == "ready"
    keyed = _answers(store, documents)
    store.remove_graph(INDEX_GRAPH)  # as a store whose index predates the keys
    assert index_status(store) == "missing"
    assert _answers(store, documents) == keyed
    return keyed


def test_the_key_lookup_answers_as_the_walk_over_each_day_on_the_corpus(demo_store_path, tmp_path):
    shutil.copytree(demo_store_path, tmp_path / "copy")
    found = dictionary.load()
    documents = [document_facts(path, found) for path in source_files(bundled("sources"))]
    store = open_store(tmp_path / "copy")
    try:
        keyed = _same_answers_without_keys(store, documents)
    finally:
        store.close()
    renamed = sum(
        a != e.slug
        for answer, facts in zip(keyed, documents, strict=True)
        for a, e in zip(answer, facts.events, strict=True)
    )
    assert renamed > 0  # the corpus reports events that other documents report too


def test_the_key_lookup_answers_as_the_walk_over_each_day_on_benchmark_data(tmp_path):
    import generate
    import scale

    buffer = io.StringIO()
    generate.write_nquads(buffer, 3000, seed=5)  # with the index graph kg derives
    raw = ox.Store(str(tmp_path / "s"))
    raw.bulk_load(buffer.getvalue().encode(), format=ox.RdfFormat.N_QUADS)
    del raw
    documents = []
    for number in range(60, 75):  # documents the store does not hold, with fresh event names
        facts = scale.as_facts(generate.document_at(5, number))
        events = tuple(replace(e, slug=f"new-{number}-{i}") for i, e in enumerate(facts.events))
        documents.append(replace(facts, events=events))
    store = open_store(tmp_path / "s")
    try:
        keyed = _same_answers_without_keys(store, documents)
    finally:
        store.close()
    merged = sum(not slug.startswith("new-") for answer in keyed for slug in answer)
    assert merged > 20  # the re-reported events (one in ten) find their first report
