"""Who an event involves by the conventions the gold follows (``sources/ANNOTATION.md``,
section 3) that the words around its trigger do not show. (Wars as a whole list states, not
their forces, where their sides are read: :mod:`kg.extract.wars`.)

Applied to the events of one document once all its sentences are read
(``kg/extract/conventions.yaml`` says which kinds each rule covers):

* a kind only forces carry out (an offensive) told of a state brings the state's national
  force, the one whose English label says so (``Armed Forces``, ``Defense Forces``); a state
  with several such forces or none gets none (the text does not tell which);
* a withdrawal or deployment told again of a state alone is carried out by the force an
  earlier one of its kind in the document names for that state (``Russia completed its
  withdrawal from its other base`` after ``Russian troops left Batumi``);
* an offensive with no target told, in a document naming one breakaway entity, is aimed at it
  (``the offensive that Azerbaijan launched`` in a story about Karabakh's authorities);
* a war or a truce whose sides the sentence leaves implicit (``The truce took effect on
  Tuesday``: the document's main parties, :func:`implicit_sides`) includes the one breakaway
  entity the document names as a party when one of those sides is the state it broke from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache, partial
from pathlib import Path

from kg.dictionary import Dictionary
from kg.errors import InputError
from kg.extract.arguments import entity_label, two_sided
from kg.extract.forces import CONVENTIONS, FORCES, national_force
from kg.extract.mention import Mention
from kg.extract.roles import STATES, acting_for
from kg.model import Event
from kg.ontology import event_types
from kg.yamlio import load_yaml

_BREAKAWAY = "DeFactoState"


@dataclass(frozen=True)
class Conventions:
    """The kinds each convention covers and the breakaway entities' former states."""

    done_by_forces: frozenset[str] = frozenset()
    forces_told_before: frozenset[str] = frozenset()
    breakaway_targets: frozenset[str] = frozenset()
    breakaway_sides: frozenset[str] = frozenset()
    broke_away_from: dict[str, str] = field(default_factory=dict)


@cache
def conventions(path: Path = CONVENTIONS) -> Conventions:
    """The conventions of ``conventions.yaml``.

    >>> "MilitaryOffensive" in conventions().done_by_forces
    True
    """
    raw = load_yaml(path.read_text(encoding="utf-8")) or {}
    kinds = ("done_by_forces", "forces_told_before", "breakaway_targets")
    named = {str(k) for key in (*kinds, "breakaway_sides") for k in raw.get(key) or ()}
    if unknown := named - set(event_types()):
        raise InputError(f"{path}: unknown event types {sorted(unknown)}")
    return Conventions(
        done_by_forces=frozenset(raw.get("done_by_forces") or ()),
        forces_told_before=frozenset(raw.get("forces_told_before") or ()),
        breakaway_targets=frozenset(raw.get("breakaway_targets") or ()),
        breakaway_sides=frozenset(raw.get("breakaway_sides") or ()),
        broke_away_from={str(k): str(v) for k, v in (raw.get("broke_away_from") or {}).items()},
    )


def _relabelled(event: Event, dictionary: Dictionary, **roles: tuple[str, ...]) -> Event:
    changed = replace(event, **roles)  # type: ignore[arg-type]
    if changed.involved() == event.involved():
        return changed
    who = ", ".join(entity_label(s, dictionary) for s in changed.involved())
    return replace(changed, label=f"{event_types()[event.type].label} ({who})")


def _with_forces(
    event: Event, dictionary: Dictionary, force_of: Callable[[str], str | None]
) -> Event:
    """The event with, for each state among its actors whose force it names none of, the
    force ``force_of`` gives for it."""
    when = event.date.earliest if event.date else None
    led = {  # states whose forces the event already names
        acting_for(s, dictionary, when)
        for s in event.involved()
        if (e := dictionary.get(s)) is not None and e.type == FORCES
    }
    added: list[str] = []
    for slug in event.actors:
        entity = dictionary.get(slug)
        if entity is None or entity.type not in STATES or slug in led:
            continue
        force = force_of(slug)
        if force is not None and force not in event.involved():
            added.append(force)
    if not added:
        return event
    return _relabelled(event, dictionary, actors=(*added, *event.actors))


def _forces_named(event: Event, dictionary: Dictionary) -> dict[str, str]:
    """The forces the event names, by the state each acts for."""
    when = event.date.earliest if event.date else None
    named: dict[str, str] = {}
    for slug in event.involved():
        entity = dictionary.get(slug)
        state = acting_for(slug, dictionary, when) if entity and entity.type == FORCES else None
        if state is not None:
            named.setdefault(state, slug)
    return named


def _breakaways(
    mentions: Iterable[Mention], dictionary: Dictionary, when: dt.date | None
) -> set[str]:
    found: set[str] = set()
    for mention in mentions:
        slug = mention.entity
        entity = dictionary.get(slug) if slug else None
        if entity is None:
            continue
        principal = slug if entity.type == _BREAKAWAY else acting_for(entity.slug, dictionary, when)
        if principal and (p := dictionary.get(principal)) is not None and p.type == _BREAKAWAY:
            found.add(principal)
    return found


def by_conventions(
    events: list[Event],
    mentions: list[Mention],
    dictionary: Dictionary,
    published: dt.date | None = None,
    rules: Conventions | None = None,
) -> list[Event]:
    """``events`` with their involved entities brought in line with the conventions.

    >>> from kg.dictionary import load
    >>> push = Event("MilitaryOffensive", "x", (), actors=("russia",))
    >>> by_conventions([push], [], load())[0].actors
    ('armed-forces-of-the-russian-federation', 'russia')
    """
    rules = rules or conventions()
    breakaways = _breakaways(mentions, dictionary, published)
    national = partial(national_force, dictionary=dictionary)
    done: list[Event] = []
    told: dict[str, dict[str, str]] = {}  # by kind, the forces named so far, by state
    for event in events:
        if event.type in rules.done_by_forces:
            event = _with_forces(event, dictionary, national)
        if event.type in rules.forces_told_before:
            before = told.setdefault(event.type, {})
            event = _with_forces(event, dictionary, before.get)
            before.update(
                (k, v) for k, v in _forces_named(event, dictionary).items() if k not in before
            )
        if event.type in rules.breakaway_targets and event.actors and not event.targets:
            aimed = tuple(
                b for b in sorted(breakaways) if rules.broke_away_from.get(b) in event.actors
            )
            if len(aimed) == 1:
                event = _relabelled(event, dictionary, targets=aimed)
        done.append(event)
    return done


def implicit_sides(
    kind: str,
    parts: tuple[str, ...],
    earlier: list[Mention],
    document: list[Mention] | None,
    dictionary: Dictionary,
    when: dt.date | None,
    count: int = 2,
    *,
    rules: Conventions | None = None,
) -> tuple[str, ...]:
    """The participants of a symmetric event naming fewer than ``count`` sides: the
    document's main parties before it (:func:`kg.extract.arguments.two_sided`), with, for a war
    or truce, the one breakaway entity ``document`` names that broke from one of them.

    >>> from kg.dictionary import load
    >>> doc = [
    ...     Mention(0, 7, "Armenia", "armenia", "name"),
    ...     Mention(8, 18, "Azerbaijan", "azerbaijan", "name"),
    ...     Mention(30, 42, "Karabakh side", "republic-of-artsakh", "name"),
    ... ]
    >>> implicit_sides("ArmedConflict", (), doc[:2], doc, load(), None)
    ('armenia', 'azerbaijan', 'republic-of-artsakh')
    >>> implicit_sides("Meeting", (), doc[:2], doc, load(), None)
    ('armenia', 'azerbaijan')
    """
    rules = rules or conventions()
    sides = two_sided(parts, earlier, dictionary, when, count=count)
    if sides == parts or kind not in rules.breakaway_sides:
        return sides
    named = _breakaways(document or (), dictionary, when)
    joining = [b for b in sorted(named) if rules.broke_away_from.get(b) in sides]
    return (*sides, joining[0]) if len(named) == 1 and joining else sides
