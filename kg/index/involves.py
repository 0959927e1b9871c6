"""Links from an event to every entity it involves, kept once in the index graph.

An entity's neighbourhood (the entities that share an event with it, and how many events
each shares) walked every statement of each of its events in every graph that reports them
(an event carries a dozen statements per source) to find the four involvement properties.
The index keeps ``?e ckg:involves ?x`` once for each entity any graph gives the event as
``ckg:actor``, ``ckg:target``, ``ckg:participant`` or ``ckg:place``, for the events that
involve two or more (an event that involves one entity pairs it with no other), so the
neighbourhood is the entity's links and its events' links, all in one graph.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.index.state import EventState
from kg.namespaces import CKG

INVOLVES = ox.NamedNode(str(CKG.involves))


def involves_triples(
    event: str, state: EventState
) -> set[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode]]:
    """``event ckg:involves x`` for each of its roles and places, when it has two or more.

    >>> state = EventState(frozenset({"x:a"}), places=frozenset({"x:p", "x:a"}))
    >>> sorted(o.value for _s, _p, o in involves_triples("x:e", state))
    ['x:a', 'x:p']
    >>> involves_triples("x:e", EventState(places=frozenset({"x:p"})))
    set()
    """
    involved = state.roles | state.places
    if len(involved) < 2:
        return set()
    node = ox.NamedNode(event)
    return {(node, INVOLVES, ox.NamedNode(x)) for x in involved}
