"""Shared fixtures: a store built once from the bundled corpus, and a CLI runner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import build_folder
from kg.resources import bundled
from kg.store import EmbeddedStore, open_store

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def demo_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the whole bundled corpus, built once per test session."""
    path = tmp_path_factory.mktemp("demo") / "kg-store"
    store = open_store(path, create=True)
    report = build_folder(store, bundled("sources"))
    assert report.ok, report.failures
    store.close()
    return path


@pytest.fixture
def demo_store(demo_store_path: Path) -> Iterator[EmbeddedStore]:
    """The demo store, opened for one test and closed after it (one opener at a time)."""
    store = open_store(demo_store_path)
    yield store
    store.close()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
