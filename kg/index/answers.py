"""What the saved query ``events-between`` reads of each event, kept once in the index graph.

The default graph is the union of the named graphs, and Oxigraph matches a triple once per
graph that states it: an event that several documents report had its class, label, Goldstein
value and status read once per copy, and its answer rows grouped again. The index keeps one
copy, for every event with a dyad (``ontology/README.md``, "The index graph"):

* ``?e ckg:indexDate ?d``: each earliest date any graph gives it (``xsd:date`` ones);
* ``?e ckg:indexLabel ?l``: one label, the smallest by text, then language tag;
* ``?e ckg:indexKind ?k`` and ``?e ckg:inDyadYear ?n``: links to its kinds (class, Goldstein
  value, status) and to its dyads' start-year nodes (:mod:`kg.index.tally`).

A pair's events in a date range are then its dyad's start-year nodes of those years, their
events, and these few triples each, all in one graph.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.index.days import start_year
from kg.index.involves import involves_triples
from kg.index.mergekeys import key_triple, merge_keys
from kg.index.state import EventState, split_label
from kg.namespaces import CKG, XSD

DATE = ox.NamedNode(str(XSD.date))
INDEX_DATE = ox.NamedNode(str(CKG.indexDate))
INDEX_LABEL = ox.NamedNode(str(CKG.indexLabel))
Triple = tuple[ox.NamedNode, ox.NamedNode, ox.Literal]
EventTriple = tuple[ox.NamedNode, ox.NamedNode, ox.Literal | ox.NamedNode]


def answer_triples(event: str, state: EventState) -> set[Triple]:
    """The dates and label of an event with a dyad (none for others).

    >>> state = EventState(frozenset({"x:a", "x:b"}), starts=frozenset({"2015-05-01", "2015"}),
    ...     label="Talks@en")
    >>> sorted(str(o) for _s, _p, o in answer_triples("x:e", state))
    ['"2015-05-01"^^<http://www.w3.org/2001/XMLSchema#date>', '"Talks"@en']
    """
    if len(state.roles) < 2:
        return set()
    node = ox.NamedNode(event)
    found: set[Triple] = {
        (node, INDEX_DATE, ox.Literal(start, datatype=DATE))
        for start in state.starts
        if start_year(start) is not None
    }
    if state.label is not None:
        text, language = split_label(state.label)
        label = ox.Literal(text, language=language) if language else ox.Literal(text)
        found.add((node, INDEX_LABEL, label))
    return found


def event_triples(event: str, state: EventState) -> set[EventTriple]:
    """Every triple the index gives an event alone: its merge keys, dates, label and the
    entities it involves (:mod:`kg.index.involves`)."""
    found: set[EventTriple] = {key_triple(event, key) for key in merge_keys(state)}
    found |= answer_triples(event, state)
    return found | involves_triples(event, state)
