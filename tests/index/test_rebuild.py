"""``kg reindex`` reads the states the index needs, and writes what a scratch index holds."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.analysis.sample import build_sample
from kg.index.rebuild import reindex, stored_facts, stored_states
from kg.index.state import LIGHT
from kg.namespaces import CKG, INDEX_GRAPH
from kg.store import open_store
from tests.index.conftest import scratch_index, stored_index


def test_subjects_with_only_a_class_and_labels_are_not_held(tmp_path: Path) -> None:
    store = build_sample(open_store(tmp_path / "s", create=True))
    try:
        heavy = {s for s, p, _o in stored_facts(store) if p not in LIGHT}
        light = {s for s, p, _o in stored_facts(store) if p in LIGHT} - heavy
        evidence = {
            q.subject.value
            for q in store.predicate_quads([str(CKG.quote)])
            if isinstance(q.subject, ox.NamedNode)
        }
        assert heavy and evidence and evidence <= light  # the sample has both kinds
        states = stored_states(store)
        assert all(subject in states for subject in heavy)
        assert not any(subject in states for subject in light)
        events = {s for s, p, _o in stored_facts(store) if p == str(CKG.actor)}
        assert events and all(states.state(e).classes for e in events)  # their classes read
    finally:
        store.close()


def test_reindex_writes_the_index_computed_from_every_subject(tmp_path: Path) -> None:
    store = build_sample(open_store(tmp_path / "s", create=True))
    try:
        expected = stored_index(store)
        store.remove_graph(INDEX_GRAPH)
        assert reindex(store) == len(scratch_index(store)) == len(expected)
        assert stored_index(store) == scratch_index(store) == expected
    finally:
        store.close()
