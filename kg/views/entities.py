"""Entities as the views show them: label, class and legend group (:func:`entity_info`), and
the IRI of an entity named by slug, IRI, Wikidata ID or a name in any language (:func:`entity_iri`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kg.errors import QueryError
from kg.query import run
from kg.store import Store
from kg.views.sparql import ENTITY_PREFIX, check_lang, local, most_specific, select, superclasses


@dataclass(frozen=True)
class EntityInfo:
    """What a node shows about an entity."""

    label: str
    type: str
    group: str


GROUP_ROOTS = (
    # (legend group, root class): the first root a class falls under names its group
    ("DeFactoState", "DeFactoState"),
    ("Country", "Country"),
    ("Person", "Person"),
    ("ArmedForces", "ArmedForces"),
    ("Organisation", "Organisation"),
    ("Place", "Place"),
    ("Event", "Event"),
)


def group_of_class(cls: str, supers: dict[str, set[str]]) -> str:
    """The legend group of a class IRI (``Other`` when none fits)."""
    ancestors = {local(s) for s in supers.get(cls, set())} | {local(cls)}
    for group, root in GROUP_ROOTS:
        if root in ancestors:
            return group
    return "Other"


def entity_info(store: Store, iris: Iterable[str], *, lang: str = "en") -> dict[str, EntityInfo]:
    """Label (``skos:prefLabel`` in ``lang``, else English), class and legend group of each IRI."""
    lang = check_lang(lang)
    wanted = sorted(set(iris))
    if not wanted:
        return {}
    for iri in wanted:
        if any(c in iri for c in '<>"{}|^`\\ '):
            raise QueryError(f"{iri!r} is not an IRI")
    supers = superclasses(store)
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for start in range(0, len(wanted), 2000):
        values = " ".join(f"<{i}>" for i in wanted[start : start + 2000])
        query = f"""SELECT ?x ?type ?pref ?en ?any WHERE {{
  VALUES ?x {{ {values} }}
  {{ ?x a ?type }}
  UNION {{ ?x skos:prefLabel ?pref FILTER(LANGMATCHES(LANG(?pref), "{lang}")) }}
  UNION {{ ?x rdfs:label ?en FILTER(LANGMATCHES(LANG(?en), "en")) }}
  UNION {{ ?x rdfs:label ?any }}
}}"""
        for row in select(store, query):
            slot = found[row["x"].value]
            for key in ("type", "pref", "en", "any"):
                if row[key] is not None:
                    slot[key].add(row[key].value)
    info = {}
    for iri in wanted:
        slot = found.get(iri, {})
        label = next(
            (sorted(slot[k])[0] for k in ("pref", "en", "any") if slot.get(k)), _fallback(iri)
        )
        cls = most_specific(slot.get("type", set()), supers)
        info[iri] = EntityInfo(
            label=label, type=local(cls) if cls else "", group=group_of_class(cls, supers)
        )
    return info


def _fallback(iri: str) -> str:
    name = local(iri)
    return name.replace("-", " ").title() if iri.startswith(ENTITY_PREFIX) else name


def entity_iri(store: Store, name: str) -> str:
    """The IRI of an entity named by slug, IRI, Wikidata ID or a name in any language."""
    from kg import dictionary

    text = name.strip()
    if text.startswith(("http://", "https://")) and "wikidata.org" not in text:
        return text
    matches = dictionary.load().find(text)
    if len(matches) == 1:
        return ENTITY_PREFIX + matches[0].slug
    if len(matches) > 1:
        slugs = ", ".join(sorted(m.slug for m in matches))
        raise QueryError(f"{name!r} is ambiguous: it names {slugs}; give one of these slugs")
    slug_like = text.lower()
    probe = ENTITY_PREFIX + slug_like
    if not any(c in probe for c in '<>"{}|^`\\ '):
        result = run(store, f"ASK {{ <{probe}> ?p ?o }}")
        if bool(result):
            return probe
    raise QueryError(f"no entity called {name!r}; 'kg entity NAME' looks names up")
