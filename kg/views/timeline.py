"""The relation timeline of two actors as one self-contained HTML page.

:func:`timeline_page` draws the rows of :func:`kg.views.relations.relations` on a time axis
as inline SVG (points coloured by Goldstein, the rolling trend of
:func:`kg.views.relations.trend` as a line), with a table below and quotes and sources on
click; :func:`summary` is the sentence or two above the chart.
"""

from __future__ import annotations

import datetime as dt
import html

from kg.views.html import PAGE_HEAD, QUOTE_JS, goldstein_colour, script_json
from kg.views.relations import Relations, TrendPoint, trend

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


TIMELINE_PAGE = (
    PAGE_HEAD
    + """<style>
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
{quote_js}
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
    appendQuote(details, s.quote, s.outlet, s.issued, s.url);
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
)


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
        quote_js=QUOTE_JS,
    )
