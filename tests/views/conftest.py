"""A real headless Chromium (Debian's chromium + chromedriver), with console and network logs."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,900",
)


@pytest.fixture
def browser(tmp_path) -> Iterator[object]:
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        if os.environ.get("CI"):
            pytest.fail("CI must have Debian chromium and chromium-driver installed (see .ci/run)")
        pytest.skip("Debian chromium / chromium-driver not installed")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    options.binary_location = CHROMIUM
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


class View:
    """A page opened in the browser, with the checks every view test makes."""

    def __init__(self, driver: Any, folder: Path):
        self.driver = driver
        self.folder = folder

    def open(self, text: str, name: str = "view.html", *, timeout: float = 60) -> View:
        page = self.folder / name
        page.write_text(text, encoding="utf-8")
        self.driver.get(page.as_uri())
        WebDriverWait(self.driver, timeout).until(
            lambda d: d.execute_script("return document.body && document.body.dataset.ready") == "1"
        )
        return self

    def js(self, script: str, *args: Any) -> Any:
        return self.driver.execute_script(script, *args)

    def network_requests(self) -> list[str]:
        urls = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                urls.append(message["params"]["request"]["url"])
        # the browser's own pages (its new-tab page before ours) are not the page's requests
        internal = ("file:", "data:", "about:", "chrome:", "chrome-untrusted:", "devtools:")
        return [u for u in urls if not u.startswith(internal)]

    def severe_console(self) -> list[str]:
        return [e["message"] for e in self.driver.get_log("browser") if e["level"] == "SEVERE"]

    def assert_clean(self) -> None:
        """No console error, no request leaving the page, no injected script ran."""
        assert self.severe_console() == []
        assert self.network_requests() == []
        assert self.js("return window.__xss === undefined")

    def click_at(self, element: Any, x: float, y: float) -> None:
        """Click at page pixel (x, y) inside ``element`` (a real mouse click)."""
        width, height = element.size["width"], element.size["height"]
        ActionChains(self.driver).move_to_element_with_offset(
            element, int(x - width / 2), int(y - height / 2)
        ).click().perform()

    def canvas(self) -> Any:
        return self.driver.find_element(By.CSS_SELECTOR, "#graph canvas")

    def click_node(self, node_id: str, *, zoom: float | None = 1.5) -> None:
        if zoom:
            self.js(
                "const id = arguments[0];"
                "network.moveTo({position: network.getPositions([id])[id], scale: arguments[1]});",
                node_id,
                zoom,
            )
        # a point of the node that no other node covers (vis-network picks the topmost)
        x, y = self.js(
            """const id = arguments[0];
            const box = network.getBoundingBox(id);
            for (const fy of [0.5, 0.3, 0.7, 0.15, 0.85]) {
              for (const fx of [0.5, 0.3, 0.7, 0.15, 0.85]) {
                const c = {x: box.left + fx * (box.right - box.left),
                           y: box.top + fy * (box.bottom - box.top)};
                const p = network.canvasToDOM(c);
                if (network.getNodeAt(p) === id) { return [p.x, p.y]; }
              }
            }
            throw new Error("node " + id + " is covered by others");""",
            node_id,
        )
        self.click_at(self.canvas(), x, y)
        assert self.js("return network.getSelectedNodes()") == [node_id]

    def click_edge(self, edge_id: str, *, hover_only: bool = False) -> None:
        """Click (or only hover) the middle of an edge, on its curve."""
        x, y = self.js(
            "const e = network.body.edges[arguments[0]];"
            "const m = e.edgeType.getPoint(0.5);"
            "network.moveTo({position: m, scale: 1.2, animation: false});"
            "const p = network.canvasToDOM(e.edgeType.getPoint(0.5));"
            "return [p.x, p.y];",
            edge_id,
        )
        if hover_only:
            canvas = self.canvas()
            width, height = canvas.size["width"], canvas.size["height"]
            actions = ActionChains(self.driver)
            actions.move_to_element_with_offset(canvas, int(x - width / 2) + 3, int(y - height / 2))
            actions.move_to_element_with_offset(canvas, int(x - width / 2), int(y - height / 2))
            actions.perform()
        else:
            self.click_at(self.canvas(), x, y)

    def quotes(self) -> list[str]:
        WebDriverWait(self.driver, 10).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "#details blockquote")
        )
        return [q.text for q in self.driver.find_elements(By.CSS_SELECTOR, "#details blockquote")]

    def details(self) -> str:
        return str(self.driver.find_element(By.ID, "details").text)


@pytest.fixture
def view(browser: Any, tmp_path: Path) -> View:
    return View(browser, tmp_path)


@pytest.fixture(scope="session")
def xss_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding only the hostile document of tests/data/xss."""
    from kg.build import build_folder
    from kg.store import open_store

    path = tmp_path_factory.mktemp("xss") / "kg-store"
    store = open_store(path, create=True)
    report = build_folder(store, Path(__file__).parent.parent / "data" / "xss")
    assert report.ok, report.failures
    store.close()
    return path


@pytest.fixture
def xss_store(xss_store_path: Path) -> Iterator[Any]:
    from kg.store import open_store

    store = open_store(xss_store_path)
    yield store
    store.close()
