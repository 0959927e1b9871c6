import pytest
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


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=14, max_size=40))
def test_quick_fold_is_the_table_fold_for_any_text(text: str) -> None:
    # the first call judges the characters for str.lower, the second may take it
    expected = " ".join(FoldedText.of(text).folded.split())
    assert quick_fold(text) == expected
    assert quick_fold(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ΟΔΟΣ ΚΑΙ ΟΔΟΣ ΣΤΟ ΔΡΟΜΟ",  # lower would write a final sigma
        "İLHAM ƏLİYEV İRƏVANDA",  # İ lowers to i and a combining dot
        "Ağ Ev\u200b’in açıqlaması",  # an invisible character, a curly apostrophe
        "ﬁnal ﬂights STRAßE Ǆ",  # ligatures and letters that fold to several
        "Нахичевань\u00a0и\tЙошкар-Ола",
    ],
)
def test_quick_fold_by_lower_keeps_the_table_fold(text: str) -> None:
    expected = " ".join(FoldedText.of(text).folded.split())
    assert [quick_fold(text), quick_fold(text)] == [expected, expected]


def test_long_text_of_judged_characters_does_not_use_the_table(monkeypatch: MonkeyPatch) -> None:
    monkeypatch.setattr(textmap, "_LOWERED", textmap._Lowered())  # nothing judged yet
    text = "Путин и Пашинян встретились в Москве, заявил Йылмаз"
    expected = quick_fold(text)  # judges its characters
    monkeypatch.setattr(textmap, "_TABLE", {})
    assert quick_fold(text) == expected == "путин и пашинян встретились в москве, заявил иылмаз"


def test_characters_to_replace_after_lower_stay_few(monkeypatch: MonkeyPatch) -> None:
    monkeypatch.setattr(textmap, "_LOWERED", textmap._Lowered())
    accented = "".join(chr(c) for c in range(0x00C0, 0x0250))  # Latin letters with marks
    for start in range(0, len(accented), 16):
        quick_fold(accented[start : start + 16] * 2)
    assert len(textmap._LOWERED.fixes) <= textmap._MOST_FIXES
    assert quick_fold(accented) == " ".join(FoldedText.of(accented).folded.split())


def test_the_judged_characters_are_compiled_a_few_at_a_time() -> None:
    lowered = textmap._Lowered()
    compiled = lowered.known
    compiles = 0
    for code in range(0x0410, 0x0410 + 40):  # forty capital Cyrillic letters, one per text
        lowered.learn("abc " + chr(code))
        compiles += lowered.known is not compiled
        compiled = lowered.known
    assert 1 <= compiles <= 3
    assert lowered.known[0].fullmatch("\u0410\u0411\u0412") is not None
