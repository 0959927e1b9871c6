"""Cues around a trigger that change what it tells (kg/extract/cues.py)."""

import datetime as dt
from pathlib import Path

import pytest

from kg.dictionary import Dictionary
from kg.errors import InputError
from kg.extract.lexicon import lexicons
from kg.extract.pipeline import extract
from kg.model import Source


def kinds(text: str, dictionary: Dictionary, language: str = "en") -> list[str]:
    source = Source("doc", text, "t", language, "sha256:0", published=dt.date(2023, 1, 28))
    return [e.type for e in extract(source, dictionary).events]


def test_a_condemnation_with_only_the_speakers_side_accuses_nobody(
    dictionary: Dictionary,
) -> None:
    text = "Iran's foreign ministry spokesman Nasser Kanaani condemned the shooting."
    assert "Accusation" not in kinds(text, dictionary)
    assert "Accusation" not in kinds("Мусави осудил нападение.", dictionary, "ru")
    text = "İran Xarici İşlər Nazirliyinin sözçüsü Nasir Kənani hücumu pisləyib."
    assert "Accusation" not in kinds(text, dictionary, "az")
    # someone else named: the condemnation accuses them
    assert "Accusation" in kinds("Armenia condemned the seizure by Russian soldiers.", dictionary)
    # other words of accusation accuse even when no one else is named
    assert "Accusation" in kinds("Iran's foreign ministry accused the Western media.", dictionary)


def test_a_word_in_the_clause_tells_a_finer_kind_of_agreement(dictionary: Dictionary) -> None:
    text = "Russian guards had worked at the airport in Armenia under an agreement."
    assert kinds(text, dictionary) == ["MilitaryAgreement"]
    text = "Azerbaijan and Armenia initialled a treaty on the establishment of peace."
    assert kinds(text, dictionary) == ["PeaceAgreement"]
    # a finer kind than the trigger's only: a ceasefire stays a ceasefire
    text = "Armenian and Azerbaijani troops agreed a ceasefire."
    assert kinds(text, dictionary) == ["Ceasefire"]
    assert kinds("Armenia and Turkey signed an agreement on culture.", dictionary) == ["Agreement"]
    # an agreement's subject (round cover20en): trade and tariffs, arms and defence
    text = "Armenia and Turkey signed an agreement on trade."
    assert kinds(text, dictionary) == ["TradeAgreement"]
    text = "Armenia and France signed an agreement on defence."
    assert kinds(text, dictionary) == ["MilitaryAgreement"]


def test_unknown_kinds_in_kind_cues_are_refused(tmp_path: Path) -> None:
    (tmp_path / "xx.yaml").write_text("language: xx\nkind_cues: {Picnic: [basket]}\n")
    with pytest.raises(InputError, match="Picnic"):
        lexicons(tmp_path)


def test_an_event_asked_for_is_told_as_a_request(dictionary: Dictionary) -> None:
    text = "Armenia asked for the deployment in a letter that reached the EU."
    assert kinds(text, dictionary) == ["Statement"]
    assert kinds("Russia deployed troops to Armenia.", dictionary) == ["Deployment"]
    # a request in another clause leaves the trigger's kind alone
    text = "Armenia asked for talks, and the EU deployed a mission to Armenia."
    assert "Deployment" in kinds(text, dictionary)


def test_a_trigger_after_a_demonstrative_refers_back(dictionary: Dictionary) -> None:
    text = "Песков в пятницу сообщил, что Москва прояснит смысл этих заявлений."
    assert kinds(text, dictionary, "ru") == []
    text = "Песков в пятницу сообщил, что Москва и Ереван опубликуют совместное заявление."
    assert kinds(text, dictionary, "ru") == ["Statement"]
    text = "On Friday Russia said that Armenia had not yet sent this declaration to Moscow."
    assert "Statement" not in kinds(text, dictionary)


def test_a_sentence_opening_the_noun_came_after_refers_back(dictionary: Dictionary) -> None:
    talks = "Mirzoyan held talks with Cavusoglu in Ankara on Wednesday. "
    text = talks + "The visit came days after Armenia sent aid to Turkey on 11 February 2023."
    assert "StateVisit" not in kinds(text, dictionary)
    # told otherwise, the same words are a visit of its own
    text = talks + "The visit went ahead on 11 February 2023 despite Armenia's objections."
    assert "StateVisit" in kinds(text, dictionary)


def test_a_document_cited_as_a_source_is_no_event(dictionary: Dictionary) -> None:
    text = "Fərmana görə, bütün qurumlar 2024-cü il yanvarın 1-dək buraxılacaq."
    assert "Statement" not in kinds(text, dictionary, "az")
    text = "According to the agreement, Russia will deploy peacekeepers in Azerbaijan."
    assert kinds(text, dictionary) == ["Deployment"]
    assert kinds("Azerbaijan and Russia signed an agreement.", dictionary) == ["Agreement"]
    text = "Согласно соглашению, Россия выведет войска из Азербайджана."
    assert "Agreement" not in kinds(text, dictionary, "ru")


def test_a_decree_told_with_what_it_enacts_is_that_event(dictionary: Dictionary) -> None:
    text = "Vladimir Putin signed a decree on 21 June 2019 barring flights to Georgia."
    assert kinds(text, dictionary) == ["Sanction"]
    text = "Владимир Путин 21 июня 2019 года подписал указ, который запрещает полёты в Грузию."
    assert kinds(text, dictionary, "ru") == ["Sanction"]
    # a decree that enacts no finer kind is a statement; signing it is no agreement
    text = "Samvel Şahramanyan fərman imzalayıb."
    assert kinds(text, dictionary, "az") == ["Statement"]
    # nor is suspending or approving an agreement what a decree enacts
    text = "Serzh Sargsyan signed a decree on Thursday suspending the ratification of protocols."
    assert "Statement" in kinds(text, dictionary)


def test_a_trilateral_event_takes_the_three_main_parties(dictionary: Dictionary) -> None:
    text = (
        "Azerbaijan, Iran and Russia held a summit in Baku. Iran and Azerbaijan signed a "
        "memorandum. Rouhani proposed that the next trilateral summit be held in Iran."
    )
    source = Source("doc", text, "t", "en", "sha256:0", published=dt.date(2016, 8, 9))
    last = extract(source, dictionary).events[-1]
    assert set(last.involved()) >= {"azerbaijan", "iran", "russia"}
    # told without the cue, the event has the two main parties
    plain = text.replace("next trilateral summit", "next summit")
    source = Source("doc", plain, "t", "en", "sha256:0", published=dt.date(2016, 8, 9))
    last = extract(source, dictionary).events[-1]
    assert "russia" not in last.involved()


def test_a_statement_signed_is_the_agreement_signed(dictionary: Dictionary) -> None:
    text = "Azərbaycan və Rusiya 10 noyabr 2020-ci ildə birgə bəyanat imzalayıblar."
    assert kinds(text, dictionary, "az") == ["Agreement"]
    text = "Azərbaycan və Rusiya 10 noyabr 2020-ci ildə birgə bəyanat yayıblar."
    assert kinds(text, dictionary, "az") == ["Statement"]
