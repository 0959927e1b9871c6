from kg.dictionary import Dictionary
from kg.extract.linking import Mention
from kg.extract.roles import actor_types, is_actor, is_place, place_types


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
