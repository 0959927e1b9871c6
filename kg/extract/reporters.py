"""Who reports an event rather than taking part in it: the speaker of a reporting cue, the
clause a cue opens, news outlets, and the tests that leave a speaker out of what it only
reports (``Aliyev said Iran attacked``) or keep it in what it does (``told Blinken by
telephone that``).
"""

from __future__ import annotations

import re
from typing import Protocol

from kg.dictionary import Dictionary
from kg.extract.mention import Mention
from kg.extract.sentences import Sentence


class Spanned(Protocol):
    """Anything with document offsets (a trigger, a mention)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


# A speaker named before the verb must be this close to it (characters).
_REACH = 90


def speaker(
    actors: list[Mention], side: str, start: int, end: int, people: set[str], since: int = 0
) -> Mention | None:
    """The speaker of a reporting cue at ``[start, end)``; ``side`` says where it is named:
    ``before`` (nearest, ``Aliyev said``), ``after`` (``according to Aliyev``) or ``first``
    (the sentence's first actor, verb-final languages). People are preferred; named ``before``
    or ``first`` in the cue's own clause opening at ``since`` (``Aliyev said ..., but the Kremlin
    denied``: :func:`clause_start`), only those there.

    >>> m = [Mention(0, 4, "Iran", "iran", "name"), Mention(5, 10, "Aliyev", "ilham-aliyev", "x")]
    >>> speaker(m, "before", 11, 15, {"ilham-aliyev"}).entity
    'ilham-aliyev'
    """
    if side == "after":
        pool = [m for m in actors if m.start >= end][:3]
        ordered = pool
    else:
        earlier = [m for m in actors if m.end <= start]
        pool = earlier if side == "first" else [m for m in earlier if start - m.end <= _REACH]
        if side != "after" and any(m.start >= since for m in pool):
            pool = [m for m in pool if m.start >= since]
        ordered = pool if side == "first" else pool[::-1]
    named = [m for m in ordered if m.entity in people]
    return named[0] if named else (ordered[0] if ordered else None)


def clause_start(sentence: Sentence, start: int, joined: re.Pattern[str] | None) -> int:
    """The document offset where the clause holding ``start`` opens after a comma and a
    conjunction (lexicon ``clause_conjunctions``: ", but the Kremlin denied") or after a
    semicolon; else 0.

    >>> import re
    >>> s = Sentence(10, 45, "Aliyev spoke, but the Kremlin denied.")
    >>> clause_start(s, 40, re.compile(r",\\s*but\\s"))
    28
    """
    head = max(0, start - sentence.start)
    ends = [m.end() for m in joined.finditer(sentence.text, 0, head)] if joined else []
    ends.append(sentence.text.rfind(";", 0, head) + 1)  # "...; AXCP nəticələri tanımadığını"
    return sentence.start + max(ends) if max(ends) else 0


def is_reporter(mention: Mention, dictionary: Dictionary) -> bool:
    """A news outlet reports events; it takes no part in them.

    >>> from kg.dictionary import load
    >>> is_reporter(Mention(0, 4, "IRNA", "islamic-republic-news-agency", "name"), load())
    True
    """
    entity = dictionary.get(mention.entity) if mention.entity else None
    return entity is not None and entity.type == "MediaOutlet"


def only_reports(
    mention: Mention,
    trigger: Spanned,
    speakers: list[tuple[Mention, int, str]],
    said: list[Mention] | None = None,
    text: str = "",
) -> bool:
    """True when ``mention`` only reports the trigger's event (``Aliyev said Iran attacked``).

    A speaker named before its verb reports what follows the verb; one named after (``according
    to``) or first in a verb-final sentence reports the whole sentence. The trigger of a
    speech act (``said``: the sentence's actors) is its speaker's own act, unless
    :func:`cited_only`. A trigger right before the ``that`` opening what is reported tells
    how it was said, with the speaker taking part (``told Blinken by telephone that``), and
    the names of what is reported take no part in it (True for them).

    >>> aliyev = Mention(0, 6, "Aliyev", "ilham-aliyev", "name")
    >>> text = "Aliyev told Blinken by telephone that the operation would end."
    >>> call = Mention(20, 32, "by telephone", "", "name")
    >>> only_reports(aliyev, call, [(aliyev, 11, "before")], None, text)
    False
    >>> only_reports(aliyev, call, [(aliyev, 11, "before")])
    True
    """
    if said is not None:
        return cited_only(mention, trigger, speakers, said)
    if not speakers:
        return False
    framing = [side == "before" and _frames_report(text, end, trigger) for _, end, side in speakers]
    if mention.start > trigger.end and any(framing):
        return True  # "by telephone that ... Armenian fighters ...": what was said
    return any(
        who is mention and (side != "before" or trigger.start >= cue_end) and not frames
        for (who, cue_end, side), frames in zip(speakers, framing, strict=True)
    )


def _frames_report(text: str, cue_end: int, trigger: Spanned) -> bool:
    """True when the trigger lies between a reporting verb and the ``that`` after it, with no
    clause break between: the way it was said (``told Blinken by telephone on Monday that``)."""
    if not text or _THAT_AFTER.match(text, trigger.end) is None:
        return False
    return re.search(r"[,;:]|\bthat\b", text[cue_end : trigger.start]) is None


# "that" right after a trigger, or after a time adjunct ("by phone on 3 May 2024 that").
_THAT_AFTER = re.compile(r"(?:\s+(?:on|in|late|early|last|this)\b[^,;:.]{0,24}?)?\s+that\b")


def cited_only(
    mention: Mention,
    trigger: Spanned,
    speakers: list[tuple[Mention, int, str]],
    actors: list[Mention],
) -> bool:
    """True when ``mention`` is cited as the source of a sentence telling a said act of someone
    else: a speaker named after its cue (``по словам Алиева``, ``according to Aliyev``), with
    another actor, no speaker, named between that cue and the trigger (``Баку передал Москве
    свои требования``): Baku made the demands, Aliyev only tells of them.

    >>> aliyev = Mention(10, 16, "Алиева", "ilham-aliyev", "name")
    >>> baku = Mention(18, 22, "Баку", "azerbaijan", "metonym")
    >>> said = Mention(23, 30, "передал", "", "name")
    >>> cited_only(aliyev, said, [(aliyev, 16, "after")], [aliyev, baku])
    True
    >>> cited_only(aliyev, said, [(aliyev, 16, "after")], [aliyev])
    False
    """
    cues = [end for who, end, side in speakers if who is mention and side == "after"]
    if not cues or cues[0] > trigger.start:
        return False
    talking = {id(who) for who, _, _ in speakers}
    return any(
        cues[0] <= m.start and m.end <= trigger.start and id(m) not in talking for m in actors
    )
