"""Focus, pair and query views, filters and languages: in the browser and in the data."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from kg.analysis.sample import sample_store
from kg.errors import QueryError
from kg.views.data import ViewFilter, entity_info, load_events
from kg.views.graph import focus, from_query, overview, pair

ENTITY = "https://w3id.org/caucasus-kg/id/entity/"
IRAN, AZERBAIJAN, ARMENIA = ENTITY + "iran", ENTITY + "azerbaijan", ENTITY + "armenia"
XSS_LABEL = "</script><script>window.__xss=6</script>"
XSS_QUOTE = '<img src=x onerror="window.__xss=3">'


def test_focus_shows_the_entity_and_its_neighbours(view, demo_store):
    view.open(focus(demo_store, "Иран", depth=1))
    view.assert_clean()
    ids = set(view.js("return nodes.getIds()"))
    assert {IRAN, AZERBAIJAN} <= ids
    # every node is the centre or linked to it by an edge
    linked = view.js(
        "return edges.get().flatMap(e => [e.from, e.to]).filter((v, i, a) => a.indexOf(v) === i)"
    )
    assert ids <= set(linked) | {IRAN}
    view.click_node(AZERBAIJAN)
    expected = view.js(
        "return factsOf('nodes', arguments[0]).flatMap(f => f.quotes.map(q => q.text))",
        AZERBAIJAN,
    )
    assert sorted(view.quotes()) == sorted(expected)


def test_pair_shows_both_actors_and_every_event_between_them(view, demo_store):
    view.open(pair(demo_store, "Azerbaijan", "iran"))
    view.assert_clean()
    assert set(view.js("return nodes.getIds()")) == {AZERBAIJAN, IRAN}
    edges = view.js("return edges.get()")
    assert len(edges) >= 8
    facts = view.js("return DATA.facts.facts")
    values = [facts[e["id"].split("|")[0]]["goldstein"] for e in edges]
    assert min(values) < 0 < max(values)
    # a real click on the middle of an edge shows that event's quote
    edge = min(edges, key=lambda e: facts[e["id"].split("|")[0]]["goldstein"])
    view.click_edge(edge["id"])
    assert view.js("return network.getSelectedEdges()") == [edge["id"]]
    expected = [q["text"] for q in facts[edge["id"].split("|")[0]]["quotes"]]
    assert sorted(view.quotes()) == sorted(expected)


def test_query_view_draws_select_and_construct_results(view, demo_store):
    select = """SELECT DISTINCT ?actor ?target WHERE {
      ?e ckg:actor ?actor ; ckg:target ?target .
      VALUES ?target { entity:azerbaijan entity:armenia entity:iran } }"""
    view.open(from_query(demo_store, select), "select.html")
    view.assert_clean()
    ids = set(view.js("return nodes.getIds()"))
    assert ids & {AZERBAIJAN, ARMENIA, IRAN}
    construct = """CONSTRUCT { ?e ckg:target entity:iran . ?e ckg:actor ?a } WHERE {
      ?e ckg:target entity:iran ; ckg:actor ?a }"""
    view.open(from_query(demo_store, construct), "construct.html")
    view.assert_clean()
    ids = set(view.js("return nodes.getIds()"))
    assert IRAN in ids
    events = [i for i in ids if "/id/event/" in i]
    assert events
    # an event node shows its own quote
    view.click_node(events[0])
    expected = view.js(
        "return factsOf('nodes', arguments[0]).flatMap(f => f.quotes.map(q => q.text))",
        events[0],
    )
    assert expected and sorted(view.quotes()) == sorted(expected)


def test_query_view_needs_two_iri_columns(demo_store):
    with pytest.raises(QueryError, match="two columns"):
        from_query(demo_store, "SELECT ?l WHERE { ?x rdfs:label ?l } LIMIT 3")


def test_labels_follow_the_language_asked_for(demo_store):
    info = entity_info(demo_store, [AZERBAIJAN, IRAN], lang="ru")
    assert info[AZERBAIJAN].label == "Азербайджан"
    assert entity_info(demo_store, [AZERBAIJAN], lang="az")[AZERBAIJAN].label == "Azərbaycan"
    # no label in that language: English
    assert entity_info(demo_store, [IRAN], lang="xx")[IRAN].label == "Iran"
    page = overview(demo_store, lang="ru")
    assert "Азербайджан" in page and 'lang="ru"' in page


def test_filters_select_by_date_type_with_subclasses_and_confidence():
    with sample_store() as store:

        def labels(**options: object) -> list[str]:
            found = load_events(store, ViewFilter(**options))  # type: ignore[arg-type]
            return sorted(e.label for e in found.values())

        assert len(labels()) == 8
        assert labels(types=("Attack",)) == ["Attack e3", "Attack e4", "Shelling e5"]
        assert labels(date_from="2017", date_to="2018") == [
            "Accusation e6",
            "Attack e4",
            "Shelling e5",
        ]
        # an event known only to the year 2018 overlaps any range that touches 2018
        assert "Accusation e6" in labels(date_from="2018-06-01", date_to="2018-06-30")
        assert "Sanction e8" not in labels(min_confidence=0.9)
        assert "Sanction e8" in labels(min_confidence=0.5)
        with pytest.raises(QueryError, match="not an event class"):
            labels(types=("Atack",))
        page = overview(store, flt=ViewFilter(types=("Attack",)))
        assert "types Attack (with subclasses)" in page
        shelling = next(e for e in load_events(store).values() if e.label == "Shelling e5")
        assert shelling.type == "Shelling" and shelling.goldstein == -10


@pytest.mark.parametrize("kind", ["focus", "pair", "query"])
def test_hostile_text_runs_nothing_in_every_graph_view(view, xss_store, kind):
    if kind == "focus":
        page = focus(xss_store, "iran", title=XSS_LABEL)
    elif kind == "pair":
        page = pair(xss_store, "iran", "azerbaijan", title=XSS_LABEL)
    else:
        page = from_query(
            xss_store,
            "SELECT ?s ?p ?o WHERE { ?s ckg:actor ?o BIND(ckg:actor AS ?p) }",
            title=XSS_LABEL,
        )
    view.open(page, f"{kind}.html")
    view.click_node(IRAN)
    view.assert_clean()
    assert view.driver.find_element(By.TAG_NAME, "h1").text == XSS_LABEL
    if kind != "query":
        assert XSS_QUOTE in "\n".join(view.quotes())
        assert XSS_LABEL in view.details()
    assert view.driver.find_elements(By.CSS_SELECTOR, "#details img, aside img, #details a") == []
