"""Compact records for structures that hold something about every event of a build.

A build of a million events keeps, for each, what the merge rule and the index graph read.
Python objects per event (sets, tuples of strings, a list per event) take over a kilobyte
each; numbering the strings once (:class:`Names`) and keeping each event's numbers as one
``bytes`` object (:func:`pack`, :func:`unpack`) takes a tenth of that.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable

_TYPE = "i"  # signed 32-bit: -1 says "none"


class Names:
    """Strings numbered in the order they are first seen, one copy of each.

    >>> names = Names()
    >>> names.number("Meeting"), names.number("iran"), names.number("Meeting")
    (0, 1, 0)
    >>> names.text(1), names.known("armenia"), len(names)
    ('iran', None, 2)
    """

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}
        self._texts: list[str] = []

    def number(self, text: str) -> int:
        """The number of ``text``, given it now if it has none."""
        found = self._numbers.get(text)
        if found is None:
            found = self._numbers[text] = len(self._texts)
            self._texts.append(text)
        return found

    def known(self, text: str) -> int | None:
        """The number of ``text``, or ``None`` when it was never numbered."""
        return self._numbers.get(text)

    def text(self, number: int) -> str:
        return self._texts[number]

    def __len__(self) -> int:
        return len(self._texts)


def pack(numbers: Iterable[int]) -> bytes:
    """Numbers as one bytes object (four bytes each).

    >>> unpack(pack([3, -1, 70000]))
    [3, -1, 70000]
    """
    return array(_TYPE, numbers).tobytes()


def unpack(record: bytes) -> list[int]:
    """The numbers :func:`pack` was given."""
    found = array(_TYPE)
    found.frombytes(record)
    return found.tolist()
