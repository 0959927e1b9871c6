"""The HTML views (graphs and the relation timeline) rendered inside a query worker.

Each view is evaluated by a worker process, like a query, so it shares the timeout and the
bounded concurrency. The pages are the same self-contained, escaped pages ``kg viz`` writes.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from kg.errors import KgError

VIEWS = ("overview", "entity", "pair", "query", "relations")


class ReadOnlyStore:
    """The worker's read-only Oxigraph store, seen through the interface the views use."""

    def __init__(self, db: ox.Store, path: str = "") -> None:
        self._db = db
        self.path = path

    def select(self, query: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        return self._db.query(query, use_default_graph_as_union=True)


def _one(args: dict[str, list[str]], key: str, default: str | None = None) -> str | None:
    found = args.get(key)
    return found[0] if found else default


def _needed(args: dict[str, list[str]], key: str) -> str:
    value = _one(args, key)
    if not value:
        raise KgError(f"this view needs the '{key}' parameter")
    return value


def render(db: ox.Store, kind: str, args: dict[str, list[str]]) -> str:
    """HTML of one view; a :class:`KgError` for a bad name, parameter or query."""
    from kg.views import graph, relations, timeline
    from kg.views.data import ViewFilter

    store: Any = ReadOnlyStore(db)
    confidence = _one(args, "min_confidence")
    try:
        flt = ViewFilter(
            _one(args, "from"),
            _one(args, "to"),
            tuple(args.get("type", [])),
            float(confidence) if confidence else None,
        )
        lang = _one(args, "lang", "en") or "en"
        if kind == "overview":
            return graph.overview(
                store, max_nodes=int(_one(args, "max_nodes", "250") or 250), flt=flt, lang=lang
            )
        if kind == "entity":
            depth = int(_one(args, "depth", "1") or 1)
            return graph.focus(
                store, _needed(args, "name"), depth=min(depth, 5), flt=flt, lang=lang
            )
        if kind == "pair":
            return graph.pair(store, _needed(args, "a"), _needed(args, "b"), flt=flt, lang=lang)
        if kind == "query":
            return graph.from_query(store, _needed(args, "query"), flt=flt, lang=lang)
        if kind == "relations":
            found = relations.relations(
                store, _needed(args, "a"), _needed(args, "b"), flt=flt, lang=lang
            )
            return timeline.timeline_page(found, lang=lang)
    except ValueError as exc:
        raise KgError(f"bad view parameter: {exc}") from None
    raise KgError(f"no view {kind!r}; use one of {', '.join(VIEWS)}")
