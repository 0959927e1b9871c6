"""End-to-end tests of the ``kg`` command through click's runner, on real stores."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.cli import main

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example_and_is_in_the_readme(runner, name):
    result = runner.invoke(main, [name, "--help"])
    assert result.exit_code == 0
    assert re.search(r"\bExamples?:", result.output)
    assert f"`kg {name}`" in README


def test_demo_builds_writes_a_view_and_answers_the_sample_query(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["demo"])
    assert result.exit_code == 0, result.output
    assert re.search(
        r"Built \d+ documents \(\d+ already up to date\): [1-9]\d* events", result.output
    )
    assert Path("kg-store").is_dir()
    page = Path("kg-demo.html").read_text(encoding="utf-8")
    assert "vis.Network" in page
    assert "(0 rows)" not in result.output
    assert re.search(r"\(\d+ rows\)", result.output)


def test_query_formats(runner, demo_store_path):
    args = ["query", "--store", str(demo_store_path)]
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?e a ckg:SourceDocument }"
    table = runner.invoke(main, [*args, q])
    assert table.exit_code == 0, table.output
    assert table.output.splitlines()[0].strip() == "n"
    as_json = json.loads(runner.invoke(main, [*args, q, "--format", "json"]).output)
    count = int(as_json["results"]["bindings"][0]["n"]["value"])
    assert count >= 1
    csv = runner.invoke(main, [*args, q, "--format", "csv"]).output
    assert csv.split() == ["n", str(count)]
    ask = runner.invoke(main, [*args, "ASK { ?e a ckg:Event }"])
    assert ask.output.strip() == "true"
    construct = runner.invoke(
        main,
        [
            *args,
            "CONSTRUCT { ?s a ckg:SourceDocument } WHERE { ?s a ckg:SourceDocument }",
            "--format",
            "turtle",
        ],
    )
    assert len(Graph().parse(data=construct.output, format="turtle")) == count


def test_query_from_file_and_stdin(runner, demo_store_path, tmp_path):
    query_file = tmp_path / "q.rq"
    query_file.write_text("ASK { ?s a ckg:Claim }", encoding="utf-8")
    args = ["query", "--store", str(demo_store_path)]
    assert runner.invoke(main, [*args, "-f", str(query_file)]).output.strip() == "true"
    assert runner.invoke(main, args, input="ASK { ?s a ckg:Nothing }").output.strip() == "false"


def test_saved_queries_are_listed_and_run(runner, demo_store_path):
    listed = runner.invoke(main, ["query", "--list"])
    assert "azerbaijan-iran-timeline" in listed.output
    result = runner.invoke(
        main,
        [
            "query",
            "--store",
            str(demo_store_path),
            "--saved",
            "events-by-type-and-year",
            "--format",
            "csv",
        ],
    )
    assert result.exit_code == 0
    assert result.output.splitlines()[0].split(",") == ["year", "type", "events"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "SELECT * WHERE { ?s ?p }"], "SPARQL syntax error"),
        (
            ["query", "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"],
            "SERVICE is refused",
        ),
        (["query", "--saved", "nope"], "no saved query"),
        (["export", "--source", "nope"], "no source 'nope'"),
        (["export", "-o", "/nonexistent-dir/x.ttl"], "does not exist"),
    ],
)
def test_user_errors_are_one_line_without_traceback(runner, demo_store_path, args, message):
    result = runner.invoke(main, [args[0], "--store", str(demo_store_path), *args[1:]])
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_missing_store_is_one_clear_line(runner, tmp_path):
    result = runner.invoke(main, ["stats", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    expected = (
        f"Error: no store at {tmp_path / 'none'}; run 'kg build' (or 'kg demo') first, "
        "or point --store / KG_STORE at one"
    )
    assert result.output.strip() == expected


def test_store_location_from_environment(runner, demo_store_path):
    result = runner.invoke(
        main, ["query", "ASK { ?s a ckg:Event }"], env={"KG_STORE": str(demo_store_path)}
    )
    assert result.output.strip() == "true"


def test_turtle_export_parses_back_isomorphic_to_the_store(runner, demo_store_path, tmp_path):
    target = tmp_path / "all.ttl"
    result = runner.invoke(
        main, ["export", "--store", str(demo_store_path), "--include-ontology", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    turtle = Graph().parse(target, format="turtle")
    nquads = runner.invoke(
        main,
        ["export", "--store", str(demo_store_path), "--include-ontology", "--format", "nquads"],
    ).stdout_bytes
    dataset = Dataset().parse(data=nquads, format="nquads")
    merged = Graph()
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))
    assert len(turtle) > 1000
    assert isomorphic(turtle, merged)
    assert "@prefix ckg: <https://w3id.org/caucasus-kg/ontology#>" in target.read_text(
        encoding="utf-8"
    )


def test_validate_conforms_on_the_demo_store(runner, demo_store_path):
    result = runner.invoke(main, ["validate", "--store", str(demo_store_path)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output.splitlines()[-1]


def test_stats_counts_what_was_built(runner, demo_store_path):
    result = runner.invoke(main, ["stats", "--store", str(demo_store_path)])
    assert result.exit_code == 0
    for title in ("events by type", "events by year", "sources by language", "facts by source"):
        assert title in result.output


@pytest.mark.parametrize("name", ["Нахичевань", "Naxçıvan", "NAKHCHIVAN", "Q227", "Azerbaijani"])
def test_entity_finds_by_any_name_script_or_wikidata_id(runner, name):
    result = runner.invoke(main, ["entity", name])
    assert result.exit_code == 0, result.output
    assert "(Region)" in result.output or "(Country)" in result.output


def test_entity_unknown_name(runner):
    result = runner.invoke(main, ["entity", "Atlantis"])
    assert result.exit_code == 1
    assert "no entity is called 'Atlantis'" in result.output


def test_build_reports_bad_documents_and_keeps_the_rest(runner, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.md").write_text(
        "---\ntitle: Good\nlanguage: en\n---\nBaku hosted talks.\n", encoding="utf-8"
    )
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    (folder / "broken.md").write_text("---\ntitle: Broken\n---\nText.\n", encoding="utf-8")
    (folder / "broken.facts.yaml").write_text(
        "events:\n  - type: Attack\n    targets: [atlantis]\n    quote: Text.\n", encoding="utf-8"
    )
    store = tmp_path / "store"
    result = runner.invoke(main, ["build", str(folder), "--store", str(store)])
    assert result.exit_code == 1
    assert "bad.txt: looks like a binary file" in result.output
    assert "target 'atlantis' is not in the entity dictionary" in result.output
    listed = runner.invoke(
        main,
        [
            "query",
            "--store",
            str(store),
            "--format",
            "csv",
            "SELECT ?t WHERE { ?s a ckg:SourceDocument ; dcterms:title ?t }",
        ],
    )
    assert listed.output.split() == ["t", "Good"]


def test_csv_export_has_one_row_per_event(runner, demo_store_path):
    import csv
    import io

    result = runner.invoke(main, ["export", "--store", str(demo_store_path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    table = list(csv.DictReader(io.StringIO(result.output)))
    assert len(table) >= 200
    assert len({row["event"] for row in table}) == len(table)
    assert all(row["quotes"] and row["type"] for row in table)
    dated = [row["date"] for row in table if row["date"]]
    assert dated == sorted(dated, key=lambda d: d[:10])


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_exports_open_as_graphs(runner, demo_store_path, tmp_path, fmt):
    import networkx as nx

    target = tmp_path / f"actors.{fmt}"
    result = runner.invoke(
        main, ["export", "--store", str(demo_store_path), "--format", fmt, "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    graph = nx.read_graphml(target) if fmt == "graphml" else nx.read_gexf(target)
    assert {"azerbaijan", "iran", "armenia"} <= set(graph.nodes)
    assert graph.number_of_edges() >= 50


def test_exports_get_ordinary_file_permissions(runner, demo_store_path, tmp_path):
    target = tmp_path / "out.ttl"
    runner.invoke(main, ["export", "--store", str(demo_store_path), "-o", str(target)])
    assert target.stat().st_mode & 0o044 == 0o044  # readable by group and others


def test_an_exported_store_imported_again_derives_the_same_index(runner, demo_store_path, tmp_path):
    from kg.namespaces import INDEX_GRAPH
    from kg.store import open_store

    target = tmp_path / "all.trig"
    result = runner.invoke(
        main,
        [
            *("export", "--store", str(demo_store_path), "--include-ontology"),
            *("--format", "trig", "-o", str(target)),
        ],
    )
    assert result.exit_code == 0, result.output
    assert str(INDEX_GRAPH) not in target.read_text(encoding="utf-8")  # derived: not exported
    copy = tmp_path / "copy"
    result = runner.invoke(main, ["import", "--store", str(copy), str(target)])
    assert result.exit_code == 0, result.output
    indexes = []
    for path in (demo_store_path, copy):
        store = open_store(path)
        indexes.append(
            {f"{q.subject} {q.predicate} {q.object}" for q in store.quads([INDEX_GRAPH])}
        )
        store.close()
    assert len(indexes[0]) > 1000
    assert indexes[0] == indexes[1]


def test_a_store_without_index_asks_for_reindex_in_one_line(runner, demo_store_path, tmp_path):
    import shutil

    from kg.namespaces import INDEX_GRAPH
    from kg.store import open_store

    old = tmp_path / "old"
    shutil.copytree(demo_store_path, old)
    store = open_store(old)
    store.remove_graph(INDEX_GRAPH)  # as made before the index existed
    store.close()
    pair = ["query", "--store", str(old), "--saved", "events-between"]
    pair += ["--param", "a=Azerbaijan", "--param", "b=Iran"]
    result = runner.invoke(main, pair)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: this store has no index graph (dyads, counters and merge keys) or one of an older "
        "format; run 'kg reindex' to build it"
    ]
    result = runner.invoke(main, ["reindex", "--store", str(old)])
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"index graph rebuilt: \d+ triples\n", result.output)
    result = runner.invoke(main, pair)
    assert result.exit_code == 0, result.output
    assert "2023-01-27" in result.output


PAIR = ["--saved", "events-between", "-p", "a=Azerbaijan", "-p", "b=Иран"]


def test_saved_query_pages_are_slices_of_the_whole_answer(runner, demo_store_path):
    store = ["query", "--store", str(demo_store_path)]
    whole = runner.invoke(main, [*store, *PAIR, "--format", "csv"])
    assert whole.exit_code == 0
    header, *rows = whole.output.splitlines()
    assert len(rows) >= 8
    page = runner.invoke(main, [*store, *PAIR, "--format", "csv", "--limit", "3", "--offset", "2"])
    assert page.exit_code == 0 and page.output.splitlines() == [header, *rows[2:5]]
    table = runner.invoke(main, [*store, *PAIR, "--limit", "3", "--offset", "2", "--count"])
    assert table.exit_code == 0
    assert table.output.splitlines()[-1] == f"(3 rows: 3-5 of {len(rows)})"
    counted = runner.invoke(main, [*store, *PAIR, "--format", "csv", "--limit", "1", "--count"])
    assert counted.stdout.splitlines() == [header, rows[0]]
    assert counted.stderr.strip() == f"{len(rows)} rows in all"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([*PAIR, "--limit", "-1"], "Invalid value for '--limit'"),
        ([*PAIR, "--offset", "two"], "Invalid value for '--offset'"),
        (["SELECT * WHERE { ?s ?p ?o }", "--limit", "5"], "go with --saved NAME"),
    ],
)
def test_bad_page_options_are_one_line(runner, demo_store_path, args, message):
    result = runner.invoke(main, ["query", "--store", str(demo_store_path), *args])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
