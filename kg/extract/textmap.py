"""Folded text that remembers where each character came from.

Matching runs on folded text (case, diacritics, invisible characters removed, see
:func:`kg.text.fold`); offsets must point into the original text. :class:`FoldedText`
keeps, for each folded character, the index of the original character it came from.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
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


_UNEVEN: set[str] = set()  # characters that fold to nothing or to several characters


class _Table(dict[int, str]):
    """Code point -> folded text for ``str.translate``, learnt the first time it is met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = fold_char(ch)
        if out in ("\u2019", "\u02bc", "\u2018", "`"):
            out = "'"
        self[code] = out
        if len(out) != 1:
            _UNEVEN.add(ch)
        return out


_TABLE = _Table()


def quick_fold(text: str) -> str:
    """The same key as :func:`kg.text.fold`, faster for repeated use (a cached table).

    >>> quick_fold("  Naxçıvan  RESPUBLİKASI ") == "naxcivan respublikasi"
    True
    >>> quick_fold("the `Green`\tLINE")
    "the 'green' line"

    ASCII text (told in constant time) is folded by ``str.lower``: the table maps an ASCII
    character to its lower case but for white space, which ``split`` drops anyway, and the
    backtick, an apostrophe.
    """
    if text.isascii():
        lowered = text.lower()
        if "`" in lowered:
            lowered = lowered.replace("`", "'")
        return " ".join(lowered.split())
    return " ".join(text.translate(_TABLE).split())


@dataclass(frozen=True)
class FoldedText:
    """``folded`` is the folded text; ``origin[i]`` is the original index of ``folded[i]``.

    >>> FoldedText.of("ŞUŞA").folded
    'susa'
    """

    original: str
    folded: str
    origin: Sequence[int]

    @classmethod
    def of(cls, text: str) -> FoldedText:
        """Fold ``text`` character by character.

        >>> f = FoldedText.of("Ira\\u200bn’s")
        >>> f.folded, f.span(0, 4)
        ("iran's", (0, 5))
        """
        table = _TABLE
        folded = text.translate(table)
        if len(folded) == len(text) and not _UNEVEN.intersection(text):
            return cls(text, folded, range(len(text)))
        origin: list[int] = []
        for index, ch in enumerate(text):
            origin.extend([index] * len(table[ord(ch)]))
        return cls(text, folded, origin)

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

    def locate(self, start: int, end: int) -> tuple[int, int]:
        """The folded slice that covers the original slice ``[start, end)``.

        >>> f = FoldedText.of("A\u200bB C")
        >>> f.locate(2, 5), f.folded[slice(*f.locate(2, 5))]
        ((1, 4), 'b c')
        """
        return bisect_left(self.origin, start), bisect_left(self.origin, end)
