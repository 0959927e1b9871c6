"""Dyad series and partner rankings on the sample store."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.analysis.dyads import dyad_trend, partner_ranking, period_key, previous_window
from kg.analysis.sparql import EventFilter
from kg.errors import QueryError
from kg.store import EmbeddedStore


def test_yearly_series(sample: EmbeddedStore) -> None:
    series = dyad_trend(sample, "bravo", "alpha")
    assert [(p.period, p.count, p.goldstein_sum) for p in series] == [
        ("2015", 1, 1.0),
        ("2016", 2, -1.0),
    ]
    assert series[1].goldstein_mean == -0.5
    assert (series[1].cooperative, series[1].conflictual) == (1, 1)
    # Rolling mean over three years weighs events: (1 + 8 - 9) / 3.
    assert series[1].rolling_mean == 0.0


def test_quarters_fill_gaps(sample: EmbeddedStore) -> None:
    series = dyad_trend(sample, "alpha", "bravo", period="quarter", window=2)
    assert [p.period for p in series] == [
        "2015-Q1",
        "2015-Q2",
        "2015-Q3",
        "2015-Q4",
        "2016-Q1",
        "2016-Q2",
        "2016-Q3",
    ]
    counts = [p.count for p in series]
    assert counts == [1, 0, 0, 0, 0, 1, 1]
    assert series[1].goldstein_mean is None
    assert series[1].rolling_mean == 1.0  # 2015-Q1 still in the window
    assert series[2].rolling_mean is None  # two empty quarters
    assert series[6].rolling_mean == -0.5  # (8 - 9) / 2


def test_months(sample: EmbeddedStore) -> None:
    series = dyad_trend(sample, "bravo", "charlie", period="month")
    assert [(p.period, p.count, p.goldstein_sum) for p in series] == [("2017-01", 2, -19.0)]


def test_dyad_errors_and_empty(sample: EmbeddedStore) -> None:
    assert dyad_trend(sample, "alpha", "golf") == []
    assert dyad_trend(sample, "alpha", "echo") == []
    assert len(dyad_trend(sample, "alpha", "echo", flt=EventFilter(statuses=None))) == 1
    with pytest.raises(QueryError):
        dyad_trend(sample, "alpha", "bravo", period="week")
    with pytest.raises(QueryError):
        dyad_trend(sample, "alpha", "alpha")
    with pytest.raises(QueryError):
        period_key(2020, 1, "decade")


def test_partner_ranking_with_change(sample: EmbeddedStore) -> None:
    ranking = partner_ranking(sample, "bravo", start="2016-01-01", end="2017-12-31")
    assert [p.slug for p in ranking] == ["alpha", "charlie"]
    alpha, charlie = ranking
    assert (alpha.label, alpha.count, alpha.goldstein_mean) == ("Alpha", 2, -0.5)
    # Previous two years (2014-2015): only the 2015 meeting (+1).
    assert (alpha.previous_count, alpha.previous_mean, alpha.change) == (1, 1.0, -1.5)
    assert (charlie.goldstein_mean, charlie.previous_mean, charlie.change) == (-9.5, None, None)


def test_partner_ranking_orders_cooperative_first(sample: EmbeddedStore) -> None:
    ranking = partner_ranking(sample, "charlie", start="2010", end="2020")
    assert [(p.slug, p.goldstein_mean) for p in ranking] == [("delta", -2.0), ("bravo", -9.5)]
    with pytest.raises(QueryError):
        partner_ranking(sample, "charlie", start="2020", end="2010")


def test_previous_window() -> None:
    assert previous_window(dt.date(2024, 1, 1), dt.date(2024, 3, 31)) == (
        dt.date(2023, 10, 1),
        dt.date(2023, 12, 31),
    )
    assert previous_window(dt.date(2024, 1, 10), dt.date(2024, 1, 19)) == (
        dt.date(2023, 12, 31),
        dt.date(2024, 1, 9),
    )
