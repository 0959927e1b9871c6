"""Dates told inside what a speech act is about (lexicon ``content_openers``): "Пашинян
обвинил Москву в том, что осенью 2023 года она ..." is an accusation made when the story is,
the autumn of 2023 being when the accused act happened. Such a date gives the accusation (a
threat, a statement) no date of its own.

Likewise the names in what the accused is accused of (lexicon ``accused_of`` after a verb of
``accusing``: "accused France of arming Armenia") take no part in the accusation: it is
aimed at the accused (sources/ANNOTATION.md section 3).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.arguments import Trigger
from kg.extract.dates import DateMention
from kg.extract.lexicon import Lexicon
from kg.extract.mention import Mention

# How far after the speech act's trigger the opener of what it is about may stand.
_REACH = 60


@lru_cache(maxsize=16)
def _opener(lexicon: Lexicon) -> re.Pattern[str] | None:
    """The words opening what a speech act is about, or ``None``."""
    words = lexicon.content_openers
    if not words:
        return None
    return re.compile("|".join(r"(?<!\w)" + re.escape(w) + r"(?!\w)" for w in words))


def uncontained(
    text: str, trigger: Trigger, dates: list[DateMention], lexicon: Lexicon
) -> list[DateMention]:
    """The dates less those after the opener of what the speech act ``trigger`` is about.

    >>> import datetime as dt
    >>> from kg.extract.dates import find_dates
    >>> from kg.extract.lexicon import lexicon
    >>> text = "Он обвинил Москву в том, что осенью 2023 года она вмешивалась."
    >>> dates = find_dates(text, "ru", dt.date(2024, 2, 22))
    >>> accused = Trigger(3, 10, "обвинил", "Accusation")
    >>> [d.text for d in uncontained(text, accused, dates, lexicon("ru"))], len(dates)
    ([], 1)
    """
    opener = _opener(lexicon) if dates else None
    if opener is None:
        return dates
    found = opener.search(text[trigger.end : trigger.end + _REACH].lower())
    if found is None:
        return dates
    return [d for d in dates if d.start < trigger.end + found.end()]


@lru_cache(maxsize=16)
def _accused_of(lexicon: Lexicon) -> re.Pattern[str] | None:
    """The words opening what the accused is accused of, or ``None``."""
    words = lexicon.accused_of
    if not words or not lexicon.accusing:
        return None
    return re.compile("|".join(r"(?<!\w)" + re.escape(w) + r"(?!\w)" for w in words), re.I)


def alleged(
    text: str, trigger: Trigger, told: list[Mention], lexicon: Lexicon, end: int
) -> list[Mention]:
    """``told`` less the names in what the accused is accused of: after the first opener
    (``accused_of``) that follows a name after a verb of ``accusing``, up to ``end`` (the
    clause's end).

    >>> from kg.extract.lexicon import lexicon
    >>> text = "Baku accused France of arming Armenia."
    >>> names = [Mention(0, 4, "Baku", "azerbaijan", "metonym"),
    ...          Mention(13, 19, "France", "france", "name"),
    ...          Mention(30, 37, "Armenia", "armenia", "name")]
    >>> hit = Trigger(5, 12, "accused", "Accusation")
    >>> [m.entity for m in alleged(text, hit, names, lexicon("en"), len(text))]
    ['azerbaijan', 'france']
    """
    opener = _accused_of(lexicon)
    if opener is None or not trigger.text.lower().startswith(tuple(lexicon.accusing)):
        return told
    accused = [m for m in told if m.start >= trigger.end]
    if not accused:
        return told
    found = opener.search(text, accused[0].end, end)
    if found is None:
        return told
    return [m for m in told if not found.start() <= m.start < end]
