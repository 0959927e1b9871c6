"""Who reports in a sentence: the speaker of each reporting cue and what the cue leaves out.

:class:`SpeakerRules` compiles the reporting cues of one language (``said``, ``заявил``,
``bildirib``), the words that end a report with nothing reported (``said in an interview``)
and the pronouns by which a speaker tells its own act (``said it was breaking off``).
:class:`kg.extract.triggers.TriggerRules` builds on it; a speaker is not a party to what it
only reports.
"""

from __future__ import annotations

import re

from kg.dictionary import Dictionary
from kg.extract.announcing import announces
from kg.extract.arguments import speaker_side
from kg.extract.cues import TriggerCues
from kg.extract.lexicon import Lexicon
from kg.extract.linking import Mention
from kg.extract.phrases import PhraseIndex, fold_pattern
from kg.extract.reporters import clause_start, speaker
from kg.extract.sentences import Sentence
from kg.extract.textmap import FoldedText, quick_fold


class SpeakerRules(TriggerCues):
    """The compiled reporting rules of one language.

    >>> from kg.extract.lexicon import lexicon
    >>> SpeakerRules(lexicon("en")).reporting.occurs("officials said on friday")
    True
    """

    def __init__(self, lex: Lexicon):
        super().__init__(lex)
        self.lexicon = lex
        self.reporting = PhraseIndex((c["cue"], c.get("claimant", "before")) for c in lex.claims)
        self.tail = frozenset(quick_fold(w) for w in lex.reporting_tail)
        self.self_reference = frozenset(quick_fold(w) for w in lex.self_reference)
        self.said_in = [re.compile(fold_pattern(p)) for p in lex.said_in]

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
            since = clause_start(sentence, first + shift, self.joined)
            who = speaker(actors, side, first + shift, stop + shift, people, since)
            if who is not None and self.own_act(sentence, side, who.end, first + shift):
                continue  # "X ... qaldırdığını açıqlayıb": X tells its own act, takes part
            if side == "before" and announces(folded.folded, cue_start, cue_end, self.lexicon):
                continue  # "The EU announced sanctions": its own act, it takes part
            if (
                who is not None
                and side == "before"
                and self._speaks_of_itself(folded.folded[cue_end:hi])
            ):
                # "Georgia said it was breaking off ...": Georgia acts in what it reports, up
                # to the end of that clause ("...; Moscow is expected to ..." it only reports)
                semicolon = folded.folded.find(";", cue_end, hi)
                end = (
                    folded.span(semicolon, semicolon + 1)[0] + shift
                    if semicolon >= 0
                    else sentence.end
                )
                found.append((who, end, side))
                continue
            if who is not None:
                late = side == "before" and self._tail(
                    sentence.text[stop + shift - sentence.start :], folded.folded[cue_start:hi]
                )
                found.append(
                    (who, stop + shift, speaker_side(sentence, who, side) if late else side)
                )
        return found

    def _speaks_of_itself(self, rest: str) -> bool:
        """True when what is reported opens with a lexicon ``self_reference`` pronoun in its
        first four words, before any clause break (``said on Friday it was ...``).

        >>> from kg.extract.events import finder
        >>> finder("en")._speaks_of_itself(" on friday it was breaking off relations")
        True
        >>> finder("en")._speaks_of_itself(" that iran, it said, attacked")
        False
        """
        if not self.self_reference:
            return False
        for word in rest.split()[:4]:
            if word.strip(",") in self.self_reference:
                return True
            if word.endswith(",") or word in ",;:":
                return False
        return False

    def _tail(self, rest: str, said: str = "") -> bool:
        """True when nothing reported follows a cue: the sentence ends or goes on with one of
        the lexicon's ``reporting_tail`` words (``said in an interview``, ``said on Friday``)
        or with a ``said_in`` setting (``said``: from the cue on, folded) up to its end (``told
        a government meeting on Wednesday.``); one word ending the sentence is whom it was
        told to (``told AFP.``), nothing reported."""
        if any((m := r.match(said)) and not said[m.end() :].strip(" .") for r in self.said_in):
            return True
        words = rest.split()
        if len(words) == 1 and words[0].endswith("."):
            return True
        return not words or words[0] in (".", ",") or quick_fold(words[0]).strip(".,") in self.tail
