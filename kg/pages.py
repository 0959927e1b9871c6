"""A saved query's answer a page at a time, with the count of its rows.

Oxigraph evaluates ``ORDER BY ... LIMIT`` by sorting the whole answer, then skipping (no
top-k), so a page of a 10,000-row answer written as ``LIMIT`` costs nearly the whole answer.
Two header lines of a saved query (as ``kg/queries/events-between.rq`` has them) let kg do
better:

* ``# sort: kg``: kg evaluates the query without its closing ``ORDER BY`` (variables, each
  ascending or in ``DESC()``) and sorts the decoded rows itself (:mod:`kg.ordering`), then by
  every other column, so that the order is total;
* ``# page: COLUMN FROM TO``: the rows are ordered by ``?COLUMN`` (days) first, and the
  parameters ``FROM`` and ``TO`` bound it, both inclusive. A page is then found by counting
  the rows of each day (an aggregate that decodes no label), and only the page's days are
  evaluated and decoded, with ``FROM`` and ``TO`` narrowed to them;
* ``# count: dyad A B`` (with a ``# page:`` line): the rows of each day are what the index
  graph's day rows of the dyad of the entity parameters ``A`` and ``B`` give
  (:func:`kg.index.days.dyad_day_rows`), so the days are counted from a few counter literals
  instead of the query's rows; where those cannot tell, the rows are counted.

Any other saved query is paged by ``LIMIT``/``OFFSET`` in the query and counted with
``COUNT(*)``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import islice
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.ordering import Unsortable, column_keys, sort_rows, split_order
from kg.params import bind_values
from kg.query import SavedQuery, Selecting, check_index, run

_LIMIT = re.compile(r"\b(LIMIT|OFFSET)\s+\d+\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Page:
    """Rows ``offset`` to ``offset + len(rows)`` of an answer; ``total`` when counted."""

    variables: list[str]
    rows: list[list[Any]]
    offset: int = 0
    total: int | None = None


@dataclass(frozen=True)
class Paging:
    """How a saved query is sorted and paged, from its header lines."""

    sort_in_kg: bool = False
    day_column: str | None = None
    first: str | None = None
    last: str | None = None
    pair: tuple[str, str] | None = None


def paging(saved: SavedQuery) -> Paging:
    """The ``# sort:``, ``# page:`` and ``# count:`` lines of a saved query's header.

    >>> from kg.query import saved_query
    >>> paging(saved_query("events-between"))
    Paging(sort_in_kg=True, day_column='date', first='from', last='to', pair=('a', 'b'))
    """
    sort, page, pair = False, None, None
    names = {p.name for p in saved.params}
    for line in saved.text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        body = stripped.lstrip("#").strip()
        if body.lower() == "sort: kg":
            sort = True
        elif body.lower().startswith("page:"):
            page = body[len("page:") :].split()
            if len(page) != 3 or not {page[1], page[2]} <= names:
                raise QueryError(
                    f"saved query {saved.name!r}: '# page: COLUMN FROM TO' names "
                    "a column and two of its parameters"
                )
        elif body.lower().startswith("count:"):
            counted = body[len("count:") :].split()
            if len(counted) != 3 or counted[0] != "dyad" or not set(counted[1:]) <= names:
                raise QueryError(
                    f"saved query {saved.name!r}: '# count: dyad A B' names two of its parameters"
                )
            pair = (counted[1], counted[2])
    if page is None:
        return Paging(sort_in_kg=sort)
    return Paging(sort, page[0], page[1], page[2], pair)


def resolved(saved: SavedQuery, values: Mapping[str, str]) -> dict[str, str]:
    """The values with each entity name replaced by its IRI, so that binding the query
    again (once per window of a page) needs no name lookup; unknown names are errors here.

    >>> from kg.query import saved_query
    >>> resolved(saved_query("events-between"), {"a": "Azerbaijan", "b": "iran"})["a"]
    '<https://w3id.org/caucasus-kg/id/entity/azerbaijan>'
    """
    bound = bind_values(saved.params, values, origin=f"saved query {saved.name!r}")
    kinds = {p.name: p.type for p in saved.params}
    return {
        name: f"<{bound[name]}>" if kinds[name] in ("entity", "iri", "class") else value
        for name, value in values.items()
    }


def _solutions(store: Selecting, text: str) -> tuple[list[str], list[list[Any]]]:
    result = run(store, text)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("paging needs a SELECT query")
    return [v.value for v in result.variables], [list(solution) for solution in result]


def _answer(store: Selecting, text: str, sort_in_kg: bool) -> tuple[list[str], list[list[Any]]]:
    """Every row of ``text``, sorted by kg when asked and possible, else by the engine."""
    split = split_order(text) if sort_in_kg else None
    if split is not None:
        names, rows = _solutions(store, split[0])
        try:
            columns = [names.index(n) for n, _ in split[1]]
            falling = [names.index(n) for n, descending in split[1] if descending]
            return names, sort_rows(rows, columns, descending=falling)
        except (Unsortable, ValueError):
            pass
    return _solutions(store, text)


def _without_order(text: str) -> str:
    split = split_order(text)
    return split[0] if split is not None else text


def count_rows(store: Selecting, saved: SavedQuery, values: Mapping[str, str] | None = None) -> int:
    """How many rows the saved query answers, without decoding them (from the index's day
    rows when the query declares them and they can tell)."""
    text = saved.bind(values)
    check_index(store, saved)
    days = _counted_days(store, saved, values or {}, paging(saved))
    if days is not None:
        return sum(n for _, n in days)
    _, rows = _solutions(store, f"SELECT (COUNT(*) AS ?rows) WHERE {{ {_without_order(text)}\n}}")
    return int(rows[0][0].value)


def _counted_days(
    store: Selecting, saved: SavedQuery, values: Mapping[str, str], plan: Paging
) -> list[tuple[str, int]] | None:
    """The rows of each day (``YYYY-MM-DD``, in order) from the index graph's day rows of the
    declared pair (``# count: dyad A B``); ``None`` when the query declares none, its date
    range or pair is open, or the day rows cannot tell (:func:`kg.index.days.dyad_day_rows`)."""
    if plan.pair is None or plan.first is None or plan.last is None:
        return None
    from kg.index.days import dyad_day_rows

    bound = bind_values(saved.params, values, origin=f"saved query {saved.name!r}")
    low, high = bound[plan.first], bound[plan.last]
    a, b = bound[plan.pair[0]], bound[plan.pair[1]]
    if low is None or high is None or a is None or b is None:
        return None
    start, stop = dt.date.fromisoformat(str(low)), dt.date.fromisoformat(str(high))
    return dyad_day_rows(store, str(a), str(b), start, stop)


def _day_counts(store: Selecting, text: str, column: str) -> list[tuple[str, int]]:
    query = (
        f"SELECT ?{column} (COUNT(*) AS ?rows) WHERE {{ {_without_order(text)}\n}} "
        f"GROUP BY ?{column}"
    )
    _, rows = _solutions(store, query)
    keys = column_keys([row[0] for row in rows])
    if any(key[0] != 4 for key in keys):  # not every row has a plain xsd:date day
        raise Unsortable(f"?{column} is not a day in every row")
    return [(row[0].value, int(row[1].value)) for _, row in sorted(zip(keys, rows, strict=True))]


def answer_page(
    store: Selecting,
    saved: SavedQuery,
    values: Mapping[str, str] | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
    count: bool = False,
) -> Page:
    """Rows ``offset`` to ``offset + limit`` of a saved query's answer (all with no limit).

    ``count``: also the number of rows in the whole answer (free when the query declares a
    ``# page:`` line and a limit is given: the day counts give it).
    """
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError("--limit and --offset take whole numbers from 0")
    values = resolved(saved, values or {})
    text = saved.bind(values)
    check_index(store, saved)
    plan = paging(saved)
    if plan.day_column and (limit is not None or offset):
        try:
            return _page_by_days(store, saved, values, plan, limit, offset, count)
        except Unsortable:
            pass
    end = None if limit is None else offset + limit
    if (limit is None and not offset) or plan.sort_in_kg:
        names, rows = _answer(store, text, plan.sort_in_kg)
        return Page(names, rows[offset:end], offset, len(rows) if count else None)
    total = count_rows(store, saved, values) if count else None
    if _LIMIT.search(text):
        result = run(store, text)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("paging needs a SELECT query")
        names = [v.value for v in result.variables]
        rows = [[s[n] for n in names] for s in islice(result, offset, end)]
        return Page(names, rows, offset, total)
    tail = (f"\nLIMIT {limit}" if limit is not None else "") + f"\nOFFSET {offset}"
    names, rows = _solutions(store, text + tail)
    return Page(names, rows, offset, total)


def _page_by_days(
    store: Selecting,
    saved: SavedQuery,
    values: Mapping[str, str],
    plan: Paging,
    limit: int | None,
    offset: int,
    count: bool,
) -> Page:
    """Count rows per day over the range (from the index's day rows when declared; else all
    of it when counting, or the first year first, then the rest if the page lies beyond),
    then evaluate the page's days alone."""
    assert plan.day_column and plan.first and plan.last
    bound = bind_values(saved.params, values, origin=f"saved query {saved.name!r}")
    low, high = bound[plan.first], bound[plan.last]
    if low is None or high is None:
        raise Unsortable("an open date range")
    start, stop = dt.date.fromisoformat(str(low)), dt.date.fromisoformat(str(high))
    end = None if limit is None else offset + limit
    days = _counted_days(store, saved, values, plan)
    total: int | None = None
    if days is not None:
        total = sum(n for _, n in days)
    else:
        days = []
        for first, last in [(start, stop)] if count or end is None else _windows(start, stop):
            window = {**values, plan.first: first.isoformat(), plan.last: last.isoformat()}
            days += _day_counts(store, saved.bind(window), plan.day_column)
            if end is not None and not count and sum(n for _, n in days) >= end:
                break
        else:  # every day of the range counted
            total = sum(n for _, n in days)
    before, first_day, last_day, seen = 0, None, None, 0
    for day, n in days:
        if seen + n <= offset:
            before = seen + n
        elif end is None or seen < end:
            if first_day is None:
                first_day = day
            last_day = day
        seen += n
    if first_day is None or last_day is None:
        names = [v.value for v in _variables(store, saved.bind(values))]
        return Page(names, [], offset, total)
    narrowed = {**values, plan.first: first_day, plan.last: last_day}
    names, rows = _answer(store, saved.bind(narrowed), plan.sort_in_kg)
    stop_row = None if end is None else end - before
    return Page(names, rows[offset - before : stop_row], offset, total)


def _windows(start: dt.date, stop: dt.date) -> list[tuple[dt.date, dt.date]]:
    """``start`` to ``stop`` cut in two: the first year, then the rest (each window is one
    query, which reads the few hundred event kinds again: more windows cost small answers).

    >>> [(a.isoformat(), b.isoformat()) for a, b in _windows(dt.date(2015, 3, 1),
    ...                                                       dt.date(2018, 6, 30))]
    [('2015-03-01', '2015-12-31'), ('2016-01-01', '2018-06-30')]
    >>> len(_windows(dt.date(2015, 3, 1), dt.date(2015, 6, 30)))
    1
    """
    first_end = min(dt.date(start.year, 12, 31), stop)
    windows = [(start, first_end)]
    if first_end < stop:
        windows.append((first_end + dt.timedelta(days=1), stop))
    return windows


def _variables(store: Selecting, text: str) -> list[ox.Variable]:
    result = run(store, _without_order(text) + "\nLIMIT 0")
    return list(result.variables) if isinstance(result, ox.QuerySolutions) else []
