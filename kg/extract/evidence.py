"""Provenance of a fact read by the rules: the sentence it came from, its offsets, the
extractor's name and version, and a confidence between 0 and 1."""

from __future__ import annotations

from kg import __version__
from kg.extract import EXTRACTOR
from kg.extract.sentences import Sentence
from kg.model import Evidence, Source


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
