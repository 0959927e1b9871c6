"""One event per side of a symmetric event told as done apart, each with its own date.

"The agreement was signed separately: Mamedov in Baku on 9 May, Sargsyan in Yerevan on
10 May and Babayan on 11 May" tells three signings (``sources/ANNOTATION.md``, section 6: each
signing on its own day is its own event). A symmetric event (``common.yaml``) whose sentence
has a lexicon ``separately`` word followed by two or more dates, each date after names of its
own, becomes one event per date, with the names told between the date before it (or the
``separately`` word) and that date, and the states they act for on that day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from kg.dictionary import Dictionary
from kg.extract.arguments import entity_label
from kg.extract.dates import DateMention
from kg.extract.lexicon import common, lexicon
from kg.extract.mention import Mention
from kg.extract.roles import fill_principals, is_actor
from kg.model import Event
from kg.ontology import event_types


@lru_cache(maxsize=16)
def _separately(language: str) -> re.Pattern[str] | None:
    words = lexicon(language).separately
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def _apart(
    event: Event,
    text: str,
    dates: Sequence[DateMention],
    mentions: Sequence[Mention],
    dictionary: Dictionary,
    words: re.Pattern[str],
) -> list[Event]:
    """The events ``event`` tells when its sentence lists its sides apart, each dated; else
    ``[event]``."""
    start, end = event.evidence[0].start, event.evidence[0].end
    cue = words.search(text, start, end)
    if cue is None:
        return [event]
    told = [d for d in dates if cue.end() <= d.start and d.end <= end and d.span is not None]
    if len(told) < 2:
        return [event]
    found: list[Event] = []
    since = cue.end()
    for date in told:
        names = tuple(
            dict.fromkeys(
                m.entity
                for m in mentions
                if since <= m.start and m.end <= date.start and m.entity and is_actor(m, dictionary)
            )
        )
        since = date.end
        if not names or date.span is None:
            return [event]  # a date with no side of its own: not a list of sides
        (parts,) = fill_principals((names,), dictionary, date.span.earliest)
        who = ", ".join(entity_label(s, dictionary) for s in parts)
        found.append(
            replace(
                event,
                label=f"{event_types()[event.type].label} ({who})",
                date=date.span,
                actors=(),
                targets=(),
                participants=parts,
            )
        )
    return found


def split_apart(
    events: list[Event],
    text: str,
    dates: Sequence[DateMention],
    mentions: Sequence[Mention],
    dictionary: Dictionary,
    language: str,
) -> list[Event]:
    """``events`` with each symmetric event told as done apart split into one per side.

    >>> from kg.dictionary import load
    >>> from kg.extract.pipeline import extract
    >>> from kg.model import Source
    >>> text = ("The treaty was signed separately: Ilham Aliyev in Baku on 9 May 2024 "
    ...         "and Nikol Pashinyan in Yerevan on 10 May 2024.")
    >>> found = extract(Source("d", text, "t", "en", "sha256:0"), load()).events
    >>> [(e.date.iso(), e.participants) for e in found]
    [('2024-05-09', ('ilham-aliyev', 'azerbaijan')), ('2024-05-10', ('nikol-pashinyan', 'armenia'))]
    """
    words = _separately(language)
    if words is None:
        return events
    symmetric = common().symmetric
    done: list[Event] = []
    for event in events:
        if event.type in symmetric and len(event.evidence) == 1:
            done += _apart(event, text, dates, mentions, dictionary, words)
        else:
            done.append(event)
    return done
