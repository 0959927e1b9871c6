"""Which linked mentions can act (actors) and which are places, by ontology class."""

from __future__ import annotations

from functools import cache

from kg.dictionary import Dictionary
from kg.extract.mention import Mention
from kg.namespaces import CKG
from kg.ontology import subclasses


@cache
def actor_types() -> frozenset[str]:
    """Entity classes that can act: countries, organisations, people...

    >>> "Country" in actor_types() and "City" not in actor_types()
    True
    """
    return frozenset(str(c).removeprefix(str(CKG)) for c in subclasses(CKG.Actor))


@cache
def place_types() -> frozenset[str]:
    """Entity classes that are places but not actors (cities, regions, rivers...).

    >>> "City" in place_types() and "Country" not in place_types()
    True
    """
    places = {str(c).removeprefix(str(CKG)) for c in subclasses(CKG.Place)}
    return frozenset(places - actor_types())


def is_actor(mention: Mention, dictionary: Dictionary) -> bool:
    """True when the mention is linked to an entity that can act.

    >>> from kg.dictionary import load
    >>> is_actor(Mention(0, 4, "Iran", "iran", "name"), load())
    True
    """
    entity = dictionary.get(mention.entity) if mention.entity else None
    return entity is not None and entity.type in actor_types()


def is_place(mention: Mention, dictionary: Dictionary) -> bool:
    """True when the mention is linked to a place that is not itself an actor.

    >>> from kg.dictionary import load
    >>> is_place(Mention(0, 4, "Baku", "baku", "name"), load())
    True
    """
    entity = dictionary.get(mention.entity) if mention.entity else None
    return entity is not None and entity.type in place_types()
