"""The day an act told before takes effect (lexicon ``taking_effect``: "Запрет вступит в силу
8 июля", "The ban takes effect on 8 July"): a separate event of the act's kind (ANNOTATION.md,
section 6: "the agreement and the day it takes effect"), dated that day, between the states
of the act told before (its officials stand for their states: the decree was Putin's, the ban
takes effect for Russia). The trigger noun itself refers back, so the event rules leave it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from kg.dates import DateSpan
from kg.dictionary import Dictionary
from kg.extract.arguments import Trigger
from kg.extract.dates import DateMention
from kg.extract.evidence import evidence
from kg.extract.lexicon import lexicon
from kg.extract.roles import sides
from kg.extract.sentences import Sentence
from kg.model import Event, Source, Status


@lru_cache(maxsize=16)
def _taking(language: str) -> re.Pattern[str] | None:
    """The phrases (``*`` ending a word) in any case, searched in the text as written."""
    words = lexicon(language).taking_effect
    phrases = "|".join(re.escape(w).replace(r"\*", r"\w*") for w in words)
    return re.compile(rf"(?<!\w)(?:{phrases})(?!\w)", re.I) if words else None


def taking_effect(
    source: Source,
    sentence: Sentence,
    triggers: Callable[[], Sequence[Trigger]],
    dates: Sequence[DateMention],
    found: Sequence[Event],
    previous: Sequence[Event],
    dictionary: Dictionary,
) -> list[Event]:
    """The events of the sentence's trigger kinds (``triggers``, asked only when the sentence
    tells something taking effect) that take effect on the sentence's date,
    each with the sides of the last earlier event of its kind; none when the sentence already
    told an event of that kind, tells no taking effect or no date. An act the sentence tells
    itself, dated apart from the day it takes effect ("agreed a ceasefire on 9 October that
    took effect on 10 October"), takes effect that day too (:func:`_same_sentence`).

    >>> import datetime as dt
    >>> from kg.dictionary import load
    >>> from kg.model import Evidence
    >>> quote = Evidence("d", "q", 0, 1, "x", "1", 0.6)
    >>> ban = Event("Sanction", "b", (quote,), actors=("vladimir-putin",), targets=("georgia",))
    >>> text = "Запрет вступит в силу 8 июля."
    >>> src = Source("d", text, "t", "ru", "sha256:0", published=dt.date(2019, 6, 22))
    >>> when = DateMention(22, 28, "8 июля", DateSpan.parse("2019-07-08"))
    >>> banned = Trigger(0, 6, "Запрет", "Sanction")
    >>> s = Sentence(0, len(text), text)
    >>> [(e.type, e.actors, e.targets, e.date.iso(), e.status.value)
    ...  for e in taking_effect(src, s, lambda: [banned], [when], [], [ban], load())]
    [('Sanction', ('russia',), ('georgia',), '2019-07-08', 'Planned')]
    """
    taking = _taking(source.language) if dates else None
    phrase = taking.search(sentence.text) if taking is not None else None
    if phrase is None:
        return []
    made = _same_sentence(phrase, source, sentence, dates, found, dictionary)
    span = next((d.span for d in dates if d.span is not None), None)
    if span is None or not previous:
        return made
    told = {e.type for e in found}
    for kind in dict.fromkeys(t.type for t in triggers() if t.type not in told):
        act = next((e for e in reversed(previous) if e.type == kind), None)
        if act is not None:
            made.append(_on(act, span, source, sentence, dictionary))
    return made


def _on(act: Event, span: DateSpan, source: Source, sentence: Sentence, d: Dictionary) -> Event:
    """``act`` taking effect on ``span``: its states, this sentence's evidence."""
    when = span.earliest
    later = source.published is not None and when > source.published
    return dataclasses.replace(
        act,
        evidence=(evidence(source, sentence, act.evidence[0].confidence),),
        date=span,
        actors=tuple(sorted(sides(act.actors, d, when))),
        targets=tuple(sorted(sides(act.targets, d, when))),
        participants=tuple(sorted(sides(act.participants, d, when))),
        status=Status.PLANNED if later else Status.OCCURRED,
        slug=None,
    )


# At most so many characters between the phrase and the day it gives ("took effect at noon on
# 10 October").
_DAY_REACH = 30


def _same_sentence(
    phrase: re.Match[str],
    source: Source,
    sentence: Sentence,
    dates: Sequence[DateMention],
    found: Sequence[Event],
    dictionary: Dictionary,
) -> list[Event]:
    """The acts the sentence tells, dated, taking effect on the day given right after the
    phrase when that is another day (ANNOTATION.md, section 6: the agreement and the day it
    takes effect are two events); none when only that day is told ("a ceasefire ... that
    took effect at 1 p.m. the next day" is one event).

    >>> import datetime as dt
    >>> from kg.dictionary import load
    >>> from kg.model import Evidence
    >>> text = "They agreed a truce on 9 May that took effect on 10 May."
    >>> src = Source("d", text, "t", "en", "sha256:0", published=dt.date(2020, 6, 1))
    >>> on = [DateMention(23, 28, "9 May", DateSpan.parse("2020-05-09")),
    ...       DateMention(49, 55, "10 May", DateSpan.parse("2020-05-10"))]
    >>> quote = Evidence("d", "q", 0, 1, "x", "1", 0.6)
    >>> truce = Event("Ceasefire", "c", (quote,), on[0].span, participants=("iran", "iraq"))
    >>> phrase = re.search("took effect", text)
    >>> s = Sentence(0, 56, text)
    >>> [e.date.iso() for e in _same_sentence(phrase, src, s, on, [truce], load())]
    ['2020-05-10']
    """
    at = sentence.start + phrase.end()
    day = next((d for d in dates if d.span is not None and 0 <= d.start - at <= _DAY_REACH), None)
    if day is None or day.span is None:
        return []
    return [
        _on(event, day.span, source, sentence, dictionary)
        for event in dict((e.type, e) for e in found if e.date is not None).values()
        if event.date != day.span
    ]
