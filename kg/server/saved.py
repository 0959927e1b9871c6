"""The ``/saved/NAME`` route's request: the query's parameters and the page asked for.

``/saved/NAME?PARAM=VALUE&limit=N&offset=K&count=true``: ``limit``, ``offset``, ``count``
and ``format`` are the route's own; every other key is a parameter of the saved query. A
page (or a query that kg sorts itself, see :mod:`kg.pages`) is answered by the worker with
:func:`answer_in_worker`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError

ROUTE_KEYS = ("format", "limit", "offset", "count")


@dataclass(frozen=True)
class SavedCall:
    """A saved query bound for one request; ``page`` is set when kg pages or sorts it."""

    text: str
    needs_index: bool
    page: dict[str, Any] | None


def _whole(params: dict[str, list[str]], key: str) -> int | None:
    if key not in params:
        return None
    text = params[key][0].strip()
    if not text.isdigit():
        raise QueryError(f"{key} takes a whole number from 0, not {params[key][0]!r}")
    return int(text)


def _flag(params: dict[str, list[str]], key: str) -> bool:
    text = params.get(key, ["false"])[0].strip().lower()
    if text not in ("", "true", "1", "false", "0"):
        raise QueryError(f"{key} takes true or false, not {params[key][0]!r}")
    return text in ("", "true", "1")


def saved_call(name: str, params: dict[str, list[str]]) -> SavedCall:
    """Bind the saved query ``name`` to the request's values; errors are one line each."""
    from kg.pages import paging, resolved
    from kg.query import reads_index, saved_query

    values = {}
    for key, found in params.items():
        if len(found) != 1:
            raise QueryError(f"give parameter {key!r} once")
        if key not in ROUTE_KEYS:
            values[key] = found[0]
    limit, offset, count = _whole(params, "limit"), _whole(params, "offset"), _flag(params, "count")
    saved = saved_query(name)
    text = saved.bind(values)
    page = None
    if limit is not None or offset or count or paging(saved).sort_in_kg:
        given = resolved(saved, values)  # the worker needs no entity dictionary
        page = {"name": name, "values": given, "limit": limit, "offset": offset or 0}
        page["count"] = count
    return SavedCall(text, reads_index(saved), page)


class _ReadOnly:
    """The worker's store as :class:`kg.query.Selecting`."""

    def __init__(self, store: ox.Store):
        self.store = store

    def select(self, query: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        return self.store.query(query, use_default_graph_as_union=True)


def answer_in_worker(
    store: ox.Store, page: dict[str, Any], cap: int
) -> tuple[list[str], list[list[Any]], dict[str, Any]]:
    """The page's rows (at most ``cap``) and what the response headers say about them."""
    from kg.pages import answer_page
    from kg.query import saved_query

    limit = page["limit"]
    asked = cap + 1 if limit is None or limit > cap else limit  # one more: was it cut?
    found = answer_page(
        _ReadOnly(store),
        saved_query(page["name"]),
        page["values"],
        limit=asked,
        offset=page["offset"],
        count=page["count"],
    )
    rows = found.rows[:cap]
    header = {"rows": len(rows), "truncated": len(found.rows) > cap, "offset": found.offset}
    if found.total is not None:
        header["total"] = found.total
    return found.variables, rows, header
