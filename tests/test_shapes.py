"""Every shape has examples that pass and examples that fail, for the stated reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.validate import validate_graph

SHAPES = Path(__file__).parent / "data" / "shapes"
VALID = sorted((SHAPES / "valid").glob("*.ttl"))
INVALID = sorted((SHAPES / "invalid").glob("*.ttl"))


def test_there_are_examples_both_ways():
    assert len(VALID) >= 5
    assert len(INVALID) >= 7


@pytest.mark.parametrize("path", VALID, ids=[p.name for p in VALID])
def test_valid_examples_conform(path):
    report = validate_graph(Graph().parse(path, format="turtle"))
    assert report.conforms, [str(v) for v in report.violations]


@pytest.mark.parametrize("path", INVALID, ids=[p.name for p in INVALID])
def test_invalid_examples_are_caught(path):
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    assert first_line.startswith("# expect:"), "an invalid example states why it is invalid"
    expected = first_line.removeprefix("# expect:").strip()
    report = validate_graph(Graph().parse(path, format="turtle"))
    assert not report.conforms
    messages = [v.message for v in report.violations]
    assert any(expected in m for m in messages), messages
