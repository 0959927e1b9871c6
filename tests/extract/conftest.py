"""Shared fixtures for the extractor tests."""

from __future__ import annotations

import pytest

from kg.dictionary import Dictionary, load


@pytest.fixture(scope="session")
def dictionary() -> Dictionary:
    return load()
