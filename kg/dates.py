"""Dates with a precision: a day, a month or a year, and ranges between two of them.

Every date also has an interval of plain ``xsd:date`` bounds (earliest, latest) so that
range filters in SPARQL work the same whatever the precision.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from rdflib import Literal
from rdflib.namespace import XSD

from kg.errors import InputError

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Precision(StrEnum):
    """How much of a date is known."""

    DAY = "Day"
    MONTH = "Month"
    YEAR = "Year"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to the day, the month or the year."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or a ``datetime.date``).

        >>> PartialDate.parse("2015-04")
        PartialDate(year=2015, month=4, day=None)
        >>> PartialDate.parse("2023-02-30")
        Traceback (most recent call last):
        ...
        kg.errors.InputError: '2023-02-30' is not a real date (use YYYY, YYYY-MM or YYYY-MM-DD)
        """
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        text = str(value).strip()
        match = _PATTERN.match(text)
        problem = f"{text!r} is not a real date (use YYYY, YYYY-MM or YYYY-MM-DD)"
        if not match:
            raise InputError(problem)
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        try:
            if month is not None:
                dt.date(year, month, day or 1)
        except ValueError:
            raise InputError(problem) from None
        return cls(year, month, day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    @property
    def earliest(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> dt.date:
        month = self.month or 12
        return dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def iso(self) -> str:
        """ISO 8601 text at this date's precision.

        >>> PartialDate(2024, 5).iso()
        '2024-05'
        """
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def literal(self) -> Literal:
        """The typed literal: xsd:date, xsd:gYearMonth or xsd:gYear.

        >>> PartialDate(2015).literal().datatype.endswith("gYear")
        True
        """
        datatype = {
            Precision.DAY: XSD.date,
            Precision.MONTH: XSD.gYearMonth,
            Precision.YEAR: XSD.gYear,
        }[self.precision]
        return Literal(self.iso(), datatype=datatype)


@dataclass(frozen=True)
class DateSpan:
    """When an event happened: one partial date, or a range from ``start`` to ``end``."""

    start: PartialDate
    end: PartialDate | None = None

    @classmethod
    def parse(cls, value: object = None, *, start: object = None, end: object = None) -> DateSpan:
        """Read a single date, or a start and an optional end.

        >>> DateSpan.parse(start="2024-11-11", end="2024-11-22").latest.isoformat()
        '2024-11-22'
        """
        if value is not None:
            return cls(PartialDate.parse(value))
        if start is None:
            raise InputError("a date needs 'date' or 'start'")
        first = PartialDate.parse(start)
        last = PartialDate.parse(end) if end is not None else None
        if last is not None and last.latest < first.earliest:
            raise InputError(f"date range ends ({last.iso()}) before it starts ({first.iso()})")
        return cls(first, last)

    @property
    def is_range(self) -> bool:
        return self.end is not None

    @property
    def precision(self) -> Precision:
        """The coarser precision of the two ends."""
        ends = [self.start] if self.end is None else [self.start, self.end]
        order = [Precision.YEAR, Precision.MONTH, Precision.DAY]
        return min((d.precision for d in ends), key=order.index)

    @property
    def earliest(self) -> dt.date:
        return self.start.earliest

    @property
    def latest(self) -> dt.date:
        return (self.end or self.start).latest

    def iso(self) -> str:
        """``2024-11-11/2024-11-22`` for a range, the single date otherwise."""
        return self.start.iso() if self.end is None else f"{self.start.iso()}/{self.end.iso()}"
