"""Language data for extraction: ``kg/extract/lexicon/<lang>.yaml`` and ``common.yaml``.

A lexicon holds trigger phrases per event type, month and weekday names, date patterns,
claim verbs, negation/planning/conditional cues and inflection suffixes. Adding a language
or an event type means adding data here, not code.

Phrases follow the syntax of :mod:`kg.extract.phrases`, where they are compiled and looked up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.ontology import event_types
from kg.yamlio import load_yaml

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"


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
    seasons: dict[int, str] = field(default_factory=dict)
    dates: tuple[str, ...] = ()
    relative: tuple[dict[str, Any], ...] = ()
    triggers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    negation: tuple[str, ...] = ()
    planning: tuple[str, ...] = ()
    conditional: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    naming: tuple[str, ...] = ()
    condemning: tuple[str, ...] = ()
    kind_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    requests: tuple[str, ...] = ()
    decrees: tuple[str, ...] = ()
    signing: tuple[str, ...] = ()
    summoning: tuple[str, ...] = ()
    separately: tuple[str, ...] = ()
    three_sided: tuple[str, ...] = ()
    brokering: tuple[str, ...] = ()
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
    oblique_endings: tuple[str, ...] = ()
    destination_endings: tuple[str, ...] = ()
    anaphora: tuple[str, ...] = ()
    demonstratives: tuple[str, ...] = ()
    back_frames: tuple[str, ...] = ()
    according_before: tuple[str, ...] = ()
    according_after: tuple[str, ...] = ()
    carried_out: tuple[str, ...] = ()
    zone_before: tuple[str, ...] = ()
    zone_after: tuple[str, ...] = ()
    against_rulers: tuple[str, ...] = ()
    articles: bool = True
    verb_endings: tuple[str, ...] = ()
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    deadline_before: tuple[str, ...] = ()
    deadline_after: tuple[str, ...] = ()
    pronouns: tuple[str, ...] = ()
    person_pronouns: tuple[str, ...] = ()
    people_pronouns: tuple[str, ...] = ()
    office_dependents: tuple[str, ...] = ()
    reporting_tail: tuple[str, ...] = ()
    reported_openers: tuple[str, ...] = ()
    content_openers: tuple[str, ...] = ()
    accusing: tuple[str, ...] = ()
    accused_of: tuple[str, ...] = ()
    sidelines: tuple[str, ...] = ()
    agreed_openers: tuple[str, ...] = ()
    topic_openers: tuple[str, ...] = ()
    document_nouns: tuple[str, ...] = ()
    restating_openers: tuple[str, ...] = ()
    taking_effect: tuple[str, ...] = ()
    reporting_converbs: tuple[str, ...] = ()
    announcing: tuple[str, ...] = ()
    self_reference: tuple[str, ...] = ()
    own_act_endings: tuple[str, ...] = ()
    subject_endings: tuple[str, ...] = ()
    said_back: tuple[str, ...] = ()
    conjunctions: tuple[str, ...] = ()
    relatives: tuple[str, ...] = ()
    sequence_asides: tuple[str, ...] = ()
    sequence_partners: tuple[str, ...] = ()
    partner_endings: tuple[str, ...] = ()
    fronted_comma: bool = False
    reason_asides: tuple[str, ...] = ()
    sequence_closers: tuple[str, ...] = ()
    appositions: tuple[str, ...] = ()
    attributive_suffixes: tuple[str, ...] = ()
    place_before: tuple[str, ...] = ()
    place_nouns: tuple[str, ...] = ()
    people_nouns: tuple[str, ...] = ()
    border_nouns: tuple[str, ...] = ()
    plural_endings: tuple[str, ...] = ()
    subject_first: bool = False
    object_endings: tuple[str, ...] = ()
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
    place_actors: frozenset[str] = frozenset()
    place_rulers: frozenset[str] = frozenset()
    host_leaders: frozenset[str] = frozenset()
    asserted_only: frozenset[str] = frozenset()
    held: frozenset[str] = frozenset()
    wars: frozenset[str] = frozenset()
    unarmed: frozenset[str] = frozenset()
    committed: frozenset[str] = frozenset()
    ended_by: dict[str, frozenset[str]] = field(default_factory=dict)
    during: dict[str, frozenset[str]] = field(default_factory=dict)


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
    named |= {str(k) for k in raw.get("place_actors") or []}
    named |= {str(k) for k in raw.get("place_rulers") or []}
    named |= {str(k) for k in raw.get("host_leaders") or []}
    named |= {str(k) for k in raw.get("asserted_only") or []}
    named |= {str(k) for k in raw.get("held") or []}
    named |= {str(k) for k in raw.get("wars") or []}
    named |= {str(k) for k in raw.get("unarmed") or []}
    named |= {str(k) for k in raw.get("committed") or []}
    ended = {str(k): frozenset(str(v) for v in vs) for k, vs in (raw.get("ended_by") or {}).items()}
    named |= set(ended) | {v for vs in ended.values() for v in vs}
    during = {str(k): frozenset(str(v) for v in vs) for k, vs in (raw.get("during") or {}).items()}
    named |= set(during) | {v for vs in during.values() for v in vs}
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
        place_actors=frozenset(raw.get("place_actors") or []),
        place_rulers=frozenset(raw.get("place_rulers") or []),
        host_leaders=frozenset(raw.get("host_leaders") or []),
        asserted_only=frozenset(raw.get("asserted_only") or []),
        held=frozenset(raw.get("held") or []),
        wars=frozenset(raw.get("wars") or []),
        unarmed=frozenset(raw.get("unarmed") or []),
        committed=frozenset(raw.get("committed") or []),
        ended_by=ended,
        during=during,
        combined=tuple(
            (frozenset(str(k) for k in c["kinds"]), str(c["into"]))
            for c in raw.get("combined") or []
        ),
    )
