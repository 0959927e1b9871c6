"""Big graphs: laid out in Python, drawn without physics, refused beyond the limit."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.views.graph import MAX_NODES, ViewTooLarge, draw, from_query, overview
from kg.views.layout import layout
from kg.views.synthetic import synthetic_graph, synthetic_page


@pytest.mark.slow
def test_a_5000_node_page_loads_offline_and_answers_clicks(view):
    view.open(synthetic_page(5000), "big.html", timeout=120)
    view.assert_clean()
    assert view.js("return nodes.length") == 5000
    assert view.js("return DATA.options.physics.enabled") is False
    note = view.js("return document.querySelector('aside .note').textContent")
    assert "5000 made-up entities" in note
    hub = "urn:x:e0"
    view.click_node(hub, zoom=1.0)
    expected = view.js(
        "return factsOf('nodes', arguments[0]).flatMap(f => f.quotes.map(q => q.text))", hub
    )
    assert sorted(view.quotes()) == sorted(expected)


def test_layout_places_every_node_apart_and_is_repeatable():
    graph, _events = synthetic_graph(300)
    first = layout(graph)
    assert set(first) == set(graph.nodes)
    assert layout(graph) == first
    assert len(set(first.values())) == len(first)
    lonely = nx.Graph()
    lonely.add_nodes_from(["a", "b"])
    assert len(set(layout(lonely).values())) == 2
    assert layout(nx.Graph()) == {}


def test_more_than_the_limit_is_refused_with_a_reason():
    graph = nx.MultiDiGraph()
    graph.add_nodes_from((f"urn:x:{i}", {"label": str(i)}) for i in range(MAX_NODES + 1))
    with pytest.raises(ViewTooLarge, match=f"at most {MAX_NODES}|more than a page can draw"):
        draw(graph, {}, title="t", note="n", positions={n: (0.0, 0.0) for n in graph})


def test_overview_limit_and_query_limit(demo_store):
    with pytest.raises(ViewTooLarge, match=str(MAX_NODES)):
        overview(demo_store, max_nodes=MAX_NODES + 1)
    values = " ".join(f"<urn:x:{i}>" for i in range(MAX_NODES + 1))
    query = f"SELECT ?s ?o WHERE {{ VALUES ?s {{ {values} }} BIND(entity:iran AS ?o) }}"
    with pytest.raises(ViewTooLarge, match="a page draws at most 5000"):
        from_query(demo_store, query)
