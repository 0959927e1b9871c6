"""Patterns tried only at the words they can begin with.

A pattern such as ``(?<!\\w)(?:(?:on |last )?(?P<weekday>monday|friday))(?!\\w)`` has no
fixed leading text, so Python's regex engine tries it at every character of the text. Its
matches can only begin where a word begins with ``on``, ``last``, ``monday`` or ``friday``.
:func:`first_words` reads those words from the parsed pattern; :meth:`WordScanner.index`
finds, once per text, the starts of the words each pattern may begin with (from the text's
word tokens, shared with the other rules); the pattern is then matched there alone, in text
order, skipping places inside the last match, which gives exactly the matches of
``regex.finditer``. Digits count as one character (``\\d``), so ``(?P<day>[0-3]?\\d) May``
is tried at words that begin with a digit.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from kg.extract.tokens import Tokens, tokens

_BOUNDARY = r"(?<!\w)"
_WORDS = re.compile(r"(\w+)")
_WORD_CHAR = re.compile(r"\w")
_DIGITS = re.compile(r"\d")
_DIGIT = "\x00"  # stands for any digit in the words compared
_MAX_PREFIXES = 512  # beyond this many ways to begin, the pattern is run as it is
_MAX_RANGE = 16  # character ranges wider than this end the known beginning
_MEMO = 200_000  # words remembered with the patterns they may begin

# One way a match may begin: the text known so far, and whether it can grow.
_State = tuple[str, bool]


class _Unknown(Exception):
    """The pattern has a part this reader does not follow."""


@lru_cache(maxsize=4096)
def first_words(regex: re.Pattern[str]) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """The words every match begins with: (whole words, beginnings of longer words).

    A match's first word (its leading run of word characters), with each digit written as
    ``"\\x00"``, is one of the whole words or starts with one of the beginnings. ``None``
    when the pattern does not start with ``(?<!\\w)``, has flags, or may begin otherwise than
    with a known word character.

    >>> whole, beginnings = first_words(re.compile(r"(?<!\\w)(?:(?:on |last )?(?:monday|fri\\w*))"))
    >>> sorted(whole), beginnings
    (['last', 'on'], ('fri', 'monday'))
    >>> whole, beginnings = first_words(re.compile(r"(?<!\\w)(?:[0-3]?\\d)(?:st|th)? may"))
    >>> sorted(w.replace("\\x00", "9") for w in whole), beginnings
    (['9', '99', '99st', '99th', '9st', '9th'], ())
    >>> first_words(re.compile(r"(?<!\\w)(?:\\w+ days ago)")) is None
    True
    """
    states = _beginnings(regex, through=False)
    if states is None:
        return None
    whole: set[str] = set()
    beginnings: set[str] = set()
    for text, _ in states:
        lead = _lead(text)
        if not lead:
            return None
        (whole if len(lead) < len(text) else beginnings).add(_DIGITS.sub(_DIGIT, lead))
    return frozenset(whole), tuple(sorted(beginnings))


@lru_cache(maxsize=4096)
def openings(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """The texts one of which every match begins with: the pattern's fixed beginnings past
    its first word, each up to its first digit or to a part not spelt out (``None`` when
    not known, or when a match may begin with a digit or such a part).

    Checked with ``str.startswith`` at a word where the pattern may begin, they rule out
    most words a date pattern may begin with (``the``, ``в``) before the pattern is tried.

    >>> openings(re.compile(r"(?<!\\w)(?:the (?:next|same) day|that day)(?!\\w)"))
    ('that day', 'the next day', 'the same day')
    >>> openings(re.compile(r"(?<!\\w)(?:(?:on )?(?P<d>[0-3]?\\d) may)(?!\\w)")) is None
    True
    >>> openings(re.compile(r"(?<!\\w)(?:in (?:early )?\\w+ 20\\d\\d)(?!\\w)"))
    ('in ', 'in early ')
    """
    states = _beginnings(regex, through=True)
    if states is None:
        return None
    found = {text.split(_DIGIT)[0] for text, _ in states}
    return None if "" in found else tuple(sorted(found))


# The openings of a pattern cut to the length of the shortest: a match begins with one.
_Heads = tuple[int, frozenset[str]]


def _heads(regex: re.Pattern[str]) -> _Heads | None:
    """The pattern's :func:`openings` cut to the length of the shortest, for one set lookup of
    the text's slice of that length.

    >>> size, heads = _heads(re.compile(r"(?<!\\w)(?:the (?:next|same) day|that day)(?!\\w)"))
    >>> size, sorted(heads)
    (8, ['that day', 'the next', 'the same'])
    """
    found = openings(regex)
    if found is None:
        return None
    size = min(len(text) for text in found)
    return size, frozenset(text[:size] for text in found)


def _opens(text: str, start: int, hi: int, head: _Heads) -> bool:
    """Whether ``text[start:hi]`` begins with one of the openings ``head`` stands for."""
    size, heads = head
    return hi - start >= size and text[start : start + size] in heads


def _beginnings(regex: re.Pattern[str], *, through: bool) -> set[_State] | None:
    """The ways a match may begin (:func:`_walk`), read from the parsed pattern; ``None``
    when the pattern does not start with ``(?<!\\w)``, has flags or cannot be followed."""
    if regex.flags != re.UNICODE or not regex.pattern.startswith(_BOUNDARY):
        return None
    try:
        items = list(_parser.parse(regex.pattern))
        if not items or items[0][0] is not sre.ASSERT_NOT:
            return None  # the lookbehind belongs to one branch only
        return _walk(items[1:], {("", True)}, through)
    except (_Unknown, re.error):
        return None


def _lead(text: str) -> str:
    """The leading run of word characters (and digit marks) of ``text``."""
    for index, ch in enumerate(text):
        if ch != _DIGIT and not _WORD_CHAR.match(ch):
            return text[:index]
    return text


def _walk(
    items: Iterable[tuple[Any, Any]], states: set[_State], through: bool = False
) -> set[_State]:
    """The ways a match may begin after ``items``, from ``states`` before them; a beginning
    grows to the end of its first word, or (``through``) on past it up to a digit."""
    for op, av in items:
        growing = {s for s in states if s[1]}
        if not growing:
            return states
        states = (states - growing) | _step(op, av, growing, through)
        if len(states) > _MAX_PREFIXES:
            raise _Unknown
    return states


def _stopped(states: set[_State]) -> set[_State]:
    return {(text, False) for text, _ in states}


def _step(op: Any, av: Any, states: set[_State], through: bool) -> set[_State]:
    """``states`` (all still growing) after one parsed item."""
    if op is sre.LITERAL:
        return _extend(states, [chr(av)], through)
    if op is sre.IN:
        if av == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
            return _extend(states, [_DIGIT], through)
        members = _members(av)
        return _stopped(states) if members is None else _extend(states, members, through)
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unknown
        return _walk(list(sub), states, through)
    if op is sre.BRANCH:
        found: set[_State] = set()
        for branch in av[1]:
            found |= _walk(list(branch), states, through)
        return found
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        once = _walk(list(sub), states, through)
        if high != 1:  # repeated: what follows the first time is not known
            once = _stopped(once)
        return once | states if low == 0 else once
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return states  # zero width; what it rules out is only tried in vain
    return _stopped(states)  # anything else: the known beginning ends here


def _members(av: list[tuple[Any, Any]]) -> list[str] | None:
    """The characters of a character class, when it lists them (``None`` otherwise)."""
    found: list[str] = []
    for op, value in av:
        if op is sre.LITERAL:
            found.append(chr(value))
        elif op is sre.RANGE and value[1] - value[0] < _MAX_RANGE:
            found += [chr(c) for c in range(value[0], value[1] + 1)]
        else:
            return None
    return found


def _extend(states: set[_State], chars: list[str], through: bool = False) -> set[_State]:
    """Each state followed by each of ``chars``; a non-word character ends its first word
    (``through``: a digit ends the beginning)."""
    if through:
        return {(text + ch, ch != _DIGIT) for text, _ in states for ch in chars}
    return {
        (text + ch, ch == _DIGIT or bool(_WORD_CHAR.match(ch)))
        for text, _ in states
        for ch in chars
    }


class WordScanner:
    """A set of patterns to be tried where their first words occur, prepared once.

    >>> last = re.compile(r"(?<!\\w)(?:last|this) (?:week|month)(?!\\w)")
    >>> index = WordScanner([last]).index("this week, last month")
    >>> [m.group() for m in index.finditer(last)]
    ['this week', 'last month']
    """

    def __init__(self, regexes: Iterable[re.Pattern[str]]):
        # Patterns are held by their number in ``known``: hashing a compiled pattern hashes
        # its whole compiled code (microseconds for a date pattern naming every month).
        self.whole: dict[str, list[int]] = {}
        self.beginnings: dict[str, list[int]] = {}
        self.known: list[re.Pattern[str]] = []
        for regex in regexes:
            found = first_words(regex)
            if found is None:
                continue
            number = len(self.known)
            self.known.append(regex)
            for word in found[0]:
                self.whole.setdefault(word, []).append(number)
            for beginning in found[1]:
                self.beginnings.setdefault(beginning, []).append(number)
        self.lengths = sorted({len(b) for b in self.beginnings})
        self.openings = [_heads(regex) for regex in self.known]
        self.numbers = {id(regex): number for number, regex in enumerate(self.known)}
        self._memo: dict[str, tuple[int, ...]] = {}

    def regexes(self, word: str) -> tuple[re.Pattern[str], ...]:
        """The patterns a match of which may begin with ``word``."""
        return tuple(self.known[number] for number in self._numbers(word))

    def _numbers(self, word: str) -> tuple[int, ...]:
        """The numbers of the patterns :meth:`regexes` gives (remembered per word)."""
        found = self._memo.get(word)
        if found is None:
            key = _DIGITS.sub(_DIGIT, word)
            matching = set(self.whole.get(key, ()))
            for length in self.lengths:
                matching.update(self.beginnings.get(key[:length], ()))
            found = tuple(sorted(matching))
            if len(self._memo) >= _MEMO:
                self._memo.clear()
            self._memo[word] = found
        return found

    def index(self, text: str) -> WordIndex:
        """Where in ``text`` each pattern may match."""
        words = tokens(text, _WORDS)
        numbers = self._numbers
        wanted = {w: found for w in words.distinct if (found := numbers(w))}
        places: list[list[int]] = [[] for _ in self.known]
        heads = self.openings
        if wanted:
            for word, start in zip(words.words, words.starts, strict=True):
                for number in wanted.get(word, ()):
                    head = heads[number]  # a match begins with one of its openings
                    if head is None or text[start : start + head[0]] in head[1]:
                        places[number].append(start)
        return WordIndex(text, words, places, heads, self.numbers)


class WordIndex:
    """Where in a text each pattern of a :class:`WordScanner` may match."""

    def __init__(
        self,
        text: str,
        words: Tokens,
        places: list[list[int]],
        heads: list[_Heads | None],
        numbers: dict[int, int],
    ):
        self.text = text
        self._words = words
        self._places = places  # by pattern number
        self._heads = heads
        self._numbers = numbers  # pattern number by the pattern's id

    def places(self, regex: re.Pattern[str]) -> list[int] | None:
        """Where ``regex`` is tried (``None`` for a pattern of another scanner or unknown)."""
        number = self._numbers.get(id(regex))
        return None if number is None else self._places[number]

    def finditer(
        self, regex: re.Pattern[str], lo: int = 0, hi: int | None = None
    ) -> list[re.Match[str]] | None:
        """The matches of ``regex.finditer(text, lo, hi)``; ``None`` when the pattern's first
        words are not known."""
        hi = len(self.text) if hi is None else hi
        return self.matches(regex, [(lo, hi)])

    def matches(
        self, regex: re.Pattern[str], windows: list[tuple[int, int]]
    ) -> list[re.Match[str]] | None:
        """The matches of ``regex.finditer(text, lo, hi)`` for each ``(lo, hi)`` in turn;
        ``None`` when the pattern's first words are not known."""
        number = self._numbers.get(id(regex))
        if number is None:
            return None
        places, head = self._places[number], self._heads[number]
        text = self.text
        starts, ends = self._words.starts, self._words.ends
        found: list[re.Match[str]] = []
        for lo, hi in windows:
            hi = min(hi, len(text))
            lo = max(lo, 0)
            tried = places[bisect_left(places, lo) : bisect_left(places, hi)]
            # A word cut by ``hi`` is a shorter word to the pattern: try it whatever it is.
            last = bisect_left(starts, hi) - 1
            cut = last >= 0 and ends[last] > hi and starts[last] >= lo
            if (
                cut
                and (not tried or tried[-1] != starts[last])
                and (head is None or _opens(text, starts[last], hi, head))
            ):
                tried.append(starts[last])
            done = 0  # matches may not start before the end of the last one
            for start in tried:
                if start >= done:
                    match = regex.match(text, start, hi)
                    if match is not None:  # never empty: it begins with a word character
                        found.append(match)
                        done = match.end()
        return found
