"""What a written name stands for in its context, decided with the document at hand (run by
the pipeline after linking, as some rules need the publication date or the sentences):

* an office of a state written without a name (``Türkiyə Prezidenti``, ``президент России``,
  ``Turkey's president``) is the one person holding it on the day its sentence tells, or else
  on the publication date (:mod:`kg.extract.office_dates`), and a plural office before or
  after a list of states (``the presidents of Azerbaijan, Iran and Russia``) each state's
  holder;
* two capitals joined by a conjunction (``Baku and Yerevan``) stand for their states;
* in a verb-final language, a capital opening a sentence in its bare form is its subject and
  stands for its state (``Bakı ... tələb edib``);
* state bodies written without their name: :mod:`kg.extract.bodies`;
* a sentence opening with a subject pronoun: :mod:`kg.extract.pronouns`.

All their words come from the lexicons (``office_after``, ``office_before``,
``office_list_before``, ``office_list_after``, ``conjunctions``, ``subject_first``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from kg.dictionary import Dictionary
from kg.extract.forms import written_with
from kg.extract.lexicon import Lexicon, lexicon
from kg.extract.mention import Mention
from kg.extract.office_dates import DaysAt, on_publication
from kg.extract.roles import STATES, office_holder
from kg.text import fold


class Offices:
    """A state's office written without a name stands for its holder on the day.

    ``Türkiyə Prezidenti``, ``президент Франции``, ``Turkey's president`` (the lexicon's
    ``office_after`` and ``office_before`` words, by role type) mean the one person the
    dictionary has holding that office on the day its sentence tells (``days``:
    :class:`kg.extract.office_dates.ToldDays`), or else on the publication date; followed by
    a person's name (``Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan``) the name says who.

    >>> from kg.dictionary import load
    >>> from kg.extract.lexicon import lexicon
    >>> text = "Türkiyə Prezidenti bunu açıqlayıb."
    >>> m = [Mention(0, 7, "Türkiyə", "turkey", "name")]
    >>> import datetime as dt
    >>> [x.entity for x in Offices(lexicon("az")).apply(text, m, load(), dt.date(2021, 6, 15))]
    ['recep-tayyip-erdogan']
    """

    def __init__(self, lex: Lexicon):
        words = "|".join(re.escape(w) for w in lex.conjunctions)
        self.separator = re.compile(r"\s*,\s*" + (rf"|\s*,?\s+(?:{words})\s+" if words else ""))
        self.list_before = [
            (kind, re.compile(r"(?:^|\s)(?:" + "|".join(ws) + r")\s+$", re.IGNORECASE))
            for kind, ws in lex.office_list_before.items()
        ]
        self.list_after = [
            (kind, re.compile(r"\s+(?:" + "|".join(ws) + r")\b", re.IGNORECASE))
            for kind, ws in lex.office_list_after.items()
        ]
        self.after = [
            (kind, re.compile(r"\s+(?:" + "|".join(words) + r")\b", re.IGNORECASE))
            for kind, words in lex.office_after.items()
        ]
        self.before = [
            (kind, re.compile(r"(?:^|\s)(?:" + "|".join(words) + r")\s+$", re.IGNORECASE))
            for kind, words in lex.office_before.items()
        ]
        dependents = "|".join(lex.office_dependents)
        self.dependent_before = (
            re.compile(r"(?:^|\s)(?:" + dependents + r")\s+$", re.IGNORECASE)
            if dependents
            else None
        )
        self.dependent_after = (
            re.compile(r"(?:'s|’s)?\s+(?:" + dependents + r")(?!\w)", re.IGNORECASE)
            if dependents
            else None
        )

    def apply(
        self,
        text: str,
        found: list[Mention],
        dictionary: Dictionary,
        when: dt.date | None,
        *,
        days: DaysAt | None = None,
    ) -> list[Mention]:
        """``found`` with each unnamed office of a state replaced by its holder on the days
        ``days`` gives for its offset (``when``, the publication date, without it)."""
        on = days or on_publication(when)
        if self.list_before or self.list_after:
            found = self._lists(text, found, dictionary, on)
        if not (self.after or self.before):
            return found
        people = [
            m.start
            for m in found
            if m.entity and (e := dictionary.get(m.entity)) is not None and e.type == "Person"
        ]
        result: list[Mention] = []
        for mention in found:
            entity = dictionary.get(mention.entity) if mention.entity else None
            if entity is None or entity.type not in STATES:
                result.append(mention)
                continue
            result.append(self._holder(text, mention, people, dictionary, on) or mention)
        return sorted(result, key=lambda m: m.start)

    def _lists(
        self, text: str, found: list[Mention], dictionary: Dictionary, on: DaysAt
    ) -> list[Mention]:
        """A plural office before or after a list of states (``the presidents of Azerbaijan,
        Iran and Russia``, ``Azərbaycan, İran və Rusiya prezidentləri``): each state's holder.

        >>> from kg.dictionary import load
        >>> text = "The presidents of Azerbaijan and Iran met."
        >>> m = [Mention(18, 28, "Azerbaijan", "azerbaijan", "name"),
        ...      Mention(33, 37, "Iran", "iran", "name")]
        >>> rules = Offices(lexicon("en"))
        >>> from kg.extract.office_dates import on_publication
        >>> on = on_publication(dt.date(2016, 8, 8))
        >>> [x.entity for x in rules._lists(text, m, load(), on)]
        ['ilham-aliyev', 'hassan-rouhani']
        """
        runs: list[list[int]] = []
        for i, mention in enumerate(found):
            entity = dictionary.get(mention.entity) if mention.entity else None
            if entity is None or entity.type not in STATES:
                continue
            before = runs[-1][-1] if runs else -1
            if before == i - 1 and self.separator.fullmatch(
                text[found[before].end : mention.start]
            ):
                runs[-1].append(i)
            else:
                runs.append([i])
        result = list(found)
        for run in (r for r in runs if len(r) > 1):
            first, end = found[run[0]].start, found[run[-1]].end
            head = text[max(0, first - 40) : first]
            told = [(k, m) for k, rx in self.list_before if (m := rx.search(head))]
            told += [(k, m) for k, rx in self.list_after if (m := rx.match(text, end))]
            kind, title = (told[0][0], told[0][1].group().strip()) if told else ("", "")
            when, until = on(first)
            for i in run if kind else ():
                state = found[i].entity or ""
                holder = office_holder(state, kind, dictionary, when, title=title, until=until)
                if holder is not None:
                    result[i] = Mention(
                        found[i].start, found[i].end, found[i].text, holder, "name", state
                    )
        return result

    def _holder(
        self,
        text: str,
        mention: Mention,
        people: list[int],
        dictionary: Dictionary,
        on: DaysAt,
    ) -> Mention | None:
        found = self._office_of(text, mention, people, dictionary, on)
        if found is not None and self._dependent(text, found.start, found.end):
            return None  # "помощник президента России": the aide's state, not its president
        return found

    def _dependent(self, text: str, start: int, end: int) -> bool:
        """True when the office is written as the title of someone working for it (lexicon
        ``office_dependents``: "помощник президента России", "Azərbaycan Prezidentinin
        köməkçisi", "the Russian president's aide"): that person acts for the state.

        >>> rules = Offices(lexicon("ru"))
        >>> rules._dependent("Помощник президента России Ушаков", 9, 26)
        True
        >>> rules._dependent("Президент России Путин", 0, 16)
        False
        """
        before = self.dependent_before
        after = self.dependent_after
        return bool(
            (before is not None and before.search(text[max(0, start - 40) : start]))
            or (after is not None and after.match(text, end))
        )

    def _office_of(
        self,
        text: str,
        mention: Mention,
        people: list[int],
        dictionary: Dictionary,
        on: DaysAt,
    ) -> Mention | None:
        state = mention.entity or ""
        for kind, regex in self.after:
            match = regex.match(text, mention.end)
            if match and not _named_next(text, match.end(), people):
                return _office(text, mention.start, match.end(), state, kind, dictionary, on)
        head = text[max(0, mention.start - 40) : mention.start]
        for kind, regex in self.before:
            match = regex.search(head)
            if match and not _named_next(text, mention.end, people):
                start = mention.start - len(head) + match.start() + (head[match.start()] == " ")
                return _office(text, start, mention.end, state, kind, dictionary, on)
        return None


def _named_next(text: str, end: int, people: list[int]) -> bool:
    """True when a person's name follows ``end`` (after spaces)."""
    gap = len(text) - len(text[end:].lstrip(" "))
    return gap in people


def _office(
    text: str,
    start: int,
    end: int,
    state: str,
    kind: str,
    dictionary: Dictionary,
    on: DaysAt,
) -> Mention | None:
    when, until = on(start)
    holder = office_holder(state, kind, dictionary, when, until=until)
    if holder is None:
        return None
    return Mention(start, end, text[start:end], holder, "name", state)


def capital_pairs(
    text: str, found: list[Mention], dictionary: Dictionary, conjunctions: frozenset[str]
) -> list[Mention]:
    """Two capitals joined by a conjunction (``Baku and Yerevan``, ``Bakı və İrəvan``, ``Баку
    и Ереван``) stand for their states, as a pair of capitals is a pair of governments.

    >>> from kg.dictionary import load
    >>> m = [Mention(0, 4, "Baku", "baku", "name"), Mention(9, 16, "Yerevan", "yerevan", "name")]
    >>> [x.entity for x in capital_pairs("Baku and Yerevan agreed", m, load(), frozenset({"and"}))]
    ['azerbaijan', 'armenia']
    """
    if not conjunctions:
        return found
    states = [_stands_for(m, dictionary) for m in found]
    paired = set()
    for i in range(len(found) - 1):
        left, right = found[i], found[i + 1]
        joint = text[left.end : right.start].strip().lower()
        if states[i] and states[i + 1] and joint in conjunctions:
            paired |= {i, i + 1}
    return [
        Mention(m.start, m.end, m.text, states[i], "metonym", m.entity) if i in paired else m
        for i, m in enumerate(found)
    ]


def subject_capitals(
    text: str,
    found: list[Mention],
    dictionary: Dictionary,
    language: str,
    starts: frozenset[int],
) -> list[Mention]:
    """A capital opening a sentence (offsets ``starts``) in its bare form stands for its state:
    in a verb-final language the bare noun first in the sentence is the subject (``Bakı ...
    tələb edib``, ``İrəvan isə ... adlandırıb``); with a case ending it is a place (``Bakıda``),
    except the ending of a direct object (lexicon ``object_endings``): a capital anywhere so
    written is what the verb acts on, its government (``Moskva Tbilisini hədələyib``).

    >>> from kg.dictionary import load
    >>> m = [Mention(0, 4, "Bakı", "baku", "name"), Mention(10, 18, "İrəvanı", "yerevan", "name")]
    >>> text = "Bakı bunu İrəvanı tənqid edib."
    >>> [x.entity for x in subject_capitals(text, m, load(), "az", frozenset({0}))]
    ['azerbaijan', 'armenia']
    """
    endings = tuple(fold(e) for e in lexicon(language).object_endings)
    result: list[Mention] = []
    for mention in found:
        state = _stands_for(mention, dictionary)
        entity = dictionary.get(mention.entity) if state and mention.entity else None
        names = (
            [entity.labels.get(language, ""), *entity.aliases.get(language, ())] if entity else []
        )
        bare = entity is not None and fold(mention.text) == fold(names[0])
        if state and (
            (bare and mention.start in starts) or written_with(mention.text, names, endings)
        ):
            mention = Mention(
                mention.start, mention.end, mention.text, state, "metonym", mention.entity
            )
        result.append(mention)
    return result


def _stands_for(mention: Mention, dictionary: Dictionary) -> str | None:
    entity = dictionary.get(mention.entity) if mention.entity else None
    if entity is None or mention.kind != "name" or not entity.metonym_for:
        return None
    return entity.metonym_for


@lru_cache(maxsize=16)
def offices(language: str) -> Offices:
    """The compiled office rules of a language (none for a language without them).

    >>> offices("ru").before != []
    True
    """
    return Offices(lexicon(language))
