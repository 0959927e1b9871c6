"""Round cover20azru: a trigger opening with a place written in the Azerbaijani dative ("Bakıya
gəlib", came to Baku) is a visit to that place, not the first word of a name."""

import datetime as dt

from kg.dictionary import Dictionary
from tests.extract.sample import events

PUBLISHED = dt.date(2024, 9, 10)


def test_a_visit_told_by_the_capital_it_goes_to(dictionary: Dictionary) -> None:
    text = "Türkiyənin xarici işlər naziri Hakan Fidan sentyabrın 9-da Bakıya gəlib."
    found = [
        (e.type, e.date.iso() if e.date else None, set(e.involved()))
        for e in events(text, dictionary, "az", PUBLISHED)
    ]
    assert found == [("StateVisit", "2024-09-09", {"hakan-fidan", "turkey", "azerbaijan"})]


def test_a_name_opening_a_trigger_still_tells_no_event(dictionary: Dictionary) -> None:
    """A capitalised council of heads of state is an unknown name: its words are no summit."""
    text = "Müstəqil Dövlətlər Birliyinin Dövlət Başçıları Şurasının iclası Bişkekdə olub."
    assert "Summit" not in [e.type for e in events(text, dictionary, "az", PUBLISHED)]
