"""Context rules applied after names are matched: metonyms, ambiguity, bodies, surnames.

See :mod:`kg.extract.linking` for the list of rules; all their words come from the lexicons.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kg.dictionary import Dictionary
from kg.extract.forms import written_with
from kg.extract.lexicon import Lexicon
from kg.extract.mention import Mention
from kg.extract.phrases import alternation, fold_pattern
from kg.extract.roles import STATES, place_types
from kg.extract.textmap import FoldedText, quick_fold
from kg.model import Entity
from kg.text import fold

_UPPER = "".join(
    chr(c)
    for c in (*range(0x41, 0x250), *range(0x370, 0x530), *range(0x531, 0x557))
    if chr(c).isupper()
)
_CAPITAL_WORD = rf"[{re.escape(_UPPER)}][\w'’-]*"
# Two or more capitalised words separated by single spaces.
_CAPITAL_RUN = re.compile(rf"(?<!\w){_CAPITAL_WORD}(?: {_CAPITAL_WORD})+")
_NEXT_WORD = re.compile(r" (\w[\w'’-]*)")
TOKEN = re.compile(r"\w+(?:[-.']\w+)*'?")
_WORD = re.compile(r"\w[\w'’-]*")


class ContextRules:
    """The compiled context rules of every lexicon, for one dictionary.

    >>> from kg.dictionary import load
    >>> from kg.extract.lexicon import lexicons
    >>> rules = ContextRules(load(), lexicons())
    >>> rules.is_metonym("Baku rejected it.", 0, 4, "en"), rules.is_metonym("in Baku.", 3, 7, "en")
    (True, False)
    """

    def __init__(self, dictionary: Dictionary, lexicons: dict[str, Lexicon]):
        self.dictionary = dictionary
        self.titles = {
            lang: alternation(list(lex.titles)) for lang, lex in lexicons.items() if lex.titles
        }
        self.verbs = {
            lang: re.compile(r"\s*(?:" + alternation(list(lex.metonym_verbs)).pattern + ")")
            for lang, lex in lexicons.items()
            if lex.metonym_verbs
        }
        self.before = {
            lang: re.compile(
                "(?:" + "|".join(fold_pattern(p) for p in lex.metonym_before) + r")\s+$"
            )
            for lang, lex in lexicons.items()
            if lex.metonym_before
        }
        self.type_cues = {
            lang: {kind: alternation(list(words)) for kind, words in lex.type_cues.items()}
            for lang, lex in lexicons.items()
        }
        self.cue_words = {
            quick_fold(w).rstrip("*")
            for lex in lexicons.values()
            for words in lex.type_cues.values()
            for w in words
        }
        self.body_rules = {
            lang: [
                (re.compile(fold_pattern(b["after"])), b.get("slug", ""), b.get("label_has", ""))
                for b in lex.bodies
                if "after" in b
            ]
            for lang, lex in lexicons.items()
        }
        self.body_before = {  # "the general staff of Armenia": the phrase ends at the name
            lang: [
                (re.compile(fold_pattern(b["before"])), b["slug"])
                for b in lex.bodies
                if "before" in b
            ]
            for lang, lex in lexicons.items()
        }
        self.oblique = {
            lang: tuple(fold(e) for e in lex.oblique_endings) for lang, lex in lexicons.items()
        }
        self.parts: dict[str, list[tuple[str, str]]] = {}
        for entity in dictionary:
            if entity.part_of:
                self.parts.setdefault(entity.part_of, []).append((fold(entity.label), entity.slug))
        self.function_words = {fold(w) for lex in lexicons.values() for w in lex.function_words}
        self.named_after = {fold(w) for lex in lexicons.values() for w in lex.named_after}
        self.time_zones = {fold(w) for lex in lexicons.values() for w in lex.time_zones}

    def is_metonym(self, text: str, start: int, end: int, language: str) -> bool:
        """True when the place at ``text[start:end]`` stands for its government."""
        verbs = self.verbs.get(language)
        after = quick_fold(text[end : end + 40].split(".")[0])
        if verbs is not None and verbs.match(after):
            return True
        before = self.before.get(language)
        return before is not None and bool(
            before.search(quick_fold(text[max(0, start - 40) : start]) + " ")
        )

    def surnames(
        self,
        text: str,
        folded: FoldedText,
        spans: list[tuple[int, int, str]],
        found: list[Mention],
        forms: Callable[[str], list[str]],
    ) -> list[Mention]:
        """Once a person is named in full, the surname alone (inflected too) means them.

        >>> from kg.dictionary import Dictionary
        >>> from kg.extract.lexicon import lexicons
        >>> from kg.model import Entity
        >>> d = Dictionary([Entity("jane-roe", "Person", "Jane Roe", "x")])
        >>> text = "Jane Roe came. Roe left."
        >>> full = [Mention(0, 8, "Jane Roe", "jane-roe", "name")]
        >>> f = FoldedText.of(text)
        >>> spans = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(f.folded)]
        >>> rules = ContextRules(d, lexicons())
        >>> [m.start for m in rules.surnames(text, f, spans, full, lambda w: [w])]
        [0, 15]
        """
        people: dict[str, str | None] = {}
        for mention in found:
            entity = self.dictionary.get(mention.entity) if mention.entity else None
            words = TOKEN.findall(quick_fold(mention.text))
            if entity is not None and entity.type == "Person" and len(words) > 1:
                known = people.get(words[-1], entity.slug)
                people[words[-1]] = entity.slug if known == entity.slug else None
        if not people:
            return found
        taken = sorted((m.start, m.end) for m in found)
        heads = {name[:3] for name in people}
        added: list[Mention] = []
        for start, end, word in spans:
            if word[:3] not in heads:
                continue
            slugs = {people[f] for f in forms(word) if f in people}
            if len(slugs) != 1 or None in slugs:
                continue
            first, stop = folded.span(start, end)
            if not text[first : first + 1].isupper():
                continue
            if any(s < stop and first < e for s, e in taken):
                continue
            added.append(Mention(first, stop, text[first:stop], slugs.pop(), "name"))
        return found + added if added else found

    def demote(self, text: str, found: list[Mention]) -> list[Mention]:
        """Drop a place name that begins a longer unknown name (``Ararat Mirzoyan``), and a
        person's name that begins the name of a place named after them (``Heydar Aliyev
        Center``: the lexicons' ``named_after`` words), and a place naming a time zone
        (``Moskva vaxtı ilə``: the lexicons' ``time_zones`` words).

        >>> from kg.dictionary import load
        >>> from kg.extract.lexicon import lexicons
        >>> m = Mention(0, 6, "Vienna", "vienna", "name")
        >>> ContextRules(load(), lexicons()).demote("Vienna Convention", [m])
        []
        """
        starts = {m.start for m in found}
        kept: list[Mention] = []
        for mention in found:
            slugs = mention.options or ((mention.entity,) if mention.entity else ())
            types = {e.type for s in slugs if (e := self.dictionary.get(s)) is not None}
            nxt = _NEXT_WORD.match(text, mention.end)
            if (
                types
                and mention.kind in ("name", "ambiguous")
                and types <= place_types()
                and nxt is not None
                and nxt.group(1)[0].isupper()
                and nxt.start(1) not in starts
                and nxt.group(1).lower() not in self.function_words
                and not any(quick_fold(nxt.group(1)).startswith(c) for c in self.cue_words)
            ):
                continue
            if types and nxt is not None and quick_fold(nxt.group(1)) in self.time_zones:
                continue  # "Moskva vaxtı ilə saat 00:00": a clock, not the state
            if (
                types == {"Person"}
                and nxt is not None
                and nxt.group(1)[0].isupper()
                and quick_fold(nxt.group(1)) in self.named_after
            ):  # the Heydar Aliyev Center is a building, not the man: an unknown name
                stop = nxt.end(1)
                kept.append(
                    Mention(mention.start, stop, text[mention.start : stop], None, "candidate")
                )
                continue
            kept.append(mention)
        return kept

    def bodies(self, text: str, found: list[Mention], language: str) -> list[Mention]:
        """``Russia's foreign ministry`` -> the ministry (the lexicon's ``bodies`` rules; a
        ``before`` rule, matched on the text right before the name, keeps the name's span:
        ``the general staff of Armenia and Azerbaijan`` -> both armed forces).

        >>> from kg.dictionary import load
        >>> from kg.extract.lexicon import lexicons
        >>> m = Mention(0, 8, "Russia's", "russia", "name")
        >>> rules = ContextRules(load(), lexicons())
        >>> rules.bodies("Russia's foreign ministry said", [m], "en")[0].entity
        'ministry-of-foreign-affairs-of-russia'
        """
        rules = self.body_rules.get(language) or []
        if not rules:
            return found
        result: list[Mention] = []
        unknown: list[tuple[int, int]] = []  # body phrases of states the dictionary has none of
        for mention in found:
            entity = self.dictionary.get(mention.entity) if mention.entity else None
            if entity is not None and entity.type in STATES:
                head = quick_fold(text[max(0, mention.start - 40) : mention.start])
                slug = next(
                    (
                        template.replace("{slug}", entity.slug)
                        for regex, template in self.body_before.get(language, [])
                        if regex.search(head)
                    ),
                    "",
                )
                if slug in self.dictionary:
                    result.append(replace(mention, entity=slug, name_of=entity.slug))
                    continue
                if self._oblique(mention.text, entity, language):
                    result.append(mention)  # "Gürcüstana qoşun yeridib": troops sent to it
                    continue
                window = FoldedText.of(text[mention.end : mention.end + 40])
                padded = " " + window.folded
                missing = 0
                for regex, template, label_has in rules:
                    match = regex.match(padded)
                    if match is None or match.end() <= 1:
                        continue
                    stop = mention.end + window.span(0, match.end() - 1)[1]
                    slug = self._body(entity.slug, template, label_has)
                    if slug not in self.dictionary:
                        missing = missing or stop
                    else:
                        mention = Mention(
                            mention.start,
                            stop,
                            text[mention.start : stop],
                            slug,
                            "name",
                            entity.slug,
                        )
                        break
                else:
                    if missing:  # "İsrailin Daxili İşlər Nazirliyi": not Azerbaijan's ministry
                        unknown.append((mention.end, missing))
            result.append(mention)
        # a name inside a body phrase ("Türkiyənin Xarici İşlər Nazirliyi") is no name of its own
        grown = [m for m in result if m.name_of and m.end > m.start + len(m.text.split()[0])]
        return [
            m
            for m in result
            if not any(g.start < m.start < g.end for g in grown)
            and not any(start < m.start < stop for start, stop in unknown)
        ]

    def _oblique(self, written: str, entity: Entity, language: str) -> bool:
        """True when a state's name is written in a case that owns nothing (lexicon
        ``oblique_endings``: the dative "Gürcüstana", the ablative "Gürcüstandan").

        >>> from kg.dictionary import load
        >>> from kg.extract.lexicon import lexicons
        >>> rules, georgia = ContextRules(load(), lexicons()), load().get("georgia")
        >>> rules._oblique("Gürcüstana", georgia, "az"), rules._oblique("Gürcüstan", georgia, "az")
        (True, False)
        """
        endings = self.oblique.get(language)
        if not endings:
            return False
        names = [entity.labels.get(language, ""), *entity.aliases.get(language, ())]
        return written_with(written, names, endings)

    def _body(self, state: str, template: str, label_has: str) -> str:
        """The body a rule names: its slug template, or the one part whose label has a word
        or a phrase (whole words).

        >>> from kg.dictionary import load
        >>> from kg.extract.lexicon import lexicons
        >>> rules = ContextRules(load(), lexicons())
        >>> rules._body("russia", "", "border")
        'russian-border-guard-in-armenia'
        >>> rules._body("russia", "", "armed forces")
        'armed-forces-of-the-russian-federation'
        >>> rules._body("armenia", "armed-forces-of-{slug}", "")
        'armed-forces-of-armenia'
        """
        if template:
            return template.replace("{slug}", state)
        words = f" {fold(label_has)} "
        parts = [slug for label, slug in self.parts.get(state, []) if words in f" {label} "]
        return parts[0] if len(parts) == 1 else ""

    def resolve(self, text: str, found: list[Mention], language: str) -> list[Mention]:
        """Pick the meaning of ambiguous names: class words, the document, ``part_of``.

        >>> from kg.dictionary import load
        >>> from kg.extract.lexicon import lexicons
        >>> m = Mention(12, 18, "Shusha", None, "ambiguous", options=("shusha", "shusha-district"))
        >>> ContextRules(load(), lexicons()).resolve("the town of Shusha", [m], "en")[0].entity
        'shusha'
        """
        known = {m.entity for m in found if m.entity}
        cues = self.type_cues.get(language) or {}
        resolved: list[Mention] = []
        for mention in found:
            if mention.kind == "ambiguous":
                near = quick_fold(text[max(0, mention.start - 12) : mention.end + 14])
                typed = {kind for kind, regex in cues.items() if regex.search(near)}
                pick = [
                    s
                    for s in mention.options
                    if (e := self.dictionary.get(s)) is not None and e.type in typed
                ]
                if len(pick) != 1:
                    pick = [s for s in mention.options if s in known]
                if len(pick) != 1:
                    pick = [
                        s
                        for s in mention.options
                        if (e := self.dictionary.get(s)) is not None and e.part_of in known
                    ]
                if len(pick) != 1:
                    pick = self._containing(mention.options)
                if len(pick) == 1:
                    mention = Mention(mention.start, mention.end, mention.text, pick[0], "name")
            resolved.append(mention)
        return resolved

    def _containing(self, options: tuple[str, ...]) -> list[str]:
        """Of a place and the region containing it (Nakhchivan city and republic), the region."""
        inner = {
            s for s in options if (e := self.dictionary.get(s)) is not None and e.part_of in options
        }
        rest = [s for s in options if s not in inner]
        return rest if inner and len(rest) == 1 else []

    def candidates(self, text: str, linked: list[Mention], language: str) -> list[Mention]:
        """Unknown runs of capitalised words (titles removed), kept for a person to review.

        >>> from kg.dictionary import load
        >>> from kg.extract.lexicon import lexicons
        >>> rules = ContextRules(load(), lexicons())
        >>> [m.text for m in rules.candidates("President Jane Roe spoke.", [], "en")]
        ['Jane Roe']
        """
        taken = sorted((m.start, m.end) for m in linked)
        runs: list[list[tuple[int, int]]] = []
        cursor = 0
        for match in _CAPITAL_RUN.finditer(text):
            run: list[tuple[int, int]] = []
            for word in _WORD.finditer(text, match.start(), match.end()):
                while cursor < len(taken) and taken[cursor][1] <= word.start():
                    cursor += 1
                inside = cursor < len(taken) and taken[cursor][0] < word.end()
                if inside or word.group().lower() in self.function_words:
                    runs.append(run)
                    run = []
                else:
                    run.append((word.start(), word.end()))
            runs.append(run)
        titles = self.titles.get(language)
        found: list[Mention] = []
        for run in runs:
            if run and titles is not None:
                head = titles.match(quick_fold(text[run[0][0] : run[-1][1]]))
                if head:
                    cut = run[0][0] + len(head.group())
                    run = [w for w in run if w[0] >= cut]
            if len(run) >= 2:
                start, end = run[0][0], run[-1][1]
                found.append(Mention(start, end, text[start:end], None, "candidate"))
        return found
