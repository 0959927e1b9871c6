from hypothesis import given, settings
from hypothesis import strategies as st
from pytest import MonkeyPatch

from kg.extract import textmap
from kg.extract.textmap import FoldedText, quick_fold
from kg.text import fold


def test_offsets_survive_invisible_and_combining_characters() -> None:
    text = "Tehra\u0301n and I\u200dran"
    folded = FoldedText.of(text)
    assert folded.folded == "tehran and iran"
    start = folded.folded.index("iran")
    assert text[slice(*folded.span(start, start + 4))] == "I\u200dran"


def test_plain_text_keeps_identity_offsets() -> None:
    folded = FoldedText.of("Baku and Tbilisi")
    assert folded.span(9, 16) == (9, 16)
    assert folded.locate(9, 16) == (9, 16)


def test_quick_fold_agrees_with_fold() -> None:
    for text in ["Naxçıvan  Muxtar", "İRAN'ın", "Нахичевань", "Ադրբեջան", "  a\tb "]:
        assert quick_fold(text) == fold(text).replace("\u2019", "'")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_quick_fold_of_ascii_text_is_the_table_fold(text: str) -> None:
    # ASCII text takes str.lower (every control character, tab, backtick and letter drawn)
    assert quick_fold(text) == " ".join(FoldedText.of(text).folded.split())


def test_quick_fold_of_ascii_text_does_not_use_the_table(monkeypatch: MonkeyPatch) -> None:
    monkeypatch.setattr(textmap, "_TABLE", {})  # an empty table folds nothing
    assert quick_fold("Iran's `Green`\x1fLINE") == "iran's 'green' line"
    assert quick_fold("İRAN") == "İRAN"  # not ASCII: the table's
