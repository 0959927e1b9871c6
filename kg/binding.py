"""Saved-query parameter values written into the query text, as escaped RDF terms.

Values are parsed into RDF terms, and each term, escaped as one SPARQL token, replaces the
tokens ``?NAME``/``$NAME`` of its variable in the query body (found with the tokenizer of
:mod:`kg.sparql_guard`, so strings, IRIs and comments are left alone). Only whole escaped
terms are ever inserted, so no value can change the query's shape. Writing the term in place
lets the query engine use it as an index key in every branch: Oxigraph does not push a leading
``VALUES`` binding into the branches of a ``UNION`` (the entity profile took 4.6 s that way at
100k events, 5 ms with the IRI in place).

A variable goes into a ``VALUES`` block at the start of the ``WHERE`` group instead when a
constant cannot stand where it is used or would change the answer: projected in a ``SELECT``
or ``DESCRIBE`` clause (or the query uses ``SELECT *``), bound by ``AS ?NAME``, in a
``VALUES`` header, ``GROUP BY``, ``ORDER BY``, ``BOUND(...)``, after ``GRAPH`` (literals), or
inside ``MINUS`` (where a constant would leave no shared variable).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import QueryError
from kg.rdfterms import to_sparql


def values_block(bound: Mapping[str, URIRef | Literal | None]) -> str:
    """One-line ``VALUES`` clause of escaped terms; ``UNDEF`` for unbound optional values.

    >>> values_block({"n": Literal(3), "s": Literal('a" } DROP ALL #')})
    'VALUES (?n ?s) { (3 "a\\\\" } DROP ALL #") }'
    """
    names = list(bound)
    if not names:
        return ""
    cells = ["UNDEF" if (term := bound[name]) is None else _term_text(term) for name in names]
    variables = " ".join(f"?{n}" for n in names)
    return f"VALUES ({variables}) {{ ({' '.join(cells)}) }}"


def where_brace(query: str, *, origin: str = "query") -> int:
    """Offset just after the ``{`` that opens the query's top-level ``WHERE`` group."""
    from kg.sparql_guard import tokens

    found = tokens(query)
    depth = 0
    saw_where = False
    form = None
    for kind, text, offset in found:
        if kind == "comment":
            continue
        word = text.upper() if kind == "word" else ""
        if form is None and word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            form = word
        if word == "WHERE" and depth == 0:
            saw_where = True
        if text == "{":
            if depth == 0 and (saw_where or form in ("SELECT", "ASK")):
                return offset + 1
            depth += 1
        elif text == "}":
            depth -= 1
    raise QueryError(f"{origin}: a query with parameters needs a WHERE {{ ... }} group")


def _term_text(term: URIRef | Literal) -> str:
    if isinstance(term, Literal) and term.datatype == XSD.integer:
        return str(int(term))
    return to_sparql(term)


_CLAUSE_ENDS = {"WHERE", "HAVING", "ORDER", "LIMIT", "OFFSET", "VALUES", "GROUP", "FROM"}


def needs_values(query: str) -> set[str]:
    """Variables of the query that a constant cannot replace (see the module docstring).

    >>> sorted(needs_values("SELECT ?a (1 AS ?b) WHERE { ?a ?p ?c } GROUP BY ?a ?c"))
    ['a', 'b', 'c']
    """
    return set(_needs_values(query))


@lru_cache(maxsize=128)
def _needs_values(query: str) -> frozenset[str]:
    kept: set[str] = set()
    found = [t for t in _tokens(query) if t[0] != "comment"]
    clause = ""  # SELECT, DESCRIBE, GROUP, ORDER, VALUES or "" while reading them
    minus_depth: list[int] = []
    depth = 0
    for i, (kind, text, _offset) in enumerate(found):
        word = text.upper() if kind == "word" else ""
        before = found[i - 1][1].upper() if i else ""
        if word in ("SELECT", "DESCRIBE"):
            clause = word
            after = found[i + 1 : i + 3]
            if any(t == "*" for _k, t, _o in after):
                kept.add("*")
        elif word == "BY" and before in ("GROUP", "ORDER"):
            clause = before
        elif word == "VALUES":
            clause = word
        elif word == "MINUS":
            minus_depth.append(depth)
        elif word in _CLAUSE_ENDS or text in ("{", "}"):
            clause = ""
        if text == "{":
            depth += 1
        elif text == "}":
            depth -= 1
            while minus_depth and minus_depth[-1] >= depth:
                minus_depth.pop()
        if kind != "var":
            continue
        name = text[1:]
        inside_bound = i >= 2 and found[i - 1][1] == "(" and found[i - 2][1].upper() == "BOUND"
        if clause or before == "AS" or inside_bound or minus_depth:
            kept.add(name)
        elif before == "GRAPH":
            kept.add(f"graph:{name}")
    return frozenset(kept)


def inject(
    query: str, bound: Mapping[str, URIRef | Literal | None], *, origin: str = "query"
) -> str:
    """The query with each bound term written in place of its variable.

    Variables that a constant cannot replace (:func:`needs_values`), and bound variables the
    body never mentions, are bound by a ``VALUES`` block opening the ``WHERE`` group instead;
    the block goes on the same line as the brace, so error positions keep their line numbers.
    Unbound optional parameters are left unbound.

    >>> inject("SELECT ?x WHERE {\\n  ?x a ?c }", {"c": URIRef("https://e.org/C")})
    'SELECT ?x WHERE {\\n  ?x a <https://e.org/C> }'
    >>> inject("SELECT ?c WHERE {\\n  ?x a ?c }", {"c": URIRef("https://e.org/C")})
    'SELECT ?c WHERE { VALUES (?c) { (<https://e.org/C>) }\\n  ?x a ?c }'
    """
    given = {name: term for name, term in bound.items() if term is not None}
    if not given:
        return query
    found = _tokens(query)
    used = {text[1:] for kind, text, _o in found if kind == "var"}
    kept = _needs_values(query)
    fallback = {
        name: term
        for name, term in given.items()
        if "*" in kept
        or name in kept
        or name not in used
        or (f"graph:{name}" in kept and isinstance(term, Literal))
    }
    parts, at = [], 0
    for kind, text, offset in found:
        name = text[1:]
        if kind == "var" and name in given and name not in fallback:
            parts += [query[at:offset], _term_text(given[name])]
            at = offset + len(text)
    parts.append(query[at:])
    text = "".join(parts)
    block = values_block(fallback)
    if not block:
        return text
    brace = where_brace(text, origin=origin)
    return f"{text[:brace]} {block}{text[brace:]}"


@lru_cache(maxsize=128)
def _tokens(query: str) -> tuple[tuple[str, str, int], ...]:
    """The query's tokens, made once per text: a saved query's text is bound again at every
    call with other values (tokenizing it took most of the 0.1-0.45 ms a binding took)."""
    from kg.sparql_guard import tokens

    return tuple(tokens(query))
