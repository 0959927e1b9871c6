"""The HTML graph in a real headless Chromium: offline, interactive, and inert to hostile text."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from kg.views.graph import focus, from_query, overview, pair
from kg.views.relations import relations
from kg.views.timeline import timeline_page

IRAN = "https://w3id.org/caucasus-kg/id/entity/iran"
HOSTILE_TITLE = '<img src=x onerror="window.__xss=8"> href'


def test_demo_graph_loads_offline_and_shows_quotes_on_click(view, demo_store):
    view.open(overview(demo_store))
    view.assert_clean()
    labels = view.js("return nodes.get().map(n => n.label)")
    assert {"Azerbaijan", "Iran", "Armenia"} <= set(labels)
    view.click_node(IRAN)
    quotes = view.quotes()
    assert any("Iran" in q or "Tehran" in q or "Iranian" in q for q in quotes)
    expected = view.js(
        "return factsOf('nodes', arguments[0]).flatMap(f => f.quotes.map(q => q.text))", IRAN
    )
    assert sorted(quotes) == sorted(expected)
    # the legend lists the groups drawn, edges are coloured by Goldstein value
    legend = view.driver.find_element(By.CSS_SELECTOR, ".legend").text
    assert "Country" in legend
    colours = set(view.js("return edges.get().map(e => e.color)"))
    assert len(colours) > 3


def test_overview_is_capped_and_says_what_it_left_out(view, demo_store):
    view.open(overview(demo_store, max_nodes=5))
    assert view.js("return nodes.length") == 5
    note = view.driver.find_element(By.CSS_SELECTOR, "aside .note").text
    assert "Left out:" in note and "less connected entities" in note
    view.assert_clean()


def test_hostile_text_is_shown_as_text_and_runs_nothing(view, xss_store):
    view.open(overview(xss_store, title=HOSTILE_TITLE))
    view.click_node(IRAN)
    details = "\n".join(view.quotes()) + view.details()
    view.assert_clean()
    assert view.driver.find_elements(By.CSS_SELECTOR, "#details img, aside img, #details a") == []
    assert '<img src=x onerror="window.__xss=3">' in details
    assert "</script><script>window.__xss=5</script>" in details
    assert "</script><script>window.__xss=6</script>" in view.details()
    assert view.driver.find_element(By.TAG_NAME, "h1").text.startswith("<img src=x")
    # the hover tooltip of the hostile event shows its label as text
    edge = view.js("return edges.getIds()[0]")
    view.click_edge(edge, hover_only=True)
    WebDriverWait(view.driver, 10).until(
        lambda d: (
            "__xss=6"
            in d.execute_script(
                "const t = document.querySelector('.vis-tooltip'); return t ? t.textContent : ''"
            )
        )
    )
    # vis-network writes the text escaped, with <br> for line breaks and nothing else
    tags = view.js("return [...document.querySelectorAll('.vis-tooltip *')].map(e => e.tagName)")
    assert set(tags) <= {"BR"}
    view.assert_clean()


def test_pages_reference_no_remote_resource(demo_store):
    pages = [
        overview(demo_store),
        focus(demo_store, "iran"),
        pair(demo_store, "azerbaijan", "iran"),
        from_query(demo_store, "SELECT ?a ?b WHERE { ?e ckg:actor ?a ; ckg:target ?b }"),
        timeline_page(relations(demo_store, "azerbaijan", "iran")),
    ]
    for page in pages:
        assert "default-src 'none'" in page
        for needle in ("https://", "http://", "//cdn", "jsdelivr"):
            for attribute in ("src=", "href=", "url("):
                assert f'{attribute}"{needle}' not in page and f"{attribute}{needle}" not in page
