"""Run SPARQL on the store and write results in the standard formats.

The ontology's prefixes are predeclared; :mod:`kg.sparql_guard` screens every query first.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.errors import QueryError
from kg.namespaces import PREFIXES
from kg.sparql_guard import check_query
from kg.store import EmbeddedStore

RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle")
_SOLUTION_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
_GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "xml": ox.RdfFormat.RDF_XML,
    "json": ox.RdfFormat.JSON_LD,
    "csv": ox.RdfFormat.N_TRIPLES,
    "tsv": ox.RdfFormat.N_TRIPLES,
}


def prologue() -> str:
    """``PREFIX`` lines for the predeclared prefixes, to paste into other tools."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def run(
    store: EmbeddedStore, query: str, *, allow_service: bool = False
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Screen and evaluate a query over the union of the store's graphs."""
    check_query(query, allow_service=allow_service)
    return store.select(prologue() + query)


def short(term: object) -> str:
    """A term as a reader wants to see it: prefixed IRIs, plain literal text.

    >>> short(ox.NamedNode("https://w3id.org/caucasus-kg/id/entity/iran"))
    'entity:iran'
    """
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        best = max(
            (iri for iri in PREFIXES.values() if term.value.startswith(iri)), key=len, default=None
        )
        if best is None:
            return f"<{term.value}>"
        prefix = next(p for p, iri in PREFIXES.items() if iri == best)
        return f"{prefix}:{term.value[len(best) :]}"
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _table(header: list[str], rows: list[list[str]], *, max_width: int = 60) -> str:
    def cell(text: str) -> str:
        flat = " ".join(text.split())
        return flat if len(flat) <= max_width else flat[: max_width - 1] + "…"

    body = [[cell(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(header)]
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in body]
    lines.append(f"({len(body)} row{'s' if len(body) != 1 else ''})")
    return "\n".join(lines) + "\n"


def write_result(
    result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, handle: IO[bytes], fmt: str
) -> None:
    """Write a query result in ``fmt`` (one of :data:`RESULT_FORMATS`)."""
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(RESULT_FORMATS)}")
    if isinstance(result, ox.QueryTriples):
        if fmt == "table":
            rows = [[short(t.subject), short(t.predicate), short(t.object)] for t in result]
            handle.write(_table(["subject", "predicate", "object"], rows).encode())
        else:
            ox.serialize(result, handle, _GRAPH_FORMATS[fmt], prefixes=PREFIXES)
        return
    if isinstance(result, ox.QueryBoolean):
        if fmt in _SOLUTION_FORMATS:
            result.serialize(handle, _SOLUTION_FORMATS[fmt])
        else:
            handle.write(b"true\n" if bool(result) else b"false\n")
        return
    if fmt == "turtle":
        raise QueryError(
            "turtle needs a CONSTRUCT or DESCRIBE query; use table, csv, tsv, json or xml"
        )
    if fmt == "table":
        header = [v.value for v in result.variables]
        rows = [[short(solution[v]) for v in result.variables] for solution in result]
        handle.write(_table(header, rows).encode())
    else:
        result.serialize(handle, _SOLUTION_FORMATS[fmt])


def rows(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> list[dict[str, str]]:
    """SELECT results as plain dictionaries of text (for tests and views)."""
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("expected a SELECT query")
    names = [v.value for v in result.variables]
    return [{n: short(s[n]) for n in names if s[n] is not None} for s in result]


@dataclass(frozen=True)
class SavedQuery:
    """A query shipped with the package, with the description from its leading comments."""

    name: str
    description: str
    text: str


def _queries_dir() -> Path:
    return Path(__file__).parent / "queries"


@cache
def saved_queries() -> dict[str, SavedQuery]:
    """The ``.rq`` files in ``kg/queries/``, by name."""
    found = {}
    for path in sorted(_queries_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        description = " ".join(
            line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#")
        )
        found[path.stem] = SavedQuery(path.stem, description, text)
    return found
