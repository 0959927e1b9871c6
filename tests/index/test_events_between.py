"""``events-between`` reads each event once from the index graph (its dates, label and kinds)
through the pair's start-year nodes: the same rows as the plain walk over the dyad's events
and as the previous saved query (which read the union of the graphs), whatever dates, classes,
values and labels the sources give a merged event; the label shown is the smallest."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from kg.binding import inject
from kg.namespaces import CKG, ID, ONTOLOGY_GRAPH, source_graph
from kg.ontology import ontology_graph
from kg.query import run, saved_query
from kg.store import open_store

# The plain form: every event of the pair's dyad with its class walked up to ckg:Event.
THROUGH_THE_DYAD = """
SELECT ?date ?type (SAMPLE(?label) AS ?event) ?goldstein ?status ?e WHERE {
  ?dyad ckg:member ?a, ?b .
  ?e ckg:dyad ?dyad ;
     a ?class ; rdfs:label ?label ; ckg:earliestDate ?date .
  ?class rdfs:subClassOf* ckg:Event .
  OPTIONAL { ?e ckg:goldstein ?goldstein }
  OPTIONAL { ?e ckg:status ?s }
  FILTER(?a != ?b && ?date >= ?from && ?date <= ?to)
  BIND(STRAFTER(STR(?class), "#") AS ?type)
  BIND(STRAFTER(STR(?s), "#") AS ?status)
}
GROUP BY ?date ?type ?goldstein ?status ?e
"""

# The previous saved query (index format 3): the union of the graphs, grouped again.
PREVIOUS = """
SELECT ?date ?type ?event ?goldstein ?status ?e WHERE {
  { SELECT ?date ?class (SAMPLE(?label) AS ?event) ?goldstein ?s ?e WHERE {
      ?dyad ckg:member ?a, ?b .
      FILTER(?a != ?b)
      ?e ckg:dyad ?dyad ; ckg:earliestDate ?date .
      FILTER(?date >= ?from && ?date <= ?to)
      ?e a ?class ; rdfs:label ?label .
      { SELECT ?class WHERE { ?class rdfs:subClassOf* ckg:Event } }
      OPTIONAL { ?e ckg:goldstein ?goldstein }
      OPTIONAL { ?e ckg:status ?s }
    }
    GROUP BY ?date ?class ?goldstein ?s ?e }
  BIND(STRAFTER(STR(?class), "#") AS ?type)
  BIND(STRAFTER(STR(?s), "#") AS ?status)
}
"""
EVENTS = [f"{ID}event/y{i}" for i in range(3)]
ENTITIES = [f"{ID}entity/{name}" for name in ("a", "b", "c")]
DAYS = ["2014-12-30", "2015-01-02", "2015-06-01", "2016-03-03", "2018-07-07"]
report = st.tuples(
    st.sampled_from(EVENTS),
    st.lists(st.sampled_from(ENTITIES), min_size=1, max_size=3),
    # prov:Entity is a class above ckg:Event, not an event class: no row shows it
    st.sampled_from([CKG.Meeting, CKG.Attack, CKG.Event, PROV.Entity]),
    st.sampled_from([CKG.Occurred, CKG.Planned]),
    st.sampled_from(["-5.5", "2"]),
    st.lists(st.sampled_from(DAYS), min_size=2, max_size=2).map(sorted),
    st.sampled_from(["en", "ru", None]),  # the language of this source's label
)
documents = st.lists(st.lists(report, min_size=1, max_size=3), min_size=1, max_size=3)
RANGES = [
    ("2015-01-01", "2015-12-31"),
    ("2014-12-31", "2015-01-02"),
    ("2015-06-01", "2016-03-03"),  # bounds that are event days
    ("2016-01-01", "2020-12-31"),
]


def as_graph(reports: list, number: int) -> Graph:
    graph = Graph()
    for event, entities, kind, status, goldstein, (first, last), language in reports:
        node = URIRef(event)
        for role, entity in zip((CKG.actor, CKG.target, CKG.participant), entities, strict=False):
            graph.add((node, role, URIRef(entity)))
        graph.add((node, RDF.type, kind))
        graph.add((node, RDFS.label, Literal(f"{event[-2:]} in source {number}", lang=language)))
        graph.add((node, CKG.status, status))
        graph.add((node, CKG.goldstein, Literal(goldstein, datatype=XSD.decimal)))
        graph.add((node, CKG.earliestDate, Literal(first, datatype=XSD.date)))
        graph.add((node, CKG.latestDate, Literal(last, datatype=XSD.date)))
    return graph


def smallest_label(docs: list, event: str) -> str:
    """The label the saved query shows for an event (N-Triples text): of those the sources
    give it (see ``as_graph``), the smallest by text, then language tag (none first)."""
    text, language = min(
        (f"{node[-2:]} in source {number}", language or "")
        for number, reports in enumerate(docs)
        for node, *_rest, language in reports
        if f"<{node}>" == event
    )
    return Literal(text, lang=language or None).n3()


def answers(
    store, text: str, a: str, b: str, start: str, end: str, label: bool = False
) -> list[tuple[str, ...]]:
    bound = {
        "a": URIRef(a),
        "b": URIRef(b),
        "from": Literal(start, datatype=XSD.date),
        "to": Literal(end, datatype=XSD.date),
    }
    result = run(store, inject(text, bound))
    names = [v.value for v in result.variables if label or v.value != "event"]  # sampled
    return sorted(tuple("" if row[n] is None else str(row[n]) for n in names) for row in result)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_the_saved_query_finds_what_the_plain_walk_over_the_dyad_finds(docs) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "s", create=True)
        try:
            graphs = [(ONTOLOGY_GRAPH, ontology_graph())]
            graphs += [(source_graph(f"doc-{i}"), as_graph(r, i)) for i, r in enumerate(docs)]
            store.replace_graphs(graphs)
            saved = saved_query("events-between").text
            for start, end in RANGES:
                for a, b in ((ENTITIES[0], ENTITIES[1]), (ENTITIES[2], ENTITIES[0])):
                    expected = answers(store, THROUGH_THE_DYAD, a, b, start, end)
                    assert answers(store, saved, a, b, start, end) == expected
                    assert answers(store, PREVIOUS, a, b, start, end) == expected
                    for row in answers(store, saved, a, b, start, end, label=True):
                        assert row[2] == smallest_label(docs, row[-1]), row
        finally:
            store.close()


def day(text: str) -> str:
    return Literal(text, datatype=XSD.date).n3()


def test_a_merged_event_is_found_by_the_date_each_source_gives() -> None:
    a, b = ENTITIES[0], ENTITIES[1]
    first = (EVENTS[0], [a, b], CKG.Meeting, CKG.Occurred, "2", ["2014-12-30"] * 2, "en")
    second = (EVENTS[0], [b], CKG.Meeting, CKG.Occurred, "2", ["2015-06-01"] * 2, "en")
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "s", create=True)
        try:
            graphs = [(ONTOLOGY_GRAPH, ontology_graph())]
            graphs += [
                (source_graph(f"doc-{i}"), as_graph([r], i)) for i, r in enumerate([first, second])
            ]
            store.replace_graphs(graphs)
            saved = saved_query("events-between").text
            found = answers(store, saved, b, a, "2015-01-01", "2015-12-31")
            assert [row[:2] for row in found] == [(day("2015-06-01"), '"Meeting"')]
            found = answers(store, saved, a, b, "2014-01-01", "2015-12-31")
            assert [row[0] for row in found] == [day("2014-12-30"), day("2015-06-01")]
        finally:
            store.close()
