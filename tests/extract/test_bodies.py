import datetime as dt

from kg.dictionary import Dictionary
from kg.extract.bodies import bare_bodies
from kg.extract.mention import Mention
from kg.extract.pipeline import extract
from kg.model import Source


def _claimants(text: str, dictionary: Dictionary, language: str, day: dt.date) -> list[str]:
    source = Source("doc", text, "t", language, "sha256:0", published=day)
    return [c.claimant for c in extract(source, dictionary).claims]


def test_a_body_noun_alone_refers_back_to_the_body_named(dictionary: Dictionary) -> None:
    text = "Azerbaijan's foreign ministry protested. The ministry cited provocations by Iran."
    found = [
        Mention(
            0, 29, "Azerbaijan's foreign ministry", "ministry-of-foreign-affairs-of-azerbaijan", "x"
        ),
        Mention(75, 79, "Iran", "iran", "name"),
    ]
    linked = bare_bodies(text, found, dictionary, "en")
    assert [(m.text, m.entity) for m in linked][1] == (
        "The ministry",
        "ministry-of-foreign-affairs-of-azerbaijan",
    )


def test_a_body_noun_with_no_body_named_before_stays_unlinked(dictionary: Dictionary) -> None:
    text = "В ведомстве уточнили, что МИД Грузии ответит."
    found = [Mention(26, 36, "МИД Грузии", "ministry-of-foreign-affairs-of-georgia", "name")]
    assert bare_bodies(text, found, dictionary, "ru") == found


def test_a_state_body_named_with_no_state_is_the_body_of_the_state_told_of(
    dictionary: Dictionary,
) -> None:
    day = dt.date(2023, 1, 30)
    text = (
        "Baku rejected that account. Foreign ministry spokesman Aykhan Hajizada said all "
        "responsibility for the attack lay with Iran."
    )
    assert _claimants(text, dictionary, "en", day) == ["ministry-of-foreign-affairs-of-azerbaijan"]
    text = "Georgia will keep consular relations, foreign ministry spokeswoman Khatuna Iosava said."
    assert _claimants(text, dictionary, "en", day) == ["ministry-of-foreign-affairs-of-georgia"]
    # named with its state, it is that state's body whatever the sentence before tells
    text = "Baku rejected that account. Iran's foreign ministry said the attack was personal."
    assert _claimants(text, dictionary, "en", day) == ["ministry-of-foreign-affairs-of-iran"]
