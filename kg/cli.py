"""The ``kg`` command: a thin shell over the core; every user error becomes one clean line."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click

from kg.errors import KgError

F = TypeVar("F", bound=Callable[..., Any])


class KgGroup(click.Group):
    """Turns :class:`kg.errors.KgError` into ``Error: ...`` and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as exc:
            raise click.ClickException(str(exc)) from None
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            raise click.ClickException(f"{where}{exc.strerror or exc}") from None


@dataclass(frozen=True)
class StoreSpec:
    """Where the store is: an embedded folder, or a remote SPARQL endpoint."""

    folder: Path | None
    endpoint: str | None
    update_endpoint: str | None
    graph_store: str | None


def store_option(f: F) -> F:
    """Add --store, --endpoint, --update-endpoint, --graph-store, passed on as one ``store``."""

    @click.option(
        "--store",
        "folder",
        envvar="KG_STORE",
        type=click.Path(path_type=Path),
        help="Store folder (default ./kg-store; env KG_STORE).",
    )
    @click.option(
        "--endpoint",
        envvar="KG_ENDPOINT",
        metavar="URL",
        help="Use a remote SPARQL 1.1 server instead (env KG_ENDPOINT); credentials only from "
        "KG_ENDPOINT_TOKEN or KG_ENDPOINT_USER/KG_ENDPOINT_PASSWORD.",
    )
    @click.option(
        "--update-endpoint",
        envvar="KG_UPDATE_ENDPOINT",
        metavar="URL",
        help="The server's SPARQL Update URL, when it differs from --endpoint.",
    )
    @click.option(
        "--graph-store",
        envvar="KG_GRAPH_STORE",
        metavar="URL",
        help="The server's Graph Store Protocol URL; documents are then replaced by one PUT each.",
    )
    @functools.wraps(f)
    def wrapper(
        *args: Any,
        folder: Path | None,
        endpoint: str | None,
        update_endpoint: str | None,
        graph_store: str | None,
        **kwargs: Any,
    ) -> Any:
        spec = StoreSpec(folder, endpoint, update_endpoint, graph_store)
        return f(*args, store=spec, **kwargs)

    return wrapper  # type: ignore[return-value]


def _open(spec: StoreSpec, *, create: bool = False) -> Any:
    from kg.store import connect

    return connect(
        spec.folder, create=create, endpoint=spec.endpoint, update_endpoint=spec.update_endpoint
    )


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="caucasus-kg")
def main() -> None:
    """caucasus-kg: a knowledge graph of relations in the South Caucasus.

    Build the graph from articles, query it with SPARQL, validate it, export it, view it.
    Start with 'kg demo'.
    """


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
    from kg.build import build_folder
    from kg.export import write_atomically
    from kg.query import run, saved_queries, write_result
    from kg.resources import bundled
    from kg.views.graph import overview

    db = _open(store, create=True)
    report = build_folder(db, bundled("sources"))
    click.echo(
        f"Built {report.documents} documents: {report.events} events, {report.claims} claims, "
        f"{report.entities} dictionary entities -> {db.path}"
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
def build(store: StoreSpec, sources_dir: Path | None) -> None:
    """Build the store from a folder of articles and their reviewed facts.

    Loads the ontology and the entity dictionary, then each document (with its
    .facts.yaml) into its own named graph. A bad document is reported and skipped.

    \b
    Example:
      kg build sources/ --store ./kg-store
    """
    from kg.build import build_folder
    from kg.resources import bundled

    db = _open(store, create=True)
    report = build_folder(db, sources_dir or bundled("sources"))
    for path, message in report.failures:
        click.echo(f"skipped {path}: {message}", err=True)
    click.echo(
        f"{report.documents} documents, {report.events} events, {report.claims} claims, "
        f"{report.entities} entities in {db.path}"
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
    report = validate_store(_open(store))
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
@click.argument("sparql", required=False)
@click.option(
    "-f",
    "--file",
    "query_file",
    type=click.File("r", encoding="utf-8"),
    help="Read the query from a file ('-' for stdin).",
)
@click.option("--saved", help="Run a saved query by name (see --list).")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A saved query's parameter; repeat for several. Entities by any name, slug, "
    "Wikidata ID or IRI; dates as YYYY, YYYY-MM or YYYY-MM-DD.",
)
@click.option(
    "--list", "list_saved", is_flag=True, help="List the saved queries and their parameters."
)
@click.option(
    "--format",
    "fmt",
    default="table",
    show_default=True,
    type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle"]),
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Allow SERVICE clauses to contact other servers (off by default).",
)
def query(
    store: StoreSpec,
    sparql: str | None,
    query_file: Any,
    saved: str | None,
    params: tuple[str, ...],
    list_saved: bool,
    fmt: str,
    allow_service: bool,
) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over all graphs.

    The prefixes ckg:, entity:, event:, rdfs:, skos:, prov:, dcterms:, schema:,
    wd: ... are predeclared.

    \b
    Example:
      kg query 'SELECT ?e ?label { ?e a ckg:Attack ; rdfs:label ?label }'
      kg query --list
      kg query --saved events-between --param a=Azerbaijan --param b=Иран --param from=2020
    """
    from kg.query import parse_assignments, run, saved_queries, saved_query, write_result

    if list_saved:
        for q in saved_queries().values():
            click.echo(q.usage())
        return
    if params and not saved:
        raise click.UsageError("--param goes with --saved NAME")
    if saved:
        text = saved_query(saved).bind(parse_assignments(params))
    elif query_file is not None:
        text = query_file.read()
    elif sparql and sparql != "-":
        text = sparql
    elif not sys.stdin.isatty():
        text = sys.stdin.read()
    else:
        raise click.UsageError("give a query, -f FILE, --saved NAME, or pipe one on stdin")
    result = run(_open(store), text, allow_service=allow_service)
    write_result(result, sys.stdout.buffer, fmt)
    sys.stdout.buffer.flush()


@main.command()
@click.option(
    "--store",
    "folder",
    envvar="KG_STORE",
    type=click.Path(path_type=Path),
    help="Store folder (default ./kg-store; env KG_STORE).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(0.1, 3600),
    help="Seconds a query may run before it is stopped (the client gets 503).",
)
@click.option(
    "--max-rows",
    default=10_000,
    show_default=True,
    type=click.IntRange(1),
    help="Rows (or triples) per answer; a cut answer says so in X-KG-Truncated.",
)
@click.option(
    "--workers",
    default=4,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Queries evaluated at once (one worker process each); more wait, then get 503.",
)
def serve(
    folder: Path | None, host: str, port: int, timeout: float, max_rows: int, workers: int
) -> None:
    """Serve the store as a read-only SPARQL endpoint, with a query page.

    /sparql speaks the SPARQL 1.1 Protocol (GET or POST; JSON, XML, CSV, TSV,
    Turtle, N-Triples by Accept header); / is a query page with the saved queries;
    /saved/NAME?param=value runs a saved query. Updates, SERVICE and FROM with
    outside IRIs are refused. Stop with Ctrl+C.

    \b
    Example:
      kg serve --port 8000      # then open http://127.0.0.1:8000/
    """
    from kg.server import ServerConfig
    from kg.server import serve as run_server
    from kg.store import store_path

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(
            f"Listening on {host}: anyone who can reach it can query the graph (read-only).",
            err=True,
        )
    config = ServerConfig(
        store=store_path(folder),
        host=host,
        port=port,
        timeout=timeout,
        max_rows=max_rows,
        workers=workers,
    )
    run_server(config, announce=lambda line: click.echo(f"{line}\nStop with Ctrl+C.", err=True))


@main.command()
@store_option
@click.option(
    "--format",
    "fmt",
    default="turtle",
    show_default=True,
    type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld", "rdfxml"]),
)
@click.option("--source", help="Export only this source document's graph (its slug).")
@click.option(
    "--include-ontology", is_flag=True, help="Add the ontology and entity dictionary graphs."
)
@click.option(
    "-o",
    "--output",
    default="-",
    show_default=True,
    help="Output file, or '-' for standard output.",
)
def export(
    store: StoreSpec, fmt: str, source: str | None, include_ontology: bool, output: str
) -> None:
    """Export the graph in a standard RDF format.

    TriG and N-Quads keep one named graph per source document (provenance);
    the other RDF formats merge the graphs. CSV gives one row per event (date,
    type, actors, targets, place, Goldstein value, status, source URLs, quotes).

    \b
    Example:
      kg export --format turtle --include-ontology -o caucasus.ttl
    """
    from kg.export import export as run_export
    from kg.export import write_atomically

    db = _open(store)

    def write(handle: Any) -> None:
        if fmt == "csv":
            from kg.events_table import write_events_csv

            write_events_csv(db, handle)
        else:
            run_export(db, handle, fmt=fmt, source=source, include_ontology=include_ontology)

    if output == "-":
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        write_atomically(Path(output), write)
        click.echo(f"wrote {output}", err=True)


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

    db = _open(store)
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

    db = _open(store, create=True)
    for path in files:
        count = import_file(db, path)
        click.echo(f"{path}: {count} quads imported")
    db.flush()


@main.command()
@store_option
def stats(store: StoreSpec) -> None:
    """Counts of events by type and year, sources by language, facts by source.

    \b
    Example:
      kg stats
    """
    from kg.stats import summary

    for table in summary(_open(store)):
        click.echo(f"\n{table.title}")
        for key, count in table.counts:
            click.echo(f"  {count:>6}  {key}")


@main.command()
@click.argument("name")
def entity(name: str) -> None:
    """Find an entity by any name, in any script, or by Wikidata ID, and show its profile.

    \b
    Example:
      kg entity Нахичевань
    """
    from kg import dictionary
    from kg.profile import profile_lines

    found = dictionary.load()
    matches = found.find(name)
    if not matches:
        raise click.ClickException(f"no entity is called {name!r}; try another spelling or script")
    for i, match in enumerate(matches):
        if i:
            click.echo("")
        click.echo("\n".join(profile_lines(match, found)))
    if len(matches) > 1:
        click.echo(f"\n{name!r} is ambiguous: {len(matches)} entities use that name", err=True)


@main.command()
@store_option
@click.option(
    "-o",
    "--output",
    default="graph.html",
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
)
@click.option(
    "--max-nodes",
    default=250,
    show_default=True,
    type=click.IntRange(1, 5000),
    help="Keep this many of the most connected entities.",
)
def viz(store: StoreSpec, output: Path, max_nodes: int) -> None:
    """Write an interactive HTML graph that works offline.

    \b
    Example:
      kg viz -o graph.html --max-nodes 100
    """
    from kg.export import write_atomically
    from kg.views.graph import overview

    html_text = overview(_open(store), max_nodes=max_nodes)
    write_atomically(output, lambda h: h.write(html_text.encode("utf-8")))
    click.echo(f"wrote {output}")
