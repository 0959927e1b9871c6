import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import dates
from kg.extract.lexicon import lexicons
from kg.extract.textmap import FoldedText
from kg.extract.wordscan import WordScanner, first_words, openings
from kg.resources import bundled
from kg.sources import read_source, source_files

HANDMADE = [
    r"(?<!\w)(?:(?:on |last )?(?:monday|fri\w*))(?!\w)",
    r"(?<!\w)(?:last|this) (?:week|month)(?!\w)",
    r"(?<!\w)(?:(?<!\d)(?P<day>[0-3]?\d)(?!\d)(?:st|th)? (?:of )?may)(?!\w)",
    r"(?<!\w)(?:в|во) (?:ма[ияе]|среду)(?!\w)",
    r"(?<!\w)(?:mid-|early )?(?P<year>1[5-9]\d\d|20\d\d)(?!\d)",
    r"(?<!\w)(?:a|one) day (?:later|earlier)",
    r"(?<!\w)(?:the|last) (?!may)\w+",
    r"(?<!\w)ab?c",
    r"(?<!\w)(?:ab)?c",
    r"(?<!\w)a{1,3}b",
    r"(?<!\w)[a-c]x",
]
TEXT = "on monday fridays last week this month 3 may 21st of may 1999 mid-2004 во среду abc ac"


def every_date_pattern() -> list[re.Pattern[str]]:
    return [rule.regex for language in lexicons() for rule in dates.finder(language).rules]


def same(scanner: WordScanner, regex: re.Pattern[str], text: str, lo: int, hi: int) -> None:
    found = scanner.index(text).finditer(regex, lo, hi)
    assert found is not None
    expected = [(m.span(), m.groupdict()) for m in regex.finditer(text, lo, hi)]
    assert [(m.span(), m.groupdict()) for m in found] == expected


@pytest.mark.parametrize(
    ("pattern", "whole", "beginnings"),
    [
        (HANDMADE[0], {"on", "last"}, ("fri", "monday")),
        (HANDMADE[1], {"last", "this"}, ()),
        (HANDMADE[4], {"mid", "early"}, ("\x00\x00\x00\x00",)),
        (r"(?<!\w)(?:ab)?c", set(), ("abc", "c")),
    ],
)
def test_first_words_are_read_from_the_pattern(
    pattern: str, whole: set[str], beginnings: tuple[str, ...]
) -> None:
    found = first_words(re.compile(pattern))
    assert found is not None
    assert (set(found[0]), found[1]) == (whole, tuple(sorted(beginnings)))


@pytest.mark.parametrize(
    "pattern",
    [
        r"last month",
        r"(?<!\w)a|the previous day",
        r"(?<!\w)\w+ ago",
        r"(?<!\w)[^,]+x",
        r"(?<!\w)(?i:ab)",
        r"(?<!\w)-\d",
    ],
)
def test_patterns_without_known_first_words_are_refused(pattern: str) -> None:
    assert first_words(re.compile(pattern)) is None
    scanner = WordScanner([re.compile(pattern)])
    assert scanner.index("last month").finditer(re.compile(pattern)) is None


def test_every_date_pattern_has_known_first_words() -> None:
    assert all(first_words(regex) is not None for regex in every_date_pattern())


def test_date_patterns_match_as_finditer_on_the_corpus() -> None:
    patterns = every_date_pattern()
    scanner = WordScanner(patterns)
    texts = [FoldedText.of(read_source(p).text).folded for p in source_files(bundled("sources"))]
    assert texts
    for text in texts:
        middle = len(text) // 2
        for regex in patterns:
            same(scanner, regex, text, 0, len(text))
            same(scanner, regex, text, middle - 7, middle + 301)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(
        st.sampled_from([*TEXT.split(" "), " ", "-", ",", "x", "2", "fri", "ma", "3may"]),
        max_size=25,
    ).map("".join),
    bounds=st.tuples(st.integers(-2, 90), st.integers(-2, 90)),
    which=st.integers(0, len(HANDMADE) - 1),
)
def test_handmade_patterns_match_as_finditer(
    text: str, bounds: tuple[int, int], which: int
) -> None:
    regex = re.compile(HANDMADE[which])
    same(WordScanner([regex]), regex, text, *bounds)


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.sampled_from([*TEXT.split(" "), "1", "12", "may", "в", "май"]), max_size=30),
    gaps=st.lists(st.sampled_from([" ", ", ", "-", ""]), min_size=30, max_size=30),
    lo=st.integers(0, 200),
    width=st.integers(0, 200),
)
def test_date_patterns_match_as_finditer_on_generated_text(
    words: list[str], gaps: list[str], lo: int, width: int
) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    patterns = every_date_pattern()
    scanner = WordScanner(patterns)
    for regex in patterns:
        same(scanner, regex, text, lo, lo + width)


def test_a_word_cut_by_the_window_is_tried_as_the_pattern_sees_it() -> None:
    regex = re.compile(r"(?<!\w)may(?!\w)")
    same(WordScanner([regex]), regex, "in mayor", 0, 6)  # the window ends inside "mayor"


def test_matches_over_the_number_windows_are_those_of_each_window() -> None:
    patterns = every_date_pattern()
    scanner = WordScanner(patterns)
    for path in source_files(bundled("sources")):
        text = FoldedText.of(read_source(path).text).folded
        windows = dates._windows(text)
        index = scanner.index(text)
        for regex in patterns:
            found = index.matches(regex, windows)
            assert found is not None
            expected = [m.span() for lo, hi in windows for m in regex.finditer(text, lo, hi)]
            assert [m.span() for m in found] == expected


def test_openings_are_read_past_the_first_word() -> None:
    regex = re.compile(r"(?<!\w)(?:в|во) (?:ма[ияе]|среду)(?!\w)")
    assert openings(regex) == tuple(
        sorted(f"{p} {w}" for p in ("в", "во") for w in ("маи", "мае", "мая", "среду"))
    )
    assert openings(re.compile(r"(?<!\w)(?:(?<!\d)(?P<day>[0-3]?\d)(?!\d) may)")) is None


def test_a_word_is_tried_only_where_an_opening_of_the_pattern_follows() -> None:
    regex = re.compile(r"(?<!\w)(?:the (?:next|same) day)(?!\w)")
    index = WordScanner([regex]).index("the talks ended; the next day they met")
    assert index.places(regex) == [17]  # not the "the" of "the talks"
    assert [m.group() for m in index.finditer(regex) or []] == ["the next day"]
