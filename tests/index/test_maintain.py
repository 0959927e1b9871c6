"""Every write keeps the index graph equal to what ``kg reindex`` computes from scratch."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.analysis.sample import build_sample, sample_facts
from kg.errors import StoreError
from kg.index.compute import INDEX_FORMAT
from kg.index.rebuild import reindex
from kg.index.status import index_status, require_index
from kg.index.writes import insert_quads
from kg.namespaces import CKG, ID, INDEX_GRAPH, source_graph
from kg.store import open_store
from kg.triples import facts_graph
from tests.index.conftest import scratch_index, stored_index

EVENT = f"{ID}event/"
ENTITY = f"{ID}entity/"
DYAD = f"<{CKG.dyad}>"
MARKER = {f'<{INDEX_GRAPH}> <{CKG.indexFormat}> "{INDEX_FORMAT}"'}


def dyads_of_event(store, event: str) -> set[str]:
    return {
        line.split()[2].rsplit("/", 1)[-1][:-1]
        for line in stored_index(store)
        if line.startswith(f"<{event}> {DYAD}")
    }


def test_a_merged_event_pairs_entities_named_by_different_sources(tmp_path: Path) -> None:
    store = build_sample(open_store(tmp_path / "s", create=True))
    try:
        first = sample_facts()[0]  # e1: alpha acts on bravo
        e1 = first.events[0]
        other = replace(e1, actors=(), targets=(), participants=("charlie",))
        store.replace_graph(source_graph("second"), facts_graph(replace(first, events=(other,))))
        # alpha is named only by the first source, charlie only by the second
        assert dyads_of_event(store, EVENT + "e1") == {
            "alpha--bravo",
            "alpha--charlie",
            "bravo--charlie",
        }
        assert stored_index(store) == scratch_index(store)
        store.remove_graph(source_graph(first.source.slug))
        assert dyads_of_event(store, EVENT + "e1") == set()  # only charlie is left
        assert stored_index(store) == scratch_index(store)
        store.remove_graph(source_graph("second"))
        assert stored_index(store) == scratch_index(store)
    finally:
        store.close()


# what the index may say of an event: links, merge keys and the answer rows' one copy
EVENT_LINKS = {DYAD} | {
    f"<{CKG[p]}>"
    for p in (
        "mergeKey",
        "inClassYear",
        "inDyadYear",
        "indexKind",
        "indexDate",
        "indexLabel",
        "involves",
    )
}


def test_index_graph_holds_no_counter_on_entities_or_events(tmp_path: Path) -> None:
    store = build_sample(open_store(tmp_path / "s", create=True))
    try:
        subjects = {line.split()[0] for line in stored_index(store)}
        events = {s for s in subjects if s.startswith(f"<{EVENT}")}
        assert not {s for s in subjects if s.startswith(f"<{ENTITY}")}
        for line in stored_index(store):
            if line.split()[0] in events:
                assert line.split()[1] in EVENT_LINKS
    finally:
        store.close()


# A small world of events, entities, dates and values that sources may report differently.
EVENTS = [f"{EVENT}p{i}" for i in range(4)]
ENTITIES = [f"{ENTITY}{name}" for name in ("a", "b", "c", "d")]
# ckg:place is no role, but the index links an event to it (ckg:involves)
ROLES = [CKG.actor, CKG.target, CKG.participant, CKG.place]
STATUSES = [CKG.Occurred, CKG.Planned]
CLASSES = [CKG.Meeting, CKG.Attack]
DATES = ["2014-12-30", "2015-01-02", "2015-06-01", "2016-03-03"]
report = st.tuples(
    st.sampled_from(EVENTS),
    st.lists(st.tuples(st.sampled_from(ROLES), st.sampled_from(ENTITIES)), max_size=3),
    st.sampled_from(STATUSES),
    st.sampled_from(["-5.5", "0", "2.5", "7"]),
    st.lists(st.sampled_from(DATES), min_size=2, max_size=2).map(sorted),
    st.lists(st.sampled_from(CLASSES), max_size=2),  # a source may leave the class to another
    st.booleans(),  # a source may give the event its class (and label) and nothing else
    st.sampled_from([None, ("Talks", "en"), ("Talks", None), ("Alpha", "ru")]),  # the label
)
document = st.lists(report, max_size=3)
operation = st.one_of(
    st.tuples(st.just("ingest"), st.integers(0, 2), document),
    st.tuples(st.just("ingest quads"), st.integers(0, 2), document),
    st.tuples(st.just("remove"), st.integers(0, 2), st.just([])),
    st.tuples(st.just("import"), st.integers(0, 1), document),
)


def as_graph(reports: list) -> Graph:
    graph = Graph()
    for event, roles, status, goldstein, (first, last), classes, class_only, label in reports:
        node = URIRef(event)
        for kind in classes:
            graph.add((node, RDF.type, kind))
        if label is not None:
            graph.add((node, RDFS.label, Literal(label[0], lang=label[1])))
        if class_only:
            continue
        for prop, entity in roles:
            graph.add((node, prop, URIRef(entity)))
        graph.add((node, CKG.status, status))
        graph.add((node, CKG.goldstein, Literal(goldstein, datatype=XSD.decimal)))
        graph.add((node, CKG.earliestDate, Literal(first, datatype=XSD.date)))
        graph.add((node, CKG.latestDate, Literal(last, datatype=XSD.date)))
    return graph


def as_quads(reports: list, graph: str) -> list[ox.Quad]:
    name = ox.NamedNode(graph)
    return [
        ox.Quad(
            ox.NamedNode(str(s)),
            ox.NamedNode(str(p)),
            ox.NamedNode(str(o))
            if isinstance(o, URIRef)
            else ox.Literal(str(o), language=o.language)
            if o.language
            else ox.Literal(str(o), datatype=ox.NamedNode(str(o.datatype or XSD.string))),
            name,
        )
        for s, p, o in as_graph(reports)
    ]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operation, min_size=1, max_size=6))
def test_any_sequence_of_writes_keeps_the_index_equal_to_a_reindex(operations) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "s", create=True)
        try:
            for kind, number, reports in operations:
                if kind == "ingest":
                    store.replace_graph(source_graph(f"doc-{number}"), as_graph(reports))
                elif kind == "ingest quads":
                    name = source_graph(f"doc-{number}")
                    store.replace_quads(name, as_quads(reports, str(name)))
                elif kind == "remove":
                    store.remove_graph(source_graph(f"doc-{number}"))
                else:
                    store.add_quads(as_quads(reports, f"{ID}import/file-{number}"))
                # an empty store may not have written the "complete" marker yet
                assert index_status(store) != "missing", (kind, number)
                assert stored_index(store) - MARKER == scratch_index(store) - MARKER
        finally:
            store.close()


def test_insert_quads_writes_back_exactly_the_quads_it_is_given() -> None:
    # each graph's lines come from the N-Quads serializer with the graph name cut off: a
    # literal that holds the text of a line's end must keep it
    graph = ox.NamedNode(f"{ID}graph/g")
    node, label = ox.NamedNode(f"{EVENT}p0"), ox.NamedNode(str(RDFS.label))
    texts = [f"ends as a line: {graph} .", f"{graph} .\n{graph} .", "tab\t\\ </script> \x00"]
    quads = [ox.Quad(node, label, ox.Literal(t), graph) for t in texts]
    quads += [
        ox.Quad(ox.BlankNode("b0"), label, ox.Literal("Թալիշ", language="hy"), graph),
        ox.Quad(node, label, ox.Literal(f"{graph} .")),  # the default graph
        ox.Quad(node, label, ox.Literal("2", datatype=ox.NamedNode(str(XSD.integer))), graph),
    ]
    store = ox.Store()
    store.update(insert_quads(quads))
    written = {(q.subject, q.predicate, q.object, q.graph_name) for q in store}
    assert len(written) == len(quads)
    assert {(q.predicate, q.object, q.graph_name) for q in quads} == {w[1:] for w in written}


def test_a_store_without_index_asks_for_reindex_and_is_left_alone(tmp_path: Path) -> None:
    store = build_sample(open_store(tmp_path / "s", create=True))
    try:
        store.remove_graph(INDEX_GRAPH)  # as a store made before the index existed
        assert index_status(store) == "missing"
        with pytest.raises(StoreError, match="run 'kg reindex'"):
            require_index(store)
        first = sample_facts()[0]
        store.replace_graph(source_graph("again"), facts_graph(first))
        assert stored_index(store) == set()  # no half index from one write
        assert reindex(store) == len(scratch_index(store))
        assert index_status(store) == "ready"
        assert stored_index(store) == scratch_index(store)
    finally:
        store.close()


def test_an_index_of_the_format_before_merge_keys_asks_for_reindex(tmp_path: Path) -> None:
    build_sample(open_store(tmp_path / "s", create=True)).close()
    raw = ox.Store(str(tmp_path / "s"))
    index = f"<{INDEX_GRAPH}>"
    raw.update(  # what a store built before the merge keys holds
        f"DELETE WHERE {{ GRAPH {index} {{ ?e <{CKG.mergeKey}> ?k }} }} ;\n"
        f"DELETE WHERE {{ GRAPH {index} {{ {index} <{CKG.indexFormat}> ?f }} }} ;\n"
        f'INSERT DATA {{ GRAPH {index} {{ {index} <{CKG.indexFormat}> "1" }} }}'
    )
    raw.flush()
    del raw
    store = open_store(tmp_path / "s")
    try:
        assert index_status(store) == "missing"
        with pytest.raises(StoreError, match="older format; run 'kg reindex'"):
            require_index(store)
        reindex(store)
        assert index_status(store) == "ready"
        assert stored_index(store) == scratch_index(store)
        assert any(f"<{CKG.mergeKey}>" in line for line in stored_index(store))
    finally:
        store.close()


@pytest.mark.parametrize(
    ("left_out", "old_format"),
    # before the answer rows, before the links, before the day rows, before the class-year
    # counts under their own property
    [(CKG.indexDate, "3"), (CKG.involves, "4"), (CKG.dayRows, "5"), (CKG.classYearCount, "6")],
)
def test_an_index_of_an_older_format_asks_for_reindex(
    tmp_path: Path, left_out: URIRef, old_format: str
) -> None:
    from kg.query import run_saved

    build_sample(open_store(tmp_path / "s", create=True)).close()
    raw = ox.Store(str(tmp_path / "s"))
    index = f"<{INDEX_GRAPH}>"
    raw.update(  # what a store of that index format holds
        f"DELETE WHERE {{ GRAPH {index} {{ ?e <{left_out}> ?d }} }} ;\n"
        f"DELETE WHERE {{ GRAPH {index} {{ {index} <{CKG.indexFormat}> ?f }} }} ;\n"
        f'INSERT DATA {{ GRAPH {index} {{ {index} <{CKG.indexFormat}> "{old_format}" }} }}'
    )
    raw.flush()
    del raw
    store = open_store(tmp_path / "s")
    try:
        pair = {"a": f"{ENTITY}alpha", "b": f"{ENTITY}bravo"}
        with pytest.raises(StoreError, match="older format; run 'kg reindex'"):
            run_saved(store, "events-between", pair)
        reindex(store)
        assert stored_index(store) == scratch_index(store)
        assert list(run_saved(store, "events-between", pair))
    finally:
        store.close()


@pytest.mark.parametrize(
    "dates",
    [
        [("2015-01-02", "2015-01-02"), ("2015-06-01", "2015-06-01")],  # moves later
        [("2015-06-01", "2015-06-01"), ("2015-01-02", "2015-06-01")],  # widens
        [("2015-01-02", "2015-06-01"), ("2015-06-01", "2015-06-01")],  # narrows
    ],
)
def test_a_dyad_bound_follows_its_only_event_whose_dates_change(tmp_path: Path, dates) -> None:
    store = open_store(tmp_path / "s", create=True)
    try:
        roles = [(CKG.actor, ENTITIES[0]), (CKG.target, ENTITIES[1])]
        for first, last in dates:
            report = (
                EVENTS[0],
                roles,
                CKG.Occurred,
                "2.5",
                (first, last),
                [CKG.Meeting],
                False,
                None,
            )
            store.replace_graph(source_graph("doc-0"), as_graph([report]))
            assert stored_index(store) == scratch_index(store)
            bounds = {line.split()[2] for line in stored_index(store) if "EventDate>" in line}
            assert bounds == {f'"{d}"^^<{XSD.date}>' for d in (first, last)}
    finally:
        store.close()


def test_a_class_given_by_one_source_counts_with_a_date_another_gives(tmp_path: Path) -> None:
    # the event has no role anywhere: only the class-year counts read it
    store = open_store(tmp_path / "s", create=True)
    try:
        day = ("2015-01-02", "2015-01-02")
        dated = (EVENTS[0], [], CKG.Planned, "0", day, [], False, None)
        store.replace_graph(source_graph("doc-0"), as_graph([dated]))
        classed = (EVENTS[0], [], CKG.Planned, "0", day, [CKG.Attack], True, None)
        for write in ("class", "class again", "remove"):
            if write == "remove":
                store.remove_graph(source_graph("doc-1"))
            else:
                store.replace_graph(source_graph("doc-1"), as_graph([classed]))
            counts = {line for line in stored_index(store) if "/classyear/Attack/2015>" in line}
            assert bool(counts) == (write != "remove"), write
            assert stored_index(store) == scratch_index(store), write
    finally:
        store.close()


def test_an_ill_typed_date_written_from_rdflib_indexes_as_a_reindex_reads_it(
    tmp_path: Path,
) -> None:
    """rdflib gives ``"2015-02-30"^^xsd:date`` no Python value; the write path must still read
    the text the store holds, as ``kg reindex`` does."""
    store = open_store(tmp_path / "s", create=True)
    try:
        roles = [(CKG.actor, ENTITIES[0]), (CKG.target, ENTITIES[1])]
        bad = ("2015-02-30", "2015-02-30")
        report = (EVENTS[0], roles, CKG.Occurred, "2.5", bad, [CKG.Meeting], False, None)
        store.replace_graph(source_graph("doc-0"), as_graph([report]))
        assert stored_index(store) == scratch_index(store)
    finally:
        store.close()
