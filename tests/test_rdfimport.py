import pytest

from kg.errors import InputError
from kg.rdfimport import import_file, import_graph_name
from kg.store import open_store


@pytest.fixture
def store(tmp_path):
    store = open_store(tmp_path / "s", create=True)
    yield store
    store.close()


def test_turtle_goes_into_its_import_graph(store, tmp_path):
    path = tmp_path / "Extra Data.ttl"
    path.write_text('<http://a/b> <http://a/p> "Bakı"@az .\n', encoding="utf-8")
    assert import_file(store, path) == 1
    assert [str(g) for g in store.graph_names()] == [import_graph_name(path)]
    assert import_graph_name(path).endswith("/graph/import/extra-data")


def test_quads_keep_their_graphs(store, tmp_path):
    path = tmp_path / "q.nq"
    path.write_text(
        '<http://a/b> <http://a/p> "x" <http://g/1> .\n<http://a/b> <http://a/p> "y" .\n',
        encoding="utf-8",
    )
    assert import_file(store, path) == 2
    assert {str(g) for g in store.graph_names()} == {"http://g/1", import_graph_name(path)}


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "ctx.jsonld",
            '{"@context": "http://127.0.0.1:9/c.jsonld", "@id": "http://a/b"}',
            "remote contexts",
        ),
        (
            "local.jsonld",
            '{"@context": "file:///etc/passwd", "@id": "http://a/b"}',
            "remote contexts",
        ),
        (
            "entity.rdf",
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>',
            "not valid",
        ),
        ("broken.ttl", "<http://a/b> <http://a/p> .", "not valid"),
        ("data.xlsx", "x", "unknown RDF file type"),
    ],
)
def test_unsafe_or_broken_files_are_refused_and_nothing_is_written(
    store, tmp_path, name, data, message
):
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        import_file(store, path)
    assert store.graph_names() == []


def test_a_file_with_an_error_late_adds_nothing(store, tmp_path):
    path = tmp_path / "late.nt"
    good = "".join(f'<http://a/s{i}> <http://a/p> "{i}" .\n' for i in range(1000))
    path.write_text(good + "<http://a/s> <http://a/p> broken .\n", encoding="utf-8")
    with pytest.raises(InputError):
        import_file(store, path)
    assert store.graph_names() == []
