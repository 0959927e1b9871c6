"""Quads go through the spool files into the store whole; a failed load is not lost."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.spool import BulkSpool


def quads(first: int, count: int) -> list[ox.Quad]:
    graph = ox.NamedNode("https://e.org/g")
    return [
        ox.Quad(ox.NamedNode(f"https://e.org/s{i}"), ox.NamedNode("https://e.org/p"),
                ox.Literal(f'line\n"{i}"\\ é'), graph)
        for i in range(first, first + count)
    ]  # fmt: skip


def test_every_quad_arrives_through_several_loads(tmp_path):
    db = ox.Store(str(tmp_path / "store"))
    spool = BulkSpool(db, tmp_path / "spool", load_quads=250)
    sent = []
    for start in range(0, 2_000, 90):
        batch = quads(start, 90)
        sent += batch
        spool.add(batch)
    spool.finish()
    assert set(db) == set(sent)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_a_failed_load_is_raised_and_leaves_no_files(tmp_path):
    ox.Store(str(tmp_path / "store")).flush()
    db = ox.Store.read_only(str(tmp_path / "store"))
    spool = BulkSpool(db, tmp_path / "spool", load_quads=10)
    spool.add(quads(0, 20))  # handed to a load that fails
    with pytest.raises(RuntimeError, match="read-write"):
        spool.finish()
    spool.discard()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_discarding_waits_for_the_load_and_removes_the_files(tmp_path):
    db = ox.Store(str(tmp_path / "store"))
    spool = BulkSpool(db, tmp_path / "spool", load_quads=100)
    spool.add(quads(0, 150))
    spool.add(quads(150, 10))
    spool.discard()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_files_left_by_a_killed_build_are_removed(tmp_path):
    (tmp_path / "spool-1.nq").write_text("left over", encoding="utf-8")
    spool = BulkSpool(ox.Store(str(tmp_path / "store")), tmp_path / "spool")
    spool.finish()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]
