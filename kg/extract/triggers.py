"""Trigger rules of one language: trigger phrases, status cues and the clause tests around them.

:class:`TriggerRules` compiles a lexicon once: trigger phrases (longest wins, finer kinds kept),
negation, planning and conditional cues, naming verbs, asides (non-restrictive relative
clauses), deadlines, place prepositions and locative suffixes, and anaphoric words; the
reporting cues and their speakers come from :class:`kg.extract.speakers.SpeakerRules`.
:class:`kg.extract.events.EventFinder` builds events on top of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.arguments import (
    Trigger,
    clause_of,
    nearest_date,
    related_kinds,
)
from kg.extract.dates import DateMention
from kg.extract.kinds import broader
from kg.extract.lexicon import Lexicon, common
from kg.extract.linking import Mention
from kg.extract.phrases import PhraseIndex, ending_with
from kg.extract.scan import finditer
from kg.extract.sentences import Sentence
from kg.extract.sequences import other_events
from kg.extract.speakers import SpeakerRules
from kg.extract.textmap import FoldedText, quick_fold
from kg.model import Event, Status
from kg.text import fold

_CLAUSE_END = re.compile(r"[,;:—–()]")


def _combine(outer: str, inner: str) -> bool:
    """True when the two kinds told together make one event of another kind (``common.yaml``
    ``combined``: "signed a gas swap agreement" is economic cooperation)."""
    return any({outer, inner} == together for together, _ in common().combined)


class TriggerRules(SpeakerRules):
    """Compiled trigger, status and clause rules of one language.

    >>> from kg.extract.lexicon import lexicon
    >>> TriggerRules(lexicon("ru")).lexicon.language
    'ru'
    """

    def __init__(self, lex: Lexicon):
        super().__init__(lex)
        self.trigger = PhraseIndex((p, kind) for kind, ps in lex.triggers.items() for p in ps)
        self.naming = PhraseIndex((p, "naming") for p in lex.naming)
        self.preposition = ending_with(lex.place_prepositions, r"\s+$")
        self.locative = tuple(fold(s) for s in lex.locative_suffixes)
        self.attributive = tuple(fold(s) for s in lex.attributive_suffixes)
        nouns = "|".join(lex.place_nouns)  # a name before them is no party, nor one right
        self.place_after = re.compile(rf"\s+(?:\w+\s+)?(?:{nouns})(?!\w)", re.I) if nouns else None
        people = "|".join(lex.people_nouns)  # before these ("Ukrainian children")
        self.people_after = re.compile(rf"\s+(?:{people})(?!\w)", re.I) if people else None
        self.after_name = (self.place_after, self.people_after)
        borders = "|".join(lex.border_nouns)  # "Armenian-Iranian border": both only locate it
        self.joined_border = (
            re.compile(rf"(?:-\w+)*\s+(?:{borders})(?!\w)", re.I) if borders else None
        )
        self.place_before = ending_with(lex.place_before)
        # the last words of those phrases: only a name after one of them is tried (fast path)
        plain = all(re.fullmatch(r"[\w' -]+", p) for p in lex.place_before)
        self.place_last = (
            frozenset(fold(p).split()[-1] for p in lex.place_before) if plain else None
        )
        self.deadline_before = ending_with(lex.deadline_before)
        self.deadline_after = tuple(fold(s) for s in lex.deadline_after)
        openers = [re.escape(w) for w in lex.relatives] + [*lex.sequence_asides, *lex.appositions]
        self.relative = (
            re.compile(r",\s+(?:" + "|".join(openers) + r")\b", re.I) if openers else None
        )
        self.sequence = (
            re.compile(r",\s+(?:" + "|".join(lex.sequence_asides) + r")\b", re.I)
            if lex.sequence_asides
            else None
        )
        self.anaphora = ending_with(lex.anaphora, r"(?:\s+\S+)?\s*$")

    def find_triggers(
        self, sentence: Sentence, folded: FoldedText, window: tuple[int, int] | None = None
    ) -> list[Trigger]:
        """Triggers in the sentence, in text order; at one place the longest phrase wins, but
        a finer kind inside a longer phrase is kept too ("signed a ceasefire agreement"), and
        so is one that combines with it ("signed a gas swap agreement").

        ``folded`` is the folded document (or sentence) and ``window`` the sentence's part of it.

        >>> from kg.extract.events import finder
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
                hits += [h for h in inner if outer in broader(h[2]) or _combine(outer, h[2])]
        for start, end, kind in sorted(hits):
            first, stop = folded.span(start, end)
            if window is None:
                first, stop = first + sentence.start, stop + sentence.start
            text = sentence.text[first - sentence.start : stop - sentence.start]
            found.append(Trigger(first, stop, text, kind))
        return found

    def held_kinds(
        self,
        sentence: Sentence,
        folded: FoldedText,
        window: tuple[int, int] | None,
        triggers: list[Trigger],
    ) -> list[str]:
        """The kinds of the trigger words inside phrases with a gap ("signed ... the
        Declaration" holds a statement's word).

        >>> from kg.extract.events import finder
        >>> s = Sentence(0, 31, "They signed the new declaration.")
        >>> told = finder("en").find_triggers(s, FoldedText.of(s.text))
        >>> finder("en").held_kinds(s, FoldedText.of(s.text), None, told)
        ['Statement']
        """
        shift = 0 if window is not None else sentence.start
        kinds: list[str] = []
        for trigger in triggers:
            lo, hi = folded.locate(trigger.start - shift, trigger.end - shift)
            gap = folded.folded.find(" ", lo, hi)
            if gap > 0:
                kinds += [kind for _, _, kind in self.trigger.find(folded.folded, gap + 1, hi)]
        return kinds

    def settings(
        self,
        sentence: Sentence,
        folded: FoldedText,
        window: tuple[int, int] | None,
        actors: list[Mention],
    ) -> list[tuple[int, int]]:
        """The spans of phrases telling where a claim was made (lexicon ``said_in``: "на
        встрече с руководством ведомства") that name no one who could act: such a setting
        is no event of its own.

        >>> from kg.extract.events import finder
        >>> s = Sentence(0, 48, "— заявил он на встрече с руководством ведомства.")
        >>> finder("ru").settings(s, FoldedText.of(s.text), None, [])
        [(15, 47)]
        """
        lo, hi = window or (0, len(folded.folded))
        shift = 0 if window is not None else sentence.start
        spans: list[tuple[int, int]] = []
        for regex in self.said_in:
            for match in finditer(regex, folded.folded, lo, hi):
                first, stop = folded.span(match.start("said_in"), match.end("said_in"))
                first, stop = first + shift, stop + shift
                if not any(first <= m.start < stop for m in actors):
                    spans.append((first, stop))
        return spans

    def status(
        self,
        sentence: Sentence,
        trigger: Trigger,
        dates: list[DateMention] | None = None,
        bounds: tuple[int, int] | None = None,
        blanked: str = "",
    ) -> Status:
        """Negated, hypothetical or planned from cues in the trigger's clause; else occurred.

        Dates are blanked first, so that the month "May" is not the verb "may"; ``bounds``
        (the clause's offsets) and ``blanked`` (:func:`~.arguments.dates_blanked`): if made.

        >>> from kg.extract.events import finder
        >>> s = Sentence(0, 35, "The consulate will not be closed.")
        >>> t = finder("en").find_triggers(s, FoldedText.of(s.text))
        >>> finder("en").status(s, Trigger(26, 32, "closed", "DiplomaticDowngrade"))
        <Status.NEGATED: 'Negated'>
        """
        clause = clause_of(sentence, trigger, dates, bounds, blanked=blanked)
        own = clause_of(sentence, trigger, dates, bounds, blank=True, blanked=blanked)
        if self.negation.occurs(own):  # the trigger's words blanked too
            return Status.NEGATED
        if self.conditional.occurs(clause) or self.after_condition(
            sentence, trigger, dates, bounds
        ):
            return Status.HYPOTHETICAL
        if self.planning.occurs(clause):
            return Status.PLANNED
        return Status.OCCURRED

    def _refers_back(
        self, text: str, trigger: Trigger, dates: list[DateMention], seen: set[str]
    ) -> bool:
        if self.after_demonstrative(text, trigger) or self.in_back_frame(text, trigger):
            return True  # whatever date the sentence gives: it dates what is told of them
        own = [d for d in dates if "anniversary" not in d.flags]  # "on the eve of the 30th
        # anniversary of ...": a date of the past, the visit told is still the one before
        if self.anaphora is None or nearest_date(own, trigger):
            return False
        if not any(related_kinds(trigger.type, kind) for kind in seen):
            return False  # "the treaty" refers back to a peace treaty told before, too
        if not self.lexicon.articles:  # a bare noun refers back, a verb tells a new act
            return self.verb is None or not any(  # made a noun too: "dayandırdığını"
                self.verb.search(w) or w.endswith(self.own_act_endings)
                for w in quick_fold(trigger.text).split()
            )
        before = quick_fold(text[max(0, trigger.start - 30) : trigger.start])
        return bool(self.anaphora.search(" " + before + " "))

    def _new_plan(
        self,
        sentence: Sentence,
        trigger: Trigger,
        dates: list[DateMention],
        previous: list[Event] | None,
        folded: FoldedText,
        window: tuple[int, int] | None,
    ) -> bool:
        """True when a trigger that would refer back tells a plan (or a supposition) while no
        earlier event of a related kind was told so ("ərazidə dəmir yolu körpüsünün tikintisi
        də planlaşdırılır" after a bridge built; "урегулирование возможно при ... подписании
        документа" after a plan agreed): a new event, not the one told before."""
        if previous is None:
            return False
        lo, hi = window or (0, len(folded.folded))
        cues = (self.planning, self.conditional)
        if not any(cue.occurs(folded.folded, lo, hi) for cue in cues):
            return False  # no cue of a plan anywhere in the sentence (the common case)
        related = [e for e in previous if related_kinds(e.type, trigger.type)]
        status = self.status(sentence, trigger, dates)
        if not related or any(e.status is status for e in related):
            return False
        return status in (Status.PLANNED, Status.HYPOTHETICAL)

    def _names(self, clause: str) -> bool:
        """True when the clause holds a naming verb (``called it``, not ``called on``)."""
        return self.naming.occurs(clause) and any(
            clause[end:].split()[:1] not in (["on"], ["for"], ["upon"])
            for _, end, _ in self.naming.find(clause)
        )

    def asides(self, sentence: Sentence, mentions: Sequence[Mention] = ()) -> list[tuple[int, int]]:
        """The spans of the sentence's non-restrictive relative clauses (``, whose country
        holds the EU presidency,``) and of clauses telling another event by its distance in
        time (``, three days after Moscow recognised ...``): from the opening word to the
        next comma or dash; and those of :mod:`kg.extract.sequences` (a clause of an earlier
        event opening the sentence, ``After talks with Erdogan, Pashinyan met ...``, and a
        phrase giving an act's reason, ``in response to the arrest of ...``).

        >>> from kg.extract.events import finder
        >>> s = Sentence(0, 39, "Sarkozy, whose party won, met Medvedev.")
        >>> finder("en").asides(s)
        [(7, 24)]
        >>> finder("en").asides(Sentence(0, 36, "After talks with Iran, Aliyev spoke."))
        [(0, 21)]
        """
        spans = other_events(self.lexicon).spans(sentence, mentions)
        if self.relative is None:
            return spans
        for match in self.relative.finditer(sentence.text):
            stop = _CLAUSE_END.search(sentence.text, match.end())
            end = stop.start() if stop else len(sentence.text)
            spans.append((sentence.start + match.start(), sentence.start + end))
        return spans

    def _sequences(
        self, sentence: Sentence, mentions: Sequence[Mention] = ()
    ) -> list[tuple[int, int]]:
        """The spans of the sentence's clauses telling another event by its distance in time
        (``, a day after the parliament passed a law``), its opening clause of an earlier
        event and its reason phrases (:mod:`kg.extract.sequences`)."""
        spans = other_events(self.lexicon).spans(sentence, mentions)
        if self.sequence is None:
            return spans
        for match in self.sequence.finditer(sentence.text):
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

    def _names_a_place(self, source_text: str, mention: Mention) -> bool:
        """True when the words around the name say it tells where (``the border with
        Armenia``, ``the Kazakh port city of Aktau``).

        >>> from kg.extract.events import finder
        >>> m = Mention(28, 35, "Armenia", "armenia", "name")
        >>> finder("en")._names_a_place("villages on the border with Armenia", m)
        True
        >>> kazakh = Mention(7, 13, "Kazakh", "kazakhstan", "demonym")
        >>> finder("en")._names_a_place("in the Kazakh port city", kazakh)
        True
        """
        if any(r is not None and r.match(source_text, mention.end) for r in self.after_name):
            return True
        if self.place_before is None:
            return False
        before = quick_fold(source_text[max(0, mention.start - 30) : mention.start])
        last = self.place_last is None or before.rpartition(" ")[2] in self.place_last
        return last and bool(self.place_before.search(" " + before))

    def joins_a_border(self, source_text: str, mention: Mention) -> bool:
        """True for a state written joined by a hyphen to another before a border noun
        (lexicon ``border_nouns``): "on the Armenian-Iranian border", "армяно-иранской
        границе". It only locates an act; a war there is between them.

        >>> from kg.extract.events import finder
        >>> armenian = Mention(7, 13, "армяно", "armenia", "demonym")
        >>> finder("ru").joins_a_border("КПП на армяно-иранской границе", armenian)
        True
        """
        joined = source_text[mention.end : mention.end + 1] == "-" or (
            source_text[mention.start - 1 : mention.start] == "-"
        )
        border = self.joined_border
        return joined and border is not None and border.match(source_text, mention.end) is not None

    def _is_located(self, source_text: str, mention: Mention) -> bool:
        before = quick_fold(source_text[max(0, mention.start - 20) : mention.start])
        if self.preposition is not None and self.preposition.search(" " + before + " "):
            return True
        written = quick_fold(mention.text)
        return any(written.endswith(s) for s in self.locative)
