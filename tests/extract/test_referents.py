import datetime as dt

from kg.dictionary import Dictionary
from kg.extract.pipeline import extract
from kg.model import Source


def _claimants(text: str, dictionary: Dictionary, language: str, day: dt.date) -> list[str]:
    source = Source("doc", text, "t", language, "sha256:0", published=day)
    return [c.claimant for c in extract(source, dictionary).claims]


def test_an_unnamed_office_is_its_holder_on_the_day_azerbaijani(dictionary: Dictionary) -> None:
    text = "Türkiyə Prezidenti Ermənistanla sərhədin açılacağını açıqlayıb."
    assert _claimants(text, dictionary, "az", dt.date(2021, 6, 15)) == ["recep-tayyip-erdogan"]


def test_an_unnamed_office_is_its_holder_on_the_day_russian(dictionary: Dictionary) -> None:
    text = "Президент России заявил, что Грузия начала войну."
    assert _claimants(text, dictionary, "ru", dt.date(2008, 8, 12)) == ["dmitry-medvedev"]
    assert _claimants(text, dictionary, "ru", dt.date(2022, 2, 22)) == ["vladimir-putin"]


def test_an_unnamed_office_is_its_holder_on_the_day_english(dictionary: Dictionary) -> None:
    text = "Turkey's president said Armenia should open the border."
    assert _claimants(text, dictionary, "en", dt.date(2021, 6, 15)) == ["recep-tayyip-erdogan"]


def test_a_named_office_holder_is_left_as_named(dictionary: Dictionary) -> None:
    text = "Президент России Владимир Путин заявил, что Грузия начала войну."
    source = Source("doc", text, "t", "ru", "sha256:0", published=dt.date(2008, 8, 12))
    facts = extract(source, dictionary)
    assert "dmitry-medvedev" not in facts.mentions and "russia" in facts.mentions


def test_two_capitals_joined_stand_for_their_states(dictionary: Dictionary) -> None:
    for text, language in (
        ("Baku and Yerevan will ask the OSCE to close the Minsk Group.", "en"),
        ("Bakı və İrəvan sülh sazişini imzalayacaq.", "az"),
        ("Баку и Ереван обратятся в ОБСЕ.", "ru"),
    ):
        source = Source("doc", text, "t", language, "sha256:0")
        facts = extract(source, dictionary)
        assert {"azerbaijan", "armenia"} <= set(facts.mentions), language


def test_a_single_capital_stays_a_place(dictionary: Dictionary) -> None:
    source = Source("doc", "The talks were held in Baku.", "t", "en", "sha256:0")
    assert "azerbaijan" not in extract(source, dictionary).mentions


def test_a_bare_capital_opening_an_azerbaijani_sentence_is_its_state(
    dictionary: Dictionary,
) -> None:
    text = "Bakı erməni qüvvələrinin çıxarılmasını tələb edib."
    (claim,) = extract(Source("doc", text, "t", "az", "sha256:0"), dictionary).claims
    assert claim.claimant == "azerbaijan"
    placed = "Bakıda İran səfiri bəyanatla çıxış edib."
    assert (
        "azerbaijan"
        not in extract(Source("doc", placed, "t", "az", "sha256:0"), dictionary).mentions
    )


def _involved(text: str, dictionary: Dictionary, language: str, day: dt.date) -> set[str]:
    source = Source("doc", text, "t", language, "sha256:0", published=day)
    return {s for e in extract(source, dictionary).events for s in e.involved()}


def test_a_plural_office_before_or_after_a_list_of_states_is_each_holder(
    dictionary: Dictionary,
) -> None:
    day = dt.date(2016, 8, 9)
    holders = {"ilham-aliyev", "hassan-rouhani", "vladimir-putin"}
    text = "The presidents of Azerbaijan, Iran and Russia met in Baku on 8 August 2016."
    assert _involved(text, dictionary, "en", day) >= holders | {"azerbaijan", "iran", "russia"}
    text = "Президенты России, Азербайджана и Ирана встретились в Баку 8 августа 2016 года."
    assert _involved(text, dictionary, "ru", day) >= {"ilham-aliyev", "vladimir-putin"}
    text = "Azərbaycan, İran və Rusiya prezidentləri 8 avqust 2016-cı ildə Bakıda görüşüb."
    assert _involved(text, dictionary, "az", day) >= {"ilham-aliyev", "vladimir-putin"}
    # a list with no office word stays a list of states
    text = "Azerbaijan, Iran and Russia met in Baku on 8 August 2016."
    assert not _involved(text, dictionary, "en", day) & holders


def test_a_sentence_opening_with_he_has_the_person_named_before(dictionary: Dictionary) -> None:
    def rally(text: str) -> set[str]:
        source = Source("doc", text, "t", "en", "sha256:0", published=dt.date(2024, 5, 25))
        events = extract(source, dictionary).events
        return {s for e in events if e.evidence[0].quote.startswith("He") for s in e.involved()}

    text = (
        "The deal set off protests led by Archbishop Bagrat Galstanyan. He and his supporters "
        "held a rally on 9 May 2024 to demand the resignation of Nikol Pashinyan."
    )
    assert "bagrat-galstanyan" in rally(text)
    # two people named before: the pronoun stays unresolved
    text = text.replace("Archbishop Bagrat Galstanyan", "Bagrat Galstanyan and Ilham Aliyev")
    assert not {"bagrat-galstanyan", "ilham-aliyev"} & rally(text)
