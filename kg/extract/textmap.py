"""Folded text that remembers where each character came from.

Matching runs on folded text (case, diacritics, invisible characters removed, see
:func:`kg.text.fold`); offsets must point into the original text. :class:`FoldedText`
keeps, for each folded character, the index of the original character it came from.
"""

from __future__ import annotations

import re
import threading
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

    ``str.translate`` looks each character up in the table (a number made and a dict
    searched per character); ``str.lower`` runs in C. ASCII text (told in constant time) is
    folded by ``lower``: the table maps an ASCII character to its lower case but for white
    space, which ``split`` drops anyway, and the backtick, an apostrophe. Other text is too
    when it is not short and each of its characters is one whose table entry is that of its
    lower case (:class:`_Lowered`), the lower-case characters whose entry is not themselves
    (``й``, ``ş``, ``ı``) then replaced by their entries.
    """
    if text.isascii():
        lowered = text.lower()
        if "`" in lowered:
            lowered = lowered.replace("`", "'")
        return " ".join(lowered.split())
    plain, judged, fixes = _LOWERED.known
    if len(text) >= _SHORT and plain.fullmatch(text) is not None:
        lowered = text.lower()
        for ch, entry in fixes:
            if ch in lowered:
                lowered = lowered.replace(ch, entry)
        return " ".join(lowered.split())
    if len(text) >= _SHORT and judged.fullmatch(text) is None:
        _LOWERED.learn(text)
    return " ".join(text.translate(_TABLE).split())


# Shorter text is folded faster by the table than by the checks and replacements of lower.
_SHORT = 16
_MOST_FIXES = 64
_RECOMPILE = 16
# ``lower`` makes the capital sigma final at the end of a word: its context, not one entry.
_SIGMA = "\u03a3"


class _Lowered:
    """The characters met so far whose table entry ``str.lower`` gives (``plain``): the
    entries of the characters it lowers to (``İ``: ``i`` and a combining dot) make up the
    character's entry, and each of them is its own entry, white space (``split`` drops it as
    the space it folds to) or one of ``fixes``: a character replaced by its entry, made of
    characters that are their own entries (no replacement feeds another)."""

    def __init__(self) -> None:
        self.judged: set[str] = set()
        self.plain: set[str] = set()
        self.fixes: dict[str, str] = {}
        nothing = re.compile("(?!)")
        self.known: tuple[re.Pattern[str], re.Pattern[str], tuple[tuple[str, str], ...]] = (
            nothing,
            nothing,
            (),
        )
        self._lock = threading.Lock()
        self._new = 0  # characters judged since ``known`` was compiled
        self._asked = 0  # and texts asked about since

    def learn(self, text: str) -> None:
        """Judge the characters of ``text`` not judged yet; compile ``known`` again once
        enough have been judged or asked about (compiling a class of characters beyond
        Latin-1 costs a fraction of a millisecond: not once per new character)."""
        with self._lock:
            new = set(text).difference(self.judged)
            self._asked += 1
            self._new += len(new)
            if self._new and (self._new >= _RECOMPILE or self._asked >= _RECOMPILE):
                self._judge(new)
                self._compile()
            elif new:
                self._judge(new)

    def _judge(self, new: set[str]) -> None:
        if new:
            self.judged |= new
            for ch in new:
                lowered = ch.lower()
                entries = [_TABLE[ord(x)] for x in lowered]
                if ch == _SIGMA or "".join(entries) != _TABLE[ord(ch)]:
                    continue
                fixes = {
                    x: entry
                    for x, entry in zip(lowered, entries, strict=True)
                    if entry != x and not x.isspace()
                }
                if any(_TABLE[ord(e)] != e for entry in fixes.values() for e in entry):
                    continue
                if len(self.fixes.keys() | fixes.keys()) > _MOST_FIXES:
                    continue  # each is looked for in every text: a few scripts' worth
                self.fixes.update(fixes)
                self.plain.add(ch)

    def _compile(self) -> None:
        self.known = (
            re.compile(_char_class(self.plain) + "*"),
            re.compile(_char_class(self.judged) + "*"),
            tuple(self.fixes.items()),
        )
        self._new = self._asked = 0


def _char_class(chars: set[str]) -> str:
    """A regex character class of ``chars``, written as ranges of code points.

    >>> _char_class({"a", "b", "c", "x"})
    '[\\\\U00000061-\\\\U00000063\\\\U00000078]'
    """
    ranges: list[list[int]] = []
    for code in sorted(map(ord, chars)):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "[" + "".join(_range(first, last) for first, last in ranges) + "]"


def _range(first: int, last: int) -> str:
    return f"\\U{first:08x}" if first == last else f"\\U{first:08x}-\\U{last:08x}"


_LOWERED = _Lowered()


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
