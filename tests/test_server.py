"""The SPARQL endpoint over real HTTP on 127.0.0.1: protocol, formats, errors, limits, clients."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Graph

from kg.errors import StoreError
from kg.server import QueryServer, ServerConfig, make_server, negotiate

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
COUNTRIES = "SELECT ?e ?label WHERE { ?e a ckg:Country ; rdfs:label ?label } ORDER BY ?label"


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self) -> dict:
        return json.loads(self.body)


def running(config: ServerConfig) -> Iterator[QueryServer]:
    server = make_server(config)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def server(demo_store_path: Path) -> Iterator[QueryServer]:
    config = ServerConfig(
        store=demo_store_path, port=0, workers=4, timeout=2.0, max_rows=200, quiet=True
    )
    yield from running(config)


def call(
    server: QueryServer,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 20,
) -> Reply:
    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(str(host), port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return Reply(response.status, dict(response.getheaders()), response.read())
    finally:
        connection.close()


def get(server: QueryServer, query: str, accept: str | None = None, **extra: str) -> Reply:
    path = "/sparql?" + urllib.parse.urlencode({"query": query, **extra})
    return call(server, "GET", path, headers={"Accept": accept} if accept else {})


def url(server: QueryServer, path: str = "/sparql") -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}{path}"


# --- protocol and formats --------------------------------------------------------------------


def test_get_json_by_default(server):
    reply = get(server, COUNTRIES)
    assert reply.status == 200
    assert reply.headers["Content-Type"] == "application/sparql-results+json"
    assert reply.headers["X-KG-Truncated"] == "false"
    data = reply.json()
    assert data["head"]["vars"] == ["e", "label"]
    labels = [b["label"]["value"] for b in data["results"]["bindings"]]
    assert "Azerbaijan" in labels and "Iran" in labels
    assert data["results"]["bindings"][0]["label"]["xml:lang"] == "en"


def test_post_form_and_direct_give_the_same_answer(server):
    by_get = get(server, COUNTRIES).json()
    form = urllib.parse.urlencode({"query": COUNTRIES}).encode()
    by_form = call(
        server,
        "POST",
        "/sparql",
        form,
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    direct = call(
        server,
        "POST",
        "/sparql",
        COUNTRIES.encode(),
        {"Content-Type": "application/sparql-query; charset=utf-8"},
    )
    assert by_form.status == direct.status == 200
    assert by_form.json() == direct.json() == by_get


def test_non_ascii_queries_in_every_encoding(server):
    query = 'SELECT ?e WHERE { ?e skos:prefLabel "Иран"@ru }'
    expected = "https://w3id.org/caucasus-kg/id/entity/iran"
    answers = [
        get(server, query),
        call(
            server,
            "POST",
            "/sparql",
            urllib.parse.urlencode({"query": query}).encode(),
            {"Content-Type": "application/x-www-form-urlencoded"},
        ),
        call(
            server,
            "POST",
            "/sparql",
            query.encode("utf-8"),
            {"Content-Type": "application/sparql-query"},
        ),
    ]
    for reply in answers:
        assert reply.status == 200, reply.text
        assert [b["e"]["value"] for b in reply.json()["results"]["bindings"]] == [expected]
    labels = get(
        server, 'SELECT ?l WHERE { entity:iran skos:prefLabel ?l FILTER(LANG(?l) = "ru") }'
    )
    assert "Иран" in labels.text


@pytest.mark.parametrize(
    ("accept", "media", "first_line"),
    [
        ("text/csv", "text/csv; charset=utf-8", "e,label"),
        ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8", "?e\t?label"),
        (
            "application/sparql-results+xml",
            "application/sparql-results+xml",
            '<?xml version="1.0"?>',
        ),
        (
            "text/html, application/sparql-results+json;q=0.9, */*;q=0.1",
            "application/sparql-results+json",
            "{",
        ),
    ],
)
def test_content_negotiation_for_select(server, accept, media, first_line):
    reply = get(server, COUNTRIES, accept)
    assert reply.status == 200
    assert reply.headers["Content-Type"] == media
    assert reply.text.startswith(first_line)
    assert "Azerbaijan" in reply.text


def test_xml_results_parse(server):
    import xml.etree.ElementTree as ET

    root = ET.fromstring(get(server, COUNTRIES, "application/sparql-results+xml").body)
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert len(root.findall(f"{ns}results/{ns}result")) >= 5


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/rdf+xml", "xml")],
)
def test_construct_in_rdf_formats(server, accept, fmt):
    query = "CONSTRUCT { entity:iran ?p ?o } WHERE { entity:iran ?p ?o }"
    reply = get(server, query, accept)
    assert reply.status == 200, reply.text
    assert reply.headers["Content-Type"].startswith(accept)
    graph = Graph().parse(data=reply.body, format=fmt)
    assert len(graph) >= 5


def test_ask_and_format_parameter(server):
    assert get(server, "ASK { ?s a ckg:Event }").json()["boolean"] is True
    reply = get(server, COUNTRIES, format="csv")
    assert reply.headers["Content-Type"].startswith("text/csv")


def test_graph_results_refuse_sparql_results_types(server):
    reply = get(server, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "text/csv")
    assert reply.status == 406


def test_negotiation_table():
    assert negotiate(None) == ("json", "turtle")
    assert negotiate("application/n-triples") == (None, "ntriples")
    assert negotiate("text/csv;q=0.2, application/sparql-results+xml") == ("xml", None)


# --- errors ------------------------------------------------------------------------------------


def test_bad_query_is_400_with_line_and_column(server):
    reply = get(server, "SELECT * WHERE {\n  ?s ?p }")
    assert reply.status == 400
    assert reply.text.startswith("SPARQL syntax error: error at line 2, column")
    assert "Traceback" not in reply.text


@pytest.mark.parametrize(
    ("method", "path", "body", "headers", "status"),
    [
        ("GET", "/sparql", None, {}, 400),
        ("GET", "/sparql?query=ASK%7B%7D&query=ASK%7B%7D", None, {}, 400),
        ("GET", "/sparql?query=ASK%7B%7D&default-graph-uri=file%3A%2F%2F%2Fetc", None, {}, 400),
        ("PUT", "/sparql", b"x", {"Content-Type": "text/turtle"}, 405),
        ("DELETE", "/sparql", None, {}, 405),
        (
            "POST",
            "/",
            b"query=ASK%7B%7D",
            {"Content-Type": "application/x-www-form-urlencoded"},
            405,
        ),
        ("GET", "/sparql?query=ASK%7B%7D", None, {"Accept": "image/png"}, 406),
        ("POST", "/sparql", b"ASK {}", {"Content-Type": "text/plain"}, 415),
        ("POST", "/sparql", b"ASK {}", {"Content-Type": "application/json"}, 415),
        ("POST", "/sparql", b"DROP ALL", {"Content-Type": "application/sparql-update"}, 403),
        (
            "POST",
            "/sparql",
            b"update=DROP+ALL",
            {"Content-Type": "application/x-www-form-urlencoded"},
            403,
        ),
        ("GET", "/sparql?update=DROP+ALL", None, {}, 405),
        ("GET", "/nothing-here", None, {}, 404),
    ],
)
def test_error_codes(server, method, path, body, headers, status):
    reply = call(server, method, path, body, headers)
    assert reply.status == status, reply.text
    assert reply.headers["Content-Type"].startswith("text/plain")
    if status in (403, 405):
        assert "Access-Control-Allow-Origin" not in reply.headers


def test_oversized_body_is_413(server):
    body = b"ASK { ?s ?p ?o } #" + b"x" * (server.config.max_body + 10)
    reply = call(server, "POST", "/sparql", body, {"Content-Type": "application/sparql-query"})
    assert reply.status == 413


def test_update_needs_a_token_even_when_enabled(demo_store_path):
    with pytest.raises(StoreError, match="token"):
        make_server(ServerConfig(store=demo_store_path, port=0, allow_update=True))
    config = ServerConfig(
        store=demo_store_path,
        port=0,
        workers=1,
        allow_update=True,
        token="s3cret",
        quiet=True,
        lock_store=False,
    )
    for server in running(config):
        headers = {"Content-Type": "application/sparql-update"}
        assert call(server, "POST", "/sparql", b"DROP ALL", headers).status == 401
        wrong = {**headers, "Authorization": "Bearer nope"}
        assert call(server, "POST", "/sparql", b"DROP ALL", wrong).status == 401
        assert get(server, "ASK { ?s a ckg:Event }").json()["boolean"] is True


# --- safety ----------------------------------------------------------------------------------


def test_service_never_reaches_the_network(server):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    try:
        attempts = [
            f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
            f"select * where {{ service silent <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ BIND(<http://127.0.0.1:{port}/> AS ?x) SERVICE ?x {{ ?s ?p ?o }}}}",
            f"SELECT * FROM <http://127.0.0.1:{port}/data> WHERE {{ ?s ?p ?o }}",
            f"SELECT * FROM NAMED <http://127.0.0.1:{port}/> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
            "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
            f"LOAD <http://127.0.0.1:{port}/x.ttl>",
        ]
        for query in attempts:
            reply = get(server, query)
            assert reply.status == 400, query
            assert "refused" in reply.text or "read-only" in reply.text
            form = urllib.parse.urlencode({"query": query}).encode()
            posted = call(
                server,
                "POST",
                "/sparql",
                form,
                {"Content-Type": "application/x-www-form-urlencoded"},
            )
            assert posted.status == 400
        with pytest.raises(TimeoutError):
            listener.accept()
    finally:
        listener.close()


def test_row_cap_is_announced(server):
    reply = get(server, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert reply.status == 200
    assert reply.headers["X-KG-Truncated"] == "true"
    assert len(reply.json()["results"]["bindings"]) == server.config.max_rows
    construct = get(server, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples")
    assert construct.headers["X-KG-Truncated"] == "true"
    assert len(construct.text.strip().splitlines()) == server.config.max_rows
    small = get(server, "SELECT ?s WHERE { ?s a ckg:Country } LIMIT 3")
    assert small.headers["X-KG-Truncated"] == "false"


def test_timeout_stops_the_slow_query_while_others_are_answered(server):
    with ThreadPoolExecutor(max_workers=1) as pool:
        started = time.monotonic()
        slow = pool.submit(get, server, SLOW)
        time.sleep(0.3)
        quick_started = time.monotonic()
        quick = get(server, "ASK { ?s a ckg:Event }")
        assert quick.status == 200
        assert time.monotonic() - quick_started < 1.5
        reply = slow.result(timeout=15)
    assert reply.status == 503
    assert "longer than 2 s" in reply.text
    assert time.monotonic() - started < 6
    for _ in range(3):
        assert get(server, "ASK { ?s a ckg:Event }").status == 200


def test_busy_server_answers_503(demo_store_path):
    config = ServerConfig(
        store=demo_store_path,
        port=0,
        workers=1,
        timeout=2.0,
        queue_wait=0.2,
        quiet=True,
        lock_store=False,
    )
    for server in running(config):
        with ThreadPoolExecutor(max_workers=1) as pool:
            slow = pool.submit(get, server, SLOW)
            time.sleep(0.4)
            busy = get(server, "ASK { ?s ?p ?o }")
            assert busy.status == 503
            assert "busy" in busy.text
            assert busy.headers.get("Retry-After")
            assert slow.result(timeout=15).status == 503
        deadline = time.monotonic() + 10
        while get(server, "ASK { ?s ?p ?o }").status != 200:
            assert time.monotonic() < deadline, "the worker was not replaced"
            time.sleep(0.2)


def test_fifty_concurrent_clients(server):
    queries = [COUNTRIES, "ASK { ?s a ckg:Event }", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"]

    def one(i: int) -> int:
        return get(server, queries[i % len(queries)]).status

    with ThreadPoolExecutor(max_workers=50) as pool:
        statuses = list(pool.map(one, range(50)))
    assert statuses == [200] * 50


# --- saved queries over HTTP ---------------------------------------------------------------


def test_saved_query_with_parameters(server):
    path = "/saved/events-between?" + urllib.parse.urlencode({"a": "Azerbaijan", "b": "Иран"})
    reply = call(server, "GET", path)
    assert reply.status == 200
    assert len(reply.json()["results"]["bindings"]) >= 8
    csv = call(server, "GET", path, headers={"Accept": "text/csv"})
    assert csv.text.splitlines()[0].startswith("date,type,event")


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"a": "azerbaijan"}, "'b' is required"),
        ({"a": "azerbaijan", "b": "iran", "zz": "1"}, "unknown parameter"),
        ({"a": 'x" } ; DROP ALL #', "b": "iran"}, "no entity is called"),
    ],
)
def test_saved_query_errors(server, query, message):
    reply = call(server, "GET", "/saved/events-between?" + urllib.parse.urlencode(query))
    assert reply.status == 400
    assert message in reply.text


def test_saved_query_injection_over_http_changes_nothing(server):
    def claims(contains: str) -> Reply:
        values = {"about": "russia", "contains": contains}
        return call(server, "GET", "/saved/claims-about?" + urllib.parse.urlencode(values))

    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = get(server, count).json()
    harmless = claims("zzqx-nothing")
    for value in ['x" } ; DROP ALL #', "\\u0022 } ; DROP ALL #"]:
        attacked = claims(value)
        assert attacked.status == harmless.status == 200
        assert attacked.json() == harmless.json()
    assert get(server, count).json() == before


def test_saved_query_on_a_store_without_index_asks_for_reindex(tmp_path):
    from kg.build import build
    from kg.namespaces import INDEX_GRAPH
    from kg.resources import bundled
    from kg.store import open_store

    old = tmp_path / "old"
    store = open_store(old, create=True)
    build(store, sorted(bundled("sources").glob("*iran*.md"))[:3])
    store.remove_graph(INDEX_GRAPH)  # as made before the index existed
    store.close()
    config = ServerConfig(store=old, port=0, workers=1, timeout=5.0, max_rows=200, quiet=True)
    for server in running(config):
        pair = urllib.parse.urlencode({"a": "Azerbaijan", "b": "Iran"})
        reply = call(server, "GET", "/saved/events-between?" + pair)
        assert reply.status == 409
        assert "no index graph" in reply.text and "kg reindex" in reply.text
        # saved queries that do not read the index still answer
        about = urllib.parse.urlencode({"about": "iran"})
        assert call(server, "GET", "/saved/claims-about?" + about).status == 200


def test_saved_listing_and_unknown_name(server):
    listing = call(server, "GET", "/saved").json()
    names = {q["name"] for q in listing}
    assert {"events-between", "claims-about", "entity-profile"} <= names
    assert call(server, "GET", "/saved/nope").status == 400


# --- page and real clients ---------------------------------------------------------------------


def test_query_page_is_self_contained(server):
    reply = call(server, "GET", "/")
    assert reply.status == 200
    assert reply.headers["Content-Type"] == "text/html; charset=utf-8"
    policy = reply.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    page = reply.text
    assert "<textarea" in page and 'id="run"' in page
    assert "events-between" in page
    assert "src=" not in page and "https://cdn" not in page
    assert "innerHTML" not in page
    assert page.count("</script>") == 2


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_sparqlwrapper_client(server):
    from SPARQLWrapper import JSON, POST, XML, SPARQLWrapper

    client = SPARQLWrapper(url(server))
    client.setQuery(COUNTRIES)
    client.setReturnFormat(JSON)
    data = client.query().convert()
    assert "Iran" in [b["label"]["value"] for b in data["results"]["bindings"]]
    client.setMethod(POST)
    client.setQuery("ASK { entity:iran a ckg:Country }")
    assert client.query().convert()["boolean"] is True
    client.setQuery("CONSTRUCT { entity:iran ?p ?o } WHERE { entity:iran ?p ?o }")
    client.setReturnFormat(XML)
    graph = client.query().convert()
    assert len(graph) >= 5


def test_rdflib_sparqlstore_client(server):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(url(server))
    graph = Graph(store=store)
    found = list(
        graph.query(
            "PREFIX ckg: <https://w3id.org/caucasus-kg/ontology#> "
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            "SELECT ?label WHERE { ?e a ckg:Country ; rdfs:label ?label }"
        )
    )
    assert "Iran" in {str(row[0]) for row in found}
    assert bool(graph.query("ASK { ?s a <https://w3id.org/caucasus-kg/ontology#Event> }"))


@pytest.mark.browser
def test_query_page_in_a_browser(server):
    import shutil

    if not shutil.which("chromium") or not shutil.which("chromedriver"):
        pytest.skip("needs Debian chromium and chromedriver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or ""
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    try:
        driver.get(url(server, "/"))
        wait = WebDriverWait(driver, 15)
        payload = "<img src=x onerror=\"document.title='pwned'\">"
        text = driver.find_element(By.ID, "query")
        text.clear()
        text.send_keys(f"SELECT ?x WHERE {{ BIND('''{payload}''' AS ?x) }}")
        driver.find_element(By.ID, "run").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#output td"))
        assert driver.find_element(By.CSS_SELECTOR, "#output td").text == payload
        assert not driver.find_elements(By.CSS_SELECTOR, "#output img")
        assert driver.title != "pwned"

        button = next(
            b
            for b in driver.find_elements(By.CSS_SELECTOR, "#examples button")
            if b.text.startswith("events-between")
        )
        button.click()
        driver.find_element(By.NAME, "a").send_keys("Azerbaijan")
        driver.find_element(By.NAME, "b").send_keys("Иран")
        driver.find_element(By.ID, "run").click()
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#output tr")) > 8)

        text = driver.find_element(By.ID, "query")
        text.clear()
        text.send_keys("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
        driver.find_element(By.ID, "run").click()
        wait.until(lambda d: d.find_element(By.ID, "truncated").is_displayed())
        assert "row limit" in driver.find_element(By.ID, "truncated").text

        text.clear()
        text.send_keys("SELECT * WHERE {\n ?s ?p }")
        driver.find_element(By.ID, "run").click()
        wait.until(lambda d: "line 2" in d.find_element(By.ID, "status").text)
        assert not [
            entry
            for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE" and "Content Security Policy" in entry["message"]
        ]
    finally:
        driver.quit()


def test_the_store_stays_locked_while_served(server, demo_store_path, tmp_path):
    from kg.store import open_store

    with pytest.raises(StoreError, match="in use"):
        open_store(demo_store_path)
    with pytest.raises(StoreError, match="no store"):
        make_server(ServerConfig(store=tmp_path / "none", port=0))


# --- HTML views -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def view_server(
    demo_store_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[QueryServer]:
    """Views load the dictionary and lay out a graph: a longer timeout than plain queries.

    A server holds its store's lock, so this one serves a copy of the demo store.
    """
    import shutil

    copy = tmp_path_factory.mktemp("views") / "kg-store"
    shutil.copytree(demo_store_path, copy, ignore=shutil.ignore_patterns("LOCK"))
    config = ServerConfig(store=copy, port=0, workers=2, timeout=60.0, quiet=True)
    yield from running(config)


@pytest.mark.parametrize(
    ("path", "needle"),
    [
        ("/view", "vis.Network"),
        ("/view/entity?" + urllib.parse.urlencode({"name": "Иран", "depth": 1}), "Iran"),
        ("/view/pair?a=Azerbaijan&b=Iran", "Azerbaijan"),
        ("/view/relations?a=Azerbaijan&b=Iran", "<svg"),
        (
            "/view/query?"
            + urllib.parse.urlencode(
                {"query": "SELECT ?a ?b WHERE { ?e ckg:actor ?a ; ckg:target ?b }"}
            ),
            "vis.Network",
        ),
    ],
)
def test_views_are_served_as_self_contained_pages(view_server, path, needle):
    reply = call(view_server, "GET", path, timeout=90)
    assert reply.status == 200, reply.text[:300]
    assert reply.headers["Content-Type"].startswith("text/html")
    assert needle in reply.text
    assert "default-src 'none'" in reply.text
    assert 'src="http' not in reply.text and 'href="http' not in reply.text


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/view/nothing", "no view 'nothing'"),
        ("/view/pair?a=Azerbaijan", "needs the 'b' parameter"),
        ("/view/entity?name=Atlantis", "Atlantis"),
        (
            "/view/query?"
            + urllib.parse.urlencode(
                {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}
            ),
            "SERVICE is refused",
        ),
    ],
)
def test_bad_view_requests_are_400_with_a_reason(view_server, path, message):
    reply = call(view_server, "GET", path, timeout=90)
    assert reply.status == 400
    assert message in reply.text


def test_saved_query_pages_over_http(server):
    pair = {"a": "Azerbaijan", "b": "Иран"}
    csv = {"Accept": "text/csv"}
    whole = call(
        server, "GET", "/saved/events-between?" + urllib.parse.urlencode(pair), headers=csv
    )
    header, *rows = whole.text.splitlines()
    assert whole.status == 200 and len(rows) >= 8
    paged = {**pair, "limit": "3", "offset": "2", "count": "true"}
    page = call(
        server, "GET", "/saved/events-between?" + urllib.parse.urlencode(paged), headers=csv
    )
    assert page.status == 200
    assert page.text.splitlines() == [header, *rows[2:5]]
    assert page.headers["X-KG-Offset"] == "2" and page.headers["X-KG-Total"] == str(len(rows))
    assert page.headers["X-KG-Rows"] == "3" and page.headers["X-KG-Truncated"] == "false"
    assert "X-KG-Total" in page.headers["Access-Control-Expose-Headers"]
    uncounted = {**pair, "limit": "1"}
    page = call(server, "GET", "/saved/events-between?" + urllib.parse.urlencode(uncounted))
    assert len(page.json()["results"]["bindings"]) == 1


def test_a_saved_page_over_the_row_cap_is_cut_and_says_so(demo_store_path):
    config = ServerConfig(
        store=demo_store_path,
        port=0,
        workers=1,
        timeout=5.0,
        max_rows=2,
        quiet=True,
        lock_store=False,  # the module's server holds the lock
    )
    for server in running(config):
        values = {"a": "Azerbaijan", "b": "Иран", "limit": "5"}
        reply = call(server, "GET", "/saved/events-between?" + urllib.parse.urlencode(values))
        assert reply.status == 200 and len(reply.json()["results"]["bindings"]) == 2
        assert reply.headers["X-KG-Truncated"] == "true"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"limit": "-1"}, "limit takes a whole number from 0"),
        ({"offset": "x"}, "offset takes a whole number from 0"),
        ({"count": "maybe"}, "count takes true or false"),
    ],
)
def test_bad_page_values_over_http(server, extra, message):
    values = {"a": "Azerbaijan", "b": "Иран", **extra}
    reply = call(server, "GET", "/saved/events-between?" + urllib.parse.urlencode(values))
    assert reply.status == 400
    assert reply.text.strip() == message + f", not {next(iter(extra.values()))!r}"


def test_no_saved_query_takes_a_parameter_named_like_a_route_key():
    from kg.query import saved_queries
    from kg.server.saved import ROUTE_KEYS

    for query in saved_queries().values():
        assert not {p.name for p in query.params} & set(ROUTE_KEYS), query.name
