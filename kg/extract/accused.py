"""Dates told inside what a speech act is about (lexicon ``content_openers``): "Пашинян
обвинил Москву в том, что осенью 2023 года она ..." is an accusation made when the story is,
the autumn of 2023 being when the accused act happened. Such a date gives the accusation (a
threat, a statement) no date of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.arguments import Trigger
from kg.extract.dates import DateMention
from kg.extract.lexicon import Lexicon

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
