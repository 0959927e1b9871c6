"""Trigger and cue phrases: their syntax, compiled regexes and a fast index to find them.

Phrase syntax (triggers, cues): words separated by spaces; ``*`` at the end (or start) of a
word matches any further letters; ``...`` allows up to six words in between. Phrases and
date patterns are folded (:func:`kg.text.fold`) before they are compiled.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Iterable
from functools import cached_property
from typing import Any, Generic, TypeVar

from kg.extract.scan import finditer
from kg.extract.tokens import Tokens, tokens
from kg.text import fold

_GAP = r"(?:\s+\S+){0,6}?\s+"


def fold_pattern(pattern: str) -> str:
    """Fold a regex pattern like text; named groups ``(?P<name>`` survive, other escapes
    must be lower case (``\\d``, ``\\s``, ``\\w``).

    >>> fold_pattern(r"Январ[ьяе]\\s+Й")
    'январ[ьяе]\\\\s+и'
    """
    folded = "".join(fold(ch) if ch.strip() else ch for ch in pattern)
    return folded.replace("(?p<", "(?P<").replace("(?p=", "(?P=")


def phrase_regex(phrase: str) -> str:
    """The regex (over folded text) for one trigger or cue phrase.

    >>> phrase_regex("signed ... agreement*")
    '(?<!\\\\w)signed(?:\\\\s+\\\\S+){0,6}?\\\\s+agreement\\\\w*(?!\\\\w)'
    >>> bool(re.search(phrase_regex("*mayib"), "olunmayib"))
    True
    """
    parts: list[str] = []
    gap = False
    for word in fold(phrase).split(" "):
        if word == "...":
            gap = True
            continue
        if parts:
            parts.append(_GAP if gap else r"\s+")
        gap = False
        lead = r"\w*" if word.startswith("*") and len(word) > 1 else ""
        tail = r"\w*" if word.endswith("*") else ""
        parts.append(lead + re.escape(word.strip("*")) + tail)
    return r"(?<!\w)" + "".join(parts) + r"(?!\w)"


def alternation(phrases: list[str]) -> re.Pattern[str]:
    """One compiled regex matching any of the phrases, longest first.

    >>> alternation(["talks", "held talks"]).search("they held talks").group()
    'held talks'
    """
    ordered = sorted(set(phrases), key=len, reverse=True)
    return re.compile("|".join(f"(?:{phrase_regex(p)})" for p in ordered) or r"(?!x)x")


def ending_with(phrases: Iterable[str], tail: str = r"\s*$") -> re.Pattern[str] | None:
    """A regex for text ending in one of the phrases (at its start or after a space), then
    ``tail``; ``None`` when there are no phrases.

    >>> ending_with(["according to"]).search("as told, according to ") is not None
    True
    >>> ending_with([]) is None
    True
    """
    listed = list(phrases)
    if not listed:
        return None
    return re.compile(r"(?:^|\s)(?:" + alternation(listed).pattern + ")" + tail)


V = TypeVar("V")

_START = r"(?<!\w)"  # every phrase regex opens with it (:func:`phrase_regex`)
_TOKEN = re.compile(r"\w+")
_SPLIT = re.compile(r"(\w+)")
_WORD_CHAR = re.compile(r"\w")


# A phrase tried at a word: its regex, its value and what the next word must be (if told).
_Try = tuple[re.Pattern[str], V, tuple[str, bool] | None]


class _Compiled(Generic[V]):
    """The phrases of an index grouped by their first word, and what searching taught it:
    shared by every index of the same phrases (the claim cues serve both the claim and the
    event rules), so that a text is searched for them once."""

    def __init__(self, ordered: list[tuple[str, V]]):
        self.exact: dict[str, list[tuple[re.Pattern[str], V]]] = {}
        self.prefix: dict[str, list[tuple[re.Pattern[str], V]]] = {}
        self.anywhere: list[tuple[re.Pattern[str], V]] = []
        self.second: dict[re.Pattern[str], tuple[str, bool]] = {}
        for phrase, value in ordered:
            regex = re.compile(phrase_regex(phrase))
            words = fold(phrase).split(" ")
            following = _second_word(words)
            if following is not None:
                self.second[regex] = following
            first = words[0] if words else ""
            stem = first.rstrip("*")
            head = _TOKEN.match(stem)  # a hyphenated first word ("free-trade"): its first part
            if not stem or first.startswith("*") or head is None:
                self.anywhere.append((regex, value))
            elif first.endswith("*") and head.end() == len(stem):
                self.prefix.setdefault(stem, []).append((regex, value))
            else:
                self.exact.setdefault(head.group(), []).append((regex, value))
        self.lengths = sorted({len(p) for p in self.prefix}, reverse=True)
        self.tries: dict[str, list[_Try[V]]] = {}
        self.starting: set[str] = set()
        self.last: tuple[Tokens, list[int]] | None = None  # the places of the last text
        self.best: tuple[str, dict[int, tuple[int, int, V] | None]] | None = None


def _second_word(words: list[str]) -> tuple[str, bool] | None:
    """What the word token after a phrase's first word must be (``(head, True)``: that word;
    ``(head, False)``: a word starting with it), when the phrase tells it: a first word of
    word characters alone, followed by a word with no gap and no leading wildcard.

    >>> _second_word(["held", "talks"]), _second_word(["sanction*", "relief*"])
    (('talks', True), ('relief', False))
    >>> _second_word(["signed", "...", "deal"]), _second_word(["free-trade", "zone"])
    (None, None)
    >>> _second_word(["the", "cease-fire"]), _second_word(["talks"])
    (('cease', True), None)
    """
    if len(words) < 2 or words[1] == "..." or words[1].startswith("*"):
        return None
    first = words[0].removesuffix("*")
    if not first or _TOKEN.fullmatch(first) is None:
        return None
    stem = words[1].removesuffix("*")
    head = _TOKEN.match(stem)
    if head is None:
        return None
    return head.group(), not (words[1].endswith("*") and head.end() == len(stem))


_COMPILED: dict[tuple[tuple[str, Any], ...], _Compiled[Any]] = {}
_COMPILED_LOCK = threading.Lock()


def _shared(ordered: list[tuple[str, V]]) -> _Compiled[V]:
    """The compiled phrases for ``ordered``, the same object for the same phrases and values
    (values that cannot be hashed get their own)."""
    key = tuple(ordered)
    try:
        hash(key)
    except TypeError:
        return _Compiled(ordered)
    with _COMPILED_LOCK:
        found = _COMPILED.get(key)
        if found is None:
            if len(_COMPILED) >= 256:
                _COMPILED.clear()
            found = _COMPILED[key] = _Compiled(ordered)
    return found


class PhraseIndex(Generic[V]):
    """Many phrases, indexed by their first word, found in one pass over the words of a text.

    Far faster than one large alternation: only phrases whose first word (or its prefix, for
    ``word*``) occurs at a position are tried there.

    >>> index = PhraseIndex([("talks", "Meeting"), ("held talks", "Meeting"), ("sanction*", "S")])
    >>> [(s, e, v) for s, e, v in index.find("they held talks on sanctions")]
    [(5, 15, 'Meeting'), (19, 28, 'S')]
    """

    def __init__(self, phrases: Iterable[tuple[str, V]]):
        ordered = sorted(phrases, key=lambda pair: len(pair[0]), reverse=True)
        shared = _shared(ordered)
        self.exact: dict[str, list[tuple[re.Pattern[str], V]]] = shared.exact
        self.prefix: dict[str, list[tuple[re.Pattern[str], V]]] = shared.prefix
        self.anywhere: list[tuple[re.Pattern[str], V]] = shared.anywhere
        self.lengths = shared.lengths
        self._second = shared.second
        self._tries: dict[str, list[_Try[V]]] = shared.tries
        self._starting: set[str] = shared.starting  # the words of _tries with something to try
        self._memory = shared

    def find(self, text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, V]]:
        """Non-overlapping matches in ``text[lo:hi]``, the longest at each place, in order.

        Only the words that can start a phrase are visited: the text is tokenised once (and
        kept while the same text object is searched window by window), and the words of a
        phrase's first word are known from a cache of every word seen.

        >>> PhraseIndex([("met", "Meeting")]).find("they met", 0, 4)
        []
        """
        hi = len(text) if hi is None else hi
        hits: list[tuple[int, int, V]] = []
        for regex, value in self.anywhere:
            hits += [(m.start(), m.end(), value) for m in finditer(regex, text, lo, hi)]
        if lo <= 0 and hi >= len(text) and not self._may_start(text):
            # a text searched whole (a clause) where no word starts a phrase: not tokenised
            return self._longest(hits) if len(hits) > 1 else hits
        found = tokens(text, _SPLIT)
        span = found.inside(lo, hi)
        alone = False  # a window searched on its own, its matches not shared with the text's
        if span is None:  # a word crosses the window's edge: tokenise the window itself
            found = Tokens.within(text, lo, hi, _SPLIT)
            span = (0, len(found.words))
            alone = True
        elif hi < len(text) and _WORD_CHAR.match(text, hi):
            alone = True  # the window ends right before a word: a phrase may end at its edge
        places = self._places(found)
        chosen = places[bisect_left(places, span[0]) : bisect_left(places, span[1])]
        words, starts = (found.words, found.starts) if chosen else ([], [])
        # the best match at a place, found once per text for every window that holds it
        # (:meth:`_best_in`); a window cutting words is searched on its own
        known = None if alone or not chosen else self._known(text)
        last = len(words) - 1
        for index in chosen:
            after = words[index + 1] if index < last else ""  # the next word, if any
            if known is not None:
                best = self._best_in(known, text, starts[index], hi, words[index], after)
            else:
                best = self._best(text, starts[index], hi, words[index], after)
            if best is not None:
                hits.append(best)
        return self._longest(hits)

    def _best(
        self, text: str, start: int, hi: int, word: str, after: str
    ) -> tuple[int, int, V] | None:
        """The longest phrase match at ``start`` ending by ``hi`` (the first of the longest),
        where the text has ``word`` and then the word ``after``: a phrase whose second word
        is not that one is not tried (every match holds its words as the text's tokens)."""
        best: tuple[int, int, V] | None = None
        tries = self._tries.get(word)
        for regex, value, need in tries if tries is not None else self._tries_for(word):
            if need is not None and (
                after != need[0] if need[1] else not after.startswith(need[0])
            ):
                continue
            match = regex.match(text, start, hi)
            if match and (best is None or match.end() > best[1]):
                best = (match.start(), match.end(), value)
        return best

    def _best_in(
        self,
        known: dict[int, tuple[int, int, V] | None],
        text: str,
        start: int,
        hi: int,
        word: str,
        after: str,
    ) -> tuple[int, int, V] | None:
        """``_best(text, start, hi, word, after)`` from ``known``, the best matches at each
        place with the whole text after it, when the window does not end inside a word.

        A phrase regex looks past its match only to tell that no word character follows
        (``(?!\\w)``), which it tells alike at ``hi`` and at the end of the text when the
        character at ``hi`` is no word character; so every attempt that succeeds within the
        window succeeds with the whole text, and the first to succeed with the whole text,
        when it ends by ``hi``, succeeds within the window: the matches are the same. A best
        match ending after ``hi`` (a gap running past the window) is searched again.
        """
        if start in known:
            best = known[start]
        else:
            best = known[start] = self._best(text, start, len(text), word, after)
        if best is not None and best[1] > hi:
            return self._best(text, start, hi, word, after)
        return best

    def _known(self, text: str) -> dict[int, tuple[int, int, V] | None]:
        """The best matches found so far in ``text`` (kept for the last text searched)."""
        memory = self._memory
        last = memory.best
        if last is not None and last[0] is text:
            return last[1]
        known: dict[int, tuple[int, int, V] | None] = {}
        memory.best = (text, known)
        return known

    def occurs(self, text: str, lo: int = 0, hi: int | None = None) -> bool:
        """Whether some phrase occurs in ``text[lo:hi]``: ``bool(self.find(text, lo, hi))``,
        told by one search of a single regex of every phrase (for the small cue indexes
        asked about a clause per trigger; no tokens, no memory of words).

        >>> index = PhraseIndex([("not", "negation"), ("*mayib", "negation")])
        >>> index.occurs("it did not happen"), index.occurs("olmayib"), index.occurs("nothing")
        (True, True, False)
        >>> index.occurs("it did not happen", 0, 9), index.occurs("cannot", 3)
        (False, False)
        """
        return self._anything.search(text, lo, len(text) if hi is None else hi) is not None

    @cached_property
    def _anything(self) -> re.Pattern[str]:
        """Every phrase's regex in one alternation, their shared ``(?<!\\w)`` taken out."""
        groups = [*self.exact.values(), *self.prefix.values(), self.anywhere]
        bodies = [regex.pattern.removeprefix(_START) for group in groups for regex, _ in group]
        return re.compile(_START + "(?:" + ("|".join(bodies) or "(?!)") + ")")

    @staticmethod
    def _longest(hits: list[tuple[int, int, V]]) -> list[tuple[int, int, V]]:
        """The hits that do not overlap, the longest at each place, in order."""
        hits.sort(key=lambda h: (h[0], h[0] - h[1]))
        kept: list[tuple[int, int, V]] = []
        for hit in hits:
            if not kept or hit[0] >= kept[-1][1]:
                kept.append(hit)
        return kept

    def _tries_for(self, word: str) -> list[_Try[V]]:
        """The phrases that may start at ``word``: exact first word, then longest prefix."""
        tries = list(self.exact.get(word, ()))
        for size in self.lengths:
            if len(word) >= size:
                tries += self.prefix.get(word[:size], ())
        second = self._second
        return [(regex, value, second.get(regex)) for regex, value in tries]

    def _learn(self, distinct: frozenset[str] | set[str]) -> None:
        """Remember which of the words ``distinct`` may start a phrase (a memory of every word
        seen, emptied when it grows past 200,000 words)."""
        cache = self._tries
        unknown = distinct.difference(cache)
        if not unknown:
            return
        if len(cache) + len(unknown) > 200_000:
            cache.clear()
            self._starting.clear()
            unknown = set(distinct)
        for word in unknown:
            tries = self._tries_for(word)
            cache[word] = tries
            if tries:
                self._starting.add(word)

    def _may_start(self, text: str) -> bool:
        """Whether some word of ``text`` may start a phrase, told without keeping its tokens."""
        distinct = set(_TOKEN.findall(text))
        self._learn(distinct)
        return not self._starting.isdisjoint(distinct)

    def _places(self, found: Tokens) -> list[int]:
        """Indices of the tokens at which some phrase may start (cached for the last text)."""
        last = self._memory.last
        if last is not None and last[0] is found:
            return last[1]
        self._learn(found.distinct)
        starting = self._starting
        places = (
            []
            if starting.isdisjoint(found.distinct)
            else [i for i, w in enumerate(found.words) if w in starting]
        )
        self._memory.last = (found, places)
        return places
