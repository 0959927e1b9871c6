"""The host officials of a visit (kg/extract/hosts.py)."""

from __future__ import annotations

import datetime as dt

from kg.dictionary import Dictionary
from kg.extract.hosts import host_officials
from kg.extract.mention import Mention

DAY = dt.date(2025, 3, 4)
MIRZOYAN = Mention(40, 54, "Ararat Mirzoyan", "ararat-mirzoyan", "name")
KOBAKHIDZE = Mention(80, 97, "Irakli Kobakhidze", "irakli-kobakhidze", "name")


def test_an_official_of_the_visitors_own_state_is_no_host(dictionary: Dictionary) -> None:
    # the visitors' state among the targets (a trip read loosely) brings none of its officials
    found = host_officials(
        [MIRZOYAN, KOBAKHIDZE], ("nikol-pashinyan",), ("armenia", "georgia"), dictionary, DAY
    )
    assert found == ("irakli-kobakhidze",)


def test_an_official_already_in_the_event_is_not_added_twice(dictionary: Dictionary) -> None:
    found = host_officials(
        [KOBAKHIDZE], ("nikol-pashinyan",), ("georgia", "irakli-kobakhidze"), dictionary, DAY
    )
    assert found == ()
