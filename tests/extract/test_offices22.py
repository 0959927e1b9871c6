"""An office written without a name is its holder on the date its sentence tells (issue #4):
an article of 2024 about 2010 means the president of 2010, not today's."""

import datetime as dt

import pytest

from kg.dictionary import Dictionary
from kg.extract.pipeline import extract
from kg.model import Facts, Source

PUBLISHED = dt.date(2024, 10, 1)


def _facts(text: str, language: str, dictionary: Dictionary) -> Facts:
    return extract(Source("doc", text, "t", language, "sha256:0", published=PUBLISHED), dictionary)


@pytest.mark.parametrize(
    ("text", "language", "holder", "today"),
    [
        (
            "In August 2010 the Russian president visited Baku.",
            "en",
            "dmitry-medvedev",
            "vladimir-putin",
        ),
        (
            "В сентябре 2010 года президент России посетил Ереван.",
            "ru",
            "dmitry-medvedev",
            "vladimir-putin",
        ),
        (
            "In 2015 the Armenian prime minister visited Moscow.",
            "en",
            "hovik-abrahamyan",
            "nikol-pashinyan",
        ),
        (
            "В 2012 году премьер-министр Армении посетил Москву.",
            "ru",
            "tigran-sargsyan",
            "nikol-pashinyan",
        ),
        (
            "In March 2011 the president of Georgia visited Baku.",
            "en",
            "mikheil-saakashvili",
            "mikheil-kavelashvili",
        ),
        (
            "2010-cu ilin may ayında Gürcüstan Prezidenti Bakıya səfər edib.",
            "az",
            "mikheil-saakashvili",
            "mikheil-kavelashvili",
        ),
    ],
)
def test_an_office_is_its_holder_on_the_date_the_sentence_tells(
    text: str, language: str, holder: str, today: str, dictionary: Dictionary
) -> None:
    mentions = _facts(text, language, dictionary).mentions
    assert holder in mentions
    assert today not in mentions


def test_a_past_office_holder_takes_part_in_the_event(dictionary: Dictionary) -> None:
    facts = _facts("In August 2010 the Russian president visited Baku.", "en", dictionary)
    (event,) = facts.events
    assert "dmitry-medvedev" in event.actors + event.participants
    assert "vladimir-putin" not in event.actors + event.participants


def test_plural_offices_of_a_list_of_states_on_the_date_told(dictionary: Dictionary) -> None:
    text = "2015-ci ildə Azərbaycan və İran xarici işlər nazirləri Bakıda görüşüblər."
    mentions = _facts(text, "az", dictionary).mentions
    assert {"elmar-mammadyarov", "mohammad-javad-zarif"} <= set(mentions)
    assert not {"jeyhun-bayramov", "abbas-araghchi"} & set(mentions)


def test_an_office_that_changed_hands_in_the_year_told_is_no_one(dictionary: Dictionary) -> None:
    # Putin handed the presidency to Medvedev in May 2008: neither held it all year.
    mentions = _facts("В 2008 году президент России посетил Баку.", "ru", dictionary).mentions
    assert "russia" in mentions
    assert not {"vladimir-putin", "dmitry-medvedev"} & set(mentions)


def test_the_date_of_the_office_s_own_clause_wins(dictionary: Dictionary) -> None:
    text = "Putin spoke of it on 12 April 2023, and the Russian president had visited Baku in 2010."
    assert "dmitry-medvedev" in _facts(text, "en", dictionary).mentions


def test_an_undated_sentence_keeps_the_publication_date(dictionary: Dictionary) -> None:
    mentions = _facts("The Russian president visited Baku.", "en", dictionary).mentions
    assert "vladimir-putin" in mentions
    assert "dmitry-medvedev" not in mentions


def test_a_date_looked_ahead_to_keeps_the_publication_date(dictionary: Dictionary) -> None:
    text = "In 2030 the Russian president will visit Baku."
    assert "vladimir-putin" in _facts(text, "en", dictionary).mentions


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Armenia and Azerbaijan signed a deal in 2007. "
            "In May 2010 Mikheil Saakashvili met Serzh Sargsyan.",
            "en",
        ),
        (
            "Ermənistan və Azərbaycan 2007-ci ildə saziş imzalayıb. 2010-cu ilin may ayında "
            "Mixeil Saakaşvili və Serj Sarkisyan danışıqlar aparıblar.",
            "az",
        ),
        (
            "Армения и Азербайджан подписали соглашение в 2007 году. "
            "В мае 2010 года Михаил Саакашвили и Серж Саргсян провели переговоры.",
            "ru",
        ),
    ],
)
def test_the_sides_of_a_dated_meeting_act_for_their_states_of_that_date(
    text: str, language: str, dictionary: Dictionary
) -> None:
    # Neither held office at publication; in May 2010 they were Georgia's and Armenia's
    # presidents: the meeting names its two sides, the document's other party is no side.
    *_, meeting = _facts(text, language, dictionary).events
    assert {"georgia", "armenia"} <= set(meeting.participants)
    assert "azerbaijan" not in meeting.participants


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Azerbaijan and Iran traded accusations in 2012. "
            "In May 2012 Elmar Mammadyarov recalled the ambassador.",
            "en",
        ),
        (
            "Azərbaycan və İran 2012-ci ildə bir-birini ittiham edib. "
            "2012-ci ilin may ayında Elmar Məmmədyarov səfiri geri çağırıb.",
            "az",
        ),
        (
            "Азербайджан и Иран в 2012 году обменялись обвинениями. "
            "В мае 2012 года Эльмар Мамедъяров отозвал посла.",
            "ru",
        ),
    ],
)
def test_a_dated_downgrade_by_a_former_minister_has_the_other_state_as_host(
    text: str, language: str, dictionary: Dictionary
) -> None:
    # Mammadyarov was Azerbaijan's foreign minister in 2012, no longer at publication: his
    # recall of the ambassador is Azerbaijan's, so the document's other party is the host.
    *_, recall = _facts(text, language, dictionary).events
    assert recall.type == "DiplomaticDowngrade"
    assert "iran" in recall.targets
