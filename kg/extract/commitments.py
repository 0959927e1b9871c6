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
from collections.abc import Sequence
from functools import lru_cache

from kg.dictionary import Dictionary
from kg.extract.arguments import Trigger
from kg.extract.kinds import broader
from kg.extract.lexicon import Lexicon, common
from kg.extract.linking import Mention
from kg.extract.sentences import Sentence
from kg.model import Status

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


def committed(trigger: Trigger, triggers: Sequence[Trigger], text: str, verb_final: bool) -> bool:
    """True when the trigger tells an act an agreement in its sentence commits to.

    >>> text = "They agreed that Russian troops would withdraw."
    >>> told = [Trigger(5, 11, "agreed", "Agreement"), Trigger(38, 46, "withdraw", "Withdrawal")]
    >>> committed(told[1], told, text, False), committed(told[0], told, text, False)
    (True, False)
    """
    if trigger.type not in common().committed:
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
        if committed(t, triggers, text, verb_final)
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
    acts = [t for t in triggers if t.start >= trigger.end and committed(t, triggers, text, False)]
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
