"""The README's promises: two quick-start blocks, and example queries that answer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.query import rows, run

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
QUICK_START = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
EXAMPLES = re.findall(r"```sparql\n(.*?)```", README, re.S)


def test_quick_start_has_two_shell_blocks_install_and_tests():
    blocks = re.findall(r"```(?:bash|sh|shell)\n(.*?)```", QUICK_START, re.S)
    assert len(blocks) == 2
    assert "kg demo" in blocks[0]
    assert "pytest" in blocks[1]


def test_readme_has_three_example_queries():
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("query", EXAMPLES, ids=[f"example-{i + 1}" for i in range(len(EXAMPLES))])
def test_readme_example_queries_answer_on_the_demo_corpus(demo_store, query):
    assert rows(run(demo_store, query)), "an example query in the README returns nothing"
