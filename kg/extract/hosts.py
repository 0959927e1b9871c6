"""The host's officials of a visit: sources/ANNOTATION.md section 3 makes the host state *and
its leader if named* the targets of a ``StateVisit``. The leader is often named in a later
clause of the sentence ("visited Georgia and held talks with Prime Minister Irakli
Kobakhidze"), which the clause rules keep out of the visit; any official the sentence names
who acts for a host state on the visit's date joins it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from kg.dictionary import Dictionary
from kg.extract.arguments import capital_hosts, other_host
from kg.extract.mention import Mention
from kg.extract.roles import acting_for, sides


def host_officials(
    named: Iterable[Mention],
    visitors: tuple[str, ...],
    hosts: tuple[str, ...],
    dictionary: Dictionary,
    when: dt.date | None,
) -> tuple[str, ...]:
    """The people of ``named`` (the sentence's actor mentions) who act on ``when`` for one of
    ``hosts`` that is not the visitors' own state, less those already in the event, in the
    order named.

    >>> from kg.dictionary import load
    >>> kobakhidze = Mention(80, 97, "Irakli Kobakhidze", "irakli-kobakhidze", "name")
    >>> pashinyan = Mention(0, 15, "Nikol Pashinyan", "nikol-pashinyan", "name")
    >>> day = dt.date(2025, 3, 4)
    >>> host_officials([pashinyan, kobakhidze], ("nikol-pashinyan",), ("georgia",), load(), day)
    ('irakli-kobakhidze',)
    >>> host_officials([pashinyan, kobakhidze], ("nikol-pashinyan",), ("turkey",), load(), day)
    ()
    """
    own = sides(visitors, dictionary, when)
    hosts = tuple(h for h in hosts if h not in own)
    taken = visitors + hosts
    found: list[str] = []
    for mention in named:
        slug = mention.entity
        entity = dictionary.get(slug) if slug else None
        if slug is None or entity is None or entity.type != "Person":
            continue
        if slug in taken or slug in found:
            continue
        if acting_for(slug, dictionary, when) in hosts:
            found.append(slug)
    return tuple(found)


def capital_sides(
    taken: tuple[str, ...],
    located: list[Mention],
    earlier: list[Mention],
    dictionary: Dictionary,
    when: dt.date | None,
) -> tuple[str, ...]:
    """The host state a hosted kind (diplomatic ties, ``common.yaml`` ``hosted``) brings in
    besides those ``taken``: the state whose capital is the place (``suspended its embassy in
    Tehran``: Iran), or with no place told, the other side named earlier in the document (the
    states of ``taken`` those they act for on ``when``, the event's day)."""
    host = capital_hosts(located, dictionary, taken)
    if not host and not located and earlier:
        host = other_host(taken, earlier, dictionary, when)
    return host
