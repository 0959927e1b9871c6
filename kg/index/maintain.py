"""Keep the index graph in step with a write: the delta, as SPARQL update text.

A write replaces graphs (a document, the dictionary) or adds quads to them (``kg import``).
Before it is applied, :func:`index_update` reads every touched event's facts from all graphs
(one query), works out each event's merged state before and after the write, and the counters
of every node those states touch (one query); it returns the update that deletes those nodes
and inserts them with their new values, plus the links (to dyads, class-year counts, kinds and
start-year nodes), merge keys, dates and labels that appear or go (an event whose other
earliest dates, of years it already has, change only swaps its keys). The store sends it in
the same transaction (embedded) or the same request (remote) as the write itself.

Counts and Goldstein sums are subtracted and added exactly. A date bound cannot be subtracted:
when an event leaves a dyad whose earliest (or latest) date was its own, or its dates narrow
away from it, the bound is read again from the dyad's other events (one more query, only then).

The embedded store has one writer, so nothing changes between the reads and the write. Two
processes writing to the same remote server at once can interleave their reads and writes and
leave wrong counters; ``kg reindex`` recomputes the whole index (see the README).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

import pyoxigraph as ox

from kg.index.answers import event_triples
from kg.index.compute import marker_triple
from kg.index.days import parse_day_rows
from kg.index.state import (
    EARLIEST,
    LATEST,
    LIGHT,
    OCCURRED,
    PREDICATES,
    STATUS,
    Fact,
    StateReader,
    fact_value,
)
from kg.index.status import INDEX, ROLES, index_status
from kg.index.tally import (
    Key,
    Totals,
    contributions,
    counter_triples,
    link_triple,
    links_of,
    node_iri,
    node_triples,
)
from kg.index.writes import Change
from kg.namespaces import CKG, INDEX_GRAPH

CHUNK = 2000
ROLE_PATH = ROLES.replace(" ", "|")
# a typed subject is in the index when it has a role (dyads, tallies) or an earliest date
# (class-year counts) in some graph
INDEXED_PATH = f"{ROLE_PATH}|<{CKG.earliestDate}>"
WATCHED = " ".join(f"<{p}>" for p in sorted(PREDICATES))
WATCHED_LIST = ", ".join(f"<{p}>" for p in sorted(PREDICATES))
Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]


def _rows(store: object, query: str) -> ox.QuerySolutions:
    result = store.select(query)  # type: ignore[attr-defined]
    assert isinstance(result, ox.QuerySolutions)
    return result


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{i}>" for i in iris)


def _numbered(iris: list[str]) -> str:
    """``VALUES (?i ?x)`` rows: each IRI with its place in ``iris``. A query that returns the
    number, not the IRI, spares the store a read of its string table for each row."""
    return " ".join(f"({n} <{iri}>)" for n, iri in enumerate(iris))


def _touched_facts(
    store: object, replaced: list[str], subjects: set[str], typed: set[str]
) -> Iterator[tuple[str, str, str, str]]:
    """(in a replaced graph?, event, predicate, value) of each watched fact of the touched events.

    ``subjects`` have watched facts other than their class and label in the write, ``typed``
    only those. A subject with neither a role nor an earliest date in any graph has nothing in
    the index, before or after a write that gives it only a class or a label, so the typed ones
    (evidence, sources, an outlet named by thousands of documents) are read only when they
    have one.

    The events are named in ``VALUES`` and the predicates only filtered, so that the store
    looks each event up instead of scanning every watched fact (seconds on large stores).
    """
    listed = set(subjects)
    typed = set(typed)
    for graph in replaced:
        query = (
            f"SELECT DISTINCT ?e ?p WHERE {{ GRAPH <{graph}> {{ ?e ?p ?o }} "
            f"FILTER(?p IN ({WATCHED_LIST})) }}"
        )
        for row in _rows(store, query):
            (typed if row["p"].value in LIGHT else listed).add(row["e"].value)
    typed -= listed
    if typed:
        # a path: with the roles in VALUES, Oxigraph walked every role fact (0.5 s at 100k)
        query = (
            f"SELECT DISTINCT ?e WHERE {{ VALUES ?e {{ {_values(sorted(typed))} }} "
            f"?e {INDEXED_PATH} ?x }}"
        )
        listed.update(row["e"].value for row in _rows(store, query))
    ordered = sorted(listed)
    gone = f"?g IN ({', '.join(f'<{g}>' for g in replaced)})" if replaced else "false"
    for i in range(0, len(ordered), CHUNK):
        part = ordered[i : i + CHUNK]
        query = (
            f"SELECT ?i ?gone ?p ?o WHERE {{ VALUES (?i ?e) {{ {_numbered(part)} }} "
            f"GRAPH ?g {{ ?e ?p ?o }} FILTER(?p IN ({WATCHED_LIST}) && ?g != {INDEX}) "
            f"BIND({gone} AS ?gone) }}"
        )
        for row in _rows(store, query):
            predicate = row["p"].value
            event = part[int(row["i"].value)]
            yield row["gone"].value == "true", event, predicate, fact_value(predicate, row["o"])


COUNTERS = {
    str(CKG.eventCount): "events",
    str(CKG.classYearCount): "events",
    str(CKG.occurredCount): "occurred",
    str(CKG.goldsteinSum): "goldstein",
    str(CKG.earliestEventDate): "earliest",
    str(CKG.latestEventDate): "latest",
    str(CKG.dayRows): "days",
}


Stored = dict[tuple[str, str], list[str]]


def _current(store: object, keys: list[Key]) -> tuple[dict[Key, Totals], Stored]:
    """The counters of ``keys`` as totals, and as stored: (node, predicate) to objects' text."""
    by_iri = {node_iri(k): k for k in keys}
    found: dict[Key, Totals] = {}
    stored: Stored = {}
    listed = sorted(by_iri)
    predicates = ", ".join(f"<{p}>" for p in COUNTERS)
    for i in range(0, len(listed), CHUNK):
        part = listed[i : i + CHUNK]
        query = (
            f"SELECT ?i ?p ?o WHERE {{ VALUES (?i ?n) {{ {_numbered(part)} }} "
            f"GRAPH {INDEX} {{ ?n ?p ?o }} FILTER(?p IN ({predicates})) }}"
        )
        for row in _rows(store, query):
            node, predicate = part[int(row["i"].value)], row["p"].value
            stored.setdefault((node, predicate), []).append(str(row["o"]))
            totals = found.setdefault(by_iri[node], Totals())
            name, value = COUNTERS[predicate], row["o"].value
            if name in ("events", "occurred"):
                setattr(totals, name, int(value))
            elif name == "goldstein":
                totals.goldstein = Decimal(value)
            elif name == "days":
                totals.days = parse_day_rows(value)
            else:
                setattr(totals, name, value[:10])
    return found, stored


def _rewiden(store: object, result: dict[Key, Totals], keys: set[Key], skip: set[str]) -> None:
    """Date bounds of ``keys`` from the occurred events of their dyads, except ``skip``."""
    dyads = {("dyad", k[1], k[2]) for k in keys}
    by_iri = {node_iri(d): d for d in dyads}
    listed = sorted(by_iri)
    for i in range(0, len(listed), CHUNK):
        query = (
            f"SELECT ?d ?e ?ed ?ld WHERE {{ VALUES ?d {{ {_values(listed[i : i + CHUNK])} }} "
            f"GRAPH {INDEX} {{ ?e <{CKG.dyad}> ?d }} ?e <{STATUS}> <{OCCURRED}> . "
            f"OPTIONAL {{ ?e <{EARLIEST}> ?ed }} OPTIONAL {{ ?e <{LATEST}> ?ld }} }}"
        )
        bounds: dict[tuple[str, str], Totals] = {}
        for row in _rows(store, query):
            event = row["e"].value
            if event in skip:
                continue
            span = bounds.setdefault((row["d"].value, event), Totals())
            span.widen(
                row["ed"].value[:10] if row["ed"] is not None else None,
                row["ld"].value[:10] if row["ld"] is not None else None,
            )
        for (dyad_iri, _event), span in bounds.items():
            dyad = by_iri[dyad_iri]
            targets: list[Key] = [dyad]
            if span.earliest is not None and span.latest is not None:
                first, last = int(span.earliest[:4]), int(span.latest[:4])
                targets.append(("dyad-years", dyad[1], dyad[2], first, last))
            for key in targets:
                if key in keys:
                    result[key].widen(span.earliest, span.latest)


def _triple_text(triple: tuple[object, object, object]) -> str:
    return f"{triple[0]} {triple[1]} {triple[2]} ."


def index_update(store: object, changes: list[Change]) -> str:
    """The update that brings the index in step with ``changes`` ('' when none is kept).

    Nothing is kept (and '' returned) when the store has events but no index: such a store
    needs ``kg reindex`` first, and commands that read the index say so.
    """
    changes = [c for c in changes if c.graph != str(INDEX_GRAPH)]
    if not changes:
        return ""
    status = index_status(store)
    if status == "missing":
        return ""
    replaced = [c.graph for c in changes if c.replace]
    subjects = {f[0] for c in changes for f in c.facts if f[1] not in LIGHT}
    typed = {f[0] for c in changes for f in c.facts if f[1] in LIGHT} - subjects
    before, after = StateReader(), StateReader()
    touched = set(subjects)
    read: list[Fact] = []
    kept: list[Fact] = []  # what the graphs that stay say
    for in_gone, event, predicate, value in _touched_facts(store, replaced, subjects, typed):
        touched.add(event)
        read.append((event, predicate, value))
        if not in_gone:
            kept.append((event, predicate, value))
    before.add(read)
    after.add(kept)
    for change in changes:
        after.add(change.facts)
    old_links: set[tuple[str, Key]] = set()
    new_links: set[tuple[str, Key]] = set()
    old_facts: set[Triple] = set()  # merge keys, dates and labels (kg.index.answers)
    new_facts: set[Triple] = set()
    old: dict[Key, Totals] = {}
    new: dict[Key, Totals] = {}
    changed: set[str] = set()  # events whose contributions are taken away and added again
    for event in touched:
        was, now = before.state(event), after.state(event)
        if was == now:
            continue
        old_facts.update(event_triples(event, was))
        new_facts.update(event_triples(event, now))
        parts = contributions(was), contributions(now)
        if parts[0] == parts[1]:
            continue  # only other starts of the same years, a label, or merge keys changed
        changed.add(event)
        old_links.update((event, k) for k in links_of(was))
        new_links.update((event, k) for k in links_of(now))
        for totals, part_of in ((old, parts[0]), (new, parts[1])):
            for key, part in part_of.items():
                totals.setdefault(key, Totals()).add(part)
    keys = sorted(set(old) | set(new), key=str)
    current, stored = _current(store, keys)
    result: dict[Key, Totals] = {}
    redo: set[Key] = set()
    for key in keys:
        now_totals = current.get(key, Totals())
        taken, added = old.get(key, Totals()), new.get(key, Totals())
        total = Totals(now_totals.events, now_totals.occurred, now_totals.goldstein)
        total.days = dict(now_totals.days) if now_totals.days else None
        total.add(taken, -1)
        total.add(added)
        # a bound that was a changed event's own is read again, unless its new dates still
        # reach it (a merged report that only widens an event's dates)
        first_goes = (
            taken.earliest is not None
            and taken.earliest == now_totals.earliest
            and (added.earliest is None or added.earliest > taken.earliest)
        )
        last_goes = (
            taken.latest is not None
            and taken.latest == now_totals.latest
            and (added.latest is None or added.latest < taken.latest)
        )
        if first_goes or last_goes:
            redo.add(key)
        else:
            total.widen(now_totals.earliest, now_totals.latest)
        result[key] = total
    redo = {k for k in redo if result[k].alive(k)}
    if redo:
        _rewiden(store, result, redo, changed)
    going: list[Triple] = [link_triple(e, k) for e, k in sorted(old_links - new_links, key=str)]
    going += sorted(old_facts - new_facts, key=str)
    coming: list[Triple] = [link_triple(e, k) for e, k in sorted(new_links - old_links, key=str)]
    coming += sorted(new_facts - old_facts, key=str)
    return _update_text(result, stored, set(current), going, coming, status)


def _update_text(
    result: dict[Key, Totals],
    stored: Stored,
    existing: set[Key],
    removed: list[Triple],
    added: list[Triple],
    status: str,
) -> str:
    """New nodes are written whole, dead ones deleted; of a node that stays, only the counters
    whose value changes are deleted (as the exact triples stored) and written again.

    ``removed`` and ``added`` are the dyad links and merge keys that go and come. The deletes
    come first: Oxigraph then evaluates the pattern before the write has added anything.
    """
    parts = []
    dead = [k for k in result if k in existing and not result[k].alive(k)]
    if dead:
        nodes = _values(sorted(node_iri(k) for k in dead))
        parts.append(
            f"DELETE {{ GRAPH {INDEX} {{ ?n ?p ?o }} }} WHERE {{ GRAPH {INDEX} {{ "
            f"VALUES ?n {{ {nodes} }} ?n ?p ?o }} }}"
        )
    stale = [_triple_text(t) for t in removed]
    lines = [_triple_text(t) for t in added]
    for key, total in result.items():
        if not total.alive(key):
            continue
        if key not in existing:
            lines += [_triple_text(t) for t in node_triples(key, total)]
            continue
        node = node_iri(key)
        wanted = {t[1].value: str(t[2]) for t in counter_triples(key, total)}
        for predicate in COUNTERS:
            have, want = stored.get((node, predicate), []), wanted.get(predicate)
            if have == ([want] if want is not None else []):
                continue  # unchanged: neither deleted nor written
            stale += [f"<{node}> <{predicate}> {value} ." for value in have]
            if want is not None:
                lines.append(f"<{node}> <{predicate}> {want} .")
    if stale:
        body = "\n".join(stale)
        parts.append(f"DELETE DATA {{ GRAPH {INDEX} {{\n{body}\n}} }}")
    if status == "empty":  # a marker of an older format goes
        parts.append(f"DELETE WHERE {{ GRAPH {INDEX} {{ {INDEX} <{CKG.indexFormat}> ?format }} }}")
        lines.append(_triple_text(marker_triple()))
    if lines:
        body = "\n".join(lines)
        parts.append(f"INSERT DATA {{ GRAPH {INDEX} {{\n{body}\n}} }}")
    return " ;\n".join(parts)
