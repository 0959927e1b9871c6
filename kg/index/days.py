"""The rows of each day that a dyad's start-year node keeps, and reading them for a page.

``events-between`` answers, for each event of a pair's dyad with an earliest date in the
range, one row per kind of the event whose class is an event class, when the event has a
label (:mod:`kg.index.answers`). Counting those rows for a page walked every event of the
range (10,000 for the top pair at 1M). Each start-year node (``id/dyad/{a}--{b}/start/{year}``)
therefore keeps ``ckg:dayRows``: for each earliest date of that year that its events have, the
rows they give, as one literal ``"2015-01-03=4 2015-01-05=2"`` (dates in text order), on the
assumption that every kind's class is an event class. A page reads the literals of the range's
years (six for 2015-2020) instead of the events, after checking that assumption on the few
hundred kinds (:func:`dyad_day_rows`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from kg.namespaces import CKG, INDEX_GRAPH, RDFS

DayRows = dict[str, int]


def start_year(text: str) -> int | None:
    """The year of an earliest date's text, as SPARQL's ``YEAR`` reads an ``xsd:date``.

    Text that is not a date of years 1-9999 (with or without a time zone) has none.

    >>> start_year("2015-05-01"), start_year("2015-05-01Z"), start_year("2015-02-30")
    (2015, 2015, None)
    """
    try:
        day = dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
    zone = text[10:]
    if len(text) < 10 or not (zone in ("", "Z") or _ZONE.fullmatch(zone)):
        return None
    return day.year


_ZONE = re.compile(r"[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00)")


def event_days(starts: Iterable[str], year: int, rows: int) -> DayRows:
    """The rows one event gives on each of its earliest dates of ``year`` (none for 0 rows).

    >>> event_days(["2015-05-01", "2016-01-01", "2015-05-02Z"], 2015, 2)
    {'2015-05-01': 2, '2015-05-02Z': 2}
    """
    if not rows:
        return {}
    return {start: rows for start in sorted(starts) if start_year(start) == year}


def add_days(total: DayRows | None, part: DayRows | None, sign: int = 1) -> DayRows | None:
    """``total`` with ``part`` added (or taken away); days left at zero go. ``total`` is
    changed in place (a start-year node of a popular pair sums thousands of events' days);
    ``part`` never.

    >>> add_days({"2015-05-01": 2}, {"2015-05-01": 2, "2015-06-01": 1}, -1)
    {'2015-06-01': -1}
    """
    if not part:
        return total
    found = total if total is not None else {}
    for day, rows in part.items():
        left = found.get(day, 0) + sign * rows
        if left:
            found[day] = left
        else:
            del found[day]
    return found


def day_rows_text(days: DayRows | None) -> str:
    """The literal's text: ``DAY=ROWS`` in the days' text order, space-separated.

    >>> day_rows_text({"2015-06-01": 1, "2015-05-01": 4}), day_rows_text(None)
    ('2015-05-01=4 2015-06-01=1', '')
    """
    return " ".join(f"{day}={rows}" for day, rows in sorted((days or {}).items()))


def parse_day_rows(text: str) -> DayRows:
    """The days and rows of a ``ckg:dayRows`` literal.

    >>> parse_day_rows("2015-05-01=4 2015-06-01=1")
    {'2015-05-01': 4, '2015-06-01': 1}
    """
    found: DayRows = {}
    for part in text.split():
        day, _, rows = part.rpartition("=")
        found[day] = int(rows)
    return found


_INDEX = f"<{INDEX_GRAPH}>"
# a kind that would give other than one row per link: a class that is no event class (the
# kinds' classes less the event classes, as events-between lists them), or more than one
# class, Goldstein value or status (kind IRIs are names: two kinds could share one). Written
# so (0.7 ms at 100k, load 12) rather than NOT EXISTS per kind (6-11 ms)
_KINDS_NOT_ONE_ROW = f"""ASK {{
  {{ {{ SELECT DISTINCT ?c WHERE {{ GRAPH {_INDEX} {{ ?k <{CKG.kindClass}> ?c }} }} }}
    MINUS {{ SELECT ?c WHERE {{ ?c <{RDFS.subClassOf}>* <{CKG.Event}> }} }} }}
  UNION {{ SELECT ?k WHERE {{
      VALUES ?p {{ <{CKG.kindClass}> <{CKG.kindGoldstein}> <{CKG.kindStatus}> }}
      GRAPH {_INDEX} {{ ?k ?p ?o }} }} GROUP BY ?k ?p HAVING(COUNT(*) > 1) }}
}}"""
_PLAIN_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def dyad_day_rows(
    store: object, a: str, b: str, first: dt.date, last: dt.date
) -> list[tuple[str, int]] | None:
    """The rows ``events-between`` gives on each day from ``first`` to ``last`` (both
    included) for the entities ``a`` and ``b`` (IRIs), in order, read from the day rows of
    their dyad's start-year nodes; days without rows left out.

    ``None`` when the counters cannot tell: some kind would not give one row per event (see
    ``_KINDS_NOT_ONE_ROW``), or some day of the years read is not a plain ``YYYY-MM-DD``
    (a date with a time zone compares with the range as Oxigraph decides).
    """
    if _ask(store, _KINDS_NOT_ONE_ROW):
        return None
    if a == b:
        return []
    query = (
        f"SELECT ?days WHERE {{ ?dyad <{CKG.member}> <{a}>, <{b}> . "
        f"GRAPH {_INDEX} {{ ?start <{CKG.dyadOf}> ?dyad ; <{CKG.startYear}> ?year ; "
        f"<{CKG.dayRows}> ?days }} FILTER(?year >= {first.year} && ?year <= {last.year}) }}"
    )
    low, high = first.isoformat(), last.isoformat()
    found: DayRows = {}
    for row in store.select(query):  # type: ignore[attr-defined]
        for day, rows in parse_day_rows(row["days"].value).items():
            if not _is_day(day):
                return None
            if low <= day <= high:
                found[day] = found.get(day, 0) + rows
    return sorted(found.items())


def _is_day(text: str) -> bool:
    if not _PLAIN_DAY.fullmatch(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _ask(store: object, query: str) -> bool:
    return bool(store.select(query))  # type: ignore[attr-defined]
