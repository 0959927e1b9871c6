"""Events from trigger words: type from the lexicon, roles from the mentions around it.

For each trigger phrase in a sentence (longest match wins where phrases overlap, but a finer
kind inside a longer phrase is kept: ``signed a ceasefire agreement``):

* who can take part: actor mentions (:mod:`kg.extract.roles`), less news outlets and the
  speaker of a reporting cue for what they report (``Aliyev said Iran attacked``; named after
  a clause break with nothing reported after the cue, the whole sentence: ``Armenia has
  frozen ..., Pashinyan said in an interview``), plus group phrases (``the two countries``)
  resolved to the document's main parties (:mod:`kg.extract.groups`);
* roles: for *directed* types (``common.yaml``) actors are those before the trigger and
  targets those after it; for *symmetric* types every one in the sentence is a participant
  (fewer than two states named: the document's two main parties join, implicit arguments);
  otherwise those before the trigger are actors (those after it when there are none before);
  each official, body or force brings the state or organisation it acts for into its role;
  a speech act (accusation, threat, statement) whose speaker the sentence does not name but
  goes on with (``He also condemned ...``, the claimant of :mod:`kg.extract.claims`) is the
  speaker's, those named being its targets;
* hosted kinds (``common.yaml``: diplomatic ties): the state whose capital is the place
  joins the event (``suspended its embassy in Tehran``: Iran is the target), never alone;
* place: a place mention after a place preposition (``in Tehran``, ``в Тегеране``) or written
  with a locative suffix (``Tehranda``);
* date: the resolved date in the sentence nearest the trigger; failing that, for an event
  told as having occurred, the date of the earlier event the sentence refers to (``shortly
  after the shooting``: the shooting's date), else the last date told before it in the same
  paragraph (the story goes on: ``The two leaders met on 19 May. They discussed ...``); none
  otherwise (never a date the document does not give); a planned event's weekday (``is due
  on Thursday``) is the coming one, not the last; a clause listing several deadlines (``by
  November 15, ... by November 20``) tells one event per deadline;
* status: negation, conditional and planning cues in the trigger's clause; a date after the
  publication date also means planned;
* no event: a trigger in the clause of a naming verb (``called the shooting an act of
  terrorism``) is an opinion, not an event; a trigger after an anaphoric word of the lexicon
  (``the ceasefire``, ``this attack``; in languages without articles any bare trigger) with
  no date of its own, for a type already found earlier in the document, refers back to that
  event and adds nothing;
* kinds: one event per kind per sentence, the most specific kind winning
  (:mod:`kg.extract.kinds`).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kg import __version__
from kg.dates import DateSpan, PartialDate
from kg.dictionary import Dictionary
from kg.extract import EXTRACTOR
from kg.extract.dates import DateMention
from kg.extract.groups import finder as group_finder
from kg.extract.groups import main_parties
from kg.extract.kinds import broader, most_specific
from kg.extract.lexicon import Lexicon, PhraseIndex, alternation, common, lexicon
from kg.extract.linking import Mention
from kg.extract.roles import (
    acting_for,
    fill_principals,
    is_actor,
    is_place,
    is_reporter,
    only_reports,
    speaker,
)
from kg.extract.sentences import Sentence
from kg.extract.textmap import FoldedText, quick_fold
from kg.model import Event, Evidence, Source, Status
from kg.ontology import event_types
from kg.text import fold

_STATES = ("Country", "DeFactoState")
_CLAUSE_END = re.compile(r"[,;:—–()]")
_CLAUSE = re.compile(r"(?<!\d),|,(?!\d)|[;:—–()«»\"]|\s-\s")


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


def evidence(source: Source, sentence: Sentence, confidence: float) -> Evidence:
    """Evidence for a fact read from ``sentence`` by the rules.

    >>> from kg.extract.sentences import split
    >>> src = Source("doc", "Talks ended.", "t", "en", "sha256:0")
    >>> evidence(src, split(src.text)[0], 0.5).quote
    'Talks ended.'
    """
    return Evidence(
        source.slug,
        sentence.text,
        sentence.start,
        sentence.end,
        EXTRACTOR,
        __version__,
        round(min(1.0, max(0.0, confidence)), 2),
    )


class EventFinder:
    """Compiled trigger and status rules of one language.

    >>> EventFinder(lexicon("ru")).lexicon.language
    'ru'
    """

    def __init__(self, lex: Lexicon):
        self.lexicon = lex
        self.trigger = PhraseIndex((p, kind) for kind, ps in lex.triggers.items() for p in ps)
        self.negation = PhraseIndex((p, "negation") for p in lex.negation)
        self.planning = PhraseIndex((p, "planning") for p in lex.planning)
        self.conditional = PhraseIndex((p, "conditional") for p in lex.conditional)
        self.naming = PhraseIndex((p, "naming") for p in lex.naming)
        self.reporting = PhraseIndex((c["cue"], c.get("claimant", "before")) for c in lex.claims)
        self.tail = frozenset(quick_fold(w) for w in lex.reporting_tail)
        self.preposition = (
            re.compile(
                r"(?:^|\s)(?:" + alternation(list(lex.place_prepositions)).pattern + r")\s+$"
            )
            if lex.place_prepositions
            else None
        )
        self.locative = tuple(fold(s) for s in lex.locative_suffixes)
        self.attributive = tuple(fold(s) for s in lex.attributive_suffixes)
        self.deadline_before = (
            re.compile(r"(?:^|\s)(?:" + alternation(list(lex.deadline_before)).pattern + r")\s*$")
            if lex.deadline_before
            else None
        )
        self.deadline_after = tuple(fold(s) for s in lex.deadline_after)
        self.relative = (
            re.compile(r",\s+(?:" + "|".join(map(re.escape, lex.relatives)) + r")\b", re.I)
            if lex.relatives
            else None
        )
        self.anaphora = (
            re.compile(
                r"(?:^|\s)(?:" + alternation(list(lex.anaphora)).pattern + r")(?:\s+\S+)?\s*$"
            )
            if lex.anaphora
            else None
        )

    def find_triggers(
        self, sentence: Sentence, folded: FoldedText, window: tuple[int, int] | None = None
    ) -> list[Trigger]:
        """Triggers in the sentence, in text order; at one place the longest phrase wins, but
        a finer kind inside a longer phrase is kept too ("signed a ceasefire agreement").

        ``folded`` is the folded document (or sentence) and ``window`` the sentence's part of it.

        >>> s = Sentence(0, 31, "They held joint drills and met.")
        >>> [t.type for t in finder("en").find_triggers(s, FoldedText.of(s.text))]
        ['JointMilitaryExercise', 'Meeting']
        """
        lo, hi = window or (0, len(folded.folded))
        found = []
        hits = self.trigger.find(folded.folded, lo, hi)
        for start, end, outer in list(hits):
            gap = folded.folded.find(" ", start, end)
            if gap > 0:  # a phrase with a gap ("signed ... agreement") may hold a finer kind
                inner = self.trigger.find(folded.folded, gap + 1, end)
                hits += [h for h in inner if outer in broader(h[2])]
        for start, end, kind in sorted(hits):
            first, stop = folded.span(start, end)
            if window is None:
                first, stop = first + sentence.start, stop + sentence.start
            text = sentence.text[first - sentence.start : stop - sentence.start]
            found.append(Trigger(first, stop, text, kind))
        return found

    def status(
        self, sentence: Sentence, trigger: Trigger, dates: list[DateMention] | None = None
    ) -> Status:
        """Negated, hypothetical or planned from cues in the trigger's clause; else occurred.

        Dates are blanked first, so that the month "May" is not the verb "may".

        >>> s = Sentence(0, 35, "The consulate will not be closed.")
        >>> t = finder("en").find_triggers(s, FoldedText.of(s.text))
        >>> finder("en").status(s, Trigger(26, 32, "closed", "DiplomaticDowngrade"))
        <Status.NEGATED: 'Negated'>
        """
        clause = _clause(sentence, trigger, dates)
        if self.negation.find(clause):
            return Status.NEGATED
        if self.conditional.find(clause):
            return Status.HYPOTHETICAL
        if self.planning.find(clause):
            return Status.PLANNED
        return Status.OCCURRED

    def _refers_back(
        self, text: str, trigger: Trigger, dates: list[DateMention], seen: set[str]
    ) -> bool:
        if self.anaphora is None or _nearest(dates, trigger):
            return False
        if not any(_related(trigger.type, kind) for kind in seen):
            return False  # "the treaty" refers back to a peace treaty told before, too
        if not self.lexicon.articles:
            return True
        before = quick_fold(text[max(0, trigger.start - 30) : trigger.start])
        return bool(self.anaphora.search(" " + before + " "))

    def _names(self, clause: str) -> bool:
        """True when the clause holds a naming verb (``called it``, not ``called on``)."""
        return any(
            clause[end:].split()[:1] not in (["on"], ["for"], ["upon"])
            for _, end, _ in self.naming.find(clause)
        )

    def _speakers(
        self,
        sentence: Sentence,
        folded: FoldedText,
        window: tuple[int, int] | None,
        actors: list[Mention],
        dictionary: Dictionary,
    ) -> list[tuple[Mention, int, str]]:
        """Who reports in the sentence: each cue's speaker, the cue's end and its side."""
        lo, hi = window or (0, len(folded.folded))
        shift = 0 if window is not None else sentence.start
        people = {
            m.entity
            for m in actors
            if m.entity and (e := dictionary.get(m.entity)) is not None and e.type == "Person"
        }
        found: list[tuple[Mention, int, str]] = []
        for cue_start, cue_end, side in self.reporting.find(folded.folded, lo, hi):
            if folded.folded[cue_start - 1 : cue_start] == "-":
                continue  # part of a compound word (self-declared), not a verb
            first, stop = folded.span(cue_start, cue_end)
            who = speaker(actors, side, first + shift, stop + shift, people)
            if who is not None:
                late = side == "before" and self._tail(
                    sentence.text[stop + shift - sentence.start :]
                )
                found.append(
                    (who, stop + shift, _after_content(sentence, who, side) if late else side)
                )
        return found

    def _tail(self, rest: str) -> bool:
        """True when nothing reported follows a cue: the sentence ends or goes on with one of
        the lexicon's ``reporting_tail`` words (``said in an interview``, ``said on Friday``)."""
        words = rest.split()
        return not words or words[0] in (".", ",") or quick_fold(words[0]).strip(".,") in self.tail

    def _asides(self, sentence: Sentence) -> list[tuple[int, int]]:
        """The spans of the sentence's non-restrictive relative clauses (``, whose country
        holds the EU presidency,``): from the relative word to the next comma or dash.

        >>> s = Sentence(0, 39, "Sarkozy, whose party won, met Medvedev.")
        >>> finder("en")._asides(s)
        [(7, 24)]
        """
        if self.relative is None:
            return []
        spans = []
        for match in self.relative.finditer(sentence.text):
            stop = _CLAUSE_END.search(sentence.text, match.end())
            end = stop.start() if stop else len(sentence.text)
            spans.append((sentence.start + match.start(), sentence.start + end))
        return spans

    def _deadlines(self, text: str, dates: list[DateMention]) -> list[DateMention]:
        """The dates written as deadlines (``by November 15``, ``noyabrın 15-dək``)."""
        found: list[DateMention] = []
        for date in dates:
            if date.span is None:
                continue
            before = " " + quick_fold(text[max(0, date.start - 20) : date.start])
            written = quick_fold(date.text)
            if (self.deadline_before is not None and self.deadline_before.search(before)) or any(
                written.endswith(s) for s in self.deadline_after
            ):
                found.append(date)
        return found

    def _is_located(self, source_text: str, mention: Mention) -> bool:
        before = quick_fold(source_text[max(0, mention.start - 20) : mention.start])
        if self.preposition is not None and self.preposition.search(" " + before + " "):
            return True
        written = quick_fold(mention.text)
        return any(written.endswith(s) for s in self.locative)

    def events(
        self,
        source: Source,
        sentence: Sentence,
        folded: FoldedText,
        mentions: list[Mention],
        dates: list[DateMention],
        dictionary: Dictionary,
        window: tuple[int, int] | None = None,
        seen: set[str] | None = None,
        document: list[Mention] | None = None,
        story: DateMention | None = None,
        referred: dict[str, DateMention] | None = None,
        claimant: str | None = None,
    ) -> list[Event]:
        """The events a sentence states (see the module notes for the rules).

        ``seen`` holds the event types already found earlier in the document; a trigger that
        refers back to one of them (``the ceasefire``) without a date of its own is skipped.
        ``document`` holds the document's mentions, for group phrases such as ``the two
        countries`` (:mod:`kg.extract.groups`).

        ``story`` is the last date told before the sentence in its paragraph, ``referred``
        the date of the first event of each type found so far in the document (updated here)
        and ``claimant`` the speaker of the sentence's first claim.

        ``folded`` is the folded document with ``window`` the sentence's part of it, or the
        folded sentence alone (``window`` ``None``).

        >>> from kg.dictionary import load
        >>> from kg.extract.linking import link
        >>> text = "Iran attacked Azerbaijan."
        >>> src = Source("d", text, "t", "en", "sha256:0")
        >>> s = Sentence(0, len(text), text)
        >>> found = finder("en").events(src, s, FoldedText.of(text), link(text, load()), [], load())
        >>> [(e.type, e.actors, e.targets) for e in found]
        [('Attack', ('iran',), ('azerbaijan',))]
        """
        rules = common()
        earlier: list[Mention] = []
        if document is not None:
            earlier = document[: bisect_left(document, sentence.start, key=lambda m: m.start)]
            mentions = sorted(
                mentions
                + group_finder(self.lexicon.language).mentions(
                    sentence, folded, window, earlier, dictionary, source.published
                ),
                key=lambda m: m.start,
            )
        actors = [
            m
            for m in mentions
            if is_actor(m, dictionary)
            and not is_reporter(m, dictionary)
            and not (self.attributive and quick_fold(m.text).endswith(self.attributive))
        ]
        speakers = self._speakers(sentence, folded, window, actors, dictionary) if actors else []
        deadlines = self._deadlines(source.text, dates) if len(dates) > 1 else []
        places = [m for m in mentions if is_place(m, dictionary) and m.kind != "metonym"]
        located = [m for m in places if self._is_located(source.text, m)]
        found: list[Event] = []
        asides = self._asides(sentence)
        triggers = self.find_triggers(sentence, folded, window)
        anchor = next(  # the date of an earlier event the sentence refers to ("the shooting")
            (
                referred[t.type]
                for t in triggers
                if referred is not None
                and t.type in referred
                and seen is not None
                and self._refers_back(source.text, t, dates, seen)
            ),
            None,
        )
        for trigger in triggers:
            if any(
                m.start <= trigger.start < m.end or m.start < trigger.end <= m.end for m in mentions
            ):
                continue  # the trigger word is part of a name (a named summit, an agreement)
            if seen is not None and self._refers_back(source.text, trigger, dates, seen):
                continue
            if self._names(_clause(sentence, trigger, dates)):
                continue  # "called the shooting an act of terrorism" names, it does not tell
            if trigger.type in rules.asserted_only and self.status(sentence, trigger, dates) in (
                Status.NEGATED,
                Status.HYPOTHETICAL,
            ):
                continue  # "posed no threat" denies a threat, it tells none
            said = trigger.type in rules.speech_acts
            told = [
                m
                for m in actors
                if (said or not only_reports(m, trigger, speakers))
                and not any(a <= m.start < b and not a <= trigger.start < b for a, b in asides)
            ]
            before = _slugs(m for m in told if m.end <= trigger.start)
            after = _slugs(m for m in told if m.start >= trigger.end)
            acts: tuple[str, ...] = ()
            targets: tuple[str, ...] = ()
            parts: tuple[str, ...] = ()
            if trigger.type in rules.symmetric:
                parts = _slugs(m for m in told)
            elif trigger.type in rules.directed:
                acts, targets = before, tuple(s for s in after if s not in before)
            else:
                acts = before or after
            if said and claimant is not None and claimant not in _slugs(mentions):
                # "He also condemned ...", "O, həmçinin ... ittiham edib": the speaker the
                # sentence goes on with acts; those it names are what it is about
                if trigger.type in rules.directed:
                    targets = tuple(s for s in acts + targets if s != claimant)
                acts = (claimant,)
            if trigger.type in rules.hosted and (acts or targets or parts):
                host = _hosts(located, dictionary, acts + targets + parts)
                if not host and not located and earlier:
                    taken = acts + targets + parts
                    host = _other_host(taken, earlier, dictionary, source.published)
                if trigger.type in rules.symmetric:
                    parts += host
                else:
                    targets += host
            if trigger.type in rules.symmetric and earlier:
                parts = _two_sided(parts, earlier, dictionary, source.published)
            if not (acts or targets or parts):
                continue
            date = _nearest(dates, trigger)
            if date is None and (anchor or story) is not None:
                occurred = self.status(sentence, trigger, dates) is Status.OCCURRED
                date = (anchor or story) if occurred else None
            each = deadlines if len(deadlines) > 1 and date in deadlines else [date]
            for date in each:
                if referred is not None and date is not None:
                    referred.setdefault(trigger.type, date)
                found.append(
                    self._event(
                        source,
                        sentence,
                        trigger,
                        date,
                        dates,
                        dictionary,
                        located,
                        (acts, targets, parts),
                    )
                )
        found = most_specific(found)
        if seen is not None:
            seen.update(e.type for e in found)
        return found

    def _event(
        self,
        source: Source,
        sentence: Sentence,
        trigger: Trigger,
        date: DateMention | None,
        dates: list[DateMention],
        dictionary: Dictionary,
        located: list[Mention],
        roles: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]],
    ) -> Event:
        """The event of one trigger with its date, roles (principals added), place, status."""
        rules = common()
        acts, targets, parts = roles
        when = date.span.earliest if date and date.span else source.published
        acts, targets, parts = fill_principals((acts, targets, parts), dictionary, when)
        status = self.status(sentence, trigger, dates)
        later = source.published + dt.timedelta(days=1) if source.published else None
        if status is Status.OCCURRED and date and date.span and later:
            status = Status.PLANNED if date.span.earliest > later else status
        span = _ahead(date, status, source.published)
        place = located[0].entity if located else None
        score = rules.confidence.get("base", 0.5)
        score += rules.confidence.get("with_date", 0.0) if date else 0.0
        score += (
            rules.confidence.get("with_two_roles", 0.0) if len(acts + targets + parts) > 1 else 0.0
        )
        score += rules.confidence.get("with_place", 0.0) if place else 0.0
        score += rules.confidence.get("long_trigger", 0.0) if " " in trigger.text.strip() else 0.0
        who = ", ".join(_label(s, dictionary) for s in dict.fromkeys(acts + targets + parts))
        return Event(
            type=trigger.type,
            label=f"{event_types()[trigger.type].label} ({who})",
            evidence=(evidence(source, sentence, score),),
            date=span,
            actors=acts,
            targets=targets,
            participants=parts,
            place=place,
            status=status,
        )


def _related(kind: str, other: str) -> bool:
    """True when one kind is the other or refines it (a summit is a meeting).

    >>> _related("Agreement", "PeaceAgreement"), _related("Summit", "Meeting")
    (True, True)
    """
    return kind == other or kind in broader(other) or other in broader(kind)


def _after_content(sentence: Sentence, who: Mention, side: str) -> str:
    """``first`` (reports the whole sentence) for a speaker whose reporting clause follows
    what is reported (``Armenia has frozen ..., Prime Minister Nikol Pashinyan said``): a
    clause break at most a title's words before the speaker; else ``side`` unchanged."""
    if side != "before":
        return side
    head = sentence.text[: who.start - sentence.start]
    breaks = [m.end() for m in _CLAUSE.finditer(head)]
    if not breaks or not head[: breaks[-1]].strip(" ,"):
        return side
    return "first" if len(head[breaks[-1] :].split()) <= 3 else side


def _hosts(
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


def _other_host(
    taken: tuple[str, ...], earlier: list[Mention], dictionary: Dictionary, when: dt.date | None
) -> tuple[str, ...]:
    """For a mission closed or opened with no place named (``evacuated its embassy``) by
    one state: the document's other main state, which hosts it; else none."""
    states = {s for s in taken if (e := dictionary.get(s)) and e.type in _STATES}
    states |= {a for s in taken if (a := acting_for(s, dictionary, when)) is not None}
    if len(states) != 1:
        return ()
    main = main_parties(earlier, dictionary, when, people=False)
    return tuple(s for s in main if s not in states)[:1]


def _two_sided(
    parts: tuple[str, ...], earlier: list[Mention], dictionary: Dictionary, when: dt.date | None
) -> tuple[str, ...]:
    """A symmetric event naming fewer than two states takes the document's two main parties.

    Meetings, agreements, ceasefires and wars have two sides; when the sentence names one or
    none (``The truce took effect on Tuesday``, ``Armenia agreed to ...``) the others are
    implicit arguments, filled from the document as in document-level event extraction.
    """
    states = {s for s in parts if (e := dictionary.get(s)) and e.type in _STATES}
    states |= {a for s in parts if (a := acting_for(s, dictionary, when)) is not None}
    if len(states) >= 2:
        return parts
    main = main_parties(earlier, dictionary, when, people=False)
    return tuple(dict.fromkeys(parts + tuple(main)))


def _clause(sentence: Sentence, trigger: Trigger, dates: list[DateMention] | None) -> str:
    """The folded clause of the sentence around the trigger, with its dates blanked."""
    text = sentence.text
    for date in dates or ():
        first, stop = date.start - sentence.start, date.end - sentence.start
        if first >= 0 and stop <= len(text):
            text = text[:first] + " " * (stop - first) + text[stop:]
    left = trigger.start - sentence.start
    right = trigger.end - sentence.start
    starts = [m.end() for m in _CLAUSE.finditer(text, 0, left)]
    after = _CLAUSE.search(text, right)
    return quick_fold(text[starts[-1] if starts else 0 : after.start() if after else len(text)])


def _ahead(date: DateMention | None, status: Status, published: dt.date | None) -> DateSpan | None:
    """The event's date; a planned event's weekday (``due on Thursday``) is the coming one."""
    if date is None or date.span is None:
        return None
    if status is Status.PLANNED and "weekday" in date.flags and published is not None:
        day = date.span.earliest
        if day <= published:
            day += dt.timedelta(days=7)
            return DateSpan(PartialDate(day.year, day.month, day.day))
    return date.span


def _slugs(mentions: Iterable[Mention]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.entity for m in mentions if m.entity))


def _label(slug: str, dictionary: Dictionary) -> str:
    entity = dictionary.get(slug)
    return entity.label if entity else slug


def _nearest(dates: list[DateMention], trigger: Trigger) -> DateMention | None:
    usable = [d for d in dates if d.span is not None]
    if not usable:
        return None
    return min(usable, key=lambda d: min(abs(d.start - trigger.end), abs(trigger.start - d.end)))


@lru_cache(maxsize=16)
def finder(language: str) -> EventFinder:
    """The compiled event rules for a language (English when it has none).

    >>> finder("az").lexicon.language
    'az'
    """
    return EventFinder(lexicon(language))
