"""The conventions file is data: a kind it names must be an ontology event type."""

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extract.conventions import conventions


def test_an_unknown_kind_in_the_conventions_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "conventions.yaml"
    path.write_text("done_by_forces: [MilitaryOffensive, Skirmishing]\n", encoding="utf-8")
    with pytest.raises(InputError, match="Skirmishing"):
        conventions(path)


def test_the_bundled_conventions_name_known_kinds() -> None:
    assert "MilitaryOffensive" in conventions().done_by_forces
