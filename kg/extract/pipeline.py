"""The whole extraction of one document: sentences, links, dates, events, claims -> Facts.

Everything compiled (name index, trigger and date patterns) is built once per dictionary
and language and reused, so extracting many documents costs little more than reading them.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache, partial
from typing import Protocol, TypeVar

from kg.dates import Precision
from kg.dictionary import Dictionary
from kg.extract import claims as claim_rules
from kg.extract import dates as date_rules
from kg.extract import events as event_rules
from kg.extract.bodies import bare_bodies, unowned_bodies
from kg.extract.clauses import joints
from kg.extract.conventions import by_conventions
from kg.extract.dated_lists import split_apart
from kg.extract.effect import taking_effect
from kg.extract.groups import main_parties
from kg.extract.lexicon import lexicon
from kg.extract.linking import Mention, linker
from kg.extract.office_dates import ToldDays
from kg.extract.phrases import PhraseIndex
from kg.extract.pronouns import pronoun_subjects
from kg.extract.referents import capital_pairs, offices, subject_capitals
from kg.extract.restating import restated
from kg.extract.sentences import Sentence, split
from kg.extract.spans import lasting
from kg.extract.textmap import FoldedText, quick_fold
from kg.facts import merge_events, named_claims
from kg.model import Claim, Event, Facts, Source


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_T = TypeVar("_T", bound=_Spanned)


def _inside(items: list[_T], starts: list[int], lo: int, hi: int) -> list[_T]:
    """The items (sorted by start, with ``starts`` their starts) lying within ``[lo, hi)``."""
    first = bisect_left(starts, lo)
    found: list[_T] = []
    for item in items[first:]:
        if item.start >= hi:
            break
        if item.end <= hi:
            found.append(item)
    return found


@lru_cache(maxsize=8)
def _languages(language: str) -> tuple[str, ...]:
    return (language, "en") if language != "en" else ("en",)


@lru_cache(maxsize=16)
def _conjunctions(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon(language).conjunctions)


@lru_cache(maxsize=16)
def _joined(language: str) -> re.Pattern[str] | None:
    """A comma and a conjunction opening a clause (lexicon ``clause_conjunctions``)."""
    return joints(lexicon(language).clause_conjunctions)


def _parties(
    mentions: list[Mention], starts: list[int], end: int, dictionary: Dictionary, source: Source
) -> tuple[str, ...]:
    """The document's two main parties in the mentions before ``end``; with fewer than two
    states named, the two entities named most often (what the document is about)."""
    earlier = mentions[: bisect_left(starts, end)]
    main = tuple(main_parties(earlier, dictionary, source.published, people=False))
    if main:
        return main
    named = Counter(m.entity for m in earlier if m.entity and m.kind != "group")
    return tuple(slug for slug, _ in named.most_common(2))


def _story_date(
    text: str,
    dates: list[date_rules.DateMention],
    starts: list[int],
    start: int,
    published: dt.date | None = None,
) -> date_rules.DateMention | None:
    """The last resolved date told before ``start`` in the same paragraph, if any; a date
    after publication (``by 2035``) is looked ahead to, the story does not go on from it, and
    a bare year (``особенно в 2021 и 2022 годах``) is told in passing, the story is not at
    it."""
    paragraph = text.rfind("\n\n", 0, start)
    for date in reversed(dates[: bisect_left(starts, start)]):
        if date.start < paragraph:
            return None
        if date.span is not None and (published is None or date.span.earliest <= published):
            if date.span.precision is Precision.YEAR:
                continue
            return date
    return None


def _lead_date(
    text: str, dates: list[date_rules.DateMention], published: dt.date | None = None
) -> date_rules.DateMention | None:
    """The first resolved date of the document's opening paragraph (the lead, which tells
    when the news happened), unless it lies after publication; a later paragraph that tells
    no date of its own goes on from it (``Посол Ирана ... был вызван в МИД``)."""
    lead = text.find("\n\n")
    for date in dates:
        if 0 <= lead < date.start:
            return None
        if date.span is not None and (published is None or date.span.earliest <= published):
            return date
    return None


def _told_apart(
    sentences: list[Sentence],
    dates: list[date_rules.DateMention],
    starts: list[int],
    rules: event_rules.EventFinder,
) -> list[date_rules.DateMention]:
    """The dates the story can go on from: those not inside an aside (``, which opened on
    November 11,``, ``, a day after ...``), which dates the aside's event, not the story,
    unless the sentence tells no date outside its asides (``The decision followed protests,
    which broke out on 20 June.``: the story is then at the aside's date)."""
    inside: set[int] = set()
    for sentence in sentences:
        in_asides: set[int] = set()
        for lo, hi in rules.asides(sentence) if dates else ():
            in_asides.update(id(d) for d in _inside(dates, starts, lo, hi))
        if in_asides and len(in_asides) < len(_inside(dates, starts, sentence.start, sentence.end)):
            inside |= in_asides
    return [d for d in dates if id(d) not in inside] if inside else dates


@lru_cache(maxsize=16)
def _said_back(language: str) -> tuple[PhraseIndex[str], frozenset[str]]:
    """The said_back phrases and the words they open with (the fast path: a sentence opening
    with none of those words is none)."""
    phrases = lexicon(language).said_back
    firsts = frozenset(quick_fold(p).split()[0] for p in phrases)
    return PhraseIndex((p, "said") for p in phrases), firsts


def _said_when(
    says_back: bool, dates: list[date_rules.DateMention]
) -> date_rules.DateMention | None:
    """The date of a sentence that tells when the one before it was said (``Об этом он
    сказал в интервью ..., вышедшем в эфир в четверг``), if it is one (``says_back``:
    :func:`_says_back`) and tells one."""
    if not dates or not says_back:
        return None
    return next((d for d in dates if d.span is not None), None)


def _says_back(sentence: Sentence, folded: FoldedText, language: str) -> bool:
    """True when ``sentence`` opens with a lexicon ``said_back`` phrase: it tells when or
    where the sentence before was said, it makes no claim of its own."""
    index, firsts = _said_back(language)
    opening = quick_fold(sentence.text[:40]).split()[:1]
    if not opening or opening[0] not in firsts:
        return False
    lo, hi = folded.locate(sentence.start, sentence.end)
    found = index.find(folded.folded[lo:hi].lstrip())
    return bool(found) and found[0][0] == 0


def extract(source: Source, dictionary: Dictionary) -> Facts:
    """Events, claims and entity mentions of one document, each with its evidence.

    >>> from kg.dictionary import load
    >>> text = "Iran and Azerbaijan held joint drills in Nakhchivan on 5 May 2024."
    >>> facts = extract(Source("d", text, "t", "en", "sha256:0"), load())
    >>> [(e.type, e.participants, e.date.iso()) for e in facts.events]
    [('JointMilitaryExercise', ('iran', 'azerbaijan'), '2024-05-05')]
    """
    text, language = source.text, source.language
    folded = FoldedText.of(text)
    mentions = linker(dictionary).link(text, language, folded)
    sentences = split(text, _languages(language))
    spans = [(s.start, s.end) for s in sentences]
    dates = date_rules.finder(language).find(text, source.published, folded)
    days = ToldDays(text, dates, spans, source.published, _joined(language))
    mentions = offices(language).apply(text, mentions, dictionary, source.published, days=days)
    mentions = capital_pairs(text, mentions, dictionary, _conjunctions(language))
    mentions = unowned_bodies(folded, mentions, dictionary, language, spans, source.published)
    mentions = bare_bodies(text, mentions, dictionary, language)
    mentions = pronoun_subjects(text, mentions, dictionary, language, spans)
    if lexicon(language).subject_first:
        starts = frozenset(s.start for s in sentences)
        mentions = subject_capitals(text, mentions, dictionary, language, starts)
    mention_starts = [m.start for m in mentions]
    date_starts = [d.start for d in dates]
    event_finder = event_rules.finder(language)
    told_apart = _told_apart(sentences, dates, date_starts, event_finder)
    story_starts = [d.start for d in told_apart]
    lead = _lead_date(text, told_apart, source.published)
    claim_finder = claim_rules.finder(language)
    events: list[Event] = []
    claims: list[Claim] = []
    seen: set[str] = set()
    previous: Claim | None = None
    referred: dict[str, date_rules.DateMention] = {}
    backs = [_says_back(s, folded, language) for s in sentences]  # each asked twice below
    for number, sentence in enumerate(sentences):
        local = _inside(mentions, mention_starts, sentence.start, sentence.end)
        when = _inside(dates, date_starts, sentence.start, sentence.end)
        following = sentences[number + 1] if number + 1 < len(sentences) else None
        said = (
            _said_when(
                backs[number + 1], _inside(dates, date_starts, following.start, following.end)
            )
            if following is not None
            else None
        )
        window = folded.locate(sentence.start, sentence.end)
        back = backs[number]  # when the claim before was made
        told = (
            []
            if back
            else claim_finder.claims(
                source,
                sentence,
                folded,
                local,
                when,
                dictionary,
                window,
                previous,
                partial(_parties, mentions, mention_starts, sentence.end, dictionary, source),
            )
        )
        found = event_finder.events(
            source,
            sentence,
            folded,
            local,
            when,
            dictionary,
            window,
            seen,
            mentions,
            said
            or _story_date(text, told_apart, story_starts, sentence.start, source.published)
            or (lead if lead is not None and lead.start < sentence.start else None),
            referred,
            told[0].claimant if told else None,
            events,
        )
        events += restated(found, sentence, events, language)  # "Sənədə əsasən, ..."
        triggers = partial(event_finder.find_triggers, sentence, folded, window)
        events += taking_effect(source, sentence, triggers, when, found, events, dictionary)
        previous = told[-1] if told else previous if back else None
        claims += told
    events = split_apart(events, text, dates, mentions, dictionary, language)
    slugs: list[str] = []
    for mention in mentions:
        slugs += [s for s in (mention.entity, mention.name_of) if s]
    return Facts(
        source=source,
        events=tuple(
            merge_events(lasting(by_conventions(events, mentions, dictionary, source.published)))
        ),
        claims=tuple(named_claims(claims)),
        mentions=tuple(sorted(set(slugs))),
    )
