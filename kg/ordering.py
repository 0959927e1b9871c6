"""Sort decoded SPARQL rows in Python, the way Oxigraph's ``ORDER BY`` sorts them.

Oxigraph sorts an ``ORDER BY`` answer by decoding both terms at every comparison: a long
string (a label, an event's IRI) is read from its string table each time, so a 10,000-row
answer sorted by label pays for about 100,000 reads. The rows are decoded once anyway to be
returned; sorting them here costs a key per row. Only the term kinds whose order is known
here are sorted (unbound, blank nodes, IRIs, and literals that are all numbers, all plain
``xsd:date`` days or all strings in one column); any other column raises :class:`Unsortable`
and the caller lets the engine sort.

The endpoint's query workers use it too (through :mod:`kg.pages`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from decimal import Decimal, InvalidOperation
from itertools import groupby
from typing import Any

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {
    XSD + name
    for name in (
        "integer decimal double float long int short byte nonNegativeInteger positiveInteger "
        "nonPositiveInteger negativeInteger unsignedLong unsignedInt unsignedShort unsignedByte"
    ).split()
}
_STRINGS = {XSD + "string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}
_DATE = XSD + "date"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_KEY = r"(?:\?[A-Za-z_][A-Za-z0-9_]*|(?:ASC|DESC)\s*\(\s*\?[A-Za-z_][A-Za-z0-9_]*\s*\))"
_ORDER_BY = re.compile(rf"\bORDER\s+BY((?:\s*{_KEY})+)\s*$", re.IGNORECASE)
_KEYS = re.compile(r"(DESC)?\s*\(?\s*\?([A-Za-z_][A-Za-z0-9_]*)", re.IGNORECASE)


class Unsortable(Exception):
    """A column holds terms whose engine order is not reproduced here."""


def split_order(query: str) -> tuple[str, list[tuple[str, bool]]] | None:
    """The query without a closing ``ORDER BY`` of variables, each plain or in ``ASC()`` or
    ``DESC()``, and those names, each with whether it sorts descending.

    ``None`` when the query does not end so (expressions, ``LIMIT`` after it).

    >>> split_order("SELECT ?a ?b WHERE { ?a ?p ?b }\\nORDER BY ?a  ?b\\n")
    ('SELECT ?a ?b WHERE { ?a ?p ?b }\\n', [('a', False), ('b', False)])
    >>> split_order("SELECT ?a ?b WHERE { ?a ?p ?b } ORDER BY DESC(?a) ?b")[1]
    [('a', True), ('b', False)]
    >>> split_order("SELECT ?a WHERE { ?a ?p ?b } ORDER BY STR(?a)") is None
    True
    """
    # the clause runs to the end and holds no "}": it begins after the last one (a search of
    # the whole text took 0.05 ms for a saved query)
    match = _ORDER_BY.search(query, query.rfind("}") + 1)
    if match is None or not _is_word(query, match.start()):
        return None
    keys = [(name, bool(desc)) for desc, name in _KEYS.findall(match.group(1))]
    return query[: match.start()], keys


def _is_word(query: str, offset: int) -> bool:
    """Whether the ``ORDER BY`` clause at ``offset`` is the query's, not in a comment or string:
    at once when it begins its line (as the saved queries write it; a comment ends at its line's
    end, and a string holding it would have to close after it, where only sort keys and spaces
    follow), else by tokenizing the whole query (0.05-0.2 ms)."""
    from kg.sparql_guard import tokens

    if not query[query.rfind("\n", 0, offset) + 1 : offset].strip(" \t"):
        return True
    return any(kind == "word" and at == offset for kind, _, at in tokens(query))


def _literal_key(term: ox.Literal) -> tuple[Any, ...]:
    """4 day, 5 string, 3 number: the family first, then the value; others raise."""
    language = term.language
    if language:  # strings: by text; equal texts with a language tag first (by tag)
        return (5, term.value, 0, language)
    datatype = term.datatype.value
    if datatype in _STRINGS:
        return (5, term.value, 1, "")
    if datatype == _DATE:
        value = term.value
        if _DAY.fullmatch(value):
            return (4, value)
    elif datatype in _NUMERIC:
        try:
            return (3, Decimal(term.value))
        except InvalidOperation:
            pass
    raise Unsortable(f"no known order for {term}")


def column_keys(column: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Sort keys for one column's terms, comparable with each other.

    Unbound comes first, then blank nodes, then IRIs, then literals; the literals of one
    column must all be numbers, all ``xsd:date`` days or all strings (else :class:`Unsortable`).

    >>> keys = column_keys([ox.Literal("b"), ox.Literal("a", language="ru"), ox.Literal("a")])
    >>> sorted(range(3), key=keys.__getitem__)
    [1, 2, 0]
    """
    keys: list[tuple[Any, ...]] = []
    families: set[int] = set()
    for term in column:
        kind = type(term)
        if kind is ox.Literal:
            key = _literal_key(term)
            families.add(key[0])
        elif kind is ox.NamedNode:
            key = (2, term.value)
        elif term is None:
            key = (0,)
        elif kind is ox.BlankNode:
            key = (1, term.value)
        else:
            raise Unsortable(f"no known order for {term}")
        keys.append(key)
    if len(families) > 1:
        raise Unsortable("a column mixes numbers, days and strings")
    return keys


def sort_rows(
    rows: list[list[Any]], columns: Sequence[int], *, descending: Collection[int] = ()
) -> list[list[Any]]:
    """``rows`` sorted by the given columns in turn (those in ``descending`` from the
    highest), then by the text of every other column.

    The other columns make the order total, so that pages of one answer never overlap
    (the engine leaves ties in no set order). A column's keys are made only for the rows
    still tied on the columns before it.
    """
    if not rows:
        return rows
    rest = [i for i in range(len(rows[0])) if i not in columns]
    return _refine(rows, list(columns), rest, frozenset(descending))


def _refine(
    rows: list[list[Any]], columns: list[int], rest: list[int], descending: frozenset[int]
) -> list[list[Any]]:
    if len(rows) < 2:
        return rows
    if not columns:
        return sorted(rows, key=lambda row: ["" if row[i] is None else str(row[i]) for i in rest])
    first = 2 if len(columns) > 1 else 1  # the second column is tied often enough
    keyed = [column_keys([row[i] for row in rows]) for i in columns[:first]]
    keys = list(zip(*keyed, strict=True))
    order = list(range(len(rows)))
    for column, column_key in reversed(list(zip(columns[:first], keyed, strict=True))):
        # stable sorts, the last column first (reverse=True keeps ties in their order)
        order.sort(key=column_key.__getitem__, reverse=column in descending)
    out: list[list[Any]] = []
    for _, tied in groupby(order, key=keys.__getitem__):
        group = [rows[i] for i in tied]
        out += _refine(group, columns[first:], rest, descending) if len(group) > 1 else group
    return out
