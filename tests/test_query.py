"""Saved queries with parameters on the demo corpus; injection attempts; parser messages."""

from __future__ import annotations

import io
import re

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.namespaces import PREFIXES
from kg.params import parse_header
from kg.query import (
    SavedQuery,
    parse_assignments,
    rows,
    run,
    run_saved,
    saved_queries,
    saved_query,
    write_result,
)
from kg.sparql_guard import tokens

REQUIRED = {
    "azerbaijan-iran-timeline",
    "events-by-type-and-year",
    "sources-behind-events",
    "entity-profile",
    "entity-neighbours",
    "events-between",
    "actor-timeline",
    "claims-about",
    "sources-behind-fact",
    "most-conflictual",
    "most-cooperative",
    "events-in-place",
}
INJECTIONS = [
    'x" } ; DROP ALL #',
    "\\u0022 } ; DROP ALL #",
    "x' } ; DROP ALL #",
    '\\" } DROP ALL #',
]


def quad_count(store) -> int:
    result = store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert isinstance(result, ox.QuerySolutions)
    return int(next(iter(result))["n"].value)


def test_every_saved_query_has_a_description_and_declared_parameters():
    found = saved_queries()
    assert set(found) >= REQUIRED
    for query in found.values():
        assert query.description, query.name
        assert "param:" not in query.description
        for param in query.params:
            assert f"?{param.name}" in query.text, (query.name, param.name)


def test_saved_queries_without_parameters_are_unchanged_by_binding():
    for name in ("azerbaijan-iran-timeline", "events-by-type-and-year", "sources-behind-events"):
        assert saved_query(name).bind() == saved_query(name).text


def test_every_saved_query_runs(demo_store):
    samples = {
        "entity-profile": {"entity": "iran"},
        "entity-neighbours": {"entity": "iran"},
        "events-between": {"a": "azerbaijan", "b": "iran"},
        "actor-timeline": {"actor": "iran"},
        "claims-about": {"about": "russia"},
        "sources-behind-fact": {"fact": "event:none"},
        "events-in-place": {"place": "azerbaijan"},
    }
    for name in saved_queries():
        result = run_saved(demo_store, name, samples.get(name, {}))
        write_result(result, io.BytesIO(), "table")


def test_events_between_either_direction_in_any_script(demo_store):
    found = rows(run_saved(demo_store, "events-between", {"a": "Azerbaijan", "b": "Иран"}))
    assert len(found) >= 8
    reverse = rows(run_saved(demo_store, "events-between", {"a": "iran", "b": "azerbaijan"}))
    assert found == reverse
    dates = [r["date"] for r in found]
    assert dates == sorted(dates)


def test_events_between_date_range(demo_store):
    values = {"a": "azerbaijan", "b": "iran", "from": "2023", "to": "2023"}
    found = rows(run_saved(demo_store, "events-between", values))
    assert found
    assert all(r["date"].startswith("2023-") for r in found)


def test_claims_about_russia(demo_store):
    found = rows(run_saved(demo_store, "claims-about", {"about": "Russia"}))
    assert len(found) >= 1
    assert all(r["text"] and r["speaker"] for r in found)


def test_entity_profile_by_wikidata_id(demo_store):
    found = rows(run_saved(demo_store, "entity-profile", {"entity": "Q794"}))
    fields = {r["field"]: r.get("value") for r in found}
    assert fields["label"] == "Iran"
    assert fields["wikidata"] == "Q794"
    assert int(fields["events involving it"]) >= 8


def test_actor_timeline_roles_and_type_filter(demo_store):
    everything = rows(run_saved(demo_store, "actor-timeline", {"actor": "azerbaijan"}))
    assert len(everything) >= 8
    assert {r["role"] for r in everything} <= {"actor", "target", "participant"}
    meetings = rows(
        run_saved(demo_store, "actor-timeline", {"actor": "azerbaijan", "kind": "Meeting"})
    )
    assert 0 < len(meetings) < len(everything)


def test_sources_behind_an_event(demo_store):
    events = rows(run_saved(demo_store, "events-between", {"a": "azerbaijan", "b": "iran"}))
    found = []
    for event in events:
        found = rows(run_saved(demo_store, "sources-behind-fact", {"fact": event["e"]}))
        if found:
            break
    assert found
    assert all(r["quote"] and int(r["end"]) > int(r["start"]) for r in found)


def test_conflict_and_cooperation_rankings(demo_store):
    conflict = rows(run_saved(demo_store, "most-conflictual", {"min_events": "2"}))
    assert conflict
    scores = [float(r["conflict"]) for r in conflict]
    assert scores == sorted(scores) and scores[0] < 0
    assert all(int(r["events"]) >= 2 for r in conflict)
    cooperation = rows(run_saved(demo_store, "most-cooperative", {}))
    scores = [float(r["cooperation"]) for r in cooperation]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0


def test_events_in_place_follow_part_of_links(demo_store):
    found = rows(run_saved(demo_store, "events-in-place", {"place": "Tehran"}))
    assert found
    country = rows(run_saved(demo_store, "events-in-place", {"place": "Azerbaijan"}))
    assert len(country) >= 1


@pytest.mark.parametrize("value", INJECTIONS)
def test_injected_text_changes_nothing(demo_store, value):
    before = quad_count(demo_store)
    harmless = rows(
        run_saved(demo_store, "claims-about", {"about": "russia", "contains": "zzqx-nothing"})
    )
    attacked = rows(run_saved(demo_store, "claims-about", {"about": "russia", "contains": value}))
    assert attacked == harmless == []
    with pytest.raises(QueryError, match="no entity is called"):
        run_saved(demo_store, "claims-about", {"about": value})
    with pytest.raises(QueryError, match="parameter fact"):
        run_saved(demo_store, "sources-behind-fact", {"fact": f"<x:a> }} ; {value}"})
    assert quad_count(demo_store) == before


@pytest.mark.parametrize("value", [*INJECTIONS, "line\nbreak\ttab", "back\\slash\\", "Иран «ok»"])
def test_string_values_arrive_exactly_as_given(demo_store, value):
    text = '# Echo.\n# param: s string "anything"\nSELECT ?s WHERE { }\n'
    description, params = parse_header(text)
    echo = SavedQuery("echo", description, text, params)
    result = run(demo_store, echo.bind({"s": value}))
    assert isinstance(result, ox.QuerySolutions)
    assert [s["s"].value for s in result] == [value]


def test_bad_parameters_are_clear_errors(demo_store):
    with pytest.raises(QueryError, match="'a' is required"):
        run_saved(demo_store, "events-between", {"b": "iran"})
    with pytest.raises(QueryError, match="unknown parameter"):
        run_saved(demo_store, "events-between", {"a": "iran", "b": "armenia", "c": "x"})
    with pytest.raises(QueryError, match="not a date"):
        run_saved(demo_store, "events-between", {"a": "iran", "b": "armenia", "from": "soon"})
    with pytest.raises(QueryError, match="no saved query 'nope'"):
        saved_query("nope")


def test_parse_assignments():
    assert parse_assignments(["a=b=c", "x="]) == {"a": "b=c", "x": ""}
    with pytest.raises(QueryError):
        parse_assignments(["novalue"])
    with pytest.raises(QueryError, match="twice"):
        parse_assignments(["a=1", "a=2"])


def test_syntax_errors_name_the_line_and_column_of_the_users_text(demo_store):
    with pytest.raises(QueryError) as caught:
        run(demo_store, "SELECT * WHERE {\n  ?s ?p }")
    message = str(caught.value)
    assert message.startswith("SPARQL syntax error: error at line 2, column")
    assert "Traceback" not in message
    assert "\n" not in message.split(":", 2)[1]


def test_saved_query_usage_lists_parameters():
    usage = saved_query("events-between").usage()
    assert "--param a (entity)" in usage
    assert "[default 1900]" in usage


def _values_only(query: SavedQuery, values: dict[str, str]) -> str:
    """The binding used before terms were written in place: one leading VALUES block."""
    from kg.binding import values_block, where_brace
    from kg.params import bind_values

    bound = bind_values(query.params, values)
    block = values_block(bound)
    if not block:
        return query.text
    text = query.text
    at = where_brace(text)
    # parameters used only inside a sub-select are out of the outer group's scope: the block
    # opens the innermost sub-select that mentions them all
    for start in (o for k, t, o in tokens(text) if k == "word" and t.upper() == "SELECT"):
        if start == 0 or text[:start].rstrip()[-1] != "{":
            continue
        inner = start + where_brace(text[start:])
        group = text[inner : _group_end(text, inner)]
        if all(re.search(rf"\?{name}\b", group) for name in bound):
            at = inner
    return f"{text[:at]} {block}{text[at:]}"


def _group_end(text: str, at: int) -> int:
    """Offset of the ``}`` that closes the group opened just before ``at``."""
    depth = 1
    for _kind, token, offset in tokens(text[at:]):
        depth += {"{": 1, "}": -1}.get(token, 0)
        if depth == 0:
            return at + offset
    return len(text)


def _solutions(result) -> list[tuple[str, ...]]:
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [tuple(str(s[n]) for n in names) for s in result]


SAMPLES = [
    ("entity-profile", {"entity": "iran"}),
    ("entity-profile", {"entity": "azerbaijan"}),
    ("events-between", {"a": "azerbaijan", "b": "iran"}),
    ("events-between", {"a": "armenia", "b": "azerbaijan", "from": "2020", "to": "2023"}),
    ("actor-timeline", {"actor": "iran"}),
    ("actor-timeline", {"actor": "azerbaijan", "kind": "Attack", "from": "2020"}),
    ("claims-about", {"about": "russia"}),
    ("claims-about", {"about": "armenia", "contains": "peace"}),
    ("events-in-place", {"place": "azerbaijan"}),
    ("events-in-place", {"place": "Tehran", "to": "2023"}),
    ("most-conflictual", {}),
    ("most-conflictual", {"from": "2020", "min_events": "2"}),
    ("most-cooperative", {"to": "2022-06", "min_events": "2"}),
    ("azerbaijan-iran-timeline", {}),
    ("events-by-type-and-year", {}),
    ("sources-behind-events", {}),
]


@pytest.mark.parametrize(("name", "values"), SAMPLES)
def test_terms_in_place_give_the_rows_of_a_values_block(demo_store, name, values):
    query = saved_query(name)
    bound = query.bind(values)
    in_values = ("kind", "min_events", "contains")  # BOUND(?kind), GROUP BY ?min_events
    assert all(f"?{p}" not in bound for p in values if p not in in_values)
    expected = _solutions(run(demo_store, _values_only(query, values)))
    assert expected, "compare on queries that find something"
    assert _solutions(run(demo_store, bound)) == expected


def test_sources_behind_every_event_match_either_binding(demo_store):
    events = rows(run(demo_store, "SELECT DISTINCT ?e WHERE { ?e ckg:evidence ?x } LIMIT 5"))
    query = saved_query("sources-behind-fact")
    for row in events:
        values = {"fact": row["e"]}
        expected = _solutions(run(demo_store, _values_only(query, values)))
        assert expected
        assert _solutions(run(demo_store, query.bind(values))) == expected


def test_counts_by_type_and_year_match_the_plain_form(demo_store):
    plain = """SELECT ?year ?type (COUNT(DISTINCT ?e) AS ?events) WHERE {
      ?e a ?class ; ckg:earliestDate ?date .
      ?class rdfs:subClassOf* ckg:Event .
      BIND(YEAR(?date) AS ?year)
      BIND(STRAFTER(STR(?class), "#") AS ?type)
    } GROUP BY ?year ?type ORDER BY ?year ?type"""
    expected = _solutions(run(demo_store, plain))
    assert len(expected) > 5
    assert _solutions(run_saved(demo_store, "events-by-type-and-year")) == expected


def test_sources_behind_events_lists_each_quote_once(demo_store):
    # a re-reported event keeps its class and label in each reporting document's graph, and
    # Oxigraph 0.5 matches a triple once per graph holding it: each row must still come once
    found = _solutions(run_saved(demo_store, "sources-behind-events"))
    reported = rows(run(demo_store, "SELECT (COUNT(*) AS ?n) WHERE { ?e ckg:evidence ?ev }"))
    assert found
    assert len(found) == len(set(found))
    assert len(found) <= int(reported[0]["n"])


@pytest.mark.parametrize("tail", ["", "x", "a/b", "a-b_c/", "Über/ü"])
@pytest.mark.parametrize("namespace", [*PREFIXES.values(), "https://e.org/"])
def test_an_iri_takes_the_longest_predeclared_namespace_it_starts_with(namespace, tail):
    from kg.query import short

    iri = namespace + tail
    matching = [ns for ns in PREFIXES.values() if iri.startswith(ns)]
    if not matching:
        assert short(ox.NamedNode(iri)) == f"<{iri}>"
        return
    best = max(matching, key=len)
    prefix = next(p for p, ns in PREFIXES.items() if ns == best)
    assert short(ox.NamedNode(iri)) == f"{prefix}:{iri[len(best) :]}"


@pytest.mark.parametrize("label", ["a  b", " a b", "a b ", "a\nb", "a\tb", "a\u00a0b", "a\u2028b"])
def test_a_table_cell_shows_runs_of_whitespace_as_one_space(label):
    from kg.query import write_rows

    out = io.BytesIO()
    write_rows(["label", "n"], [[ox.Literal(label), ox.Literal("1")]], out, "table")
    assert out.getvalue().decode().splitlines()[2] == "a b    1"
