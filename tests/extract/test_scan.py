import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import claims, dates, events
from kg.extract.lexicon import lexicons
from kg.extract.scan import anchor, finditer, required, search
from kg.extract.textmap import FoldedText
from kg.resources import bundled
from kg.sources import read_source, source_files

HANDMADE = [
    r"(?<!\w)(?:last month)(?!\w)",
    r"(?<!\w)\w*mayib(?!\w)",
    r"(?<!\w)\w*acaq\w*(?!\w)",
    r"(?<!\w)\w*n't(?!\w)",
    r"(?<!\w)'ll(?!\w)",
    r"(?<!\w)cease\-fire(?!\w)",
    r"(?<!\w)—\s+заявил\w*(?!\w)",
    r"(?<!\w)ab?c",
    r"(?<!\w)ab{1,2}c",
    r"(?<!\w)(?:ab)?c",
    r"(?<!\w)(?:ab|c)d",
    r"(?<!\w)ab|cd",
    r"(?<!\w)(?:ab)|cd",
    r"(?<!\w)(?:a(?:b|c)d)e",
    r"(?<!\w)a[|(]b",
    r"(?<!\w)a\(b",
    r"(?<!\w)(?P<x>ab)c",
    r"(?<!\w)\w*(?:ab)c",
    r"(?<!\w)x\.",
    r"(?P<said_in>[^,.;]{3,40}) musahibə\w*",
    r"(?:ab)+c d",
    r"a{2}b|c",
    r"x(?=ab)c?d",
    r"(?:a(?:b|c)d)e{1,2}",
    r"[ab(]\(c\)",
]


def every_pattern() -> list[re.Pattern[str]]:
    """The patterns the extractor scans with, of every language, and the handmade ones."""
    found = [re.compile(p) for p in HANDMADE]
    for language in lexicons():
        found += [rule.regex for rule in dates.finder(language).rules]
        found += claims.finder(language).said_in
        finder = events.finder(language)
        for index in (finder.trigger, finder.negation, finder.planning, finder.conditional):
            found += [regex for regex, _ in index.anywhere]
        found += [regex for regex, _ in claims.finder(language).cue.anywhere]
    return found


PATTERNS = every_pattern()


def same(regex: re.Pattern[str], text: str, lo: int, hi: int) -> None:
    expected = [(m.span(), m.groupdict()) for m in regex.finditer(text, lo, hi)]
    assert [(m.span(), m.groupdict()) for m in finditer(regex, text, lo, hi)] == expected
    first = regex.search(text, lo, hi)
    quick = search(regex, text, lo, hi)
    assert (
        (quick.span(), quick.groupdict()) == (first.span(), first.groupdict())
        if first
        else not quick
    )
    assert all(required(regex) in text[slice(*m.span())] for m in regex.finditer(text, lo, hi))


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?<!\w)(?:last month)(?!\w)", ("last month", False)),
        (r"(?<!\w)\w*mayib(?!\w)", ("mayib", True)),
        (r"(?<!\w)ab?c", ("a", False)),
        (r"(?<!\w)cease\-fire(?!\w)", ("cease-fire", False)),
        (r"(?<!\w)(?:ab)?c", None),
        (r"(?<!\w)(?:ab|c)d", None),
        (r"(?<!\w)ab|cd", None),
        (r"(?<!\w)\d+", None),
        (r"last month", None),
    ],
)
def test_anchor_is_the_text_every_match_holds(pattern: str, expected: object) -> None:
    assert anchor(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?P<said_in>[^,.;]{3,40}) musahibə\w*", " musahibə"),
        (r"in an interview with (?P<said_in>[^,.;]{3,60})", "in an interview with "),
        (r"(?<!\w)(?:last month)(?!\w)", "last month"),
        (r"(?:ab)+c d", "c d"),
        (r"a{2}bc", "bc"),
        (r"abc?", "ab"),
        (r"x(?=abcd)y", "x"),
        (r"(?:a(?:b|c)de)f", "de"),
        (r"ab|cd", ""),
        (r"(?:ab|cd)", ""),
        (r"[ab(]\(c\)", "(c)"),
    ],
)
def test_required_text_is_what_every_match_holds(pattern: str, expected: str) -> None:
    assert required(re.compile(pattern)) == expected


def test_flags_disable_the_anchor() -> None:
    assert anchor(re.compile(r"(?<!\w)abc", re.IGNORECASE)) is None


def test_most_relative_date_patterns_have_an_anchor() -> None:
    anchored = [r for r in dates.finder("en").rules if anchor(r.regex) is not None]
    assert len(anchored) >= 5


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="ab cdlast monthmayibn'tl-fire—заявил\u0259x.,(|1", max_size=60),
    bounds=st.tuples(st.integers(-2, 62), st.integers(-2, 62)),
    which=st.integers(0, len(HANDMADE) - 1),
)
def test_handmade_patterns_match_as_finditer(
    text: str, bounds: tuple[int, int], which: int
) -> None:
    same(re.compile(HANDMADE[which]), text, *bounds)


def test_every_extractor_pattern_matches_as_finditer_on_the_corpus() -> None:
    texts = [FoldedText.of(read_source(p).text).folded for p in source_files(bundled("sources"))]
    assert texts
    for text in texts:
        middle = len(text) // 2
        for regex in PATTERNS:
            same(regex, text, 0, len(text))
            same(regex, text, middle - 7, middle + 301)


@pytest.mark.parametrize(
    ("pattern", "text", "lo", "hi"),
    [
        (r"(?<!\w)x\.", "x.x. ax. x.", 0, 11),  # a match right where the last one ended
        (r"(?<!\w)\w*mayib(?!\w)", "olmayib gəlmayibmayib", 3, 21),  # window inside a word
        (r"(?<!\w)\w*acaq\w*(?!\w)", "edəcaqacaq acaqlar", 0, 18),  # two anchors in a word
        (r"(?<!\w)(?:last month)(?!\w)", "last monthly last month", 0, 23),
        (r"(?<!\w)cease\-fire(?!\w)", "a cease-fire, xcease-fire", 0, 20),  # cut by the window
    ],
)
def test_edge_cases_match_as_finditer(pattern: str, text: str, lo: int, hi: int) -> None:
    same(re.compile(pattern), text, lo, hi)
