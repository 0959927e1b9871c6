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
  | (?P<comment>\#[^\n\r]*)
  | (?P<var>[?$][^\s(){}<>,;.=!|&*+/\-\]\[]+)
  | (?P<pname>[^\s(){}<>,;=!|&*+/?$"'\]\[#^]*:[^\s(){}<>,;=!|&*+/?$"'\]\[#^]*)
  | (?P<word>[A-Za-z_]+)
  | (?P<other>\S)
    """,
    re.VERBOSE | re.DOTALL,
)
_ESCAPE = re.compile(r"\\[uU]")

_UPDATES = ("LOAD", "COPY", "MOVE", "ADD", "INSERT", "DELETE", "CLEAR", "DROP", "CREATE")
# The words the screen looks at, as bytes to find in the query's UTF-8 with its ASCII letters
# lowered (every other character's bytes are unchanged or from 0x80 up, so never a letter).
_SCREENED = tuple(w.lower().encode() for w in ("SERVICE", "FROM", *_UPDATES))
# A word token is always a whole run of ASCII letters: the byte before it cannot be a letter,
# "_", "?", "$" or ":" (which would have begun or continued a variable or a prefixed name), nor
# can the one after it be a letter or "_".
_NOT_BEFORE = frozenset(b"abcdefghijklmnopqrstuvwxyz_?$:")
_NOT_AFTER = frozenset(b"abcdefghijklmnopqrstuvwxyz_")


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
    if not plainly_safe(query):
        screen(query, allow_service=allow_service)


def screen(query: str, *, allow_service: bool = False) -> None:
    """The full screen of :func:`check_query`: every token of the query looked at."""
    found = tokens(query)
    for i, (kind, text, offset) in enumerate(found):
        if kind == "word":
            word = text.upper()
            where = f"(line {query.count(chr(10), 0, offset) + 1})"
            if word == "SERVICE" and not allow_service:
                raise QueryError(
                    f"SERVICE is refused: it would send requests to another server {where}"
                )
            if word in _UPDATES:
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


def plainly_safe(query: str) -> bool:
    """Whether the query has none of the words the screen looks at outside full-line comments,
    and no backslash: then tokenizing it would find nothing to refuse (most queries; tokenizing
    took 0.05-0.25 ms a query, a tenth of the typical saved query's answer).

    ``False`` means only that the query needs the full screen.

    >>> plainly_safe("SELECT ?from WHERE {\\n  # read from the index\\n  ?s ex:load ?o }")
    True
    >>> plainly_safe("SELECT * FROM <g:x> WHERE { ?s ?p ?o }")
    False
    """
    if not lines_split_tokens(query):
        return False
    text = query.encode("utf-8", "surrogatepass").lower()
    for word in _SCREENED:
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            whole = (at == 0 or text[at - 1] not in _NOT_BEFORE) and (
                end == len(text) or text[end] not in _NOT_AFTER
            )
            # in a comment only when its line begins with one (after spaces or tabs); a
            # comment ends at a line feed or a carriage return, as SPARQL's do
            line = text[max(text.rfind(b"\n", 0, at), text.rfind(b"\r", 0, at)) + 1 : at]
            if whole and line.lstrip(b" \t")[:1] != b"#":
                return False
            at = text.find(word, end)
    return True


def lines_split_tokens(query: str) -> bool:
    """Whether no token of the query can span a line end (a line feed or a carriage return):
    true unless it has a long string (triple quotes) or a backslash (an escaped line end in a
    string). Then whatever begins a line after spaces or tabs begins a token, and a ``#`` there
    begins a comment to the end of its line.

    >>> lines_split_tokens("SELECT * WHERE { ?s ?p 'a' }"), lines_split_tokens("'''a\\n'''")
    (True, False)
    """
    return "\\" not in query and "'''" not in query and '"""' not in query


def _check_from(rest: list[tuple[str, str, int]], where: str) -> None:
    if rest and rest[0][1].upper() == "NAMED":
        rest = rest[1:]
    kind, text, _offset = rest[0] if rest else ("", "", 0)
    if kind != "iri" or not text[1:-1].startswith(str(GRAPH)):
        raise QueryError(
            f"FROM {text[:60]} is refused: FROM may only name this store's graphs "
            f"(<{GRAPH}...>) {where}"
        )
