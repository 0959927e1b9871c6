"""Typed parameters of saved queries: declaration, parsing and binding as RDF terms."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg import dictionary
from kg.binding import inject, values_block
from kg.errors import InputError, QueryError
from kg.model import Entity
from kg.namespaces import CKG, entity_iri
from kg.params import Param, bind_values, parse_header, parse_value
from kg.rdfterms import to_sparql

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


def test_terms_replace_the_variable_tokens_only():
    query = (
        "SELECT ?x WHERE {\n"
        '  ?x ckg:p ?who ; rdfs:comment "?who" . # ?who in a comment\n'
        "  ?x ckg:q <https://e.org/?who> ; ckg:r $who ; ckg:s ?whom .\n"
        "}"
    )
    got = inject(query, {"who": URIRef("https://e.org/w")})
    assert got == query.replace("ckg:p ?who", "ckg:p <https://e.org/w>").replace(
        "$who", "<https://e.org/w>"
    )


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?v WHERE { ?s ?p ?v }",
        "SELECT (COUNT(?v) AS ?n) WHERE { ?s ?p ?v }",
        "SELECT ?n WHERE { ?s ?p ?o BIND(?o AS ?v) }",
        "SELECT ?s WHERE { ?s ?p ?v } GROUP BY ?s ?v",
        "SELECT ?s WHERE { ?s ?p ?v } ORDER BY ?v",
        "SELECT ?s WHERE { VALUES ?v { 1 2 } ?s ?p ?v }",
        "SELECT ?s WHERE { ?s ?p ?o FILTER(!BOUND(?v) || ?o = ?v) }",
        "SELECT ?s WHERE { ?s ?p ?o MINUS { ?s ?q ?v } }",
        "SELECT ?s WHERE { { SELECT ?v WHERE { ?t ?p ?v } } ?s ?p ?v }",
        "SELECT * WHERE { ?s ?p ?v }",
        "SELECT DISTINCT * WHERE { ?s ?p ?v }",
        "SELECT ?s WHERE { GRAPH ?v { ?s ?p ?o } }",
        "SELECT ?s WHERE { ?s ?p ?o }",
    ],
)
def test_where_a_constant_cannot_stand_values_bind_the_variable(query):
    got = inject(query, {"v": Literal(7)})
    assert got.count("VALUES (?v) { (7) }") == 1
    assert got.replace(" VALUES (?v) { (7) }", "", 1) == query


def test_optional_parameters_left_out_stay_unbound():
    query = "SELECT ?s WHERE { ?s ?p ?k FILTER(?s != ?o) }"
    assert inject(query, {"k": None, "o": URIRef("https://e.org/o")}) == query.replace(
        "?o", "<https://e.org/o>"
    )


@pytest.mark.parametrize("value", NASTY)
def test_substituted_values_stay_one_term(value):
    query = inject("SELECT ?s WHERE { ?s ?p ?v FILTER(?v != ?w) }", {"v": Literal(value)})
    from kg.sparql_guard import check_query, tokens

    check_query(query)
    found = tokens(query)
    strings = [t for k, t, _o in found if k == "string"]
    assert len(strings) == 2
    assert strings[0] == strings[1] == to_sparql(Literal(value))
    assert [t for k, t, _o in found if k == "word"] == ["SELECT", "WHERE", "FILTER"]


def test_a_text_bound_again_is_tokenized_once(monkeypatch):
    import kg.sparql_guard

    calls: list[str] = []
    real = kg.sparql_guard.tokens

    def counted(query: str):
        calls.append(query)
        return real(query)

    monkeypatch.setattr(kg.sparql_guard, "tokens", counted)
    query = "SELECT ?x WHERE { ?x ckg:p ?who ; ckg:seen ?when } # test_a_text_bound_again"
    for who in ("a", "b", "c"):
        got = inject(query, {"who": URIRef(f"https://e.org/{who}")})
        assert f"ckg:p <https://e.org/{who}> ;" in got
    assert calls == [query]  # the tokens and what needs VALUES are kept for the text
