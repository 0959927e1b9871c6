"""Faster ``finditer`` for patterns that begin at a word boundary with a fixed string.

Python's regex engine skips quickly to a pattern's fixed leading text, but only when the
pattern starts with it: the extractor's patterns start with a lookbehind (``(?<!\\w)``) and
so are tried at every position of the text. :func:`finditer` finds the places where the
fixed text occurs with ``str.find`` and tries the pattern only there (for ``(?<!\\w)\\w*xyz``
at the start of the word holding ``xyz``), which gives exactly the matches of
``regex.finditer``. Patterns of any other shape are run as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

_BOUNDARY = r"(?<!\w)"
_LEAD = r"\w*"
_WORD_CHAR = re.compile(r"\w")
_SPECIAL = set(".^$*+?{}[]\\|()")
_QUANTIFIERS = set("?*+{")
_REPEAT = re.compile(r"\{\d*,?\d*\}")


@lru_cache(maxsize=4096)
def anchor(regex: re.Pattern[str]) -> tuple[str, bool] | None:
    """The fixed text every match holds, and whether a word may run into it (``\\w*`` before).

    ``None`` when the pattern is not a word-boundary lookbehind followed (after an optional
    ``\\w*`` and an optional non-capturing group) by fixed text, or has flags.

    >>> anchor(re.compile(r"(?<!\\w)(?:last month)(?!\\w)"))
    ('last month', False)
    >>> anchor(re.compile(r"(?<!\\w)\\w*mayib(?!\\w)")), anchor(re.compile(r"(?<!\\w)ab?c"))
    (('mayib', True), ('a', False))
    >>> anchor(re.compile(r"(?<!\\w)(?:today|now)")) is None
    True
    """
    pattern = regex.pattern
    if regex.flags != re.UNICODE or not pattern.startswith(_BOUNDARY):
        return None
    pairs = _pairs(pattern)
    if pairs is None or _bar_at(pattern, 0, len(pattern)):
        return None
    at = len(_BOUNDARY)
    lead = pattern.startswith(_LEAD, at)
    if lead:
        at += len(_LEAD)
    if pattern.startswith("(?:", at):
        close = pairs[at]
        if _bar_at(pattern, at + 3, close) or pattern[close + 1 : close + 2] in _QUANTIFIERS:
            return None  # the group has branches, or may be skipped or repeated
        at += 3
    rest = pattern[at:]
    literal: list[str] = []
    index = 0
    while index < len(rest):
        ch = rest[index]
        if ch == "\\" and index + 1 < len(rest) and not rest[index + 1].isalnum():
            literal.append(rest[index + 1])
            index += 2
        elif ch not in _SPECIAL:
            literal.append(ch)
            index += 1
        else:
            break
    if index < len(rest) and rest[index] in _QUANTIFIERS and literal:
        literal.pop()  # the last character is optional or repeated
    return ("".join(literal), lead) if literal else None


@lru_cache(maxsize=4096)
def required(regex: re.Pattern[str]) -> str:
    """The longest fixed text that every match contains ("" when none is known).

    Only characters outside lookarounds, alternations and optional or repeated parts count.

    >>> required(re.compile(r"(?P<said_in>[^,.;]{3,40}) musahibə\\w*"))
    ' musahibə'
    >>> required(re.compile(r"(?<!\\w)(?:(?:on )?(?P<d>monday|friday)) next(?!\\w)"))
    ' next'
    >>> required(re.compile(r"ab|cd")), required(re.compile(r"(?:abc)?d"))
    ('', 'd')
    """
    pattern = regex.pattern
    pairs = _pairs(pattern)
    if regex.flags != re.UNICODE or pairs is None or _bar_at(pattern, 0, len(pattern)):
        return ""
    best = ""
    run: list[str] = []
    solid = [True]  # whether the characters of each open group must all be matched
    index = 0
    while index < len(pattern):
        ch = pattern[index]
        step = 1
        literal: str | None = None
        if ch == "\\":
            step = 2
            following = pattern[index + 1 : index + 2]
            literal = following if following and not following.isalnum() else None
        elif ch == "[":
            step = _class_end(pattern, index) - index
        elif ch == "(":
            close = pairs[index]
            plain = pattern.startswith(("(?:", "(?P<"), index) or not pattern.startswith(
                "(?", index
            )
            solid.append(
                solid[-1]
                and plain
                and not _bar_at(pattern, index + 1, close)
                and pattern[close + 1 : close + 2] not in _QUANTIFIERS
            )
            if pattern.startswith("(?P<", index):
                step = pattern.index(">", index) - index + 1
            elif pattern.startswith("(?", index):
                step = 3 if pattern.startswith(("(?:", "(?=", "(?!"), index) else 2
        elif ch == ")":
            solid.pop()
        elif ch in _QUANTIFIERS:
            repeat = _REPEAT.match(pattern, index) if ch == "{" else None
            step = len(repeat.group()) if repeat else 1
        elif ch not in _SPECIAL:
            literal = ch
        if literal is not None and solid[-1] and not _quantified(pattern, index + step):
            run.append(literal)
        else:  # anything else ends the run of fixed characters
            if len(run) > len(best):
                best = "".join(run)
            run = []
        index += step
    return max(best, "".join(run), key=len)


def _quantified(pattern: str, at: int) -> bool:
    return pattern[at : at + 1] in _QUANTIFIERS


def _class_end(pattern: str, start: int) -> int:
    """The index just after the character class opening at ``start``."""
    index = start + 1
    if pattern[index : index + 1] == "^":
        index += 1
    if pattern[index : index + 1] == "]":
        index += 1
    while index < len(pattern) and pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index + 1


def _pairs(pattern: str) -> dict[int, int] | None:
    """The index of each ``(``'s closing ``)``; ``None`` when they do not pair up."""
    opened: list[int] = []
    pairs: dict[int, int] = {}
    index = 0
    while index < len(pattern):
        ch = pattern[index]
        if ch == "\\":
            index += 2
            continue
        if ch == "[":
            index = _class_end(pattern, index)
            continue
        if ch == "(":
            opened.append(index)
        elif ch == ")":
            if not opened:
                return None
            pairs[opened.pop()] = index
        index += 1
    return pairs if not opened else None


def _bar_at(pattern: str, start: int, stop: int) -> bool:
    """True when ``pattern[start:stop]`` has a ``|`` outside the groups it opens."""
    level = 0
    index = start
    while index < stop:
        ch = pattern[index]
        if ch == "\\":
            index += 2
            continue
        if ch == "[":
            index = _class_end(pattern, index)
            continue
        if ch == "(":
            level += 1
        elif ch == ")":
            level -= 1
        elif ch == "|" and level == 0:
            return True
        index += 1
    return False


def search(
    regex: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None
) -> re.Match[str] | None:
    """``regex.search(text, lo, hi)``, answered at once when the text lacks the pattern's
    required fixed text.

    >>> search(re.compile(r"(?P<x>[^,.;]{3,40}) musahibə"), "no interview here") is None
    True
    """
    hi = len(text) if hi is None else hi
    needed = required(regex)
    if needed and text.find(needed, max(lo, 0), hi) < 0:
        return None
    return regex.search(text, lo, hi)


def finditer(
    regex: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of ``regex.finditer(text, lo, hi)``, found faster when the pattern allows.

    >>> [m.group() for m in finditer(re.compile(r"(?<!\\w)\\w*mayib(?!\\w)"), "gəlmayib, olmayib")]
    ['gəlmayib', 'olmayib']
    """
    hi = len(text) if hi is None else min(hi, len(text))
    found = anchor(regex)
    if found is None:
        needed = required(regex)
        if not needed or text.find(needed, max(lo, 0), hi) >= 0:
            yield from regex.finditer(text, lo, hi)
        return
    literal, lead = found
    lo = max(lo, 0)
    done = lo  # matches may not start before the end of the last one
    tried = -1
    at = text.find(literal, lo, hi)
    while at >= 0:
        start = at
        if lead:
            while start > lo and _WORD_CHAR.match(text, start - 1):
                start -= 1
        if start >= done and start != tried:
            tried = start
            match = regex.match(text, start, hi)
            if match is not None:  # never empty: it holds the fixed text
                yield match
                done = match.end()
        at = text.find(literal, at + 1, hi)
