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


def test_the_previous_speaker_goes_on_russian(dictionary: Dictionary) -> None:
    text = "Ильхам Алиев заявил, что Россия должна извиниться. По его словам, он готов."
    found = claims(text, dictionary, "ru")
    assert [c.claimant for c in found] == ["ilham-aliyev", "ilham-aliyev"]
    assert found[1].about == ("russia",)


def test_the_previous_speaker_goes_on_azerbaijani(dictionary: Dictionary) -> None:
    text = "İlham Əliyev bildirib ki, İran səfirliyi qorumalı idi. O əlavə edib ki, iş gedir."
    found = claims(text, dictionary, "az")
    assert [c.claimant for c in found] == ["ilham-aliyev", "ilham-aliyev"]
    assert found[1].text.startswith("O əlavə edib")


def test_a_state_does_not_speak_on(dictionary: Dictionary) -> None:
    text = "Armenia said Azerbaijan attacked. He later said no document had been signed."
    assert [c.claimant for c in claims(text, dictionary)] == ["armenia"]


def test_no_speaker_before_and_none_earlier_no_claim(dictionary: Dictionary) -> None:
    assert claims("По его словам, Россия готова помочь.", dictionary, "ru") == []


def test_a_person_before_the_speech_word_is_the_speaker(dictionary: Dictionary) -> None:
    text = "İlham Əliyev çıxışında Azərbaycan və İranın dost olduğunu vurğulayıb."
    (claim,) = claims(text, dictionary, "az")
    assert claim.claimant == "ilham-aliyev"


def test_a_claim_naming_no_one_else_is_about_the_main_parties(dictionary: Dictionary) -> None:
    text = (
        "İranla Azərbaycan arasında gərginlik artıb. İran Azərbaycanı ittiham edib. "
        "Prezident İlham Əliyev hücumu terror aktı adlandırıb."
    )
    found = claims(text, dictionary, "az")
    assert found[-1].claimant == "ilham-aliyev" and found[-1].about == ("iran",)


def test_a_sentence_opening_with_a_pronoun_goes_on_with_the_speaker(
    dictionary: Dictionary,
) -> None:
    az = "İlham Əliyev bildirib ki, İran səhv edir. O, həmçinin Fransanı ittiham edib."
    assert [c.claimant for c in claims(az, dictionary, "az")] == ["ilham-aliyev"] * 2
    ru = "Ильхам Алиев заявил, что Россия неправа. Он также осудил нападение."
    assert [c.claimant for c in claims(ru, dictionary, "ru")] == ["ilham-aliyev"] * 2
    en = "Nikol Pashinyan said Russia had failed Armenia. He said Moscow had not helped."
    assert [c.claimant for c in claims(en, dictionary)] == ["nikol-pashinyan"] * 2


def test_a_claim_naming_nothing_is_about_the_document_s_topic(dictionary: Dictionary) -> None:
    text = "COP29 Bakıda keçirilir. COP29-da İlham Əliyev neft və qazı “töhfə” adlandırıb."
    (claim,) = claims(text, dictionary, "az")
    assert claim.claimant == "ilham-aliyev" and claim.about == ("cop29",)


def test_english_writing_and_denouncing_are_claims(dictionary: Dictionary) -> None:
    for text in (
        "Nikol Pashinyan wrote on Facebook that Azerbaijan had broken the truce.",
        "Nikol Pashinyan denounced the move by Azerbaijan as illegal.",
        "Nikol Pashinyan accused Azerbaijan of shelling villages.",
        "Nikol Pashinyan cancelled the trip, telling reporters that Azerbaijan was to blame.",
    ):
        (claim,) = claims(text, dictionary)
        assert (claim.claimant, claim.about) == ("nikol-pashinyan", ("azerbaijan",)), text


def test_welcoming_condemning_and_versions_are_claims(dictionary: Dictionary) -> None:
    (claim,) = claims("Türkiyə İranla Azərbaycanın razılaşmasını alqışlayıb.", dictionary, "az")
    assert claim.claimant == "turkey"
    (claim,) = claims("Türkiyə hücumu pisləyərək Azərbaycana dəstək verib.", dictionary, "az")
    assert claim.claimant == "turkey"
    (claim,) = claims("Россия выразила сожаление решением Грузии.", dictionary, "ru")
    assert claim.claimant == "russia"
    (claim,) = claims("По версии России, Грузия начала войну.", dictionary, "ru")
    assert claim.claimant == "russia"


def test_a_sentence_telling_when_the_claim_before_was_made_makes_none(
    dictionary: Dictionary,
) -> None:
    text = (
        "Никол Пашинян заявил, что Армения заморозила участие в ОДКБ. Об этом он сказал в "
        "интервью France 24, вышедшем в эфир в четверг. Он также сказал, что Россия не помогла."
    )
    found = claims(text, dictionary, "ru")
    assert [c.claimant for c in found] == ["nikol-pashinyan", "nikol-pashinyan"]
    assert "Об этом" not in " ".join(c.text for c in found)


def test_a_second_verb_joined_by_and_is_the_same_speakers(dictionary: Dictionary) -> None:
    text = (
        "Пресс-секретарь Кремля Дмитрий Песков в пятницу отметил, что армянская сторона не "
        "предпринимала официальных шагов по этому вопросу, и сообщил, что Москва намерена "
        "связаться с Ереваном."
    )
    assert [c.claimant for c in claims(text, dictionary, "ru")] == ["dmitry-peskov"]
    text = "Iran said it was ready to talk, and Azerbaijan said it agreed."
    assert [c.claimant for c in claims(text, dictionary)] == ["iran", "azerbaijan"]


def test_an_unnamed_english_speaker_is_not_the_previous_one(dictionary: Dictionary) -> None:
    # English writes the subject: "The bloc said" is someone else, "He said" goes on.
    text = (
        "Armenia's foreign ministry said Azerbaijan had attacked. "
        "The Russian-led bloc said it would send a mission to Armenia."
    )
    assert [c.claimant for c in claims(text, dictionary)] == [
        "ministry-of-foreign-affairs-of-armenia"
    ]
    text = text.replace("The Russian-led bloc", "He")
    assert [c.claimant for c in claims(text, dictionary)] == [
        "ministry-of-foreign-affairs-of-armenia"
    ] * 2
    text = text.replace("He", "It")  # a body goes on as "it"
    assert [c.claimant for c in claims(text, dictionary)] == [
        "ministry-of-foreign-affairs-of-armenia"
    ] * 2


def test_a_speaker_after_but_is_named_in_its_own_clause(dictionary: Dictionary) -> None:
    text = (
        "Ilham Aliyev said Turkey would play a role, but the Kremlin said Turkish troops "
        "would not be deployed."
    )
    assert [c.claimant for c in claims(text, dictionary)] == ["ilham-aliyev", "russia"]
    (event,) = extract(Source("doc", text, "t", "en", "sha256:0"), dictionary).events
    # the Kremlin only reports it; Turkish troops are Turkey's armed forces (ANNOTATION.md)
    assert event.involved() == ("turkish-armed-forces", "turkey")


def test_a_denial_is_a_claim_of_its_speaker(dictionary: Dictionary) -> None:
    text = "The Kremlin denied that Turkish troops would be deployed in Nagorno-Karabakh."
    (claim,) = claims(text, dictionary)
    assert claim.claimant == "russia"
    (event,) = extract(Source("doc", text, "t", "en", "sha256:0"), dictionary).events
    assert event.involved() == ("turkish-armed-forces", "turkey")  # its troops: its forces
    assert event.status.value == "Negated"
