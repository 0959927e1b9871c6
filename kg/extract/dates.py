"""Dates written in text: absolute, partial, ranges and relative expressions.

Patterns come from the lexicons (``dates`` and ``relative``); placeholders ``{day}``,
``{month}``, ``{year}`` (and ``{day2}``, ``{month2}``, ``{year2}`` for the end of a range),
``{mm}`` (a month written as a number: ``27.01.2023``), ``{weekday}`` and ``{season}`` are
filled in here. Relative dates and dates without a year
are resolved against the source's publication date (a week, unit ``week``: ``last week``, is
the range of its days from Monday to Sunday, the model having no week precision); without one
they are returned unresolved (``span`` is ``None``, flag ``unresolved``), never guessed. A date
without a year takes the year of the last full date (at least a month and a year: ``since
1992`` is not one) before it in the same text when there is one, unless that full date lies
after the publication year (``until 2035`` sets no year) or the publication year keeps the
story going forward (``on November 1, 2017 ... on 30 July`` in an article of August 2018 is 30
July 2018). ``that day``, ``the same day``, ``the next day`` (unit ``previous``) count from the
last full date told before them (``a month later``, unit ``previous_month``, in months: that
month; ``the following week``, unit ``previous_week``, in weeks: that week's days); ``в ночь на
13 августа`` (unit ``night``) spans the night from the 12th; ``September 1 this year`` (unit
``told_year``) is that day of the publication year (``offset`` years on), a full date later
dates without a year take their year from; ``the 30th anniversary of`` (unit ``anniversary``,
``{count}`` years) dates what it is the anniversary of that many years before the publication
year. Something told as going on since a date (unit ``since``: ``продолжаются с 27 сентября``)
spans from that date to the publication date. A relative month may name its day (``ötən ayın
24-də``, the 24th of last month). A season (units ``season``, ``last_season``, ``next_season``:
``the autumn of 2020``, ``last summer``) is its three months. Dates that do not exist
(``February 30``) are returned with flag ``impossible`` and no span.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.dates import DateSpan, PartialDate
from kg.extract.lexicon import Lexicon, lexicon
from kg.extract.phrases import fold_pattern
from kg.extract.relative import (
    SEASONS,
    days_after,
    months_after,
    night_before,
    partial,
    relative,
    season,
    weeks_after,
)
from kg.extract.scan import finditer
from kg.extract.textmap import FoldedText
from kg.extract.wordscan import WordIndex, WordScanner

_NUMBERS = {
    "day": r"(?<!\d)(?P<day>[0-3]?\d)(?!\d)",
    "day2": r"(?<!\d)(?P<day2>[0-3]?\d)(?!\d)",
    "year": r"(?<!\d)(?P<year>1[5-9]\d\d|20\d\d)(?!\d)",
    "year2": r"(?<!\d)(?P<year2>1[5-9]\d\d|20\d\d)(?!\d)",
    "count": r"(?<!\d)(?P<count>[1-9]\d{0,2})(?!\d)",
    "mm": r"(?<!\d)(?P<mm>0?[1-9]|1[0-2])(?!\d)",  # a month written as a number (27.01.2023)
}
_DIGITS = re.compile(r"\d+")
_REACH = 60  # characters a date pattern may reach beyond its farthest digit
# A date without a year is put in the publication year unless that is this far in the future.
_FUTURE_SLACK = dt.timedelta(days=62)


@dataclass(frozen=True)
class DateMention:
    """A date in the text; ``span`` is ``None`` when it could not be resolved or is impossible.

    Flags: ``relative`` (resolved against the publication date; ``weekday`` for a day of the
    week, which a planned event may move to the next such day; ``week`` for the days of a
    week, Monday to Sunday; ``anaphoric`` for ``that day``
    or ``the next day``, counted from the last full date told before it; ``anniversary``
    for the date of what an anniversary is of, which is not the date of the sentence's news),
    ``year-from-publication``, ``year-from-context`` (the year of the last full date before
    it in the same text), ``unresolved`` (no publication date to resolve against), ``impossible``.

    >>> DateMention(0, 4, "2008", DateSpan(PartialDate(2008))).span.iso()
    '2008'
    """

    start: int
    end: int
    text: str
    span: DateSpan | None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Rule:
    regex: re.Pattern[str]
    unit: str | None  # None for absolute dates
    offset: int


class DateFinder:
    """The compiled date patterns of one language.

    >>> len(DateFinder(lexicon("az")).rules) > 5
    True
    """

    def __init__(self, lex: Lexicon):
        self.months = {n: re.compile(fold_pattern(p)) for n, p in lex.months.items()}
        self.weekdays = {n: re.compile(fold_pattern(p)) for n, p in lex.weekdays.items()}
        self.seasons = {n: re.compile(fold_pattern(p)) for n, p in lex.seasons.items()}
        fills = dict(_NUMBERS)
        month_alt = "|".join(f"(?:{fold_pattern(p)})" for p in lex.months.values()) or "(?!x)x"
        day_alt = (
            "|".join(
                f"(?:{fold_pattern(p)})"
                for p in sorted(lex.weekdays.values(), key=len, reverse=True)
            )
            or "(?!x)x"
        )
        fills.update(
            month=f"(?P<month>{month_alt})",
            month2=f"(?P<month2>{month_alt})",
            weekday=f"(?P<weekday>{day_alt})",
            season="(?P<season>" + ("|".join(lex.seasons.values()) or "(?!x)x") + ")",
        )
        written: list[tuple[str, str | None, int]] = [(p, None, 0) for p in lex.dates]
        written += [
            (str(r["pattern"]), str(r["unit"]), int(r.get("offset", 0))) for r in lex.relative
        ]
        self.rules = [
            _Rule(self._compile(p, fills, i), u, o) for i, (p, u, o) in enumerate(written)
        ]
        # Patterns with a number in them are only tried near the digits of the text.
        self.numeric = {
            i for i, (p, _, _) in enumerate(written) if re.search(r"\{(?:day|year|count)2?\}", p)
        }
        # Each pattern is tried only where its first words occur, when they are known.
        self.words = WordScanner(rule.regex for rule in self.rules)

    @staticmethod
    def _compile(pattern: str, fills: dict[str, str], number: int) -> re.Pattern[str]:
        text = fold_pattern(pattern)
        for key, value in fills.items():
            text = text.replace("{" + key + "}", value.replace(f"<{key}>", f"<{key}_{number}>"))
        return re.compile(r"(?<!\w)(?:" + text + r")(?!\w)")

    def find(
        self, text: str, published: dt.date | None, folded: FoldedText | None = None
    ) -> list[DateMention]:
        """Dates in ``text``, in text order; where patterns overlap the longest match wins.

        >>> f = DateFinder(lexicon("en"))
        >>> [m.span.iso() for m in f.find("Signed on January 27, 2023.", None)]
        ['2023-01-27']
        """
        folded = folded or FoldedText.of(text)
        hits: list[tuple[int, int, int, re.Match[str]]] = []
        windows = _windows(folded.folded)
        index = self.words.index(folded.folded)
        for number in range(len(self.rules)):
            ranges = windows if number in self.numeric else [(0, len(folded.folded))]
            for match in _matches(self.rules[number].regex, index, ranges):
                if match.end() > match.start():
                    hits.append((match.start(), match.end(), number, match))
        hits.sort(key=lambda h: (h[0], h[0] - h[1], h[2]))
        found: list[DateMention] = []
        context: int | None = None
        context_day: dt.date | None = None
        last_day: dt.date | None = None
        last_end = -1
        for start, end, number, match in hits:
            if start < last_end:
                continue
            last_end = end
            rule = self.rules[number]
            tail = f"_{number}"
            groups = {
                k.removesuffix(tail): v
                for k, v in match.groupdict().items()
                if v is not None and k.endswith(tail)
            }
            first, stop = folded.span(match.start(), match.end())
            if rule.unit == "previous":
                span, flags = days_after(last_day, rule.offset)
            elif rule.unit == "previous_month":
                span, flags = months_after(last_day, rule.offset)
            elif rule.unit == "previous_week":
                span, flags = weeks_after(last_day, rule.offset)
            elif rule.unit == "night":
                span, flags = night_before(
                    self._resolve(_Rule(rule.regex, None, 0), groups, published, context)
                )
            else:
                span, flags = self._resolve(rule, groups, published, context)
                if span is not None and context_day and span.earliest < context_day:
                    # A story told forward: "on November 1, 2017 ... On 30 July" is 2018 when
                    # that is still before publication.
                    ahead, how = self._resolve(rule, groups, published, None)
                    if ahead is not None and context_day <= ahead.earliest <= (
                        published or ahead.earliest
                    ):
                        span, flags = ahead, how
            full = span is not None and (span.end or span.start).month is not None
            if span is not None and full and not flags and _not_after(span, published):
                context = (span.end or span.start).year
                context_day = span.earliest
            if span is not None and span.start.day is not None and not span.is_range:
                last_day = span.earliest
            elif span is not None and rule.unit == "night" and span.is_range:
                last_day = span.latest  # "в ночь на 8 августа ... в тот же день": the 8th
            found.append(DateMention(first, stop, text[first:stop], span, flags))
        return found

    def _number(self, table: dict[int, re.Pattern[str]], written: str | None) -> int | None:
        if written is None:
            return None
        for number, regex in table.items():
            if regex.fullmatch(written):
                return number
        return None

    def _resolve(
        self,
        rule: _Rule,
        groups: dict[str, Any],
        published: dt.date | None,
        context: int | None = None,
    ) -> tuple[DateSpan | None, tuple[str, ...]]:
        if rule.unit in SEASONS:  # "the autumn of 2020", "this summer": from its first month
            first = self._number(self.seasons, groups.get("season")) or 0
            return season(rule.unit, first, _year(groups), published)
        if rule.unit == "anniversary":
            if published is None:
                return None, ("relative", "unresolved")
            return DateSpan(PartialDate(published.year - int(groups["count"]))), (
                "relative",
                "anniversary",
            )
        if rule.unit == "since":  # "продолжаются с 27 сентября": from then to publication
            since, how = self._resolve(_Rule(rule.regex, None, 0), groups, published, context)
            if since is None or published is None or since.earliest > published:
                return since, how
            until = PartialDate(published.year, published.month, published.day)
            return DateSpan(since.start, until), (*how, "since")
        if rule.unit == "told_year":  # "September 1 this year": a day of the year told
            if published is None:
                return None, ("relative", "unresolved")
            groups = {**groups, "year": str(published.year + rule.offset)}
        elif rule.unit is not None:
            weekday = self._number(self.weekdays, groups.get("weekday"))
            month = self._number(self.months, groups.get("month"))
            day = int(groups["day"]) if groups.get("day") else None
            return relative(rule.unit, rule.offset, weekday, published, month, day)
        values = {k: (int(v) if v and v.isdigit() else None) for k, v in groups.items()}
        month = self._number(self.months, groups.get("month")) or values.get("mm")
        month2 = self._number(self.months, groups.get("month2"))
        year, year2 = values.get("year"), values.get("year2")
        day, day2 = values.get("day"), values.get("day2")
        flags: list[str] = []
        if year is None and year2 is None and context is not None:
            year = context
            flags.append("year-from-context")
        elif year is None and year2 is None:
            if published is None:
                return None, ("unresolved",)
            year = published.year
            flags.append("year-from-publication")
            probe_month = month2 or month or 1
            probe = dt.date(year, probe_month, 1)
            if probe - published > _FUTURE_SLACK:
                year -= 1
        ranged = any(groups.get(k) for k in ("day2", "month2", "year2"))
        try:
            if not ranged:
                return DateSpan(partial(year, month, day)), tuple(flags)
            end = partial(year2 or year, month2 or month, day2)
            begin = partial(year or end.year, month or (end.month if day else None), day)
            if end.latest < begin.earliest:
                return None, (*flags, "impossible")
            return DateSpan(begin, end), tuple(flags)
        except ValueError:
            return None, (*flags, "impossible")


def _year(groups: dict[str, Any]) -> int | None:
    """The year a pattern's ``{year}`` holds, if any."""
    return int(groups["year"]) if groups.get("year") else None


def _matches(
    regex: re.Pattern[str], index: WordIndex, windows: list[tuple[int, int]]
) -> list[re.Match[str]]:
    """``regex.finditer(text, lo, hi)`` over each window, tried where the pattern's first
    words occur (when they are known)."""
    found = index.matches(regex, windows)
    if found is not None:
        return found
    return [m for lo, hi in windows for m in finditer(regex, index.text, lo, hi)]


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around its numbers, wide enough for any written date."""
    found: list[tuple[int, int]] = []
    for match in _DIGITS.finditer(text):
        lo, hi = max(0, match.start() - _REACH), min(len(text), match.end() + _REACH)
        if found and lo <= found[-1][1]:
            found[-1] = (found[-1][0], hi)
        else:
            found.append((lo, hi))
    return found


def _not_after(span: DateSpan, published: dt.date | None) -> bool:
    """True when ``span`` starts no later than the publication year (or none is known).

    A year the text looks ahead to (``until 2035``) is not the year of later dates without one.
    """
    return published is None or span.earliest.year <= published.year


@lru_cache(maxsize=16)
def finder(language: str) -> DateFinder:
    """The compiled date finder for a language (English when it has no rules).

    >>> finder("ru") is finder("ru")
    True
    """
    return DateFinder(lexicon(language))


def find_dates(text: str, language: str, published: dt.date | None = None) -> list[DateMention]:
    """Dates in ``text`` written in ``language``, resolved against ``published``.

    >>> [m.span.iso() for m in find_dates("27 января 2023 года", "ru")]
    ['2023-01-27']
    >>> find_dates("February 30, 2023", "en")[0].flags
    ('impossible',)
    >>> m = find_dates("on Monday", "en", dt.date(2021, 10, 6))[0]
    >>> m.span.iso(), m.flags
    ('2021-10-04', ('relative', 'weekday'))
    """
    return finder(language).find(text, published)


def unset(
    dates: list[DateMention], settings: list[tuple[int, int]], text: str
) -> list[DateMention]:
    """The dates that are not part of a setting a claim was made in: one inside it, or right
    before it with only spaces between ("çərşənbə axşamı yaydığı bəyanatda"), dates the
    statement, not the event the statement is about.

    >>> tuesday = DateMention(0, 15, "çərşənbə axşamı", None)
    >>> unset([tuesday], [(16, 33)], "çərşənbə axşamı yaydığı bəyanatda")
    []
    >>> unset([tuesday], [(20, 33)], "çərşənbə axşamı ... yaydığı bəyanatda")[0].text
    'çərşənbə axşamı'
    """
    return [
        d
        for d in dates
        if not any(
            a <= d.start < b or (d.end <= a and not text[d.end : a].strip()) for a, b in settings
        )
    ]


__all__ = ["DateFinder", "DateMention", "calendar", "find_dates", "finder", "unset"]
