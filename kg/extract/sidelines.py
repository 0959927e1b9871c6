"""Events held on the sidelines of a summit (lexicon ``sidelines``: "on the sidelines of the
CSTO summit", "в кулуарах саммита ОДКБ", "KTMT sammitinin kənarında").

A meeting or a signing told there is its own event besides the summit (ANNOTATION.md, section
6: a sentence can hold several events), so a summit told on the sidelines never makes the
meeting a summit (a finer kind of meeting) nor takes its place. Those who met take part in the
meeting, the organisation whose summit it is only in the summit; the summit's parties are the
states the sentence names and that organisation, not the people who met on its margins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from kg.dictionary import Dictionary
from kg.extract.arguments import Trigger, entity_label
from kg.extract.kinds import most_specific
from kg.extract.lexicon import Lexicon
from kg.extract.linking import Mention
from kg.extract.roles import STATES
from kg.extract.sentences import Sentence
from kg.model import Event

Span = tuple[int, int]

# The kind of event on whose sidelines others are held.
OCCASION = "Summit"
_CLAUSE_END = re.compile(r"[,;:—–()]")
# At most so many words between the phrase and the summit's word ("on the margins of the first
# European Political Community summit").
_REACH = 6


@lru_cache(maxsize=16)
def _phrase(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


def sideline_spans(
    sentence: Sentence, triggers: Sequence[Trigger], mentions: Sequence[Mention], lexicon: Lexicon
) -> list[Span]:
    """The document spans of the sentence telling a summit on whose sidelines the rest of it
    happened: from the phrase to the end of its clause where the phrase comes first (en, ru);
    in a language that puts it after its noun (az), from the names and trigger words right
    before it to its end. Only spans holding a summit's trigger count.

    >>> from kg.extract.lexicon import lexicon
    >>> text = "They met on the sidelines of the CSTO summit."
    >>> summit = Trigger(38, 44, "summit", "Summit")
    >>> sideline_spans(Sentence(0, 45, text), [summit], [], lexicon("en"))
    [(9, 44)]
    """
    pattern = _phrase(lexicon.sidelines)
    if pattern is None or not any(t.type == OCCASION for t in triggers):
        return []
    text, base = sentence.text, sentence.start
    spans: list[Span] = []
    for match in pattern.finditer(text):
        if lexicon.subject_first:  # "KTMT sammitinin kənarında": the noun comes before
            end, start = base + match.end(), base + match.start()
            start = _noun_before(text, base, start, [*triggers, *mentions])
        else:
            stop = _CLAUSE_END.search(text, match.end())
            start = base + match.start()
            end = base + (stop.start() if stop else len(text.rstrip(".!? ")))
        if any(_heads(text, base, match, t, start, end) for t in triggers):
            spans.append((start, end))
    return spans


def _heads(text: str, base: int, match: re.Match[str], trigger: Trigger, lo: int, hi: int) -> bool:
    """True when the summit's trigger lies in the span, at most ``_REACH`` words after the
    phrase (or right before it, where the phrase follows its noun)."""
    if trigger.type != OCCASION or not lo <= trigger.start < hi:
        return False
    gap = text[match.end() : trigger.start - base] if trigger.start - base >= match.end() else ""
    return len(gap.split()) <= _REACH


def _noun_before(text: str, base: int, start: int, words: Sequence[Trigger | Mention]) -> int:
    """The start of the names and trigger words right before ``start`` (document offsets),
    each joined to the next by white space only."""
    moved = True
    while moved:
        moved = False
        for word in words:
            gap = text[word.end - base : start - base] if word.end <= start else "x"
            if word.start < start and (gap == "" or gap.isspace()):
                start, moved = word.start, True
    return start


def inside(at: int, spans: Sequence[Span]) -> bool:
    """True when the offset lies in one of the spans.

    >>> inside(5, [(0, 9)]), inside(9, [(0, 9)])
    (True, False)
    """
    return any(a <= at < b for a, b in spans)


def apart(mention: Mention, trigger: Trigger, spans: Sequence[Span]) -> bool:
    """True when the mention lies in a sideline span the trigger is outside of (the CSTO of
    "met on the sidelines of the CSTO summit" takes no part in the meeting).

    >>> m = Mention(33, 37, "CSTO", "collective-security-treaty-organization", "name")
    >>> apart(m, Trigger(5, 8, "met", "Meeting"), [(9, 44)])
    True
    """
    return any(a <= mention.start < b and not a <= trigger.start < b for a, b in spans)


def summit_parties(
    event: Event,
    trigger: Trigger,
    spans: Sequence[Span],
    mentions: Sequence[Mention],
    dictionary: Dictionary,
) -> Event:
    """A summit told on the sidelines of which others met, with only the states taking part
    (those named and those the leaders named act for) and what its own words name (the
    organisation whose summit it is): the leaders, their bodies and their organisations
    take part in the meeting.

    >>> from kg.dictionary import load
    >>> csto = "collective-security-treaty-organization"
    >>> held = Event("Summit", "s", (), participants=("vladimir-putin", "russia", csto))
    >>> named = [Mention(19, 23, "CSTO", csto, "name")]
    >>> at = Trigger(24, 30, "summit", "Summit")
    >>> summit_parties(held, at, [(10, 30)], named, load()).participants == ("russia", csto)
    True
    """
    if trigger.type != OCCASION or not inside(trigger.start, spans):
        return event
    span = next((a, b) for a, b in spans if a <= trigger.start < b)
    own = {m.entity for m in mentions if span[0] <= m.start < span[1]}

    def kept(slugs: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(s for s in slugs if s in own or _is_state(s, dictionary))

    parts = kept(event.actors + event.targets + event.participants)
    who = ", ".join(entity_label(s, dictionary) for s in dict.fromkeys(parts))
    label = event.label.partition(" (")[0]
    return replace(event, actors=(), targets=(), participants=parts, label=f"{label} ({who})")


def _is_state(slug: str, dictionary: Dictionary) -> bool:
    entity = dictionary.get(slug)
    return entity is not None and entity.type in STATES


def apart_kinds(
    found: list[Event], sided: list[Event], kinds: Sequence[tuple[int, str]], spans: Sequence[Span]
) -> list[Event]:
    """:func:`kg.extract.kinds.most_specific` of the events told on a summit's sidelines
    (``sided``) and of the others apart, each with the kinds of its own triggers (``kinds``:
    each trigger's start and kind), so the summit never refines the meeting away.

    >>> meeting = Event("Meeting", "m", (), participants=("iran", "turkey"))
    >>> summit = Event("Summit", "s", (), participants=("iran", "turkey"))
    >>> told = [(0, "Meeting"), (20, "Summit")]
    >>> [e.type for e in apart_kinds([meeting, summit], [summit], told, [(10, 30)])]
    ['Meeting', 'Summit']
    """
    held = {id(e) for e in sided}
    rest = most_specific(
        [e for e in found if id(e) not in held],
        frozenset(k for at, k in kinds if not inside(at, spans)),
    )
    return rest + most_specific(
        [e for e in found if id(e) in held], frozenset(k for at, k in kinds if inside(at, spans))
    )
