"""Event rules of extraction round 18 (Azerbaijani and Russian slice)."""

import datetime as dt

import pytest

from kg.dictionary import Dictionary
from tests.extract.sample import events

PUBLISHED = dt.date(2024, 3, 15)


@pytest.mark.parametrize(
    ("text", "kind", "state"),
    [
        ("Россия объявила о прекращении огня в Карабахе.", "Ceasefire", "russia"),
        ("Армения объявила о выводе своих войск из Тавуша.", "Withdrawal", "armenia"),
    ],
)
def test_a_state_announcing_its_own_act_in_russian_takes_part(
    text: str, kind: str, state: str, dictionary: Dictionary
) -> None:
    found = events(text, dictionary, "ru", PUBLISHED)
    assert any(e.type == kind and state in e.involved() for e in found)


def test_a_state_announcing_what_another_did_in_russian_only_reports(
    dictionary: Dictionary,
) -> None:
    found = events("Армения объявила, что Азербайджан начал наступление.", dictionary, "ru")
    assert found and all("armenia" not in e.involved() for e in found)


@pytest.mark.parametrize(
    ("language", "text", "force"),
    [
        (
            "az",
            "Ermənistan silahlı qüvvələri martın 5-də Azərbaycan mövqelərini atəşə tutub.",
            "armed-forces-of-azerbaijan",
        ),
        (
            "ru",
            "5 марта азербайджанские войска открыли огонь по армянским позициям.",
            "armed-forces-of-armenia",
        ),
    ],
)
def test_a_states_positions_are_held_by_its_forces(
    language: str, text: str, force: str, dictionary: Dictionary
) -> None:
    found = events(text, dictionary, language, PUBLISHED)
    assert any(e.type in ("Shelling", "Attack") and force in e.involved() for e in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "az",
            "İyulun 14-də Ermənistan ilə sərhəddə gedən döyüşdə general Polad Həşimov həlak olub.",
        ),
        ("ru", "14 июля в боях на границе с Арменией погиб генерал-майор Полад Гашимов."),
    ],
)
def test_an_officer_whose_role_is_in_a_force_brings_the_force(
    language: str, text: str, dictionary: Dictionary
) -> None:
    found = events(text, dictionary, language, dt.date(2020, 7, 20))
    assert any(
        "polad-hashimov" in e.involved() and "armed-forces-of-azerbaijan" in e.involved()
        for e in found
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Путин и Пашинян в мае договорились о выводе российских пограничников из Армении.",
        ),
        (
            "az",
            "Putin və Paşinyan mayda Rusiya hərbçilərinin Ermənistandan çıxarılması barədə "
            "razılaşıblar.",
        ),
    ],
)
def test_an_agreement_on_pulling_out_troops_is_a_military_agreement(
    language: str, text: str, dictionary: Dictionary
) -> None:
    found = events(text, dictionary, language, PUBLISHED)
    assert any(e.type == "MilitaryAgreement" for e in found)
    assert not any(e.type == "Agreement" for e in found)


def test_a_protocol_signed_by_a_head_of_border_troops_keeps_its_kind(
    dictionary: Dictionary,
) -> None:
    found = events(
        "Начальник пограничных войск Армении и Россия подписали протокол о передаче охраны.",
        dictionary,
        "ru",
        PUBLISHED,
    )
    assert any(e.type == "Agreement" for e in found)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Gürcüstan hakimiyyəti Rusiyanın qərarını qanunsuz adlandırıb.", "russia"),
        ("Ermənistan Azərbaycanın hərəkətlərini təcavüz adlandırıb.", "azerbaijan"),
        ("Fransa İlham Əliyevin sözlərini qəbuledilməz adlandırıb.", "azerbaijan"),
    ],
)
def test_calling_anothers_act_illegal_or_aggression_in_azerbaijani_is_an_accusation(
    text: str, accused: str, dictionary: Dictionary
) -> None:
    found = events(text, dictionary, "az", PUBLISHED)
    assert any(e.type == "Accusation" and accused in e.involved() for e in found)


def test_calling_something_unacceptable_with_no_one_else_named_accuses_nobody(
    dictionary: Dictionary,
) -> None:
    found = events(
        "Azərbaycan Prezidenti xarici müdaxiləni qəbuledilməz adlandırıb.", dictionary, "az"
    )
    assert not any(e.type == "Accusation" for e in found)


def test_what_a_reporting_converb_says_takes_no_part_in_the_act_after_it(
    dictionary: Dictionary,
) -> None:
    text = (
        "Ermənistan Qarabağda Rusiya qoşunlarının olmadığını bildirərək Azərbaycanın "
        "addımını təcavüz adlandırıb."
    )
    found = [e for e in events(text, dictionary, "az", PUBLISHED) if e.type == "Accusation"]
    assert found and all("russia" not in e.involved() for e in found)


def test_condemning_an_act_told_before_accuses_whoever_did_it(dictionary: Dictionary) -> None:
    text = (
        "Россия 26 августа признала независимость Абхазии. "
        "Власти Грузии назвали признание незаконным."
    )
    found = events(text, dictionary, "ru", PUBLISHED)
    assert any(e.type == "Accusation" and {"georgia", "russia"} <= set(e.involved()) for e in found)


def test_condemning_an_act_of_no_one_told_accuses_nobody(dictionary: Dictionary) -> None:
    found = events("Власти Грузии назвали признание незаконным.", dictionary, "ru", PUBLISHED)
    assert not any(e.type == "Accusation" for e in found)


@pytest.mark.parametrize(
    ("language", "text", "kind", "force"),
    [
        (
            "ru",
            "Боевые действия между Грузией и Россией начались 8 августа, когда грузинские "
            "войска начали обстрел Цхинвали.",
            "ArmedConflict",
            "defense-forces-of-georgia",
        ),
        (
            "az",
            "İyulun 12-də Ermənistan silahlı qüvvələri ilə Azərbaycan arasında sərhəddə "
            "döyüşlər başlayıb.",
            "BorderIncident",
            "armed-forces-of-armenia",
        ),
    ],
)
def test_a_war_as_a_whole_lists_the_states_not_their_forces(
    language: str, text: str, kind: str, force: str, dictionary: Dictionary
) -> None:
    wars = [e for e in events(text, dictionary, language, PUBLISHED) if e.type == kind]
    assert wars and all(force not in e.involved() for e in wars)


def test_fire_at_a_town_named_as_its_object_hits_the_towns_state(
    dictionary: Dictionary,
) -> None:
    text = "8 августа грузинские войска начали массированный обстрел Цхинвали."
    found = [e for e in events(text, dictionary, "ru", PUBLISHED) if e.type == "Shelling"]
    assert found and all("south-ossetia" in e.targets for e in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "az",
            "Azərbaycan, Rusiya və Ermənistan martın 5-də atəşkəs haqqında saziş imzalayıb. "
            "Sənədə əsasən, martın 5-i saat 00:00-dan bütün hərbi əməliyyatlar dayandırılır.",
        ),
        (
            "ru",
            "Армения, Россия и Азербайджан 5 марта подписали соглашение о прекращении огня. "
            "Согласно документу, 5 марта в полночь вводится режим прекращения огня.",
        ),
    ],
)
def test_a_sentence_citing_the_document_restates_the_event_told_before(
    language: str, text: str, dictionary: Dictionary
) -> None:
    found = [e for e in events(text, dictionary, language, PUBLISHED) if e.type == "Ceasefire"]
    assert len(found) == 1 and len(found[0].evidence) == 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("az", "Azərbaycan İranın mövqeyini qəbul etmədiyini bildirib."),
        ("ru", "Армения не приняла позицию России по договору."),
    ],
)
def test_a_states_stance_is_no_force(language: str, text: str, dictionary: Dictionary) -> None:
    found = events(text, dictionary, language, PUBLISHED)
    assert all(not s.startswith("armed-forces") for e in found for s in e.involved())


def test_a_bare_year_told_in_passing_does_not_date_the_story(dictionary: Dictionary) -> None:
    text = (
        "Армения 22 февраля заморозила участие в ОДКБ. Договор не выполнялся в 2021 и 2022 "
        "годах. Пашинян также обвинил Россию во вмешательстве."
    )
    found = [e for e in events(text, dictionary, "ru", PUBLISHED) if e.type == "Accusation"]
    assert found and all(e.date is not None and e.date.iso() == "2024-02-22" for e in found)


def test_a_date_in_what_is_accused_does_not_date_the_accusation(
    dictionary: Dictionary,
) -> None:
    text = (
        "Армения 22 февраля заморозила участие в ОДКБ. Пашинян также обвинил Россию в том, "
        "что осенью 2023 года она вмешивалась во внутренние дела."
    )
    found = [e for e in events(text, dictionary, "ru", PUBLISHED) if e.type == "Accusation"]
    assert found and all(e.date is not None and e.date.iso() == "2024-02-22" for e in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Россия 21 июня запретила полёты в Грузию. Запрет вступит в силу 8 июля.",
        ),
        (
            "az",
            "Rusiya iyunun 21-də Gürcüstana uçuşlara qadağa qoyub. Qadağa iyulun 8-də "
            "qüvvəyə minəcək.",
        ),
    ],
)
def test_an_act_taking_effect_on_a_later_day_is_an_event_of_that_day(
    language: str, text: str, dictionary: Dictionary
) -> None:
    found = events(text, dictionary, language, dt.date(2019, 6, 22))
    assert any(
        e.type == "Sanction"
        and e.date is not None
        and e.date.iso() == "2019-07-08"
        and {"russia", "georgia"} <= set(e.involved())
        for e in found
    )
