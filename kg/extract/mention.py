"""A stretch of text that names (or may name) a dictionary entity."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """A stretch of text naming an entity; ``entity`` is ``None`` when unlinked.

    ``kind`` is ``name``, ``demonym``, ``metonym``, ``ambiguous`` or ``candidate``;
    ``name_of`` is the entity whose name was written when it differs from ``entity``
    (``Baku`` standing for ``azerbaijan``); ``options`` lists the slugs an ambiguous name
    may mean.

    >>> Mention(0, 4, "Baku", "azerbaijan", "metonym", name_of="baku").name_of
    'baku'
    """

    start: int
    end: int
    text: str
    entity: str | None
    kind: str
    name_of: str | None = None
    options: tuple[str, ...] = ()
