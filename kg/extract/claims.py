"""Claims: who said what about whom (``X said that ...``, ``по словам X``, ``X bildirib``).

Each cue of the lexicon's ``claims`` list says where its claimant is: ``before`` (the nearest
actor mention before the cue: ``Aliyev said``), ``after`` (the first one after it:
``according to Aliyev``) or ``first`` (the sentence's first actor mention, for verb-final
languages: ``Əliyev ... bildirib``); a person is preferred among the possible speakers. A
``before`` cue right after a conjunction of the lexicon (``Песков отметил, что ..., и
сообщил, что ...``) is the sentence's speaker going on, not the last name before it.
``about`` is every other actor in the sentence (failing that, every other linked entity;
failing that there is no claim, as a claim must be about something); the quote
is the sentence; ``said_in`` comes from the lexicon's ``said_in`` patterns. Claims are never
turned into events.

Document context (``previous``: the last claim of the sentence before): a cue whose speaker
is not named in its sentence (``O əlavə edib ki``, ``по его словам``, ``— подчеркнул
президент``) is the previous sentence's claimant continuing, and so is a sentence opening
with a subject pronoun of the lexicon (``O, həmçinin Fransanı ittiham edib``: not France);
in a language that writes every subject (lexicon ``drops_subjects: false``, English) only
the pronoun continues, an unnamed subject (``The Russian-led bloc said``) is someone else;
a claim naming nothing else it is about keeps what that claimant was talking about, failing that the
document's main parties (``hücumu terror aktı adlandırıb``: the attack is between the two
states) or, with fewer than two states named, what the document names most. Only a
person or a body speaks on so: a state does not (``He later said`` after ``Armenia said`` is
someone else). A person named in the ``said_in`` phrase (``Əliyev çıxışında``, in his
speech) stays a possible speaker; only outlets and states there are not claimants.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from kg.dictionary import Dictionary
from kg.extract.clauses import joints
from kg.extract.dates import DateMention
from kg.extract.evidence import evidence
from kg.extract.lexicon import Lexicon, common, lexicon
from kg.extract.linking import Mention
from kg.extract.phrases import PhraseIndex, fold_pattern
from kg.extract.reporters import clause_start, speaker
from kg.extract.roles import STATES, acting_for, is_actor
from kg.extract.scan import search
from kg.extract.sentences import Sentence
from kg.extract.textmap import FoldedText
from kg.model import Claim, Source


class ClaimFinder:
    """Compiled claim cues of one language.

    >>> ClaimFinder(lexicon("az")).lexicon.language
    'az'
    """

    def __init__(self, lex: Lexicon):
        self.lexicon = lex
        self.cue = PhraseIndex((c["cue"], c.get("claimant", "before")) for c in lex.claims)
        self.said_in = [re.compile(fold_pattern(p)) for p in lex.said_in]
        self.pronouns = {p.lower() for p in lex.pronouns}
        self.conjunctions = frozenset(c.lower() for c in lex.conjunctions)
        self.joined = joints(lex.clause_conjunctions)

    def claims(
        self,
        source: Source,
        sentence: Sentence,
        folded: FoldedText,
        mentions: list[Mention],
        dates: list[DateMention],
        dictionary: Dictionary,
        window: tuple[int, int] | None = None,
        previous: Claim | None = None,
        parties: Callable[[], tuple[str, ...]] | None = None,
    ) -> list[Claim]:
        """Claims stated in one sentence, one per distinct claimant.

        ``previous`` is the last claim of the sentence before, if it told one: its claimant
        speaks on when this sentence's cue names no speaker. ``parties`` gives the document's
        main parties so far (asked only when needed): a claim naming no one else is about
        them, less its claimant.

        ``folded`` is the folded document with ``window`` the sentence's part of it, or the
        folded sentence alone (``window`` ``None``).

        >>> from kg.dictionary import load
        >>> from kg.extract.linking import link
        >>> text = "Iran said the drills were no threat to Azerbaijan."
        >>> src = Source("d", text, "t", "en", "sha256:0")
        >>> s = Sentence(0, len(text), text)
        >>> c = finder("en").claims(src, s, FoldedText.of(text), link(text, load()), [], load())
        >>> [(x.claimant, x.about) for x in c]
        [('iran', ('azerbaijan',))]
        """
        actors = [m for m in mentions if is_actor(m, dictionary)]
        if not actors and previous is None:
            return []
        lo, hi = window or (0, len(folded.folded))
        cues = self.cue.find(folded.folded, lo, hi)
        if not cues:
            return []  # no cue, no claim: the rest is not needed
        people = {
            m.entity
            for m in actors
            if m.entity and (e := dictionary.get(m.entity)) is not None and e.type == "Person"
        }
        shift = 0 if window is not None else sentence.start
        said_in = self._said_in(sentence, folded, lo, hi, shift)
        if said_in is not None:  # the outlet a claim was made in is not its claimant
            where = sentence.start + sentence.text.find(said_in)
            actors = [
                m
                for m in actors
                if m.entity in people or not where <= m.start < where + len(said_in)
            ]  # but a person before "çıxışında" (in a speech, on an account) is the speaker
        opening = sentence.text.split(maxsplit=1)[:1]
        goes_on = (
            previous is not None
            and _speaks_on(previous, dictionary)
            and bool(opening)
            and opening[0].strip(",").lower() in self.pronouns
        )  # "O, həmçinin ... ittiham edib", "He also said ...": the same speaker
        found: dict[str, Claim] = {}
        last: str | None = None  # the claimant of the sentence's last cue
        for cue_start, cue_end, side in cues:
            if folded.folded[cue_start - 1 : cue_start] == "-":
                continue  # part of a compound word (self-declared), not a verb
            first, stop = folded.span(cue_start, cue_end)
            start, end = first + shift, stop + shift
            since = clause_start(sentence, start, self.joined)
            claimant = speaker(actors, side, start, end, people, since)
            who = claimant.entity if claimant is not None and not goes_on else None
            if (
                who is None
                and previous is not None
                and _speaks_on(previous, dictionary)
                and (goes_on or self.lexicon.drops_subjects)
            ):  # "по его словам", "He said"; not "The bloc said" (English names its subject)
                who = previous.claimant  # the speaker of the sentence before goes on
            if side == "before" and last is not None and self._joined(folded.folded[lo:cue_start]):
                continue  # "Песков отметил, что ..., и сообщил, что ...": Peskov speaks on
            if who is None or who in found:
                continue
            last = who
            about = (
                tuple(dict.fromkeys(m.entity for m in actors if m.entity and m.entity != who))
                or tuple(dict.fromkeys(m.entity for m in mentions if m.entity and m.entity != who))
                or (previous.about if previous is not None and previous.claimant == who else ())
                or tuple(
                    p
                    for p in (parties() if parties is not None else ())
                    if p not in (who, acting_for(who, dictionary, source.published))
                )
            )
            if not about:
                continue  # a claim must be about something in the dictionary
            rules = common().claim_confidence
            score = rules.get("base", 0.6) + rules.get("named_verb", 0.0) * (side != "after")
            score += rules.get("with_about", 0.0) if about else 0.0
            dated = [d.span for d in dates if d.span is not None]
            found[who] = Claim(
                claimant=who,
                about=about,
                text=sentence.text,
                language=source.language,
                evidence=(evidence(source, sentence, score),),
                said_in=said_in,
                date=dated[0] if dated else None,
            )
        return list(found.values())

    def _joined(self, before: str) -> bool:
        """True when the last word of ``before`` (a cue's sentence up to it) is a conjunction."""
        words = before[-12:].replace(",", " ").split()
        return bool(words) and words[-1] in self.conjunctions

    def _said_in(
        self, sentence: Sentence, folded: FoldedText, lo: int, hi: int, shift: int
    ) -> str | None:
        for regex in self.said_in:
            match = search(regex, folded.folded, lo, hi)
            if match and match.group("said_in"):
                first, stop = folded.span(match.start("said_in"), match.end("said_in"))
                first, stop = first + shift - sentence.start, stop + shift - sentence.start
                return sentence.text[first:stop].strip() or None
        return None


def _speaks_on(claim: Claim, dictionary: Dictionary) -> bool:
    """True when the claimant is a person or a body (a state's next words are not 'he said')."""
    entity = dictionary.get(claim.claimant)
    return entity is not None and entity.type not in STATES


@lru_cache(maxsize=16)
def finder(language: str) -> ClaimFinder:
    """The compiled claim cues for a language (English when it has none).

    >>> finder("ru").lexicon.language
    'ru'
    """
    return ClaimFinder(lexicon(language))
