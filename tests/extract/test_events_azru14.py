"""Event rules of extraction round 14 (Azerbaijani and Russian slice)."""

import datetime as dt

from kg.dictionary import Dictionary
from kg.extract.pipeline import extract
from kg.model import Source, Status
from tests.extract.sample import events


def test_an_election_holds_its_state_and_its_winner(dictionary: Dictionary) -> None:
    text = "Azərbaycanda dünən keçirilən prezident seçkisində İlham Əliyev qalib gəlib."
    found = events(text, dictionary, "az", dt.date(2024, 2, 8))
    assert [(e.type, set(e.involved())) for e in found] == [
        ("Election", {"azerbaijan", "ilham-aliyev"})
    ]
    assert found[0].participants and not found[0].actors


def test_a_remand_is_an_arrest_by_the_state_of_its_place(dictionary: Dictionary) -> None:
    text = "В пятницу суд в Тбилиси отправил четверых россиян под стражу на два месяца."
    found = events(text, dictionary, "ru", dt.date(2006, 10, 3))
    assert [(e.type, e.actors, e.targets) for e in found] == [("Arrest", ("georgia",), ("russia",))]
    assert found[0].date is not None and found[0].date.iso() == "2006-09-29"


def test_an_arrest_with_its_actor_named_takes_no_place_state(dictionary: Dictionary) -> None:
    text = "Власти Грузии задержали в Баку четверых россиян."
    found = events(text, dictionary, "ru", dt.date(2006, 10, 3))
    assert [set(e.involved()) for e in found if e.type == "Arrest"] == [{"georgia", "russia"}]


def test_suspended_transport_links_are_a_sanction(dictionary: Dictionary) -> None:
    text = "Россия приостановила авиа-, железнодорожное и морское сообщение с Грузией."
    found = events(text, dictionary, "ru", dt.date(2006, 10, 3))
    assert [(e.type, e.actors, e.targets) for e in found] == [
        ("Sanction", ("russia",), ("georgia",))
    ]


def test_an_embassy_stopping_visas_is_a_sanction(dictionary: Dictionary) -> None:
    text = "Посольство России прекратило выдавать визы гражданам Грузии."
    found = events(text, dictionary, "ru", dt.date(2006, 10, 3))
    assert [(e.type, set(e.involved())) for e in found] == [("Sanction", {"russia", "georgia"})]


def test_a_capital_banning_imports_is_its_state(dictionary: Dictionary) -> None:
    text = "Москва запретила ввоз грузинского вина."
    found = events(text, dictionary, "ru", dt.date(2006, 10, 3))
    assert [(e.type, e.actors) for e in found] == [("Sanction", ("russia",))]


def test_breaking_a_ceasefire_is_no_ceasefire(dictionary: Dictionary) -> None:
    text = (
        "İyulun 12-də Ermənistan silahlı qüvvələri atəşkəs rejimini pozaraq Azərbaycan "
        "mövqelərini atəşə tutub."
    )
    found = events(text, dictionary, "az", dt.date(2020, 7, 15))
    assert [e.type for e in found] == ["Shelling"]


def test_fighting_on_a_border_is_a_border_incident(dictionary: Dictionary) -> None:
    az = (
        "Azərbaycan-Ermənistan dövlət sərhədinin Tovuz rayonu istiqamətində bazar günü "
        "başlayan döyüşlər davam edir."
    )
    found = events(az, dictionary, "az", dt.date(2020, 7, 14))
    assert [(e.type, set(e.involved())) for e in found] == [
        ("BorderIncident", {"armenia", "azerbaijan"})
    ]
    ru = "Столкновения на армяно-азербайджанской границе между Арменией и Азербайджаном."
    found = events(ru, dictionary, "ru", dt.date(2020, 7, 14))
    assert [e.type for e in found] == ["BorderIncident"]


def test_demonstrators_tell_a_protest(dictionary: Dictionary) -> None:
    text = "Bu gün səhər nümayişçilərin bir hissəsi Milli Məclisin binasına daxil olub."
    found = events(text, dictionary, "az", dt.date(2020, 7, 15))
    assert [(e.type, set(e.involved())) for e in found] == [
        ("Protest", {"milli-majlis", "azerbaijan"})
    ]


def test_refused_credentials_and_suspended_participation(dictionary: Dictionary) -> None:
    text = (
        "Avropa Şurası Parlament Assambleyası ötən ayın 24-də Azərbaycan nümayəndə heyətinin "
        "səlahiyyətlərini təsdiq etməkdən imtina edib."
    )
    found = events(text, dictionary, "az", dt.date(2024, 2, 8))
    assert [(e.type, e.date.iso() if e.date else None) for e in found] == [
        ("DiplomaticDowngrade", "2024-01-24")
    ]
    assert set(found[0].involved()) == {
        "azerbaijan",
        "council-of-europe",
        "parliamentary-assembly-of-the-council-of-europe",
    }
    ru = "Азербайджан приостановил участие в работе ПАСЕ."
    found = events(ru, dictionary, "ru", dt.date(2024, 2, 8))
    assert [e.type for e in found] == ["DiplomaticDowngrade"]


def test_a_short_word_is_no_subject_in_a_speakers_own_act(dictionary: Dictionary) -> None:
    # "həmin gün" (that day): neither word is a genitive subject, so the delegation tells
    # its own act and takes part in it
    text = (
        "Azərbaycan nümayəndə heyəti həmin gün AŞPA ilə əməkdaşlığı və təşkilatdakı "
        "iştirakını dayandırdığını bəyan edib."
    )
    found = events(text, dictionary, "az", dt.date(2024, 2, 8))
    assert [(e.type, "azerbaijan" in e.involved()) for e in found] == [
        ("DiplomaticDowngrade", True)
    ]


def test_not_recognising_results_accuses_after_a_semicolon(dictionary: Dictionary) -> None:
    # the clause after the semicolon names its own subject: the party before it is not in it
    text = "Müsavat seçkidə namizəd irəli sürməyib; AXCP nəticələri tanımadığını açıqlayıb."
    found = events(text, dictionary, "az", dt.date(2024, 2, 8))
    assert [(e.type, e.involved()) for e in found if e.type == "Accusation"] == [
        ("Accusation", ("popular-front-party-of-azerbaijan",))
    ]


def test_a_verb_made_a_noun_tells_a_new_act(dictionary: Dictionary) -> None:
    # "geri çağırdığını" is a verb (made a noun), not a bare noun referring back
    text = (
        "Ermənistan mayın 5-də Rusiyadakı səfirini geri çağırıb. Gürcüstan da Rusiyadakı "
        "səfirini geri çağırdığını bildirib."
    )
    found = events(text, dictionary, "az", dt.date(2023, 5, 8))
    assert ["georgia" in e.involved() for e in found if e.type == "DiplomaticDowngrade"] == [
        False,
        True,
    ]


def test_a_joint_press_conference_is_a_meeting_a_press_conference_no_summit(
    dictionary: Dictionary,
) -> None:
    text = "Ərdoğan aprelin 25-də Əliyevlə birgə mətbuat konfransında çıxış edib."
    found = events(text, dictionary, "az", dt.date(2018, 6, 13))
    assert [(e.type, e.date.iso() if e.date else None) for e in found] == [
        ("Meeting", "2018-04-25")
    ]
    text = "Ərdoğan aprelin 25-də Ankarada mətbuat konfransında Azərbaycan barədə danışıb."
    assert [e.type for e in events(text, dictionary, "az", dt.date(2018, 6, 13))] == []
    text = "Путин и Алиев 25 апреля провели совместную пресс-конференцию."
    assert [e.type for e in events(text, dictionary, "ru", dt.date(2018, 6, 13))] == ["Meeting"]


def test_what_a_project_is_meant_for_is_no_arrest(dictionary: Dictionary) -> None:
    # "nəzərdə tutulub" (is meant to): "tutulub" alone also reads "was caught"
    text = "Layihə qazı Gürcüstan və Türkiyə ərazisindən Avropaya nəql etmək üçün nəzərdə tutulub."
    assert [e.type for e in events(text, dictionary, "az", dt.date(2018, 6, 13))] == []
    text = "Polis Bakıda iki Rusiya vətəndaşını həbs edib."
    found = events(text, dictionary, "az", dt.date(2018, 6, 13))
    assert [e.type for e in found] == ["Arrest"]


def test_putting_works_into_service_is_economic_cooperation(dictionary: Dictionary) -> None:
    text = (
        "Azərbaycan Prezidenti İlham Əliyev və İran Prezidenti İbrahim Rəisi 19 may 2024-cü il "
        "tarixində Araz çayı üzərində tikilmiş iki su anbarını istifadəyə veriblər."
    )
    found = events(text, dictionary, "az", dt.date(2024, 5, 20))
    assert [(e.type, set(e.involved())) for e in found] == [
        ("EconomicCooperation", {"azerbaijan", "iran", "ilham-aliyev", "ebrahim-raisi"})
    ]
    text = "Azərbaycan ilə Gürcüstan arasında yeni qaz kəməri çəkilib."
    assert [e.type for e in events(text, dictionary, "az", dt.date(2018, 6, 13))] == [
        "EconomicCooperation"
    ]


def test_a_treaty_on_joining_an_economic_union_is_a_trade_agreement(
    dictionary: Dictionary,
) -> None:
    text = (
        "Президент Армении Серж Саргсян 10 октября подписал в Минске договор о присоединении "
        "республики к Евразийскому экономическому союзу."
    )
    found = events(text, dictionary, "ru", dt.date(2014, 10, 11))
    assert [e.type for e in found] == ["TradeAgreement"]


def test_a_term_told_with_a_past_signing_is_not_its_date(dictionary: Dictionary) -> None:
    text = (
        "В августе 2010 года Россия и Армения подписали протокол, продлевающий пребывание "
        "базы до 2044 года."
    )
    found = events(text, dictionary, "ru", dt.date(2025, 9, 30))
    assert [(e.date.iso() if e.date else None, e.status) for e in found] == [
        ("2010-08", Status.OCCURRED)
    ]


def test_an_order_signed_is_a_decree_no_agreement(dictionary: Dictionary) -> None:
    # "sərəncam" (an order) is a decree as "fərman" is: signing it makes no agreement
    text = "Əliyev dekabrın 7-də Azərbaycan Ordusu ilə bağlı sərəncam imzalayıb."
    found = events(text, dictionary, "az", dt.date(2024, 2, 8))
    assert [e.type for e in found] == ["Statement"]


def test_fighting_and_shooting_down_are_told(dictionary: Dictionary) -> None:
    text = "Бои между Арменией и Азербайджаном продолжаются."
    assert [e.type for e in events(text, dictionary, "ru", dt.date(2020, 11, 10))] == [
        "ArmedConflict"
    ]
    text = "Азербайджан сбил российский вертолёт над Арменией."
    assert "Attack" in [e.type for e in events(text, dictionary, "ru", dt.date(2020, 11, 10))]


def test_a_speaker_after_a_semicolon_is_that_clauses_first_name(dictionary: Dictionary) -> None:
    text = "Müsavat seçkidə namizəd irəli sürməyib; AXCP nəticələri tanımadığını açıqlayıb."
    source = Source("doc", text, "t", "az", "sha256:0", published=dt.date(2024, 2, 8))
    claims = extract(source, dictionary).claims
    assert [c.claimant for c in claims] == ["popular-front-party-of-azerbaijan"]


def test_the_same_day_when_x_is_dated_by_x(dictionary: Dictionary) -> None:
    # "в тот же день, когда в Минске был подписан договор": the day of the signing told
    # before, not the last date told; the treaty is the one told before, no new agreement
    text = (
        "Армения и Россия 10 октября 2014 года подписали договор в Минске. 3 сентября 2013 "
        "года Саргсян встретился с Путиным. В тот же день, когда в Минске был подписан "
        "договор, Армения провела антиправительственный митинг."
    )
    found = events(text, dictionary, "ru", dt.date(2014, 10, 11))
    assert [(e.type, e.date.iso() if e.date else None) for e in found] == [
        ("Agreement", "2014-10-10"),
        ("Meeting", "2013-09-03"),
        ("Protest", "2014-10-10"),
    ]


def test_a_russian_ministry_named_with_the_country(dictionary: Dictionary) -> None:
    text = "Как сообщило Министерство обороны России, вертолёт сбили 9 ноября над Арменией."
    source = Source("doc", text, "t", "ru", "sha256:0", published=dt.date(2020, 11, 10))
    facts = extract(source, dictionary)
    assert [c.claimant for c in facts.claims] == ["ministry-of-defence-of-russia"]
    text = "Министерство иностранных дел России вызвало посла Грузии."
    source = Source("doc", text, "t", "ru", "sha256:0", published=dt.date(2020, 11, 10))
    assert "ministry-of-foreign-affairs-of-russia" in extract(source, dictionary).mentions
    text = "Министерство обороны Турции и Türkiyə Müdafiə Nazirliyi."
    for language in ("ru", "az"):
        source = Source("doc", text, "t", language, "sha256:0", published=dt.date(2020, 11, 10))
        assert "ministry-of-defence-of-turkey" in extract(source, dictionary).mentions


def test_azerbaijani_reporting_verbs_of_the_past_perfect(dictionary: Dictionary) -> None:
    for text, who in [
        ("Prezident İlham Əliyev İranda baş verənləri terror aktı adlandırmışdı.", "ilham-aliyev"),
        (
            "Ərdoğan çıxışında Azərbaycanı qardaş ölkə kimi səciyyələndirib.",
            "recep-tayyip-erdogan",
        ),
        (
            "İran tərəfi Azərbaycana qarşı hücumun şəxsi səbəblərdən törədildiyini iddia etmişdi.",
            "iran",
        ),
    ]:
        source = Source("doc", text, "t", "az", "sha256:0", published=dt.date(2024, 7, 16))
        assert [c.claimant for c in extract(source, dictionary).claims] == [who], text


def test_a_visit_to_a_capital_is_to_its_state(dictionary: Dictionary) -> None:
    for language, text in [
        ("ru", "Президент Ирана находится с визитом в Баку."),
        ("az", "İran Prezidenti Bakıda səfərdədir."),
    ]:
        found = events(text, dictionary, language, dt.date(2024, 5, 10))
        assert [(e.type, e.targets) for e in found] == [("StateVisit", ("azerbaijan",))], text


def test_declaring_a_diplomat_unwelcome_is_the_declarers_act(dictionary: Dictionary) -> None:
    # "elan edib" (declared) completes the trigger, it reports nothing; "arzuolunmaz"
    # (unwelcome) ends in "-maz" but negates nothing
    text = "Azərbaycan Fransanın iki diplomatını arzuolunmaz şəxs elan edib."
    found = events(text, dictionary, "az", dt.date(2024, 5, 10))
    assert [(e.type, set(e.involved()), e.status) for e in found] == [
        ("DiplomaticDowngrade", {"azerbaijan", "france"}, Status.OCCURRED)
    ]


def test_declared_persona_non_grata_is_the_declarers_act_ru(dictionary: Dictionary) -> None:
    text = "Россия объявила персоной нон грата сотрудника посольства Грузии."
    found = events(text, dictionary, "ru", dt.date(2024, 5, 10))
    assert [(e.type, set(e.involved())) for e in found] == [
        ("DiplomaticDowngrade", {"russia", "georgia"})
    ]
