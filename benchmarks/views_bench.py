"""Time-to-interactive of big graph pages in headless Chromium.

Generates synthetic graph pages (kg.views.synthetic) of several sizes, opens each in Debian's
headless chromium through chromedriver, and measures

* build: seconds to compute the layout and write the HTML in Python;
* drawn: milliseconds from navigation start to vis-network's first drawing (the page then
  answers clicks);
* click: milliseconds for a click on a node to fill the details panel;
* size: the page in megabytes;
* ratio: drawn divided by the drawn time of a 2-node page measured in the same run (the same
  vis-network code is parsed; the machines are shared and noisy).

Run: /work/venv/bin/python benchmarks/views_bench.py [--sizes 500,1500,5000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

from kg.views.synthetic import synthetic_page

FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-dev-shm-usage",
    "--window-size=1400,900",
)


def browser(profile: Path) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)


def measure(driver: webdriver.Chrome, page: Path) -> tuple[float, float]:
    driver.get("about:blank")
    driver.get(page.as_uri())
    WebDriverWait(driver, 120).until(
        lambda d: d.execute_script("return document.body && document.body.dataset.drawn") == "1"
    )
    drawn = float(driver.execute_script("return Number(document.body.dataset.drawnAt)"))
    click_ms = float(
        driver.execute_script(
            """
            const id = nodes.getIds()[0];
            const p = network.canvasToDOM(network.getPositions([id])[id]);
            const canvas = document.querySelector('#graph canvas');
            const box = canvas.getBoundingClientRect();
            const t0 = performance.now();
            network.selectNodes([id]);
            network.emit('click', {nodes: [id], edges: [],
                                   pointer: {DOM: p, canvas: p}, event: {}});
            const filled = document.querySelectorAll('#details blockquote').length > 0;
            return filled ? performance.now() - t0 : -1;
            """
        )
    )
    return drawn, click_ms


def chromium_version() -> str:
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    try:
        return subprocess.run(
            [chromium, "--version"], capture_output=True, text=True, timeout=30
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,1500,5000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"machine: {cpu_model()}, {os.cpu_count()} CPUs, {platform.platform()}")
    print(f"python {platform.python_version()}, {chromium_version()}")
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    print(
        f"{'nodes':>6} {'edges':>6} {'build s':>8} {'MB':>6} {'drawn ms':>18} {'ratio':>6} "
        f"{'click ms':>9}"
    )
    with tempfile.TemporaryDirectory() as folder:
        driver = browser(Path(folder) / "profile")
        try:
            tiny = Path(folder) / "graph-2.html"
            tiny.write_text(synthetic_page(2), encoding="utf-8")
            base = statistics.median(measure(driver, tiny)[0] for _ in range(args.runs))
            print(f"baseline: a 2-node page is drawn in {base:.0f} ms")
            for size in sizes:
                start = time.perf_counter()
                text = synthetic_page(size)
                build = time.perf_counter() - start
                page = Path(folder) / f"graph-{size}.html"
                page.write_text(text, encoding="utf-8")
                edges = text.count('"arrows": "to"')
                runs = [measure(driver, page) for _ in range(args.runs)]
                drawn = [r[0] for r in runs]
                click = statistics.median(r[1] for r in runs)
                median = statistics.median(drawn)
                print(
                    f"{size:>6} {edges:>6} {build:>8.1f} {len(text) / 1e6:>6.1f} "
                    f"{median:>6.0f} ({min(drawn):.0f}-{max(drawn):.0f}) "
                    f"{median / base:>6.1f} {click:>9.1f}"
                )
        finally:
            driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
