import datetime as dt

from kg.dictionary import Dictionary
from kg.extract.linking import Mention
from kg.extract.roles import (
    acting_for,
    actor_types,
    fill_principals,
    is_actor,
    is_place,
    place_types,
)


def test_classes() -> None:
    assert {"Country", "Person", "GovernmentBody"} <= actor_types()
    assert {"City", "Region"} <= place_types()
    assert not actor_types() & place_types()


def test_mentions(dictionary: Dictionary) -> None:
    iran = Mention(0, 4, "Iran", "iran", "name")
    tehran = Mention(0, 6, "Tehran", "tehran", "name")
    unknown = Mention(0, 3, "Bob", None, "candidate")
    assert is_actor(iran, dictionary) and not is_place(iran, dictionary)
    assert is_place(tehran, dictionary) and not is_actor(tehran, dictionary)
    assert not is_actor(unknown, dictionary) and not is_place(unknown, dictionary)


def test_an_official_acts_for_the_state_of_the_role_held_that_day(dictionary: Dictionary) -> None:
    assert acting_for("abdullah-gul", dictionary, dt.date(2010, 1, 1)) == "turkey"
    assert acting_for("abdullah-gul", dictionary, dt.date(2020, 1, 1)) is None
    assert acting_for("ministry-of-defence-of-russia", dictionary, None) == "russia"
    assert acting_for("iran", dictionary, None) is None


def test_principals_join_the_role_of_their_official(dictionary: Dictionary) -> None:
    filled = fill_principals(
        (("vladimir-putin",), ("russia", "nikol-pashinyan"), ()), dictionary, dt.date(2024, 5, 8)
    )
    assert filled == (("vladimir-putin", "russia"), ("nikol-pashinyan", "armenia"), ())


def test_acting_for_is_remembered_per_slug_and_day(dictionary: Dictionary) -> None:
    day = dt.date(2011, 2, 3)
    first = acting_for("abdullah-gul", dictionary, day)
    hits = acting_for.cache_info().hits
    assert acting_for("abdullah-gul", dictionary, day) == first == "turkey"
    assert acting_for.cache_info().hits == hits + 1
