"""Event rules first needed by Azerbaijani and Russian articles (rule round 9)."""

import datetime as dt

from kg.dictionary import Dictionary
from kg.extract.pipeline import extract
from kg.model import Event, Source


def events(
    text: str, dictionary: Dictionary, language: str, published: dt.date | None = None
) -> list[Event]:
    source = Source("doc", text, "t", language, "sha256:0", published=published)
    return list(extract(source, dictionary).events)


def test_a_signed_declaration_told_again_is_no_new_statement(dictionary: Dictionary) -> None:
    text = (
        "Владимир Путин и Ильхам Алиев 22 февраля 2022 года подписали в Кремле декларацию о "
        "сотрудничестве. Алиев отметил, что декларация охватывает многие сферы."
    )
    found = events(text, dictionary, "ru", dt.date(2022, 2, 23))
    assert [e.type for e in found] == ["Agreement"]
