import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import QueryError
from kg.sparql_guard import check_query, plainly_safe, screen


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://169.254.169.254/> { ?s ?p ?o } }",
        "select * where { service silent <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "SELECT * WHERE { ?a ?b ?c . SeRvIcE ?endpoint { ?s ?p ?o } }",
        "SELECT * WHERE { FILTER(?a<?b)SERVICE?x> }",
        "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <http://10.0.0.1/> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "SELECT * FROM ex:graph WHERE { ?s ?p ?o }",
        "LOAD <file:///etc/passwd>",
        "DROP ALL",
        'INSERT DATA { <a:b> <a:c> "d" }',
    ],
)
def test_queries_that_could_leave_the_store_are_refused(query):
    with pytest.raises(QueryError):
        check_query(query)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?service WHERE { ?service a ckg:Event }",
        'SELECT * WHERE { ?s rdfs:label "SERVICE FROM LOAD" }',
        "SELECT * WHERE { ?s ex:service ?o } # SERVICE <http://x/>",
        "SELECT * FROM <https://w3id.org/caucasus-kg/graph/source/a> WHERE { ?s ?p ?o }",
        "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }",
        "SELECT * WHERE { ?s ?p ?o FILTER(?o < 3 && ?o > 1) }",
    ],
)
def test_ordinary_queries_pass(query):
    check_query(query)


def test_service_can_be_allowed_explicitly():
    check_query("SELECT * { SERVICE <http://localhost:1/> { ?s ?p ?o } }", allow_service=True)


def test_refusal_names_the_line():
    with pytest.raises(QueryError, match="line 3"):
        check_query("SELECT *\nWHERE {\n SERVICE <http://x/> { ?s ?p ?o } }")


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVIC\\u0045 <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "SELECT * FR\\u004fM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "SELECT * WHERE { SERVICE<http://127.0.0.1:9/>{ ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o . SERVICE\t<http://127.0.0.1:9/> { } }",
        "SELECT * FROM<file:///etc/passwd> WHERE { ?s ?p ?o }",
        "BASE <file:///etc/> SELECT * FROM <passwd> WHERE { ?s ?p ?o }",
        "PREFIX g: <https://w3id.org/caucasus-kg/graph/> SELECT * FROM g:x WHERE { ?s ?p ?o }",
        "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
        # a comment ends at a carriage return too (SPARQL's EOL), as Oxigraph reads it
        "SELECT * WHERE { # c\rSERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "SELECT * # c\rFROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "SELECT * WHERE {\n  # c\rSERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    ],
)
def test_spelling_tricks_are_refused(query):
    with pytest.raises(QueryError):
        check_query(query)


@pytest.mark.parametrize(
    "query",
    [
        'SELECT * WHERE { ?s ?p "\\u0022 } ; DROP ALL #" }',
        'SELECT * WHERE { ?s ?p "x\\" } SERVICE <http://x/> { }" }',
        "SELECT * WHERE { ?s ?p '''SERVICE\nFROM <file:///etc/passwd>''' }",
    ],
)
def test_words_inside_strings_are_data(query):
    check_query(query)


# Pieces to build queries from: the screened words in several cases and every character the
# quick check treats specially (word edges, comments, strings, IRIs, escapes, non-ASCII letters
# whose case folds to ASCII ones).
_PIECES = [
    *("SERVICE", "service", "From", "FROM", "load", "Add", "drop", "insert", "CREATE"),
    *("SELECT", "WHERE", "NAMED", "x", "_", "1", "?", "$", ":", "ex:", "a:b", "?s", "$o"),
    *("<https://w3id.org/caucasus-kg/graph/a>", "<file:///etc/passwd>", "<", ">", "*"),
    *('"', "'", '"a#b"', "'''", '"""', "#", "\\", "\\u0053", "{", "}", ".", ";", "(", ")"),
    *(" ", "  ", "\t", "\n", "\r", "\n# ", "\u00a0", "\u017f", "\u212a", "é"),
]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.booleans())
def test_the_quick_check_passes_only_what_the_full_screen_passes(pieces, allow_service):
    query = "".join(pieces)
    if plainly_safe(query):
        screen(query, allow_service=allow_service)


def test_a_query_with_no_screened_word_outside_comments_is_not_tokenized(monkeypatch):
    from kg.query import saved_query

    def refuse(query):
        raise AssertionError("tokenized")

    monkeypatch.setattr("kg.sparql_guard.tokens", refuse)
    # comments that say "from" and "add", and ?from, ?to variables
    check_query(saved_query("events-between").text)
    check_query("SELECT ?from WHERE {\n  # read from the index graph\n  ?from ex:add ?to }")
    with pytest.raises(AssertionError, match="tokenized"):
        check_query("SELECT * WHERE { ?s ?p ?o } # from here")
