"""Quad digests, and a set of millions of them held in about 18 bytes each.

``kg reindex`` compares the index graph it computes with the one the store holds (12.9
million quads at a million events) digest by digest (:meth:`kg.store.EmbeddedStore.
rewrite_derived`), so that neither graph is held as quads. A Python ``set`` of 16-byte
``bytes`` takes about 95 bytes per digest (the object and its slot in the table): 1 GiB at
that size, on top of the event states the new index is computed from. :class:`DigestSet`
keeps the same digests sorted in two arrays of their 64-bit halves (16 bytes each), finds one
by binary search and crosses it off with one byte.
"""

from __future__ import annotations

import hashlib
import struct
import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterable

import pyoxigraph as ox


def quad_digest(quad: ox.Quad) -> bytes:
    """A quad's triple as a 16-byte digest of its N-Triples text (its graph left out).

    Two of ten million quads share a digest with odds below 10^-24.

    >>> node = ox.NamedNode("https://e.org/s")
    >>> len(quad_digest(ox.Quad(node, node, ox.Literal("o"), node)))
    16
    """
    text = f"{quad.subject} {quad.predicate} {quad.object}"
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


_HALVES = struct.Struct(">QQ").unpack  # a digest as two numbers, in the order of its bytes
_BUCKETS = 2**16  # digests are sorted within buckets of their first two bytes


class DigestSet:
    """16-byte digests, each either still held or crossed off.

    >>> digests = DigestSet([b"a" * 16, b"b" * 16, b"c" * 16])
    >>> digests.cross_off(b"b" * 16), digests.cross_off(b"d" * 16), digests.cross_off(b"b" * 16)
    (True, False, True)
    >>> digests.left(b"a" * 16), digests.left(b"b" * 16), len(digests), digests.remaining
    (True, False, 3, 2)
    """

    def __init__(self, digests: Iterable[bytes]) -> None:
        # each digest's bytes go to the bucket of its first two bytes (one bytearray each, no
        # object per digest), then each bucket is sorted alone into the arrays: at most one
        # bucket's digests are ever Python objects
        buckets = [bytearray() for _ in range(_BUCKETS)]
        for digest in digests:
            if len(digest) != 16:
                raise ValueError("a digest is 16 bytes")
            buckets[digest[0] << 8 | digest[1]] += digest
        self._high, self._low = array("Q"), array("Q")
        self._starts = array("q", [0]) * (_BUCKETS + 1)
        for key in range(_BUCKETS):
            self._starts[key] = len(self._high)
            bucket, buckets[key] = buckets[key], bytearray()
            if not bucket:
                continue
            part = array("Q")  # the bucket sorted, as 64-bit halves: high, low, high, low...
            part.frombytes(b"".join(sorted(bucket[i : i + 16] for i in range(0, len(bucket), 16))))
            if sys.byteorder == "little":
                part.byteswap()  # the halves as numbers in the order of their bytes
            self._high.extend(part[0::2])
            self._low.extend(part[1::2])
        size = self._starts[-1] = len(self._high)
        self._crossed = bytearray(size)
        self._left = size

    def __len__(self) -> int:
        return len(self._high)

    @property
    def remaining(self) -> int:
        """How many digests are not crossed off."""
        return self._left

    def _find(self, digest: bytes) -> int:
        """The position of ``digest`` (the first not crossed off when it is held twice), or -1."""
        high, low = _HALVES(digest)
        key = high >> 48
        highs, end = self._high, self._starts[key + 1]
        at = bisect_left(highs, high, self._starts[key], end)
        found = -1
        while at < end and highs[at] == high:
            if self._low[at] == low:
                if not self._crossed[at]:
                    return at
                found = at
            at += 1
        return found

    def cross_off(self, digest: bytes) -> bool:
        """Cross ``digest`` off; whether it is held (crossed off before or not)."""
        at = self._find(digest)
        if at >= 0 and not self._crossed[at]:
            self._crossed[at] = 1
            self._left -= 1
        return at >= 0

    def left(self, digest: bytes) -> bool:
        """Whether ``digest`` is held and not crossed off."""
        at = self._find(digest)
        return at >= 0 and not self._crossed[at]
