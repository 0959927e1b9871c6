"""Relation timelines: the rows, the quarterly trend, the text formats and the page."""

from __future__ import annotations

import csv
import io
import json

from selenium.webdriver.common.by import By

from kg.views.data import Quote
from kg.views.relations import (
    RelationRow,
    Relations,
    relations,
    trend,
    write_csv,
    write_json,
    write_table,
)
from kg.views.timeline import timeline_page

XSS_QUOTE = '<img src=x onerror="window.__xss=3">'
XSS_LABEL = "</script><script>window.__xss=6</script>"


def test_azerbaijan_iran_rows_are_ordered_and_go_both_ways(demo_store):
    rel = relations(demo_store, "Azərbaycan", "Iran")
    assert (rel.a_label, rel.b_label) == ("Azerbaijan", "Iran")
    assert len(rel.rows) >= 8
    values = [r.goldstein for r in rel.rows]
    assert min(values) < 0 < max(values)
    dated = [r.date for r in rel.rows if r.date]
    assert dated == sorted(dated)
    assert all(r.date for r in rel.rows[: len(dated)])  # undated events come last
    assert {r.direction for r in rel.rows} <= {"a→b", "b→a", "joint"}
    assert all(r.quote and r.source_url.startswith("http") for r in rel.rows)
    swapped = relations(demo_store, "Iran", "Azerbaijan")
    flip = {"a→b": "b→a", "b→a": "a→b", "joint": "joint"}
    assert sorted((r.event, flip[r.direction]) for r in swapped.rows) == sorted(
        (r.event, r.direction) for r in rel.rows
    )


def row(date: str, goldstein: float, status: str = "Occurred") -> RelationRow:
    return RelationRow(date, "Meeting", "joint", goldstein, status, f"event {date}", (), date)


def test_trend_is_a_rolling_mean_per_quarter_of_events_that_occurred():
    rows = [
        row("2020-01-05", 8),
        row("2020-02-01", 4),
        row("2020-05-01", -6),
        row("2020-06-01", 5, "Planned"),  # shown, not averaged
        row("2021-03-01", -2),
        row("", 9),  # undated: not averaged
    ]
    points = trend(rows, window=2)
    assert [p.quarter for p in points] == [
        "2020-Q1",
        "2020-Q2",
        "2020-Q3",
        "2020-Q4",
        "2021-Q1",
    ]
    assert [p.count for p in points] == [2, 1, 0, 0, 1]
    assert [p.mean for p in points] == [6.0, -6.0, None, None, -2.0]
    assert [p.rolling_mean for p in points] == [6.0, 2.0, -6.0, None, -2.0]
    assert [p.rolling_count for p in points] == [2, 3, 1, 0, 1]


def test_text_formats(demo_store):
    rel = relations(demo_store, "azerbaijan", "iran")
    table = io.StringIO()
    write_table(rel, table)
    assert table.getvalue().splitlines()[0].split()[:3] == ["date", "type", "direction"]
    assert f"({len(rel.rows)} events)" in table.getvalue()
    text = io.StringIO()
    write_csv(rel, text)
    parsed = list(csv.DictReader(io.StringIO(text.getvalue())))
    assert len(parsed) == len(rel.rows)
    assert parsed[0]["quote"] == rel.rows[0].quote
    assert {p["direction"] for p in parsed} <= {"Azerbaijan → Iran", "Iran → Azerbaijan", "joint"}
    out = io.StringIO()
    write_json(rel, out)
    data = json.loads(out.getvalue())
    assert data["a"]["label"] == "Azerbaijan" and len(data["events"]) == len(rel.rows)
    assert data["trend"] and {"quarter", "rolling_mean"} <= set(data["trend"][0])


def test_timeline_page_draws_every_dated_event_and_shows_quotes(view, demo_store):
    rel = relations(demo_store, "azerbaijan", "iran")
    view.open(timeline_page(rel))
    view.assert_clean()
    points = view.driver.find_elements(By.CSS_SELECTOR, "#chart .point")
    assert len(points) == sum(1 for r in rel.rows if r.date)
    assert view.driver.find_elements(By.CSS_SELECTOR, "#trend polyline, #trend line")
    # click the most conflictual point: its quote and source appear
    index = min((i for i, r in enumerate(rel.rows) if r.date), key=lambda i: rel.rows[i].goldstein)
    view.driver.find_element(By.CSS_SELECTOR, f'#chart .point[data-i="{index}"]').click()
    assert view.quotes() == [q.text for q in rel.rows[index].quotes]
    assert rel.rows[index].source_url in view.details()
    # a table row works too
    view.driver.find_element(By.CSS_SELECTOR, 'tbody tr[data-i="0"]').click()
    assert view.quotes() == [q.text for q in rel.rows[0].quotes]
    view.assert_clean()


def test_hostile_text_in_the_timeline_runs_nothing(view, xss_store):
    rel = relations(xss_store, "iran", "azerbaijan")
    assert len(rel.rows) == 1
    view.open(timeline_page(rel, title=XSS_LABEL))
    view.driver.find_element(By.CSS_SELECTOR, '#chart .point[data-i="0"]').click()
    assert XSS_QUOTE in view.quotes()[0]
    assert XSS_LABEL in view.details()
    assert view.driver.find_element(By.TAG_NAME, "h1").text == XSS_LABEL
    assert XSS_LABEL in view.driver.find_element(By.CSS_SELECTOR, "tbody").text
    assert view.driver.find_elements(By.CSS_SELECTOR, "img, #details a, tbody a") == []
    view.assert_clean()


def test_hostile_text_stays_text_in_every_format():
    quote = Quote(XSS_QUOTE + ' href="javascript:x"', "https://example.org/a", "<b>Wire</b>")
    formula = Quote('=HYPERLINK("http://evil")', "https://example.org/b")
    rel = Relations(
        "urn:a",
        "urn:b",
        "<A>",
        "B</script>",
        [
            RelationRow("2024-01-01", "Attack", "a→b", -9, "Occurred", XSS_LABEL, (quote,), "e1"),
            RelationRow("2024-02-01", "Aid", "b→a", 7, "Occurred", "+1", (formula,), "e2"),
        ],
    )
    page = timeline_page(rel)
    assert "<script>window" not in page and "<img" not in page and "B</script>" not in page
    out = io.StringIO()
    write_csv(rel, out)
    parsed = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert parsed[0]["quote"].startswith(XSS_QUOTE) and parsed[0]["label"] == XSS_LABEL
    assert parsed[1]["quote"].startswith("'=") and parsed[1]["label"] == "'+1"
    assert parsed[1]["goldstein"] == "7" and parsed[0]["goldstein"] == "-9"
