"""Places written in a case that tells where something goes (lexicon ``destination_endings``:
the Azerbaijani dative, "Bakıya rəsmi səfərə gəlib", "Tehrana səfər"): the event takes place
there, as at a place written in the locative ("Bakıda"), so a visit's host is the state of
the capital it goes to.
"""

from __future__ import annotations

from functools import lru_cache

from kg.dictionary import Dictionary
from kg.extract.forms import written_with
from kg.extract.lexicon import Lexicon
from kg.extract.mention import Mention
from kg.text import fold


def destinations(
    places: list[Mention], located: list[Mention], dictionary: Dictionary, lexicon: Lexicon
) -> list[Mention]:
    """The places (not yet ``located``) written as one of their names plus a destination
    ending.

    >>> from kg.dictionary import load
    >>> from kg.extract.lexicon import lexicon
    >>> baku = Mention(20, 26, "Bakıya", "baku", "name")
    >>> [m.text for m in destinations([baku], [], load(), lexicon("az"))]
    ['Bakıya']
    >>> destinations([Mention(0, 4, "Bakı", "baku", "name")], [], load(), lexicon("az"))
    []
    """
    endings = _endings(lexicon)
    if not endings:
        return []
    language = lexicon.language
    found = []
    for mention in places:
        entity = dictionary.get(mention.entity) if mention.entity else None
        if entity is None or mention in located:
            continue
        names = [entity.labels.get(language, ""), *entity.aliases.get(language, ())]
        if written_with(mention.text, names, endings):
            found.append(mention)
    return found


@lru_cache(maxsize=16)
def _endings(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(fold(e) for e in lexicon.destination_endings)
