import datetime as dt

from kg.dates import DateSpan
from kg.dictionary import Dictionary
from kg.extract.pipeline import extract
from kg.extract.spans import lasting
from kg.model import Event, Source, Status


def event(kind: str, when: str, status: Status = Status.OCCURRED) -> Event:
    start, _, end = when.partition("/")
    date = DateSpan.parse(start=start, end=end) if end else DateSpan.parse(start)
    return Event(kind, kind, (), date, participants=("georgia", "russia"), status=status)


def spans(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.type, e.date.iso() if e.date else None) for e in lasting(events)]


def test_a_war_runs_from_its_first_day_to_the_first_ceasefire_after_it() -> None:
    found = [
        event("ArmedConflict", "2008-08-07/2008-08-08"),
        event("Ceasefire", "2008-08-15"),
        event("Ceasefire", "2008-08-12"),
    ]
    assert spans(found)[0] == ("ArmedConflict", "2008-08-07/2008-08-12")


def test_every_day_of_the_war_told_gets_the_whole_span() -> None:
    found = [
        event("ArmedConflict", "2016-04-02"),
        event("ArmedConflict", "2016-04-05"),
        event("Ceasefire", "2016-04-05"),
    ]
    assert [when for kind, when in spans(found) if kind == "ArmedConflict"] == [
        "2016-04-02/2016-04-05",
        "2016-04-02/2016-04-05",
    ]


def test_no_span_without_a_ceasefire_after_the_war() -> None:
    before = [event("Ceasefire", "1994-05-05"), event("ArmedConflict", "1994-05-12")]
    planned = [
        event("ArmedConflict", "2008-08-08"),
        event("Ceasefire", "2008-08-20", Status.PLANNED),
    ]
    month = [event("ArmedConflict", "2008-08"), event("Ceasefire", "2008-08-12")]
    assert spans(before)[1] == ("ArmedConflict", "1994-05-12")
    assert spans(planned)[0] == ("ArmedConflict", "2008-08-08")
    assert spans(month)[0] == ("ArmedConflict", "2008-08")


def test_a_document_gives_its_war_the_span(dictionary: Dictionary) -> None:
    text = (
        "Fighting between Armenia and Azerbaijan broke out on 27 September 2020. "
        "A ceasefire between Armenia and Azerbaijan took effect on 10 November 2020."
    )
    source = Source("doc", text, "t", "en", "sha256:0", published=dt.date(2020, 11, 10))
    wars = [e for e in extract(source, dictionary).events if e.type == "ArmedConflict"]
    assert [e.date.iso() if e.date else None for e in wars] == ["2020-09-27/2020-11-10"]
