"""What a reporting converb says (lexicon ``reporting_converbs``): in "İrəvan isə Qarabağda
Ermənistan ordusunun olmadığını bildirərək Azərbaycanın addımını təcavüz adlandırıb" the words
between the speaker and "bildirərək" (stating that) are what Yerevan stated while it acted;
the Armenian army named there takes no part in the accusation told after it. The span is an
aside of the sentence (:meth:`~.triggers.TriggerRules.asides`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.lexicon import Lexicon
from kg.extract.mention import Mention
from kg.extract.sentences import Sentence


@lru_cache(maxsize=16)
def _converb(lexicon: Lexicon) -> re.Pattern[str] | None:
    """The converbs as whole words in any case, searched in the text as written."""
    words = sorted(lexicon.reporting_converbs, key=len, reverse=True)
    escaped = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w)(?:{escaped})(?!\w)", re.I) if words else None


def said_along(
    sentence: Sentence, actors: list[Mention], lexicon: Lexicon
) -> list[tuple[int, int]]:
    """The spans from right after the sentence's first actor (its speaker) to the end of a
    reporting converb after it.

    >>> from kg.extract.lexicon import lexicon
    >>> text = "İrəvan isə ordunun olmadığını bildirərək Bakını ittiham edib."
    >>> s = Sentence(0, len(text), text)
    >>> said_along(s, [Mention(0, 6, "İrəvan", "armenia", "metonym")], lexicon("az"))
    [(6, 40)]
    """
    converb = _converb(lexicon) if actors else None
    if converb is None:
        return []
    speaker_end = actors[0].end - sentence.start
    found = converb.search(sentence.text, max(speaker_end, 0))
    if found is None:
        return []
    return [(sentence.start + speaker_end, sentence.start + found.end())]
