"""Clauses of a sentence that tell another event than the sentence's own, whose names take no
part in it (and an event told inside them takes only theirs):

* a clause of an earlier event opening the sentence (lexicon ``sequence_asides`` at its
  start): after a word of partnership (``sequence_partners``: "После переговоров с Путиным
  Пашинян ..."), up to the last of the names right after it written with an oblique ending
  (``partner_endings``: the subject after them is not); else, in a language that closes such
  a clause with a comma (``fronted_comma``: "After talks with Erdogan, Pashinyan met ..."), up
  to its first comma;
* in a language that closes such a clause with a postposition (``sequence_closers``: "Putinlə
  danışıqlardan sonra Paşinyan ..."), a sentence opening with it up to the postposition when
  every name in it is a partner (written with a ``partner_endings`` ending or followed by a
  ``sequence_partners`` word): a subject named first ("Paşinyan Putinlə danışıqlardan sonra
  ...") makes it none;
* a phrase giving the reason of the act (``reason_asides``: "summoned the ambassador in
  connection with the detention of ...", "в связи с задержанием ..."), up to the end of its
  clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kg.extract.lexicon import Lexicon
from kg.extract.mention import Mention
from kg.extract.sentences import Sentence

_CLAUSE_END = re.compile(r"[,;:—–()]")


def _words(patterns: Sequence[str], head: str = r"(?<!\w)") -> re.Pattern[str] | None:
    return re.compile(head + r"(?:" + "|".join(patterns) + r")(?!\w)", re.I) if patterns else None


class OtherEvents:
    """The compiled patterns of one language.

    >>> from kg.extract.lexicon import lexicon
    >>> OtherEvents(lexicon("en")).reason is not None
    True
    """

    def __init__(self, lex: Lexicon):
        self.lexicon = lex
        self.opening = _words(lex.sequence_asides, r"\s*")
        self.partner = _words([re.escape(w) for w in lex.sequence_partners])
        self.reason = _words([re.escape(w) for w in lex.reason_asides])
        self.closer = _words([re.escape(w) for w in lex.sequence_closers])

    def spans(self, sentence: Sentence, mentions: Sequence[Mention] = ()) -> list[tuple[int, int]]:
        """The spans of the sentence's opening clause and reason phrases (see the module).

        >>> from kg.extract.lexicon import lexicon
        >>> text = "Baku summoned him in connection with the arrest of Iranians, it said."
        >>> OtherEvents(lexicon("en")).spans(Sentence(0, len(text), text))
        [(18, 59)]
        """
        opening = self._opening(sentence, mentions) + self._closing(sentence, mentions)
        return opening + self._reasons(sentence)

    def _closing(self, sentence: Sentence, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
        """The span of an opening clause closed by a postposition whose names are all
        partners.

        >>> from kg.extract.lexicon import lexicon
        >>> text = "Putinlə danışıqlardan sonra Paşinyan Minskə gedib."
        >>> putin = Mention(0, 7, "Putinlə", "vladimir-putin", "name")
        >>> OtherEvents(lexicon("az"))._closing(Sentence(0, len(text), text), [putin])
        [(0, 27)]
        >>> pashinyan = Mention(0, 8, "Paşinyan", "nikol-pashinyan", "name")
        >>> text = "Paşinyan Putinlə danışıqlardan sonra Minskə gedib."
        >>> putin = Mention(9, 16, "Putinlə", "vladimir-putin", "name")
        >>> OtherEvents(lexicon("az"))._closing(Sentence(0, len(text), text), [pashinyan, putin])
        []
        """
        match = self.closer.search(sentence.text, 0, 80) if self.closer else None
        if match is None or _CLAUSE_END.search(sentence.text, 0, match.start()):
            return []
        end = sentence.start + match.end()
        inside = [m for m in mentions if sentence.start <= m.start < end]
        endings = tuple(self.lexicon.partner_endings)
        partners = [
            m
            for m in inside
            if m.text.lower().endswith(endings)
            or (self.partner and self.partner.match(sentence.text, m.end - sentence.start + 1))
        ]
        return [(sentence.start, end)] if inside and len(partners) == len(inside) else []

    def _reasons(self, sentence: Sentence) -> list[tuple[int, int]]:
        spans = []
        for match in self.reason.finditer(sentence.text) if self.reason else ():
            stop = _CLAUSE_END.search(sentence.text, match.end())
            end = stop.start() if stop else len(sentence.text.rstrip(". "))
            spans.append((sentence.start + match.start(), sentence.start + end))
        return spans

    def _opening(
        self, sentence: Sentence, mentions: Sequence[Mention] = ()
    ) -> list[tuple[int, int]]:
        """The span of a clause telling an earlier event that opens the sentence.

        >>> from kg.extract.lexicon import lexicon
        >>> text = "После переговоров с Путиным Пашинян встретился с Лукашенко."
        >>> names = [Mention(20, 27, "Путиным", "vladimir-putin", "name"),
        ...          Mention(28, 35, "Пашинян", "nikol-pashinyan", "name")]
        >>> OtherEvents(lexicon("ru"))._opening(Sentence(0, len(text), text), names)
        [(0, 27)]
        >>> text = "After talks with Iran, Aliyev spoke."
        >>> OtherEvents(lexicon("en"))._opening(Sentence(0, len(text), text))
        [(0, 21)]
        """
        match = self.opening.match(sentence.text) if self.opening else None
        if match is None:
            return []
        stop = _CLAUSE_END.search(sentence.text, match.end())
        end = stop.start() if stop and stop.group() == "," else len(sentence.text)
        partner = self.partner.search(sentence.text, match.end(), end) if self.partner else None
        if partner is not None:
            last = self._partner_end(sentence, partner.end(), mentions)
            return [(sentence.start, last)] if last is not None else []
        if self.lexicon.fronted_comma and end < len(sentence.text):
            return [(sentence.start, sentence.start + end)]
        return []

    def _partner_end(
        self, sentence: Sentence, after: int, mentions: Sequence[Mention]
    ) -> int | None:
        """Where the names right after a word of partnership end: the run of names (apart by
        at most two lower-case words) written with an oblique ending, up to the first not."""
        last = None
        at = sentence.start + after
        endings = tuple(self.lexicon.partner_endings)
        for mention in mentions:
            if mention.start < at:
                continue
            gap = sentence.text[at - sentence.start : mention.start - sentence.start].split()
            if len(gap) > 2 or any(not w.islower() for w in gap):
                break
            if not mention.text.lower().endswith(endings):
                break
            last = at = mention.end
        return last


@lru_cache(maxsize=16)
def other_events(lex: Lexicon) -> OtherEvents:
    """The compiled patterns for a lexicon.

    >>> from kg.extract.lexicon import lexicon
    >>> other_events(lexicon("az")).opening is None
    True
    """
    return OtherEvents(lex)
