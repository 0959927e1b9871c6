"""Whether a trigger's words belong to a name the sentence links (a named summit, the Economic
Cooperation Organization, an agreement's title): such words tell no event of their own."""

from __future__ import annotations

from kg.extract.arguments import Trigger
from kg.extract.linking import Mention


def opens_with_place(trigger: Trigger, mention: Mention, located: list[Mention]) -> bool:
    """True when the trigger opens with a place written as where something happens or goes
    (``located``: the Azerbaijani dative of "Bakıya gəlib", came to Baku) and goes on past it:
    the place is the act's destination, not the first word of a name.

    >>> baku = Mention(0, 6, "Bakıya", "baku", "name")
    >>> came = Trigger(0, 12, "Bakıya gəlib", "StateVisit")
    >>> opens_with_place(came, baku, [baku]), opens_with_place(came, baku, [])
    (True, False)
    """
    return mention in located and trigger.start == mention.start and trigger.end > mention.end


def in_name(trigger: Trigger, mentions: list[Mention]) -> bool:
    """True when the trigger's words are part of a name (a named summit, the Economic
    Cooperation Organization)."""
    return any(m.start <= trigger.start < m.end or m.start < trigger.end <= m.end for m in mentions)
