"""The word tokens of a text as parallel lists, made by C-level calls and kept for reuse.

The extractor reads the same folded document many times: once per sentence and per rule
set. Tokenising it once (``re.split`` with a capturing pattern, offsets by a running sum of
the pieces' lengths) and finding a sentence's tokens by bisection replaces a Python loop
over every token of every sentence for every rule.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

_RECENT: dict[tuple[int, str], Tokens] = {}  # a few recent texts, by identity
_KEEP = 8


@dataclass(frozen=True, eq=False)
class Tokens:
    """The matches of ``pattern`` in ``text``: ``words[i] == text[starts[i]:ends[i]]``.

    >>> t = Tokens.of("Iran, and Azerbaijan.", re.compile(r"(\\w+)"))
    >>> t.words, t.starts, t.ends
    (['Iran', 'and', 'Azerbaijan'], [0, 6, 10], [4, 9, 20])
    """

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]

    @cached_property
    def distinct(self) -> frozenset[str]:
        """The different words.

        >>> sorted(Tokens.of("a b a", re.compile(r"(\\w+)")).distinct)
        ['a', 'b']
        """
        return frozenset(self.words)

    @classmethod
    def of(cls, text: str, pattern: re.Pattern[str]) -> Tokens:
        """Tokenise ``text``; ``pattern`` is one capturing group that never matches empty."""
        parts = pattern.split(text)
        bounds = list(accumulate(map(len, parts)))
        return cls(text, parts[1::2], bounds[0:-1:2], bounds[1::2])

    @classmethod
    def within(cls, text: str, lo: int, hi: int, pattern: re.Pattern[str]) -> Tokens:
        """The tokens of ``text[lo:hi]`` alone, with offsets into ``text``.

        >>> Tokens.within("abc def", 1, 5, re.compile(r"(\\w+)")).starts
        [1, 4]
        """
        part = cls.of(text[lo:hi], pattern)
        return cls(text, part.words, [s + lo for s in part.starts], [e + lo for e in part.ends])

    def inside(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The index range of the tokens lying in ``text[lo:hi]``; ``None`` when a token
        crosses ``lo`` or ``hi`` (a scan of the slice alone would see a shorter word there).

        >>> t = Tokens.of("ab cd ef", re.compile(r"(\\w+)"))
        >>> t.inside(3, 8), t.inside(2, 5), t.inside(4, 8)
        ((1, 3), (1, 2), None)
        """
        first = bisect_right(self.ends, lo)
        if first < len(self.starts) and self.starts[first] < lo:
            return None
        last = bisect_left(self.starts, hi)
        if last > first and self.ends[last - 1] > hi:
            return None
        return first, max(first, last)


def tokens(text: str, pattern: re.Pattern[str]) -> Tokens:
    """``Tokens.of(text, pattern)``, reused while ``text`` (the same object) is recent.

    >>> pattern = re.compile(r"(\\w+)")
    >>> text = "one two"
    >>> tokens(text, pattern) is tokens(text, pattern)
    True
    """
    key = (id(text), pattern.pattern)
    found = _RECENT.pop(key, None)
    if found is None or found.text is not text:
        found = Tokens.of(text, pattern)
        if len(_RECENT) >= _KEEP:
            del _RECENT[next(iter(_RECENT))]  # the least recently used
    _RECENT[key] = found
    return found
