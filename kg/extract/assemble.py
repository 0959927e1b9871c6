"""One event from what the event rules found for a trigger: its roles with their principals,
its date and status, its place, its label, and its evidence with a confidence.

:class:`kg.extract.events.EventFinder` decides who takes part, when and where;
:func:`assemble` makes the :class:`kg.model.Event` of it.
"""

from __future__ import annotations

import datetime as dt

from kg.dictionary import Dictionary
from kg.extract.arguments import Trigger, entity_label, event_date
from kg.extract.dates import DateMention
from kg.extract.evidence import confidence, evidence
from kg.extract.lexicon import common
from kg.extract.linking import Mention
from kg.extract.roles import fill_principals
from kg.extract.sentences import Sentence
from kg.model import Event, Source, Status
from kg.ontology import event_types

Roles = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def assemble(
    source: Source,
    sentence: Sentence,
    trigger: Trigger,
    date: DateMention | None,
    dictionary: Dictionary,
    located: list[Mention],
    roles: Roles,
    status: Status,
) -> Event:
    """The event of one trigger with its date, roles (actors, targets, participants; the
    principals of officials, bodies and forces added), place (the first located mention), and
    ``status`` as the trigger's clause tells it; a date after the day after publication makes
    an event told as done a planned one.

    >>> from kg.dictionary import load
    >>> text = "Iran attacked Azerbaijan."
    >>> src = Source("d", text, "t", "en", "sha256:0", published=dt.date(2024, 1, 1))
    >>> hit = Trigger(5, 13, "attacked", "Attack")
    >>> roles = (("iran",), ("azerbaijan",), ())
    >>> event = assemble(src, Sentence(0, 25, text), hit, None, load(), [], roles, Status.OCCURRED)
    >>> event.type, event.actors, event.targets, event.label
    ('Attack', ('iran',), ('azerbaijan',), 'attack (Iran, Azerbaijan)')
    """
    rules = common()
    acts, targets, parts = roles
    when = date.span.earliest if date and date.span else source.published
    acts, targets, parts = fill_principals((acts, targets, parts), dictionary, when)
    later = source.published + dt.timedelta(days=1) if source.published else None
    if status is Status.OCCURRED and date and date.span and later:
        status = Status.PLANNED if date.span.earliest > later else status
    span = event_date(date, status, source.published)
    place = located[0].entity if located else None
    many = len(acts + targets + parts) > 1
    score = confidence(rules.confidence, date, many, place, " " in trigger.text.strip())
    who = ", ".join(entity_label(s, dictionary) for s in dict.fromkeys(acts + targets + parts))
    return Event(
        type=trigger.type,
        label=f"{event_types()[trigger.type].label} ({who})",
        evidence=(evidence(source, sentence, score),),
        date=span,
        actors=acts,
        targets=targets,
        participants=parts,
        place=place,
        status=status,
    )
