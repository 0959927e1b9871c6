from kg.dates import DateSpan
from kg.extract.kinds import broader, most_specific
from kg.model import Event


def event(kind: str, when: str | None = None) -> Event:
    return Event(
        kind, kind.lower(), (), DateSpan.parse(when) if when else None, participants=("iran",)
    )


def test_broader_follows_the_ontology() -> None:
    assert broader("Ceasefire") == {"Agreement"}
    assert broader("PhoneCall") == {"Meeting"}
    assert broader("Agreement") == frozenset()


def test_a_finer_kind_replaces_the_broader_one() -> None:
    assert [e.type for e in most_specific([event("Agreement"), event("Ceasefire")])] == [
        "Ceasefire"
    ]
    assert [e.type for e in most_specific([event("Meeting"), event("Summit")])] == ["Summit"]


def test_one_event_per_kind_unless_dates_differ() -> None:
    kept = most_specific([event("Meeting"), event("Meeting", "2024-05-05")])
    assert [(e.type, e.date.iso() if e.date else None) for e in kept] == [("Meeting", "2024-05-05")]
    apart = most_specific([event("Withdrawal", "2020-11-15"), event("Withdrawal", "2020-11-20")])
    assert len(apart) == 2


def test_combined_kinds_make_one_event() -> None:
    (kept,) = most_specific([event("Agreement"), event("MilitaryCooperation")])
    assert kept.type == "MilitaryAgreement"


def test_an_agreement_on_economic_matters_is_economic_cooperation() -> None:
    kept = most_specific([event("Agreement"), event("EconomicCooperation")])
    assert [e.type for e in kept] == ["EconomicCooperation"]


def test_an_agreement_covering_investment_is_an_agreement() -> None:
    kept = most_specific([event("Agreement"), event("Investment")])
    assert [e.type for e in kept] == ["Agreement"]


def test_a_kind_told_without_an_event_of_its_own_still_combines() -> None:
    kept = most_specific([event("Agreement")], frozenset({"Agreement", "EconomicCooperation"}))
    assert [e.type for e in kept] == ["EconomicCooperation"]
    assert [e.type for e in most_specific([event("Agreement")])] == ["Agreement"]


def test_a_broader_kind_dated_apart_is_another_event_of_the_finer_kind() -> None:
    kept = most_specific([event("MilitaryAgreement", "1995"), event("Agreement", "2010-08")])
    assert [(e.type, e.date.iso() if e.date else None) for e in kept] == [
        ("MilitaryAgreement", "1995"),
        ("MilitaryAgreement", "2010-08"),
    ]
    same_day = most_specific([event("Ceasefire", "1994-05-05"), event("Agreement", "1994-05-05")])
    assert [e.type for e in same_day] == ["Ceasefire"]
    undated = most_specific([event("Ceasefire"), event("Agreement", "1994-05-05")])
    assert [e.type for e in undated] == ["Ceasefire"]


def test_a_dated_broader_kind_refined_only_by_a_kind_told_elsewhere_is_dropped() -> None:
    # the finer kind was told (before, or as an opinion) but made no event of its own here
    kept = most_specific([event("Agreement", "2024-05-05")], told=frozenset({"Ceasefire"}))
    assert kept == []


def test_an_expulsion_told_with_its_accusation_is_the_expulsion_as_told() -> None:
    summons = Event("Accusation", "a", (), participants=("iran", "seyed-abbas-mousavi"))
    expulsion = Event("DiplomaticDowngrade", "d", (), participants=("iran",))
    (kept,) = most_specific([summons, expulsion])
    assert (kept.type, kept.participants) == ("DiplomaticDowngrade", ("iran",))


def test_two_events_of_one_kind_with_other_sides_each_stay_two() -> None:
    one = Event("Meeting", "m", (), participants=("turkey", "ukraine"))
    other = Event("Meeting", "m", (), participants=("turkey", "serbia"))
    assert len(most_specific([one, other])) == 2
    same = Event("Meeting", "m", (), participants=("turkey",))
    assert len(most_specific([one, same])) == 1
