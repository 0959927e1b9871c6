"""Commands for exploring: entity profiles and HTML views."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import StoreSpec, filter_options, main, open_spec, store_option


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
@click.option("--focus", "focus_on", metavar="ENTITY", help="Draw this entity and its neighbours.")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(1, 5))
@click.option(
    "--pair",
    nargs=2,
    metavar="A B",
    help="Draw two actors and every event between them.",
)
@click.option(
    "--query",
    "sparql",
    metavar="SPARQL",
    help="Draw what a CONSTRUCT or SELECT returns (?s ?p ?o, or the first two IRI columns); "
    "'@file.rq' reads it from a file.",
)
@click.option(
    "--max-nodes",
    default=250,
    show_default=True,
    type=click.IntRange(1, 5000),
    help="Keep this many of the most connected entities (overview and --focus).",
)
@filter_options
@click.option("--lang", default="en", show_default=True, help="Label language (en, az, ru, ...).")
def viz(
    store: StoreSpec,
    output: Path,
    focus_on: str | None,
    depth: int,
    pair: tuple[str, str] | None,
    sparql: str | None,
    max_nodes: int,
    date_from: str | None,
    date_to: str | None,
    types: tuple[str, ...],
    min_confidence: float | None,
    lang: str,
) -> None:
    """Write an interactive HTML graph that works offline.

    Without --focus, --pair or --query: the whole graph, most connected entities first.
    Pages draw at most 5,000 nodes.

    \b
    Examples:
      kg viz -o graph.html --max-nodes 100
      kg viz --focus Iran --depth 2 --from 2020 --lang az -o iran.html
      kg viz --pair Azerbaijan Iran --type Agreement -o az-ir.html
      kg viz --query 'SELECT ?a ?b { ?e ckg:actor ?a ; ckg:target ?b }' -o q.html
    """
    from kg.export import write_atomically
    from kg.views import graph
    from kg.views.data import ViewFilter

    if sum(x is not None for x in (focus_on, pair, sparql)) > 1:
        raise click.UsageError("give at most one of --focus, --pair and --query")
    flt = ViewFilter(date_from, date_to, types, min_confidence)
    db = open_spec(store)
    if focus_on:
        html_text = graph.focus(db, focus_on, depth=depth, max_nodes=max_nodes, flt=flt, lang=lang)
    elif pair:
        html_text = graph.pair(db, pair[0], pair[1], flt=flt, lang=lang)
    elif sparql:
        text = Path(sparql[1:]).read_text(encoding="utf-8") if sparql.startswith("@") else sparql
        html_text = graph.from_query(db, text, flt=flt, lang=lang)
    else:
        html_text = graph.overview(db, max_nodes=max_nodes, flt=flt, lang=lang)
    write_atomically(output, lambda h: h.write(html_text.encode("utf-8")))
    click.echo(f"wrote {output}")
