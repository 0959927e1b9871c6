"""English rule round 17: each test names sentences (of our own wording) that the rules
before the round read wrongly, so each fails without its rule."""

import pytest

from kg.dictionary import Dictionary
from tests.extract.sample import events


@pytest.mark.parametrize(
    "text",
    [
        "Armenian Prime Minister Nikol Pashinyan travelled to Moscow on 8 May 2024.",
        "Armenian Prime Minister Nikol Pashinyan visited Moscow on 8 May 2024.",
        "Armenian Prime Minister Nikol Pashinyan made a trip to Moscow on 8 May 2024.",
    ],
)
def test_a_visit_to_a_capital_is_a_visit_to_its_state(text: str, dictionary: Dictionary) -> None:
    found = [(e.type, set(e.involved())) for e in events(text, dictionary)]
    assert found == [("StateVisit", {"armenia", "nikol-pashinyan", "russia"})]


def test_an_ambassador_recalled_from_a_capital_leaves_its_state(dictionary: Dictionary) -> None:
    text = "Armenia recalled its ambassador from Minsk on 3 July 2024."
    found = [(e.type, set(e.involved())) for e in events(text, dictionary)]
    assert found == [("DiplomaticDowngrade", {"armenia", "belarus"})]


def test_a_national_capital_stands_for_its_government(dictionary: Dictionary) -> None:
    text = "Israel recalled its ambassador from Madrid in protest on 28 May 2024."
    found = [(e.type, set(e.involved())) for e in events(text, dictionary)]
    assert found == [("DiplomaticDowngrade", {"israel", "spain"})]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Azerbaijan accused Armenia of violating the ceasefire on 3 May 2024.",
            ["Accusation", "BorderIncident"],
        ),
        ("Armenian forces breached the truce near Tavush on 3 May 2024.", ["BorderIncident"]),
        (
            "Azerbaijan's defence ministry accused Armenian forces of opening fire on its"
            " positions on 3 May 2024.",
            ["Accusation", "Attack"],
        ),
        ("Azerbaijan reopened its consulate in Tabriz on 3 May 2024.", ["DiplomaticRelations"]),
        ("Georgia's parliament passed the foreign agents law on 14 May 2024.", ["Statement"]),
        ("Armenia's parliament adopted the new constitutional law on 14 May 2024.", ["Statement"]),
        (
            "Iran and Azerbaijan held joint naval drills in the Caspian Sea on 3 May 2024.",
            ["JointMilitaryExercise"],
        ),
        (
            "Armenia suspended its participation in the CSTO on 23 February 2024.",
            ["DiplomaticDowngrade"],
        ),
        ("An Azerbaijani soldier was killed by Armenian sniper fire on 3 May 2024.", ["Attack"]),
        ("Russian peacekeepers began leaving Karabakh on 17 April 2024.", ["Withdrawal"]),
        ("Russia withdrew its troops from Georgia in November 2007.", ["Withdrawal"]),
        ("Iran warned Azerbaijan against hosting foreign troops on 3 May 2024.", ["Threat"]),
        (
            "Nikol Pashinyan hosted Georgian Prime Minister Irakli Kobakhidze in Yerevan on 3 May"
            " 2024.",
            ["Meeting"],
        ),
        ("Russia pulled its peacekeepers out of Karabakh in April 2024.", ["Withdrawal"]),
        (
            "Azerbaijani drones hit an Armenian military base near Jermuk on 3 May 2024.",
            ["DroneStrike"],
        ),
        ("Azerbaijani forces fired on Armenian positions near Sotk on 3 May 2024.", ["Attack"]),
        (
            "The United States suspended its strategic partnership with Georgia on 30 November"
            " 2024.",
            ["DiplomaticDowngrade"],
        ),
    ],
)
def test_common_news_wordings_of_event_kinds(
    text: str, kinds: list[str], dictionary: Dictionary
) -> None:
    assert sorted(e.type for e in events(text, dictionary)) == kinds


@pytest.mark.parametrize(
    ("text", "involved"),
    [
        (
            "The EU announced sanctions against Belarus on 3 May 2024.",
            {"european-union", "belarus"},
        ),
        (
            "Russia announced the withdrawal of its troops from Georgia on 3 May 2024.",
            {"russia", "georgia"},
        ),
        (
            "Armenia announced the closure of its embassy in Tehran on 3 May 2024.",
            {"armenia", "iran"},
        ),
        ("Azerbaijan declared a ceasefire with Armenia on 3 May 2024.", {"azerbaijan", "armenia"}),
    ],
)
def test_what_a_state_announces_is_its_own_act(
    text: str, involved: set[str], dictionary: Dictionary
) -> None:
    assert [set(e.involved()) for e in events(text, dictionary)] == [involved]


def test_what_is_announced_after_that_is_only_reported(dictionary: Dictionary) -> None:
    text = "Armenia announced on 3 May 2024 that Azerbaijan had shelled the border."
    assert [set(e.involved()) for e in events(text, dictionary)] == [{"azerbaijan"}]
