"""Whom a condemnation of something told before is aimed at: "Власти Грузии назвали признание
незаконным" names only Georgia, but the recognition it condemns, named inside the phrase of
the condemnation, was told before (Russia recognised), so Russia is accused. A condemning
trigger with a single side named takes as targets the sides that did the last earlier event
of the kind named in its gap; with none, it still accuses nobody
(:meth:`~.cues.TriggerCues.condemns`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from kg.dictionary import Dictionary
from kg.extract.arguments import Trigger
from kg.extract.roles import sides
from kg.extract.sentences import Sentence
from kg.extract.textmap import FoldedText
from kg.model import Event, Source


class _Finding(Protocol):
    def find_triggers(
        self, sentence: Sentence, folded: FoldedText, window: tuple[int, int] | None = None
    ) -> list[Trigger]: ...


def reproached(
    trigger: Trigger,
    source: Source,
    rules: _Finding,
    involved: tuple[str, ...],
    previous: Sequence[Event] | None,
    dictionary: Dictionary,
) -> tuple[str, ...] | None:
    """The targets to add to the condemnation ``trigger`` (in ``source``) whose ``involved``
    entities are one side: the acting sides of the last ``previous`` event of a kind ``rules``
    find between the trigger's first and last words; ``()`` when ``involved`` already holds
    two sides, ``None`` when it accuses nobody.

    >>> from kg.dictionary import load
    >>> from kg.extract.events import finder
    >>> recognised = Event("Recognition", "x", (), actors=("russia",), targets=("abkhazia",))
    >>> src = Source("d", "Власти Грузии назвали признание незаконным.", "t", "ru", "sha256:0")
    >>> condemned = Trigger(14, 42, "назвали признание незаконным", "Accusation")
    >>> reproached(condemned, src, finder("ru"), ("georgia",), [recognised], load())
    ('russia',)
    >>> reproached(condemned, src, finder("ru"), ("georgia",), [], load()) is None
    True
    """
    when = source.published
    own = sides(involved, dictionary, when)
    if len(own) >= 2:
        return ()
    words = source.text[trigger.start : trigger.end].split()
    gap = " ".join(words[1:-1])
    inner = rules.find_triggers(Sentence(0, len(gap), gap), FoldedText.of(gap)) if gap else []
    kinds = {t.type for t in inner if t.type != trigger.type}
    for event in reversed(previous or []):
        if event.type in kinds:
            doers = sides(event.actors or event.participants, dictionary, when) - own
            return tuple(sorted(d for d in doers if d not in involved)) or None
    return None
