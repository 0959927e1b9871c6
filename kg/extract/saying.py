"""Dates that tell when something was said, not when what it reports happened: a date right
between a reporting verb and the word opening what is reported (lexicon
``reported_openers``: "Peskov said last week that the drills ..."). Such a date gives a
trigger noun of the report no date of its own, so "the drills" there still refers back to
the drills told before instead of telling new ones of last week.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.dates import DateMention
from kg.extract.lexicon import lexicon
from kg.extract.phrases import PhraseIndex, alternation
from kg.extract.textmap import quick_fold

# Characters before a date that may hold the reporting verb ending right before it.
_REACH = 24


@lru_cache(maxsize=16)
def _opener(language: str) -> re.Pattern[str] | None:
    """The words opening what is reported, right after a date (``that``), or ``None``."""
    words = list(lexicon(language).reported_openers)
    if not words:
        return None
    return re.compile(r"\s*,?\s*(?:" + alternation(words).pattern + r")(?!\w)", re.I)


def unsaid(
    text: str, dates: list[DateMention], reporting: PhraseIndex[str], language: str
) -> list[DateMention]:
    """The dates less those that tell when a report was made: after a reporting verb
    (``reporting``, the lexicon's claim cues) and before the word opening what it reports.

    >>> from kg.extract.dates import find_dates
    >>> import datetime as dt
    >>> text = "Peskov said last week that the drills of May 2 worried Moscow."
    >>> dates = find_dates(text, "en", dt.date(2023, 9, 12))
    >>> [d.text for d in unsaid(text, dates, PhraseIndex([("said", "before")]), "en")]
    ['May 2']
    """
    opener = _opener(language) if dates else None
    if opener is None:
        return dates
    kept: list[DateMention] = []
    for date in dates:
        if opener.match(text, date.end):
            before = quick_fold(text[max(0, date.start - _REACH) : date.start])
            if any(end == len(before) for _, end, _ in reporting.find(before)):
                continue
        kept.append(date)
    return kept
