import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytest import MonkeyPatch

from kg.extract import tokens as token_module
from kg.extract.tokens import Tokens, tokens

WORDS = re.compile(r"(\w+)")
TEXT = st.text(alphabet="ab 1.,-'ə\u0438", max_size=40)


@given(text=TEXT)
def test_tokens_are_the_pattern_matches(text: str) -> None:
    found = Tokens(text, WORDS)
    expected = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    assert list(zip(found.words, found.starts, found.ends, strict=True)) == expected


@given(text=TEXT, lo=st.integers(0, 41), hi=st.integers(0, 41))
def test_inside_is_the_tokenisation_of_the_window(text: str, lo: int, hi: int) -> None:
    found = Tokens(text, WORDS)
    window = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\w+", text[:hi][lo:])]
    window = [(w, s + lo, e + lo) for w, s, e in window]
    crossing = any(s < lo < e or s < hi < e for s, e in zip(found.starts, found.ends, strict=True))
    span = found.inside(lo, hi)
    if crossing and window:
        assert span is None
    if span is not None:
        first, last = span
        words, starts, ends = (x[first:last] for x in (found.words, found.starts, found.ends))
        assert list(zip(words, starts, ends, strict=True)) == window
    within = Tokens.within(text, lo, hi, WORDS)
    assert list(zip(within.words, within.starts, within.ends, strict=True)) == window


def test_recent_texts_are_tokenised_once() -> None:
    text = "".join(["Iran ", "and ", "Armenia"])
    first = tokens(text, WORDS)
    assert tokens(text, WORDS) is first
    assert tokens("".join(["Iran ", "and ", "Armenia"]), WORDS) is not first  # equal, not same


def test_the_last_text_of_a_pattern_is_found_without_the_lock(monkeypatch: MonkeyPatch) -> None:
    pattern = re.compile(r"(\w+)")
    text = "Iran and Azerbaijan signed"
    first = tokens(text, pattern)

    class Refuse:
        def __enter__(self) -> None:
            raise AssertionError("the lock was taken")

        def __exit__(self, *args: object) -> None:
            return None

    monkeypatch.setattr(token_module, "_LOCK", Refuse())
    assert tokens(text, pattern) is first
    with pytest.raises(AssertionError):
        tokens("another text", pattern)
