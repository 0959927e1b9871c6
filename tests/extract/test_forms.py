import pytest

from kg.extract.forms import stem, variants
from kg.extract.lexicon import lexicon


@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [("нахичевани", "ru", "нахичеван"), ("ирана", "ru", "иран"), ("ира", "ru", "ира")],
)
def test_stem_keeps_at_least_the_lexicons_minimum(word, language, expected):
    assert stem(word, lexicon(language)) == expected


def test_variants_strip_apostrophe_endings_and_suffixes():
    found = variants("naxçıvanda", lexicon("az"))
    assert found[0] == "naxçıvanda" and "naxçıvan" in found
    assert variants("iran'ın", lexicon("az"))[:2] == ["iran'ın", "iran"]
    assert variants("tehran", None) == ["tehran"]


def test_variants_strip_case_endings_written_after_a_hyphen():
    assert variants("abs-la", lexicon("az"))[:2] == ["abs-la", "abs"]  # folded words
    assert "bmt" in variants("bmt-nin", lexicon("az"))
    assert "aspa" in variants("aspa-daki", lexicon("az"))  # two endings (da + ki)
    assert variants("general-mayor", lexicon("az")) == ["general-mayor"]
