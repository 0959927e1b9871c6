"""Phrase syntax, folding of patterns, and the phrase index against a plain search."""

import re
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.phrases import PhraseIndex, fold_pattern, phrase_regex


def test_phrase_index_prefers_the_longest_phrase() -> None:
    index = PhraseIndex([("drills", "MilitaryExercise"), ("joint drills", "JointMilitaryExercise")])
    assert [v for _, _, v in index.find("they held joint drills")] == ["JointMilitaryExercise"]


def test_gap_and_wildcards() -> None:
    index = PhraseIndex([("signed ... agreement*", "Agreement"), ("*mayib", "neg")])
    assert [v for _, _, v in index.find("they signed a new trade agreements")] == ["Agreement"]
    assert [v for _, _, v in index.find("imzalanmayib")] == ["neg"]
    gap = PhraseIndex([("signed ... agreement", "A")])
    assert gap.find("signed agreement")
    assert not gap.find("signed one two three four five six seven agreement")


def test_patterns_are_folded_but_keep_named_groups() -> None:
    assert fold_pattern("(?P<x>Январ[ЬЯ])") == "(?P<x>январ[ья])"
    assert phrase_regex("Hücum*") == r"(?<!\w)hucum\w*(?!\w)"


def plain_find(index: PhraseIndex[str], text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The phrase search spelt out: every word of the window, every phrase that may start there."""
    hits = [
        (m.start(), m.end(), value)
        for regex, value in index.anywhere
        for m in regex.finditer(text, lo, hi)
    ]
    for token in re.finditer(r"\w+", text[:hi][lo:]):
        start, word = token.start() + lo, token.group()
        tries = list(index.exact.get(word, ()))
        for size in index.lengths:
            tries += index.prefix.get(word[:size], []) if len(word) >= size else []
        matches = [(m, v) for r, v in tries if (m := r.match(text, start, hi))]
        if matches:
            best = max(matches, key=lambda mv: mv[0].end())  # the first of the longest
            hits.append((start, best[0].end(), best[1]))
    hits.sort(key=lambda h: (h[0], h[0] - h[1]))
    chosen: list[tuple[int, int, str]] = []
    for hit in hits:
        if not chosen or hit[0] >= chosen[-1][1]:
            chosen.append(hit)
    return chosen


WINDOWED = PhraseIndex(
    [
        ("held talks", "Meeting"),
        ("talks", "Talks"),
        ("sanction*", "Sanction"),
        ("sanctions ... lifted", "Lifted"),
        ("*n't", "negation"),
        ("cease-fire", "Ceasefire"),
        ("no", "negation"),
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            [
                "held",
                "talks",
                "sanctions",
                "sanctioned",
                "lifted",
                "don't",
                "cease-fire",
                "no",
                "x",
                ",",
                ".",
            ]
        ),
        max_size=25,
    ),
    cuts=st.lists(st.integers(0, 200), max_size=6),
)
def test_windowed_search_finds_what_a_plain_search_finds(words: list[str], cuts: list[int]) -> None:
    text = " ".join(words)
    bounds = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    for lo, hi in pairwise(bounds):  # one text, window by window
        assert WINDOWED.find(text, lo, hi) == plain_find(WINDOWED, text, lo, hi)
    assert WINDOWED.find(text) == plain_find(WINDOWED, text, 0, len(text))


def test_a_hyphenated_first_word_is_indexed_by_its_first_part() -> None:
    index = PhraseIndex([("free-trade", "T"), ("anti-terror* operation", "O")])
    assert not index.anywhere  # tried only where "free" or "anti" starts a word
    text = "a free-trade deal and an anti-terrorist operation"
    assert index.find(text) == [(2, 12, "T"), (25, 49, "O")]


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            ["held", "talks", "sanctions", "lifted", "don't", "cease", "fire", "no", "not", "-"]
        ),
        max_size=25,
    ),
    cuts=st.lists(st.integers(0, 200), max_size=6),
)
def test_occurs_tells_whether_a_search_finds_something(words: list[str], cuts: list[int]) -> None:
    text = " ".join(words)
    assert WINDOWED.occurs(text) == bool(plain_find(WINDOWED, text, 0, len(text)))
    bounds = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    for lo, hi in pairwise(bounds):  # windows cutting words too
        assert WINDOWED.occurs(text, lo, hi) == bool(plain_find(WINDOWED, text, lo, hi))


def test_occurs_in_an_index_without_phrases_is_false() -> None:
    assert not PhraseIndex[str]([]).occurs("held talks")


def test_indexes_of_the_same_phrases_share_one_compiled_index() -> None:
    cues = [("said", "before"), ("according to", "after")]
    first, second = PhraseIndex(cues), PhraseIndex(iter(cues))
    assert first._memory is second._memory  # the claim and event rules search once
    assert PhraseIndex([("said", "after")])._memory is not first._memory


def test_a_window_a_phrase_runs_past_gets_the_match_within_it() -> None:
    index = PhraseIndex([("talks", "T"), ("talks ... ended", "E")])
    text = "talks went on and ended"
    assert index.find(text) == [(0, 23, "E")]  # the best match at 0 is known for the text
    assert index.find(text, 0, 13) == [(0, 5, "T")] == plain_find(index, text, 0, 13)


def test_a_window_ending_right_before_a_word_is_searched_on_its_own() -> None:
    index = PhraseIndex([("u.s.", "US")])
    text = "u.s.a"
    assert index.find(text) == []
    assert index.find(text, 0, 4) == [(0, 4, "US")] == plain_find(index, text, 0, 4)


SECOND_WORDS = PhraseIndex(
    [
        ("held talks", "Meeting"),
        ("held talk* again", "Again"),
        ("the cease-fire", "Ceasefire"),
        ("the talks ... held", "Held"),
        ("talks", "Talks"),
        ("the u.s.", "US"),
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            ["held", "talks", "talk", "again", "the", "cease-fire", "cease", "u.s.", "u", ",", "."]
        ),
        max_size=20,
    ),
    cuts=st.lists(st.integers(0, 160), max_size=5),
)
def test_phrases_are_tried_only_before_their_second_word(words: list[str], cuts: list[int]) -> None:
    text = " ".join(words)
    assert SECOND_WORDS.find(text) == plain_find(SECOND_WORDS, text, 0, len(text))
    bounds = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    for lo, hi in pairwise(bounds):
        assert SECOND_WORDS.find(text, lo, hi) == plain_find(SECOND_WORDS, text, lo, hi)
