"""Find entity mentions in text and link them to the dictionary.

Names (labels, aliases, demonyms, metonyms in every script, plus the lexicons' extra
``names``) are indexed as sequences of folded tokens; the text is scanned left to right and
the longest name starting at each token wins. Whether a name can start at a word is judged
once per distinct word and language and remembered, so a document costs one tokenisation
plus a lookup at each word that can start a name. Inflected forms are found by stripping the
language's suffixes from a name's last word (Azerbaijani/Turkish/Armenian) or by stemming
every word of names and text alike (Russian ``stem_endings``; a person's one-word name is
stemmed only when it has no ending to remove, so that ``Алиева`` does not match ``Алиев``).

Heuristics, all documented and data driven:

* a name starting with a capital letter only matches capitalised text (in Russian, one whose
  later words hold a capital, "Парламент Грузии", also matches "парламент Грузии"); an
  acronym only matches the same letters in upper case;
* a capital city (an entity with ``metonym_for``) followed by a political verb of the
  lexicon (``Baku rejected``) or preceded by ``between`` stands for its government;
  otherwise it stays a place;
* a name several entities share is resolved to the one otherwise mentioned in the document,
  or the one whose ``part_of`` is mentioned; failing that it is left unlinked (kind
  ``ambiguous``) -- except that of a place and the region containing it, the region wins;
* a city or region name followed by an unknown capitalised word starts a longer name
  (``Ararat Mirzoyan``, ``Vienna Convention``) and is not linked;
* ``<country>'s foreign ministry`` and similar phrases (the lexicon's ``bodies``) link to the
  body when the dictionary has it; when it has none, a bare body name in the phrase
  (``İsrailin Daxili İşlər Nazirliyi``) links no other state's body;
* words next to an ambiguous name (``town of Shusha``, the lexicon's ``type_cues``) pick the
  entity of that class;
* once a person is named in full, the surname alone (``Aliyev``, ``Əliyevin``) means them;
* a hyphenated word no name covers whose parts are all names is read part by part
  (``Turkish-Azerbaijani``, ``российско-грузинский``);
* runs of two or more capitalised words that match nothing are kept as ``candidate``
  mentions (without their leading titles), never silently dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kg.dictionary import Dictionary
from kg.extract.context import TOKEN, ContextRules
from kg.extract.forms import stem, variants
from kg.extract.lexicon import Lexicon, lexicons
from kg.extract.mention import Mention
from kg.extract.textmap import FoldedText
from kg.extract.tokens import Tokens
from kg.text import fold

__all__ = ["TOKEN", "Linker", "Mention", "link", "linker"]

_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")


@dataclass(frozen=True)
class _Entry:
    slug: str
    kind: str
    needs_capital: bool
    needs_upper: bool


def _kind(kind: str) -> str:
    return kind if kind in ("demonym", "metonym") else "name"


class Linker:
    """A name index over one dictionary, compiled once and reused for every document.

    >>> from kg.dictionary import load
    >>> [m.entity for m in Linker(load()).link("Ирана и Армении", "ru")]
    ['iran', 'armenia']
    """

    def __init__(self, dictionary: Dictionary, languages: Iterable[Lexicon] | None = None):
        self.dictionary = dictionary
        self.lexicons = {lex.language: lex for lex in (languages or lexicons().values())}
        self.exact: dict[tuple[str, ...], list[_Entry]] = {}
        self.stemmed: dict[str, dict[tuple[str, ...], list[_Entry]]] = {}
        self.firsts: set[str] = set()
        self.heads: set[tuple[str, ...]] = set()  # every name's words but the last, and less
        self.sizes: dict[str, set[int]] = {}  # lengths of the names starting with a token
        self.longest = 1
        self._cache: dict[tuple[str, str], list[str]] = {}
        self._stems: dict[str, dict[str, str]] = {}  # per language: word -> stem
        self._starts: dict[str, dict[str, bool]] = {}  # per language: can a name start here
        self._starting: dict[str, set[str]] = {}  # per language: the words where one can
        self._order: dict[tuple[str, str], tuple[int, ...]] = {}  # name lengths, longest first
        for key, matches in dictionary.by_name.items():
            for match in matches:
                self._add(match.name, key, match.entity.slug, _kind(match.kind), match.language)
        for lexicon in self.lexicons.values():
            for slug, names in lexicon.names.items():
                if slug in dictionary:
                    for name in names:
                        kind = "demonym" if name[:1].islower() else "name"
                        self._add(name, fold(name), slug, kind)
        self.context = ContextRules(dictionary, self.lexicons)

    def _add(self, name: str, key: str, slug: str, kind: str, language: str = "") -> None:
        tokens = tuple(TOKEN.findall(key))
        if not tokens:
            return
        letters = [ch for ch in name if ch.isalpha()]
        upper = bool(letters) and all(ch.isupper() for ch in letters) and len(letters) <= 6
        # "Парламент Грузии" is written "парламент Грузии" in running text: a name whose later
        # words hold a capital is told by them, its first word may be lower case
        later = name.split()[1:] if language == "ru" else []
        capital = bool(letters) and letters[0].isupper() and not any(w[:1].isupper() for w in later)
        entry = _Entry(slug, kind, capital, upper and len(letters) > 1)
        self._put(self.exact, tokens, entry)
        self.heads.update(tokens[:size] for size in range(len(tokens)))
        self.firsts.add(tokens[0])
        self.sizes.setdefault(tokens[0], set()).add(len(tokens))
        self.longest = max(self.longest, len(tokens))
        entity = self.dictionary.get(slug)
        person = entity is not None and entity.type == "Person"
        for lang, lex in self.lexicons.items():
            if lex.stem_endings:
                stems = tuple(stem(t, lex) for t in tokens)
                if person and len(tokens) == 1 and stems != tokens:
                    continue  # a surname with an ending (Алиева) must not catch another (Алиев)
                index = self.stemmed.setdefault(lang, {})
                self._put(index, stems, entry)
                if stems[-1] != tokens[-1]:  # a nominative that ends like a case ending
                    self._put(index, (*stems[:-1], tokens[-1]), entry)  # (Карабах: Карабахе)
                self.firsts.add(stems[0])
                self.sizes.setdefault(stems[0], set()).add(len(tokens))

    def _stem_cached(self, token: str, lexicon: Lexicon) -> str:
        stems = self._stems.setdefault(lexicon.language, {})
        found = stems.get(token)
        if found is None:
            found = stem(token, lexicon)
            if len(stems) > 200_000:
                stems.clear()
            stems[token] = found
        return found

    def _window_stems(self, window: list[str], stemmer: Lexicon) -> list[str]:
        """The stems of the window's words that :meth:`_lookup` may ask for: as many as the
        longest name starting with its first word or that word's stem has words."""
        first = self._stem_cached(window[0], stemmer)
        sizes = self.sizes
        reach = max(
            max(sizes.get(window[0], (1,))),
            max(sizes.get(first, (1,)) if first in self.firsts else (1,)),
        )
        return [first, *(self._stem_cached(w, stemmer) for w in window[1:reach])]

    @staticmethod
    def _put(
        index: dict[tuple[str, ...], list[_Entry]], key: tuple[str, ...], entry: _Entry
    ) -> None:
        entries = index.setdefault(key, [])
        if entry not in entries:
            entries.append(entry)

    def _forms(self, token: str, lexicon: Lexicon | None) -> list[str]:
        key = (token, lexicon.language if lexicon else "")
        forms = self._cache.get(key)
        if forms is None:
            forms = variants(token, lexicon)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = forms
        return forms

    def _lookup(
        self, tokens: list[str], stems: list[str], lexicon: Lexicon | None
    ) -> tuple[int, list[_Entry]] | None:
        stem_index = self.stemmed.get(lexicon.language) if lexicon and stems else None
        first = tokens[0]
        stem_first = stem_index is not None and stems[0] in self.firsts
        if (
            first not in self.firsts
            and not stem_first
            and not any(f in self.firsts for f in self._forms(first, lexicon))
        ):
            return None
        key = (first, stems[0] if stem_first else "")
        order = self._order.get(key)
        if order is None:
            sizes = set(self.sizes.get(first, ()))
            if stem_first:
                sizes |= self.sizes.get(stems[0], set())
            sizes.add(1)
            order = tuple(sorted(sizes, reverse=True))
            if len(self._order) > 200_000:
                self._order.clear()
            self._order[key] = order
        for size in order:
            if size > len(tokens):
                continue
            head = tuple(tokens[: size - 1])
            if head in self.heads:  # else no name has these first words
                for last in self._forms(tokens[size - 1], lexicon):
                    entries = self.exact.get((*head, last))
                    if entries:
                        return size, entries
            if stem_index is not None:
                entries = stem_index.get(tuple(stems[:size]))
                if entries:
                    return size, entries
        return None

    def link(
        self, text: str, language: str = "en", folded: FoldedText | None = None
    ) -> list[Mention]:
        """Every mention in ``text``, in order; see the module notes for the rules.

        >>> from kg.dictionary import load
        >>> [(m.text, m.entity) for m in Linker(load()).link("Talks in Naxçıvanda.", "az")]
        [('Naxçıvanda', 'nakhchivan')]
        """
        folded = folded or FoldedText.of(text)
        lexicon = self.lexicons.get(language)
        found_tokens = Tokens(folded.folded, _TOKEN_SPLIT)
        starts, ends, words = found_tokens.starts, found_tokens.ends, found_tokens.words
        stemmer = lexicon if lexicon is not None and lexicon.language in self.stemmed else None
        places = self._places(found_tokens, language, lexicon)
        longest = self.longest
        found: list[Mention] = []
        index = 0
        for place in places:
            if place < index:
                continue  # inside the name found last
            index = place
            window = words[index : index + longest]
            stems = self._window_stems(window, stemmer) if stemmer else []
            hit = self._lookup(window, stems, lexicon)
            if hit is None:
                index += 1
                continue
            size, entries = hit
            start, end = folded.span(starts[index], ends[index + size - 1])
            written = text[start:end]
            entries = [e for e in entries if _case_ok(e, written)]
            if entries:
                found.append(self._mention(text, folded, start, end, entries, language))
                index += size
            else:
                index += 1
        found = sorted(
            found + self._hyphenated(text, folded, found_tokens, found, language, stemmer),
            key=lambda m: m.start,
        )
        spans = list(zip(starts, ends, words, strict=True))
        rules = self.context
        found = rules.bodies(text, rules.demote(text, found), language)
        found = rules.resolve(text, found, language)
        found = rules.surnames(text, folded, spans, found, lambda w: self._forms(w, lexicon))
        return sorted(found + rules.candidates(text, found, language), key=lambda m: m.start)

    def _hyphenated(
        self,
        text: str,
        folded: FoldedText,
        tokens: Tokens,
        found: list[Mention],
        language: str,
        stemmer: Lexicon | None,
    ) -> list[Mention]:
        """Names joined by hyphens into a word no name covers (``Turkish-Azerbaijani``,
        ``российско-грузинской``, ``ирано-азербайджанской``): each part, when every part is a
        one-word name (a part before a hyphen in any case).

        >>> from kg.dictionary import load
        >>> [m.entity for m in Linker(load()).link("Turkish-Azerbaijani drills", "en")]
        ['turkey', 'azerbaijan']
        >>> [m.entity for m in Linker(load()).link("a Russian-led bloc", "en")]
        []
        >>> [m.entity for m in Linker(load()).link("the French-brokered truce", "en")]
        ['france']
        """
        lexicon = self.lexicons.get(language)
        brokering = lexicon.brokering if lexicon else ()
        taken = [(m.start, m.end) for m in found]
        extra: list[Mention] = []
        for start, end, word in zip(tokens.starts, tokens.ends, tokens.words, strict=True):
            if "-" not in word:
                continue
            first, last = folded.span(start, end)
            if any(a < last and first < b for a, b in taken):
                continue
            offset = start
            parts: list[Mention] = []
            pieces = word.split("-")
            if len(pieces) > 1 and pieces[-1].casefold() in brokering:
                pieces = pieces[:-1]  # "French-brokered": the broker
            for at, part in enumerate(pieces, 1):
                lo, hi = offset, offset + len(part)
                offset = hi + 1
                stems = [self._stem_cached(part, stemmer)] if stemmer and part else []
                hit = self._lookup([part], stems, lexicon) if part else None
                a, b = folded.span(lo, hi)
                # a compound adjective's first parts are lower case ("ирано-азербайджанский")
                first = at < len(pieces)
                entries = [e for e in hit[1] if first or _case_ok(e, text[a:b])] if hit else []
                if not entries:
                    break  # "Russian-led", "French-brokered": not every part is a name
                parts.append(self._mention(text, folded, a, b, entries, language))
            else:
                extra += parts
        return extra

    def _places(self, found: Tokens, language: str, lexicon: Lexicon | None) -> list[int]:
        """Indices of the words at which a name may start: the word, one of its variants
        (apostrophe ending or suffixes removed) or its stem is the first word of a name.

        Each distinct word is judged once per language and remembered.
        """
        starting = self._starting.setdefault(language, set())
        judged = self._starts.setdefault(language, {})
        unknown = found.distinct.difference(judged)
        if len(judged) + len(unknown) > 500_000:
            judged.clear()
            starting.clear()
            unknown = found.distinct
        stemmer = lexicon if lexicon is not None and lexicon.language in self.stemmed else None
        firsts = self.firsts
        for word in unknown:
            can_start = (
                word in firsts
                or any(f in firsts for f in variants(word, lexicon))
                or (stemmer is not None and self._stem_cached(word, stemmer) in firsts)
            )
            judged[word] = can_start
            if can_start:
                starting.add(word)
        if starting.isdisjoint(found.distinct):
            return []
        return [i for i, w in enumerate(found.words) if w in starting]

    def _mention(
        self,
        text: str,
        folded: FoldedText,
        start: int,
        end: int,
        entries: list[_Entry],
        language: str,
    ) -> Mention:
        written = text[start:end]
        slugs = list(dict.fromkeys(e.slug for e in entries))
        if len(slugs) > 1:
            return Mention(start, end, written, None, "ambiguous", options=tuple(slugs))
        entry = entries[0]
        entity = self.dictionary.get(entry.slug)
        if (
            entity is not None
            and entity.metonym_for
            and self.context.is_metonym(text, start, end, language)
        ):
            return Mention(start, end, written, entity.metonym_for, "metonym", name_of=entry.slug)
        return Mention(start, end, written, entry.slug, entry.kind)


def _case_ok(entry: _Entry, written: str) -> bool:
    head, mark, tail = written.rpartition("-") if "-" in written else written.rpartition("'")
    if mark and head and tail.isalpha() and tail.islower():
        written = head  # "ABŞ-la", "NATO'nun": the case ending is written in lower case
    letters = [ch for ch in written if ch.isalpha()]
    if not letters:
        return False
    if entry.needs_upper:
        return all(ch.isupper() for ch in letters[: len(letters)])
    return not entry.needs_capital or letters[0].isupper()


@lru_cache(maxsize=4)
def linker(dictionary: Dictionary) -> Linker:
    """The compiled linker for ``dictionary`` (built once, then cached).

    >>> from kg.dictionary import load
    >>> linker(load()) is linker(load())
    True
    """
    return Linker(dictionary)


def link(text: str, dictionary: Dictionary, language: str = "en") -> list[Mention]:
    """Mentions in ``text``; shorthand for ``linker(dictionary).link(text, language)``.

    >>> from kg.dictionary import load
    >>> [m.entity for m in link("İran'ın səfiri", load(), "az")]
    ['iran']
    """
    return linker(dictionary).link(text, language)
