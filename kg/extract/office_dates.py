"""On which days an office written without a name is meant: the date its sentence tells for
it, so that "In August 2008 the Russian president ordered ..." is the president of August 2008,
not the one of the publication date.

The date is the resolved date nearest the office in its own clause (clauses parted by a
semicolon or a comma and a lexicon ``clause_conjunctions`` word), or else the nearest in its
sentence; a date after publication (looked ahead to), the date of what an anniversary is of,
and a span running up to publication (``since 2020``) tell no past day, and without another
the office is meant on the publication date. A year or a month is kept at its precision (the
office's holder is then the one person holding it all that time), cut at publication.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from kg.extract.dates import DateMention

# The first day (and, for a year or a month, the last day) an office is meant on.
Days = tuple[dt.date | None, dt.date | None]
DaysAt = Callable[[int], Days]

_UNTOLD = ("anniversary", "since")


class ToldDays:
    """The days an office written at an offset of a text is meant on.

    >>> from kg.dates import DateSpan, PartialDate
    >>> text = "In 2010 the Russian president spoke. The president of Russia spoke."
    >>> year = DateMention(3, 7, "2010", DateSpan(PartialDate(2010)))
    >>> days = ToldDays(text, [year], [(0, 35), (36, 67)], dt.date(2024, 5, 1), None)
    >>> [d.isoformat() if d else d for d in days(12)]
    ['2010-01-01', '2010-12-31']
    >>> [d.isoformat() if d else d for d in days(50)]
    ['2024-05-01', None]
    """

    def __init__(
        self,
        text: str,
        dates: Sequence[DateMention],
        sentences: Sequence[tuple[int, int]],
        published: dt.date | None,
        joined: re.Pattern[str] | None,
    ):
        self.text = text
        self.published = published
        self.joined = joined
        self.dates = [d for d in dates if self._past(d)]
        self.sentences = sorted(sentences)
        self.starts = [lo for lo, _ in self.sentences]

    def _past(self, date: DateMention) -> bool:
        if date.span is None or any(f in date.flags for f in _UNTOLD):
            return False
        return self.published is None or date.span.earliest <= self.published

    def __call__(self, position: int) -> Days:
        """The first and last day the office at ``position`` is meant on (the last ``None``
        for one day)."""
        number = bisect_right(self.starts, position) - 1
        if number < 0 or not self.dates:
            return self.published, None
        lo, hi = self.sentences[number]
        told = [d for d in self.dates if lo <= d.start and d.end <= hi]
        if not told:
            return self.published, None
        clause = self._clause(lo, hi, position)
        own = [d for d in told if clause[0] <= d.start and d.end <= clause[1]]
        span = min(own or told, key=lambda d: _distance(d, position)).span
        if span is None:  # kept out by _past
            return self.published, None
        first, last = span.earliest, span.latest
        if self.published is not None:
            last = min(last, self.published)
        return first, (last if last > first else None)

    def _clause(self, lo: int, hi: int, position: int) -> tuple[int, int]:
        """The clause of the sentence ``[lo, hi)`` the offset ``position`` is in."""
        breaks = [lo + m.end() for m in re.finditer(";", self.text[lo:hi])]
        if self.joined is not None:
            breaks += [m.start() + 1 for m in self.joined.finditer(self.text, lo, hi)]
        before = [b for b in breaks if b <= position]
        after = [b for b in breaks if b > position]
        return max(before, default=lo), min(after, default=hi)


def _distance(date: DateMention, position: int) -> int:
    """How many characters lie between ``date`` and ``position``."""
    return min(abs(date.start - position), abs(date.end - position))


def on_publication(published: dt.date | None) -> DaysAt:
    """The days of every office: the publication date.

    >>> on_publication(dt.date(2024, 5, 1))(0)
    (datetime.date(2024, 5, 1), None)
    """
    return lambda _: (published, None)
