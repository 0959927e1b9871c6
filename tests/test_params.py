"""Typed parameters of saved queries: declaration, parsing and binding as RDF terms."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg import dictionary
from kg.errors import InputError, QueryError
from kg.model import Entity
from kg.namespaces import CKG, entity_iri
from kg.params import Param, bind_values, inject, parse_header, parse_value, values_block

NASTY = [
    'x" } ; DROP ALL #',
    "\\u0022 } ; DROP ALL #",
    '\\" } ; DROP ALL #',
    "x' } ; DROP ALL #",
    '"""} DROP ALL #',
    "line\nbreak\r\ttab",
    "Нахичевань ‹Naxçıvan› & <b>",
    "back\\slash\\",
]


def test_header_gives_description_and_parameters():
    text = (
        "# Events between two actors.\n"
        "# Either direction.\n"
        '# param: a entity "One actor"\n'
        '# param: from date "Start date" default 1991-01-01\n'
        '# param: kind class "Event class" optional\n'
        "SELECT * WHERE { ?s ?p ?o }\n"
        "# a comment further down is not part of the header\n"
    )
    description, params = parse_header(text)
    assert description == "Events between two actors. Either direction."
    assert params == (
        Param("a", "entity", "One actor"),
        Param("from", "date", "Start date", default="1991-01-01"),
        Param("kind", "class", "Event class", optional=True),
    )
    assert [p.required for p in params] == [True, False, False]


@pytest.mark.parametrize(
    "line",
    [
        '# param: a nosuchtype "x"',
        "# param: a entity",
        '# param: 1a entity "x"',
        '# param: a entity "x" default',
        '# param: a entity "x" sometimes',
        '# param: a entity "unclosed',
    ],
)
def test_bad_declarations_are_refused(line):
    with pytest.raises(InputError):
        parse_header(line + "\nSELECT * WHERE {}")


def test_declared_twice_is_refused():
    with pytest.raises(InputError, match="twice"):
        parse_header('# param: a string "x"\n# param: a string "y"\nSELECT * {}')


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("date", "2020", Literal("2020-01-01", datatype=XSD.date)),
        ("date-end", "2020", Literal("2020-12-31", datatype=XSD.date)),
        ("date-end", "2024-02", Literal("2024-02-29", datatype=XSD.date)),
        ("date", "2023-01-27", Literal("2023-01-27", datatype=XSD.date)),
        ("integer", " 42 ", Literal(42, datatype=XSD.integer)),
        ("class", "Attack", URIRef(CKG.Attack)),
        ("class", "ckg:Meeting", URIRef(CKG.Meeting)),
        ("iri", "<https://example.org/a>", URIRef("https://example.org/a")),
        ("iri", "entity:iran", entity_iri("iran")),
        ("entity", "entity:iran", entity_iri("iran")),
        ("entity", "<https://w3id.org/caucasus-kg/id/entity/x>", entity_iri("x")),
        ("string", 'a "b"', Literal('a "b"')),
    ],
)
def test_values_become_typed_terms(kind, value, expected):
    assert parse_value(Param("p", kind, "d"), value) == expected


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("date", "yesterday"),
        ("date", "2023-02-30"),
        ("integer", "1; DROP ALL"),
        ("integer", "1.5"),
        ("decimal", "NaN"),
        ("iri", "<https://example.org/a> } ; DROP ALL #"),
        ("iri", 'https://example.org/"a'),
        ("iri", "no iri"),
        ("class", "attack } DROP ALL"),
        ("entity", '<x:y> } ; DROP ALL #"'),
    ],
)
def test_bad_values_are_clear_errors(kind, value):
    with pytest.raises(QueryError, match="parameter p"):
        parse_value(Param("p", kind, "d"), value)


@pytest.fixture
def small_dictionary(monkeypatch):
    entities = [
        Entity("iran", "Country", "Iran", "A country.", wikidata="Q794", labels={"ru": "Иран"}),
        Entity("ilham-aliyev", "Person", "Ilham Aliyev", "A person.", aliases={"en": ("Aliyev",)}),
        Entity(
            "heydar-aliyev", "Person", "Heydar Aliyev", "A person.", aliases={"en": ("Aliyev",)}
        ),
    ]
    monkeypatch.setattr(dictionary, "load", lambda folder=None: dictionary.Dictionary(entities))


def test_entities_by_any_name_or_wikidata_id(small_dictionary):
    param = Param("actor", "entity", "d")
    for value in ("Iran", "ИРАН", "iran", "Q794", "https://www.wikidata.org/wiki/Q794"):
        assert parse_value(param, value) == entity_iri("iran")


def test_ambiguous_entity_lists_the_candidates(small_dictionary):
    with pytest.raises(QueryError) as caught:
        parse_value(Param("actor", "entity", "d"), "Aliyev")
    message = str(caught.value)
    assert "ambiguous" in message
    assert "ilham-aliyev (Person: Ilham Aliyev)" in message
    assert "heydar-aliyev (Person: Heydar Aliyev)" in message


def test_unknown_entity_suggests_close_names(small_dictionary):
    with pytest.raises(QueryError, match=r"no entity is called 'Irann'; did you mean iran\?"):
        parse_value(Param("actor", "entity", "d"), "Irann")
    with pytest.raises(QueryError, match="no entity is called"):
        parse_value(Param("actor", "entity", "d"), 'x" } ; DROP ALL #')


def test_binding_checks_names_and_required_values():
    params = (Param("a", "string", "d"), Param("n", "integer", "d", default="3"))
    assert bind_values(params, {"a": "x"}) == {"a": Literal("x"), "n": Literal(3)}
    with pytest.raises(QueryError, match="'a' is required"):
        bind_values(params, {})
    with pytest.raises(QueryError, match="unknown parameter"):
        bind_values(params, {"a": "x", "b": "y"})


def test_optional_values_stay_unbound():
    block = values_block(bind_values((Param("k", "class", "d", optional=True),), {}))
    assert block == "VALUES (?k) { (UNDEF) }"


@pytest.mark.parametrize("value", NASTY)
def test_values_block_keeps_every_value_inside_its_literal(value):
    query = inject("SELECT ?s WHERE { }", {"s": Literal(value)})
    from kg.sparql_guard import check_query, tokens

    check_query(query)
    kinds = [kind for kind, _text, _at in tokens(query)]
    assert kinds.count("string") == 1
    assert "DROP" not in " ".join(t for k, t, _ in tokens(query) if k == "word")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE { V ?s ?p ?o }"),
        ("SELECT * { ?s ?p ?o }", "SELECT * { V ?s ?p ?o }"),
        ("ASK { ?s ?p ?o }", "ASK { V ?s ?p ?o }"),
        (
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
            "CONSTRUCT { ?s ?p ?o } WHERE { V ?s ?p ?o }",
        ),
        ("# where { \nSELECT * WHERE { ?s ?p '{' }", "# where { \nSELECT * WHERE { V ?s ?p '{' }"),
    ],
)
def test_values_open_the_where_group(query, expected):
    got = inject(query, {"x": Literal(1)})
    assert got == expected.replace("V", "VALUES (?x) { (1) }")


def test_a_query_without_a_where_group_cannot_take_parameters():
    with pytest.raises(QueryError, match="WHERE"):
        inject("DESCRIBE <https://example.org/a>", {"x": Literal(1)})
