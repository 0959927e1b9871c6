"""Which names of a sentence belong to a trigger's own clause: those of a relative clause
with a subject of its own (``, under which Armenia and Azerbaijan recognise``) or whose
relative is its subject (``the court, which issued a warrant``), and those of a clause opened
by a conjunction after a comma (``, and Pashinyan skipped the summit``); lexicon
``object_relatives``, ``subject_relatives``, ``clause_conjunctions``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.dictionary import Dictionary
from kg.extract.arguments import Trigger, own_subject, within_aside
from kg.extract.mention import Mention
from kg.extract.phrases import alternation
from kg.extract.textmap import quick_fold
from kg.model import Source


def joints(conjunctions: Iterable[str]) -> re.Pattern[str] | None:
    """A regex for a comma (or semicolon) and a conjunction opening a clause; ``None`` when
    there are none.

    >>> joints(["and", "but"]).search("Aliyev spoke, but the Kremlin denied").end()
    18
    """
    words = list(conjunctions)
    return re.compile(r"[,;]\s*(?:" + alternation(words).pattern + r")\s") if words else None


class ClauseCues:
    """The clause rules of one language; :class:`kg.extract.cues.TriggerCues` compiles the
    patterns from the lexicon."""

    object_relatives: re.Pattern[str] | None
    subject_relatives: re.Pattern[str] | None
    joined: re.Pattern[str] | None
    function_words: frozenset[str]

    def clause_names(
        self,
        told: list[Mention],
        trigger: Trigger,
        asides: list[tuple[int, int]],
        clause: tuple[int, int],
        source: Source,
        dictionary: Dictionary,
        triggers: Iterable[Trigger] = (),
    ) -> list[Mention]:
        """The names that can take part in the trigger's event, less those of other clauses
        (:func:`~kg.extract.arguments.within_aside`, :func:`~kg.extract.arguments.own_subject`;
        ``triggers``: the sentence's, for a later clause telling another kind of event).
        """
        clauses = self.relative_clauses(source.text, asides)
        told = within_aside(told, trigger, clauses, source.text, dictionary, source.published)
        words = self.function_words
        return own_subject(told, trigger, clause, source.text, self.joined, words, triggers)

    def opens_with_subject(self, told: list[Mention], trigger: Trigger, lo: int, text: str) -> bool:
        """True when the trigger's clause, starting at ``lo``, opens with a conjunction after a
        comma and names its own subject before the trigger (", and Israel recalled its
        ambassador ... last month"): a date that clause gives is its event's, not one told
        before the comma.

        >>> from kg.extract.events import finder
        >>> text = "Spain acted on May 28, and Israel recalled its envoy last month."
        >>> israel = Mention(27, 33, "Israel", "israel", "name")
        >>> finder("en").opens_with_subject([israel], Trigger(34, 42, "recalled", "x"), 22, text)
        True
        >>> finder("en").opens_with_subject([israel], Trigger(34, 42, "recalled", "x"), 27, text)
        False
        """
        if self.joined is None or not self.joined.match(text, lo - 1):
            return False
        return any(lo <= m.start < trigger.start for m in told)

    def relative_clauses(
        self, text: str, asides: list[tuple[int, int]]
    ) -> list[tuple[int, int, bool]]:
        """The asides opened by a relative with a subject of its own (``True``: lexicon
        ``object_relatives``) or that is their subject (``False``: ``subject_relatives``).

        >>> from kg.extract.events import finder
        >>> text = "the court, which issued a warrant, and the deal, under which they agree"
        >>> finder("en").relative_clauses(text, [(9, 33), (47, 71)])
        [(9, 33, False), (47, 71, True)]
        """
        found = []
        for a, b in asides:
            if self.opens_own_clause(text, a):
                found.append((a, b, True))
            elif self.subject_relatives and self.subject_relatives.match(
                quick_fold(text[a : a + 30])
            ):
                found.append((a, b, False))
        return found

    def opens_own_clause(self, text: str, start: int) -> bool:
        """True when the aside at ``start`` opens with a relative that is not its subject
        (lexicon ``object_relatives``: ", under which Armenia and Azerbaijan recognise"), so
        the clause has a subject of its own.

        >>> from kg.extract.events import finder
        >>> finder("en").opens_own_clause("the declaration, under which they agree", 15)
        True
        >>> finder("en").opens_own_clause("the court, which issued a warrant", 9)
        False
        """
        if self.object_relatives is None:
            return False
        return self.object_relatives.match(quick_fold(text[start : start + 30])) is not None
