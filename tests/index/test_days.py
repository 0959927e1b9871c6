"""The day rows of the start-year nodes give, for each day, the rows ``events-between``
answers that day, whatever classes, statuses, values, dates and labels the sources give a
merged event; where they cannot tell (a kind whose class is no event class, a date with a
time zone), they say so."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from kg.binding import inject
from kg.index.days import dyad_day_rows
from kg.namespaces import CKG, ID, INDEX_GRAPH, ONTOLOGY_GRAPH, source_graph
from kg.ontology import ontology_graph
from kg.query import run, saved_query
from kg.store import open_store
from tests.index.conftest import scratch_index, stored_index

EVENTS = [f"{ID}event/d{i}" for i in range(4)]
ENTITIES = [f"{ID}entity/{name}" for name in ("a", "b", "c")]
DAYS = ["2014-12-30", "2015-01-02", "2015-06-01", "2016-03-03"]
ZONED = "2015-06-01Z"
report = st.tuples(
    st.sampled_from(EVENTS),
    st.lists(st.sampled_from(ENTITIES), min_size=1, max_size=3),
    st.lists(st.sampled_from([CKG.Meeting, CKG.Attack, CKG.Event]), max_size=2),
    st.sampled_from([CKG.Occurred, CKG.Planned, None]),
    st.sampled_from(["-5.5", "2", None]),
    st.sampled_from(DAYS),
    st.booleans(),  # whether this source gives the event a label
)
documents = st.lists(st.lists(report, min_size=1, max_size=4), min_size=1, max_size=3)
RANGES = [("2015-01-01", "2015-12-31"), ("2014-12-31", "2015-06-01"), ("1900-01-01", "2100-12-31")]


def as_graph(reports: list, number: int) -> Graph:
    graph = Graph()
    for event, entities, classes, status, goldstein, first, labelled in reports:
        node = URIRef(event)
        for role, entity in zip((CKG.actor, CKG.target, CKG.participant), entities, strict=False):
            graph.add((node, role, URIRef(entity)))
        for kind in classes:
            graph.add((node, RDF.type, kind))
        if labelled:
            graph.add((node, RDFS.label, Literal(f"{event[-2:]} in {number}", lang="en")))
        if status is not None:
            graph.add((node, CKG.status, status))
        if goldstein is not None:
            graph.add((node, CKG.goldstein, Literal(goldstein, datatype=XSD.decimal)))
        graph.add((node, CKG.earliestDate, Literal(first, datatype=XSD.date)))
    return graph


def query_days(store, a: str, b: str, start: str, end: str) -> list[tuple[str, int]]:
    """The rows of each day, counted from the saved query's own rows."""
    bound = {
        "a": URIRef(a),
        "b": URIRef(b),
        "from": Literal(start, datatype=XSD.date),
        "to": Literal(end, datatype=XSD.date),
    }
    result = run(store, inject(saved_query("events-between").text, bound))
    return sorted(Counter(row["date"].value for row in result).items())


def filled(folder: str, docs: list, extra: Graph | None = None):
    store = open_store(Path(folder) / "s", create=True)
    graphs = [(ONTOLOGY_GRAPH, ontology_graph())]
    graphs += [(source_graph(f"doc-{i}"), as_graph(r, i)) for i, r in enumerate(docs)]
    store.replace_graphs(graphs)
    if extra is not None:
        store.replace_graph(source_graph("extra"), extra)
    return store


PAIRS = [(ENTITIES[0], ENTITIES[1]), (ENTITIES[2], ENTITIES[0]), (ENTITIES[1], ENTITIES[1])]


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_the_day_rows_are_the_rows_of_each_day(docs) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = filled(folder, docs)
        try:
            for start, end in RANGES:
                first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
                for a, b in PAIRS:
                    found = dyad_day_rows(store, a, b, first, last)
                    assert found == query_days(store, a, b, start, end), (a, b, start, end)
            # written a document at a time, they equal a reindex's
            store.remove_graph(source_graph("doc-0"))
            assert stored_index(store) == scratch_index(store)
            for a, b in PAIRS[:2]:
                found = dyad_day_rows(store, a, b, dt.date(1900, 1, 1), dt.date(2100, 12, 31))
                assert found == query_days(store, a, b, "1900-01-01", "2100-12-31")
        finally:
            store.close()


def day_rows(store) -> dict[str, str]:
    """The ``ckg:dayRows`` text of each start-year node, by the node's IRI."""
    return {
        q.subject.value: q.object.value
        for q in store.quads([INDEX_GRAPH])
        if q.predicate.value == str(CKG.dayRows)
    }


START = f"{ID}dyad/a--b/start/2015"


def test_a_start_year_node_keeps_one_row_per_kind_of_each_labelled_event(tmp_path) -> None:
    a, b = ENTITIES[:2]
    two_kinds = (EVENTS[0], [a, b], [CKG.Meeting, CKG.Attack], CKG.Occurred, "2", DAYS[1], True)
    no_label = (EVENTS[1], [a, b], [CKG.Meeting], CKG.Occurred, "2", DAYS[1], False)
    later = (EVENTS[2], [b, a], [CKG.Meeting], None, None, DAYS[2], True)
    store = filled(str(tmp_path), [[two_kinds, no_label, later]])
    try:
        assert day_rows(store)[START] == "2015-01-02=2 2015-06-01=1"
        store.replace_graph(source_graph("doc-0"), as_graph([no_label], 0))
        assert day_rows(store)[START] == ""  # the node stays: an event links to it
        assert stored_index(store) == scratch_index(store)
    finally:
        store.close()


def test_a_kind_of_no_event_class_leaves_the_count_to_the_rows(tmp_path) -> None:
    a, b = ENTITIES[:2]
    event = (EVENTS[0], [a, b], [CKG.Meeting], CKG.Occurred, "2", DAYS[1], True)
    other = (EVENTS[3], [ENTITIES[2], b], [CKG.Meeting], CKG.Occurred, "2", DAYS[1], True)
    store = filled(str(tmp_path), [[event, other]])
    try:
        whole = (dt.date(2015, 1, 1), dt.date(2015, 12, 31))
        assert dyad_day_rows(store, a, b, *whole) == [(DAYS[1], 1)]
        # another pair's event is also a prov:Entity (no event class): its kind gives no row
        typed = Graph()
        typed.add((URIRef(EVENTS[3]), RDF.type, PROV.Entity))
        store.replace_graph(source_graph("typed"), typed)
        assert dyad_day_rows(store, a, b, *whole) is None
        assert query_days(store, a, b, "2015-01-01", "2015-12-31") == [(DAYS[1], 1)]
    finally:
        store.close()


def test_a_date_with_a_time_zone_leaves_the_count_to_the_rows(tmp_path) -> None:
    a, b = ENTITIES[:2]
    event = (EVENTS[0], [a, b], [CKG.Meeting], CKG.Occurred, "2", DAYS[1], True)
    store = filled(str(tmp_path), [[event]])
    try:
        # as quads: an rdflib graph's date loses its zone on the way (kg.index.state.fact_value)
        name = source_graph("zoned")
        zoned = ox.Literal(ZONED, datatype=ox.NamedNode(str(XSD.date)))
        subject, predicate = ox.NamedNode(EVENTS[0]), ox.NamedNode(str(CKG.earliestDate))
        store.replace_quads(name, [ox.Quad(subject, predicate, zoned, ox.NamedNode(str(name)))])
        assert ZONED + "=1" in day_rows(store)[START]
        assert dyad_day_rows(store, a, b, dt.date(2015, 1, 1), dt.date(2015, 12, 31)) is None
        # another year's days are not read
        assert dyad_day_rows(store, a, b, dt.date(2016, 1, 1), dt.date(2016, 12, 31)) == []
    finally:
        store.close()
