"""Reporting verbs whose object is the speaker's own act (kg/extract/announcing.py)."""

import pytest

from kg.extract.announcing import announces
from kg.extract.lexicon import lexicon


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("the eu announced new sanctions against belarus.", "announced", True),
        ("azerbaijan declared a ceasefire.", "declared", True),
        ("armenia announced on monday that azerbaijan had shelled tavush.", "announced", False),
        ("armenia said sanctions would follow.", "said", False),
    ],
)
def test_an_announcing_verb_with_no_that_in_its_clause(text: str, cue: str, expected: bool) -> None:
    start = text.index(cue)
    assert announces(text, start, start + len(cue), lexicon("en")) is expected
