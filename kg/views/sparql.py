"""Small helpers the views use to read the store through SPARQL: run a SELECT, local names
and literal texts of terms, the class hierarchy, and language tags fit for a query."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import pyoxigraph as ox

from kg.errors import QueryError
from kg.namespaces import ID
from kg.query import run
from kg.store import Store

ENTITY_PREFIX = f"{ID}entity/"
_LANG_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789")


def select(store: Store, query: str) -> ox.QuerySolutions:
    """The rows of a SELECT query (a :class:`QueryError` for any other kind)."""
    result = run(store, query)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("expected a SELECT query")
    return result


def local(term: object) -> str:
    """The local name of an IRI (after the last ``#`` or ``/``), or a literal's text."""
    value = term.value if isinstance(term, ox.NamedNode | ox.Literal) else str(term)
    return value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def literal_text(term: object) -> str:
    """The text of an IRI or literal; ``""`` for an unbound or blank term."""
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else ""


def superclasses(store: Store) -> dict[str, set[str]]:
    """Every class of the store's ontology with all its superclasses (itself included)."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in select(store, "SELECT ?c ?s WHERE { ?c rdfs:subClassOf+ ?s }"):
        if isinstance(row["c"], ox.NamedNode) and isinstance(row["s"], ox.NamedNode):
            found[row["c"].value].add(row["s"].value)
    for cls, sups in found.items():
        sups.add(cls)
    return found


def most_specific(types: Iterable[str], supers: dict[str, set[str]]) -> str:
    """The class among ``types`` that no other of them is a subclass of (ties: by name)."""
    candidates = sorted(set(types))
    if not candidates:
        return ""
    specific = [
        t for t in candidates if not any(t != o and t in supers.get(o, ()) for o in candidates)
    ]
    return sorted(specific or candidates, key=lambda t: (-len(supers.get(t, ())), t))[0]


def check_lang(lang: str) -> str:
    """A language tag fit to paste into a query (``az``, ``ru``, ``en``, ``pt-BR``)."""
    if not lang or not set(lang) <= _LANG_CHARS or len(lang) > 20:
        raise QueryError(f"{lang!r} is not a language tag (en, az, ru, hy, ka, tr, fa, ar)")
    return lang.lower()
