"""Dictionary round 21: officials, bodies and places of the region added for unseen articles
link in running text (inflected forms included), and a person brings the state of the role
held on the event's date."""

import datetime as dt

import pytest

from kg.dictionary import Dictionary
from kg.extract.linking import link
from kg.extract.roles import acting_for


def entities(text: str, dictionary: Dictionary, language: str) -> list[str | None]:
    return [m.entity for m in link(text, dictionary, language) if m.kind != "candidate"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # people
        ("en", "Speaker Alen Simonyan met the delegation in Yerevan.", "alen-simonyan"),
        ("en", "Nino Burjanadze became acting president after the revolution.", "nino-burjanadze"),
        ("en", "Mahmoud Ahmadinejad's government rejected the offer.", "mahmoud-ahmadinejad"),
        ("en", "General Valery Gerasimov inspected the troops.", "valery-gerasimov"),
        ("en", "Arshak Karapetyan was appointed defence minister.", "arshak-karapetyan"),
        (
            "az",
            "Baş Qərargah rəisi Kərim Vəliyevin rəhbərliyi ilə müşavirə keçirilib.",
            "karim-valiyev",
        ),
        ("az", "Xarici işlər naziri Ara Ayvazyanla görüş baş tutub.", "ara-ayvazyan"),
        ("az", "Daxili işlər naziri Vilayət Eyvazovun əmri ilə.", "vilayat-eyvazov"),
        ("ru", "Встреча с Мамукой Бахтадзе прошла в Тбилиси.", "mamuka-bakhtadze"),
        ("ru", "Директор ФСБ Александр Бортников заявил об угрозе.", "alexander-bortnikov"),
        ("ru", "Переговоры с Али Лариджани не дали результата.", "ali-larijani"),
        ("ru", "Указ подписал Вячеслав Володин.", "vyacheslav-volodin"),
        # government bodies
        (
            "en",
            "The Azerbaijani Interior Ministry said three suspects were detained.",
            "ministry-of-internal-affairs-of-azerbaijan",
        ),
        (
            "en",
            "The Georgian Central Election Commission announced the results.",
            "central-election-commission-of-georgia",
        ),
        (
            "az",
            "Azərbaycan Respublikasının Baş Prokurorluğunun məlumatına görə.",
            "prosecutor-generals-office-of-azerbaijan",
        ),
        (
            "az",
            "Energetika Nazirliyinin açıqlamasında bildirilir.",
            "ministry-of-energy-of-azerbaijan",
        ),
        ("ru", "В МВД Грузии сообщили о задержании.", "ministry-of-internal-affairs-of-georgia"),
        ("ru", "Об этом сообщили в МЧС России.", "ministry-of-emergency-situations-of-russia"),
        ("ru", "По данным СВР, переговоры продолжатся.", "foreign-intelligence-service-of-russia"),
        # places and infrastructure
        ("en", "Shells hit the town of Tartar and villages in Barda.", "tartar-district"),
        ("en", "Trucks queued at the Sadakhlo crossing for days.", "sadakhlo-crossing"),
        ("en", "The ship docked at the Port of Poti.", "port-of-poti"),
        ("en", "Gas from Shah Deniz reaches Europe.", "shah-deniz"),
        ("az", "Bərdə rayonunda atəşkəs pozulub.", "barda-district"),
        ("az", "Şəkidə yeni yol açılıb.", "shaki-district"),
        ("az", "Şərurda hərbi təlim keçirilib.", "sharur-district"),
        ("ru", "Обстрелу подверглись Тертер и Барда.", "tartar-district"),
        ("ru", "В Зугдиди прошла акция протеста.", "zugdidi"),
        ("ru", "Очередь на КПП «Красный мост» растёт.", "red-bridge-crossing"),
        ("ru", "Самолёт Азербайджанских авиалиний разбился.", "azerbaijan-airlines"),
    ],
)
def test_new_entries_link_in_running_text(
    language: str, text: str, expected: str, dictionary: Dictionary
) -> None:
    assert expected in entities(text, dictionary, language)


@pytest.mark.parametrize(
    ("slug", "day", "state"),
    [
        ("nino-burjanadze", dt.date(2003, 12, 1), "georgia"),
        ("mahmoud-ahmadinejad", dt.date(2009, 6, 12), "iran"),
        ("mohammad-mokhber", dt.date(2024, 6, 1), "iran"),
        ("vagharshak-harutyunyan", dt.date(2021, 2, 25), "armenia"),
        ("ahmet-necdet-sezer", dt.date(2005, 1, 1), "turkey"),
        ("mikhail-kasyanov", dt.date(2002, 3, 1), "russia"),
        ("jalal-harutyunyan", dt.date(2020, 9, 27), "republic-of-artsakh"),
        ("najmeddin-sadikov", dt.date(2016, 4, 2), "azerbaijan"),
    ],
)
def test_a_new_official_brings_the_state_of_the_role_held_that_day(
    slug: str, day: dt.date, state: str, dictionary: Dictionary
) -> None:
    assert acting_for(slug, dictionary, day) == state


@pytest.mark.parametrize(
    ("slug", "inside", "after"),
    [
        ("mahmoud-ahmadinejad", dt.date(2009, 6, 12), dt.date(2015, 1, 1)),
        ("mikhail-kasyanov", dt.date(2002, 3, 1), dt.date(2010, 1, 1)),
        ("jalal-harutyunyan", dt.date(2020, 9, 27), dt.date(2021, 6, 1)),
    ],
)
def test_after_their_last_role_ends_they_act_for_no_state(
    slug: str, inside: dt.date, after: dt.date, dictionary: Dictionary
) -> None:
    assert acting_for(slug, dictionary, inside) is not None
    assert acting_for(slug, dictionary, after) is None


@pytest.mark.parametrize(
    ("slug", "state"),
    [
        ("ministry-of-internal-affairs-of-armenia", "armenia"),
        ("central-election-commission-of-azerbaijan", "azerbaijan"),
        ("ministry-of-petroleum-of-iran", "iran"),
        ("prosecutor-generals-office-of-russia", "russia"),
    ],
)
def test_a_new_body_acts_for_its_state(slug: str, state: str, dictionary: Dictionary) -> None:
    assert acting_for(slug, dictionary, None) == state
