from kg.dictionary import Dictionary
from kg.extract.pipeline import extract
from kg.model import Claim, Source


def claims(text: str, dictionary: Dictionary, language: str = "en") -> list[Claim]:
    return list(extract(Source("doc", text, "t", language, "sha256:0"), dictionary).claims)


def test_english_said(dictionary: Dictionary) -> None:
    (claim,) = claims("Iran said Azerbaijan was to blame.", dictionary)
    assert (claim.claimant, claim.about) == ("iran", ("azerbaijan",))
    assert claim.text == "Iran said Azerbaijan was to blame."


def test_english_according_to_and_interview(dictionary: Dictionary) -> None:
    text = "According to Armenia, in an interview with Euronews, Azerbaijan broke the truce."
    (claim,) = claims(text, dictionary)
    assert claim.claimant == "armenia" and claim.about == ("azerbaijan",)
    assert claim.said_in == "Euronews"


def test_russian(dictionary: Dictionary) -> None:
    (claim,) = claims("Россия заявила, что Грузия начала войну.", dictionary, "ru")
    assert (claim.claimant, claim.about) == ("russia", ("georgia",))
    (claim,) = claims("По словам Армении, Азербайджан нарушил перемирие.", dictionary, "ru")
    assert claim.claimant == "armenia"


def test_azerbaijani(dictionary: Dictionary) -> None:
    (claim,) = claims("Azərbaycan İranın mövqeyini qəbul etmədiyini bildirib.", dictionary, "az")
    assert (claim.claimant, claim.about) == ("azerbaijan", ("iran",))


def test_no_claimant_no_claim(dictionary: Dictionary) -> None:
    assert claims("Officials said the talks went well.", dictionary) == []


def test_opinion_is_not_an_event(dictionary: Dictionary) -> None:
    facts = extract(
        Source("doc", "Iran said Azerbaijan was wrong.", "t", "en", "sha256:0"), dictionary
    )
    assert facts.claims and not facts.events


def test_a_claim_about_nothing_known_is_not_emitted(dictionary: Dictionary) -> None:
    assert claims("Iran said the weather was fine.", dictionary) == []
    (claim,) = claims("Iran said Tehran was calm.", dictionary)
    assert claim.about == ("tehran",)
