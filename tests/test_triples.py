"""Model -> RDF -> store -> Turtle -> parse: isomorphic, whatever the text holds."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.dates import DateSpan
from kg.export import export
from kg.model import Claim, Event, Evidence, Facts, Source, Status
from kg.namespaces import source_graph
from kg.store import open_store
from kg.triples import facts_graph

TRICKY = [
    '"""',
    "back\\slash",
    "line\nbreak",
    "</script>",
    "<img src=x onerror=alert(1)>",
    "href",
    "Azərbaycan",
    "Азербайджан",
    "Ադրբեջան",
    "აზერბაიჯანი",
    "آذربایجان",
    "\\u0022",
]
text = st.one_of(
    st.sampled_from(TRICKY),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30),
)
slugs = st.sampled_from(["azerbaijan", "iran", "armenia", "georgia", "russia", "turkey"])
dates = st.sampled_from([None, "2023-01-27", "2015-04", "2008"]).map(
    lambda d: DateSpan.parse(d) if d else None
)


@st.composite
def facts(draw):
    quote = draw(text)
    body = f"{draw(text)} {quote} {draw(text)}"
    start = body.index(quote)
    source = Source(
        "doc",
        body,
        draw(text),
        draw(st.sampled_from(["en", "az", "ru"])),
        "sha256:0",
        url="https://example.org/a",
    )
    evidence = (
        Evidence(
            "doc", quote, start, start + len(quote), "curated", "0.1.0", draw(st.floats(0, 1))
        ),
    )
    events = tuple(
        Event(
            draw(st.sampled_from(["Attack", "Meeting", "Agreement"])),
            draw(text),
            evidence,
            draw(dates),
            actors=(draw(slugs),),
            targets=(draw(slugs),),
            status=draw(st.sampled_from(list(Status))),
            slug=f"e{i}",
        )
        for i in range(draw(st.integers(1, 3)))
    )
    claims = (Claim(draw(slugs), (draw(slugs),), draw(text), "en", evidence, slug="c0"),)
    return Facts(source, events, claims, mentions=(draw(slugs),))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(document=facts())
def test_facts_round_trip_through_the_store_and_turtle(tmp_path_factory, document):
    store = open_store(tmp_path_factory.mktemp("rt") / "s", create=True)
    try:
        expected = facts_graph(document)
        store.replace_graph(source_graph("doc"), expected)
        buffer = io.BytesIO()
        export(store, buffer, fmt="turtle")
        assert isomorphic(Graph().parse(data=buffer.getvalue(), format="turtle"), expected)
    finally:
        store.close()


def test_every_event_carries_provenance():
    source = Source("doc", "Iran attacked.", "t", "en", "sha256:0")
    evidence = (Evidence("doc", "Iran attacked.", 0, 14, "curated", "0.1.0", 0.9),)
    graph = facts_graph(
        Facts(source, (Event("Attack", "x", evidence, actors=("iran",), slug="e"),))
    )
    turtle = graph.serialize(format="turtle")
    for needle in (
        "prov:wasDerivedFrom",
        "ckg:evidence",
        "ckg:quote",
        "ckg:startOffset",
        "ckg:endOffset",
        "ckg:extractor",
        "ckg:extractorVersion",
        "ckg:confidence",
    ):
        assert needle in turtle
