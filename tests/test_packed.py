"""Numbers packed as bytes come back as they went in; strings are numbered once."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.packed import Names, pack, unpack


@given(st.lists(st.integers(-(2**31), 2**31 - 1)))
def test_numbers_come_back_as_packed(numbers):
    assert unpack(pack(numbers)) == numbers


@given(st.lists(st.text()))
def test_each_string_gets_one_number_and_gives_it_back(texts):
    names = Names()
    numbers = [names.number(t) for t in texts]
    assert [names.text(n) for n in numbers] == texts
    assert len(names) == len(set(texts)) == len(set(numbers))
    assert all(names.known(t) == n for t, n in zip(texts, numbers, strict=True))
