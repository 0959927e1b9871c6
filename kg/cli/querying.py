"""Commands that read the store: query, serve, export, stats."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from kg.cli.common import StoreSpec, main, open_spec, store_option


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
    "--limit",
    type=click.IntRange(0),
    help="With --saved: at most this many rows (a page of the answer).",
)
@click.option(
    "--offset",
    type=click.IntRange(0),
    default=0,
    help="With --saved: skip this many rows first (the rows are in a total order).",
)
@click.option(
    "--count",
    is_flag=True,
    help="With --saved: also give the number of rows of the whole answer (in the table's "
    "last line; on stderr for the other formats).",
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
    limit: int | None,
    offset: int,
    count: bool,
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
      kg query --saved events-between -p a=Armenia -p b=Azerbaijan --limit 100 --offset 100 --count
    """
    from kg.query import (
        check_index,
        parse_assignments,
        run,
        saved_queries,
        saved_query,
        write_result,
        write_rows,
    )

    if list_saved:
        for q in saved_queries().values():
            click.echo(q.usage())
        return
    if params and not saved:
        raise click.UsageError("--param goes with --saved NAME")
    if (limit is not None or offset or count) and not saved:
        raise click.UsageError(
            "--limit, --offset and --count go with --saved NAME; write LIMIT in your own query"
        )
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
    db = open_spec(store)
    if saved:
        from kg.pages import answer_page, paging

        chosen = saved_query(saved)
        if limit is not None or offset or count or paging(chosen).sort_in_kg:
            page = answer_page(
                db, chosen, parse_assignments(params), limit=limit, offset=offset, count=count
            )
            write_rows(
                page.variables,
                page.rows,
                sys.stdout.buffer,
                fmt,
                offset=page.offset,
                total=page.total,
            )
            sys.stdout.buffer.flush()
            if count and fmt != "table":
                click.echo(f"{page.total} rows in all", err=True)
            return
        check_index(db, chosen)
    result = run(db, text, allow_service=allow_service)
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
    /saved/NAME?param=value runs a saved query (&limit=N&offset=K&count=true for a
    page, with X-KG-Offset and X-KG-Total headers); /view, /view/entity?name=X,
    /view/pair?a=X&b=Y, /view/relations?a=X&b=Y and /view/query?query=... show the
    HTML graphs and timeline. Updates, SERVICE and FROM with outside IRIs are
    refused. Stop with Ctrl+C.

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
    type=click.Choice(
        ["turtle", "trig", "nquads", "ntriples", "jsonld", "rdfxml", "csv", "graphml", "gexf"]
    ),
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
    GraphML and GEXF give the actor network with weights, Goldstein values and
    dates, for Gephi.

    \b
    Example:
      kg export --format turtle --include-ontology -o caucasus.ttl
    """
    from kg.export import export as run_export
    from kg.export import write_atomically

    db = open_spec(store)

    def write(handle: Any) -> None:
        if fmt in ("graphml", "gexf"):
            from kg.analysis import actor_graph, write_gexf, write_graphml

            (write_graphml if fmt == "graphml" else write_gexf)(actor_graph(db), handle)
        elif fmt == "csv":
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
@click.option("--network", is_flag=True, help="Also rank actors and list their communities.")
@click.option("--start", help="Network: events overlapping from this date (YYYY[-MM[-DD]]).")
@click.option("--end", help="Network: events overlapping up to this date.")
@click.option("--top", default=10, show_default=True, type=click.IntRange(1, 1000))
def stats(store: StoreSpec, network: bool, start: str | None, end: str | None, top: int) -> None:
    """Counts of events by type and year, sources by language, facts by source.

    With --network (implied by --start/--end): the most central actors (PageRank
    weighted by shared events, betweenness, partners) and the communities of actors.

    \b
    Example:
      kg stats --network --start 2020 --end 2024
    """
    from kg.stats import summary

    db = open_spec(store)
    for table in summary(db):
        click.echo(f"\n{table.title}")
        for key, count in table.counts:
            click.echo(f"  {count:>6}  {key}")
    if network or start or end:
        from kg.cli.analysis import network_summary

        network_summary(db, start, end, top)
