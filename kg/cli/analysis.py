"""Network analysis commands: central actors, explanation paths, relations over time."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from kg.cli.common import StoreSpec, filter_options, main, open_spec, store_option


def resolve(name: str) -> str:
    """The slug of the one entity a name means (any language or script, slug or Wikidata ID)."""
    from kg import dictionary

    matches = dictionary.load().find(name)
    if not matches:
        raise click.ClickException(f"no entity is called {name!r}; try another spelling or script")
    if len(matches) > 1:
        options = ", ".join(m.slug for m in matches)
        raise click.ClickException(f"{name!r} is ambiguous ({options}); give the slug")
    return matches[0].slug


def network_summary(db: object, start: str | None, end: str | None, top: int) -> None:
    """Print the central actors and communities (called by ``kg stats --network``)."""
    from kg.analysis import stats_summary

    result = stats_summary(db, start=start, end=end, top=top)  # type: ignore[arg-type]
    span = f" from {result.start or '…'} to {result.end or '…'}" if (start or end) else ""
    click.echo(f"\ncentral actors{span} ({result.actors} actors, {result.pairs} linked pairs)")
    click.echo(f"  {'pagerank':>8}  {'between':>7}  {'partners':>8}  {'events':>6}  actor")
    for s in result.top:
        click.echo(
            f"  {s.pagerank:>8.4f}  {s.betweenness:>7.4f}  {s.degree:>8}  {s.events:>6}  "
            f"{s.label} ({s.slug})"
        )
    click.echo(f"\ncommunities ({len(result.communities)})")
    for c in result.communities:
        click.echo(f"  {c.index + 1:>3}. {len(c.members)} actors: {', '.join(c.labels)}")


@main.command()
@store_option
@click.argument("a")
@click.argument("b")
@click.option("--max-hops", default=4, show_default=True, type=click.IntRange(1, 10))
@click.option("--limit", default=5, show_default=True, type=click.IntRange(1, 100))
def path(store: StoreSpec, a: str, b: str, max_hops: int, limit: int) -> None:
    """Explain how two entities are connected: shortest chains of shared events.

    Each hop lists the events that link its two entities, with dates, Goldstein
    values, the quote each was read from and the source URL. Names may be given
    in any language or script.

    \b
    Example:
      kg path Armenia Israel --max-hops 4
    """
    from kg.analysis import explain_paths

    first, last = resolve(a), resolve(b)
    found = explain_paths(open_spec(store), first, last, max_hops=max_hops, limit=limit)
    if not found:
        raise click.ClickException(f"no path of at most {max_hops} hops from {a} to {b}")
    for i, chain in enumerate(found, 1):
        click.echo(f"\npath {i}: {' -> '.join(chain.labels)}")
        for hop in chain.hops:
            click.echo(f"  {hop.source_label} -- {hop.target_label}: {len(hop.events)} events")
            for event in hop.events:
                click.echo(f"    {event.date:<21}  {event.goldstein:+5.1f}  {event.label}")
                for quote in event.quotes[:1]:
                    click.echo(f'      "{quote.text}" {quote.url}')


@main.command()
@store_option
@click.argument("a")
@click.argument("b", required=False)
@click.option("--trend", is_flag=True, help="The pair's numbers period by period.")
@click.option(
    "--period", default="year", show_default=True, type=click.Choice(["year", "quarter", "month"])
)
@click.option("--all", "all_partners", is_flag=True, help="Rank every partner of A.")
@click.option("--start", help="With --all: first day (YYYY[-MM[-DD]]; default 5 years back).")
@click.option("--end", help="With --all: last day (YYYY[-MM[-DD]]; default today).")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the pair's timeline as an HTML page that works offline.",
)
@click.option(
    "--format",
    "fmt",
    default="table",
    show_default=True,
    type=click.Choice(["table", "csv", "json"]),
)
@filter_options
@click.option(
    "--window",
    default=4,
    show_default=True,
    type=click.IntRange(1, 40),
    help="Quarters in the rolling mean of the timeline's trend.",
)
@click.option("--lang", default="en", show_default=True, help="Label language (en, az, ru, ...).")
def relations(
    store: StoreSpec,
    a: str,
    b: str | None,
    trend: bool,
    period: str,
    all_partners: bool,
    start: str | None,
    end: str | None,
    output: Path | None,
    fmt: str,
    date_from: str | None,
    date_to: str | None,
    types: tuple[str, ...],
    min_confidence: float | None,
    window: int,
    lang: str,
) -> None:
    """Cooperation and conflict between two actors, or all partners of one.

    With two actors: every dated event between them, oldest first, with its type,
    direction, Goldstein value (-10 conflict ... +10 cooperation) and source, and
    with -o a timeline page. --trend gives the numbers per period instead. With
    --all: every partner of A from most cooperative to most conflictual, with the
    change against the previous period of the same length.

    \b
    Examples:
      kg relations Azerbaijan Iran -o timeline.html
      kg relations Azerbaijan Iran --trend --period quarter
      kg relations Azerbaijan --all --start 2023 --end 2024
    """
    db = open_spec(store)
    if all_partners or b is None:
        if b is not None or trend or not all_partners:
            raise click.UsageError("give two actors, or one actor with --all")
        _partners(db, a, start, end)
    elif trend:
        _trend(db, a, b, period)
    else:
        _timeline(db, a, b, output, fmt, (date_from, date_to, types, min_confidence), window, lang)


def _partners(db: object, a: str, start: str | None, end: str | None) -> None:
    from kg.analysis import partner_ranking

    last = end or dt.date.today().isoformat()
    first = start or str(int(last[:4]) - 4)
    ranking = partner_ranking(db, resolve(a), start=first, end=last)  # type: ignore[arg-type]
    click.echo(f"partners of {a} from {first} to {last}, most cooperative first")
    click.echo(f"  {'mean':>6}  {'events':>6}  {'change':>7}  partner")
    for p in ranking:
        change = f"{p.change:+7.2f}" if p.change is not None else "    new"
        click.echo(f"  {p.goldstein_mean:+6.2f}  {p.count:>6}  {change}  {p.label} ({p.slug})")


def _trend(db: object, a: str, b: str, period: str) -> None:
    from kg.analysis import dyad_trend

    series = dyad_trend(db, resolve(a), resolve(b), period=period)  # type: ignore[arg-type]
    if not series:
        raise click.ClickException(f"no dated events involve both {a} and {b}")
    click.echo(f"{'period':<8}  {'events':>6}  {'mean':>6}  {'rolling':>7}  {'+':>3}  {'-':>3}")
    for p in series:
        mean = f"{p.goldstein_mean:+6.2f}" if p.goldstein_mean is not None else "     -"
        rolling = f"{p.rolling_mean:+7.2f}" if p.rolling_mean is not None else "      -"
        counts = f"{p.cooperative:>3}  {p.conflictual:>3}"
        click.echo(f"{p.period:<8}  {p.count:>6}  {mean}  {rolling}  {counts}")


def _timeline(
    db: object,
    a: str,
    b: str,
    output: Path | None,
    fmt: str,
    selection: tuple[str | None, str | None, tuple[str, ...], float | None],
    window: int,
    lang: str,
) -> None:
    from kg.export import write_atomically
    from kg.views import relations as rel
    from kg.views.data import ViewFilter
    from kg.views.timeline import timeline_page

    found = rel.relations(db, a, b, flt=ViewFilter(*selection), lang=lang)  # type: ignore[arg-type]
    if fmt == "json":
        rel.write_json(found, sys.stdout, window=window)
    elif fmt == "csv":
        rel.write_csv(found, sys.stdout)
    else:
        rel.write_table(found, sys.stdout)
    if output is not None:
        page = timeline_page(found, window=window, lang=lang)
        write_atomically(output, lambda h: h.write(page.encode("utf-8")))
        click.echo(f"wrote {output}", err=True)
