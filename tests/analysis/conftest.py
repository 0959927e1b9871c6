"""The hand-built sample store (known answers), built once per test module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.analysis.sample import build_sample
from kg.store import EmbeddedStore, open_store


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """A real embedded store holding the seven entities and eight events of the sample."""
    path: Path = tmp_path_factory.mktemp("analysis") / "kg-store"
    store = build_sample(open_store(path, create=True))
    yield store
    store.close()


@pytest.fixture
def demo(request: pytest.FixtureRequest) -> Iterator[EmbeddedStore]:
    """The shared ``demo_store``; skipped (with the reason) while the bundled corpus does not
    build cleanly, which the corpus and dictionary tests report on their own."""
    try:
        store: EmbeddedStore = request.getfixturevalue("demo_store")
    except AssertionError as exc:
        pytest.skip(f"the bundled corpus does not build yet: {str(exc)[:200]}")
    yield store
