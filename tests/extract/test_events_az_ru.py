"""Event rules first needed by Azerbaijani and Russian articles (rule round 9)."""

import datetime as dt

from kg.dictionary import Dictionary
from kg.extract.pipeline import extract
from kg.model import Event, Source, Status
from tests.extract.sample import events


def test_a_signed_declaration_told_again_is_no_new_statement(dictionary: Dictionary) -> None:
    text = (
        "Владимир Путин и Ильхам Алиев 22 февраля 2022 года подписали в Кремле декларацию о "
        "сотрудничестве. Алиев отметил, что декларация охватывает многие сферы."
    )
    found = events(text, dictionary, "ru", dt.date(2022, 2, 23))
    assert [e.type for e in found] == ["Agreement"]


def test_a_russian_gerund_of_announcing_reports(dictionary: Dictionary) -> None:
    text = (
        "Премьер-министр Армении Никол Пашинян, объявив в феврале 2024 года о заморозке "
        "участия страны в ОДКБ, говорил о планах правительства."
    )
    source = Source("doc", text, "t", "ru", "sha256:0", published=dt.date(2024, 3, 1))
    facts = extract(source, dictionary)
    assert [c.claimant for c in facts.claims] == ["nikol-pashinyan"]
    downgrade = [e for e in facts.events if e.type == "DiplomaticDowngrade"]
    assert downgrade and "nikol-pashinyan" not in downgrade[0].involved()


def test_leaving_an_organisation_brings_in_no_host_state(dictionary: Dictionary) -> None:
    text = (
        "Россия и Армения спорят о базе в Гюмри. Армения в феврале 2024 года заморозила "
        "участие в ОДКБ."
    )
    found = events(text, dictionary, "ru", dt.date(2024, 3, 1))
    assert [set(e.involved()) for e in found if e.type == "DiplomaticDowngrade"] == [
        {"armenia", "collective-security-treaty-organization"}
    ]


def test_the_country_an_envoy_serves_in_is_no_party(dictionary: Dictionary) -> None:
    text = (
        "Посол России в Армении Сергей Копыркин заявил, что вопрос о выводе 102-й российской "
        "военной базы из Гюмри не стоит на повестке дня."
    )
    found = events(text, dictionary, "ru", dt.date(2024, 3, 1))
    withdrawal = [e for e in found if e.type == "Withdrawal"]
    assert withdrawal and "armenia" not in withdrawal[0].involved()
    assert "russia" in withdrawal[0].involved()


def test_a_trigger_ending_inside_a_name_is_about_it(dictionary: Dictionary) -> None:
    text = (
        "Глава правительства уточнил, что вопрос о закрытии российской военной базы в Армении "
        "сейчас не рассматривается."
    )
    found = events(text, dictionary, "ru", dt.date(2024, 2, 23))
    assert [set(e.involved()) for e in found if e.type == "Withdrawal"] == [
        {"russia", "russian-102nd-military-base"}
    ]


def test_creating_a_route_sets_up_no_body(dictionary: Dictionary) -> None:
    text = (
        "Azərbaycan və İran 11 mart 2022-ci ildə memorandum imzalayıb. Memorandum Naxçıvana "
        "yeni nəqliyyat marşrutunun yaradılmasını nəzərdə tutur."
    )
    found = events(text, dictionary, "az", dt.date(2022, 3, 12))
    assert "EstablishmentOfBody" not in [e.type for e in found]
    assert "Agreement" in [e.type for e in found]


def test_a_commission_set_up_is_a_body(dictionary: Dictionary) -> None:
    text = "Azərbaycan və İran 11 mart 2022-ci ildə birgə komissiya yaradıblar."
    found = events(text, dictionary, "az", dt.date(2022, 3, 12))
    assert [e.type for e in found] == ["EstablishmentOfBody"]


def test_a_kind_told_finer_in_the_sentence_makes_no_event_of_its_own() -> None:
    from kg.extract.kinds import most_specific

    agreed = Event("Agreement", "a", (), participants=("armenia", "azerbaijan"))
    assert most_specific([agreed], frozenset({"Agreement", "Ceasefire"})) == []
    assert most_specific([agreed], frozenset({"Agreement"})) == [agreed]


def test_an_attack_called_terrorism_is_no_new_attack(
    dictionary: Dictionary,
) -> None:
    text = (
        "Səfirlik ötən ilin yanvarında baş vermiş silahlı hücumdan sonra fəaliyyətini "
        "dayandırmışdı. Prezident İlham Əliyev baş verənləri terror aktı adlandırmışdı, İran "
        "tərəfi isə hücumun şəxsi səbəblərdən törədildiyini iddia etmişdi."
    )
    found = events(text, dictionary, "az", dt.date(2024, 7, 16))
    assert "Attack" not in [e.type for e in found]


def test_the_states_of_a_border_only_locate_it(dictionary: Dictionary) -> None:
    text = (
        "Россия 1 августа 2024 года разместила пограничников на границе Армении с Турцией и Ираном."
    )
    found = events(text, dictionary, "ru", dt.date(2024, 8, 2))
    assert [set(e.involved()) for e in found if e.type == "Deployment"] == [{"russia"}]


def test_what_will_continue_is_planned_anew(dictionary: Dictionary) -> None:
    text = (
        "Российские пограничники 31 июля 2024 года завершили службу в аэропорту. С 1 августа "
        "пограничный контроль армянские пограничники осуществляют самостоятельно. Российские "
        "пограничники продолжат охранять границу Армении с Турцией и Ираном."
    )
    found = events(text, dictionary, "ru", dt.date(2024, 8, 1))
    planned = [e for e in found if e.type == "Deployment" and e.status is Status.PLANNED]
    assert [set(e.involved()) for e in planned] == [{"russia", "russian-border-guard-in-armenia"}]


def test_the_same_day_after_a_night_is_the_day_it_ran_into(dictionary: Dictionary) -> None:
    text = (
        "Президент России 12 августа 2008 года объявил о завершении операции.\n\n"
        "Боевые действия начались в ночь на 8 августа. В тот же день Россия ввела войска в "
        "зону конфликта."
    )
    found = events(text, dictionary, "ru", dt.date(2008, 8, 13))
    offensive = [e for e in found if e.type == "MilitaryOffensive"]
    assert [e.date.iso() if e.date else None for e in offensive] == ["2008-08-08"]


def test_a_verb_tells_a_new_act_where_a_bare_noun_refers_back(dictionary: Dictionary) -> None:
    text = (
        "Azərbaycan və Ermənistan 8 avqust 2025-ci ildə Vaşinqtonda birgə bəyannamə imzalayıblar. "
        "Sənəd tranzit əlaqələrini nəzərdə tutur. ABŞ hər iki ölkə ilə enerji sahəsində ayrıca "
        "sənədlər imzalayıb."
    )
    found = events(text, dictionary, "az", dt.date(2025, 8, 9))
    involved = [set(e.involved()) for e in found]
    assert {"united-states", "azerbaijan", "armenia"} in involved


def test_principles_of_a_settlement_agreed_are_a_ceasefire(dictionary: Dictionary) -> None:
    # (a ceasefire told before, by others, is another event: see
    # test_a_verb_agreeing_a_kind_told_before_tells_a_new_one)
    text = (
        "Медведев и президент Франции Николя Саркози 12 августа 2008 года согласовали шесть "
        "принципов урегулирования."
    )
    found = events(text, dictionary, "ru", dt.date(2008, 8, 13))
    assert [e.type for e in found] == ["Ceasefire"]


def test_a_meeting_told_only_as_where_a_claim_was_made_is_no_event(
    dictionary: Dictionary,
) -> None:
    text = (
        "Россия 12 августа 2008 года завершила операцию в Грузии. «Агрессор наказан», — заявил "
        "Медведев на встрече с руководством военного ведомства."
    )
    found = events(text, dictionary, "ru", dt.date(2008, 8, 13))
    assert "Meeting" not in [e.type for e in found]


def test_a_meeting_with_someone_named_where_a_claim_was_made_stays(
    dictionary: Dictionary,
) -> None:
    text = "Алиев заявил на встрече с Путиным 12 августа 2024 года, что стороны договорились."
    found = events(text, dictionary, "ru", dt.date(2024, 8, 13))
    assert "Meeting" in [e.type for e in found]


def test_a_body_that_made_it_clear_reports(dictionary: Dictionary) -> None:
    text = (
        "Грузия 29 августа 2008 года разорвала отношения с Россией. В МИД России также дали "
        "понять, что Москва будет вынуждена закрыть своё посольство в Тбилиси."
    )
    source = Source("doc", text, "t", "ru", "sha256:0", published=dt.date(2008, 8, 30))
    facts = extract(source, dictionary)
    assert [c.claimant for c in facts.claims] == ["ministry-of-foreign-affairs-of-russia"]
    planned = [e for e in facts.events if e.status is Status.PLANNED]
    assert [set(e.involved()) for e in planned] == [{"georgia", "russia"}]


def test_an_event_called_for_is_a_statement_in_russian(dictionary: Dictionary) -> None:
    text = (
        "В четверг, 28 августа 2008 года, Парламент Грузии призвал правительство разорвать "
        "дипломатические отношения с Россией."
    )
    found = events(text, dictionary, "ru", dt.date(2008, 8, 30))
    assert [(e.type, set(e.involved())) for e in found] == [
        ("Statement", {"parliament-of-georgia", "georgia", "russia"})
    ]


def test_a_russian_body_written_in_lower_case_is_linked(dictionary: Dictionary) -> None:
    from kg.extract.linking import linker
    from kg.extract.textmap import FoldedText

    text = "В четверг парламент Грузии призвал правительство."
    found = linker(dictionary).link(text, "ru", FoldedText.of(text))
    assert [m.entity for m in found] == ["parliament-of-georgia"]
    text = "Ведомство назвало государственную думу форумом."  # no other capital: no name
    assert not [m for m in linker(dictionary).link(text, "ru", FoldedText.of(text)) if m.entity]


def test_a_session_opened_is_a_meeting(dictionary: Dictionary) -> None:
    text = (
        "20 июня 2019 года депутат Государственной думы Сергей Гаврилов открыл сессию ассамблеи "
        "в здании парламента Грузии."
    )
    found = events(text, dictionary, "ru", dt.date(2019, 6, 21))
    assert [e.type for e in found] == ["Meeting"]


def test_producing_energy_is_no_cooperation(dictionary: Dictionary) -> None:
    text = (
        "Azərbaycan və İran 19 may 2024-cü ildə görüşüblər. Hər iki kompleks elektrik enerjisi "
        "istehsalı və suvarma məqsədi daşıyır."
    )
    found = events(text, dictionary, "az", dt.date(2024, 5, 20))
    assert "EconomicCooperation" not in [e.type for e in found]
    text = "Azərbaycan və İran 19 may 2024-cü ildə enerji sahəsində əməkdaşlığı müzakirə ediblər."
    found = events(text, dictionary, "az", dt.date(2024, 5, 20))
    assert "EconomicCooperation" in [e.type for e in found]


def test_a_summit_told_only_as_where_a_claim_was_made_is_no_event(
    dictionary: Dictionary,
) -> None:
    text = (
        "Noyabrın 13-də kiçik ada dövlətlərinin sammitində Əliyev Fransanı və Niderlandı "
        "neokolonializmdə günahlandırıb."
    )
    found = events(text, dictionary, "az", dt.date(2024, 11, 14))
    assert "Summit" not in [e.type for e in found]
    assert "Accusation" in [e.type for e in found]
    # a summit whose members are named is one
    held = "Azərbaycan və Türkiyə 13 noyabr 2024-cü il tarixində Bakıda sammit keçirib."
    assert "Summit" in [e.type for e in events(held, dictionary, "az", dt.date(2024, 11, 14))]


def test_condolences_go_to_no_side_of_a_condemnation(dictionary: Dictionary) -> None:
    az = (
        "Hücumçu 27 yanvar 2023-cü il tarixində səfirliyə hücum edib. Türkiyə Prezidenti "
        "Rəcəb Tayyib Ərdoğan hücumu pisləyərək Azərbaycana başsağlığı verib."
    )
    found = events(az, dictionary, "az", dt.date(2023, 1, 28))
    assert "Accusation" not in [e.type for e in found]
    ru = (
        "Президент Турции Реджеп Тайип Эрдоган осудил нападение и выразил соболезнования "
        "Азербайджану."
    )
    assert "Accusation" not in [e.type for e in events(ru, dictionary, "ru", dt.date(2023, 1, 28))]
    # the state condemned stays a side
    blamed = "Президент Турции Реджеп Тайип Эрдоган осудил нападение Армении на Азербайджан."
    assert "Accusation" in [e.type for e in events(blamed, dictionary, "ru", dt.date(2023, 1, 28))]


def test_the_statement_a_claim_was_released_in_is_its_setting(dictionary: Dictionary) -> None:
    text = (
        "Türkiyə Xarici İşlər Nazirliyi 16 iyul 2024-cü il tarixində yaydığı bəyanatda "
        "Azərbaycanı dəstəklədiyini bildirib."
    )
    found = events(text, dictionary, "az", dt.date(2024, 7, 17))
    assert "Statement" not in [e.type for e in found]
    made = "Türkiyə və Azərbaycan 16 iyul 2024-cü il tarixində birgə bəyanat yayıb."
    assert "Statement" in [e.type for e in events(made, dictionary, "az", dt.date(2024, 7, 17))]


def test_a_speaker_telling_its_own_act_takes_part(dictionary: Dictionary) -> None:
    own = (
        "ABŞ Prezidenti 8 avqust 2025-ci il tarixində Azərbaycanla müdafiə əməkdaşlığına "
        "qoyulmuş məhdudiyyəti aradan qaldırdığını açıqlayıb."
    )
    (event,) = events(own, dictionary, "az", dt.date(2025, 8, 9))
    assert {"united-states", "azerbaijan"} <= set(event.involved())
    # a subject of its own in the genitive: the speaker only reports
    other = (
        "ABŞ Prezidenti 8 avqust 2025-ci il tarixində Azərbaycanın Türkiyə ilə müdafiə "
        "əməkdaşlığını genişləndirdiyini açıqlayıb."
    )
    (event,) = events(other, dictionary, "az", dt.date(2025, 8, 9))
    assert "united-states" not in event.involved()


def test_azerbaijani_stems_ending_in_q_are_found_softened(dictionary: Dictionary) -> None:
    # q becomes ğ before a vowel: əməkdaşlıq -> əməkdaşlığı, hidroqovşaq -> hidroqovşağı
    text = "Azərbaycan və Türkiyə 5 may 2024-cü il tarixində hərbi əməkdaşlığı genişləndirib."
    found = events(text, dictionary, "az", dt.date(2024, 5, 6))
    assert [e.type for e in found] == ["MilitaryCooperation"]
    text = "Azərbaycan və İran 5 may 2024-cü il tarixində yeni hidroqovşağın tikintisinə başlayıb."
    found = events(text, dictionary, "az", dt.date(2024, 5, 6))
    assert [e.type for e in found] == ["EconomicCooperation"]


def test_a_treaty_on_stationing_troops_is_one_military_agreement(dictionary: Dictionary) -> None:
    # the stationing is what the treaty is about, not a deployment told on the signing day
    text = (
        "Соглашение о размещении российских пограничников в Армении было подписано 3 апреля "
        "2001 года."
    )
    found = events(text, dictionary, "ru", dt.date(2001, 4, 4))
    assert [e.type for e in found] == ["MilitaryAgreement"]


def test_a_date_before_a_claims_setting_dates_the_statement(dictionary: Dictionary) -> None:
    # "on Wednesday in a statement it issued": Wednesday is when the statement came out; the
    # reopening it welcomes is the one told before, not a new one on that day
    text = (
        "Gürcüstanın Ermənistandakı səfirliyi 3 iyun 2024-cü il tarixində işini bərpa edib. "
        "Qazaxıstan Xarici İşlər Nazirliyi çərşənbə yaydığı bəyanatda səfirliyin işinin "
        "bərpasını alqışlayıb."
    )
    found = events(text, dictionary, "az", dt.date(2024, 6, 6))
    assert [(e.type, e.date and e.date.iso()) for e in found] == [
        ("DiplomaticRelations", "2024-06-03")
    ]


def test_putting_an_end_to_military_operations_is_no_offensive(dictionary: Dictionary) -> None:
    text = "Ermənistan və Azərbaycan 10 noyabr 2020-ci il tarixində hərbi əməliyyatlara son qoyub."
    found = events(text, dictionary, "az", dt.date(2020, 11, 11))
    assert [e.type for e in found] == ["Ceasefire"]
    text = (
        "Ermənistan və Azərbaycan 10 noyabr 2020-ci il tarixində hərbi əməliyyatlara tam son qoyub."
    )
    found = events(text, dictionary, "az", dt.date(2020, 11, 11))
    assert [e.type for e in found] == ["Ceasefire"]


def test_an_agreement_told_as_carried_out_is_no_new_agreement(dictionary: Dictionary) -> None:
    text = "Qazaxıstan və Özbəkistan bildirib ki, Xivədə əldə olunan razılaşmalar icra edilir."
    found = events(text, dictionary, "az", dt.date(2024, 6, 6))
    assert "Agreement" not in [e.type for e in found]
    # the treaty not honoured was made before; "the treaty" told next refers back to it
    text = (
        "Казахстан заявил, что договор о коллективной безопасности не выполнялся в 2022 году "
        "в отношении Казахстана и Киргизии. База размещена по отдельному договору."
    )
    found = events(text, dictionary, "ru", dt.date(2024, 6, 6))
    assert [e.type for e in found if "Agreement" in e.type] == []


def test_a_theory_of_an_event_tells_no_event(dictionary: Dictionary) -> None:
    # "версия о столкновении": someone's account of what may have happened, not a clash
    text = "Азербайджан отверг версию о столкновении с Арменией 5 мая 2023 года."
    assert [e.type for e in events(text, dictionary, "ru")] == []
    # (a clash told on a border: the finer kind, a border incident)
    text = "Азербайджан и Армения 5 мая 2023 года сообщили о столкновении на границе."
    assert [e.type for e in events(text, dictionary, "ru")] == ["BorderIncident"]


def test_a_verb_agreeing_a_kind_told_before_tells_a_new_one(dictionary: Dictionary) -> None:
    # "согласовали ... принципы урегулирования": a new settlement agreed by those named,
    # not the settlement told before (which a bare noun alone would refer back to)
    text = (
        "Турция 3 мая 2021 года объявила о перемирии с Сирией. После переговоров в Анкаре "
        "Эрдоган и президент Ирана Раиси согласовали шесть принципов урегулирования."
    )
    found = events(text, dictionary, "ru", dt.date(2021, 5, 4))
    settled = [e for e in found if e.type == "Ceasefire"]
    assert len(settled) == 2
    assert "iran" in settled[1].involved()
    text = text.replace("согласовали шесть", "обсуждали шесть")
    found = events(text, dictionary, "ru", dt.date(2021, 5, 4))
    assert len([e for e in found if e.type == "Ceasefire"]) == 1


def test_a_capital_handing_demands_to_another_is_a_statement(dictionary: Dictionary) -> None:
    # the capitals stand for their states (metonym verbs and the dative after the verb), a
    # name inside the phrase's gap is its target, and the one the sentence is told
    # according to only cites it
    text = "По словам Пашиняна, 5 марта 2024 года Ереван передал Москве свои требования."
    found = events(text, dictionary, "ru", dt.date(2024, 3, 6))
    assert [(e.type, e.actors, e.targets) for e in found] == [
        ("Statement", ("armenia",), ("russia",))
    ]
    text = "5 марта 2024 года Ереван сообщил Москве письмом о решении."
    found = events(text, dictionary, "ru", dt.date(2024, 3, 6))
    assert [(e.type, e.actors, e.targets) for e in found] == [
        ("Statement", ("armenia",), ("russia",))
    ]


def test_two_events_of_one_kind_told_with_different_statuses_stay_two(
    dictionary: Dictionary,
) -> None:
    # aid that may be given and arms supplies: two kinds of military cooperation, one only
    # possible ("возможность"); told in one sentence they are not one event
    text = (
        "Декларация России и Азербайджана от 22 февраля 2022 года предусматривает возможность "
        "оказания взаимной военной помощи, а также сотрудничество в поставках вооружений."
    )
    found = events(text, dictionary, "ru", dt.date(2022, 2, 23))
    kinds = [(e.type, e.status) for e in found if e.type == "MilitaryCooperation"]
    assert kinds == [
        ("MilitaryCooperation", Status.HYPOTHETICAL),
        ("MilitaryCooperation", Status.OCCURRED),
    ]


def test_what_a_document_provides_for_is_planned(dictionary: Dictionary) -> None:
    # "предусматривает" as Azerbaijani "nəzərdə tutulur": the act is to come
    text = "Документ предусматривает вывод войск Армении из Кельбаджарского района."
    found = events(text, dictionary, "ru", dt.date(2020, 11, 10))
    assert [(e.type, e.status) for e in found] == [("Withdrawal", Status.PLANNED)]


def test_a_supposed_event_after_one_done_is_a_new_event(dictionary: Dictionary) -> None:
    # "возможно ... при подписании документа": a signing supposed, not the plan agreed before
    text = (
        "Россия и Грузия 12 августа 2008 года согласовали план. Медведев заявил, что мир "
        "возможно установить при подписании документа о неприменении силы."
    )
    found = events(text, dictionary, "ru", dt.date(2008, 8, 13))
    assert [(e.type, e.status) for e in found] == [
        ("Agreement", Status.OCCURRED),
        ("Agreement", Status.HYPOTHETICAL),
    ]
    assert set(found[1].involved()) == {"russia", "georgia"}


def test_signing_put_off_is_a_plan_of_the_agreement_told(dictionary: Dictionary) -> None:
    # "sonrakı mərhələyə saxlanılıb" / "təxirə salınıb": put off, still to come; the bare
    # "saziş" then is the peace agreement initialled, a new (planned) event of its kind
    first = (
        "Ermənistan və Azərbaycan 8 avqust 2025-ci il tarixində sülhün qurulması haqqında "
        "sazişin mətnini paraflayıblar. "
    )
    for then in (
        "Sazişin rəsmi imzalanması isə sonrakı mərhələyə saxlanılıb.",
        "Sazişin imzalanması təxirə salınıb.",
    ):
        found = events(first + then, dictionary, "az", dt.date(2025, 8, 9))
        planned = [(e.type, e.status) for e in found if e.evidence[0].quote == then]
        assert planned == [("PeaceAgreement", Status.PLANNED)]


def test_a_capitals_decision_is_its_states(dictionary: Dictionary) -> None:
    text = "Евросоюз 26 августа 2008 года выступил против решения Москвы."
    found = events(text, dictionary, "ru", dt.date(2008, 8, 27))
    assert [(e.type, e.actors, e.targets) for e in found] == [
        ("Accusation", ("european-union",), ("russia",))
    ]


def test_help_given_each_other_is_military_cooperation(dictionary: Dictionary) -> None:
    # a document cited as the source ("Bəyannaməyə görə") is no agreement made, so it does
    # not make what it says a military agreement either
    text = (
        "Azərbaycan və Türkiyə 15 iyun 2021-ci ildə bəyannamə imzalayıblar. Bəyannaməyə görə, "
        "üçüncü dövlət tərəfindən təhdid yaranarsa, iki ölkə bir-birinə lazımi yardım göstərəcək."
    )
    found = events(text, dictionary, "az", dt.date(2021, 6, 16))
    assert [e.type for e in found] == ["Agreement", "MilitaryCooperation"]
    assert set(found[1].involved()) == {"azerbaijan", "turkey"}


def test_what_follows_a_condition_is_supposed(dictionary: Dictionary) -> None:
    text = "Если Армения выйдет из ОДКБ, Россия 1 мая 2024 года начнёт вывод войск из Гюмри."
    found = events(text, dictionary, "ru", dt.date(2024, 4, 1))
    assert [(e.type, e.status) for e in found] == [("Withdrawal", Status.HYPOTHETICAL)]
    # the document's items after a supposed one are new, not that one told again
    text = (
        "Azərbaycan və Türkiyə 15 iyun 2021-ci ildə bəyannamə imzalayıblar. Bəyannaməyə görə, "
        "üçüncü dövlət tərəfindən təhdid yaranarsa, iki ölkə bir-birinə lazımi yardım "
        "göstərəcək. Sənəddə müdafiə sənayesində əməkdaşlıq da nəzərdə tutulur."
    )
    found = events(text, dictionary, "az", dt.date(2021, 6, 16))
    assert [(e.type, e.status) for e in found if e.type == "MilitaryCooperation"] == [
        ("MilitaryCooperation", Status.HYPOTHETICAL),
        ("MilitaryCooperation", Status.PLANNED),
    ]
