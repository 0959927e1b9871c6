"""English lexicon, rule round 15: common news wordings the lexicon lacked.

Each test names sentences that the lexicon before the round read wrongly (no event, or one of
another kind or status), so each fails without its entries.
"""

import pytest

from kg.dictionary import Dictionary
from kg.extract.pipeline import extract
from kg.model import Source, Status
from tests.extract.sample import events


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijani forces recaptured Shusha on 8 November 2020.",
        "Azerbaijani forces captured Shusha on 8 November 2020.",
        "Georgian troops advanced on Tskhinvali on 8 August 2008.",
        "Armenian forces launched a counter-attack near Tavush in July 2020.",
    ],
)
def test_taking_or_advancing_on_a_place_is_an_offensive(text: str, dictionary: Dictionary) -> None:
    assert "MilitaryOffensive" in [e.type for e in events(text, dictionary)]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed to stop shooting on 9 May 1994.",
        "Armenia and Azerbaijan stopped firing on 9 May 1994.",
        "Armenia and Azerbaijan agreed to silence the guns on 9 May 1994.",
    ],
)
def test_stopping_the_shooting_is_a_ceasefire(text: str, dictionary: Dictionary) -> None:
    assert "Ceasefire" in [e.type for e in events(text, dictionary)]


@pytest.mark.parametrize(
    "text",
    [
        "Armenian opposition supporters marched on the parliament in Yerevan on 20 June 2019.",
        "Armenian opposition supporters tried to storm the parliament in Yerevan on 10 November"
        " 2020.",
        "Georgian opposition leaders began a hunger strike in Tbilisi on 3 May 2019.",
    ],
)
def test_marching_on_storming_or_starving_is_a_protest(text: str, dictionary: Dictionary) -> None:
    assert [e.type for e in events(text, dictionary)] == ["Protest"]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan shut its embassy in Tehran on 27 January 2023.",
        "Georgia shut down its embassy in Moscow on 29 August 2008.",
        "Georgia decided to downgrade diplomatic relations with Russia on 29 August 2008.",
    ],
)
def test_shutting_an_embassy_or_downgrading_relations_is_a_downgrade(
    text: str, dictionary: Dictionary
) -> None:
    assert [e.type for e in events(text, dictionary)] == ["DiplomaticDowngrade"]


@pytest.mark.parametrize(
    "text",
    [
        "Ilham Aliyev received his Georgian counterpart in Baku on 12 March 2023.",
        "Ilham Aliyev hosted his Georgian counterpart in Baku on 12 March 2023.",
        "Ilham Aliyev talked with Recep Tayyip Erdogan in Ankara on 12 March 2023.",
    ],
)
def test_receiving_a_counterpart_or_talking_with_a_leader_is_a_meeting(
    text: str, dictionary: Dictionary
) -> None:
    assert [e.type for e in events(text, dictionary)] == ["Meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan and Israel agreed to launch direct flights between Baku and Tel Aviv.",
        "Georgia and Armenia reopened the border crossing at Bagratashen on 1 March 2021.",
        "Trade turnover between Azerbaijan and Georgia grew by a fifth in 2023.",
    ],
)
def test_flights_crossings_and_trade_turnover_are_economic_cooperation(
    text: str, dictionary: Dictionary
) -> None:
    assert [e.type for e in events(text, dictionary)] == ["EconomicCooperation"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted two Georgian soldiers near Tskhinvali on 3 May 2019.",
        "South Ossetian forces took hostage two Georgian soldiers on 3 May 2019.",
    ],
)
def test_abduction_or_hostage_taking_is_an_attack(text: str, dictionary: Dictionary) -> None:
    assert [e.type for e in events(text, dictionary)] == ["Attack"]


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        (
            "The CIS raised the idea of a peacekeeping force, but no such force has been"
            " deployed in Karabakh.",
            "Deployment",
            Status.NEGATED,
        ),
        ("Azerbaijan and Armenia postponed the meeting in Brussels.", "Meeting", Status.NEGATED),
        (
            "Armenia has yet to sign the peace treaty with Azerbaijan.",
            "PeaceAgreement",
            Status.NEGATED,
        ),
        (
            "Azerbaijan failed to sign a peace treaty with Armenia.",
            "PeaceAgreement",
            Status.NEGATED,
        ),
        ("Turkey aims to sign a trade agreement with Georgia.", "TradeAgreement", Status.PLANNED),
        ("Russia pledged to deploy peacekeepers in Karabakh.", "Deployment", Status.PLANNED),
        ("Iran vowed to hold joint drills with Armenia.", "JointMilitaryExercise", Status.PLANNED),
        ("Azerbaijan was ready to provide humanitarian aid to Iran.", "Aid", Status.HYPOTHETICAL),
        (
            "Russia is willing to deploy peacekeepers in Karabakh.",
            "Deployment",
            Status.HYPOTHETICAL,
        ),
    ],
)
def test_status_cues(text: str, kind: str, status: Status, dictionary: Dictionary) -> None:
    assert [(e.type, e.status) for e in events(text, dictionary)] == [(kind, status)]


@pytest.mark.parametrize(
    "verb",
    [
        "acknowledged",
        "confirmed",
        "admitted",
        "added",
        "reiterated",
        "emphasised",
        "emphasized",
        "alleged",
        "objected",
    ],
)
def test_verbs_of_confirming_or_insisting_are_claim_cues(verb: str, dictionary: Dictionary) -> None:
    text = f"Iran {verb} that Azerbaijan was to blame."
    found = extract(Source("doc", text, "t", "en", "sha256:0"), dictionary).claims
    assert [(c.claimant, c.about) for c in found] == [("iran", ("azerbaijan",))]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia slammed Azerbaijan over the closure of the Lachin corridor.",
        "Iran rebuked Azerbaijan for its ties with Israel.",
        "Russia lambasted Armenia over its ratification of the Rome Statute.",
    ],
)
def test_slamming_or_rebuking_a_state_is_an_accusation(text: str, dictionary: Dictionary) -> None:
    found = events(text, dictionary)
    assert found and found[0].type == "Accusation"


def test_slamming_an_act_with_no_one_else_named_accuses_nobody(dictionary: Dictionary) -> None:
    assert [e.type for e in events("Armenia slammed the attack.", dictionary)] == ["Attack"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Azerbaijani forces fired shells at Armenian positions near Goris on 13 September"
            " 2022.",
            "Shelling",
        ),
        (
            "Azerbaijani mortar fire hit Armenian positions near Jermuk on 13 September 2022.",
            "Shelling",
        ),
        (
            "A kamikaze drone hit an Armenian army truck near Jermuk on 13 September 2022.",
            "DroneStrike",
        ),
        (
            "Armenian positions were struck by a drone near Jermuk on 13 September 2022.",
            "DroneStrike",
        ),
        (
            "Armenian and Azerbaijani troops exchanged cross-border fire near Tavush on 12 July"
            " 2020.",
            "BorderIncident",
        ),
        (
            "A bomb blast killed two Georgian police officers in Tbilisi on 3 May 2019.",
            "TerroristAttack",
        ),
    ],
)
def test_wordings_of_fire_drones_and_bombs(text: str, kind: str, dictionary: Dictionary) -> None:
    assert [e.type for e in events(text, dictionary)] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Azerbaijan sent medical supplies to Turkey on 8 February 2023.", "Aid"),
        ("Armenia sent 100 tonnes of flour to Syria on 8 February 2023.", "Aid"),
        (
            "Russia introduced trade restrictions against Georgia in March 2006.",
            "Sanction",
        ),
        ("Russia halted imports of Georgian wine in March 2006.", "Sanction"),
        ("Leaders of Armenia and Azerbaijan met at two summits in 2023.", "Summit"),
    ],
)
def test_wordings_of_aid_sanctions_and_summits(
    text: str, kind: str, dictionary: Dictionary
) -> None:
    assert kind in [e.type for e in events(text, dictionary)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Azerbaijan set up a checkpoint at the Lachin corridor on 23 April 2023.", "Deployment"),
        ("Russian forces vacated the Gyumri barracks in May 2024.", "Withdrawal"),
        ("Russian forces were pulling out of Georgia in October 2008.", "Withdrawal"),
        ("Georgia held a presidential vote on 26 October 2024.", "Election"),
        (
            "Russia mediated talks between Armenia and Azerbaijan in Sochi on 31 October 2022.",
            "Negotiation",
        ),
    ],
)
def test_wordings_of_checkpoints_pullouts_votes_and_mediation(
    text: str, kind: str, dictionary: Dictionary
) -> None:
    assert [e.type for e in events(text, dictionary)] == [kind]
