"""Merge keys: one per class, entity and month of an event, over every source's report."""

from __future__ import annotations

import datetime as dt

from kg.index.mergekeys import class_name, merge_keys, month_keys, months_between
from kg.index.state import CLASS, EARLIEST, StateReader
from kg.index.tally import entity_name
from kg.namespaces import CKG

ACTOR, TARGET = str(CKG.actor), str(CKG.target)
E = "https://w3id.org/caucasus-kg/id/entity/"
MEETING, ATTACK = str(CKG.Meeting), str(CKG.Attack)


def test_keys_cross_every_class_entity_and_start_month_that_any_source_gives():
    reader = StateReader()
    reader.add([("x:e", CLASS, MEETING), ("x:e", ACTOR, E + "iran")])  # one source
    reader.add([("x:e", TARGET, E + "armenia"), ("x:e", EARLIEST, "2020-05-31")])  # another
    reader.add([("x:e", CLASS, ATTACK), ("x:e", EARLIEST, "2020-06-01")])  # a third
    assert merge_keys(reader.state("x:e")) == {
        f"{kind}|{who}|{month}"
        for kind in ("Meeting", "Attack")
        for who in ("iran", "armenia")
        for month in ("2020-05", "2020-06")
    }


def test_an_event_without_class_entity_or_date_has_no_key():
    reader = StateReader()
    reader.add([("x:a", CLASS, MEETING), ("x:a", EARLIEST, "2020-05-01")])
    reader.add([("x:b", ACTOR, E + "iran"), ("x:b", EARLIEST, "2020-05-01")])
    reader.add([("x:c", CLASS, MEETING), ("x:c", ACTOR, E + "iran")])
    assert [merge_keys(reader.state(e)) for e in ("x:a", "x:b", "x:c")] == [set(), set(), set()]


def test_names_outside_the_vocabulary_are_hashed_and_keys_stay_three_parts():
    odd_class = "http://example.org/kinds/Talks|x"
    odd_entity = "http://example.org/people/someone"
    assert class_name(odd_class).startswith("x-")
    assert entity_name(odd_entity).startswith("x-")
    (key,) = month_keys([odd_class], [odd_entity], ["2020-05"])
    assert len(key.split("|")) == 3


def test_the_months_of_a_span_cover_every_day_of_it():
    first, last = dt.date(2019, 11, 15), dt.date(2021, 2, 3)
    months = months_between(first, last)
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    assert months == sorted({d.isoformat()[:7] for d in days})
    assert months_between(first, first) == ["2019-11"]
