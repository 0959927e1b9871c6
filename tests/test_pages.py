"""A saved query's answer a page at a time: each page is the slice of the whole answer, the
count is the whole answer's, and ``events-between`` evaluates only the days of its page."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from kg.errors import QueryError
from kg.namespaces import CKG, ID, ONTOLOGY_GRAPH, source_graph
from kg.ontology import ontology_graph
from kg.pages import answer_page, count_rows, paging
from kg.query import run, saved_query
from kg.store import EmbeddedStore, open_store

A, B, C = (f"{ID}entity/{name}" for name in ("a", "b", "c"))
DAYS = ["2014-12-31", "2015-01-01", "2015-01-02", "2015-06-01", "2016-01-01", "2017-12-31"]
KINDS = [CKG.Meeting, CKG.Attack, CKG.Protest]
event = st.tuples(
    st.sampled_from(DAYS),
    st.sampled_from(KINDS),
    st.sampled_from(["same label", "other label", "zz"]),
    st.sampled_from([A, C]),
)


def pair_graph(events: list[tuple[str, URIRef, str, str]]) -> Graph:
    """Events between ``A`` (or ``C``) and ``B``, several on one day with one label."""
    graph = Graph()
    for number, (day, kind, label, actor) in enumerate(events):
        node = URIRef(f"{ID}event/p{number:03d}")
        graph.add((node, RDF.type, kind))
        graph.add((node, CKG.actor, URIRef(actor)))
        graph.add((node, CKG.target, URIRef(B)))
        graph.add((node, RDFS.label, Literal(label, lang="en")))
        graph.add((node, CKG.status, CKG.Occurred))
        graph.add((node, CKG.goldstein, Literal(str(number % 3), datatype=XSD.decimal)))
        graph.add((node, CKG.earliestDate, Literal(day, datatype=XSD.date)))
        graph.add((node, CKG.latestDate, Literal(day, datatype=XSD.date)))
    return graph


def filled(folder: str, events: list) -> EmbeddedStore:
    store = open_store(Path(folder) / "s", create=True)
    store.replace_graphs(
        [(ONTOLOGY_GRAPH, ontology_graph()), (source_graph("d"), pair_graph(events))]
    )
    return store


VALUES = {"a": A, "b": B, "from": "2015", "to": "2016"}
FIXED = [(DAYS[i % len(DAYS)], KINDS[i % 3], ["zz", "same label"][i % 2], A) for i in range(40)]


@pytest.fixture(scope="module")
def pair_store() -> Iterator[EmbeddedStore]:
    with tempfile.TemporaryDirectory() as folder:
        store = filled(folder, FIXED)
        yield store
        store.close()


def text(rows: list[list]) -> list[list[str]]:
    return [["" if term is None else str(term) for term in row] for row in rows]


def engine_rows(store, query: str) -> list[list[str]]:
    """The rows in the order of the query's own ORDER BY, evaluated by Oxigraph."""
    result = run(store, query)
    return text([[s[v] for v in result.variables] for s in result])


def test_the_whole_answer_comes_in_the_order_of_the_query_text(pair_store) -> None:
    saved = saved_query("events-between")
    expected = engine_rows(pair_store, saved.bind(VALUES))
    found = answer_page(pair_store, saved, VALUES)
    assert len(found.rows) >= 20 and text(found.rows) == expected
    assert found.total is None
    assert answer_page(pair_store, saved, VALUES, count=True).total == len(expected)


@pytest.mark.parametrize("limit", [0, 1, 3, 7, 20, 50, None])
@pytest.mark.parametrize("offset", [0, 1, 5, 6, 19, 20, 25])
@pytest.mark.parametrize("count", [False, True])
def test_a_page_is_the_slice_of_the_whole_answer(pair_store, limit, offset, count) -> None:
    saved = saved_query("events-between")
    whole = text(answer_page(pair_store, saved, VALUES).rows)
    page = answer_page(pair_store, saved, VALUES, limit=limit, offset=offset, count=count)
    end = None if limit is None else offset + limit
    assert text(page.rows) == whole[offset:end]
    assert page.offset == offset and page.variables[0] == "date"
    if count:
        assert page.total == len(whole)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(event, max_size=30),
    st.integers(0, 35),
    st.integers(0, 12),
    st.sampled_from([("2015", "2016"), ("2014-12-31", "2015-01-01"), ("2015-01-02", "2017")]),
)
def test_pages_of_any_answer_are_its_slices(events, offset, limit, bounds) -> None:
    values = {**VALUES, "from": bounds[0], "to": bounds[1]}
    with tempfile.TemporaryDirectory() as folder:
        store = filled(folder, events)
        try:
            saved = saved_query("events-between")
            whole = engine_rows(store, saved.bind(values))
            page = answer_page(store, saved, values, limit=limit, offset=offset, count=True)
            assert text(page.rows) == whole[offset : offset + limit]
            assert page.total == len(whole) == count_rows(store, saved, values)
        finally:
            store.close()


class Recording:
    """A store that remembers the queries it evaluates."""

    def __init__(self, store: EmbeddedStore):
        self.store, self.queries = store, []

    def select(self, query: str):
        self.queries.append(query)
        return self.store.select(query)


def test_a_page_evaluates_its_own_days_only(pair_store) -> None:
    saved = saved_query("events-between")
    whole = answer_page(pair_store, saved, VALUES).rows
    recording = Recording(pair_store)
    page = answer_page(recording, saved, VALUES, limit=2, offset=4)
    assert text(page.rows) == text(whole[4:6])
    last = recording.queries[-1]  # the rows: bounded by the page's days, not the range's
    days = {str(row[0].value) for row in page.rows}
    assert set(re.findall(r'"(\d{4}-\d\d-\d\d)"\^\^', last)) == days
    assert "2016-12-31" not in last  # the range's own end
    assert any(str(CKG.dayRows) in query for query in recording.queries[:-1])  # day counts


def test_a_page_and_the_count_read_the_day_rows_not_the_rows(pair_store) -> None:
    saved = saved_query("events-between")
    whole = answer_page(pair_store, saved, VALUES).rows
    recording = Recording(pair_store)
    page = answer_page(recording, saved, VALUES, limit=3, offset=10, count=True)
    assert text(page.rows) == text(whole[10:13]) and page.total == len(whole)
    assert count_rows(recording, saved, VALUES) == len(whole)
    assert not any("AS ?rows" in query for query in recording.queries)  # no rows counted
    assert sum(str(CKG.dayRows) in query for query in recording.queries) == 2


def test_a_kind_of_no_event_class_leaves_the_count_to_the_rows() -> None:
    typed = Graph()  # an event of another pair is also a prov:Entity: its kind shows no row
    typed.add((URIRef(f"{ID}event/other"), RDF.type, PROV.Entity))
    typed.add((URIRef(f"{ID}event/other"), CKG.actor, URIRef(C)))
    typed.add((URIRef(f"{ID}event/other"), CKG.target, URIRef(A)))
    with tempfile.TemporaryDirectory() as folder:
        store = filled(folder, FIXED)
        try:
            store.replace_graph(source_graph("typed"), typed)
            saved = saved_query("events-between")
            whole = engine_rows(store, saved.bind(VALUES))
            recording = Recording(store)
            page = answer_page(recording, saved, VALUES, limit=5, offset=3, count=True)
            assert text(page.rows) == whole[3:8] and page.total == len(whole)
            assert count_rows(recording, saved, VALUES) == len(whole)
            assert any("GROUP BY ?date" in query for query in recording.queries)
        finally:
            store.close()


def test_a_query_without_paging_lines_is_paged_by_limit_and_offset(demo_store) -> None:
    saved = saved_query("claims-about")
    assert paging(saved).day_column is None
    values = {"about": "russia"}
    whole = text(answer_page(demo_store, saved, values).rows)
    assert len(whole) >= 3
    for offset, limit in [(0, 2), (1, 1), (len(whole) - 1, 5), (len(whole) + 3, 2)]:
        page = answer_page(demo_store, saved, values, limit=limit, offset=offset, count=True)
        assert text(page.rows) == whole[offset : offset + limit]
        assert page.total == len(whole)


def test_bad_limits_are_clear_errors(pair_store) -> None:
    saved = saved_query("events-between")
    for limit, offset in [(-1, 0), (1, -2)]:
        with pytest.raises(QueryError, match="whole numbers from 0"):
            answer_page(pair_store, saved, VALUES, limit=limit, offset=offset)


def test_a_query_with_its_own_limit_is_paged_within_it(demo_store) -> None:
    from kg.query import SavedQuery

    query = (
        "SELECT ?e ?label WHERE { ?e a ckg:Country ; rdfs:label ?label }\n"
        "ORDER BY ?label ?e\nLIMIT 6"
    )
    saved = SavedQuery("countries", "Six country labels.", query)
    whole = engine_rows(demo_store, query)
    assert len(whole) == 6
    for offset, limit in [(0, 2), (4, 5), (7, 1)]:
        page = answer_page(demo_store, saved, {}, limit=limit, offset=offset, count=True)
        assert text(page.rows) == whole[offset : offset + limit]
        assert page.total == 6


def test_a_query_sorted_by_kg_with_a_descending_column_keeps_the_engines_order(
    demo_store, monkeypatch
) -> None:
    import kg.pages

    saved = saved_query("entity-neighbours")
    assert paging(saved).sort_in_kg
    values = {"entity": "iran"}
    expected = engine_rows(demo_store, saved.bind(values))
    assert len(expected) >= 3
    assert len({row[2] for row in expected}) < len(expected)  # ties on ?events, broken by ?other
    queries: list[str] = []

    def recorded(store, query: str):
        queries.append(query)
        return run(store, query)

    monkeypatch.setattr(kg.pages, "run", recorded)
    assert text(answer_page(demo_store, saved, values).rows) == expected
    assert queries and all("ORDER BY" not in q for q in queries)  # kg sorted them
