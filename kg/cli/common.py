"""The ``kg`` group, its error handling, and the options every store command shares."""

from __future__ import annotations

import functools
import os
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
        except BrokenPipeError:
            # the reader (e.g. `| head`) stopped reading: stop quietly, like other tools
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(0)
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


def open_spec(spec: StoreSpec, *, create: bool = False) -> Any:
    """Open the store the options name; it is closed when the command ends, however it ends."""
    from kg.store import connect

    store = connect(
        spec.folder,
        create=create,
        endpoint=spec.endpoint,
        update_endpoint=spec.update_endpoint,
        graph_store=spec.graph_store,
    )
    context = click.get_current_context(silent=True)
    if context is not None:
        context.call_on_close(store.close)
    return store


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="caucasus-kg")
def main() -> None:
    """caucasus-kg: a knowledge graph of relations in the South Caucasus.

    Build the graph from articles, query it with SPARQL, validate it, export it, view it.
    Start with 'kg demo'.
    """


def filter_options(f: F) -> F:
    """--from, --to, --type and --min-confidence for commands that select events."""
    for option in reversed(
        [
            click.option("--from", "date_from", metavar="DATE", help="Events from YYYY[-MM[-DD]]."),
            click.option("--to", "date_to", metavar="DATE", help="Events up to YYYY[-MM[-DD]]."),
            click.option(
                "--type",
                "types",
                multiple=True,
                metavar="CLASS",
                help="Only events of this class or its subclasses (repeatable): --type Attack.",
            ),
            click.option(
                "--min-confidence",
                type=click.FloatRange(0, 1),
                help="Minimum evidence confidence.",
            ),
        ]
    ):
        f = option(f)
    return f
