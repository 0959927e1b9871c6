"""Who a pronoun opening a sentence stands for: a singular subject pronoun (``He and his
supporters marched``) is the one person the sentence before names, a plural one (``They met
again in Vienna``) the people the sentence before opens with (lexicon ``person_pronouns``,
``people_pronouns``, ``conjunctions``).
"""

from __future__ import annotations

from itertools import pairwise

from kg.dictionary import Dictionary
from kg.extract.lexicon import lexicon
from kg.extract.mention import Mention
from kg.text import fold


def pronoun_subjects(
    text: str,
    found: list[Mention],
    dictionary: Dictionary,
    language: str,
    sentences: list[tuple[int, int]],
) -> list[Mention]:
    """``found`` with a singular subject pronoun opening a sentence (lexicon
    ``person_pronouns``) linked to the one person the sentence before names, and a plural one
    (``people_pronouns``: "They met again in Vienna") to the people the sentence before opens
    with (:func:`_opening_people`).

    >>> from kg.dictionary import load
    >>> text = "Protests were led by Bagrat Galstanyan. He marched to Yerevan."
    >>> m = [Mention(21, 38, "Bagrat Galstanyan", "bagrat-galstanyan", "name")]
    >>> [x.entity for x in pronoun_subjects(text, m, load(), "en", [(0, 39), (40, 62)])]
    ['bagrat-galstanyan', 'bagrat-galstanyan']
    """
    lex = lexicon(language)
    words = {fold(w) for w in lex.person_pronouns}
    plural = {fold(w) for w in lex.people_pronouns}
    joins = frozenset(fold(w) for w in lex.conjunctions)
    if not words and not plural:
        return found
    added: list[Mention] = []
    for (lo, hi), (start, _) in pairwise(sentences):
        first = text[start : start + 20].split(maxsplit=1)[:1]
        word = fold(first[0]).strip(",") if first else ""
        if word in plural:
            slugs = _opening_people(text, found, dictionary, (lo, hi), joins)
            added += [
                Mention(start, start + len(word), first[0][: len(word)], s, "group") for s in slugs
            ]
            continue
        if word not in words:
            continue
        people = {
            m.entity
            for m in found
            if lo <= m.start < hi
            and m.entity
            and (e := dictionary.get(m.entity)) is not None
            and e.type == "Person"
        }
        if len(people) == 1:
            added.append(Mention(start, start + len(first[0]), first[0], people.pop(), "name"))
    return sorted(found + added, key=lambda m: m.start) if added else found


# The most title words before the first of the people a sentence opens with ("Azerbaijani
# Foreign Minister Jeyhun Bayramov and ..."), and between a conjunction and the next one.
_TITLE_WORDS = 3


def _opening_people(
    text: str,
    found: list[Mention],
    dictionary: Dictionary,
    span: tuple[int, int],
    conjunctions: frozenset[str],
) -> list[str]:
    """The people (two or more) a sentence opens with as its subject: its first person named
    after at most three (title) words, the next ones joined to it by a conjunction (and at
    most three title words) each.

    >>> from kg.dictionary import load
    >>> text = "Envoy Ruben Rubinyan and Turkish envoy Serdar Kilic lead the talks."
    >>> m = [Mention(6, 20, "x", "ruben-rubinyan", "name"),
    ...      Mention(39, 51, "x", "serdar-kilic", "name")]
    >>> _opening_people(text, m, load(), (0, len(text)), frozenset({"and"}))
    ['ruben-rubinyan', 'serdar-kilic']
    >>> _opening_people("Talks of " + text, m, load(), (0, len(text)), frozenset({"and"}))
    []
    """
    lo, hi = span
    people = [
        m
        for m in found
        if lo <= m.start < hi
        and m.entity
        and (e := dictionary.get(m.entity)) is not None
        and e.type == "Person"
    ]
    if not people or len(text[lo : people[0].start].split()) > _TITLE_WORDS:
        return []
    chain = [people[0]]
    for person in people[1:]:
        gap = text[chain[-1].end : person.start].replace(",", " , ").split()
        if not gap or fold(gap[0]) not in conjunctions | {","} or len(gap) > 1 + _TITLE_WORDS:
            break
        chain.append(person)
    slugs = list(dict.fromkeys(m.entity for m in chain if m.entity))
    return slugs if len(slugs) >= 2 else []
