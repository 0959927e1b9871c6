"""Commands for exploring: entity profiles and HTML views."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import StoreSpec, main, open_spec, store_option


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

    html_text = overview(open_spec(store), max_nodes=max_nodes)
    write_atomically(output, lambda h: h.write(html_text.encode("utf-8")))
    click.echo(f"wrote {output}")
