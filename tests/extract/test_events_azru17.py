"""Event rules of extraction round 17 (Azerbaijani and Russian slice)."""

import datetime as dt

import pytest

from kg.dictionary import Dictionary
from tests.extract.sample import events

PUBLISHED = dt.date(2024, 3, 15)


@pytest.mark.parametrize(
    ("language", "text", "host"),
    [
        ("ru", "Никол Пашинян 5 марта прибыл с официальным визитом в Париж.", "france"),
        ("ru", "Ильхам Алиев совершил визит в Минск.", "belarus"),
        ("az", "İlham Əliyev Berlində səfərdə olub.", "germany"),
    ],
)
def test_a_visit_to_a_national_capital_is_a_visit_to_its_state(
    language: str, text: str, host: str, dictionary: Dictionary
) -> None:
    found = events(text, dictionary, language, PUBLISHED)
    assert any(e.type == "StateVisit" and host in e.involved() for e in found)


def test_a_national_capital_that_condemns_stands_for_its_state(dictionary: Dictionary) -> None:
    found = events("Париж осудил нападение Азербайджана на Армению.", dictionary, "ru", PUBLISHED)
    assert any(e.type == "Accusation" and "france" in e.involved() for e in found)


@pytest.mark.parametrize(
    ("language", "text", "host"),
    [
        ("az", "İran Prezidenti Məsud Pezeşkian Bakıya rəsmi səfərlə gəlib.", "azerbaijan"),
        ("az", "Nikol Paşinyan martın 5-də Tehrana səfər edib.", "iran"),
        ("az", "Ceyhun Bayramov Moskvaya işgüzar səfərə gedib.", "russia"),
        ("ru", "Никол Пашинян посетил Тегеран.", "iran"),
        ("ru", "Посещение Баку президентом Ирана прошло без сенсаций.", "azerbaijan"),
    ],
)
def test_a_visit_to_a_capital_in_the_dative_or_the_accusative_is_hosted_by_its_state(
    language: str, text: str, host: str, dictionary: Dictionary
) -> None:
    found = events(text, dictionary, language, PUBLISHED)
    assert any(e.type == "StateVisit" and host in e.involved() for e in found)


def test_a_capital_whose_own_name_ends_like_the_dative_is_no_destination(
    dictionary: Dictionary,
) -> None:
    found = events(
        "Ermənistan və Azərbaycan Astana formatında danışıqlar aparıb.", dictionary, "az"
    )
    assert found and all(e.place != "astana" for e in found)


@pytest.mark.parametrize(
    ("language", "text", "zone"),
    [
        (
            "ru",
            "Российский вертолёт Армении был сбит за пределами зоны боевых действий.",
            "ArmedConflict",
        ),
        (
            "ru",
            "Армения и Азербайджан обменялись пленными в зоне боевых действий.",
            "ArmedConflict",
        ),
        (
            "az",
            "Rusiya sülhməramlıları Ermənistan ilə Azərbaycan arasında döyüş zonasında.",
            "ArmedConflict",
        ),
    ],
)
def test_a_zone_named_by_the_fighting_is_no_event(
    language: str, text: str, zone: str, dictionary: Dictionary
) -> None:
    assert zone not in [e.type for e in events(text, dictionary, language, PUBLISHED)]


def test_fighting_in_a_region_is_still_fighting(dictionary: Dictionary) -> None:
    text = "Azərbaycan ilə Ermənistan arasında döyüşlər bölgədə davam edir."
    assert "ArmedConflict" in [e.type for e in events(text, dictionary, "az", PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "kind", "state"),
    [
        ("Moskva Tbilisini cavab tədbirləri ilə hədələyib.", "Threat", "georgia"),
        ("Ankara İrəvanı sərt tənqid edib.", "Accusation", "armenia"),
        ("Rusiya Bakını Ukraynaya silah verməkdə ittiham edib.", "Accusation", "azerbaijan"),
    ],
)
def test_a_capital_as_a_direct_object_stands_for_its_state(
    text: str, kind: str, state: str, dictionary: Dictionary
) -> None:
    found = events(text, dictionary, "az", PUBLISHED)
    assert any(e.type == kind and state in e.involved() for e in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("az", "Rusiya ilə Gürcüstan arasında diplomatik münasibətlər 2008-ci ildə kəsilib."),
        ("az", "Gürcüstanla Rusiya arasında münasibətlər müharibədən sonra kəsilib."),
        ("az", "İranla Azərbaycan arasında diplomatik əlaqələr bir müddət kəsilmişdi."),
        ("ru", "Дипломатические отношения между Россией и Грузией были разорваны в 2008 году."),
        ("ru", "Отношения Грузии с Россией были разорваны."),
        ("ru", "Отношения Грузии с Россией прерваны."),
    ],
)
def test_relations_told_as_broken_off_are_a_downgrade(
    language: str, text: str, dictionary: Dictionary
) -> None:
    kinds = [e.type for e in events(text, dictionary, language, PUBLISHED)]
    assert "DiplomaticDowngrade" in kinds and "DiplomaticRelations" not in kinds


@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("ru", "В Ереване прошёл многотысячный антиправительственный митинг.", "armenia"),
        ("ru", "В Тбилиси прошла акция протеста против правительства.", "georgia"),
        ("az", "Tbilisidə hökumət əleyhinə etiraz aksiyası keçirilib.", "georgia"),
        ("az", "İrəvanda minlərlə insan hökumətin istefasını tələb edən mitinqə çıxıb.", "armenia"),
    ],
)
def test_an_anti_government_protest_naming_no_one_is_against_the_state_it_is_held_in(
    language: str, text: str, state: str, dictionary: Dictionary
) -> None:
    found = events(text, dictionary, language, PUBLISHED)
    assert [(e.type, e.involved()) for e in found] == [("Protest", (state,))]


def test_a_protest_not_told_against_the_government_takes_no_side(dictionary: Dictionary) -> None:
    assert events("В Баку прошёл митинг.", dictionary, "ru", PUBLISHED) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Министр обороны Армении заявил, что Азербайджан обстрелял армянские сёла. Об этом "
            "он рассказал в интервью телеканалу в понедельник.",
        ),
        (
            "ru",
            "Министр обороны Армении заявил, что Азербайджан обстрелял армянские сёла. Об этом "
            "он написал в понедельник в социальной сети.",
        ),
        (
            "az",
            "Ermənistanın müdafiə naziri Azərbaycanın erməni kəndlərini atəşə tutduğunu deyib. "
            "Bu haqda o, bazar ertəsi müsahibəsində deyib.",
        ),
        (
            "az",
            "Ermənistanın müdafiə naziri Azərbaycanın erməni kəndlərini atəşə tutduğunu deyib. "
            "Bu barədə o, bazar ertəsi sosial şəbəkədə yazıb.",
        ),
    ],
)
def test_a_sentence_telling_when_the_one_before_was_said_dates_it(
    language: str, text: str, dictionary: Dictionary
) -> None:
    found = events(text, dictionary, language, PUBLISHED)
    assert [(e.type, e.date.iso() if e.date else None) for e in found] == [
        ("Shelling", "2024-03-11")
    ]
