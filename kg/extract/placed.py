"""Sides told by a place, where the sentence names none (``common.yaml``): the state of the
places a shelling hits (``place_targets``: "shelled villages near Goris", "обстрел Цхинвали"),
the state whose court or police acts in a place (``place_actors``: "a court in Tbilisi"), the
rulers a protest held there is against (``place_rulers``: "rallied against the government")."""

from __future__ import annotations

from kg.dictionary import Dictionary
from kg.extract.arguments import Trigger, place_states
from kg.extract.lexicon import Lexicon, common
from kg.extract.linking import Mention
from kg.extract.objects import objects
from kg.extract.rulers import governments
from kg.model import Source

Roles = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def placed(
    kind: str,
    trigger: Trigger,
    roles: Roles,
    where: tuple[list[Mention], list[Mention], tuple[int, int]],
    source: Source,
    dictionary: Dictionary,
    lexicon: Lexicon,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The event's actors and targets, with those its places tell added where it has none.

    ``roles`` are the actors, targets and participants found so far; ``where`` the places
    told as where it happens (``located``), every place of the sentence, and the trigger's
    clause.
    """
    acts, targets, parts = roles
    located, places, (lo, hi) = where
    kinds, day = common(), source.published
    if kind in kinds.place_targets and acts and not targets:
        hit = located + objects(source.text, places, trigger)  # "обстрел Цхинвали"
        targets = place_states(hit, trigger, acts, dictionary, day)
        if not targets:  # none after it: one of its clause before it ("kəndlərini vurub")
            hit = [m for m in places if lo <= m.start < trigger.start]
            targets = place_states(hit, None, acts, dictionary, day)
    elif kind in kinds.place_actors and targets and not acts:  # a court in Tbilisi
        acts = place_states(located, None, targets, dictionary, day)
    elif kind in kinds.place_rulers and not (acts or targets or parts):
        targets = governments(lexicon, source, trigger, (lo, hi), located, dictionary)
    return acts, targets
