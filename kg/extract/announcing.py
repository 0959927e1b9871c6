"""Reporting verbs whose object is the speaker's own act (lexicon ``announcing``): "The EU
announced sanctions against Belarus", "Azerbaijan declared a ceasefire". With no clause of
what is reported after them (no "that" before the clause ends), the speaker does what it
announces and takes part in it, instead of only reporting someone else's act ("Aliyev
announced that Azerbaijani forces had taken Shusha" still reports).
"""

from __future__ import annotations

import re

from kg.extract.lexicon import Lexicon

# A clause of what is reported ("that"), or the end of the verb's clause.
_REPORTED = re.compile(r"\bthat\b|[,;:.!?()\"«»—–]")


def announces(text: str, cue_start: int, cue_end: int, lexicon: Lexicon) -> bool:
    """True when the cue at ``text[cue_start:cue_end]`` (folded) is one of the lexicon's
    ``announcing`` verbs and what follows it up to the end of its clause is its object, not
    a reported clause.

    >>> from kg.extract.lexicon import lexicon
    >>> en = lexicon("en")
    >>> announces("the eu announced sanctions on belarus.", 7, 16, en)
    True
    >>> announces("the eu announced on friday that russia attacked.", 7, 16, en)
    False
    >>> announces("the eu said sanctions would follow.", 7, 11, en)
    False
    """
    if text[cue_start:cue_end] not in lexicon.announcing:
        return False
    stop = _REPORTED.search(text, cue_end)
    return stop is None or stop.group() != "that"
