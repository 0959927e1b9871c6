"""Language data for extraction: ``kg/extract/lexicon/<lang>.yaml`` and ``common.yaml``.

A lexicon holds trigger phrases per event type, month and weekday names, date patterns,
claim verbs, negation/planning/conditional cues and inflection suffixes. Adding a language
or an event type means adding data here, not code.

Phrase syntax (triggers, cues): words separated by spaces; ``*`` at the end (or start) of a
word matches any further letters; ``...`` allows up to six words in between. Phrases and
date patterns are folded (:func:`kg.text.fold`) before they are compiled.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any, Generic, TypeVar

from kg.errors import InputError
from kg.extract.scan import finditer
from kg.extract.tokens import Tokens, tokens
from kg.ontology import event_types
from kg.text import fold
from kg.yamlio import load_yaml

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
_GAP = r"(?:\s+\S+){0,6}?\s+"
V = TypeVar("V")


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


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The extraction data of one language (compared and hashed by identity).

    >>> "Attack" in lexicon("az").triggers
    True
    """

    language: str
    abbreviations: tuple[str, ...] = ()
    months: dict[int, str] = field(default_factory=dict)
    weekdays: dict[int, str] = field(default_factory=dict)
    dates: tuple[str, ...] = ()
    relative: tuple[dict[str, Any], ...] = ()
    triggers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    negation: tuple[str, ...] = ()
    planning: tuple[str, ...] = ()
    conditional: tuple[str, ...] = ()
    naming: tuple[str, ...] = ()
    condemning: tuple[str, ...] = ()
    kind_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    requests: tuple[str, ...] = ()
    decrees: tuple[str, ...] = ()
    signing: tuple[str, ...] = ()
    three_sided: tuple[str, ...] = ()
    object_relatives: tuple[str, ...] = ()
    subject_relatives: tuple[str, ...] = ()
    clause_conjunctions: tuple[str, ...] = ()
    claims: tuple[dict[str, str], ...] = ()
    said_in: tuple[str, ...] = ()
    place_prepositions: tuple[str, ...] = ()
    locative_suffixes: tuple[str, ...] = ()
    metonym_verbs: tuple[str, ...] = ()
    metonym_before: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    function_words: tuple[str, ...] = ()
    named_after: tuple[str, ...] = ()
    time_zones: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    stem_endings: tuple[str, ...] = ()
    min_stem: int = 3
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    type_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    bodies: tuple[dict[str, str], ...] = ()
    anaphora: tuple[str, ...] = ()
    demonstratives: tuple[str, ...] = ()
    back_frames: tuple[str, ...] = ()
    according_before: tuple[str, ...] = ()
    according_after: tuple[str, ...] = ()
    carried_out: tuple[str, ...] = ()
    articles: bool = True
    verb_endings: tuple[str, ...] = ()
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    deadline_before: tuple[str, ...] = ()
    deadline_after: tuple[str, ...] = ()
    pronouns: tuple[str, ...] = ()
    person_pronouns: tuple[str, ...] = ()
    reporting_tail: tuple[str, ...] = ()
    self_reference: tuple[str, ...] = ()
    own_act_endings: tuple[str, ...] = ()
    subject_endings: tuple[str, ...] = ()
    said_back: tuple[str, ...] = ()
    conjunctions: tuple[str, ...] = ()
    relatives: tuple[str, ...] = ()
    sequence_asides: tuple[str, ...] = ()
    attributive_suffixes: tuple[str, ...] = ()
    place_before: tuple[str, ...] = ()
    place_nouns: tuple[str, ...] = ()
    people_nouns: tuple[str, ...] = ()
    plural_endings: tuple[str, ...] = ()
    subject_first: bool = False
    drops_subjects: bool = True
    office_after: dict[str, tuple[str, ...]] = field(default_factory=dict)
    office_before: dict[str, tuple[str, ...]] = field(default_factory=dict)
    office_list_before: dict[str, tuple[str, ...]] = field(default_factory=dict)
    office_list_after: dict[str, tuple[str, ...]] = field(default_factory=dict)
    body_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    unowned_bodies: tuple[dict[str, str], ...] = ()


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value or [])


# How each kind of Lexicon field is read from YAML: adding a key to the lexicons means adding
# a field to Lexicon, nothing more.
_READERS: dict[str, Callable[[Any], Any]] = {
    "str": str,
    "int": int,
    "bool": bool,
    "tuple[str, ...]": _strings,
    "dict[str, tuple[str, ...]]": lambda value: {
        str(k): _strings(v) for k, v in (value or {}).items()
    },
    "tuple[dict[str, str], ...]": lambda value: tuple(
        {str(k): str(v) for k, v in r.items()} for r in value or []
    ),
    "dict[int, str]": lambda value: {int(k): str(v) for k, v in (value or {}).items()},
    "tuple[dict[str, Any], ...]": lambda value: tuple(dict(r) for r in value or []),
}


def _parse(raw: Any, where: str) -> Lexicon:
    if not isinstance(raw, dict) or "language" not in raw:
        raise InputError(f"{where}: a lexicon is a mapping with at least 'language'")
    values = {f.name: _READERS[str(f.type)](raw[f.name]) for f in fields(Lexicon) if f.name in raw}
    unknown = set(values.get("triggers", {})) | set(values.get("kind_cues", {}))
    unknown -= set(event_types())
    if unknown:
        raise InputError(f"{where}: triggers for unknown event types {sorted(unknown)}")
    return Lexicon(**values)


def _read(path: Path) -> Any:
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read lexicon: {exc}") from exc


@cache
def lexicons(folder: Path = LEXICON_DIR) -> dict[str, Lexicon]:
    """Every language lexicon in ``folder``, by language code.

    >>> sorted(lexicons())[:3]
    ['az', 'en', 'hy']
    """
    found: dict[str, Lexicon] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.stem == "common":
            continue
        lexicon = _parse(_read(path), str(path))
        found[lexicon.language] = lexicon
    return found


def lexicon(language: str) -> Lexicon:
    """The lexicon for ``language``; English when there is none with event rules.

    >>> lexicon("ru").language, lexicon("xx").language
    ('ru', 'en')
    """
    found = lexicons().get(language)
    return found if found is not None and found.triggers else lexicons()["en"]


@dataclass(frozen=True)
class Common:
    """Language-independent rules: which event types are directed or symmetric, which kinds
    told together in one sentence make one event of another kind, confidences.

    >>> "Meeting" in common().symmetric
    True
    """

    directed: frozenset[str]
    symmetric: frozenset[str]
    confidence: dict[str, float]
    claim_confidence: dict[str, float]
    combined: tuple[tuple[frozenset[str], str], ...] = ()
    speech_acts: frozenset[str] = frozenset()
    hosted: frozenset[str] = frozenset()
    place_targets: frozenset[str] = frozenset()
    asserted_only: frozenset[str] = frozenset()
    ended_by: dict[str, frozenset[str]] = field(default_factory=dict)


@cache
def common(folder: Path = LEXICON_DIR) -> Common:
    """The shared rules of ``common.yaml``.

    >>> "Attack" in common().directed
    True
    """
    raw = _read(folder / "common.yaml") or {}
    named = {str(k) for c in raw.get("combined") or [] for k in [*c["kinds"], c["into"]]}
    named |= {str(k) for k in raw.get("speech_acts") or []}
    named |= {str(k) for k in raw.get("hosted") or []}
    named |= {str(k) for k in raw.get("place_targets") or []}
    named |= {str(k) for k in raw.get("asserted_only") or []}
    ended = {str(k): frozenset(str(v) for v in vs) for k, vs in (raw.get("ended_by") or {}).items()}
    named |= set(ended) | {v for vs in ended.values() for v in vs}
    if unknown := named - set(event_types()):
        raise InputError(f"{folder / 'common.yaml'}: unknown event types {sorted(unknown)}")
    return Common(
        directed=frozenset(raw.get("directed") or []),
        symmetric=frozenset(raw.get("symmetric") or []),
        confidence={str(k): float(v) for k, v in (raw.get("confidence") or {}).items()},
        claim_confidence={str(k): float(v) for k, v in (raw.get("claim_confidence") or {}).items()},
        speech_acts=frozenset(raw.get("speech_acts") or []),
        hosted=frozenset(raw.get("hosted") or []),
        place_targets=frozenset(raw.get("place_targets") or []),
        asserted_only=frozenset(raw.get("asserted_only") or []),
        ended_by=ended,
        combined=tuple(
            (frozenset(str(k) for k in c["kinds"]), str(c["into"]))
            for c in raw.get("combined") or []
        ),
    )


_TOKEN = re.compile(r"\w+")
_SPLIT = re.compile(r"(\w+)")


class PhraseIndex(Generic[V]):
    """Many phrases, indexed by their first word, found in one pass over the words of a text.

    Far faster than one large alternation: only phrases whose first word (or its prefix, for
    ``word*``) occurs at a position are tried there.

    >>> index = PhraseIndex([("talks", "Meeting"), ("held talks", "Meeting"), ("sanction*", "S")])
    >>> [(s, e, v) for s, e, v in index.find("they held talks on sanctions")]
    [(5, 15, 'Meeting'), (19, 28, 'S')]
    """

    def __init__(self, phrases: Iterable[tuple[str, V]]):
        self.exact: dict[str, list[tuple[re.Pattern[str], V]]] = {}
        self.prefix: dict[str, list[tuple[re.Pattern[str], V]]] = {}
        self.anywhere: list[tuple[re.Pattern[str], V]] = []
        ordered = sorted(phrases, key=lambda pair: len(pair[0]), reverse=True)
        for phrase, value in ordered:
            regex = re.compile(phrase_regex(phrase))
            words = fold(phrase).split(" ")
            first = words[0] if words else ""
            stem = first.rstrip("*")
            if not stem or first.startswith("*") or not _TOKEN.fullmatch(stem):
                self.anywhere.append((regex, value))
            elif first.endswith("*"):
                self.prefix.setdefault(stem, []).append((regex, value))
            else:
                self.exact.setdefault(stem, []).append((regex, value))
        self.lengths = sorted({len(p) for p in self.prefix}, reverse=True)
        self._tries: dict[str, list[tuple[re.Pattern[str], V]]] = {}
        self._starting: set[str] = set()  # the words of _tries with something to try
        self._last: tuple[Tokens, list[int]] | None = None

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
        found = tokens(text, _SPLIT)
        span = found.inside(lo, hi)
        if span is None:  # a word crosses the window's edge: tokenise the window itself
            found = Tokens.within(text, lo, hi, _SPLIT)
            span = (0, len(found.words))
        places = self._places(found)
        chosen = places[bisect_left(places, span[0]) : bisect_left(places, span[1])]
        words, starts = (found.words, found.starts) if chosen else ([], [])
        cache = self._tries
        for index in chosen:
            start = starts[index]
            best: tuple[int, int, V] | None = None
            tries = cache.get(words[index])
            for regex, value in tries if tries is not None else self._tries_for(words[index]):
                match = regex.match(text, start, hi)
                if match and (best is None or match.end() > best[1]):
                    best = (match.start(), match.end(), value)
            if best is not None:
                hits.append(best)
        hits.sort(key=lambda h: (h[0], h[0] - h[1]))
        kept: list[tuple[int, int, V]] = []
        for hit in hits:
            if not kept or hit[0] >= kept[-1][1]:
                kept.append(hit)
        return kept

    def _tries_for(self, word: str) -> list[tuple[re.Pattern[str], V]]:
        """The phrases that may start at ``word``: exact first word, then longest prefix."""
        tries = list(self.exact.get(word, ()))
        for size in self.lengths:
            if len(word) >= size:
                tries += self.prefix.get(word[:size], ())
        return tries

    def _places(self, found: Tokens) -> list[int]:
        """Indices of the tokens at which some phrase may start (cached for the last text)."""
        if self._last is not None and self._last[0] is found:
            return self._last[1]
        cache = self._tries
        unknown = found.distinct.difference(cache)
        if len(cache) + len(unknown) > 200_000:
            cache.clear()
            self._starting.clear()
            unknown = found.distinct
        for word in unknown:
            tries = self._tries_for(word)
            cache[word] = tries
            if tries:
                self._starting.add(word)
        starting = self._starting
        places = (
            []
            if starting.isdisjoint(found.distinct)
            else [i for i, w in enumerate(found.words) if w in starting]
        )
        self._last = (found, places)
        return places
