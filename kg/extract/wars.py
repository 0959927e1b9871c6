"""Wars as a whole list the states that fight, not their forces (ANNOTATION.md, section 3,
"Forces"): "Боевые действия начались, когда грузинские войска начали обстрел" is an armed
conflict of Georgia (and the others named), the Georgian forces going with the shelling.
The kinds are common ``wars``; a force that joins through a person serving in it (a general
killed in the clashes) is added later, with the person's principals, and stays.
"""

from __future__ import annotations

from kg.dictionary import Dictionary
from kg.extract.forces import FORCES
from kg.extract.lexicon import common
from kg.extract.roles import acting_for


def as_states(kind: str, slugs: tuple[str, ...], dictionary: Dictionary) -> tuple[str, ...]:
    """``slugs`` with each armed force replaced by the state it belongs to, for a war.

    >>> from kg.dictionary import load
    >>> as_states("ArmedConflict", ("defense-forces-of-georgia", "russia"), load())
    ('georgia', 'russia')
    >>> as_states("Shelling", ("defense-forces-of-georgia",), load())
    ('defense-forces-of-georgia',)
    """
    if kind not in common().wars:
        return slugs
    found: list[str] = []
    for slug in slugs:
        entity = dictionary.get(slug)
        if entity is not None and entity.type == FORCES:
            slug = acting_for(slug, dictionary, None) or slug
        if slug not in found:
            found.append(slug)
    return tuple(found)
