"""State bodies written without their name, linked with the document at hand (run by the
pipeline after linking, beside :mod:`kg.extract.referents`):

* a body's common noun written alone (``Nazirlik bildirib``, ``В ведомстве уточнили``, ``The
  ministry cited``) is the last body of that kind named before it;
* a state's body named with no state (``Foreign ministry spokesman X said``) is the body of
  the first state the sentence names before it, else of the first the sentence before names
  (a state, or a person or body acting for one: what the story is about there);

Their words come from the lexicons (``body_nouns``, ``unowned_bodies``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from kg.dictionary import Dictionary
from kg.extract.lexicon import lexicon
from kg.extract.mention import Mention
from kg.extract.phrases import PhraseIndex
from kg.extract.roles import STATES, acting_for
from kg.extract.textmap import FoldedText
from kg.text import fold


@lru_cache(maxsize=16)
def _body_nouns(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (key, re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE))
        for key, words in lexicon(language).body_nouns.items()
    )


def bare_bodies(
    text: str, found: list[Mention], dictionary: Dictionary, language: str
) -> list[Mention]:
    """``found`` with each body's common noun written alone linked to the last body named
    before it whose label holds the lexicon's key (none named: it stays unlinked).

    >>> from kg.dictionary import load
    >>> text = "Azərbaycan XİN-i bəyanat yayıb. Nazirlik bildirib ki, ..."
    >>> m = [Mention(0, 14, "Azərbaycan XİN", "ministry-of-foreign-affairs-of-azerbaijan", "name")]
    >>> [x.entity for x in bare_bodies(text, m, load(), "az")]
    ['ministry-of-foreign-affairs-of-azerbaijan', 'ministry-of-foreign-affairs-of-azerbaijan']
    """
    added: list[Mention] = []
    for key, regex in _body_nouns(language):
        for match in regex.finditer(text):
            if any(m.start < match.end() and match.start() < m.end for m in found):
                continue  # part of a body's name ("Xarici İşlər Nazirliyi")
            last = next(
                (
                    m
                    for m in reversed(found)
                    if m.end <= match.start()
                    and m.entity
                    and (e := dictionary.get(m.entity)) is not None
                    and key in e.label
                ),
                None,
            )
            if last is not None:
                added.append(
                    Mention(match.start(), match.end(), match.group(), last.entity, "name")
                )
    return sorted(found + added, key=lambda m: m.start) if added else found


def unowned_bodies(
    folded: FoldedText,
    found: list[Mention],
    dictionary: Dictionary,
    language: str,
    sentences: list[tuple[int, int]],
    when: dt.date | None,
) -> list[Mention]:
    """``found`` with each state body named with no state (lexicon ``unowned_bodies``:
    ``foreign ministry`` -> ``ministry-of-foreign-affairs-of-{slug}``) linked to the body of
    the first state named before it in its sentence, else in the sentence before.

    >>> from kg.dictionary import load
    >>> text = FoldedText.of("Baku rejected it. Foreign ministry spokesman Aykhan Hajizada said.")
    >>> m = [Mention(0, 4, "Baku", "azerbaijan", "metonym")]
    >>> [x.entity for x in unowned_bodies(text, m, load(), "en", [(0, 17), (18, 66)], None)]
    ['azerbaijan', 'ministry-of-foreign-affairs-of-azerbaijan']
    """
    rules = lexicon(language).unowned_bodies
    if not rules:
        return found
    added: list[Mention] = []
    for lo, hi, rule in _unowned(language).find(folded.folded):
        start, end = folded.span(lo, hi)
        if any(m.start < end + 1 and start - 2 < m.end for m in found):
            continue  # named with its state ("Azerbaijan's foreign ministry") or a name
        number = next((i for i, (a, b) in enumerate(sentences) if a <= start < b), None)
        if number is None:
            continue
        state = _first_state(found, sentences[number][0], start, dictionary, when)
        if state is None and number > 0:
            state = _first_state(found, *sentences[number - 1], dictionary, when)
        slug = _body_of(state, rules[rule], dictionary) if state else None
        if slug is not None and slug in dictionary:
            added.append(Mention(start, end, folded.original[start:end], slug, "name"))
    return sorted(found + added, key=lambda m: m.start) if added else found


def _body_of(state: str, rule: dict[str, str], dictionary: Dictionary) -> str | None:
    """A rule's body of ``state``: its slug template, else the one part whose label has the
    rule's ``label_has`` word (Russia's peacekeepers: its peacekeeping forces)."""
    if "slug" in rule:
        return rule["slug"].format(slug=state)
    word = fold(rule["label_has"])
    parts = [e.slug for e in dictionary if e.part_of == state and word in fold(e.label).split()]
    return parts[0] if len(parts) == 1 else None


@lru_cache(maxsize=16)
def _unowned(language: str) -> PhraseIndex[int]:
    """The language's ``unowned_bodies`` phrases, each with its rule's number."""
    rules = lexicon(language).unowned_bodies
    return PhraseIndex((rule["phrase"], number) for number, rule in enumerate(rules))


def _first_state(
    found: list[Mention], lo: int, hi: int, dictionary: Dictionary, when: dt.date | None
) -> str | None:
    """The first state named in ``[lo, hi)``, or acted for by a person or body named there."""
    for mention in found:
        if not lo <= mention.start < hi or mention.entity is None:
            continue
        entity = dictionary.get(mention.entity)
        if entity is not None and entity.type in STATES:
            return entity.slug
        if (state := acting_for(mention.entity, dictionary, when)) is not None:
            return state
    return None
