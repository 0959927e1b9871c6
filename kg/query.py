"""Run SPARQL on the store and write results in the standard formats.

The ontology's prefixes are predeclared; :mod:`kg.sparql_guard` screens every query first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO, Any, Protocol

import pyoxigraph as ox

from kg.binding import inject
from kg.errors import QueryError
from kg.namespaces import PREFIXES
from kg.params import Param, bind_values, parse_header
from kg.sparql_guard import check_query


class Selecting(Protocol):
    """Anything that evaluates SPARQL over the union of its graphs: every
    :class:`~kg.store.Store`, or the endpoint's read-only workers."""

    def select(self, query: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples: ...


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


_POSITION = re.compile(r"error at (\d+):(\d+)")


def syntax_message(message: str, *, skipped_lines: int | None = None) -> str:
    """A parser message with its ``line:column`` counted in the user's own query text.

    The predeclared prefixes come first in the text the parser sees; positions are shifted back.

    >>> syntax_message("error at 16:3: expected one of '.'", skipped_lines=14)
    "error at line 2, column 3: expected one of '.'"
    """
    skip = len(PREFIXES) if skipped_lines is None else skipped_lines

    def shift(match: re.Match[str]) -> str:
        line = max(int(match.group(1)) - skip, 1)
        return f"error at line {line}, column {match.group(2)}"

    return _POSITION.sub(shift, message, count=1)


def run(
    store: Selecting, query: str, *, allow_service: bool = False
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Screen and evaluate a query over the union of the store's graphs.

    A query that does not parse raises :class:`QueryError` naming the line and column.
    """
    check_query(query, allow_service=allow_service)
    try:
        return store.select(prologue() + query)
    except QueryError as exc:
        raise QueryError(syntax_message(str(exc))) from None


def short(term: object) -> str:
    """A term as a reader wants to see it: prefixed IRIs, plain literal text.

    >>> short(ox.NamedNode("https://w3id.org/caucasus-kg/id/entity/iran"))
    'entity:iran'
    """
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return short_iri(term.value)
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def short_iri(iri: str) -> str:
    """An IRI with the longest predeclared namespace it starts with written as its prefix
    (the first prefix declared for that namespace); else the IRI in ``<>``.

    >>> short_iri("https://w3id.org/caucasus-kg/id/dyad/a--b"), short_iri("https://e.org/x")
    ('ckgid:dyad/a--b', '<https://e.org/x>')
    """
    by_namespace, longest_first = _namespaces()
    if by_namespace:
        # every namespace ends with "/" or "#": the longest one an IRI can start with ends at
        # its last such character, so one lookup finds it when it is declared
        cut = max(iri.rfind("/"), iri.rfind("#")) + 1
        prefix = by_namespace.get(iri[:cut])
        if prefix is not None:
            return f"{prefix}:{iri[cut:]}"
    for namespace, prefix in longest_first:
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return f"<{iri}>"


@cache
def _namespaces() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """The predeclared namespaces by IRI (empty unless each ends with ``/`` or ``#``), and
    all of them longest first (a stable sort: the first declared prefix of a namespace first)."""
    longest_first = tuple(
        sorted(((iri, p) for p, iri in PREFIXES.items()), key=lambda pair: -len(pair[0]))
    )
    by_namespace: dict[str, str] = {}
    if all(iri.endswith(("/", "#")) for iri, _ in longest_first):
        for iri, prefix in longest_first:
            by_namespace.setdefault(iri, prefix)
    return by_namespace, longest_first


def _table(header: list[str], rows: list[list[str]], *, max_width: int = 60, note: str = "") -> str:
    def cell(text: str) -> str:
        # runs of whitespace become one space; printable text without a double, leading or
        # trailing space has none to collapse (every other whitespace is unprintable)
        tidy = text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "
        flat = text if tidy else " ".join(text.split())
        return flat if len(flat) <= max_width else flat[: max_width - 1] + "…"

    body = [[cell(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(header)]
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in body]
    lines.append(f"({len(body)} row{'s' if len(body) != 1 else ''}{note})")
    return "\n".join(lines) + "\n"


def _check_rows_format(fmt: str) -> None:
    """Stop with one line when SELECT rows cannot be written in ``fmt``."""
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(RESULT_FORMATS)}")
    if fmt == "turtle":
        raise QueryError(
            "turtle needs a CONSTRUCT or DESCRIBE query; use table, csv, tsv, json or xml"
        )


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
    _check_rows_format(fmt)
    if fmt == "table":
        header = [v.value for v in result.variables]
        rows = [[short(solution[v]) for v in result.variables] for solution in result]
        handle.write(_table(header, rows).encode())
    else:
        result.serialize(handle, _SOLUTION_FORMATS[fmt])


def page_note(shown: int, offset: int, total: int | None) -> str:
    """Where a page sits in its answer, for the table's last line.

    >>> page_note(100, 200, 10179)
    ': 201-300 of 10,179'
    >>> page_note(0, 50, None)
    ': none from row 51'
    """
    place = f"{offset + 1:,}-{offset + shown:,}" if shown else f"none from row {offset + 1:,}"
    return f": {place}" + ("" if total is None else f" of {total:,}")


def write_rows(
    names: list[str],
    found: list[list[Any]],
    handle: IO[bytes],
    fmt: str,
    *,
    offset: int = 0,
    total: int | None = None,
) -> None:
    """Write decoded SELECT rows (a page of an answer) in ``fmt``; a table says which rows
    of how many they are when that is not simply all of them."""
    _check_rows_format(fmt)
    if fmt == "table":
        paged = offset or (total is not None and total != len(found))
        note = page_note(len(found), offset, total) if paged else ""
        cells = [[short(term) for term in row] for row in found]
        handle.write(_table(names, cells, note=note).encode())
    else:
        from kg.server.formats import serialize_solutions

        handle.write(serialize_solutions(names, found, fmt))


def rows(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> list[dict[str, str]]:
    """SELECT results as plain dictionaries of text (for tests and views)."""
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("expected a SELECT query")
    names = [v.value for v in result.variables]
    return [{n: short(s[n]) for n in names if s[n] is not None} for s in result]


@dataclass(frozen=True)
class SavedQuery:
    """A query shipped with the package: description and typed parameters from its header."""

    name: str
    description: str
    text: str
    params: tuple[Param, ...] = ()

    def bind(self, values: Mapping[str, str] | None = None) -> str:
        """The query text with the parameter values bound (see :mod:`kg.binding`)."""
        bound = bind_values(self.params, values or {}, origin=f"saved query {self.name!r}")
        return inject(self.text, bound, origin=f"saved query {self.name!r}")

    def usage(self) -> str:
        """Name, description and one line per parameter, for listings."""
        lines = [self.name, f"    {self.description}"]
        lines += [f"    --param {p.usage()}" for p in self.params]
        return "\n".join(lines)


def _queries_dir() -> Path:
    return Path(__file__).parent / "queries"


@cache
def saved_queries() -> dict[str, SavedQuery]:
    """The ``.rq`` files in ``kg/queries/``, by name."""
    found = {}
    for path in sorted(_queries_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        description, params = parse_header(text, origin=path.name)
        found[path.stem] = SavedQuery(path.stem, description, text, params)
    return found


def saved_query(name: str) -> SavedQuery:
    """One saved query by name; an unknown name is an error listing the known ones."""
    found = saved_queries()
    if name not in found:
        raise QueryError(
            f"no saved query {name!r}; 'kg query --list' shows them: {', '.join(found)}"
        )
    return found[name]


def parse_assignments(pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    """``k=v`` strings (from ``--param``) as a mapping; the value may contain ``=``.

    >>> parse_assignments(["actor=Iran", "from=2020"])
    {'actor': 'Iran', 'from': '2020'}
    """
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"--param expects NAME=VALUE, not {pair!r}")
        if name.strip() in values:
            raise QueryError(f"parameter {name.strip()!r} is given twice")
        values[name.strip()] = value
    return values


def run_saved(
    store: Selecting, name: str, values: Mapping[str, str] | None = None
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Run a saved query with its parameters bound.

    A query that reads the index graph (dyads, counts) on a store that has none stops with one
    line asking for ``kg reindex`` instead of answering nothing.
    """
    saved = saved_query(name)
    text = saved.bind(values)
    check_index(store, saved)
    return run(store, text)


INDEX_TERMS = ("ckg:dyad", "ckg:countsClass", "ckg:inDyadYear", "ckg:involves")


def reads_index(saved: SavedQuery) -> bool:
    """Whether a saved query reads the index graph (dyads, class-year counts, the answer rows
    of ``events-between``, the links of ``entity-neighbours``), which old stores lack."""
    return any(term in saved.text for term in INDEX_TERMS)


def check_index(store: Selecting, saved: SavedQuery) -> None:
    """Stop with one line asking for ``kg reindex`` when ``saved`` reads a missing index."""
    if reads_index(saved):
        from kg.index.status import require_index

        require_index(store)


def saved_catalogue() -> list[dict[str, Any]]:
    """The saved queries with their descriptions and parameters, as JSON-ready data.

    >>> any(q["name"] == "events-between" for q in saved_catalogue())
    True
    """
    return [
        {
            "name": q.name,
            "description": q.description,
            "text": q.text,
            "params": [
                {
                    "name": p.name,
                    "type": p.type,
                    "description": p.description,
                    "default": p.default,
                    "required": p.required,
                }
                for p in q.params
            ],
        }
        for q in saved_queries().values()
    ]
