"""How two actors relate over time: every event between them, and a cooperation trend.

* :func:`relations`: one :class:`RelationRow` per event that involves both ``a`` and ``b``
  (as actor, target or participant), oldest first (undated events last), with the direction
  (``a→b`` when ``a`` acted on ``b``, ``b→a``, else ``joint``), Goldstein value, status, label,
  sources and quotes;
* :func:`trend`: per quarter, the number of events, their mean Goldstein value and a rolling
  mean over the last ``window`` quarters (weighted by events). Only events that occurred and
  are dated count: planned, denied and hypothetical events are shown but not averaged.
* :func:`write_table`, :func:`write_csv`, :func:`write_json`: the rows as text;
* the page, a time axis drawn as inline SVG, is :func:`kg.views.timeline.timeline_page`.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import dataclass
from typing import IO, Any

from kg.errors import QueryError
from kg.store import Store
from kg.views.data import EventFacts, Quote, ViewFilter, entity_info, entity_iri, load_events

DIRECTIONS = ("a→b", "b→a", "joint")
COLUMNS = ["date", "type", "direction", "goldstein", "status", "label", "source_url", "quote"]


@dataclass(frozen=True)
class RelationRow:
    """One event between the two actors."""

    date: str
    type: str
    direction: str
    goldstein: float
    status: str
    label: str
    quotes: tuple[Quote, ...]
    event: str

    @property
    def source_url(self) -> str:
        return next((q.url for q in self.quotes if q.url), "")

    @property
    def quote(self) -> str:
        return self.quotes[0].text if self.quotes else ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "type": self.type,
            "direction": self.direction,
            "goldstein": self.goldstein,
            "status": self.status,
            "label": self.label,
            "source_url": self.source_url,
            "quote": self.quote,
            "event": self.event,
            "sources": [
                {"url": q.url, "outlet": q.outlet, "issued": q.issued, "quote": q.text}
                for q in self.quotes
            ],
        }


@dataclass(frozen=True)
class Relations:
    """The rows with the two actors' IRIs and labels."""

    a: str
    b: str
    a_label: str
    b_label: str
    rows: list[RelationRow]

    def direction_text(self, direction: str) -> str:
        return {
            "a→b": f"{self.a_label} → {self.b_label}",
            "b→a": f"{self.b_label} → {self.a_label}",
        }.get(direction, "joint")


def _direction(event: EventFacts, a: str, b: str) -> str:
    if a in event.actors and b in event.targets and b not in event.actors:
        return "a→b"
    if b in event.actors and a in event.targets and a not in event.actors:
        return "b→a"
    return "joint"


def relations(
    store: Store, a: str, b: str, *, flt: ViewFilter | None = None, lang: str = "en"
) -> Relations:
    """Every event that involves both actors (names in any language, slugs, IDs or IRIs)."""
    first, second = entity_iri(store, a), entity_iri(store, b)
    if first == second:
        raise QueryError(f"{a!r} and {b!r} are the same entity")
    info = entity_info(store, [first, second], lang=lang)
    rows = []
    for event in load_events(store, flt).values():
        if not {first, second} <= event.involved:
            continue
        quotes = tuple(sorted(event.quotes, key=lambda q: (q.issued, q.url, q.text)))
        rows.append(
            RelationRow(
                date=event.earliest or event.date,
                type=event.type,
                direction=_direction(event, first, second),
                goldstein=event.goldstein,
                status=event.status,
                label=event.label,
                quotes=quotes,
                event=event.iri,
            )
        )
    rows.sort(key=lambda r: (r.date == "", r.date, r.label, r.event))
    return Relations(first, second, info[first].label, info[second].label, rows)


@dataclass(frozen=True)
class TrendPoint:
    """One quarter: events that occurred in it, their mean, and the rolling mean."""

    quarter: str
    start: str
    count: int
    mean: float | None
    rolling_mean: float | None
    rolling_count: int = 0


def quarter_of(date: str) -> tuple[int, int]:
    """``(year, quarter)`` of an ISO date.

    >>> quarter_of("2023-05-05")
    (2023, 2)
    """
    day = dt.date.fromisoformat(date[:10])
    return day.year, (day.month - 1) // 3 + 1


def trend(rows: list[RelationRow], *, window: int = 4) -> list[TrendPoint]:
    """Per quarter from the first to the last dated event that occurred, with a rolling mean
    of the Goldstein values over the last ``window`` quarters (``None`` when they hold none).
    """
    if window < 1:
        raise QueryError("the rolling window must be at least one quarter")
    counted = [r for r in rows if r.date and r.status == "Occurred"]
    if not counted:
        return []
    sums: dict[tuple[int, int], list[float]] = {}
    for row in counted:
        sums.setdefault(quarter_of(row.date), []).append(row.goldstein)
    year, q = min(sums)
    last = max(sums)
    quarters = []
    while (year, q) <= last:
        quarters.append((year, q))
        year, q = (year, q + 1) if q < 4 else (year + 1, 1)
    points = []
    for i, key in enumerate(quarters):
        values = sums.get(key, [])
        recent = [g for k in quarters[max(0, i - window + 1) : i + 1] for g in sums.get(k, [])]
        points.append(
            TrendPoint(
                quarter=f"{key[0]}-Q{key[1]}",
                start=dt.date(key[0], 3 * key[1] - 2, 1).isoformat(),
                count=len(values),
                mean=round(sum(values) / len(values), 2) if values else None,
                rolling_mean=round(sum(recent) / len(recent), 2) if recent else None,
                rolling_count=len(recent),
            )
        )
    return points


def write_table(rel: Relations, handle: IO[str], *, width: int = 70) -> None:
    """A plain-text table, one line per event."""

    def cell(text: str, size: int) -> str:
        flat = " ".join(text.split())
        return flat if len(flat) <= size else flat[: size - 1] + "…"

    header = ["date", "type", "direction", "goldstein", "status", "label / source"]
    body = [
        [
            r.date or "undated",
            r.type,
            rel.direction_text(r.direction),
            f"{r.goldstein:+.1f}",
            r.status,
            cell(r.label, width) + (f"\n{cell(r.source_url, width)}" if r.source_url else ""),
        ]
        for r in rel.rows
    ]
    widths = [
        max([len(h)] + [len(line) for row in body for line in row[i].split("\n")])
        for i, h in enumerate(header)
    ]
    handle.write("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
    handle.write("\n" + "  ".join("-" * w for w in widths) + "\n")
    for row in body:
        first, *more = row[-1].split("\n")
        cells = [*row[:-1], first]
        handle.write("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())
        handle.write("\n")
        for line in more:
            handle.write(" " * (sum(widths[:-1]) + 2 * (len(widths) - 1)) + line + "\n")
    handle.write(f"({len(rel.rows)} event{'s' if len(rel.rows) != 1 else ''})\n")


def cell(text: str) -> str:
    """Text a spreadsheet will not run as a formula (a leading ``= + - @`` gets a ``'``).

    >>> cell("=HYPERLINK(1)"), cell("Iran")
    ("'=HYPERLINK(1)", 'Iran')
    """
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_csv(rel: Relations, handle: IO[str]) -> None:
    """CSV with a header row: :data:`COLUMNS` plus the event IRI; texts from articles are
    kept from being read as spreadsheet formulas (:func:`cell`)."""
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow([*COLUMNS, "event"])
    for r in rel.rows:
        writer.writerow(
            [
                r.date,
                r.type,
                cell(rel.direction_text(r.direction)),
                f"{r.goldstein:g}",
                r.status,
                cell(r.label),
                cell(r.source_url),
                cell(r.quote),
                r.event,
            ]
        )


def write_json(rel: Relations, handle: IO[str], *, window: int = 4) -> None:
    """JSON: the two actors, the rows and the quarterly trend."""
    data = {
        "a": {"iri": rel.a, "label": rel.a_label},
        "b": {"iri": rel.b, "label": rel.b_label},
        "events": [
            {**r.as_dict(), "direction_label": rel.direction_text(r.direction)} for r in rel.rows
        ],
        "trend": [p.__dict__ for p in trend(rel.rows, window=window)],
    }
    json.dump(data, handle, ensure_ascii=False, indent=2)
    handle.write("\n")
