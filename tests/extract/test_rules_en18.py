"""English rule round 18 (participant conventions of sources/ANNOTATION.md): each test names
sentences (of our own wording) that the rules before the round read wrongly, so each fails
without its rule."""

import pytest

from kg.dictionary import Dictionary
from tests.extract.sample import events


def _found(text: str, dictionary: Dictionary) -> list[tuple[str, set[str]]]:
    return [(e.type, set(e.involved())) for e in events(text, dictionary)]


@pytest.mark.parametrize(
    ("text", "force", "state"),
    [
        (
            "Russian soldiers detained two shepherds near Gori on 4 July 2015.",
            "armed-forces-of-the-russian-federation",
            "russia",
        ),
        (
            "Turkish troops were deployed in Nakhchivan on 4 July 2021.",
            "turkish-armed-forces",
            "turkey",
        ),
    ],
)
def test_a_states_troops_are_its_national_force_whatever_its_slug(
    text: str, force: str, state: str, dictionary: Dictionary
) -> None:
    found = _found(text, dictionary)
    assert len(found) == 1 and {force, state} <= found[0][1]


def test_two_demonyms_before_troops_name_both_forces(dictionary: Dictionary) -> None:
    text = "Georgian and American soldiers began a joint exercise near Tbilisi on 4 May 2024."
    assert _found(text, dictionary) == [
        (
            "JointMilitaryExercise",
            {"defense-forces-of-georgia", "georgia", "united-states-armed-forces", "united-states"},
        )
    ]


def test_a_war_as_a_whole_lists_states_not_forces(dictionary: Dictionary) -> None:
    text = "Fighting between Armenian and Azerbaijani forces broke out on 2 April 2016."
    found = _found(text, dictionary)
    assert ("ArmedConflict", {"armenia", "azerbaijan"}) in found


def test_a_states_offensive_is_made_by_its_forces(dictionary: Dictionary) -> None:
    text = "Russia launched an offensive against Georgia on 8 August 2008."
    assert _found(text, dictionary) == [
        ("MilitaryOffensive", {"russia", "armed-forces-of-the-russian-federation", "georgia"})
    ]


def test_an_offensive_with_no_target_is_aimed_at_the_breakaway_named(
    dictionary: Dictionary,
) -> None:
    text = (
        "The Karabakh authorities agreed to disarm on 20 September 2023. "
        "Azerbaijan had launched an offensive on 19 September 2023."
    )
    found = [f for f in _found(text, dictionary) if f[0] == "MilitaryOffensive"]
    assert found == [
        (
            "MilitaryOffensive",
            {"azerbaijan", "armed-forces-of-azerbaijan", "republic-of-artsakh"},
        )
    ]


def test_an_offensive_is_not_aimed_at_a_breakaway_of_another_state(
    dictionary: Dictionary,
) -> None:
    text = (
        "The Karabakh authorities agreed to disarm on 20 September 2023. "
        "Russia launched an offensive on 19 September 2023."
    )
    found = [f for f in _found(text, dictionary) if f[0] == "MilitaryOffensive"]
    assert found and all("republic-of-artsakh" not in f[1] for f in found)


def test_a_truce_with_implicit_sides_includes_the_breakaway_named(
    dictionary: Dictionary,
) -> None:
    text = (
        "Armenia and Azerbaijan traded fire on 2 April 2016. "
        "The truce took effect on 5 April 2016. "
        "The Karabakh side reported heavy losses."
    )
    found = [f for f in _found(text, dictionary) if f[0] == "Ceasefire"]
    assert found == [("Ceasefire", {"armenia", "azerbaijan", "republic-of-artsakh"})]


def test_a_truce_with_named_sides_takes_no_breakaway(dictionary: Dictionary) -> None:
    text = (
        "Armenia and Azerbaijan agreed a truce on 5 April 2016. "
        "The Karabakh side reported heavy losses."
    )
    found = [f for f in _found(text, dictionary) if f[0] == "Ceasefire"]
    assert found == [("Ceasefire", {"armenia", "azerbaijan"})]


@pytest.mark.parametrize(
    "text",
    [
        "Iran's foreign ministry called the Azerbaijani decision unfriendly on 3 May 2024.",
        "Iran's foreign ministry called the decision of Azerbaijan illegal on 3 May 2024.",
        "Iran's foreign minister said on 3 May 2024 that Azerbaijan's remarks were unacceptable.",
    ],
)
def test_calling_anothers_act_unfriendly_or_illegal_accuses_them(
    text: str, dictionary: Dictionary
) -> None:
    found = [f for f in _found(text, dictionary) if f[0] == "Accusation"]
    assert len(found) == 1 and {"iran", "azerbaijan"} <= found[0][1]


def test_the_bloc_is_the_treaty_organisation_named_before(dictionary: Dictionary) -> None:
    text = (
        "Armenia froze its participation in the Collective Security Treaty Organization"
        " on 22 February 2024. Pashinyan skipped the bloc's summit in Minsk in November 2023."
    )
    found = [f for f in _found(text, dictionary) if f[0] == "Summit"]
    assert found and "collective-security-treaty-organization" in found[0][1]


def test_a_withdrawal_told_again_of_a_state_is_by_the_force_named_before(
    dictionary: Dictionary,
) -> None:
    text = (
        "Russian troops pulled out of the base at Gudauta on 3 May 2007. "
        "Russia completed its withdrawal from its other base in June 2007."
    )
    found = [f for f in _found(text, dictionary) if f[0] == "Withdrawal"]
    assert found == [("Withdrawal", {"armed-forces-of-the-russian-federation", "russia"})] * 2


def test_a_treaty_still_to_be_signed_is_a_plan_of_the_kind_told_before(
    dictionary: Dictionary,
) -> None:
    text = (
        "Armenia and Azerbaijan initialled a peace treaty on 8 August 2025. "
        "The treaty is still to be signed."
    )
    found = [(e.type, e.status.value) for e in events(text, dictionary)]
    assert ("PeaceAgreement", "Planned") in found


def test_the_two_navies_are_each_states_navy(dictionary: Dictionary) -> None:
    text = (
        "Azerbaijan and Iran signed a naval pact on 3 May 2024. "
        "The two navies held a joint exercise in the Caspian Sea in November 2024."
    )
    found = [f for f in _found(text, dictionary) if f[0] == "JointMilitaryExercise"]
    assert found == [("JointMilitaryExercise", {"azerbaijan", "azerbaijani-navy", "iran"})]


def test_a_treaty_signed_separately_is_one_signing_per_date(dictionary: Dictionary) -> None:
    text = (
        "The treaty was signed separately by the two leaders: Ilham Aliyev in Baku on"
        " 9 May 2024 and Nikol Pashinyan in Yerevan on 10 May 2024."
    )
    found = [
        (e.type, e.date.iso() if e.date else None, set(e.involved()))
        for e in events(text, dictionary)
    ]
    assert found == [
        ("Agreement", "2024-05-09", {"ilham-aliyev", "azerbaijan"}),
        ("Agreement", "2024-05-10", {"nikol-pashinyan", "armenia"}),
    ]


def test_the_karabakh_army_is_the_artsakh_defence_army(dictionary: Dictionary) -> None:
    text = "Karabakh army commander Samvel Babayan signed the truce in Stepanakert on 11 May 1994."
    found = _found(text, dictionary)
    assert found and {"artsakh-defence-army", "republic-of-artsakh"} <= found[0][1]
