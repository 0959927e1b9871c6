"""Score extraction against reviewed facts (``sources/<doc>.facts.yaml``).

* entities: document-level sets of slugs (gold: the file's ``entities:`` list; documents
  without one are not scored for entities);
* events: a found event matches a gold event (one to one, as many pairs as can be made:
  :func:`one_to_one`) when all three agree, as in ACE/TAC event scoring where an event
  counts only with its type and its arguments:

  - type: the same ontology class, exactly (a found ``Agreement`` does not match a gold
    ``Ceasefire``, nor the other way round);
  - date: the found span lies within the gold span (:func:`dates_agree`), i.e. it agrees at
    the gold's precision and is never vaguer; a gold event without a date accepts any;
  - participants: the same *set* of involved entities (actors, targets and participants
    together; which role each plays is not scored, as role labels for symmetric events such
    as meetings are arbitrary). The gold follows the conventions in the README (officials
    and bodies come with the state they act for);

  status (occurred, planned, negated, hypothetical) and place are not part of the match;
* dates: accuracy over gold events that have a date and a found event of the same type and
  involved entities; right only when earliest and latest days are both equal;
* triggers (diagnostic): same type in an overlapping sentence, roles and dates ignored;
* claims: same claimant and overlapping evidence offsets.

Gold files may name entities the dictionary does not have yet; they are read with stand-in
entries and listed in :attr:`Report.unknown_slugs`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

from kg.dictionary import Dictionary
from kg.dictionary import load as load_dictionary
from kg.errors import InputError
from kg.extract.pipeline import extract
from kg.facts import facts_path, read_facts
from kg.model import Claim, Entity, Event, Facts
from kg.resources import bundled
from kg.sources import read_source, source_files
from kg.yamlio import load_yaml

ALL = "all"
T = TypeVar("T")
U = TypeVar("U")


@dataclass
class Score:
    """True positives, false positives and false negatives, with P/R/F1.

    >>> s = Score(3, 1, 2)
    >>> round(s.precision, 2), round(s.recall, 2), round(s.f1, 2)
    (0.75, 0.6, 0.67)
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Share of found items that are right."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of gold items that were found."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        """Add another score's counts to this one."""
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn


@dataclass
class Accuracy:
    """Right answers out of those asked.

    >>> Accuracy(3, 4).value
    0.75
    """

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        """The share of right answers (0.0 when nothing was asked)."""
        return self.right / self.total if self.total else 0.0


@dataclass
class Scores:
    """All scores of one language (or of everything).

    ``triggers`` is a diagnostic, looser than ``events``: same type and the same sentence,
    roles and date ignored. ``unreachable_events`` (``unreachable_claims``) counts gold events
    (claims) involving an entity the dictionary does not have, which no extractor using the
    dictionary can match.

    >>> Scores().events.f1
    0.0
    """

    documents: int = 0
    entities: Score = field(default_factory=Score)
    events: Score = field(default_factory=Score)
    claims: Score = field(default_factory=Score)
    dates: Accuracy = field(default_factory=Accuracy)
    triggers: Score = field(default_factory=Score)
    unreachable_events: int = 0
    unreachable_claims: int = 0


@dataclass(frozen=True)
class Miss:
    """One error: ``error`` is ``missed`` (false negative) or ``spurious`` (false positive).

    >>> Miss("doc", "entity", "missed", "iran").error
    'missed'
    """

    document: str
    kind: str
    error: str
    what: str
    quote: str = ""


@dataclass
class Report:
    """Scores per language (and ``all``), every miss, and documents that could not be scored.

    >>> Report().scores["en"].documents
    0
    """

    scores: dict[str, Scores] = field(default_factory=lambda: defaultdict(Scores))
    misses: list[Miss] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    unknown_slugs: list[str] = field(default_factory=list)


def _describe_event(event: Event) -> str:
    when = event.date.iso() if event.date else "undated"
    return f"{event.type} {when} {sorted(event.involved())} {event.status.value}"


def dates_agree(gold: Event, found: Event) -> bool:
    """True when the found date lies within the gold date (or gold gives none).

    The found date must agree with the gold at the gold's precision and be no vaguer: for a
    gold day only that day, for a gold month any day of it or the month itself, for a gold
    range anything inside it.

    >>> from kg.dates import DateSpan
    >>> g = Event("Attack", "x", (), DateSpan.parse("2023-01"), targets=("azerbaijan",))
    >>> f = Event("Attack", "y", (), DateSpan.parse("2023-01-27"), targets=("azerbaijan",))
    >>> dates_agree(g, f), dates_agree(f, g)
    (True, False)
    """
    if gold.date is None:
        return True
    if found.date is None:
        return False
    return gold.date.earliest <= found.date.earliest and found.date.latest <= gold.date.latest


def one_to_one(
    gold: Sequence[T], found: Sequence[U], agree: Callable[[T, U], bool]
) -> tuple[list[tuple[T, U]], list[T], list[U]]:
    """The largest set of one-to-one pairs that ``agree``, the gold left and the found left.

    Taking, for each gold item in turn, the first found item that agrees can spend a found
    item on a gold item that another found item would have matched, and so count a miss and
    a spurious find where there are none; a maximum bipartite matching (Hopcroft-Karp) never
    does. Items are told apart by position, so equal items are still counted one by one, and
    the same pairs are chosen whatever Python's hash seed.

    >>> one_to_one(["any", "day"], ["day", "none"], lambda g, f: g == "any" or g == f)
    ([('any', 'none'), ('day', 'day')], [], [])
    """
    import networkx as nx
    from networkx.algorithms import bipartite

    # Nodes are integers (gold i, found len(gold) + j): their hashes do not depend on
    # PYTHONHASHSEED, so of several largest matchings the same one is found in every run.
    n = len(gold)
    graph = nx.Graph()
    graph.add_nodes_from(range(n + len(found)))
    graph.add_edges_from(
        (i, n + j) for i, g in enumerate(gold) for j, f in enumerate(found) if agree(g, f)
    )
    matching = bipartite.hopcroft_karp_matching(graph, top_nodes=range(n)) if graph.edges else {}
    paired = {i: matching[i] - n for i in range(n) if i in matching}
    used = set(paired.values())
    pairs = [(gold[i], found[j]) for i, j in sorted(paired.items())]
    missed = [g for i, g in enumerate(gold) if i not in paired]
    left = [f for j, f in enumerate(found) if j not in used]
    return pairs, missed, left


def _events_agree(gold: Event, found: Event) -> bool:
    return (
        found.type == gold.type
        and set(found.involved()) == set(gold.involved())
        and dates_agree(gold, found)
    )


def match_events(
    gold: Iterable[Event], found: Iterable[Event]
) -> tuple[list[tuple[Event, Event]], list[Event], list[Event]]:
    """Pairs of matching events, the gold events missed and the found events unmatched.

    >>> from kg.dates import DateSpan
    >>> g = Event("Attack", "x", (), DateSpan.parse("2023-01"), targets=("azerbaijan",))
    >>> f = Event("Attack", "y", (), DateSpan.parse("2023-01-27"), actors=("azerbaijan",))
    >>> len(match_events([g], [f])[0]), len(match_events([f], [g])[0])
    (1, 0)
    """
    return one_to_one(list(gold), list(found), _events_agree)


def _claims_match(gold: Claim, found: Claim) -> bool:
    g, f = gold.evidence[0], found.evidence[0]
    return gold.claimant == found.claimant and g.start < f.end and f.start < g.end


def _slugs_in(raw: Any) -> set[str]:
    found: set[str] = set()
    if not isinstance(raw, dict):
        return found
    found.update(str(s) for s in raw.get("entities") or [])
    for item in (raw.get("events") or []) + (raw.get("claims") or []):
        if not isinstance(item, dict):
            continue
        for key in ("actors", "targets", "participants", "about", "place", "claimant"):
            value = item.get(key)
            values = value if isinstance(value, list) else [value] if value else []
            found.update(str(v) for v in values)
    return found


def read_gold(document: Path, dictionary: Dictionary) -> tuple[Facts, list[str]]:
    """The reviewed facts of a document and the slugs it uses that the dictionary lacks.

    >>> doc = source_files(bundled("sources"))[0]
    >>> facts, unknown = read_gold(doc, load_dictionary())
    >>> facts.source.slug == doc.stem
    True
    """
    path = facts_path(document)
    source = read_source(document)
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read facts file: {exc}") from None
    unknown = sorted(s for s in _slugs_in(raw) if s not in dictionary)
    if unknown:
        stand_ins = [Entity(s, "Person", s, "not in the dictionary yet") for s in unknown]
        dictionary = Dictionary([*dictionary, *stand_ins])
    return read_facts(path, source, dictionary), unknown


def _overlap(a: Event, b: Event) -> bool:
    return any(x.start < y.end and y.start < x.end for x in a.evidence for y in b.evidence)


def _trigger_score(gold: Iterable[Event], found: Iterable[Event]) -> Score:
    pairs, missed, left = one_to_one(
        list(gold), list(found), lambda g, f: f.type == g.type and _overlap(g, f)
    )
    return Score(len(pairs), len(left), len(missed))


def score_document(
    gold: Facts, found: Facts, has_entities: bool, known: Iterable[str] = ()
) -> tuple[Scores, list[Miss]]:
    """Scores and misses for one document; ``known`` are the dictionary's slugs.

    >>> from kg.model import Source
    >>> src = Source("d", "Iran said no.", "t", "en", "sha256:0")
    >>> gold = Facts(src, mentions=("iran",))
    >>> found = Facts(src, mentions=("iran", "iraq"))
    >>> scores, misses = score_document(gold, found, True)
    >>> scores.entities, [m.what for m in misses]
    (Score(tp=1, fp=1, fn=0), ['iraq'])
    """
    known = set(known)
    doc = gold.source.slug
    scores = Scores(documents=1)
    misses: list[Miss] = []
    if has_entities:
        g, f = set(gold.mentions), set(found.mentions)
        scores.entities = Score(len(g & f), len(f - g), len(g - f))
        misses += [Miss(doc, "entity", "missed", s) for s in sorted(g - f)]
        misses += [Miss(doc, "entity", "spurious", s) for s in sorted(f - g)]
    pairs, missed, extra = match_events(gold.events, found.events)
    scores.events = Score(len(pairs), len(extra), len(missed))
    misses += [
        Miss(doc, "event", "missed", _describe_event(e), e.evidence[0].quote) for e in missed
    ]
    misses += [
        Miss(doc, "event", "spurious", _describe_event(e), e.evidence[0].quote) for e in extra
    ]
    scores.triggers = _trigger_score(gold.events, found.events)
    scores.unreachable_events = sum(
        1 for e in gold.events if any(s not in known for s in e.involved())
    )
    scores.unreachable_claims = sum(
        1 for c in gold.claims if any(s not in known for s in (c.claimant, *c.about))
    )
    for event in gold.events:
        if event.date is None:
            continue
        same = [
            f
            for f in found.events
            if f.type == event.type and set(f.involved()) == set(event.involved())
        ]
        if same:
            scores.dates.total += 1
            right = any(
                f.date is not None
                and (f.date.earliest, f.date.latest) == (event.date.earliest, event.date.latest)
                for f in same
            )
            scores.dates.right += right
    claim_pairs, unclaimed, left = one_to_one(list(gold.claims), list(found.claims), _claims_match)
    scores.claims = Score(len(claim_pairs), len(left), len(unclaimed))
    misses += [Miss(doc, "claim", "missed", c.claimant, c.evidence[0].quote) for c in unclaimed]
    misses += [Miss(doc, "claim", "spurious", c.claimant, c.evidence[0].quote) for c in left]
    return scores, misses


def evaluate(gold_dir: Path | None = None, dictionary: Dictionary | None = None) -> Report:
    """Extract every document of ``gold_dir`` that has a facts file and score it.

    >>> report = evaluate()
    >>> report.scores["all"].documents > 0
    True
    """
    folder = gold_dir or bundled("sources")
    dictionary = dictionary or load_dictionary()
    report = Report()
    unknown: set[str] = set()
    for document in source_files(folder):
        if not facts_path(document).exists():
            continue
        try:
            gold, missing = read_gold(document, dictionary)
            raw = load_yaml(facts_path(document).read_text(encoding="utf-8"))
        except InputError as exc:
            report.skipped.append(str(exc))
            continue
        unknown.update(missing)
        found = extract(gold.source, dictionary)
        has_entities = isinstance(raw, dict) and raw.get("entities") is not None
        scores, misses = score_document(gold, found, has_entities, dictionary.entities)
        report.misses += misses
        for key in (ALL, gold.source.language):
            total = report.scores[key]
            total.documents += 1
            total.entities.add(scores.entities)
            total.events.add(scores.events)
            total.claims.add(scores.claims)
            total.dates.right += scores.dates.right
            total.dates.total += scores.dates.total
            total.triggers.add(scores.triggers)
            total.unreachable_events += scores.unreachable_events
            total.unreachable_claims += scores.unreachable_claims
    report.unknown_slugs = sorted(unknown)
    return report
