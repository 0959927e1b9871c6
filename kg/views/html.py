"""Render a graph as one self-contained HTML file.

Stock pyvis pages load Bootstrap and vis-network from CDNs and turn any tooltip containing
"href" into live HTML. Here the views build plain node and edge dictionaries and this module
writes them into a page of its own: vis-network inlined (from the pyvis package), data embedded
as escaped JSON (:func:`script_json`), every text shown through ``textContent`` or
vis-network's plain-text tooltips, and a Content-Security-Policy that blocks every request.
Facts are stored once by id (``DATA.facts.facts``); nodes and edges list the ids of theirs.
"""

from __future__ import annotations

import html
import json
from importlib import resources
from typing import Any

GROUPS: dict[str, tuple[str, str]] = {
    # group: (colour, vis-network shape); no red or green, which edges use for Goldstein values
    "Country": ("#1f77b4", "dot"),
    "DeFactoState": ("#9467bd", "dot"),
    "Place": ("#8c8c8c", "square"),
    "Organisation": ("#ff7f0e", "triangle"),
    "ArmedForces": ("#8c564b", "diamond"),
    "Person": ("#17becf", "star"),
    "Event": ("#bcbd22", "hexagon"),
    "Other": ("#e377c2", "ellipse"),
}
SYMBOLS = {
    "dot": "●",
    "square": "■",
    "triangle": "▲",
    "diamond": "◆",
    "star": "★",
    "hexagon": "⬢",
    "ellipse": "⬬",
}


def _vis_asset(name: str) -> str:
    return (resources.files("pyvis") / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


def script_json(data: Any) -> str:
    """JSON safe to place inside ``<script>``: no ``</script>``, no HTML specials, no U+2028.

    >>> script_json({"q": "</script><b>"})
    '{"q": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False)
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


def goldstein_colour(value: float) -> str:
    """Red for conflict (-10), grey for neutral, green for cooperation (+10).

    >>> goldstein_colour(-10), goldstein_colour(10)
    ('#d62728', '#2ca02c')
    """
    t = max(-1.0, min(1.0, value / 10))
    grey, red, green = (150, 150, 150), (214, 39, 40), (44, 160, 44)
    end = green if t > 0 else red
    mix = tuple(round(g + (e - g) * abs(t)) for g, e in zip(grey, end, strict=True))
    return "#{:02x}{:02x}{:02x}".format(*mix)


QUOTE_JS = """function appendQuote(parent, text, outlet, issued, url) {
  const quote = document.createElement("blockquote");
  quote.className = "quote";
  quote.textContent = text;
  parent.appendChild(quote);
  const src = document.createElement("div");
  src.className = "source note";
  src.textContent = [outlet, issued, url].filter(Boolean).join(" · ");
  parent.appendChild(src);
}"""
"""A quote and its source (outlet, date, URL) as plain text under ``parent``; the graph and
timeline pages both show their evidence with it."""


PAGE_HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
 content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{title}</title>
"""
"""The start of every page: offline only (the policy allows no fetch at all), UTF-8."""

PAGE = (
    PAGE_HEAD
    + """<style>{vis_css}</style>
<style>
 body {{ font-family: system-ui, sans-serif; margin: 0; display: flex; height: 100vh; }}
 #graph {{ flex: 1; border-right: 1px solid #ddd; }}
 aside {{ width: 340px; padding: 12px; overflow-y: auto; font-size: 14px; }}
 h1 {{ font-size: 18px; margin: 0 0 8px; }}
 .note {{ color: #555; font-size: 13px; }}
 .legend {{ padding: 0; }}
 .legend li {{ list-style: none; margin: 2px 0; }}
 .symbol {{ display: inline-block; width: 18px; text-align: center; font-size: 15px; }}
 #find {{ width: 100%; box-sizing: border-box; margin: 4px 0; padding: 4px; }}
 .swatch {{ display: inline-block; width: 12px; height: 12px; margin-right: 6px;
           vertical-align: middle; }}
 blockquote {{ margin: 6px 0; padding-left: 8px; border-left: 3px solid #bbb; }}
 .scale {{ height: 10px; background: linear-gradient(to right, #d62728, #969696, #2ca02c); }}
</style>
</head>
<body>
<div id="graph"></div>
<aside>
<h1>{title}</h1>
<p class="note">{note}</p>
<input id="find" type="search" placeholder="Find an entity by name" aria-label="Find an entity">
<ul class="legend">{legend}</ul>
<div>Edges: conflict
<span class="scale" style="display:inline-block;width:120px"></span> cooperation;
dashed = planned, denied or hypothetical. Edge labels name the event type; bigger nodes
have more links. Hover for a summary, click for the facts and quotes.</div>
<h2 style="font-size:16px">Details</h2>
<div id="details" class="note">Click a node or an edge to see its facts, dates and sources.</div>
</aside>
<script>{vis_js}</script>
<script>
"use strict";
const DATA = {data};
const nodes = new vis.DataSet(DATA.nodes);
const edges = new vis.DataSet(DATA.edges);
const container = document.getElementById("graph");
const network = new vis.Network(container, {{nodes, edges}}, DATA.options);
const details = document.getElementById("details");
{quote_js}
function factsOf(kind, id) {{
  return (DATA.facts[kind][id] || []).map((key) => DATA.facts.facts[key]);
}}
function show(facts) {{
  details.replaceChildren();
  for (const fact of facts) {{
    const box = document.createElement("div");
    const head = document.createElement("strong");
    head.textContent = fact.heading;
    box.appendChild(head);
    for (const line of fact.lines) {{
      const p = document.createElement("div");
      p.textContent = line;
      box.appendChild(p);
    }}
    for (const q of fact.quotes) {{
      appendQuote(box, q.text, q.outlet, q.issued, q.url);
    }}
    details.appendChild(box);
  }}
}}
network.on("click", (params) => {{
  if (params.nodes.length) {{ show(factsOf("nodes", params.nodes[0])); }}
  else if (params.edges.length) {{ show(factsOf("edges", params.edges[0])); }}
}});
// once laid out, nodes stay where they are (physics would keep them drifting)
network.once("stabilizationIterationsDone", () => {{
  network.setOptions({{physics: false}});
  document.body.dataset.ready = "1";
}});
network.once("afterDrawing", () => {{
  document.body.dataset.drawnAt = String(Math.round(performance.now()));
  document.body.dataset.drawn = "1";
  if (!DATA.options.physics.enabled) {{ document.body.dataset.ready = "1"; }}
}});
document.getElementById("find").addEventListener("change", (event) => {{
  const wanted = event.target.value.trim().toLowerCase();
  if (!wanted) {{ return; }}
  const hit = nodes.get({{filter: (n) => String(n.label).toLowerCase().includes(wanted)}})[0];
  if (!hit) {{ details.textContent = "No entity matches."; return; }}
  network.selectNodes([hit.id]);
  network.focus(hit.id, {{scale: 1.2}});
  show(factsOf("nodes", hit.id));
}});
</script>
</body>
</html>
"""
)


def render_page(
    *,
    title: str,
    note: str,
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    options: dict[str, Any],
    facts: dict[str, Any],
    lang: str = "en",
    groups: list[str] | None = None,
) -> str:
    """The complete HTML page; every text from the data is escaped for its context."""
    legend = "".join(
        f'<li><span class="symbol" style="color:{GROUPS[g][0]}">{SYMBOLS[GROUPS[g][1]]}</span>'
        f"{html.escape(g)}</li>"
        for g in (groups if groups is not None else list(GROUPS))
    )
    data = {"nodes": nodes, "edges": edges, "options": options, "facts": facts}
    return PAGE.format(
        lang=html.escape(lang),
        title=html.escape(title),
        note=html.escape(note),
        legend=legend,
        vis_css=_vis_asset("vis-network.css"),
        vis_js=_vis_asset("vis-network.min.js").replace("</script", "<\\/script"),
        data=script_json(data),
        quote_js=QUOTE_JS,
    )
