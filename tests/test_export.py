import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import InputError
from kg.export import FORMATS, export, write_atomically
from kg.store import open_store

GRAPH = URIRef("https://w3id.org/caucasus-kg/graph/source/doc")
BASE = "https://w3id.org/caucasus-kg/id/entity/"
RDFLIB_FORMAT = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}
TRICKY = [
    'say "hi"',
    "back\\slash",
    "line\nbreak",
    "</script><script>alert(1)</script>",
    "]]>",
    '"""',
    "Azərbaycan",
    "Азербайджан",
    "Ադրբեջան",
    "აზერბაიჯანი",
    "آذربایجان",
    "x\ty",
]

text = st.one_of(
    st.sampled_from(TRICKY),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),
)
language = st.sampled_from([None, "en", "az", "ru", "hy", "ka", "fa"])


@st.composite
def graphs(draw):
    graph = Graph()
    for i, (value, lang) in enumerate(
        draw(st.lists(st.tuples(text, language), min_size=1, max_size=8))
    ):
        graph.add((URIRef(f"{BASE}e{i}"), URIRef(f"{BASE}p"), Literal(value, lang=lang)))
    return graph


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return open_store(tmp_path_factory.mktemp("export") / "s", create=True)


@pytest.mark.parametrize("fmt", sorted(RDFLIB_FORMAT))
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(graph=graphs())
def test_triple_formats_round_trip_losslessly(store, fmt, graph):
    store.replace_graph(GRAPH, graph)
    buffer = io.BytesIO()
    export(store, buffer, fmt=fmt)
    back = Graph().parse(data=buffer.getvalue(), format=RDFLIB_FORMAT[fmt])
    assert isomorphic(back, graph)


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(graph=graphs())
def test_quad_formats_keep_the_named_graph(store, fmt, graph):
    store.replace_graph(GRAPH, graph)
    buffer = io.BytesIO()
    export(store, buffer, fmt=fmt)
    dataset = Dataset().parse(data=buffer.getvalue(), format=fmt)
    assert isomorphic(dataset.graph(GRAPH), graph)


def test_unknown_format_and_unknown_source_are_input_errors(store):
    with pytest.raises(InputError, match="unknown export format"):
        export(store, io.BytesIO(), fmt="xlsx")
    with pytest.raises(InputError, match="no source 'nope'"):
        export(store, io.BytesIO(), source="nope")
    assert set(FORMATS) >= {"turtle", "trig", "nquads", "ntriples", "jsonld"}


def test_failed_export_leaves_the_old_file_intact(tmp_path):
    target = tmp_path / "out.ttl"
    target.write_bytes(b"old content")

    def explode(handle):
        handle.write(b"partial")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomically(target, explode)
    assert target.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.ttl"]
