"""A sentence restating what a document told before says (lexicon ``restating_openers``:
"Sənədə əsasən, ...", "Согласно документу, ...", "Under the statement, ..."): an event of a
kind already found is that event again (ANNOTATION.md, section 6: "under the statement, fire
stops at midnight" is the ceasefire signed), with the same fields and one more quote, so
the two merge. Content of another kind (troops to deploy) stays its own event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from kg.extract.lexicon import lexicon
from kg.extract.sentences import Sentence
from kg.extract.textmap import quick_fold
from kg.model import Event


@lru_cache(maxsize=16)
def _opener(language: str) -> re.Pattern[str] | None:
    words = lexicon(language).restating_openers
    if not words:
        return None
    return re.compile("(?:" + "|".join(re.escape(quick_fold(w)) for w in words) + r")\s*,")


def restated(
    found: list[Event], sentence: Sentence, previous: Sequence[Event], language: str
) -> list[Event]:
    """``found`` (the sentence's events), each of a kind in ``previous`` replaced by the last
    such event with the sentence's evidence added, when the sentence opens by citing the
    document.

    >>> from kg.model import Evidence
    >>> quote = Evidence("d", "q", 0, 1, "x", "1", 0.5)
    >>> signed = Event("Ceasefire", "x", (quote,), participants=("armenia", "azerbaijan"))
    >>> told = Event("Ceasefire", "y", (quote,), participants=("russia",))
    >>> s = Sentence(0, 30, "Sənədə əsasən, atəş dayandırılır.")
    >>> [e.participants for e in restated([told], s, [signed], "az")]
    [('armenia', 'azerbaijan')]
    """
    opener = _opener(language) if found and previous else None
    if opener is None or not opener.match(quick_fold(sentence.text[:60])):
        return found
    kept: list[Event] = []
    for event in found:
        same = next((e for e in reversed(previous) if e.type == event.type), None)
        kept.append(event if same is None else replace(same, evidence=event.evidence))
    return kept
