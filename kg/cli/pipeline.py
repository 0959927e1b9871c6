"""Commands that build and check the store: demo, build, validate, remove, import, reindex."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg.cli.common import StoreSpec, main, open_spec, store_option

if TYPE_CHECKING:
    from kg.build import BuildReport

DEMO_COUNTS = """SELECT (COUNT(DISTINCT ?e) AS ?events) (COUNT(DISTINCT ?c) AS ?claims) WHERE {
  { ?e ckg:evidence ?x . FILTER NOT EXISTS { ?e a ckg:Claim } } UNION { ?c a ckg:Claim } }"""


def build_spec(
    store: StoreSpec, folder: Path, progress: Callable[[Path, str | None], None] | None = None
) -> BuildReport:
    """Build a folder into the store the options name; a new embedded store is built in bulk."""
    if store.endpoint:
        from kg.build import build_folder

        db = open_spec(store, create=True)
        try:
            return build_folder(db, folder, progress=progress)
        finally:
            db.close()
    from kg.fresh_build import build_store_folder
    from kg.store import store_path

    return build_store_folder(store_path(store.folder), folder, progress=progress)


def _show_progress(path: Path, error: str | None) -> None:
    if error is None:
        click.echo(f"done {path}", err=True)
    else:
        click.echo(f"skipped {path}: {error}", err=True)


@main.command()
@store_option
@click.option(
    "-o",
    "--output",
    default="kg-demo.html",
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the HTML graph.",
)
def demo(store: StoreSpec, output: Path) -> None:
    """Build the bundled corpus, write an HTML graph, and answer one sample query.

    \b
    Example:
      kg demo && xdg-open kg-demo.html
    """
    from kg.export import write_atomically
    from kg.query import rows, run, saved_queries, write_result
    from kg.resources import bundled
    from kg.views.graph import overview

    report = build_spec(store, bundled("sources"))
    db = open_spec(store)
    counts = rows(run(db, DEMO_COUNTS))[0]
    click.echo(
        f"Built {report.documents} documents ({report.unchanged} already up to date): "
        f"{counts['events']} events, {counts['claims']} claims, {report.entities} dictionary "
        f"entities -> {db.path}"
    )
    for path, message in report.failures:
        click.echo(f"  skipped {path}: {message}", err=True)
    html_text = overview(db)
    write_atomically(output, lambda h: h.write(html_text.encode("utf-8")))
    click.echo(f"Wrote the graph view to {output} (open it in a browser; it works offline)")
    query = saved_queries()["azerbaijan-iran-timeline"]
    click.echo(f"\nSample query: {query.description}\n")
    write_result(run(db, query.text), sys.stdout.buffer, "table")
    sys.stdout.buffer.flush()


@main.command()
@store_option
@click.argument("sources_dir", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--progress",
    is_flag=True,
    help="Print a line to stderr as each document is done or skipped.",
)
def build(store: StoreSpec, sources_dir: Path | None, progress: bool) -> None:
    """Build the store from a folder of articles and their reviewed facts.

    Loads the ontology and the entity dictionary, then each document (with its
    .facts.yaml) into its own named graph. A bad document is reported and skipped.
    A new store is written in bulk beside its folder and moved into place when
    complete; a store that holds data is updated a document at a time.

    \b
    Example:
      kg build sources/ --store ./kg-store --progress
    """
    from kg.resources import bundled
    from kg.store import store_path

    folder = sources_dir or bundled("sources")
    report = build_spec(store, folder, _show_progress if progress else None)
    if not progress:
        for path, message in report.failures:
            click.echo(f"skipped {path}: {message}", err=True)
    unchanged = f", {report.unchanged} unchanged" if report.unchanged else ""
    where = store.endpoint or store_path(store.folder)
    click.echo(
        f"{report.documents} documents{unchanged}, {report.events} events, {report.claims} claims, "
        f"{report.entities} entities in {where}"
    )
    if report.failures:
        raise click.ClickException(f"{len(report.failures)} document(s) could not be built")


@main.command()
@store_option
def validate(store: StoreSpec) -> None:
    """Check the store against the SHACL shapes and the dictionary's integrity rules.

    \b
    Example:
      kg validate --store ./kg-store
    """
    from kg import dictionary
    from kg.validate import validate_store

    problems = dictionary.check()
    report = validate_store(open_spec(store))
    for line in problems:
        click.echo(f"dictionary: {line}")
    for violation in report.violations:
        click.echo(str(violation))
    verdict = "conforms" if report.conforms and not problems else "does NOT conform"
    click.echo(
        f"{report.triples} triples checked: {verdict} "
        f"({len(report.violations)} shape results, {len(problems)} dictionary problems)"
    )
    if verdict != "conforms":
        sys.exit(1)


@main.command()
@store_option
@click.argument("source")
def remove(store: StoreSpec, source: str) -> None:
    """Delete everything one source document contributed (its named graph).

    Events and entities that other sources also report stay, with their
    remaining provenance. SOURCE is the document's slug (its file name stem).

    \b
    Example:
      kg remove en-azerbaijani-embassy-tehran-attack
    """
    from kg.namespaces import source_graph

    db = open_spec(store)
    name = source_graph(source)
    if name not in db.graph_names():
        raise click.ClickException(f"no source {source!r} in the store")
    db.remove_graph(name)
    db.flush()
    click.echo(f"removed {source}")


@main.command(name="import")
@store_option
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
def import_(store: StoreSpec, files: tuple[Path, ...]) -> None:
    """Load Turtle, TriG, N-Quads, N-Triples, JSON-LD or RDF/XML made elsewhere.

    Each file goes in whole or not at all. Remote JSON-LD contexts and external
    XML entities are refused, never fetched. Triples without a graph go into
    graph/import/<file name>.

    \b
    Example:
      kg import wikidata-extract.ttl
    """
    from kg.rdfimport import import_file

    db = open_spec(store, create=True)
    for path in files:
        count = import_file(db, path)
        click.echo(f"{path}: {count} quads imported")
    db.flush()


@main.command()
@store_option
def reindex(store: StoreSpec) -> None:
    """Recompute the index graph (dyads, counters, merge keys) from the source graphs.

    Every write keeps the index in step by itself; run this after upgrading a
    store made before the index (or its merge keys, class-year counts, the
    answer rows of events-between or the links of entity-neighbours) existed,
    or after two processes wrote to one remote server at the same time.

    \b
    Example:
      kg reindex
    """
    from kg.index.rebuild import reindex as rebuild

    db = open_spec(store)
    count = rebuild(db)
    click.echo(f"index graph rebuilt: {count} triples")
