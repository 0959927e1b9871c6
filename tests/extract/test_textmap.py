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
