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

Values are parsed into RDF terms here; :mod:`kg.binding` writes them into the query text.
A parameter without a default is required; ``optional`` ones stay unbound when not given.
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
from kg.rdfterms import check_iri

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


HEADER_DIRECTIVES = ("sort:", "page:", "count:")


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
        elif body.lower().startswith(HEADER_DIRECTIVES):
            continue  # how kg sorts and pages the answer (kg.pages), not its description
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
