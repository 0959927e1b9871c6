"""Typed parameters of saved queries, declared in the query's header comments.

A saved query (``kg/queries/NAME.rq``) starts with comment lines. Plain comment lines are its
description; lines of the form ::

    # param: NAME TYPE "What it means" [default VALUE | optional]

declare a parameter bound to the variable ``?NAME``. Types:

``entity``
    a dictionary entity, given by any name in any script, a slug, a Wikidata ID (``Q794``),
    a prefixed name (``entity:iran``) or a full IRI
``iri``
    any IRI, written ``<...>``, in full or as a prefixed name (``ckg:Attack``)
``class``
    an ontology class by local name (``Attack``) or prefixed name
``date`` / ``date-end``
    ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a partial date means its first day for
    ``date`` and its last day for ``date-end`` (so ``--param to=2023`` includes December)
``integer``, ``decimal``, ``string``
    what they say

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
inside ``MINUS`` (where a constant would leave no shared variable). A parameter without a
default is required; ``optional`` ones stay unbound when not given.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import shlex
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import InputError, QueryError
from kg.namespaces import CKG, PREFIXES, entity_iri
from kg.rdfterms import check_iri, to_sparql

PARAM_TYPES = ("entity", "iri", "class", "date", "date-end", "integer", "decimal", "string")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PNAME = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*)?:([^\s<>\"{}|^`\\]*)$")
_CLASS = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_INTEGER = re.compile(r"^[+-]?[0-9]+$")
_MAX_VALUE = 1000


@dataclass(frozen=True)
class Param:
    """One declared parameter of a saved query."""

    name: str
    type: str
    description: str
    default: str | None = None
    optional: bool = False

    @property
    def required(self) -> bool:
        return self.default is None and not self.optional

    def usage(self) -> str:
        """One line for listings: ``name (type): description [default ...]``."""
        tail = ""
        if self.default is not None:
            tail = f" [default {self.default}]"
        elif self.optional:
            tail = " [optional]"
        else:
            tail = " [required]"
        return f"{self.name} ({self.type}): {self.description}{tail}"


def parse_header(text: str, *, origin: str = "query") -> tuple[str, tuple[Param, ...]]:
    """The description and the parameters declared in a query's leading comment lines.

    >>> desc, params = parse_header('# Events.\\n# param: from date "Start" default 1991\\nSELECT')
    >>> desc, params[0].name, params[0].default
    ('Events.', 'from', '1991')
    """
    description: list[str] = []
    params: list[Param] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        body = stripped.lstrip("#").strip()
        if body.lower().startswith("param:"):
            param = _parse_param(body[len("param:") :], origin)
            if any(p.name == param.name for p in params):
                raise InputError(f"{origin}: parameter {param.name!r} is declared twice")
            params.append(param)
        elif body:
            description.append(body)
    return " ".join(description), tuple(params)


def _parse_param(spec: str, origin: str) -> Param:
    try:
        words = shlex.split(spec)
    except ValueError as exc:
        raise InputError(f"{origin}: bad parameter line {spec.strip()!r}: {exc}") from None
    if len(words) < 3:
        raise InputError(
            f'{origin}: a parameter line reads: # param: NAME TYPE "description" '
            f"[default VALUE | optional], not {spec.strip()!r}"
        )
    name, kind, description, *rest = words
    if not _NAME.match(name):
        raise InputError(f"{origin}: {name!r} is not a usable parameter name")
    if kind not in PARAM_TYPES:
        raise InputError(f"{origin}: parameter {name}: unknown type {kind!r}; use {PARAM_TYPES}")
    if rest == ["optional"]:
        return Param(name, kind, description, optional=True)
    if len(rest) == 2 and rest[0] == "default":
        return Param(name, kind, description, default=rest[1])
    if rest:
        raise InputError(f"{origin}: parameter {name}: expected 'default VALUE' or 'optional'")
    return Param(name, kind, description)


def resolve_entity(value: str) -> URIRef:
    """The entity a name, slug, Wikidata ID, prefixed name or IRI stands for.

    Unknown and ambiguous names are errors that list what the name could mean.
    """
    from kg import dictionary

    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        return URIRef(check_iri(text[1:-1]))
    if re.match(r"^https?://", text) and not re.search(r"wikidata\.org/(wiki|entity)/Q", text):
        return URIRef(check_iri(text))
    if text.startswith("entity:") and _PNAME.match(text):
        return entity_iri(text.removeprefix("entity:"))
    found = dictionary.load()
    matches = found.find(text)
    if len(matches) == 1:
        return entity_iri(matches[0].slug)
    if matches:
        listed = "; ".join(f"{e.slug} ({e.type}: {e.label})" for e in matches)
        raise QueryError(
            f"{value!r} is ambiguous: it names {len(matches)} entities: {listed}. "
            "Give the slug or the Wikidata ID instead"
        )
    from kg.text import fold

    names = {fold(n): e.slug for e in found for n, _lang, _kind in e.names()}
    names.update({e.slug: e.slug for e in found})
    close = difflib.get_close_matches(fold(text), list(names), n=5, cutoff=0.75)
    hint = ""
    if close:
        hint = "; did you mean " + ", ".join(sorted({names[c] for c in close})) + "?"
    raise QueryError(f"no entity is called {value!r}{hint}")


def _iri(value: str) -> URIRef:
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        return URIRef(check_iri(text[1:-1]))
    match = _PNAME.match(text)
    if match and (match.group(1) or "") in PREFIXES:
        return URIRef(check_iri(PREFIXES[match.group(1) or ""] + match.group(2)))
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", text):
        return URIRef(check_iri(text))
    raise QueryError(f"{value!r} is not an IRI: write <https://...> or a prefixed name")


def _date(value: str, *, end: bool) -> Literal:
    from kg.dates import PartialDate

    try:
        date = PartialDate.parse(value.strip())
    except (InputError, ValueError) as exc:
        raise QueryError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD): {exc}") from None
    day: dt.date = date.latest if end else date.earliest
    return Literal(day.isoformat(), datatype=XSD.date)


def parse_value(param: Param, value: str) -> URIRef | Literal:
    """A parameter value as an RDF term of the parameter's type."""
    if len(value) > _MAX_VALUE:
        raise QueryError(f"parameter {param.name}: value is over {_MAX_VALUE} characters")
    try:
        if param.type == "entity":
            return resolve_entity(value)
        if param.type == "iri":
            return _iri(value)
        if param.type == "class":
            text = value.strip()
            if _CLASS.match(text):
                return URIRef(CKG[text])
            return _iri(text)
        if param.type in ("date", "date-end"):
            return _date(value, end=param.type == "date-end")
        if param.type == "integer":
            if not _INTEGER.match(value.strip()):
                raise QueryError(f"{value!r} is not an integer")
            return Literal(int(value.strip()), datatype=XSD.integer)
        if param.type == "decimal":
            try:
                number = Decimal(value.strip())
            except InvalidOperation:
                raise QueryError(f"{value!r} is not a number") from None
            if not number.is_finite():
                raise QueryError(f"{value!r} is not a finite number")
            return Literal(number, datatype=XSD.decimal)
        return Literal(value)
    except (QueryError, InputError) as exc:
        raise QueryError(f"parameter {param.name}: {exc}") from None


def bind_values(
    params: tuple[Param, ...], given: Mapping[str, str], *, origin: str = "query"
) -> dict[str, URIRef | Literal | None]:
    """Parse the given values (and defaults); unknown or missing parameters are errors."""
    known = {p.name for p in params}
    unknown = sorted(set(given) - known)
    if unknown:
        listed = ", ".join(sorted(known)) or "none"
        raise QueryError(f"{origin}: unknown parameter(s) {', '.join(unknown)}; it takes: {listed}")
    bound: dict[str, URIRef | Literal | None] = {}
    for param in params:
        raw = given.get(param.name, param.default)
        if raw is None:
            if param.required:
                raise QueryError(
                    f"{origin}: parameter {param.name!r} is required ({param.description})"
                )
            bound[param.name] = None
        else:
            bound[param.name] = parse_value(param, raw)
    return bound


def values_block(bound: Mapping[str, URIRef | Literal | None]) -> str:
    """One-line ``VALUES`` clause of escaped terms; ``UNDEF`` for unbound optional values.

    >>> values_block({"n": Literal(3), "s": Literal('a" } DROP ALL #')})
    'VALUES (?n ?s) { (3 "a\\\\" } DROP ALL #") }'
    """
    names = list(bound)
    if not names:
        return ""
    cells = []
    for name in names:
        term = bound[name]
        if term is None:
            cells.append("UNDEF")
        elif isinstance(term, Literal) and term.datatype == XSD.integer:
            cells.append(str(int(term)))
        else:
            cells.append(to_sparql(term))
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
    return kept


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
    kept = needs_values(query)
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


def _tokens(query: str) -> list[tuple[str, str, int]]:
    from kg.sparql_guard import tokens

    return tokens(query)
