"""Wars as a whole list the states that fight, not their forces (ANNOTATION.md, section 3,
"Forces"): "Боевые действия начались, когда грузинские войска начали обстрел" is an armed
conflict of Georgia (and the others named), the Georgian forces going with the shelling.
The kinds are common ``wars``; a force that joins through a person serving in it (a general
killed in the clashes) is added later, with the person's principals, and stays. So do the
kinds no force carries out (common ``unarmed``: talks, agreements, statements, visits): a
force named after the trigger is what they are about ("agreed on the withdrawal of Russian
troops", "договорились о выводе российских военных"), its state the party; one named before
it is the subject that meets ("the chiefs of the general staff of Armenia and Azerbaijan
met") and stays.
"""

from __future__ import annotations

from kg.dictionary import Dictionary
from kg.extract.forces import FORCES
from kg.extract.lexicon import common
from kg.extract.roles import acting_for


def as_states(
    kind: str,
    slugs: tuple[str, ...],
    dictionary: Dictionary,
    keep: tuple[str, ...] = (),
) -> tuple[str, ...]:
    """``slugs`` with each armed force replaced by the state it belongs to, for a war (the
    forces of ``keep`` too, for an unarmed kind).

    >>> from kg.dictionary import load
    >>> as_states("ArmedConflict", ("defense-forces-of-georgia", "russia"), load())
    ('georgia', 'russia')
    >>> as_states("Shelling", ("defense-forces-of-georgia",), load())
    ('defense-forces-of-georgia',)
    >>> as_states("Agreement", ("armed-forces-of-the-russian-federation", "armenia"), load())
    ('russia', 'armenia')
    >>> force = ("armed-forces-of-armenia",)
    >>> as_states("Meeting", force, load(), keep=force)
    ('armed-forces-of-armenia',)
    """
    unarmed = kind in common().unarmed
    if kind not in common().wars and not unarmed:
        return slugs
    found: list[str] = []
    for slug in slugs:
        entity = dictionary.get(slug)
        if entity is not None and entity.type == FORCES and not (unarmed and slug in keep):
            slug = acting_for(slug, dictionary, None) or slug
        if slug not in found:
            found.append(slug)
    return tuple(found)
