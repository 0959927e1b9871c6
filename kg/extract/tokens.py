"""The word tokens of a text as parallel lists, made by C-level calls and kept for reuse.

The extractor reads the same folded document many times: once per sentence and per rule
set. Tokenising it once (``re.split`` with a capturing pattern, offsets by a running sum of
the pieces' lengths) and finding a sentence's tokens by bisection replaces a Python loop
over every token of every sentence for every rule.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from functools import cached_property
from itertools import accumulate

_RECENT: dict[tuple[int, str], Tokens] = {}  # a few recent texts, by identity
_KEEP = 8
_LAST: dict[str, Tokens] = {}  # the last text of each pattern: found without the lock
_LOCK = threading.Lock()


class Tokens:
    """The matches of ``pattern`` in ``text``: ``words[i] == text[starts[i]:ends[i]]``.

    The words come first (``findall``); their offsets only when asked for (``split`` and a
    running sum of the pieces' lengths), so a text without a word of interest costs little.
    ``offset`` is added to every offset (for a slice of a longer text).

    >>> t = Tokens(" Iran, and Azerbaijan.", re.compile(r"(\\w+)"))
    >>> t.words, t.starts, t.ends
    (['Iran', 'and', 'Azerbaijan'], [1, 7, 11], [5, 10, 21])
    """

    def __init__(self, text: str, pattern: re.Pattern[str], offset: int = 0):
        self.text = text
        self.pattern = pattern  # one capturing group that never matches empty
        self.offset = offset

    @cached_property
    def words(self) -> list[str]:
        """The tokens, in order (taken from the pieces when the offsets were asked for first)."""
        if "_parts" in self.__dict__:
            return self._parts[1::2]
        found: list[str] = self.pattern.findall(self.text)
        return found

    @cached_property
    def _parts(self) -> list[str]:
        """The text cut at the tokens: gap, token, gap, token, ..., gap."""
        return self.pattern.split(self.text)

    @cached_property
    def distinct(self) -> frozenset[str]:
        """The different words.

        >>> sorted(Tokens("a b a", re.compile(r"(\\w+)")).distinct)
        ['a', 'b']
        """
        return frozenset(self.words)

    @cached_property
    def _bounds(self) -> list[int]:
        return list(accumulate(map(len, self._parts), initial=self.offset))[1:]

    @cached_property
    def starts(self) -> list[int]:
        """Where each token starts."""
        return self._bounds[0:-1:2]

    @cached_property
    def ends(self) -> list[int]:
        """Where each token ends."""
        return self._bounds[1::2]

    @classmethod
    def within(cls, text: str, lo: int, hi: int, pattern: re.Pattern[str]) -> Tokens:
        """The tokens of ``text[lo:hi]`` alone, with offsets into ``text``.

        >>> Tokens.within("abc def", 1, 5, re.compile(r"(\\w+)")).starts
        [1, 4]
        """
        return cls(text[lo:hi], pattern, max(lo, 0))

    def inside(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The index range of the tokens lying in ``text[lo:hi]``; ``None`` when a token
        crosses ``lo`` or ``hi`` (a scan of the slice alone would see a shorter word there).

        >>> t = Tokens("ab cd ef", re.compile(r"(\\w+)"))
        >>> t.inside(3, 8), t.inside(2, 5), t.inside(4, 8)
        ((1, 3), (1, 2), None)
        """
        if lo <= self.offset and hi >= self.offset + len(self.text):
            return 0, len(self.words)
        first = bisect_right(self.ends, lo)
        if first < len(self.starts) and self.starts[first] < lo:
            return None
        last = bisect_left(self.starts, hi)
        if last > first and self.ends[last - 1] > hi:
            return None
        return first, max(first, last)


def tokens(text: str, pattern: re.Pattern[str]) -> Tokens:
    """``Tokens(text, pattern)``, reused while ``text`` (the same object) is recent.

    >>> pattern = re.compile(r"(\\w+)")
    >>> text = "one two"
    >>> tokens(text, pattern) is tokens(text, pattern)
    True
    """
    last = _LAST.get(pattern.pattern)  # the text searched last, asked again and again
    if last is not None and last.text is text:
        return last
    key = (id(text), pattern.pattern)
    with _LOCK:
        found = _RECENT.pop(key, None)
        if found is None or found.text is not text:
            found = Tokens(text, pattern)
            if len(_RECENT) >= _KEEP:
                del _RECENT[next(iter(_RECENT))]  # the least recently used
        _RECENT[key] = found
    _LAST[pattern.pattern] = found
    return found
