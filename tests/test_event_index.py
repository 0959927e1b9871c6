"""The in-memory merge index answers as the store does, whichever way it is fed."""

from __future__ import annotations


def _graph_of(store, name):
    from rdflib import Graph

    from kg.rdfterms import from_oxigraph

    graph = Graph()
    for quad in store.quads([name]):
        graph.add(tuple(from_oxigraph(t) for t in (quad.subject, quad.predicate, quad.object)))
    return graph


def test_the_in_memory_index_finds_what_the_store_finds(demo_store):
    from kg import dictionary
    from kg.build import document_facts
    from kg.event_index import EventIndex
    from kg.merge import match_existing
    from kg.resources import bundled
    from kg.sources import source_files

    index = EventIndex()
    for name in demo_store.graph_names():
        index.add(name, _graph_of(demo_store, name))
    found = dictionary.load()
    renamed = 0
    for path in source_files(bundled("sources")):
        facts = document_facts(path, found)
        from_store = match_existing(demo_store, facts)
        assert index.match(facts) == from_store, path.name
        renamed += sum(
            a.slug != b.slug for a, b in zip(facts.events, from_store.events, strict=True)
        )
    assert renamed > 0  # the corpus has events reported by several documents


def test_the_index_reads_quads_as_it_reads_triples(demo_store):
    from kg import dictionary
    from kg.build import document_facts
    from kg.event_index import EventIndex
    from kg.resources import bundled
    from kg.sources import source_files

    from_triples, from_quads = EventIndex(), EventIndex()
    for name in demo_store.graph_names():
        from_triples.add(name, _graph_of(demo_store, name))
        from_quads.add_quads(demo_store.quads([name]))
    assert len(from_quads) == len(from_triples) > 0
    found = dictionary.load()
    for path in source_files(bundled("sources")):
        facts = document_facts(path, found)
        assert from_quads.match(facts) == from_triples.match(facts), path.name


def contents(index):
    """What the index holds, order aside."""
    events = {index._subjects[row]: index._unpack(row) for row in range(len(index))}
    starting = {
        (kind, day): {index._subjects[row] for row in found}
        for kind, days in index._starting.items()
        for day, found in days.items()
        if found
    }
    return events, starting


def test_facts_feed_the_index_as_their_quads_do():
    import pyoxigraph as ox

    from kg import dictionary
    from kg.build import document_facts
    from kg.dates import DateSpan
    from kg.event_index import EventIndex
    from kg.model import Event, Evidence, Facts, Source, Status
    from kg.namespaces import source_graph
    from kg.quads import facts_quads
    from kg.resources import bundled
    from kg.sources import source_files

    found = dictionary.load()
    documents = [document_facts(path, found) for path in source_files(bundled("sources"))]
    evidence = (Evidence("made", "q", 0, 1, "curated", "0.1.0", 0.5),)
    range_ = DateSpan.parse(start="2024-11-11", end="2024-12")
    documents.append(
        Facts(
            Source("made", "q", "t", "en", "sha256:0"),
            (
                Event("Meeting", "a", evidence, range_, participants=("iran",), slug="x"),
                Event("Attack", "b", evidence, DateSpan.parse("2020"), actors=("iran",),
                      targets=("georgia",), place="georgia", status=Status.PLANNED, slug="x"),
                Event("Meeting", "c", evidence, None, participants=("iran",), slug="y"),
                Event("Meeting", "d", evidence, DateSpan.parse("2021-02-03"), slug="z"),
            ),
        )
    )  # fmt: skip
    from_facts, from_quads = EventIndex(), EventIndex()
    for facts in documents:
        facts = from_quads.match(facts)
        assert from_facts.match(facts) == facts
        from_facts.add_facts(facts)
        graph = ox.NamedNode(str(source_graph(facts.source.slug)))
        from_quads.add_quads(facts_quads(facts, graph))
        assert contents(from_facts) == contents(from_quads), facts.source.slug
    assert len(from_facts) > 100


def test_an_event_two_graphs_report_is_kept_as_the_union_of_what_each_says():
    import datetime as dt

    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF

    from kg.event_index import EventIndex
    from kg.merge import _Stored
    from kg.namespaces import CKG, ID

    event, entity = URIRef(f"{ID}event/x"), f"{ID}entity/"
    index = EventIndex()
    index.add(
        URIRef("g:one"),
        [
            (event, RDF.type, CKG.Meeting),
            (event, CKG.actor, URIRef(entity + "iran")),
            (event, CKG.status, CKG.Occurred),
            (event, CKG.earliestDate, Literal("2020-05-01")),
            (event, CKG.latestDate, Literal("2020-05-31")),
        ],
    )
    index.add(
        URIRef("g:two"),
        [
            (event, RDF.type, CKG.Attack),
            (event, CKG.target, URIRef(entity + "armenia")),
            (event, CKG.actor, URIRef(entity + "iran")),
            (event, CKG.place, URIRef(entity + "georgia")),
            (event, CKG.startDate, Literal("2020-05-03")),
            (event, CKG.earliestDate, Literal("2020-05-03")),
        ],
    )
    events, starting = contents(index)
    assert events == {
        str(event): _Stored(
            {entity + "iran", entity + "armenia"},
            {entity + "georgia"},
            True,
            {
                "g:one": (
                    {str(CKG.Meeting)},
                    {str(CKG.Occurred)},
                    {"2020-05-01"},
                    {"2020-05-31"},
                ),
                "g:two": ({str(CKG.Attack)}, set(), {"2020-05-03"}, set()),
            },
        )
    }
    days = [dt.date(2020, 5, d).toordinal() for d in (1, 3)]
    kinds = [str(CKG.Meeting), str(CKG.Attack)]
    assert starting == {(k, d): {str(event)} for k in kinds for d in days}
