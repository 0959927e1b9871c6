"""The compact digest set answers as a Python set of the digests, with crossing off."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.digests import DigestSet

digest = st.binary(min_size=16, max_size=16)
# digests that share their first bytes land in one bucket, where they are searched in order
crowded = st.builds(lambda tail: b"\x00\x01" + tail, st.binary(min_size=14, max_size=14))
digests = st.one_of(digest, crowded)


@given(st.lists(digests, unique=True), st.lists(digests))
def test_crossing_off_answers_as_a_set_would(held, asked):
    found = DigestSet(held)
    left = set(held)
    for one in asked:
        assert found.left(one) == (one in left)
        assert found.cross_off(one) == (one in held)
        left.discard(one)
        assert found.remaining == len(left)
    assert len(found) == len(held)
    assert [one for one in held if found.left(one)] == [one for one in held if one in left]


def test_a_digest_held_twice_is_crossed_off_twice():
    found = DigestSet([b"a" * 16, b"a" * 16])
    assert found.cross_off(b"a" * 16) and found.left(b"a" * 16)
    assert found.cross_off(b"a" * 16) and not found.left(b"a" * 16)
    assert found.remaining == 0


def test_a_digest_of_another_size_is_refused():
    with pytest.raises(ValueError, match="16 bytes"):
        DigestSet([b"short"])
