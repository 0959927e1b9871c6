"""Commands that read articles: ingest into the store, extract to a facts file, evaluate."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from kg.cli.common import StoreSpec, main, open_spec, store_option

ARTICLE = click.Path(exists=True, dir_okay=False, path_type=Path)


def metadata_options(f: Any) -> Any:
    """--url, --published, --lang, --title, --outlet and --encoding for article commands."""
    for option in reversed(
        [
            click.option("--url", help="The article's public URL (overrides its front matter)."),
            click.option(
                "--published",
                metavar="YYYY-MM-DD",
                help="Publication date; relative dates resolve against it.",
            ),
            click.option("--lang", help="Language code: en, az, ru, hy, ka, tr, fa."),
            click.option("--title", help="Title (overrides the front matter or HTML title)."),
            click.option("--outlet", help="The outlet that published it."),
            click.option("--encoding", help="Text encoding when not UTF-8, e.g. cp1251."),
        ]
    ):
        f = option(f)
    return f


def _overrides(
    url: str | None, published: str | None, lang: str | None, title: str | None, outlet: str | None
) -> dict[str, str | None]:
    return {"url": url, "published": published, "language": lang, "title": title, "outlet": outlet}


@main.command()
@store_option
@click.argument("articles", nargs=-1, required=True, type=ARTICLE)
@metadata_options
def ingest(
    store: StoreSpec,
    articles: tuple[Path, ...],
    url: str | None,
    published: str | None,
    lang: str | None,
    title: str | None,
    outlet: str | None,
    encoding: str | None,
) -> None:
    """Read articles (text, Markdown with front matter, saved HTML) into the store.

    A reviewed facts file beside an article (NAME.facts.yaml) is used as it is;
    otherwise the rule-based extractor finds the events, claims and entities.
    Ingesting the same article twice changes nothing; a changed article replaces
    its own facts only. A bad article is reported and the others still go in.

    \b
    Example:
      kg ingest saved-page.html --url https://example.org/news/1 --published 2024-05-20
    """
    from kg.build import build

    db = open_spec(store, create=True)
    report = build(
        db, articles, overrides=_overrides(url, published, lang, title, outlet), encoding=encoding
    )
    for path, message in report.failures:
        click.echo(f"skipped {path}: {message}", err=True)
    click.echo(
        f"{report.documents} ingested, {report.unchanged} unchanged: "
        f"{report.events} events, {report.claims} claims"
    )
    if report.failures:
        raise click.ClickException(f"{len(report.failures)} article(s) could not be ingested")


@main.command()
@click.argument("article", type=ARTICLE)
@click.option(
    "-o",
    "--output",
    default="-",
    show_default=True,
    help="Where to write the facts (YAML), or '-' for standard output.",
)
@metadata_options
def extract(
    article: Path,
    output: str,
    url: str | None,
    published: str | None,
    lang: str | None,
    title: str | None,
    outlet: str | None,
    encoding: str | None,
) -> None:
    """Extract an article's events, claims and entities into a reviewed-facts file.

    Check and correct the file, keep it as ARTICLE's NAME.facts.yaml, and the
    next build uses it instead of extracting again.

    \b
    Example:
      kg extract sources/en-zurich-protocols-armenia-turkey.md -o review.facts.yaml
    """
    import io

    from kg import dictionary
    from kg.export import write_atomically
    from kg.extract.pipeline import extract as run_extract
    from kg.facts import write_facts
    from kg.sources import read_source

    source = read_source(
        article, overrides=_overrides(url, published, lang, title, outlet), encoding=encoding
    )
    text = io.StringIO()
    write_facts(run_extract(source, dictionary.load()), text)
    if output == "-":
        click.echo(text.getvalue(), nl=False)
    else:
        write_atomically(Path(output), lambda h: h.write(text.getvalue().encode("utf-8")))
        click.echo(f"wrote {output}", err=True)


@main.command(name="eval")
@click.argument("gold_dir", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--misses",
    "show_misses",
    default=20,
    show_default=True,
    type=click.IntRange(0),
    help="How many misses to list (0 for none).",
)
def evaluate(gold_dir: Path | None, show_misses: int) -> None:
    """Score the extractor against gold facts files: precision, recall, F1 per language.

    GOLD_DIR holds articles with their .facts.yaml (default: the bundled corpus).
    Events count as found when type, date and involved entities all match.
    sources/heldout holds a held-out set that no rule was tuned on: score it for
    a figure unseen articles can expect, and never tune rules on it.

    \b
    Example:
      kg eval sources/ --misses 50
      kg eval sources/heldout --misses 10000
    """
    from kg.extract.evaluate import ALL
    from kg.extract.evaluate import evaluate as run_evaluate

    report = run_evaluate(gold_dir)
    click.echo(
        f"{'language':<9} {'docs':>4}  {'entities P/R/F1':<17}  {'events P/R/F1':<17}  "
        f"{'claims P/R/F1':<17}  dates"
    )
    for lang in sorted(report.scores, key=lambda k: (k != ALL, k)):
        s = report.scores[lang]

        def prf(score: Any) -> str:
            return f"{score.precision:.2f}/{score.recall:.2f}/{score.f1:.2f}"

        click.echo(
            f"{lang:<9} {s.documents:>4}  {prf(s.entities):<17}  {prf(s.events):<17}  "
            f"{prf(s.claims):<17}  {s.dates.value:.2f} ({s.dates.right}/{s.dates.total})"
        )
    for name in report.skipped:
        click.echo(f"skipped {name}", err=True)
    for miss in report.misses[:show_misses]:
        quote = f"  «{miss.quote[:100]}»" if miss.quote else ""
        click.echo(f"{miss.error:<8} {miss.kind:<7} {miss.document}: {miss.what}{quote}")
    sys.stdout.flush()
