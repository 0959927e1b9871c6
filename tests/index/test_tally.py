"""The triples of the index graph's counter nodes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.index.maintain import COUNTERS
from kg.index.tally import ENTITY_PREFIX, Key, Totals, counter_triples, node_triples
from kg.namespaces import CKG

A, B = ENTITY_PREFIX + "armenia", ENTITY_PREFIX + "azerbaijan"
KEYS: list[Key] = [
    ("dyad", A, B),
    ("dyad-years", A, B, 2015, 2016),
    ("entity", A),
    ("entity-years", A, 2015, 2015),
    ("class-year", str(CKG.Meeting), 2015),
    ("dyad-start", A, B, 2015),
    ("kind", str(CKG.Meeting), "-2", str(CKG.Occurred)),
]
TOTALS = Totals(4, 3, Decimal("-2.5"), "2015-01-02", "2016-03-04", {"2015-01-02": 2})


@pytest.mark.parametrize("key", KEYS, ids=[str(k[0]) for k in KEYS])
def test_a_node_rewrites_exactly_its_counters(key: Key) -> None:
    # what a write rewrites of a node that stays (counter_triples) is every triple of the
    # node whose predicate the write reads back as a counter, and nothing else
    whole = set(node_triples(key, TOTALS))
    counters = set(counter_triples(key, TOTALS))
    assert counters == {t for t in whole if t[1].value in COUNTERS}
    assert counters
