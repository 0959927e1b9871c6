"""``entity-neighbours`` reads the ``ckg:involves`` links of the index graph: the same rows as
walking the four involvement properties of the entity's events over the union of the graphs,
whatever roles and places the sources give a merged event."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.binding import inject
from kg.namespaces import CKG, ID, ONTOLOGY_GRAPH, source_graph
from kg.ontology import ontology_graph
from kg.query import run, saved_query
from kg.store import open_store

# The walk: every statement of the entity's events, read from the union of the graphs.
WALKED = """
SELECT ?other (SAMPLE(?name) AS ?label) (COUNT(DISTINCT ?e) AS ?events) WHERE {
  ?e ckg:actor|ckg:target|ckg:participant|ckg:place ?entity .
  ?e ckg:actor|ckg:target|ckg:participant|ckg:place ?other .
  FILTER(?other != ?entity)
  OPTIONAL { ?other rdfs:label ?name }
}
GROUP BY ?other
"""
EVENTS = [f"{ID}event/n{i}" for i in range(4)]
ENTITIES = [f"{ID}entity/{name}" for name in ("a", "b", "c", "d")]
INVOLVED = [CKG.actor, CKG.target, CKG.participant, CKG.place]
report = st.tuples(
    st.sampled_from(EVENTS),
    st.lists(st.tuples(st.sampled_from(INVOLVED), st.sampled_from(ENTITIES)), max_size=3),
)
documents = st.lists(st.lists(report, min_size=1, max_size=3), min_size=1, max_size=3)


def as_graph(reports: list) -> Graph:
    graph = Graph()
    for event, involved in reports:
        node = URIRef(event)
        graph.add((node, RDF.type, CKG.Meeting))
        for prop, entity in involved:
            graph.add((node, prop, URIRef(entity)))
    for entity in ENTITIES[:2]:  # two of the entities have a label, the others none
        graph.add((URIRef(entity), RDFS.label, Literal(entity[-1:], lang="en")))
    return graph


def answers(store, text: str, entity: str) -> list[tuple[str, ...]]:
    result = run(store, inject(text, {"entity": URIRef(entity)}))
    names = [v.value for v in result.variables]
    return sorted(tuple("" if row[n] is None else str(row[n]) for n in names) for row in result)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_the_saved_query_finds_what_the_walk_over_the_union_finds(docs) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "s", create=True)
        try:
            graphs = [(ONTOLOGY_GRAPH, ontology_graph())]
            graphs += [(source_graph(f"doc-{i}"), as_graph(r)) for i, r in enumerate(docs)]
            store.replace_graphs(graphs)
            saved = saved_query("entity-neighbours").text
            for entity in ENTITIES:
                assert answers(store, saved, entity) == answers(store, WALKED, entity), entity
        finally:
            store.close()


def test_a_place_one_source_gives_pairs_with_an_actor_another_gives() -> None:
    a, place = ENTITIES[0], ENTITIES[3]
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "s", create=True)
        try:
            store.replace_graphs(
                [
                    (source_graph("doc-0"), as_graph([(EVENTS[0], [(CKG.actor, a)])])),
                    (source_graph("doc-1"), as_graph([(EVENTS[0], [(CKG.place, place)])])),
                ]
            )
            saved = saved_query("entity-neighbours").text
            found = answers(store, saved, a)
            assert [(row[0], row[2]) for row in found] == [(f"<{place}>", Literal(1).n3())]
            store.remove_graph(source_graph("doc-1"))
            assert answers(store, saved, a) == []
        finally:
            store.close()
