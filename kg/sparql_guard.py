"""Refuse SPARQL features that could reach the network or the file system, before evaluation.

Oxigraph evaluates ``SERVICE`` by making HTTP requests; the guard refuses it (unless the
caller explicitly allows it) and only admits ``FROM``/``FROM NAMED`` for the store's own graphs.
"""

from __future__ import annotations

import re

from kg.errors import QueryError
from kg.namespaces import GRAPH

_TOKEN = re.compile(
    r"""
    (?P<iri><[A-Za-z][A-Za-z0-9+.\-]*:[^<>"{}|^`\\\s]*>)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<comment>\#[^\n]*)
  | (?P<var>[?$][^\s(){}<>,;.=!|&*+/\-\]\[]+)
  | (?P<pname>[^\s(){}<>,;=!|&*+/?$"'\]\[#^]*:[^\s(){}<>,;=!|&*+/?$"'\]\[#^]*)
  | (?P<word>[A-Za-z_]+)
  | (?P<other>\S)
    """,
    re.VERBOSE | re.DOTALL,
)
_ESCAPE = re.compile(r"\\[uU]")


def tokens(query: str) -> list[tuple[str, str, int]]:
    """(kind, text, offset) tokens with strings, comments and IRIs kept whole."""
    return [(m.lastgroup or "other", m.group(), m.start()) for m in _TOKEN.finditer(query)]


def check_query(query: str, *, allow_service: bool = False) -> None:
    """Raise :class:`QueryError` if the query could fetch anything from outside the store.

    >>> check_query("SELECT * WHERE { ?s ?p 'SERVICE' }")
    >>> check_query("select * { service <http://127.0.0.1:8080/> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: SERVICE is refused: it would send requests to another server (line 1)
    """
    if len(query) > 1_000_000:
        raise QueryError("query text is over 1,000,000 characters")
    found = tokens(query)
    for i, (kind, text, offset) in enumerate(found):
        if kind == "word":
            word = text.upper()
            where = f"(line {query.count(chr(10), 0, offset) + 1})"
            if word == "SERVICE" and not allow_service:
                raise QueryError(
                    f"SERVICE is refused: it would send requests to another server {where}"
                )
            if word in (
                "LOAD",
                "COPY",
                "MOVE",
                "ADD",
                "INSERT",
                "DELETE",
                "CLEAR",
                "DROP",
                "CREATE",
            ):
                raise QueryError(
                    f"{word} is an update operation; queries here are read-only {where}"
                )
            if word == "FROM":
                _check_from(found[i + 1 :], where)
        elif kind in ("iri", "pname") and _ESCAPE.search(text):
            raise QueryError(f"escape sequences in IRIs are not accepted: {text[:60]}")
        elif kind == "other" and text == "\\":
            # Some SPARQL parsers decode \u escapes before tokenising (SPARQL 1.1, 19.2),
            # which could spell SERVICE or FROM where this guard cannot see it.
            where = f"(line {query.count(chr(10), 0, offset) + 1})"
            raise QueryError(f"escape sequences outside strings are not accepted {where}")


def _check_from(rest: list[tuple[str, str, int]], where: str) -> None:
    if rest and rest[0][1].upper() == "NAMED":
        rest = rest[1:]
    kind, text, _offset = rest[0] if rest else ("", "", 0)
    if kind != "iri" or not text[1:-1].startswith(str(GRAPH)):
        raise QueryError(
            f"FROM {text[:60]} is refused: FROM may only name this store's graphs "
            f"(<{GRAPH}...>) {where}"
        )
