"""A protest told as against the government (lexicon ``against_rulers``:
"антиправительственный митинг", "hökumət əleyhinə aksiya") with nobody named is against the
state it is held in: the state of the place named in its clause nearest to the trigger (common
``place_rulers`` kinds).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.dictionary import Dictionary
from kg.extract.arguments import Trigger, place_states
from kg.extract.lexicon import Lexicon
from kg.extract.mention import Mention
from kg.extract.phrases import alternation
from kg.extract.textmap import quick_fold
from kg.model import Source


def governments(
    lexicon: Lexicon,
    source: Source,
    trigger: Trigger,
    bounds: tuple[int, int],
    located: list[Mention],
    dictionary: Dictionary,
) -> tuple[str, ...]:
    """The state a trigger's clause (``bounds``) tells its event is against, as its
    government: the state of the located place nearest to the trigger in that clause; ``()``
    when the clause says nothing of a government.

    >>> from kg.dictionary import load
    >>> from kg.extract.lexicon import lexicon
    >>> text = "В Ереване прошёл антиправительственный митинг."
    >>> source = Source("d", text, "t", "ru", "sha256:0")
    >>> yerevan = Mention(2, 9, "Ереване", "yerevan", "name")
    >>> rally = Trigger(39, 45, "митинг", "Protest")
    >>> governments(lexicon("ru"), source, rally, (0, 46), [yerevan], load())
    ('armenia',)
    """
    cue = _cue(lexicon)
    lo, hi = bounds
    if cue is None or not cue.search(quick_fold(source.text[lo:hi])):
        return ()
    here = [m for m in located if lo <= m.start < hi]
    here.sort(key=lambda m: abs(m.start - trigger.start))
    return place_states(here[:1], None, (), dictionary, source.published)


@lru_cache(maxsize=16)
def _cue(lexicon: Lexicon) -> re.Pattern[str] | None:
    return alternation(list(lexicon.against_rulers)) if lexicon.against_rulers else None
