"""What an agreement commits its sides to: troops to withdraw or deploy, a vote to hold.

ANNOTATION.md, section 6: content of another kind than the agreement (troops to deploy, a
referendum to hold) is its own event. A trigger of a kind ``common.yaml`` lists as
``committed`` told after an agreement's trigger in its sentence ("agreed to withdraw",
"договорились о выводе", "an agreement under which border guards will leave") or, in a
verb-final language, right before it ("çıxarılması barədə razılaşıblar") is such an act: still
to come when the agreement is told as made (planned, unless negated or supposed), dated only
by its deadline ("by 20 November"), never by the day the agreement was signed, and done by
the forces its clause names (with the state they act for), not by the leaders who signed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Protocol

from kg.dictionary import Dictionary
from kg.extract.arguments import Trigger
from kg.extract.clauses import joints
from kg.extract.dates import DateMention
from kg.extract.kinds import broader
from kg.extract.lexicon import Lexicon, common, lexicon
from kg.extract.linking import Mention
from kg.extract.sentences import Sentence
from kg.model import Source, Status

AGREEMENT = "Agreement"
MILITARY = "MilitaryAgreement"
# Entities that move when troops withdraw or deploy: forces and missions.
_UNITS = ("ArmedForces", "InternationalMission")
# How far the agreement's word may stand from the act it commits to, in words: after it
# (en, ru: "agreed on 8 May 2024 under which Russian border guards will withdraw"), or
# before it in a verb-final language, where only a postposition and the document's noun come
# between ("çıxarılması barədə razılaşıblar", "çıxarılması haqqında protokol imzalayıblar";
# not "sülhməramlı kontingentinin vasitəçiliyi ilə atəşkəs", a ceasefire mediated by
# peacekeepers).
_AFTER, _BEFORE = 18, 2
_BREAK = re.compile(r"[.;!?]")
# The subject or object naming who does the act: "Armenia and Azerbaijan to withdraw".
_SUBJECT = 4


def is_agreement(kind: str) -> bool:
    """True for the agreement and its finer kinds.

    >>> is_agreement("Ceasefire"), is_agreement("Meeting")
    (True, False)
    """
    return kind == AGREEMENT or AGREEMENT in broader(kind)


def committed(
    trigger: Trigger,
    triggers: Sequence[Trigger],
    text: str,
    verb_final: bool,
    done: frozenset[Trigger] = frozenset(),
) -> bool:
    """True when the trigger tells an act an agreement in its sentence commits to (not one
    of ``done``, acts told as done: :func:`done_acts`).

    >>> text = "They agreed that Russian troops would withdraw."
    >>> told = [Trigger(5, 11, "agreed", "Agreement"), Trigger(38, 46, "withdraw", "Withdrawal")]
    >>> committed(told[1], told, text, False), committed(told[0], told, text, False)
    (True, False)
    """
    if trigger.type not in common().committed or trigger in done:
        return False
    for other in triggers:
        if not is_agreement(other.type):
            continue
        if other.end <= trigger.start:
            gap = text[other.end : trigger.start]
            reach = _AFTER
        elif verb_final and trigger.end <= other.start:
            gap = text[trigger.end : other.start]
            reach = _BEFORE
        else:
            continue
        if len(gap.split()) <= reach and not _BREAK.search(gap):
            return True
    return False


def committed_status(status: Status) -> Status:
    """An act committed to is planned when the agreement is told as made.

    >>> committed_status(Status.OCCURRED).name, committed_status(Status.NEGATED).name
    ('PLANNED', 'NEGATED')
    """
    return Status.PLANNED if status is Status.OCCURRED else status


def units(
    told: Sequence[Mention],
    trigger: Trigger,
    triggers: Sequence[Trigger],
    bounds: tuple[int, int],
    dictionary: Dictionary,
    verb_final: bool,
) -> list[Mention]:
    """The forces and missions an act committed to names within ``bounds`` (its sentence or
    clause): after the agreement's word, or before the act where the verb comes last. Those
    move; the mediators of the agreement and the leaders who made it do not.

    >>> from kg.dictionary import load
    >>> told = [Mention(17, 38, "Russian border guards", "russian-border-guard-in-armenia", "name")]
    >>> agreed = Trigger(5, 11, "agreed", "Agreement")
    >>> left = Trigger(45, 53, "withdraw", "Withdrawal")
    >>> [m.entity for m in units(told, left, [agreed], (0, 54), load(), False)]
    ['russian-border-guard-in-armenia']
    """
    if verb_final:
        lo, hi = bounds[0], trigger.end
    else:
        before = [t.end for t in triggers if is_agreement(t.type) and t.end <= trigger.start]
        lo, hi = max([bounds[0], *before]), bounds[1]
    found: list[Mention] = []
    for mention in told:
        entity = dictionary.get(mention.entity) if mention.entity else None
        if entity is not None and entity.type in _UNITS and lo <= mention.start < hi:
            found.append(mention)
    return found


def moved_units(
    actors: Sequence[Mention],
    triggers: Sequence[Trigger],
    sentence: Sentence,
    text: str,
    dictionary: Dictionary,
    verb_final: bool,
    done: frozenset[Trigger] = frozenset(),
) -> frozenset[int]:
    """The starts of the force mentions the sentence's committed acts move (:func:`units`):
    they take part in that act only, not in the agreement or the meeting that made it.

    >>> from kg.dictionary import load
    >>> text = "They agreed that Russian border guards would withdraw."
    >>> guards = Mention(17, 38, "Russian border guards", "russian-border-guard-in-armenia", "name")
    >>> told = [Trigger(5, 11, "agreed", "Agreement"), Trigger(45, 53, "withdraw", "Withdrawal")]
    >>> sorted(moved_units([guards], told, Sentence(0, 54, text), text, load(), False))
    [17]
    """
    bounds = (sentence.start, sentence.end)
    return frozenset(
        m.start
        for t in triggers
        if committed(t, triggers, text, verb_final, done)
        for m in units(actors, t, triggers, bounds, dictionary, verb_final)
    )


@lru_cache(maxsize=16)
def _openers(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


@lru_cache(maxsize=16)
def _agreed(words: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(r"\s*(?:" + "|".join(words) + r")(?!\w)", re.I) if words else None


def agreement_clause(
    trigger: Trigger,
    triggers: Sequence[Trigger],
    text: str,
    clause: tuple[int, int],
    lexicon: Lexicon,
    blanked: tuple[int, str] = (0, ""),
    done: frozenset[Trigger] = frozenset(),
) -> tuple[int, int]:
    """The part of a trigger's clause that tells its own event when an act an agreement
    commits to follows: up to the words opening what is committed to (lexicon
    ``object_relatives`` and ``reported_openers``: "signed an agreement on 17 April under
    which troops will withdraw", "met and agreed that ... will"), so the act's "will" makes
    no plan of the agreement signed or the meeting held. An agreement's word followed right
    away by what is agreed (lexicon ``agreed_openers``: "agreed to let ... at the earliest
    possible date", "договорились о том, чтобы ...") is told by the words before them;
    ``blanked``: the sentence's start and its text with dates blanked, so a date between
    them ("agreed on 1 July 2022 to") is skipped.

    >>> from kg.extract.lexicon import lexicon
    >>> text = "They signed an agreement under which troops will withdraw."
    >>> signed = Trigger(15, 24, "agreement", "Agreement")
    >>> told = [signed, Trigger(50, 58, "withdraw", "Withdrawal")]
    >>> agreement_clause(signed, told, text, (0, 59), lexicon("en"))
    (0, 25)
    """
    if lexicon.subject_first or trigger.type in common().committed:
        return clause
    shift, blanked_text = blanked
    blanked_text = blanked_text or text[shift:]
    said = _agreed(lexicon.agreed_openers) if is_agreement(trigger.type) else None
    what = said.match(blanked_text, trigger.end - shift) if said is not None else None
    if what is not None:  # "agreed [on 1 July] to let ... at the earliest possible date"
        return (clause[0], trigger.end)
    acts = [
        t for t in triggers if t.start >= trigger.end and committed(t, triggers, text, False, done)
    ]
    pattern = _openers(lexicon.object_relatives + lexicon.reported_openers)
    if not acts or pattern is None:
        return clause
    found = pattern.search(text, trigger.end, min(acts[0].start, clause[1]))
    return (clause[0], found.start()) if found else clause


def military(kind: str, moving: frozenset[int]) -> str:
    """An agreement committing forces to withdraw or deploy is a military agreement
    (ANNOTATION.md, section 2: an agreement on troops, bases, border guards).

    >>> military("Agreement", frozenset({17})), military("Ceasefire", frozenset({17}))
    ('MilitaryAgreement', 'Ceasefire')
    """
    return MILITARY if kind == AGREEMENT and moving else kind


def doers(
    told: Sequence[Mention],
    trigger: Trigger,
    triggers: Sequence[Trigger],
    text: str,
    verb_final: bool,
) -> list[Mention]:
    """With no force named, those named right before the act an agreement commits to (at
    most ``_SUBJECT`` words before it, after the agreement's word) do it ("an agreement that
    requires Armenia to withdraw", "agreed that Russia will withdraw"), not every side of
    the agreement; none in a verb-final language.

    >>> text = "They signed an agreement that requires Armenia to withdraw."
    >>> armenia = Mention(39, 46, "Armenia", "armenia", "name")
    >>> left = Trigger(50, 58, "withdraw", "Withdrawal")
    >>> told = [Trigger(15, 24, "agreement", "Agreement"), left]
    >>> [m.entity for m in doers([armenia], left, told, text, False)]
    ['armenia']
    """
    ends = [t.end for t in triggers if is_agreement(t.type) and t.end <= trigger.start]
    if verb_final or not ends:
        return []
    return [
        m
        for m in told
        if max(ends) <= m.start
        and m.end <= trigger.start
        and len(text[m.end : trigger.start].split()) <= _SUBJECT
    ]


def done_acts(
    triggers: Sequence[Trigger],
    text: str,
    dates: Sequence[DateMention],
    deadlines: Sequence[DateMention],
    sequences: Sequence[tuple[int, int]],
    told_done: Callable[[Trigger], bool],
    lexicon: Lexicon,
) -> frozenset[Trigger]:
    """The acts of committed kinds the sentence tells as done, no content of an agreement: in
    a clause telling an earlier event (``sequences``: "two years after Russia withdrew"),
    with a verb of the past (``told_done``, where the lexicon knows its endings), dated by a
    day after them that is none of ``deadlines`` ("withdrew its troops on 13 November
    2007"), or after a comma and a conjunction opening another clause (", and Russia
    withdrew").

    >>> from kg.extract.lexicon import lexicon
    >>> text = "They signed an agreement, and Russia withdrew its troops."
    >>> left = Trigger(37, 45, "withdrew", "Withdrawal")
    >>> told = [Trigger(15, 24, "agreement", "Agreement"), left]
    >>> sorted(t.text for t in done_acts(told, text, [], [], [], lambda t: False, lexicon("en")))
    ['withdrew']
    """
    joined = _joined(lexicon.clause_conjunctions)
    found: set[Trigger] = set()
    for act in triggers:
        if act.type not in common().committed:
            continue
        before = [t.end for t in triggers if is_agreement(t.type) and t.end <= act.start]
        gap = text[max(before) : act.start] if before else ""
        stop = _BREAK_CLAUSE.search(text, act.end)
        end = stop.start() if stop else len(text)
        if (
            any(a <= act.start < b for a, b in sequences)
            or told_done(act)
            or (joined is not None and joined.search(gap))
            or any(act.end <= d.start < end and d not in deadlines for d in dates)
        ):
            found.add(act)
    return frozenset(found)


_BREAK_CLAUSE = re.compile(r"[,;.:()—–]")


@lru_cache(maxsize=16)
def _joined(words: tuple[str, ...]) -> re.Pattern[str] | None:
    return joints(words)  # compiled once per lexicon


class _Cues(Protocol):
    def told_done(self, trigger: Trigger) -> bool: ...


def acts_told(
    triggers: Sequence[Trigger],
    actors: Sequence[Mention],
    sentence: Sentence,
    source: Source,
    dated: tuple[Sequence[DateMention], Sequence[DateMention], Sequence[tuple[int, int]]],
    cues: _Cues,
    dictionary: Dictionary,
) -> tuple[frozenset[Trigger], frozenset[int]]:
    """The sentence's acts told as done (:func:`done_acts`; ``dated``: its dates, deadlines
    and clauses telling an earlier event; ``cues``: the language's, for verbs of the past)
    and the starts of the forces its committed acts move (:func:`moved_units`), asked once
    per sentence.

    >>> from kg.dictionary import load
    >>> from kg.extract.events import finder
    >>> text = "They agreed that Russian border guards would withdraw."
    >>> guards = Mention(17, 38, "Russian border guards", "russian-border-guard-in-armenia", "name")
    >>> told = [Trigger(5, 11, "agreed", "Agreement"), Trigger(45, 53, "withdraw", "Withdrawal")]
    >>> src, s = Source("d", text, "t", "en", "sha256:0"), Sentence(0, 54, text)
    >>> acts_told(told, [guards], s, src, ([], [], []), finder("en"), load())
    (frozenset(), frozenset({17}))
    """
    dates, deadlines, sequences = dated
    lex, text = lexicon(source.language), source.text
    done = done_acts(triggers, text, dates, deadlines, sequences, cues.told_done, lex)
    last = lex.subject_first
    return done, moved_units(actors, triggers, sentence, text, dictionary, last, done)


def movers(
    told: Sequence[Mention],
    trigger: Trigger,
    triggers: Sequence[Trigger],
    clause: tuple[int, int],
    text: str,
    dictionary: Dictionary,
    lexicon: Lexicon,
) -> list[Mention]:
    """Who does an act committed to: the forces its clause names (:func:`units`), else those
    named right before it (:func:`doers`).

    >>> from kg.dictionary import load
    >>> from kg.extract.lexicon import lexicon
    >>> text = "They signed an agreement that requires Armenia to withdraw."
    >>> armenia = Mention(39, 46, "Armenia", "armenia", "name")
    >>> left = Trigger(50, 58, "withdraw", "Withdrawal")
    >>> told = [Trigger(15, 24, "agreement", "Agreement"), left]
    >>> [m.entity for m in movers([armenia], left, told, (0, 59), text, load(), lexicon("en"))]
    ['armenia']
    """
    last = lexicon.subject_first
    found = units(told, trigger, triggers, clause, dictionary, last)
    return found or doers(told, trigger, triggers, text, last)
