"""Word forms of inflected languages: a word's stem and the variants looked up for it.

Both are driven by the lexicon data: ``stem_endings`` and ``min_stem`` give stems (Russian
``нахичевани`` → ``нахичеван``), ``suffixes`` the case endings stripped once or twice
(Azerbaijani ``naxçıvanda`` → ``naxçıvan``), and an apostrophe ends a name (``iran'in``), as
does a hyphen before case endings (Azerbaijani ``abş-la``, ``bmt-nin``: an abbreviation takes
its endings after a hyphen).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from kg.extract.lexicon import Lexicon
from kg.text import fold


def stem(token: str, lexicon: Lexicon) -> str:
    """Remove the longest ending of ``lexicon.stem_endings`` (keeping ``min_stem`` letters).

    >>> from kg.extract.lexicon import lexicon
    >>> stem("нахичевани", lexicon("ru")), stem("ирана", lexicon("ru"))
    ('нахичеван', 'иран')
    """
    for ending in _endings(lexicon):
        if token.endswith(ending) and len(token) - len(ending) >= lexicon.min_stem:
            return token[: -len(ending)]
    return token


def variants(token: str, lexicon: Lexicon | None) -> list[str]:
    """Forms of a word to look up: as written, without an apostrophe ending or a hyphen
    before one or two case endings, unsuffixed.

    >>> from kg.extract.lexicon import lexicon
    >>> variants("iran'in", lexicon("az"))[:2]
    ["iran'in", 'iran']
    >>> variants("abs-la", lexicon("az"))[:2], variants("de-fakto", lexicon("az"))
    (['abs-la', 'abs'], ['de-fakto'])
    """
    found = [token]
    if "'" in token:
        found.append(token.split("'", 1)[0])
    head, hyphen, tail = token.rpartition("-")
    if hyphen and head and lexicon is not None and _endings_only(tail, lexicon):
        found.append(head)
    if lexicon is not None and lexicon.suffixes:
        for word in list(found):
            for once in _strip(word, lexicon):
                found.append(once)
                found.extend(_strip(once, lexicon))
    return list(dict.fromkeys(found))


def written_with(written: str, names: Iterable[str], endings: tuple[str, ...]) -> bool:
    """True when ``written`` is one of ``names`` followed by one of the (folded) ``endings``:
    a name inflected for a case (the dative "Gürcüstana", "Bakıya").

    >>> written_with("Gürcüstana", ["Gürcüstan"], ("a",)), written_with("Bakı", ["Bakı"], ("ya",))
    (True, False)
    """
    word = _folded(written)
    for name in names:
        base = _folded(name) if name else ""
        if base and word.startswith(base) and word[len(base) :] in endings:
            return True
    return False


@lru_cache(maxsize=8192)
def _folded(text: str) -> str:
    return fold(text)


@lru_cache(maxsize=32)
def _endings(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(sorted({fold(e) for e in lexicon.stem_endings}, key=len, reverse=True))


@lru_cache(maxsize=32)
def _suffixes(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(sorted({fold(s) for s in lexicon.suffixes}, key=len, reverse=True))


def _endings_only(tail: str, lexicon: Lexicon) -> bool:
    """True when ``tail`` is one of the lexicon's suffixes or two of them (``dakı``, ``nın``)."""
    suffixes = _suffixes(lexicon)
    return tail in suffixes or any(
        tail.endswith(s) and tail[: -len(s)] in suffixes for s in suffixes if len(s) < len(tail)
    )


def _strip(word: str, lexicon: Lexicon) -> list[str]:
    return [
        word[: -len(s)]
        for s in _suffixes(lexicon)
        if word.endswith(s) and len(word) - len(s) >= lexicon.min_stem
    ]
