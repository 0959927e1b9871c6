"""The query page served at ``/``: one self-contained HTML file, no CDN, works offline.

Results are drawn with ``textContent`` only, so nothing in the data is ever read as HTML.
The inline script and style are allowed by their hashes in the Content-Security-Policy.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

_STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.3em; margin: 0 0 .5em; }
#layout { display: flex; gap: 1.5em; align-items: flex-start; }
#examples { width: 18em; flex: none; max-height: 80vh; overflow: auto; }
#examples button { display: block; width: 100%; text-align: left; margin: 0 0 .4em;
  padding: .4em; border: 1px solid #ccc; background: #fafafa; cursor: pointer; }
#examples button small { display: block; color: #555; }
#main { flex: 1; min-width: 0; }
textarea { width: 100%; height: 16em; font: 13px monospace; box-sizing: border-box; }
#params label { display: block; margin: .3em 0; }
#params input { width: 20em; }
#status { margin: .6em 0; }
#status.error { color: #a00; white-space: pre-wrap; }
#truncated { background: #fff3c4; padding: .4em; display: none; }
table { border-collapse: collapse; margin-top: .5em; }
td, th { border: 1px solid #ccc; padding: .2em .4em; vertical-align: top; text-align: left; }
th { background: #eee; }
pre { background: #f6f6f6; padding: .6em; overflow: auto; }
"""

_SCRIPT = """
"use strict";
const saved = JSON.parse(document.getElementById("saved-data").textContent);
const text = document.getElementById("query");
const paramsBox = document.getElementById("params");
const statusLine = document.getElementById("status");
const truncated = document.getElementById("truncated");
const output = document.getElementById("output");
let chosen = null;

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
function el(tag, content) {
  const node = document.createElement(tag);
  if (content !== undefined) node.textContent = content;
  return node;
}
function choose(query) {
  chosen = query;
  text.value = query.text;
  clear(paramsBox);
  for (const p of query.params) {
    const label = el("label", p.name + " (" + p.type + "): " + p.description + " ");
    const input = el("input");
    input.name = p.name;
    input.value = p.default === null ? "" : p.default;
    input.placeholder = p.required ? "required" : "optional";
    label.appendChild(input);
    paramsBox.appendChild(label);
  }
}
const list = document.getElementById("examples");
for (const q of saved) {
  const button = el("button", q.name);
  button.type = "button";
  button.appendChild(el("small", q.description));
  button.addEventListener("click", () => choose(q));
  list.appendChild(button);
}
function cell(term) {
  if (!term) return "";
  if (term.type === "literal" && term["xml:lang"]) return term.value + " @" + term["xml:lang"];
  if (term.type === "bnode") return "_:" + term.value;
  return term.value;
}
function table(data) {
  const t = el("table");
  const head = el("tr");
  for (const v of data.head.vars) head.appendChild(el("th", v));
  t.appendChild(head);
  for (const b of data.results.bindings) {
    const row = el("tr");
    for (const v of data.head.vars) row.appendChild(el("td", cell(b[v])));
    t.appendChild(row);
  }
  return t;
}
async function run() {
  clear(output);
  truncated.style.display = "none";
  statusLine.className = "";
  statusLine.textContent = "Running...";
  let url = "sparql";
  let options;
  const accept = "application/sparql-results+json, application/n-triples;q=0.9";
  if (chosen && text.value === chosen.text && chosen.params.length) {
    const query = new URLSearchParams();
    for (const input of paramsBox.querySelectorAll("input")) {
      if (input.value !== "") query.append(input.name, input.value);
    }
    url = "saved/" + encodeURIComponent(chosen.name) + "?" + query.toString();
    options = { headers: { Accept: accept } };
  } else {
    options = {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", Accept: accept },
      body: text.value,
    };
  }
  const started = performance.now();
  let response;
  try {
    response = await fetch(url, options);
  } catch (error) {
    statusLine.className = "error";
    statusLine.textContent = "The server did not answer: " + error;
    return;
  }
  const body = await response.text();
  if (!response.ok) {
    statusLine.className = "error";
    statusLine.textContent = response.status + " " + response.statusText + ": " + body;
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const rows = response.headers.get("X-KG-Rows");
  statusLine.textContent = rows + " result(s) in " + seconds + " s";
  if (response.headers.get("X-KG-Truncated") === "true") {
    truncated.textContent = "Only the first " + response.headers.get("X-KG-Row-Limit") +
      " results are shown: the result was cut at the server's row limit.";
    truncated.style.display = "block";
  }
  const type = response.headers.get("Content-Type") || "";
  if (type.startsWith("application/sparql-results+json")) {
    const data = JSON.parse(body);
    if (typeof data.boolean === "boolean") output.appendChild(el("p", String(data.boolean)));
    else output.appendChild(table(data));
  } else {
    output.appendChild(el("pre", body));
  }
}
document.getElementById("run").addEventListener("click", run);
text.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) run();
});
"""

_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>caucasus-kg SPARQL</title>
<style>{style}</style>
</head>
<body>
<h1>caucasus-kg SPARQL</h1>
<p>Query the knowledge graph. The prefixes ckg:, entity:, event:, rdfs:, skos:, prov:,
dcterms:, schema:, wd: and others are predeclared. Pick a saved query on the left, or write your
own; Ctrl+Enter runs it. The endpoint for other tools is <code>/sparql</code>.</p>
<div id="layout">
<div id="examples"></div>
<div id="main">
<textarea id="query" spellcheck="false">SELECT ?event ?date WHERE {{
  ?e a ckg:Attack ; rdfs:label ?event ; ckg:earliestDate ?date .
}}
ORDER BY ?date</textarea>
<div id="params"></div>
<button id="run" type="button">Run</button>
<div id="status"></div>
<div id="truncated"></div>
<div id="output"></div>
</div>
</div>
<script type="application/json" id="saved-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def policy() -> str:
    """Content-Security-Policy admitting only this page's own script and style."""
    return (
        f"default-src 'none'; script-src {_hash(_SCRIPT)}; style-src {_hash(_STYLE)}; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )


def embed_json(value: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` left to end it.

    >>> embed_json({"a": "</script><b>"})
    '{"a": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page(saved: list[dict[str, Any]]) -> tuple[bytes, str]:
    """The page's HTML bytes and the Content-Security-Policy to send with it."""
    html = _TEMPLATE.format(style=_STYLE, script=_SCRIPT, data=embed_json(saved))
    return html.encode("utf-8"), policy()
