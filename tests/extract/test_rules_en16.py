"""English rule round 16: each test names sentences (of our own wording) that the rules
before the round read wrongly, so each fails without its rule."""

import datetime as dt

from kg.dictionary import Dictionary
from tests.extract.sample import events


def test_a_later_clause_with_its_own_subject_takes_its_own_date(dictionary: Dictionary) -> None:
    text = (
        "Armenia joined the court on 1 February 2024, and Russia expelled two Armenian"
        " diplomats last month."
    )
    found = events(text, dictionary, published=dt.date(2024, 6, 10))
    assert [(e.type, e.date.iso() if e.date else None) for e in found] == [
        ("DiplomaticDowngrade", "2024-05")
    ]


def test_a_recall_in_protest_is_one_downgrade_and_no_protest(dictionary: Dictionary) -> None:
    text = "Georgia recalled its ambassador from Moscow in protest on 3 May 2019."
    assert [e.type for e in events(text, dictionary)] == ["DiplomaticDowngrade"]


def test_a_truce_that_builds_on_talks_refers_back(dictionary: Dictionary) -> None:
    text = (
        "Armenia and Azerbaijan agreed a ceasefire on 12 May 1994. The truce builds on talks"
        " held in Moscow on 5 May 1994."
    )
    ceasefires = [e for e in events(text, dictionary) if e.type == "Ceasefire"]
    assert [e.date.iso() if e.date else None for e in ceasefires] == ["1994-05-12"]


def test_a_hyphenated_broker_takes_part_in_what_it_brokered_only(dictionary: Dictionary) -> None:
    text = (
        "The Russian-brokered truce that ended four days of fighting between Armenia and"
        " Azerbaijan took effect on 5 April 2016."
    )
    found = {e.type: set(e.involved()) for e in events(text, dictionary)}
    assert found["Ceasefire"] == {"armenia", "azerbaijan", "russia"}
    assert "russia" not in found["ArmedConflict"]


def test_names_after_a_next_verb_joined_by_and_are_that_verbs(dictionary: Dictionary) -> None:
    text = (
        "Georgia declared a curfew on 3 March 2008 after weeks of street protests in Tbilisi"
        " and accused Russia of stirring the unrest."
    )
    with_russia = [e.type for e in events(text, dictionary) if "russia" in e.involved()]
    assert with_russia == ["Accusation"]


def test_a_states_side_of_the_border_is_a_place(dictionary: Dictionary) -> None:
    text = "The EU deployed monitors on the Armenian side of the border on 20 October 2022."
    assert [set(e.involved()) for e in events(text, dictionary)] == [{"european-union"}]


def test_the_eu_mission_in_georgia_is_the_monitoring_mission(dictionary: Dictionary) -> None:
    text = "Monitors of the EU mission in Georgia patrolled the area on 20 October 2022."
    found = {s for e in events(text, dictionary) for s in e.involved()}
    assert "european-union-monitoring-mission-in-georgia" in found


def test_a_second_reported_clause_keeps_its_cues_to_itself(dictionary: Dictionary) -> None:
    text = (
        "Iran said on 12 September 2023 that the joint drills of Armenia and the United States"
        " had begun and that it would study them."
    )
    found = [(e.type, e.status.value) for e in events(text, dictionary)]
    assert found == [("JointMilitaryExercise", "Occurred")]


def test_a_call_framing_what_was_said_has_the_speaker_not_the_content(
    dictionary: Dictionary,
) -> None:
    text = (
        "Nikol Pashinyan told Emmanuel Macron by phone on 3 May 2024 that Azerbaijani troops"
        " had crossed the border."
    )
    calls = [set(e.involved()) for e in events(text, dictionary) if e.type == "PhoneCall"]
    assert calls == [{"nikol-pashinyan", "armenia", "emmanuel-macron", "france"}]


def test_peacekeepers_a_state_deploys_are_its_peacekeeping_force(dictionary: Dictionary) -> None:
    text = "Russia deployed 2,000 peacekeepers to Karabakh on 10 November 2020."
    found = [set(e.involved()) for e in events(text, dictionary) if e.type == "Deployment"]
    assert found == [{"russia", "russian-peacekeeping-forces-in-nagorno-karabakh"}]
