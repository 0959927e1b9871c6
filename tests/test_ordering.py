"""kg sorts decoded rows as Oxigraph's ORDER BY does, for the term kinds it knows."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ordering import Unsortable, column_keys, sort_rows, split_order

XSD = "http://www.w3.org/2001/XMLSchema#"
TEXTS = ["a", "a b", "B", "b", "é", "z", "Ъ", "aa", ""]
strings = st.builds(
    lambda text, language: ox.Literal(text, language=language) if language else ox.Literal(text),
    st.sampled_from(TEXTS),
    st.sampled_from([None, "en", "ru", "az", "en-gb"]),
)
days = st.dates().map(lambda d: ox.Literal(d.isoformat(), datatype=ox.NamedNode(XSD + "date")))
days = days.filter(lambda term: len(term.value) == 10)  # years 1000-9999
numbers = st.sampled_from(["-5.5", "2", "10", "0", "0.25", "-10"]).map(
    lambda v: ox.Literal(v, datatype=ox.NamedNode(XSD + "decimal"))
)
iris = st.sampled_from(["https://x/a", "https://x/b", "https://x/a/b"]).map(ox.NamedNode)


def maybe(terms: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(st.none(), terms)


def engine_order(rows: list[list], names: list[str], order: str = "") -> list[list[str]]:
    """The rows sorted by Oxigraph's ORDER BY (over every column unless ``order`` says how),
    as text."""

    def cell(term) -> str:
        return "UNDEF" if term is None else str(term)

    table = " ".join("(" + " ".join(cell(t) for t in row) + ")" for row in rows)
    variables = " ".join(f"?{n}" for n in names)
    query = f"SELECT * WHERE {{ VALUES ({variables}) {{ {table} }} }} ORDER BY {order or variables}"
    return [[cell(s[n]) for n in names] for s in ox.Store().query(query)]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(maybe(days), maybe(strings), iris, maybe(numbers)), max_size=25))
def test_rows_sorted_here_come_in_the_engines_order(found) -> None:
    rows = [list(row) for row in found]
    names = ["date", "label", "e", "value"]
    ours = [
        ["UNDEF" if t is None else str(t) for t in row] for row in sort_rows(rows, [0, 1, 2, 3])
    ]
    assert ours == engine_order(rows, names)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(maybe(days), maybe(strings), iris, maybe(numbers)), max_size=25),
    st.lists(st.booleans(), min_size=4, max_size=4),
)
def test_rows_sorted_here_with_descending_columns_come_in_the_engines_order(found, falling) -> None:
    rows = [list(row) for row in found]
    names = ["date", "label", "e", "value"]
    order = " ".join(
        f"DESC(?{n})" if down else f"?{n}" for n, down in zip(names, falling, strict=True)
    )
    descending = [i for i, down in enumerate(falling) if down]
    ours = [
        ["UNDEF" if t is None else str(t) for t in row]
        for row in sort_rows(rows, [0, 1, 2, 3], descending=descending)
    ]
    assert ours == engine_order(rows, names, order)


def test_a_string_column_with_a_number_is_left_to_the_engine() -> None:
    with pytest.raises(Unsortable):
        column_keys([ox.Literal("a"), ox.Literal("1", datatype=ox.NamedNode(XSD + "integer"))])
    with pytest.raises(Unsortable):
        column_keys([ox.Literal("x", datatype=ox.NamedNode("https://x/type"))])


def test_ties_are_broken_by_the_other_columns() -> None:
    day = ox.Literal("2020-01-01", datatype=ox.NamedNode(XSD + "date"))
    rows = [[day, ox.NamedNode("https://x/b")], [day, ox.NamedNode("https://x/a")]]
    assert sort_rows(rows, [0]) == [rows[1], rows[0]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SELECT ?a WHERE { ?a ?p ?b }\nORDER BY ?a ?b\n", [("a", False), ("b", False)]),
        ("SELECT ?a WHERE { ?a ?p ?b } order by ?a", [("a", False)]),
        ("SELECT ?a WHERE { ?a ?p ?b } ORDER BY DESC(?a)", [("a", True)]),
        (
            "SELECT ?a WHERE { ?a ?p ?b } ORDER BY DESC( ?a ) ASC(?b) ?c",
            [("a", True), ("b", False), ("c", False)],
        ),
        ("SELECT ?a WHERE { ?a ?p ?b } ORDER BY DESC(STR(?a))", None),
        ("SELECT ?a WHERE { ?a ?p ?b } ORDER BY ?a LIMIT 3", None),
        ("SELECT ?a WHERE { ?a ?p ?b }", None),
        ("SELECT ?a WHERE { ?a ?p ?b } # ORDER BY ?a", None),
    ],
)
def test_split_order(query, expected) -> None:
    split = split_order(query)
    assert (split[1] if split else None) == expected


def _split_by_tokens(query: str) -> tuple[str, list[tuple[str, bool]]] | None:
    """split_order as the whole text searched and tokenized (what the quick paths must give)."""
    from kg.ordering import _KEYS, _ORDER_BY
    from kg.sparql_guard import tokens

    match = _ORDER_BY.search(query)
    if match is None or not any(k == "word" and at == match.start() for k, _, at in tokens(query)):
        return None
    keys = [(name, bool(desc)) for desc, name in _KEYS.findall(match.group(1))]
    return query[: match.start()], keys


_ORDER_PIECES = [
    *("ORDER BY", "order by", "ORDER", "BY", "?a", "?b", "DESC(?a)", "ASC(", ")", "STR(?a)"),
    *("LIMIT 3", "SELECT ?a WHERE {", "}", "{", "#", '"', "'", "'''", '"""', "\\", "<a:b>"),
    *(" ", "\n", "\t", "x:", "é"),
]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_ORDER_PIECES), max_size=12))
def test_split_order_finds_what_the_whole_text_tokenized_finds(pieces) -> None:
    query = "".join(pieces)
    assert split_order(query) == _split_by_tokens(query)


def test_order_by_beginning_its_line_is_split_without_tokenizing(monkeypatch) -> None:
    def refuse(query):
        raise AssertionError("tokenized")

    monkeypatch.setattr("kg.sparql_guard.tokens", refuse)
    query = "SELECT ?a WHERE {\n  # sorted by kg\n  ?a ?p ?b }\nORDER BY DESC(?a) ?b\n"
    assert split_order(query) == (query[: query.index("ORDER")], [("a", True), ("b", False)])
