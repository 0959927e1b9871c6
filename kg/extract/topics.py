"""An agreement talked about is no agreement made (the ontology: a negotiation is talks aimed at
reaching an agreement): "talks on a peace treaty", "discussed the draft peace agreement",
"переговоры по мирному договору", "sülh müqaviləsi üzrə danışıqlar" tell the talks only.

The agreement's word is the topic of a word of talks (a meeting or a finer kind) when a
lexicon ``topic_openers`` word comes between them, the talks' word first (after it where the
verb comes last), with no date, other trigger nor clause break between.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kg.extract.arguments import Trigger
from kg.extract.commitments import is_agreement
from kg.extract.dates import DateMention
from kg.extract.kinds import broader
from kg.extract.lexicon import Lexicon
from kg.extract.withdrawn import withdrawn

TALKS = "Meeting"
# At most so many words between the talks' word and the agreement's ("negotiations between
# Armenia and Azerbaijan on the").
_REACH = 6
_BREAK = re.compile(r"[,.;:()—–]")


@lru_cache(maxsize=16)
def _openers(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    phrases = "|".join(re.escape(w).replace(r"\*", r"\w*") for w in words)
    return re.compile(rf"(?<!\w)(?:{phrases})(?!\w)", re.I)


def is_talks(kind: str) -> bool:
    """True for a meeting and its finer kinds but a state visit (a visit is no talks about
    what is signed during it).

    >>> is_talks("Negotiation"), is_talks("StateVisit"), is_talks("Agreement")
    (True, False, False)
    """
    return kind != "StateVisit" and (kind == TALKS or TALKS in broader(kind))


def talked_about(
    trigger: Trigger,
    triggers: Sequence[Trigger],
    text: str,
    dates: Sequence[DateMention],
    openers: tuple[str, ...],
    verb_final: bool,
) -> bool:
    """True when the agreement's trigger is the topic of a word of talks next to it.

    >>> text = "They held talks on a peace treaty."
    >>> talks = Trigger(10, 15, "talks", "Meeting")
    >>> treaty = Trigger(21, 33, "peace treaty", "PeaceAgreement")
    >>> talked_about(treaty, [talks, treaty], text, [], ("on",), False)
    True
    >>> talked_about(treaty, [treaty], text, [], ("on",), False)
    False
    """
    pattern = _openers(openers)
    if pattern is None or not is_agreement(trigger.type):
        return False
    for other in triggers:
        if not is_talks(other.type):
            continue
        lo, hi = (trigger.end, other.start) if verb_final else (other.end, trigger.start)
        if lo > hi:
            continue
        gap = text[lo:hi]
        if (
            len(gap.split()) <= _REACH
            and pattern.search(gap)
            and not _BREAK.search(gap)
            and not any(lo <= d.start < hi for d in dates)
            and not any(lo <= t.start < hi for t in triggers)
        ):
            return True
    return False


def acted_on(
    trigger: Trigger,
    triggers: Sequence[Trigger],
    text: str,
    dates: Sequence[DateMention],
    lexicon: Lexicon,
) -> bool:
    """True when the trigger names what another trigger next to it acts on, and so tells no
    event of its own: the agreement talks are about (:func:`talked_about`), the troops a
    withdrawal moves (:func:`kg.extract.withdrawn.withdrawn`).

    >>> from kg.extract.lexicon import lexicon
    >>> text = "переговоры по мирному договору"
    >>> talks = Trigger(0, 10, "переговоры", "Negotiation")
    >>> treaty = Trigger(14, 30, "мирному договору", "PeaceAgreement")
    >>> told, ru = [talks, treaty], lexicon("ru")
    >>> acted_on(treaty, told, text, [], ru), acted_on(talks, told, text, [], ru)
    (True, False)
    """
    last = lexicon.subject_first
    return withdrawn(trigger, triggers, text, last) or talked_about(
        trigger, triggers, text, dates, lexicon.topic_openers, last
    )
