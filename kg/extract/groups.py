"""Group references (``the two countries``, ``iki ölkə``, ``обе стороны``) resolved to the
document's main parties.

A news article about two states calls them ``the two sides`` once it has named them. The
lexicon's ``groups`` say which phrases refer to states and which to people (a kind with a
number, ``states 3``, for ``the three governments``); a phrase is resolved to the two (or
that many) states (people) its own sentence names before it when it names just that many
("Armenia asked Russia for help under the two countries' treaty": Armenia and Russia), else to
those named most often in the document before it, ties going to the one named first. With
fewer such states named before it, a phrase for states looks ahead: a lead that opens with
``the five Caspian states signed ...`` names them in the sentences that follow, so the states
named most often in the whole document stand for it (a phrase for people does not: ``the
leaders`` of a lead may be any of those named later); with fewer named there too it stays
unresolved. A phrase for forces (``forces navy``: ``the two navies``) stands for each state's one
force whose label has the word, or the state when it has none.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import lru_cache

from kg.dictionary import Dictionary
from kg.extract.forces import national_force
from kg.extract.lexicon import lexicon
from kg.extract.mention import Mention
from kg.extract.phrases import PhraseIndex
from kg.extract.roles import STATES, acting_for
from kg.extract.sentences import Sentence
from kg.extract.textmap import FoldedText


class GroupFinder:
    """Compiled group phrases of one language.

    >>> GroupFinder("ru").language
    'ru'
    """

    def __init__(self, language: str):
        lex = lexicon(language)
        self.language = lex.language
        self.index = PhraseIndex(
            (phrase, kind) for kind, phrases in lex.groups.items() for phrase in phrases
        )

    def mentions(
        self,
        sentence: Sentence,
        folded: FoldedText,
        window: tuple[int, int] | None,
        earlier: list[Mention],
        dictionary: Dictionary,
        when: dt.date | None,
        later: list[Mention] | None = None,
    ) -> list[Mention]:
        """One mention per party for each group phrase in the sentence (kind ``group``).

        ``earlier`` are the document's mentions before the sentence, ``later`` those from
        the sentence on (its own before the phrase are looked at first; the rest only when
        ``earlier`` names too few parties).

        >>> from kg.dictionary import load
        >>> text = "Iran met Azerbaijan. Iran thanked Azerbaijan. The two countries met."
        >>> before = [Mention(0, 4, "Iran", "iran", "name"), Mention(9, 19, "x", "azerbaijan", "x")]
        >>> s = Sentence(46, len(text), text[46:])
        >>> f = FoldedText.of(text)
        >>> [m.entity for m in finder("en").mentions(s, f, (46, len(text)), before, load(), None)]
        ['iran', 'azerbaijan']
        """
        lo, hi = window or (0, len(folded.folded))
        shift = 0 if window is not None else sentence.start
        found: list[Mention] = []
        for start, end, kind in self.index.find(folded.folded, lo, hi):
            name, _, size = kind.partition(" ")
            count = int(size) if size.isdigit() else 2
            people = name == "people"
            first, stop = folded.span(start, end)
            first, stop = first + shift, stop + shift
            here = [m for m in later or () if sentence.start <= m.start and m.end <= first]
            parties = main_parties(here, dictionary, when, people=people, count=count, exact=True)
            if not parties:  # not the parties the sentence itself names before it
                parties = main_parties(earlier, dictionary, when, people=people, count=count)
            if len(parties) < count and later and not people:
                whole = earlier + later
                parties = main_parties(whole, dictionary, when, people=people, count=count)
            if len(parties) < count:
                continue
            text = sentence.text[first - sentence.start : stop - sentence.start]
            if name == "forces":  # "the two navies": each state's navy, if it has one
                parties = [national_force(s, dictionary, [size]) or s for s in parties]
            found += [Mention(first, stop, text, slug, "group") for slug in parties]
        return found


def main_parties(
    earlier: list[Mention],
    dictionary: Dictionary,
    when: dt.date | None,
    *,
    people: bool,
    count: int = 2,
    exact: bool = False,
) -> list[str]:
    """The ``count`` states (or people holding a role) named most often in ``earlier``
    (``exact``: only when ``earlier`` names just that many)."""
    counts: Counter[str] = Counter()
    for mention in earlier:
        if mention.entity is None or mention.kind == "group":
            continue
        entity = dictionary.get(mention.entity)
        if entity is None:
            continue
        if people:
            if entity.type == "Person" and acting_for(entity.slug, dictionary, when):
                counts[entity.slug] += 1
        elif entity.type in STATES:
            counts[entity.slug] += 1
        elif (
            (principal := acting_for(entity.slug, dictionary, when)) is not None
            and (e := dictionary.get(principal)) is not None
            and e.type in STATES
        ):
            counts[principal] += 1
    ranked = [slug for slug, _ in counts.most_common()]
    if exact and len(ranked) != count:
        return []
    return ranked[:count] if len(ranked) >= count else []


@lru_cache(maxsize=16)
def finder(language: str) -> GroupFinder:
    """The compiled group phrases for a language (English when it has no event rules).

    >>> finder("az").language
    'az'
    """
    return GroupFinder(language)
