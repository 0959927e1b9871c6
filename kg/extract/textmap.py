"""Folded text that remembers where each character came from.

Matching runs on folded text (case, diacritics, invisible characters removed, see
:func:`kg.text.fold`); offsets must point into the original text. :class:`FoldedText`
keeps, for each folded character, the index of the original character it came from.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kg.text import fold


@lru_cache(maxsize=65536)
def fold_char(ch: str) -> str:
    """Fold one character; whitespace becomes one space, invisible characters vanish.

    >>> fold_char("İ"), fold_char("\\u200b"), fold_char("\\t"), fold_char("Й")
    ('i', '', ' ', 'и')
    """
    if ch.isspace():
        return " "
    if unicodedata.combining(ch):
        return ""
    return fold(ch)


@dataclass(frozen=True)
class FoldedText:
    """``folded`` is the folded text; ``origin[i]`` is the original index of ``folded[i]``."""

    original: str
    folded: str
    origin: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> FoldedText:
        """Fold ``text`` character by character.

        >>> f = FoldedText.of("Ira\\u200bn’s")
        >>> f.folded, f.span(0, 4)
        ("iran's", (0, 5))
        """
        parts: list[str] = []
        origin: list[int] = []
        for index, ch in enumerate(text):
            if ch.isascii():
                out = ch.lower() if not ch.isspace() else " "
            else:
                out = fold_char(ch)
                if out in ("\u2019", "\u02bc", "\u2018", "`"):
                    out = "'"
            parts.append(out)
            origin.extend([index] * len(out))
        return cls(text, "".join(parts), tuple(origin))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the folded slice ``[start, end)``.

        >>> FoldedText.of("Naxçıvanda").span(0, 8)
        (0, 8)
        """
        if start >= len(self.origin):
            return len(self.original), len(self.original)
        if end <= start:
            first = self.origin[start]
            return first, first
        return self.origin[start], self.origin[end - 1] + 1
