"""The HTML graph in a real headless Chromium: offline, interactive, and inert to hostile text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from kg.build import build_folder
from kg.store import open_store
from kg.views.graph import overview

DATA = Path(__file__).parent.parent / "data"


def open_page(browser, page: Path):
    browser.get(page.as_uri())
    WebDriverWait(browser, 30).until(
        lambda d: d.execute_script("return document.body.dataset.drawn") == "1"
    )


def network_requests(browser) -> list[str]:
    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return [u for u in urls if not u.startswith(("file:", "data:"))]


def severe_console(browser) -> list[str]:
    return [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def click_node(browser, node_id: str) -> None:
    x, y = browser.execute_script(
        "const p = network.canvasToDOM(network.getPositions([arguments[0]])[arguments[0]]);"
        "return [p.x, p.y];",
        node_id,
    )
    canvas = browser.find_element(By.CSS_SELECTOR, "#graph canvas")
    width, height = canvas.size["width"], canvas.size["height"]
    ActionChains(browser).move_to_element_with_offset(
        canvas, int(x - width / 2), int(y - height / 2)
    ).click().perform()


def test_demo_graph_loads_offline_and_shows_quotes_on_click(browser, demo_store, tmp_path):
    page = tmp_path / "graph.html"
    page.write_text(overview(demo_store), encoding="utf-8")
    open_page(browser, page)
    assert severe_console(browser) == []
    assert network_requests(browser) == []
    labels = browser.execute_script("return nodes.get().map(n => n.label)")
    assert {"Azerbaijan", "Iran", "Armenia"} <= set(labels)
    iran = "https://w3id.org/caucasus-kg/id/entity/iran"
    browser.execute_script(
        "const id = arguments[0];"
        "network.moveTo({position: network.getPositions([id])[id], scale: 1.5});",
        iran,
    )
    click_node(browser, iran)
    WebDriverWait(browser, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#details blockquote")
    )
    quotes = [q.text for q in browser.find_elements(By.CSS_SELECTOR, "#details blockquote")]
    assert any("Iran" in q or "Tehran" in q or "Iranian" in q for q in quotes)
    expected = browser.execute_script(
        "return DATA.facts.nodes[arguments[0]].flatMap(f => f.quotes.map(q => q.text))", iran
    )
    assert sorted(quotes) == sorted(expected)


def test_hostile_text_is_shown_as_text_and_runs_nothing(browser, tmp_path):
    store = open_store(tmp_path / "s", create=True)
    report = build_folder(store, DATA / "xss")
    assert report.ok, report.failures
    page = tmp_path / "hostile.html"
    page.write_text(
        overview(store, title='<img src=x onerror="window.__xss=8"> href'), encoding="utf-8"
    )
    open_page(browser, page)
    iran = "https://w3id.org/caucasus-kg/id/entity/iran"
    click_node(browser, iran)
    WebDriverWait(browser, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#details blockquote")
    )
    assert browser.execute_script("return window.__xss === undefined")
    assert browser.find_elements(By.CSS_SELECTOR, "#details img, aside img, #details a") == []
    details = browser.find_element(By.ID, "details").text
    assert '<img src=x onerror="window.__xss=3">' in details
    assert "</script><script>window.__xss=6</script>" in details
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("<img src=x")
    assert network_requests(browser) == []


@pytest.mark.parametrize("needle", ["https://", "http://cdn", "cdnjs", "jsdelivr"])
def test_page_references_no_remote_resource(demo_store, needle):
    page = overview(demo_store)
    for attribute in ("src=", "href="):
        assert f'{attribute}"{needle}' not in page
