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
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.ontology import event_types
from kg.text import fold
from kg.yamlio import load_yaml

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
_GAP = r"(?:\s+\S+){0,6}?\s+"


def fold_pattern(pattern: str) -> str:
    """Fold a regex pattern like text, keeping its escapes intact.

    >>> fold_pattern(r"Январ[ьяе]\\s+Й")
    'январ[ьяе]\\\\s+и'
    """
    return "".join(fold(ch) if ch.strip() else ch for ch in pattern)


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


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The extraction data of one language (compared and hashed by identity)."""

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
    claims: tuple[dict[str, str], ...] = ()
    said_in: tuple[str, ...] = ()
    place_prepositions: tuple[str, ...] = ()
    locative_suffixes: tuple[str, ...] = ()
    metonym_verbs: tuple[str, ...] = ()
    metonym_before: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    function_words: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    stem_endings: tuple[str, ...] = ()
    min_stem: int = 3
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _strings(raw: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(str(v) for v in raw.get(key) or [])


def _parse(raw: Any, where: str) -> Lexicon:
    if not isinstance(raw, dict) or "language" not in raw:
        raise InputError(f"{where}: a lexicon is a mapping with at least 'language'")
    triggers = {str(k): tuple(str(p) for p in v or []) for k, v in (raw.get("triggers") or {}).items()}
    unknown = set(triggers) - set(event_types())
    if unknown:
        raise InputError(f"{where}: triggers for unknown event types {sorted(unknown)}")
    return Lexicon(
        language=str(raw["language"]),
        abbreviations=_strings(raw, "abbreviations"),
        months={int(k): str(v) for k, v in (raw.get("months") or {}).items()},
        weekdays={int(k): str(v) for k, v in (raw.get("weekdays") or {}).items()},
        dates=_strings(raw, "dates"),
        relative=tuple(dict(r) for r in raw.get("relative") or []),
        triggers=triggers,
        negation=_strings(raw, "negation"),
        planning=_strings(raw, "planning"),
        conditional=_strings(raw, "conditional"),
        claims=tuple({str(k): str(v) for k, v in c.items()} for c in raw.get("claims") or []),
        said_in=_strings(raw, "said_in"),
        place_prepositions=_strings(raw, "place_prepositions"),
        locative_suffixes=_strings(raw, "locative_suffixes"),
        metonym_verbs=_strings(raw, "metonym_verbs"),
        metonym_before=_strings(raw, "metonym_before"),
        titles=_strings(raw, "titles"),
        function_words=_strings(raw, "function_words"),
        suffixes=_strings(raw, "suffixes"),
        stem_endings=_strings(raw, "stem_endings"),
        min_stem=int(raw.get("min_stem", 3)),
        names={str(k): tuple(str(n) for n in v or []) for k, v in (raw.get("names") or {}).items()},
    )


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
    """Language-independent rules: which event types are directed or symmetric, confidences."""

    directed: frozenset[str]
    symmetric: frozenset[str]
    confidence: dict[str, float]
    claim_confidence: dict[str, float]


@cache
def common(folder: Path = LEXICON_DIR) -> Common:
    """The shared rules of ``common.yaml``.

    >>> "Attack" in common().directed
    True
    """
    raw = _read(folder / "common.yaml") or {}
    return Common(
        directed=frozenset(raw.get("directed") or []),
        symmetric=frozenset(raw.get("symmetric") or []),
        confidence={str(k): float(v) for k, v in (raw.get("confidence") or {}).items()},
        claim_confidence={str(k): float(v) for k, v in (raw.get("claim_confidence") or {}).items()},
    )
