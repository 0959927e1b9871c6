"""Which of a state's armed forces a text means when it names none: the one whose label says
so (``the two navies``: the navy of each), else the state's national force, the one whose
English label has a word of ``conventions.yaml``'s ``national_force_labels`` (Armed Forces of
the Russian Federation, Defense Forces of Georgia). A state with several such forces or none
(Iran: the army and the IRGC) gets none: the text does not tell which.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

from kg.dictionary import Dictionary
from kg.text import fold
from kg.yamlio import load_yaml

CONVENTIONS = Path(__file__).resolve().parent / "conventions.yaml"
FORCES = "ArmedForces"


@cache
def national_labels(path: Path = CONVENTIONS) -> tuple[str, ...]:
    """The label words of a national force (folded).

    >>> "armed forces" in national_labels()
    True
    """
    raw = load_yaml(path.read_text(encoding="utf-8")) or {}
    return tuple(fold(w) for w in raw.get("national_force_labels") or ())


@lru_cache(maxsize=4)
def _forces_of(dictionary: Dictionary) -> dict[str, tuple[tuple[str, str], ...]]:
    """The forces of each state (slug and folded label), read once per dictionary."""
    found: dict[str, tuple[tuple[str, str], ...]] = {}
    for entity in dictionary:
        if entity.type == FORCES and entity.part_of:
            pair = (entity.slug, fold(entity.label))
            found[entity.part_of] = (*found.get(entity.part_of, ()), pair)
    return found


def national_force(
    state: str, dictionary: Dictionary, words: Iterable[str] | None = None
) -> str | None:
    """The one force ``part_of`` the state whose label has one of ``words`` (the national
    force's words when none are given); ``None`` with none or several.

    >>> from kg.dictionary import load
    >>> national_force("russia", load())
    'armed-forces-of-the-russian-federation'
    >>> national_force("azerbaijan", load(), ["navy"]), national_force("iran", load())
    ('azerbaijani-navy', None)
    """
    wanted = [fold(w) for w in words] if words is not None else national_labels()
    found = [
        slug
        for slug, label in _forces_of(dictionary).get(state, ())
        if any(f" {w} " in f" {label} " for w in wanted)
    ]
    return found[0] if len(found) == 1 else None
