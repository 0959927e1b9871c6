"""Which linked mentions can act (actors) and which are places, by ontology class, and for whom
an official, a body or a force acts (the dictionary's dated roles and ``part_of``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache, lru_cache

from kg.dictionary import Dictionary
from kg.extract.mention import Mention
from kg.model import Role
from kg.namespaces import CKG
from kg.ontology import subclasses
from kg.text import fold


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


# The classes of a state: what a ministry, army or official acts for.
STATES = ("Country", "DeFactoState")
_PARENTS = (*STATES, "InternationalOrganisation")


def _held(role: Role, when: dt.date | None, until: dt.date | None = None) -> bool:
    """True when ``role`` is held on ``when`` (or at some time from ``when`` to ``until``);
    with no date, when it has not ended."""
    if when is None:
        return role.end is None
    started = role.start is None or role.start.earliest <= (until or when)
    ended = role.end is not None and role.end.latest < when
    return started and not ended


def _parent(slug: str | None, dictionary: Dictionary) -> str | None:
    """The state or organisation ``slug`` is (or belongs to), climbing ``part_of``."""
    seen: set[str] = set()
    while slug and slug not in seen:
        seen.add(slug)
        entity = dictionary.get(slug)
        if entity is None:
            return None
        if entity.type in STATES:
            return slug
        parent = dictionary.get(entity.part_of) if entity.part_of else None
        if parent is None or parent.type not in (*_PARENTS, "GovernmentBody", "ArmedForces"):
            return slug if entity.type == "InternationalOrganisation" else None
        slug = parent.slug
    return None


@lru_cache(maxsize=4)
def _offices(dictionary: Dictionary) -> dict[tuple[str, str], tuple[tuple[str, Role], ...]]:
    found: dict[tuple[str, str], list[tuple[str, Role]]] = {}
    for entity in dictionary:
        for role in entity.roles if entity.type == "Person" else ():
            if role.of:
                found.setdefault((role.of, role.role_type), []).append((entity.slug, role))
    return {key: tuple(value) for key, value in found.items()}


def office_holder(
    state: str,
    role_type: str,
    dictionary: Dictionary,
    when: dt.date | None,
    *,
    title: str = "",
    until: dt.date | None = None,
) -> str | None:
    """The one person the dictionary has holding ``role_type`` of ``state`` on ``when``; of
    several (Iran's Supreme Leader and President), the one whose role's title opens with the
    word the text used (``title``: "presidents"). With ``until``, the one person holding it
    from ``when`` to ``until`` (a year, a month the text tells): none when it changed hands
    in between, rather than a guess.

    >>> from kg.dictionary import load
    >>> office_holder("russia", "HeadOfState", load(), dt.date(2008, 8, 12))
    'dmitry-medvedev'
    >>> office_holder("iran", "HeadOfState", load(), dt.date(2016, 8, 8), title="presidents")
    'hassan-rouhani'
    >>> office_holder("russia", "HeadOfState", load(), dt.date(2010, 1, 1),
    ...               until=dt.date(2010, 12, 31))
    'dmitry-medvedev'
    >>> office_holder("russia", "HeadOfState", load(), dt.date(2008, 1, 1),
    ...               until=dt.date(2008, 12, 31)) is None
    True
    """
    held = [
        (slug, role)
        for slug, role in _offices(dictionary).get((state, role_type), ())
        if _held(role, when, until)
    ]
    if len({slug for slug, _ in held}) > 1 and title:
        word = fold(title).split()[0] if title.split() else ""
        held = [(s, r) for s, r in held if r.title and word.startswith(fold(r.title).split()[0])]
    holders = {slug for slug, _ in held}
    return holders.pop() if len(holders) == 1 else None


@lru_cache(maxsize=65536)
def acting_for(slug: str, dictionary: Dictionary, when: dt.date | None) -> str | None:
    """The state (or organisation) an official, body or force acts for on ``when``.

    Remembered per slug, dictionary and day: the rules ask it of the same entities for every
    trigger, group phrase and role of a document.

    A person acts for the state of a role held on that day (the dictionary's dated roles; with
    no date, a role still held); a ministry, an army or a mission for what it is part of.
    States and people without such a role act for no one else (``None``).

    >>> from kg.dictionary import load
    >>> acting_for("ilham-aliyev", load(), dt.date(2020, 11, 10))
    'azerbaijan'
    >>> acting_for("ministry-of-foreign-affairs-of-iran", load(), None)
    'iran'
    >>> acting_for("azerbaijan", load(), None) is None
    True
    """
    entity = dictionary.get(slug)
    if entity is None or entity.type in STATES:
        return None
    if entity.type == "Person":
        for role in entity.roles:
            if _held(role, when):
                found = _parent(role.of, dictionary)
                if found is not None:
                    return found
        return None
    if entity.type in ("GovernmentBody", "ArmedForces", "InternationalMission") or (
        entity.type == "InternationalOrganisation" and entity.part_of
    ):
        found = _parent(entity.part_of, dictionary)
        return found if found != slug else None
    return None


# Where a role may be held below a state: the unit joins its member, as the state does.
_UNITS = ("GovernmentBody", "ArmedForces", "InternationalMission")


def serves_in(slug: str, dictionary: Dictionary, when: dt.date | None) -> str | None:
    """The body, force or mission whose role a person holds on ``when``, if the dictionary
    gives the role as one of it rather than of a state.

    >>> from kg.dictionary import load
    >>> serves_in("polad-hashimov", load(), dt.date(2020, 7, 14))
    'armed-forces-of-azerbaijan'
    >>> serves_in("ilham-aliyev", load(), dt.date(2020, 7, 14)) is None
    True
    """
    entity = dictionary.get(slug)
    if entity is None or entity.type != "Person":
        return None
    for role in entity.roles:
        unit = dictionary.get(role.of) if role.of else None
        if unit is not None and unit.type in _UNITS and _held(role, when):
            return unit.slug
    return None


def with_principals(
    slugs: Iterable[str], dictionary: Dictionary, when: dt.date | None
) -> tuple[str, ...]:
    """``slugs`` followed by the states and organisations they act for, without repeats.

    >>> from kg.dictionary import load
    >>> with_principals(["vladimir-putin", "russia"], load(), dt.date(2020, 1, 1))
    ('vladimir-putin', 'russia')
    """
    found = list(dict.fromkeys(slugs))
    for slug in list(found):
        unit = serves_in(slug, dictionary, when)
        if unit is not None and unit not in found:
            found.append(unit)
        principal = acting_for(slug, dictionary, when)
        if principal is not None and principal not in found:
            found.append(principal)
    return tuple(found)


def sides(slugs: Iterable[str], dictionary: Dictionary, when: dt.date | None) -> set[str]:
    """The distinct states and organisations that ``slugs`` are or act for.

    >>> from kg.dictionary import load
    >>> sorted(sides(["ministry-of-foreign-affairs-of-iran", "iran"], load(), None))
    ['iran']
    """
    return {acting_for(s, dictionary, when) or s for s in slugs}


def fill_principals(
    roles: tuple[tuple[str, ...], ...], dictionary: Dictionary, when: dt.date | None
) -> tuple[tuple[str, ...], ...]:
    """Each role list with the principals of its members added, none named in two roles.

    >>> from kg.dictionary import load
    >>> fill_principals((("ilham-aliyev",), ("iran",)), load(), dt.date(2023, 1, 1))
    (('ilham-aliyev', 'azerbaijan'), ('iran',))
    """
    taken: set[str] = set()
    filled: list[tuple[str, ...]] = []
    for role in roles:
        kept = tuple(s for s in with_principals(role, dictionary, when) if s not in taken)
        taken.update(kept)
        filled.append(kept)
    return tuple(filled)


def nationals(
    mention: Mention, dictionary: Dictionary, language: str, endings: Iterable[str]
) -> bool:
    """True for a demonym written as another of its state's demonyms plus a plural ending
    (lexicon ``plural_endings``: "Azerbaijanis presenting themselves as activists"): people of
    that nationality, not the state.

    >>> from kg.dictionary import load
    >>> nationals(Mention(0, 12, "Azerbaijanis", "azerbaijan", "demonym"), load(), "en", ["s"])
    True
    >>> nationals(Mention(0, 11, "Azerbaijani", "azerbaijan", "demonym"), load(), "en", ["s"])
    False
    """
    entity = dictionary.get(mention.entity) if mention.entity else None
    if entity is None or mention.kind != "demonym":
        return False
    forms = entity.demonyms.get(language, ())
    return any(mention.text.endswith(e) and mention.text[: -len(e)] in forms for e in endings)
