"""Places named right after a trigger noun, as its object: "обстрел Цхинвали", "the shelling
of Tskhinvali", "Goris bombardment" aside. Fire at a place so named hits the state the place
lies in (common ``place_targets``), as fire "near Goris" does.
"""

from __future__ import annotations

import re

from kg.extract.arguments import Trigger
from kg.extract.mention import Mention

# Between a trigger noun and the place it governs: spaces, and an "of" where a language
# writes one.
_BETWEEN = re.compile(r"\s+(?:of\s+)?", re.I)


def objects(text: str, places: list[Mention], trigger: Trigger) -> list[Mention]:
    """The places written right after ``trigger`` in ``text``.

    >>> text = "начали обстрел Цхинвали"
    >>> city = Mention(15, 23, "Цхинвали", "tskhinvali", "name")
    >>> [m.text for m in objects(text, [city], Trigger(7, 14, "обстрел", "Shelling"))]
    ['Цхинвали']
    """
    found = []
    for place in places:
        gap = text[trigger.end : place.start]
        if place.start >= trigger.end and _BETWEEN.fullmatch(gap):
            found.append(place)
    return found
