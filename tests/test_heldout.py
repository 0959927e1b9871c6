"""The held-out set (sources/heldout/): valid gold that the demo and the tuning set leave out."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.dictionary import Dictionary, Entity, load
from kg.extract.evaluate import read_gold
from kg.facts import facts_path
from kg.namespaces import source_iri
from kg.query import rows, run
from kg.resources import bundled
from kg.sources import read_source, source_files
from kg.triples import dictionary_graph, facts_graph
from kg.validate import validate_graph

HELDOUT = bundled("sources") / "heldout"
ARTICLES = source_files(HELDOUT)


@pytest.fixture(scope="module")
def dictionary() -> Dictionary:
    return load()


def test_the_heldout_set_has_its_articles_in_three_languages():
    languages = sorted(read_source(p).language for p in ARTICLES)
    assert languages == ["az"] * 4 + ["en"] * 8 + ["ru"] * 4
    assert all(facts_path(p).exists() for p in ARTICLES)


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_a_heldout_article_parses_with_full_front_matter(path: Path):
    source = read_source(path)
    assert source.title and source.url and source.urls and source.published
    assert source.outlet == "caucasus-kg corpus" and source.author == "caucasus-kg team"
    assert 120 <= len(source.text.split()) <= 300


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_a_heldout_facts_file_reads_as_gold(path: Path, dictionary: Dictionary):
    """Read as `kg eval` reads it: every quote found in the article, every slug checked against
    the dictionary, and a slug the dictionary lacks read only as a stand-in (kept out of the
    dictionary, so no rule can be tuned to it)."""
    facts, unknown = read_gold(path, dictionary)
    assert facts.events and facts.claims and facts.mentions
    assert not set(facts.mentions) & set(unknown), "entities: lists dictionary entities only"


def test_the_heldout_gold_conforms_to_the_shapes(dictionary: Dictionary):
    """The shapes `kg validate` runs over the demo store, run over all held-out facts at once."""
    graph = dictionary_graph(dictionary)
    unknown: set[str] = set()
    for path in ARTICLES:
        facts, missing = read_gold(path, dictionary)
        graph += facts_graph(facts)
        unknown.update(missing)
    graph += dictionary_graph(Entity(s, "Person", s, "not in the dictionary yet") for s in unknown)
    report = validate_graph(graph)
    assert report.conforms, [str(v) for v in report.violations]


def test_the_tuning_folder_and_the_demo_leave_the_heldout_set_out(demo_store):
    top = source_files(bundled("sources"))
    assert ARTICLES and not any(HELDOUT in p.parents for p in top)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s a ckg:SourceDocument }"
    assert int(rows(run(demo_store, count))[0]["n"]) == len(top)
    for path in ARTICLES:
        assert not run(demo_store, f"ASK {{ <{source_iri(path.stem)}> ?p ?o }}")
