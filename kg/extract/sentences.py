"""Sentence splitting with character offsets (regular expressions, no model).

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets) that is
followed by white space and a capital letter, a digit, an opening quote or a dash; and always
at a blank line. Abbreviations from the lexicons (``U.S.``, ``Dr.``, ``г.``) and single-letter
initials do not end a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from kg.extract.lexicon import lexicons
from kg.text import fold

_END = re.compile(
    r"""[.!?…]+["'»”’)\]]*(?=\s+["'«“„(\[—–-]?\s?[\w])|\n[ \t]*\n""",
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text == document[start:end]``.

    >>> Sentence(0, 5, "Hello").text
    'Hello'
    """

    start: int
    end: int
    text: str


@cache
def _abbreviations(languages: tuple[str, ...]) -> frozenset[str]:
    found: set[str] = set()
    for lexicon in lexicons().values():
        if not languages or lexicon.language in languages:
            found.update(fold(a).rstrip(".") for a in lexicon.abbreviations)
    return frozenset(found)


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    if text[dot] != ".":
        return False
    match = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "J. Smith"
    return _key(word) in abbreviations


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    """A word before a full stop, folded for lookup among the abbreviations (cached)."""
    return fold(word).strip(".")


def _next_is_lower(text: str, end: int) -> bool:
    for ch in text[end : end + 6]:
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit():
            return False
    return False


def split(text: str, languages: Iterable[str] = ()) -> list[Sentence]:
    """Split ``text`` into sentences with offsets; empty stretches are skipped.

    >>> [s.text for s in split("Dr. Smith met the U.S. envoy in Baku. Talks ended.")]
    ['Dr. Smith met the U.S. envoy in Baku.', 'Talks ended.']
    >>> [s.text for s in split("«Агрессор наказан», — заявил он. В 2008 г. война шла.", ["ru"])]
    ['«Агрессор наказан», — заявил он.', 'В 2008 г. война шла.']
    """
    abbreviations = _abbreviations(tuple(sorted(languages)))
    sentences: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        if match.group().startswith("\n"):
            end = match.start()
        else:
            if _is_abbreviation(text, match.start(), abbreviations) and len(match.group()) == 1:
                continue
            if _next_is_lower(text, match.end()):
                continue
            end = match.end()
        sentences.extend(_trimmed(text, start, end))
        start = match.end()
    sentences.extend(_trimmed(text, start, len(text)))
    return sentences


def _trimmed(text: str, start: int, end: int) -> list[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Sentence(start, end, text[start:end])] if end > start else []
