"""Reporting verbs whose object is the speaker's own act (lexicon ``announcing``): "The EU
announced sanctions against Belarus", "Azerbaijan declared a ceasefire", "Россия объявила о
завершении операции". With no clause of what is reported after them (no lexicon
``reported_openers`` word, "that" or "что", before the clause ends or right after its
comma), the speaker does what it announces and takes part in it, instead of only reporting
someone else's act ("Aliyev announced that Azerbaijani forces had taken Shusha" still
reports).
"""

from __future__ import annotations

import re

from kg.extract.lexicon import Lexicon

# A word, or a break ending the verb's clause.
_TOKEN = re.compile(r"\w+|[,;:.!?()\"«»—–]")


def announces(text: str, cue_start: int, cue_end: int, lexicon: Lexicon) -> bool:
    """True when the cue at ``text[cue_start:cue_end]`` (folded) is one of the lexicon's
    ``announcing`` verbs and what follows it up to the end of its clause is its object, not
    a reported clause.

    >>> from kg.extract.lexicon import lexicon
    >>> en, ru = lexicon("en"), lexicon("ru")
    >>> announces("the eu announced sanctions on belarus.", 7, 16, en)
    True
    >>> announces("the eu announced on friday that russia attacked.", 7, 16, en)
    False
    >>> announces("the eu said sanctions would follow.", 7, 11, en)
    False
    >>> announces("россия объявила о выводе войск, которые ...", 7, 15, ru)
    True
    >>> announces("россия объявила, что войска уйдут.", 7, 15, ru)
    False
    """
    if text[cue_start:cue_end] not in lexicon.announcing:
        return False
    openers = lexicon.reported_openers or ("that",)
    after_break = False
    for match in _TOKEN.finditer(text, cue_end):
        word = match.group()
        if word in openers:
            return False
        if after_break or (not word[0].isalnum() and word != ","):
            return True
        after_break = word == ","
    return True
