"""Events the extractor finds in a short text, for the rule tests."""

from __future__ import annotations

import datetime as dt

from kg.dictionary import Dictionary
from kg.extract.pipeline import extract
from kg.model import Event, Source


def events(
    text: str, dictionary: Dictionary, language: str = "en", published: dt.date | None = None
) -> list[Event]:
    """The events found in ``text``, read as a document in ``language`` published then."""
    source = Source("doc", text, "t", language, "sha256:0", published=published)
    return list(extract(source, dictionary).events)
