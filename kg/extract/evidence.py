"""Provenance of a fact read by the rules: the sentence it came from, its offsets, the
extractor's name and version, and a confidence between 0 and 1."""

from __future__ import annotations

from kg import __version__
from kg.extract import EXTRACTOR
from kg.extract.sentences import Sentence
from kg.model import Evidence, Source


def confidence(
    weights: dict[str, float], date: object, two_roles: bool, place: object, long_trigger: bool
) -> float:
    """An event's confidence from how much of it the rules found (common ``confidence``
    weights): a base, plus a date, two or more involved entities, a place, a trigger of
    several words.

    >>> confidence({"base": 0.45, "with_date": 0.15}, "2024", False, None, False)
    0.6
    """
    score = weights.get("base", 0.5)
    score += weights.get("with_date", 0.0) if date else 0.0
    score += weights.get("with_two_roles", 0.0) if two_roles else 0.0
    score += weights.get("with_place", 0.0) if place else 0.0
    score += weights.get("long_trigger", 0.0) if long_trigger else 0.0
    return score


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
