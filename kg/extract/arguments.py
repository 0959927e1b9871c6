"""An event's arguments once its trigger is found: who else takes part, its clause, its date.

Small rules :mod:`kg.extract.events` applies to each trigger: which kinds refine which, where a
speaker's reporting clause sits, the states that host a diplomatic mission, the implicit second
side of a symmetric event, the trigger's clause, the date nearest the trigger (a planned
weekday looks ahead), and the slugs and labels of the mentions involved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from kg.dates import DateSpan, PartialDate
from kg.dictionary import Dictionary
from kg.extract.dates import DateMention
from kg.extract.groups import main_parties
from kg.extract.kinds import broader
from kg.extract.linking import Mention
from kg.extract.roles import STATES, acting_for, sides
from kg.extract.sentences import Sentence
from kg.extract.textmap import quick_fold
from kg.model import Event, Status

# What can be a side of a two-sided event: a state, or an international organisation
# (Armenia became a party to the Rome Statute of the International Criminal Court).
SIDES = (*STATES, "InternationalOrganisation")
# How many words a speaker's title may take after a clause break ("..., the office of
# Azerbaijani Deputy Prime Minister Shahin Mustafayev said").
_TITLE_WORDS = 8
# A clause ends at a comma (not one inside a number), a semicolon, colon, dash, bracket or
# quote, and before a second reported clause ("said that A and that Moscow would B").
CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:—–()«»\"]|\s-\s|\s(?=(?:and|but) that\s)")


@dataclass(frozen=True)
class Trigger:
    """A trigger phrase found in a sentence (offsets into the document).

    >>> Trigger(0, 6, "attack", "Attack").type
    'Attack'
    """

    start: int
    end: int
    text: str
    type: str


def related_kinds(kind: str, other: str) -> bool:
    """True when one kind is the other or refines it (a summit is a meeting).

    >>> related_kinds("Agreement", "PeaceAgreement"), related_kinds("Summit", "Meeting")
    (True, True)
    """
    return kind == other or kind in broader(other) or other in broader(kind)


def speaker_side(sentence: Sentence, who: Mention, side: str) -> str:
    """``first`` (reports the whole sentence) for a speaker whose reporting clause follows
    what is reported (``Armenia has frozen ..., Prime Minister Nikol Pashinyan said``): a
    clause break at most a title's words (``the office of Deputy Prime Minister``) before the
    speaker; else ``side`` unchanged."""
    if side != "before":
        return side
    head = sentence.text[: who.start - sentence.start]
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(head)]
    if not breaks or not head[: breaks[-1]].strip(" ,"):
        return side
    return "first" if len(head[breaks[-1] :].split()) <= _TITLE_WORDS else side


def capital_hosts(
    located: list[Mention], dictionary: Dictionary, taken: tuple[str, ...]
) -> tuple[str, ...]:
    """The states whose capitals are the event's places (``its embassy in Tehran``: Iran)."""
    found: list[str] = []
    for mention in located:
        entity = dictionary.get(mention.entity) if mention.entity else None
        state = entity.metonym_for if entity is not None else None
        if state and state not in taken and state not in found:
            found.append(state)
    return tuple(found)


def place_states(
    located: list[Mention],
    trigger: Trigger | None,
    acts: tuple[str, ...],
    dictionary: Dictionary,
    when: dt.date | None,
) -> tuple[str, ...]:
    """The states the places after the trigger (anywhere, with no trigger) lie in (climbing
    ``part_of``), less those of ``acts`` (``opened fire ..., hitting settlements near Goris``:
    Armenia)."""
    taken = set(acts) | sides(acts, dictionary, when)
    found: list[str] = []
    for mention in located:
        after = trigger is None or mention.start > trigger.start
        slug, seen = mention.entity if after else None, set()
        while slug and slug not in seen and (entity := dictionary.get(slug)) is not None:
            seen.add(slug)
            if entity.type in STATES:
                if slug not in taken and slug not in found:
                    found.append(slug)
                break
            slug = entity.part_of
    return tuple(found)


def other_host(
    taken: tuple[str, ...], earlier: list[Mention], dictionary: Dictionary, when: dt.date | None
) -> tuple[str, ...]:
    """For a mission closed or opened with no place named (``evacuated its embassy``) by
    one state, and no organisation named as its other side (``froze its participation in
    the CSTO``): the document's other main state, which hosts it; else none."""
    states = {s for s in taken if (e := dictionary.get(s)) and e.type in STATES}
    states |= {a for s in taken if (a := acting_for(s, dictionary, when)) is not None}
    organisations = [s for s in taken if (e := dictionary.get(s)) and e.type in SIDES[2:]]
    if len(states) != 1 or organisations:
        return ()
    main = main_parties(earlier, dictionary, when, people=False)
    return tuple(s for s in main if s not in states)[:1]


def two_sided(
    parts: tuple[str, ...],
    earlier: list[Mention],
    dictionary: Dictionary,
    when: dt.date | None,
    *,
    count: int = 2,
) -> tuple[str, ...]:
    """A symmetric event naming fewer than ``count`` sides (states or international
    organisations) takes the document's ``count`` main parties.

    Meetings, agreements, ceasefires and wars have two sides (three when told as trilateral);
    when the sentence names fewer (``The truce took effect on Tuesday``, ``Armenia agreed to
    ...``, ``the next trilateral summit``) the others are implicit arguments, filled from the
    document as in document-level event extraction.
    """
    sides = {s for s in parts if (e := dictionary.get(s)) and e.type in SIDES}
    sides |= {a for s in parts if (a := acting_for(s, dictionary, when)) is not None}
    if len(sides) >= count:
        return parts
    main = main_parties(earlier, dictionary, when, people=False, count=count)
    return tuple(dict.fromkeys(parts + tuple(main)))


def dates_blanked(sentence: Sentence, dates: list[DateMention] | None) -> str:
    """The sentence's text with its dates blanked out (same length; the same for every
    trigger of the sentence, so callers with many triggers make it once)."""
    text = sentence.text
    for date in dates or ():
        first, stop = date.start - sentence.start, date.end - sentence.start
        if first >= 0 and stop <= len(text):
            text = text[:first] + " " * (stop - first) + text[stop:]
    return text


def _bounds_in(text: str, sentence: Sentence, trigger: Trigger) -> tuple[int, int]:
    left = trigger.start - sentence.start
    right = trigger.end - sentence.start
    starts = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, left)]
    after = CLAUSE_BREAK.search(text, right)
    lo, hi = starts[-1] if starts else 0, after.start() if after else len(text)
    return sentence.start + lo, sentence.start + hi


def clause_bounds(
    sentence: Sentence, trigger: Trigger, dates: list[DateMention] | None, blanked: str = ""
) -> tuple[int, int]:
    """The document offsets of the sentence's clause around the trigger (dates never break
    a clause: ``January 27, 2023``); ``blanked``: :func:`dates_blanked`, when made."""
    return _bounds_in(blanked or dates_blanked(sentence, dates), sentence, trigger)


def clause_of(
    sentence: Sentence,
    trigger: Trigger,
    dates: list[DateMention] | None,
    bounds: tuple[int, int] | None = None,
    *,
    blank: bool = False,
    blanked: str = "",
) -> str:
    """The folded clause of the sentence around the trigger, with its dates blanked
    (``bounds``: the clause's offsets when already known, see :func:`clause_bounds`); with
    ``blank`` the trigger's first and last words too, for cues it cannot be ("arzuolunmaz
    şəxs", persona non grata, is no negation for its ending "-maz"); ``blanked`` as above."""
    text = blanked or dates_blanked(sentence, dates)
    first, last = trigger.start - sentence.start, trigger.end - sentence.start
    words = list(re.finditer(r"\S+", text[first:last])) if blank else []
    for word in {words[0].span(), words[-1].span()} if words else ():
        text = text[: first + word[0]] + " " * (word[1] - word[0]) + text[first + word[1] :]
    lo, hi = bounds if bounds is not None else _bounds_in(text, sentence, trigger)
    return quick_fold(text[lo - sentence.start : hi - sentence.start])


def event_date(
    date: DateMention | None, status: Status, published: dt.date | None
) -> DateSpan | None:
    """The event's date; a planned event's weekday (``due on Thursday``) is the coming one."""
    if date is None or date.span is None:
        return None
    if status is Status.PLANNED and "weekday" in date.flags and published is not None:
        day = date.span.earliest
        if day <= published:
            day += dt.timedelta(days=7)
            return DateSpan(PartialDate(day.year, day.month, day.day))
    return date.span


def entity_slugs(mentions: Iterable[Mention]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.entity for m in mentions if m.entity))


def entity_label(slug: str, dictionary: Dictionary) -> str:
    entity = dictionary.get(slug)
    return entity.label if entity else slug


def nearest_date(
    dates: list[DateMention], trigger: Trigger, clause: tuple[int, int] | None = None
) -> DateMention | None:
    """The resolved date nearest the trigger, one in its ``clause`` first when given."""
    usable = [d for d in dates if d.span is not None]
    if clause is not None:
        inside = [d for d in usable if clause[0] <= d.start and d.end <= clause[1]]
        usable = inside or usable
    if not usable:
        return None
    return min(usable, key=lambda d: min(abs(d.start - trigger.end), abs(trigger.start - d.end)))


def told_before(
    date: DateMention | None, trigger: Trigger, sequences: list[tuple[int, int]]
) -> DateMention | None:
    """The date of a trigger told in a clause of an earlier event (``, after Armenia sent
    aid``) when the date found is the main clause's day (``held talks on Wednesday``): the
    earlier event is before that day, which the text does not give, so only its month.

    >>> from kg.dates import DateSpan
    >>> day = DateMention(0, 12, "on Wednesday", DateSpan.parse("2023-02-15"))
    >>> told_before(day, Trigger(30, 34, "aid", "Aid"), [(14, 60)]).span.iso()
    '2023-02'
    >>> told_before(day, Trigger(30, 34, "aid", "Aid"), []).span.iso()
    '2023-02-15'
    """
    if date is None or date.span is None or date.span.is_range:
        return date
    day = date.span.start
    if day.day is None or day.month is None:
        return date
    for a, b in sequences:
        if a <= trigger.start < b and not a <= date.start < b:
            return replace(date, span=DateSpan(PartialDate(day.year, day.month)))
    return date


def within_aside(
    told: list[Mention],
    trigger: Trigger,
    asides: list[tuple[int, int, bool]],
    text: str,
    dictionary: Dictionary,
    when: dt.date | None,
) -> list[Mention]:
    """For a trigger inside an aside with its own subject (``True``) that names two sides
    itself (", under which Armenia and Azerbaijan recognise ..."), only the names inside it:
    the sentence's subject outside took part in something else. Inside an aside whose
    relative is its subject (``False``: "the court, which issued a warrant"), the names right
    before the relative ("Iran and Azerbaijan, which signed") and those inside."""
    for a, b, own in asides:
        if a <= trigger.start < b:
            inside = [m for m in told if a <= m.start < b]
            if own and len(sides(entity_slugs(inside), dictionary, when)) >= 2:
                return inside
            head = [m for m in told if m.end <= a and not text[m.end : a].strip(" '’s")][-1:]
            for m in reversed([m for m in told if head and m.end <= head[0].start]):
                if text[m.end : head[0].start].strip(" ,'’s") not in ("", "and"):
                    break
                head.insert(0, m)  # "Iran and Azerbaijan, which": both
            if not own and head:
                return head + inside
    return told


def own_subject(
    told: list[Mention],
    trigger: Trigger,
    clause: tuple[int, int],
    text: str,
    joined: re.Pattern[str] | None,
    function_words: frozenset[str],
    triggers: Iterable[Trigger] = (),
) -> list[Mention]:
    """For a trigger in a clause opened by a conjunction after a comma (lexicon
    ``clause_conjunctions``: ", and Pashinyan skipped the summit") or by a semicolon that
    names someone before the trigger, only the clause's names: the clause before it told of
    others. Not when what comes before the comma is only a name, the item of a list ("Iran,
    Azerbaijan, and Turkey signed")."""
    lo, hi = clause
    after_semicolon = text[lo - 1 : lo] == ";"  # "...; AXCP nəticələri tanımadığını açıqlayıb"
    if joined is not None:
        later = [t.type for t in triggers if t.start > hi]
        if later and trigger.type not in later:  # another kind of event, told after
            told = _before_next_subject(told, hi, text, joined, function_words)
        told = _before_next_verb(told, trigger, triggers, text, joined)
    if not after_semicolon and (joined is None or not joined.match(text, lo - 1)):
        return told
    if not any(lo <= m.start < trigger.start for m in told):
        return told
    start = max(text.rfind(c, 0, lo - 1) for c in ",;.\n") + 1
    item = list(text[start : lo - 1])
    for m in told:
        if start <= m.start and m.end <= lo - 1:
            item[m.start - start : m.end - start] = " " * (m.end - m.start)
    if all(quick_fold(w) in function_words for w in "".join(item).split()):
        return told
    return [m for m in told if lo <= m.start < hi]


def _before_next_subject(
    told: list[Mention],
    end: int,
    text: str,
    joined: re.Pattern[str],
    function_words: frozenset[str],
) -> list[Mention]:
    """Without the names from a clause after the trigger's that a conjunction opens with a
    name of its own (", and Israel recalled its ambassador"): that clause tells another
    kind of event, of its own subject."""
    match = joined.match(text, end)
    later = [m for m in told if match and m.start >= match.end()]
    if match is None or not later:
        return told
    if not all(quick_fold(w) in function_words for w in text[match.end() : later[0].start].split()):
        return told
    return [m for m in told if m.start < end]


def _before_next_verb(
    told: list[Mention],
    trigger: Trigger,
    triggers: Iterable[Trigger],
    text: str,
    joined: re.Pattern[str],
) -> list[Mention]:
    """Without the names after the next trigger when it is of another kind and joined to
    this one by a bare conjunction ("after days of protests in Tbilisi and blamed Russia"):
    they are that verb's, not this event's."""
    following = [t for t in triggers if t.start >= trigger.end]
    if not following:
        return told
    after = min(following, key=lambda t: t.start)
    gap = text[trigger.end : after.start]
    words = gap.split()
    if after.type == trigger.type or "," in gap or not words:
        return told
    if joined.fullmatch(", " + words[-1] + " ") is None:
        return told
    return [m for m in told if m.start < after.start]


def told_separately(text: str, trigger: Trigger, words: tuple[str, ...]) -> bool:
    """True when one of ``words`` (lexicon ``separately``) is among the trigger's last three
    words with the one before it ("held separate talks with A and B": one event each).

    >>> told_separately("held separate talks", Trigger(14, 19, "talks", "Meeting"), ("separate",))
    True
    """
    told = quick_fold(text[max(0, trigger.start - 12) : trigger.end]).split()[-3:]
    return any(w in told for w in words)


def foreign_ministries(acts: tuple[str, ...], dictionary: Dictionary) -> tuple[str, ...]:
    """The foreign ministries of the states in ``acts`` the dictionary has and ``acts`` lacks
    (a state summons an ambassador through its foreign ministry)."""
    found = []
    for slug in acts:
        entity = dictionary.get(slug)
        body = f"ministry-of-foreign-affairs-of-{slug}"
        if entity is not None and entity.type in STATES and body in dictionary and body not in acts:
            found.append(body)
    return tuple(found)


def last_mission(
    previous: list[Event], hosted: frozenset[str]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The sides of the last event about a diplomatic mission told before (none if none)."""
    last = next((e for e in reversed(previous) if e.type in hosted), None)
    return (last.actors, last.targets, last.participants) if last else ((), (), ())
