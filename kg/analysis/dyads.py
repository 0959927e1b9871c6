"""Cooperation and conflict between pairs of actors over time (Goldstein scores).

* :func:`dyad_trend`: for two entities, per year, quarter or month, the number of events that
  involve both, the sum and mean of their Goldstein values, how many were cooperative (> 0) and
  conflictual (< 0), and a rolling mean over the last ``window`` periods (weighted by events).
  Periods without events between the first and the last are included with a count of 0.
  An event belongs to the period of its ``ckg:earliestDate``; undated events are left out.
* :func:`partner_ranking`: for one entity, every partner over a date range, from the most
  cooperative (highest mean Goldstein) to the most conflictual, with the change against the
  previous period of the same length.

Counting and summing happen in SPARQL (``GROUP BY`` month, or partner).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from kg.analysis.sparql import (
    ROLES,
    DateLike,
    EventFilter,
    as_date,
    entity_ref,
    event_pattern,
    labels,
    node_id,
    solutions,
)
from kg.errors import QueryError
from kg.store import Store

PERIODS = ("year", "quarter", "month")


@dataclass(frozen=True)
class DyadPeriod:
    """Events between a pair in one period."""

    period: str
    count: int
    goldstein_sum: float
    goldstein_mean: float | None
    cooperative: int
    conflictual: int
    rolling_mean: float | None


@dataclass(frozen=True)
class PartnerScore:
    """How one partner relates to the focal actor in a period and the period before it."""

    slug: str
    label: str
    count: int
    goldstein_sum: float
    goldstein_mean: float
    previous_count: int
    previous_mean: float | None
    change: float | None


def period_key(year: int, month: int, period: str) -> str:
    """The label of the period holding a month.

    >>> period_key(2016, 8, "quarter"), period_key(2016, 8, "month"), period_key(2016, 8, "year")
    ('2016-Q3', '2016-08', '2016')
    """
    if period == "year":
        return f"{year:04d}"
    if period == "quarter":
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if period == "month":
        return f"{year:04d}-{month:02d}"
    raise QueryError(f"unknown period {period!r}; use one of {', '.join(PERIODS)}")


def _period_range(first: tuple[int, int], last: tuple[int, int], period: str) -> list[str]:
    keys: list[str] = []
    year, month = first
    while (year, month) <= last:
        key = period_key(year, month, period)
        if not keys or keys[-1] != key:
            keys.append(key)
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return keys


def dyad_trend(
    store: Store,
    a: str,
    b: str,
    *,
    period: str = "year",
    window: int = 3,
    flt: EventFilter | None = None,
) -> list[DyadPeriod]:
    """The cooperation–conflict series of the pair ``a``, ``b`` (slugs), oldest period first.

    >>> from kg.analysis.sample import sample_store
    >>> with sample_store() as store:
    ...     series = dyad_trend(store, "alpha", "bravo", window=2)
    >>> [(p.period, p.count, p.goldstein_sum, p.rolling_mean) for p in series]
    [('2015', 1, 1.0, 1.0), ('2016', 2, -1.0, 0.0)]
    """
    period_key(2000, 1, period)
    if window < 1:
        raise QueryError("window must be at least 1")
    a, b = node_id(a), node_id(b)
    if a == b:
        raise QueryError("a dyad needs two different entities")
    pattern = event_pattern(store, flt or EventFilter())
    query = f"""
SELECT ?y ?m (COUNT(?e) AS ?n) (SUM(?g) AS ?sum)
       (SUM(IF(?g > 0, 1, 0)) AS ?coop) (SUM(IF(?g < 0, 1, 0)) AS ?conf) WHERE {{
  {{ SELECT DISTINCT ?e ?g ?d WHERE {{
      {pattern}
      ?e {ROLES} {entity_ref(a)} .
      ?e {ROLES} {entity_ref(b)} .
      ?e ckg:goldstein ?g ; ckg:earliestDate ?d .
  }} }}
  BIND(YEAR(?d) AS ?y) BIND(MONTH(?d) AS ?m)
}} GROUP BY ?y ?m ORDER BY ?y ?m"""
    months: dict[tuple[int, int], tuple[int, float, int, int]] = {}
    for row in solutions(store, query):
        key = (int(row["y"].value), int(row["m"].value))
        months[key] = (
            int(row["n"].value),
            float(row["sum"].value),
            int(row["coop"].value),
            int(row["conf"].value),
        )
    if not months:
        return []
    totals: dict[str, list[float]] = {
        k: [0, 0.0, 0, 0] for k in _period_range(min(months), max(months), period)
    }
    for (year, month), values in months.items():
        bucket = totals[period_key(year, month, period)]
        for i, value in enumerate(values):
            bucket[i] += value
    series = []
    keys = list(totals)
    for i, label in enumerate(keys):
        count, total, coop, conf = totals[label]
        recent = [totals[k] for k in keys[max(0, i - window + 1) : i + 1]]
        recent_count = sum(r[0] for r in recent)
        series.append(
            DyadPeriod(
                period=label,
                count=int(count),
                goldstein_sum=round(total, 6),
                goldstein_mean=round(total / count, 6) if count else None,
                cooperative=int(coop),
                conflictual=int(conf),
                rolling_mean=(
                    round(sum(r[1] for r in recent) / recent_count, 6) if recent_count else None
                ),
            )
        )
    return series


def _partners(store: Store, a: str, flt: EventFilter) -> dict[str, tuple[int, float]]:
    pattern = event_pattern(store, flt)
    me = entity_ref(a)
    query = f"""
SELECT ?b (COUNT(?e) AS ?n) (SUM(?g) AS ?sum) WHERE {{
  {{ SELECT DISTINCT ?e ?b ?g WHERE {{
      {pattern}
      ?e {ROLES} {me} .
      ?e {ROLES} ?b .
      FILTER(?b != {me})
      ?e ckg:goldstein ?g .
  }} }}
}} GROUP BY ?b"""
    return {
        node_id(row["b"].value): (int(row["n"].value), float(row["sum"].value))
        for row in solutions(store, query)
    }


def previous_window(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The period of the same length that ends the day before ``start``.

    Whole calendar months shift by months (a year before a year); other spans by days.

    >>> previous_window(dt.date(2016, 1, 1), dt.date(2016, 12, 31))
    (datetime.date(2015, 1, 1), datetime.date(2015, 12, 31))
    >>> previous_window(dt.date(2024, 3, 10), dt.date(2024, 3, 19))
    (datetime.date(2024, 2, 29), datetime.date(2024, 3, 9))
    """
    last = start - dt.timedelta(days=1)
    if start.day == 1 and (end + dt.timedelta(days=1)).day == 1:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        index = start.year * 12 + start.month - 1 - months
        return dt.date(index // 12, index % 12 + 1, 1), last
    days = (end - start).days + 1
    return last - dt.timedelta(days=days - 1), last


def partner_ranking(
    store: Store,
    a: str,
    *,
    start: DateLike,
    end: DateLike,
    flt: EventFilter | None = None,
) -> list[PartnerScore]:
    """Partners of ``a`` from the most cooperative to the most conflictual in ``[start, end]``.

    ``change`` is the mean Goldstein value now minus the mean in the previous period of equal
    length (``None`` when the pair had no events then). ``flt`` adds type, confidence or
    status filters; its own dates are replaced by the two windows.

    >>> from kg.analysis.sample import sample_store
    >>> with sample_store() as store:
    ...     ranking = partner_ranking(store, "bravo", start="2016", end="2017")
    >>> [(p.slug, p.count, p.goldstein_mean, p.previous_mean, p.change) for p in ranking]
    [('alpha', 2, -0.5, 1.0, -1.5), ('charlie', 2, -9.5, None, None)]
    """
    first, last = as_date(start), as_date(end, end=True)
    if first is None or last is None:
        raise QueryError("a partner ranking needs a start and an end date")
    if last < first:
        raise QueryError(f"the period ends ({last}) before it starts ({first})")
    a = node_id(a)
    base = flt or EventFilter()
    now = _partners(store, a, dataclasses.replace(base, start=first, end=last))
    before_start, before_end = previous_window(first, last)
    before = _partners(store, a, dataclasses.replace(base, start=before_start, end=before_end))
    names = labels(store, now)
    ranking = []
    for slug, (count, total) in now.items():
        mean = total / count
        prev_count, prev_total = before.get(slug, (0, 0.0))
        prev_mean = prev_total / prev_count if prev_count else None
        ranking.append(
            PartnerScore(
                slug=slug,
                label=names.get(slug, slug),
                count=count,
                goldstein_sum=round(total, 6),
                goldstein_mean=round(mean, 6),
                previous_count=prev_count,
                previous_mean=round(prev_mean, 6) if prev_mean is not None else None,
                change=round(mean - prev_mean, 6) if prev_mean is not None else None,
            )
        )
    return sorted(ranking, key=lambda p: (-p.goldstein_mean, -p.count, p.slug))
