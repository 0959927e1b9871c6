"""How two actors relate over time: every event between them, and a cooperation trend.

* :func:`relations`: one :class:`RelationRow` per event that involves both ``a`` and ``b``
  (as actor, target or participant), oldest first (undated events last), with the direction
  (``a→b`` when ``a`` acted on ``b``, ``b→a``, else ``joint``), Goldstein value, status, label,
  sources and quotes;
* :func:`trend`: per quarter, the number of events, their mean Goldstein value and a rolling
  mean over the last ``window`` quarters (weighted by events). Only events that occurred and
  are dated count: planned, denied and hypothetical events are shown but not averaged.
* :func:`write_table`, :func:`write_csv`, :func:`write_json`: the rows as text;
* :func:`timeline_page`: one self-contained HTML page, a time axis drawn as inline SVG
  (points coloured by Goldstein, the rolling trend as a line), quotes and sources on click.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
from dataclasses import dataclass
from typing import IO, Any

from kg.errors import QueryError
from kg.store import Store
from kg.views.data import EventFacts, Quote, ViewFilter, entity_info, entity_iri, load_events
from kg.views.html import goldstein_colour, script_json

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


# -- the page -----------------------------------------------------------------------------

WIDTH, HEIGHT = 1000, 380
LEFT, RIGHT, TOP, BOTTOM = 56, 20, 20, 40


def _day(date: str) -> float:
    return dt.date.fromisoformat(date[:10]).toordinal()


def summary(rel: Relations, points: list[TrendPoint]) -> str:
    """A sentence or two a reader can quote: counts, lowest and latest rolling mean."""
    dated = [r for r in rel.rows if r.date]
    coop = sum(1 for r in rel.rows if r.goldstein > 0)
    conf = sum(1 for r in rel.rows if r.goldstein < 0)
    text = f"{len(rel.rows)} events between {rel.a_label} and {rel.b_label}"
    if dated:
        text += f", {dated[0].date[:4]}–{dated[-1].date[:4]}"
    text += f": {coop} cooperative, {conf} conflictual."
    rolling = [p for p in points if p.rolling_mean is not None]
    # the low point of a single event says little: prefer windows holding two or more
    solid = [p for p in rolling if p.rolling_count >= 2] or rolling
    if rolling:
        low = min(solid, key=lambda p: (p.rolling_mean, p.quarter))
        latest = rolling[-1]
        text += (
            f" The yearly rolling mean of the Goldstein scale was lowest in {low.quarter} "
            f"({low.rolling_mean:+.1f}, {low.rolling_count} events) and stands at "
            f"{latest.rolling_mean:+.1f} in {latest.quarter} ({latest.rolling_count} events)."
        )
    return text


def _svg(rel: Relations, points: list[TrendPoint]) -> str:
    dated = [(i, r) for i, r in enumerate(rel.rows) if r.date]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    if dated:
        first = min(_day(r.date) for _i, r in dated)
        last = max(_day(r.date) for _i, r in dated)
        y0, y1 = dt.date.fromordinal(int(first)).year, dt.date.fromordinal(int(last)).year + 1
    else:
        y0 = y1 = dt.date.today().year
        y1 += 1
    lo, hi = dt.date(y0, 1, 1).toordinal(), dt.date(y1, 1, 1).toordinal()

    def x(date: str) -> float:
        return round(LEFT + (_day(date) - lo) / (hi - lo) * plot_w, 1)

    def y(value: float) -> float:
        return round(TOP + (10 - value) / 20 * plot_h, 1)

    parts = [
        f'<svg id="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="Events on a time axis by Goldstein value" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f'<rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{plot_h / 2}" fill="#eef7ee"/>',
        f'<rect x="{LEFT}" y="{TOP + plot_h / 2}" width="{plot_w}" height="{plot_h / 2}" '
        f'fill="#fbeeee"/>',
    ]
    for value in (-10, -5, 0, 5, 10):
        weight = "#888" if value == 0 else "#ddd"
        parts.append(
            f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{y(value)}" y2="{y(value)}" '
            f'stroke="{weight}"/>'
            f'<text x="{LEFT - 6}" y="{y(value) + 4}" text-anchor="end" class="tick">'
            f"{value:+d}</text>"
        )
    step = max(1, (y1 - y0) // 12)
    for year in range(y0, y1 + 1, step):
        px = x(f"{year}-01-01")
        parts.append(
            f'<line x1="{px}" x2="{px}" y1="{TOP}" y2="{TOP + plot_h}" stroke="#e4e4e4"/>'
            f'<text x="{px}" y="{TOP + plot_h + 16}" text-anchor="middle" class="tick">'
            f"{year}</text>"
        )
    parts.append(
        f'<text x="14" y="{TOP + plot_h / 2}" class="axis" '
        f'transform="rotate(-90 14 {TOP + plot_h / 2})" text-anchor="middle">'
        "conflict ← Goldstein → cooperation</text>"
    )
    segments: list[list[tuple[float, float]]] = [[]]
    for p in points:
        if p.rolling_mean is None:
            segments.append([])
        else:  # drawn at the middle of the quarter
            segments[-1].append((x(p.start) + plot_w * 45 / (hi - lo), y(p.rolling_mean)))
    parts.append('<g id="trend" fill="none" stroke="#333" stroke-width="2.5" opacity="0.75">')
    for segment in segments:
        if len(segment) == 1:
            (px, py) = segment[0]
            parts.append(f'<line x1="{px - 4:.1f}" x2="{px + 4:.1f}" y1="{py:.1f}" y2="{py:.1f}"/>')
        elif segment:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py in segment)
            parts.append(f'<polyline points="{path}" stroke-linejoin="round"/>')
    parts.append("</g>")
    seen: dict[tuple[float, float], int] = {}
    for index, row in dated:
        px, py = x(row.date), y(row.goldstein)
        stack = seen.get((px, py), 0)
        seen[(px, py)] = stack + 1
        py -= 9 * stack  # events on the same day and value stack upwards
        colour = goldstein_colour(row.goldstein)
        fill = colour if row.status == "Occurred" else "#ffffff"
        tip = html.escape(f"{row.date} · {row.type} · {row.goldstein:+.1f} · {row.label}")
        if row.direction == "joint":
            shape = f'<circle cx="{px}" cy="{py}" r="6.5"'
        else:
            dy = -7 if row.direction == "a→b" else 7
            shape = (
                f'<polygon points="{px - 7},{py - dy / 2} {px + 7},{py - dy / 2} {px},{py + dy}"'
            )
        parts.append(
            f'<g class="point" data-i="{index}" tabindex="0" role="button">'
            f'{shape} fill="{fill}" stroke="{colour}" stroke-width="2"/>'
            f"<title>{tip}</title></g>"
        )
    parts.append("</svg>")
    return "".join(parts)


TIMELINE_PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
 content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{title}</title>
<style>
 body {{ font-family: system-ui, sans-serif; margin: 16px 24px; color: #222; }}
 h1 {{ font-size: 21px; margin: 0 0 6px; }}
 .summary {{ font-size: 15px; max-width: 1000px; }}
 .note {{ color: #555; font-size: 13px; }}
 main {{ display: flex; gap: 20px; align-items: flex-start; }}
 #chart {{ width: 1000px; max-width: 100%; height: auto; }}
 #chart .tick {{ font-size: 11px; fill: #555; }}
 #chart .axis {{ font-size: 12px; fill: #444; }}
 #chart .point {{ cursor: pointer; }}
 #chart .point:hover *, #chart .point:focus *, #chart .point.selected * {{ stroke: #000; }}
 aside {{ width: 340px; font-size: 14px; }}
 blockquote {{ margin: 6px 0; padding-left: 8px; border-left: 3px solid #bbb; }}
 table {{ border-collapse: collapse; font-size: 13px; margin-top: 14px; max-width: 1360px; }}
 td, th {{ border-bottom: 1px solid #e4e4e4; padding: 3px 6px; text-align: left;
          vertical-align: top; }}
 tbody tr {{ cursor: pointer; }}
 tbody tr:hover {{ background: #f4f4f4; }}
 td:first-child, td:nth-child(3) {{ white-space: nowrap; }}
 td:last-child {{ max-width: 380px; overflow-wrap: anywhere; color: #555; }}
 .g {{ display: inline-block; min-width: 38px; text-align: right; font-weight: 600; }}
 .legend span {{ margin-right: 14px; }}
</style>
</head>
<body>
<h1>{title}</h1>
<p class="summary">{summary}</p>
<p class="note legend"><span>● joint</span><span>▲ {a_to_b}</span><span>▼ {b_to_a}</span>
<span>filled: occurred; hollow: planned, denied or hypothetical</span>
<span>line: mean over the last {window} quarters (events that occurred)</span></p>
<main>
<div>{svg}
<p class="note">{undated}</p>
</div>
<aside>
<h2 style="font-size:16px;margin-top:0">Details</h2>
<div id="details" class="note">Click a point or a row to see the event, its quote and its
source.</div>
</aside>
</main>
<table>
<thead><tr><th>date</th><th>type</th><th>direction</th><th>Goldstein</th><th>status</th>
<th>event</th><th>source</th></tr></thead>
<tbody>{table}</tbody>
</table>
<script>
"use strict";
const DATA = {data};
const details = document.getElementById("details");
function show(index) {{
  const row = DATA.rows[index];
  details.replaceChildren();
  const head = document.createElement("strong");
  head.textContent = row.label;
  details.appendChild(head);
  for (const line of [row.date + " · " + row.type + " · " + row.status,
                      "Goldstein " + row.goldstein + " · " + row.direction]) {{
    const div = document.createElement("div");
    div.textContent = line;
    details.appendChild(div);
  }}
  for (const s of row.sources) {{
    const quote = document.createElement("blockquote");
    quote.className = "quote";
    quote.textContent = s.quote;
    details.appendChild(quote);
    const src = document.createElement("div");
    src.className = "source note";
    src.textContent = [s.outlet, s.issued, s.url].filter(Boolean).join(" · ");
    details.appendChild(src);
  }}
  for (const el of document.querySelectorAll(".selected")) {{ el.classList.remove("selected"); }}
  for (const el of document.querySelectorAll('[data-i="' + Number(index) + '"]')) {{
    el.classList.add("selected");
  }}
}}
for (const el of document.querySelectorAll("[data-i]")) {{
  el.addEventListener("click", () => show(Number(el.dataset.i)));
  el.addEventListener("keydown", (e) => {{ if (e.key === "Enter") show(Number(el.dataset.i)); }});
}}
document.body.dataset.drawn = "1";
document.body.dataset.ready = "1";
</script>
</body>
</html>
"""


def timeline_page(
    rel: Relations, *, title: str | None = None, window: int = 4, lang: str = "en"
) -> str:
    """The relation timeline as one self-contained page (no network, no external library)."""
    points = trend(rel.rows, window=window)
    table = []
    for index, r in enumerate(rel.rows):
        colour = goldstein_colour(r.goldstein)
        table.append(
            f'<tr data-i="{index}"><td>{html.escape(r.date or "undated")}</td>'
            f"<td>{html.escape(r.type)}</td>"
            f"<td>{html.escape(rel.direction_text(r.direction))}</td>"
            f'<td><span class="g" style="color:{colour}">{r.goldstein:+.1f}</span></td>'
            f"<td>{html.escape(r.status)}</td><td>{html.escape(r.label)}</td>"
            f"<td>{html.escape(r.source_url)}</td></tr>"
        )
    undated = sum(1 for r in rel.rows if not r.date)
    data = {
        "rows": [{**r.as_dict(), "direction": rel.direction_text(r.direction)} for r in rel.rows],
        "trend": [p.__dict__ for p in points],
    }
    heading = title or f"{rel.a_label} and {rel.b_label}: events over time"
    return TIMELINE_PAGE.format(
        lang=html.escape(lang),
        title=html.escape(heading),
        summary=html.escape(summary(rel, points)),
        a_to_b=html.escape(f"{rel.a_label} acts on {rel.b_label}"),
        b_to_a=html.escape(f"{rel.b_label} acts on {rel.a_label}"),
        window=window,
        svg=_svg(rel, points),
        undated=(
            f"{undated} undated event{'s are' if undated != 1 else ' is'} listed in the "
            "table but not drawn."
            if undated
            else ""
        ),
        table="".join(table),
        data=script_json(data),
    )
