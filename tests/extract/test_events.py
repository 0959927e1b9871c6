import datetime as dt

import pytest

from kg.dictionary import Dictionary
from kg.model import Event, Status
from tests.extract.sample import events


def test_directed_roles_and_place(dictionary: Dictionary) -> None:
    (event,) = events("Iran attacked Azerbaijan in Nakhchivan on 3 March 2024.", dictionary)
    assert (event.type, event.actors, event.targets) == ("Attack", ("iran",), ("azerbaijan",))
    assert event.place == "nakhchivan"
    assert event.date is not None and event.date.iso() == "2024-03-03"


def test_symmetric_participants(dictionary: Dictionary) -> None:
    (event,) = events("Azerbaijan and Turkey held joint drills.", dictionary)
    assert event.type == "JointMilitaryExercise"
    assert set(event.participants) == {"azerbaijan", "turkey"} and not event.actors


def test_several_events_in_one_sentence(dictionary: Dictionary) -> None:
    found = events(
        "Armenia and Turkey signed an agreement and Iran imposed sanctions on Israel.", dictionary
    )
    assert [e.type for e in found] == ["Agreement", "Sanction"]


def test_no_date_is_invented(dictionary: Dictionary) -> None:
    (event,) = events("Russia recognised Abkhazia.", dictionary, published=dt.date(2008, 8, 26))
    assert event.date is None


def test_negation(dictionary: Dictionary) -> None:
    assert events("Iran did not attack Azerbaijan.", dictionary)[0].status is Status.NEGATED
    assert events("Иран не нападал на Азербайджан.", dictionary, "ru")[0].status is Status.NEGATED


def test_a_cancelled_or_skipped_event_did_not_happen(dictionary: Dictionary) -> None:
    (visit,) = events("Pashinyan cancelled his visit to Baku.", dictionary)
    assert (visit.type, visit.status) == ("StateVisit", Status.NEGATED)
    (summit,) = events("Pashinyan skipped the summit in Minsk.", dictionary)
    assert (summit.type, summit.status) == ("Summit", Status.NEGATED)
    (visit,) = events("Pashinyan made a visit to Baku.", dictionary)
    assert visit.status is Status.OCCURRED


def test_planning(dictionary: Dictionary) -> None:
    assert events("Iran will hold drills with Armenia.", dictionary)[0].status is Status.PLANNED
    text = "Türkiyə Şuşada konsulluq açacaq."
    assert events(text, dictionary, "az")[0].status is Status.PLANNED


def test_conditional(dictionary: Dictionary) -> None:
    found = events("If talks fail, Iran could attack Azerbaijan.", dictionary)
    assert found[-1].status is Status.HYPOTHETICAL


def test_future_date_means_planned(dictionary: Dictionary) -> None:
    found = events(
        "Azerbaijan and Iran will meet on 5 May 2030.", dictionary, published=dt.date(2024, 1, 1)
    )
    assert found[0].status is Status.PLANNED


def test_same_event_twice_is_merged(dictionary: Dictionary) -> None:
    text = (
        "Iran attacked Azerbaijan on 3 March 2024. Iran attacked Azerbaijan on 3 March 2024 again."
    )
    (event,) = events(text, dictionary)
    assert len(event.evidence) == 2


def test_russian_and_azerbaijani_triggers(dictionary: Dictionary) -> None:
    assert [
        e.type for e in events("Россия и Армения провели совместные учения.", dictionary, "ru")
    ] == ["JointMilitaryExercise"]
    assert "Ceasefire" in [
        e.type for e in events("Azərbaycan və Ermənistan atəşkəs elan edib.", dictionary, "az")
    ]


def test_a_later_reference_to_the_same_event_adds_nothing(dictionary: Dictionary) -> None:
    text = "Iran attacked Azerbaijan on 3 March 2024. The attack angered Turkey."
    assert [e.type for e in events(text, dictionary)] == ["Attack"]
    fresh = "The attack on Azerbaijan angered Turkey."
    assert [e.type for e in events(fresh, dictionary)] == ["Attack"]


def test_a_planned_weekday_is_the_coming_one(dictionary: Dictionary) -> None:
    text = "Sergey Lavrov is due in Baku on Thursday for talks with Iran."
    (event,) = events(text, dictionary, published=dt.date(2016, 4, 6))  # a Wednesday
    assert event.status is Status.PLANNED
    assert event.date is not None and event.date.iso() == "2016-04-07"


def test_an_officials_state_takes_part(dictionary: Dictionary) -> None:
    text = "Ilham Aliyev and Vladimir Putin met in Moscow on 22 February 2022."
    (event,) = events(text, dictionary)
    assert set(event.involved()) == {"ilham-aliyev", "vladimir-putin", "azerbaijan", "russia"}


def test_the_most_specific_kind_wins(dictionary: Dictionary) -> None:
    text = "Armenia and Azerbaijan signed a ceasefire agreement on 10 November 2020."
    assert [e.type for e in events(text, dictionary)] == ["Ceasefire"]


def test_naming_is_not_an_event(dictionary: Dictionary) -> None:
    assert events("Ilham Aliyev called the shooting an act of terrorism.", dictionary) == []
    text = "Ильхам Алиев назвал произошедшее террористическим актом."
    assert events(text, dictionary, "ru") == []


def test_a_bare_noun_refers_back_in_languages_without_articles(dictionary: Dictionary) -> None:
    text = (
        "27 yanvar 2023-cü ildə İrana hücum olub. "
        "Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan hücumu pisləyib."
    )
    attacks = [e for e in events(text, dictionary, "az") if e.type == "Attack"]
    assert len(attacks) == 1 and len(attacks[0].evidence) == 1


def test_the_speaker_only_reports(dictionary: Dictionary) -> None:
    text = "Ilham Aliyev said Iran attacked Armenia on 3 March 2024."
    (event,) = events(text, dictionary)
    assert (event.actors, event.targets) == (("iran",), ("armenia",))
    text = "По словам Пашиняна, Россия и Армения провели совместные учения."
    (event,) = events(text, dictionary, "ru")
    assert set(event.participants) == {"russia", "armenia"}


def test_a_news_agency_takes_no_part(dictionary: Dictionary) -> None:
    (event,) = events("IRNA reported that Iran attacked Azerbaijan.", dictionary)
    assert set(event.involved()) == {"iran", "azerbaijan"}


def test_the_two_countries_are_the_documents_main_states(dictionary: Dictionary) -> None:
    text = (
        "Iran and Azerbaijan argued in May 2023. Iran then thanked Azerbaijan. "
        "The two countries held joint drills on 5 June 2023."
    )
    drills = [e for e in events(text, dictionary) if e.type == "JointMilitaryExercise"]
    assert set(drills[0].participants) == {"iran", "azerbaijan"}
    alone = "The two countries held joint drills on 5 June 2023."
    assert events(alone, dictionary) == []
    text = "Россия и Армения спорили. Обе страны провели совместные учения."
    drills = [e for e in events(text, dictionary, "ru") if e.type == "JointMilitaryExercise"]
    assert set(drills[0].participants) == {"russia", "armenia"}


def test_an_agreement_on_a_military_base_is_a_military_agreement(dictionary: Dictionary) -> None:
    text = "Russia and Armenia signed an agreement on the military base on 16 March 1995."
    (event,) = events(text, dictionary)
    assert event.type == "MilitaryAgreement" and event.label.startswith("military agreement (")


def test_russian_and_azerbaijani_decrees_and_withdrawals(dictionary: Dictionary) -> None:
    text = "Президент России Владимир Путин подписал указ 21 июня 2019 года."
    assert "Statement" in [e.type for e in events(text, dictionary, "ru")]
    text = "Ermənistan Ağdam rayonunu noyabrın 20-dək Azərbaycana qaytarmalıdır."
    found = events(text, dictionary, "az", published=dt.date(2020, 11, 10))
    assert [e.type for e in found] == ["Withdrawal"]


def test_a_list_of_deadlines_tells_one_event_each(dictionary: Dictionary) -> None:
    text = (
        "Armenia must return the Kalbajar district to Azerbaijan by November 15, "
        "the Aghdam district by November 20 and the Lachin district by December 1."
    )
    found = events(text, dictionary, published=dt.date(2020, 11, 10))
    assert sorted(e.date.iso() for e in found if e.date) == [
        "2020-11-15",
        "2020-11-20",
        "2020-12-01",
    ]
    assert {e.type for e in found} == {"Withdrawal"}
    text = (
        "Ağdam rayonu noyabrın 20-dək, Laçın rayonu isə dekabrın 1-dək Azərbaycana qaytarılmalıdır."
    )
    found = events(text, dictionary, "az", published=dt.date(2020, 11, 10))
    assert sorted(e.date.iso() for e in found if e.date) == ["2020-11-20", "2020-12-01"]


def test_the_speaker_of_an_accusation_is_its_actor(dictionary: Dictionary) -> None:
    text = "Azerbaijan's foreign ministry said all responsibility for the attack lay with Iran."
    accusation = next(e for e in events(text, dictionary) if e.type == "Accusation")
    assert "ministry-of-foreign-affairs-of-azerbaijan" in accusation.actors
    assert accusation.targets == ("iran",)


def test_a_symmetric_event_with_no_one_named_is_between_the_main_parties(
    dictionary: Dictionary,
) -> None:
    text = (
        "Armenia and Azerbaijan fought along the border on 2 April 2016. "
        "Armenia blamed Azerbaijan. The truce took effect on 5 April 2016."
    )
    truce = next(e for e in events(text, dictionary) if e.type == "Ceasefire")
    assert set(truce.participants) == {"armenia", "azerbaijan"}
    assert events("The truce took effect on 5 April 2016.", dictionary) == []


def test_a_symmetric_event_naming_one_side_takes_the_other_main_party(
    dictionary: Dictionary,
) -> None:
    text = (
        "Azerbaijan and Turkey signed a declaration on 15 June 2021. "
        "Turkey will open a consulate in Shusha."
    )
    consulate = next(e for e in events(text, dictionary) if e.type == "DiplomaticRelations")
    assert set(consulate.involved()) == {"turkey", "azerbaijan"}


def test_calling_on_is_not_naming(dictionary: Dictionary) -> None:
    text = "Pashinyan accused Moscow of openly calling on Armenians to overthrow the government."
    (event,) = [e for e in events(text, dictionary) if e.type == "Accusation"]
    assert set(event.involved()) == {"nikol-pashinyan", "armenia", "russia"}


def _dates(found: list[Event]) -> dict[str, str | None]:
    return {e.type: e.date.iso() if e.date else None for e in found}


def test_an_undated_event_takes_the_last_date_of_its_paragraph(dictionary: Dictionary) -> None:
    text = (
        "Iran and Azerbaijan held talks in Baku on 5 May 2024. Iran and Azerbaijan signed a deal."
    )
    assert _dates(events(text, dictionary)) == {"Meeting": "2024-05-05", "Agreement": "2024-05-05"}
    # a date told in a later paragraph does not carry into the next one
    apart = "Iran and Turkey held talks.\n\n" + text.replace(". Iran", ".\n\nIran")
    assert _dates(events(apart, dictionary))["Agreement"] is None


def test_a_paragraph_without_a_date_goes_on_from_the_lead(dictionary: Dictionary) -> None:
    lead = "Iran and Azerbaijan held talks in Baku on 5 May 2024."
    text = lead + "\n\nIran and Azerbaijan signed a deal."
    assert _dates(events(text, dictionary))["Agreement"] == "2024-05-05"
    ru = (
        "Россия и Азербайджан подписали декларацию 22 февраля 2022 года.\n\n"
        "Россия и Азербайджан провели переговоры."
    )
    assert _dates(events(ru, dictionary, "ru"))["Negotiation"] == "2022-02-22"
    # a lead date after publication is looked ahead to; the story does not go on from it
    later = events(text, dictionary, published=dt.date(2024, 5, 1))
    assert _dates(later)["Agreement"] is None


def test_a_planned_event_takes_no_date_from_the_story(dictionary: Dictionary) -> None:
    text = (
        "Iran and Azerbaijan held talks on 5 May 2024. Iran and Azerbaijan will sign an agreement."
    )
    (deal,) = [e for e in events(text, dictionary) if e.type == "Agreement"]
    assert deal.status is Status.PLANNED and deal.date is None


def test_an_event_after_the_attack_takes_the_attack_s_date(dictionary: Dictionary) -> None:
    text = (
        "Gunmen attacked the Azerbaijani embassy in Tehran on 27 January 2023.\n\n"
        "Iran arrested a suspect shortly after the attack."
    )
    assert _dates(events(text, dictionary))["Arrest"] == "2023-01-27"
    alone = "Iran arrested a suspect shortly after the attack."
    assert _dates(events(alone, dictionary))["Arrest"] is None


def test_story_date_azerbaijani(dictionary: Dictionary) -> None:
    text = (
        "İlham Əliyev və İbrahim Rəisi 19 may 2024-cü il tarixində görüşüb. "
        "Azərbaycan və İran saziş imzalayıb."
    )
    assert _dates(events(text, dictionary, "az"))["Agreement"] == "2024-05-19"


def test_story_date_russian(dictionary: Dictionary) -> None:
    text = (
        "Россия и Азербайджан подписали декларацию 22 февраля 2022 года. "
        "Россия и Азербайджан провели переговоры."
    )
    assert _dates(events(text, dictionary, "ru"))["Negotiation"] == "2022-02-22"


def test_a_speech_act_of_the_speaker_going_on_is_theirs(dictionary: Dictionary) -> None:
    ru = "Ильхам Алиев заявил, что Россия неправа. Он обвинил Москву в попытке скрыть правду."
    (accusation,) = [e for e in events(ru, dictionary, "ru") if e.type == "Accusation"]
    assert accusation.actors == ("ilham-aliyev", "azerbaijan")
    assert accusation.targets == ("russia",)
    az = "İlham Əliyev bildirib ki, İran səhv edir. O, həmçinin Fransanı ittiham edib."
    (accusation,) = [e for e in events(az, dictionary, "az") if e.type == "Accusation"]
    assert accusation.actors == ("ilham-aliyev", "azerbaijan")
    assert accusation.targets == ("france",)


def test_freezing_membership_is_a_downgrade(dictionary: Dictionary) -> None:
    en = "Armenia has frozen its participation in the Collective Security Treaty Organization."
    ru = "Армения заморозила участие в Организации Договора о коллективной безопасности."
    for text, language in ((en, "en"), (ru, "ru")):
        (event,) = events(text, dictionary, language)
        assert event.type == "DiplomaticDowngrade"
        assert event.involved() == ("armenia", "collective-security-treaty-organization")


def test_a_speaker_named_after_what_they_report_is_not_involved(
    dictionary: Dictionary,
) -> None:
    text = (
        "Armenia has frozen its participation in the Collective Security Treaty Organization, "
        "Prime Minister Nikol Pashinyan said in an interview."
    )
    (event,) = events(text, dictionary)
    assert "nikol-pashinyan" not in event.involved()
    text = "In a video call with Putin, Ilham Aliyev called the statement historic."
    (call,) = events(text, dictionary)
    assert "ilham-aliyev" in call.involved()


def test_an_embassy_s_place_names_the_other_party(dictionary: Dictionary) -> None:
    for text, language in (
        ("Azerbaijan suspended the work of its embassy in Tehran.", "en"),
        ("Azərbaycan Tehrandakı səfirliyinin fəaliyyətini dayandırıb.", "az"),
    ):
        (event,) = events(text, dictionary, language)
        assert (event.type, event.actors, event.targets) == (
            "DiplomaticDowngrade",
            ("azerbaijan",),
            ("iran",),
        )
    (event,) = events("Грузия закрыла посольство в Москве.", dictionary, "ru")
    assert (event.actors, event.targets) == (("georgia",), ("russia",))


def test_an_attack_s_place_is_only_a_place(dictionary: Dictionary) -> None:
    (event,) = events("Iran attacked the embassy in Baku.", dictionary)
    assert (event.actors, event.targets, event.place) == (("iran",), (), "baku")


def test_a_denied_or_supposed_threat_is_no_event(dictionary: Dictionary) -> None:
    assert [e.type for e in events("Iran threatened Azerbaijan.", dictionary)] == ["Threat"]
    text = "Iran said it had not threatened Azerbaijan."
    assert "Threat" not in [e.type for e in events(text, dictionary)]
    assert events("If Iran protests, Azerbaijan will answer.", dictionary) == []


def test_numbered_meetings_and_alliance_declarations(dictionary: Dictionary) -> None:
    text = "At their fourth meeting, Armenia and Turkey agreed to open the border."
    assert "Negotiation" in [e.type for e in events(text, dictionary)]
    text = "Rusiya və Azərbaycan müttəfiqlik münasibətləri haqqında bəyannamə imzalayıb."
    assert [e.type for e in events(text, dictionary, "az")] == ["Agreement"]


def test_names_in_a_relative_clause_take_no_part(dictionary: Dictionary) -> None:
    text = (
        "Nicolas Sarkozy, whose country holds the presidency of the European Union, "
        "held talks with Dmitry Medvedev on 12 August 2008."
    )
    (event,) = events(text, dictionary)
    assert "european-union" not in event.involved()
    assert {"nicolas-sarkozy", "dmitry-medvedev"} <= set(event.involved())


def test_names_in_an_apposition_take_no_part(dictionary: Dictionary) -> None:
    text = "Azerbaijan, a close partner of Israel, recognised Palestine in 1992."
    (event,) = events(text, dictionary)
    assert set(event.involved()) == {"azerbaijan", "palestine"}
    # a listed name is no apposition, nor is a place's description: it names the place's land
    (listed,) = events("Armenia, the Council of Europe and Russia met on 3 May 2024.", dictionary)
    assert "council-of-europe" in listed.involved()


def test_names_of_a_later_clause_telling_another_kind_take_no_part(
    dictionary: Dictionary,
) -> None:
    text = "Spain recognised Palestine on May 28, 2024, and Israel recalled its ambassador."
    found = {e.type: e for e in events(text, dictionary)}
    assert set(found["Recognition"].involved()) == {"spain", "palestine"}
    assert "israel" in found["DiplomaticDowngrade"].involved()
    # a later clause telling the same kind goes on with the event: "the two agreed"
    same = "Armenia agreed to a ceasefire on 5 April 2016, and Azerbaijan agreed to a ceasefire."
    (ceasefire,) = events(same, dictionary)
    assert {"armenia", "azerbaijan"} <= set(ceasefire.involved())


def test_names_in_the_reason_given_take_no_part(dictionary: Dictionary) -> None:
    text = (
        "The United States imposed sanctions on Bidzina Ivanishvili on 27 December 2024, "
        "saying he had acted for the benefit of Russia."
    )
    (event,) = events(text, dictionary)
    assert set(event.involved()) == {"united-states", "bidzina-ivanishvili"}


def test_a_military_base_handed_over_is_a_withdrawal(dictionary: Dictionary) -> None:
    text = "Russia handed its last military base in Georgia over to Georgia on 13 November 2007."
    (event,) = events(text, dictionary)
    assert event.type == "Withdrawal"
    assert {"russia", "georgia"} <= set(event.involved())


def test_a_mission_closed_with_no_place_named_is_in_the_other_main_state(
    dictionary: Dictionary,
) -> None:
    text = (
        "Iran and Azerbaijan argued in January 2023. Iran then thanked Azerbaijan. "
        "Azerbaijan evacuated its embassy on 29 January 2023."
    )
    (event,) = [e for e in events(text, dictionary) if e.type == "DiplomaticDowngrade"]
    assert (event.actors, event.targets) == (("azerbaijan",), ("iran",))
    alone = "Azerbaijan evacuated its embassy on 29 January 2023."
    assert events(alone, dictionary)[0].targets == ()


def test_a_general_noun_refers_back_to_a_finer_event(dictionary: Dictionary) -> None:
    text = (
        "Armenia and Azerbaijan initialled a peace agreement on 8 August 2025. "
        "The agreement still has to be signed."
    )
    assert [e.type for e in events(text, dictionary)] == ["PeaceAgreement"]
    text = "Armenia and Azerbaijan met in Prague on 6 October 2022. The summit ended late at night."
    assert [e.type for e in events(text, dictionary)] == ["Meeting"]


def test_an_azerbaijani_attributive_locative_names_a_place(dictionary: Dictionary) -> None:
    text = "Azərbaycanın İrandakı səfirliyinə 27 yanvar 2023-cü ildə hücum olunub."
    (event,) = [e for e in events(text, dictionary, "az") if e.type == "Attack"]
    assert set(event.involved()) == {"azerbaijan"}


def test_a_speaker_reporting_what_it_does_itself_takes_part(dictionary: Dictionary) -> None:
    found = events("Georgia said on Friday it was breaking off relations with Russia.", dictionary)
    assert [(e.type, e.actors, e.targets) for e in found] == [
        ("DiplomaticDowngrade", ("georgia",), ("russia",))
    ]


def test_a_speaker_reporting_another_only_reports(dictionary: Dictionary) -> None:
    found = events("Georgia said Russia was breaking off relations with Iran.", dictionary)
    assert [(e.actors, e.targets) for e in found] == [(("russia",), ("iran",))]


def test_a_speaker_of_itself_only_reports_after_a_semicolon(dictionary: Dictionary) -> None:
    found = events(
        "Georgia said it regretted the step; Russia is expected to close its embassy in Iran.",
        dictionary,
    )
    assert [(e.actors, e.targets) for e in found] == [(("russia",), ("iran",))]


def test_a_clause_telling_another_event_days_apart_is_an_aside(dictionary: Dictionary) -> None:
    found = events(
        "Georgia broke off relations with Russia, three days after Moscow recognised Abkhazia.",
        dictionary,
    )
    downgrade = next(e for e in found if e.type == "DiplomaticDowngrade")
    assert (downgrade.actors, downgrade.targets) == (("georgia",), ("russia",))


def test_a_clause_opened_by_after_tells_its_own_event(dictionary: Dictionary) -> None:
    found = events(
        "Armenian Foreign Minister Ararat Mirzoyan met his Turkish counterpart Mevlut "
        "Cavusoglu in Ankara on 15 February 2023, after Armenia sent aid to Turkey.",
        dictionary,
    )
    aid = next(e for e in found if e.type == "Aid")
    assert set(aid.involved()) == {"armenia", "turkey"}
    # "after which" refers back to what the sentence told: no clause of its own
    found = events(
        "Relations were strained by the January attack on the Azerbaijani embassy in Tehran, "
        "after which Baku suspended the mission's work.",
        dictionary,
    )
    downgrade = next(e for e in found if e.type == "DiplomaticDowngrade")
    assert "iran" in downgrade.involved()


def test_a_date_in_an_aside_dates_the_aside_not_the_event(dictionary: Dictionary) -> None:
    found = events(
        "Talks began on 14 August 2008. On Saturday Russia agreed to stop the fighting with "
        "Georgia, a day after Georgia signed.",
        dictionary,
        published=dt.date(2008, 8, 17),
    )
    dated = {e.date.iso() for e in found if e.type == "Ceasefire" and e.date}
    assert dated == {"2008-08-16"}


def test_the_story_does_not_go_on_from_a_date_looked_ahead_to(dictionary: Dictionary) -> None:
    found = events(
        "Iran and Armenia met on 24 November 2024. Rich countries are to pay by 2035. "
        "Azerbaijan shelled Armenia.",
        dictionary,
        published=dt.date(2024, 11, 25),
    )
    shelling = [e for e in found if e.type == "Shelling"]
    assert [(e.date.iso() if e.date else None, e.status) for e in shelling] == [
        ("2024-11-24", Status.OCCURRED)
    ]


def test_a_sentence_telling_when_it_was_said_dates_the_one_before(dictionary: Dictionary) -> None:
    text = (
        "Пашинян заявил, что Армения заморозила участие в ОДКБ. "
        "Об этом он сказал в интервью, вышедшем в эфир в четверг."
    )
    found = events(text, dictionary, "ru", published=dt.date(2024, 2, 24))
    frozen = [e for e in found if e.type == "DiplomaticDowngrade"]
    assert [e.date.iso() if e.date else None for e in frozen] == ["2024-02-22"]


def test_a_sentence_not_telling_when_it_was_said_dates_nothing(dictionary: Dictionary) -> None:
    text = (
        "Пашинян заявил, что Армения заморозила участие в ОДКБ. "
        "В четверг Песков ответил журналистам."
    )
    found = events(text, dictionary, "ru", published=dt.date(2024, 2, 24))
    frozen = [e for e in found if e.type == "DiplomaticDowngrade"]
    assert [e.date for e in frozen] == [None]


def test_an_anniversary_dates_the_relations_not_the_visit(dictionary: Dictionary) -> None:
    text = (
        "Алиев 21 февраля 2022 года прибыл в Москву с визитом. "
        "Путин напомнил, что визит проходит в преддверии 30-летия установления "
        "дипломатических отношений между Россией и Азербайджаном."
    )
    found = events(text, dictionary, "ru", published=dt.date(2022, 2, 22))
    told = [(e.type, e.date.iso() if e.date else None) for e in found]
    assert ("DiplomaticRelations", "1992") in told
    assert [when for kind, when in told if kind == "StateVisit"] == ["2022-02-21"]


def test_a_mission_told_again_with_nobody_named_keeps_its_sides(dictionary: Dictionary) -> None:
    text = (
        "Azərbaycanın İrandakı səfirliyi bazar ertəsi Tehranda işini bərpa edib. "
        "Səfirlik ötən ilin yanvarında baş vermiş hücumdan sonra fəaliyyətini dayandırmışdı."
    )
    found = events(text, dictionary, "az", published=dt.date(2024, 7, 16))
    downgrade = [e for e in found if e.type == "DiplomaticDowngrade"]
    assert [(set(e.involved()), e.date.iso() if e.date else None) for e in downgrade] == [
        ({"azerbaijan", "iran"}, "2023-01")
    ]


def test_a_mission_with_nobody_named_and_none_before_tells_nothing(
    dictionary: Dictionary,
) -> None:
    text = "Səfirlik ötən ilin yanvarında fəaliyyətini dayandırmışdı."
    found = events(text, dictionary, "az", published=dt.date(2024, 7, 16))
    assert [e for e in found if e.type == "DiplomaticDowngrade"] == []


def test_two_events_of_one_kind_take_the_dates_of_their_clauses(dictionary: Dictionary) -> None:
    text = (
        "Azərbaycan 2023-cü il aprelin 6-da dörd İran diplomatını ölkədən çıxarmış, "
        "İran isə bir ay sonra dörd Azərbaycan diplomatını çıxarmaqla cavab vermişdi."
    )
    found = events(text, dictionary, "az", published=dt.date(2024, 7, 16))
    dated = sorted(e.date.iso() for e in found if e.type == "DiplomaticDowngrade" and e.date)
    assert dated == ["2023-04-06", "2023-05"]


def test_one_event_takes_the_nearest_date_across_clauses(dictionary: Dictionary) -> None:
    text = (
        "Putin signed the decree on June 21, 2019, barring Russian airlines from "
        "flying to Georgia from 8 July."
    )
    found = events(text, dictionary, published=dt.date(2019, 7, 9))
    assert [e.date.iso() for e in found if e.type == "Sanction" and e.date] == ["2019-06-21"]


def test_a_state_after_the_border_with_is_a_place_not_a_party(dictionary: Dictionary) -> None:
    found = events("Azerbaijan deployed troops on the border with Armenia.", dictionary)
    assert [set(e.involved()) for e in found if e.type == "Deployment"] == [{"azerbaijan"}]


def test_a_speaker_with_a_long_title_after_a_clause_break_reports_it_all(
    dictionary: Dictionary,
) -> None:
    text = (
        "Azerbaijan's State Border Service took control of four villages, the office "
        "of Azerbaijani Deputy Prime Minister Shahin Mustafayev said."
    )
    found = events(text, dictionary, published=dt.date(2024, 5, 25))
    assert [set(e.involved()) for e in found if e.type == "Deployment"] == [
        {"azerbaijan", "state-border-service-of-azerbaijan"}
    ]


def test_a_naming_verb_after_the_trigger_names_something_else(dictionary: Dictionary) -> None:
    text = "Azerbaijan protested at what Armenia called legal mining."
    assert [e.type for e in events(text, dictionary)] == ["Protest"]
    named = "Aliyev called the shooting an act of terrorism."
    assert [e.type for e in events(named, dictionary)] == []
    az = "Prezident İlham Əliyev hücumu terror aktı adlandırmışdı."
    assert [e.type for e in events(az, dictionary, "az")] == []


def test_an_end_to_a_military_operation_is_a_ceasefire(dictionary: Dictionary) -> None:
    text = "On 12 August 2008 Russia announced an end to its military operation in Georgia."
    found = events(text, dictionary, published=dt.date(2008, 8, 13))
    assert [(e.type, e.date.iso() if e.date else None) for e in found] == [
        ("Ceasefire", "2008-08-12")
    ]


def test_a_state_and_an_organisation_are_two_sides(dictionary: Dictionary) -> None:
    text = (
        "Russia and Armenia quarrelled. On 1 February 2024 Armenia became a party to the "
        "Rome Statute of the International Criminal Court."
    )
    found = events(text, dictionary, published=dt.date(2024, 2, 2))
    assert [set(e.involved()) for e in found if e.type == "Agreement"] == [
        {"armenia", "international-criminal-court"}
    ]


def test_one_state_alone_takes_the_documents_other_party(dictionary: Dictionary) -> None:
    text = "Russia and Armenia quarrelled. On 1 February 2024 Armenia signed the agreement."
    found = events(text, dictionary, published=dt.date(2024, 2, 2))
    assert [set(e.involved()) for e in found if e.type == "Agreement"] == [{"armenia", "russia"}]


def test_a_state_locating_a_capital_or_city_is_no_party(dictionary: Dictionary) -> None:
    text = "Ilham Aliyev and Ebrahim Raisi held talks in the Turkmen capital on 28 November 2021."
    found = events(text, dictionary, published=dt.date(2021, 11, 29))
    assert [set(e.involved()) for e in found] == [
        {"azerbaijan", "ilham-aliyev", "iran", "ebrahim-raisi"}
    ]


def test_the_contract_refers_back_to_the_agreement_and_dates_the_talks(
    dictionary: Dictionary,
) -> None:
    text = (
        "Azerbaijan, Iran and Turkmenistan signed a gas swap agreement on Sunday.\n\n"
        "The contract was signed after talks between Ilham Aliyev and Ebrahim Raisi."
    )
    found = events(text, dictionary, published=dt.date(2021, 11, 29))
    meeting = [e for e in found if e.type == "Meeting"]
    assert [e.date.iso() if e.date else None for e in meeting] == ["2021-11-28"]
    assert [e.type for e in found].count("Agreement") <= 1  # the contract is that agreement


def test_a_kind_inside_an_agreement_phrase_combines_with_it(dictionary: Dictionary) -> None:
    text = "Azerbaijan and Iran signed a three-way gas swap agreement on 28 November 2021."
    found = events(text, dictionary, published=dt.date(2021, 11, 29))
    assert [e.type for e in found] == ["EconomicCooperation"]


def test_an_organisations_name_tells_no_kind(dictionary: Dictionary) -> None:
    text = (
        "Azerbaijan and Iran signed an agreement at the summit of the Economic Cooperation "
        "Organization on 28 November 2021."
    )
    found = events(text, dictionary, published=dt.date(2021, 11, 29))
    assert "EconomicCooperation" not in [e.type for e in found]
    assert "Agreement" in [e.type for e in found]


def test_a_trigger_in_a_clause_days_apart_takes_only_that_clauses_names(
    dictionary: Dictionary,
) -> None:
    text = (
        "Russia warned Armenia on Thursday, a day after the Armenian parliament "
        "passed a law on joining the European Union."
    )
    found = events(text, dictionary, published=dt.date(2025, 3, 27))
    statement = [e for e in found if e.type == "Statement"]
    assert statement and "russia" not in statement[0].involved()


def test_an_event_told_after_the_main_clause_takes_only_its_month(dictionary: Dictionary) -> None:
    found = events(
        "Armenia's foreign minister held talks with Turkey in Ankara on Wednesday, after "
        "Armenia sent aid to Turkey.",
        dictionary,
        published=dt.date(2023, 2, 16),
    )
    dates = {e.type: e.date.iso() for e in found if e.date}
    assert dates == {"Meeting": "2023-02-15", "Aid": "2023-02"}


def test_the_story_does_not_go_on_from_a_date_in_an_aside(dictionary: Dictionary) -> None:
    found = events(
        "The conference ended on Sunday, a day after the talks, which opened on November 11, "
        "had been due to close. India accused Azerbaijan of stage-managing the adoption.",
        dictionary,
        published=dt.date(2024, 11, 25),
    )
    accusation = next(e for e in found if e.type == "Accusation")
    assert accusation.date is not None and accusation.date.iso() == "2024-11-24"


def test_diplomats_given_hours_to_leave_are_expelled(dictionary: Dictionary) -> None:
    found = events(
        "Azerbaijan told the Iranian ambassador that four embassy employees had 48 hours to "
        "leave the country.",
        dictionary,
    )
    assert [e.type for e in found] == ["DiplomaticDowngrade"]


def test_a_protocol_is_an_agreement(dictionary: Dictionary) -> None:
    found = events(
        "The protocols were signed in Zurich on 10 October 2009 by Armenia and Turkey.",
        dictionary,
    )
    assert [(e.type, e.date.iso() if e.date else None) for e in found] == [
        ("Agreement", "2009-10-10")
    ]


def test_an_agreement_extended_by_a_later_protocol_is_two_events(dictionary: Dictionary) -> None:
    found = events(
        "Russia's base in Armenia operates under a 1995 agreement, which a protocol signed in "
        "August 2010 extended until 2044.",
        dictionary,
        published=dt.date(2024, 2, 23),
    )
    assert [(e.type, e.date.iso() if e.date else None) for e in found] == [
        ("MilitaryAgreement", "1995"),
        ("MilitaryAgreement", "2010-08"),
    ]


def test_a_speaker_who_told_an_agency_reports_the_whole_sentence(dictionary: Dictionary) -> None:
    found = events(
        "Armenia will withdraw its diplomats from Baku within days, Foreign Minister Ararat "
        "Mirzoyan told AFP.",
        dictionary,
        published=dt.date(2024, 3, 1),
    )
    (downgrade,) = [e for e in found if e.type == "DiplomaticDowngrade"]
    assert "ararat-mirzoyan" not in downgrade.involved()


def test_a_state_people_return_from_is_a_place_not_a_party(dictionary: Dictionary) -> None:
    (arrest,) = events(
        "Azerbaijani border guards detained Iranian truck drivers returning from Armenia.",
        dictionary,
    )
    assert arrest.type == "Arrest" and "armenia" not in arrest.involved()


def test_a_force_ending_its_years_of_service_withdraws(dictionary: Dictionary) -> None:
    found = events(
        "Armenian border guards took charge of the airport checkpoint on 1 August 2024, a day "
        "after Russian border guards ended 32 years of service there.",
        dictionary,
    )
    (withdrawal,) = [e for e in found if e.type == "Withdrawal"]
    assert set(withdrawal.involved()) == {"russia", "russian-border-guard-in-armenia"}
    assert withdrawal.date is not None and withdrawal.date.iso() == "2024-07-31"


def test_a_statement_is_made_by_those_before_it_about_those_after(dictionary: Dictionary) -> None:
    found = events(
        "Armenian President Serzh Sargsyan on Thursday signed a decree suspending the "
        "ratification of the protocols signed with Turkey.",
        dictionary,
        published=dt.date(2010, 4, 23),
    )
    (statement,) = [e for e in found if e.type == "Statement"]
    assert (set(statement.actors), statement.targets) == (
        {"serzh-sargsyan", "armenia"},
        ("turkey",),
    )


def test_the_story_goes_on_from_an_aside_when_the_sentence_has_no_other_date(
    dictionary: Dictionary,
) -> None:
    found = events(
        "The ban followed protests in Tbilisi, which broke out on June 20. "
        "Russia accused Georgia of organising them.",
        dictionary,
        published=dt.date(2019, 6, 22),
    )
    accusation = next(e for e in found if e.type == "Accusation")
    assert accusation.date is not None and accusation.date.iso() == "2019-06-20"


def test_an_organisation_named_in_a_sidelines_setting_is_no_party(
    dictionary: Dictionary,
) -> None:
    found = events(
        "Azerbaijan and Iran signed a gas swap agreement in Ashgabat on 28 November 2021, "
        "on the sidelines of the summit of the Economic Cooperation Organization.",
        dictionary,
    )
    deal = next(e for e in found if e.type == "EconomicCooperation")
    assert set(deal.involved()) == {"azerbaijan", "iran"}
    summit = next(e for e in found if e.type == "Summit")
    assert "economic-cooperation-organization" in summit.involved()


def test_an_attack_with_artillery_is_shelling(dictionary: Dictionary) -> None:
    (event,) = events("Azerbaijani troops opened fire with artillery on Armenia.", dictionary)
    assert event.type == "Shelling"
    (event,) = events("Azerbaijani troops opened fire on Armenia.", dictionary)
    assert event.type == "Attack"


def test_an_attack_s_place_tells_whom_it_hit(dictionary: Dictionary) -> None:
    text = "Azerbaijani troops opened fire with artillery, hitting villages near Goris."
    (event,) = events(text, dictionary)
    assert set(event.actors) == {"armed-forces-of-azerbaijan", "azerbaijan"}
    assert event.targets == ("armenia",)  # Goris lies in Armenia's Syunik province
    # A place in the attacker's own state tells no target.
    (event,) = events(text.replace("Azerbaijani", "Armenian"), dictionary)
    assert event.targets == ()


def test_a_demonym_before_civilians_is_no_party(dictionary: Dictionary) -> None:
    # "Georgian villagers" are Georgia's nationals, not Georgia acting or targeted.
    (event,) = events("Russian soldiers detained Georgian villagers.", dictionary)
    assert (event.actors, event.targets) == (
        ("armed-forces-of-the-russian-federation", "russia"),
        (),
    )
    (event,) = events("Russian soldiers detained Georgian officials.", dictionary)
    assert event.targets == ("georgia",)
    # Only right before them: a state that shells civilians takes part.
    (event,) = events("Azerbaijan shelled civilians in Armenia.", dictionary)
    assert event.actors == ("azerbaijan",)


def test_a_relative_that_is_its_clause_s_subject_is_the_name_before_it(
    dictionary: Dictionary,
) -> None:
    text = (
        "Armenia joined the statute of the International Criminal Court, which issued an "
        "arrest warrant for Vladimir Putin in March 2023."
    )
    (event,) = [e for e in events(text, dictionary) if e.type == "Arrest"]
    assert event.actors == ("international-criminal-court",)  # not Armenia too
    assert set(event.targets) == {"vladimir-putin", "russia"}
    # (a gas agreement is economic cooperation: lexicon en, round cover20en)
    text = "Russia blamed Iran and Azerbaijan, which signed a gas agreement in 2023."
    (deal,) = [e for e in events(text, dictionary) if e.type == "EconomicCooperation"]
    assert set(deal.involved()) == {"iran", "azerbaijan"}  # both before the relative


def test_a_clause_after_and_with_its_own_subject_has_only_its_names(
    dictionary: Dictionary,
) -> None:
    text = "Yerevan has stayed away from CSTO events, and Nikol Pashinyan skipped the summit."
    (event,) = events(text, dictionary)
    assert event.type == "Summit" and event.status is Status.NEGATED
    assert set(event.involved()) == {"nikol-pashinyan", "armenia"}  # not the CSTO
    # A list with a comma before "and" is no clause: every state in it signs.
    text = "Iran, Azerbaijan, and Turkey signed a trade agreement in Baku."
    (event,) = events(text, dictionary)
    assert set(event.involved()) == {"iran", "azerbaijan", "turkey"}
    # With no subject of its own the clause goes on with the one before it.
    (event,) = [
        e
        for e in events("Iran and Turkey met, and agreed a deal.", dictionary)
        if e.type == "Agreement"
    ]
    assert set(event.involved()) == {"iran", "turkey"}


def test_documents_signed_are_an_agreement(dictionary: Dictionary) -> None:
    text = "Iranian President Masoud Pezeshkian held talks with Ilham Aliyev in Baku, and the two "
    text += "governments signed seven cooperation documents."
    deals = [e for e in events(text, dictionary) if e.type == "Agreement"]
    assert [set(e.involved()) for e in deals] == [{"iran", "azerbaijan"}]


def test_a_plural_demonym_names_nationals_not_their_state(dictionary: Dictionary) -> None:
    text = "Azerbaijanis presenting themselves as activists camped on the road in protest."
    assert events(text, dictionary) == []
    (event,) = events("Azerbaijanis attacked Armenia.", dictionary)
    assert (event.actors, event.targets) == ((), ("armenia",))
    (event,) = events("Azerbaijani troops attacked Armenia.", dictionary)
    assert "azerbaijan" in event.actors


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Azerbaijan put Ruben Vardanyan on an international wanted list.", "Arrest"),
        ("A Baku court remanded Ruben Vardanyan in custody.", "Arrest"),
        ("Armenia and Azerbaijan exchanged fire on the border.", "BorderIncident"),
        ("Fighting on the border between Armenia and Azerbaijan resumed.", "BorderIncident"),
        ("Armenia accused Azerbaijan of ceasefire violations near Sotk.", "BorderIncident"),
        ("Iran launched missile strikes on Azerbaijan.", "Shelling"),
        ("Azerbaijan began an anti-terrorist operation against Armenia.", "MilitaryOffensive"),
        ("Putin had a telephone call with Aliyev.", "PhoneCall"),
        ("Russia recalls its ambassador from Georgia.", "DiplomaticDowngrade"),
        ("Armenia and Iran restored their ties.", "DiplomaticRelations"),
        ("Georgia criticised Russia for the move.", "Accusation"),
        ("Russia and Armenia discussed military-technical cooperation.", "MilitaryCooperation"),
        ("The United States blacklisted Bidzina Ivanishvili.", "Sanction"),
        ("An electoral college chose Mikheil Kavelashvili in Georgia.", "Election"),
        ("Azerbaijan's president visits Iran.", "StateVisit"),
        ("The pullout of Russia's troops from Armenia began.", "Withdrawal"),
        ("Georgia refused to recognise the results of the vote in Abkhazia.", "Accusation"),
        ("Armenia and the United States held a bilateral exercise.", "JointMilitaryExercise"),
        ("Armenia and Azerbaijan set up a working group on trade.", "EstablishmentOfBody"),
        ("Russia massed troops on its border with Georgia.", "Deployment"),
        ("Georgia halted flights to Russia.", "Sanction"),
        ("Azerbaijan began a blockade of Armenia.", "Protest"),
        ("The Russian parliament adopted a resolution on Armenia.", "Statement"),
    ],
)
def test_common_news_wordings_are_triggers(text: str, kind: str, dictionary: Dictionary) -> None:
    assert kind in {e.type for e in events(text, dictionary)}


def test_criticism_with_no_one_else_named_accuses_nobody(dictionary: Dictionary) -> None:
    assert not events("Georgia denounced the move as an open annexation.", dictionary)


def test_an_event_naming_nobody_takes_as_many_sides_as_the_lead_tells(
    dictionary: Dictionary,
) -> None:
    lead = "Azerbaijan, Iran and Turkmenistan signed a three-way gas swap agreement on 28 May 2021."
    later = " Azerbaijan is a partner of Turkey. Deliveries are due to start on 25 December 2021."
    found = events(lead + later, dictionary, published=dt.date(2021, 5, 29))
    (deliveries,) = [e for e in found if e.date is not None and e.date.iso() == "2021-12-25"]
    assert set(deliveries.involved()) == {"azerbaijan", "iran", "turkmenistan"}
    two = "Azerbaijan and Iran signed a gas swap agreement on 28 May 2021." + later
    (plain,) = [e for e in events(two, dictionary) if e.date and e.date.iso() == "2021-12-25"]
    assert set(plain.involved()) == {"azerbaijan", "iran"}


def test_a_military_base_named_tells_no_cooperation(dictionary: Dictionary) -> None:
    text = "Asked about Russia's military base in Armenia, Pashinyan said on 22 February 2024."
    assert not [e for e in events(text, dictionary) if e.type == "MilitaryCooperation"]


def test_documents_signed_that_tell_what_they_do_are_that_act(dictionary: Dictionary) -> None:
    text = "On 13 November 2007 Russia signed the documents transferring the territory to Georgia."
    assert [e.type for e in events(text, dictionary)] == ["Withdrawal"]
    signed = "On 13 November 2007 Russia signed the documents on the territory with Georgia."
    assert [e.type for e in events(signed, dictionary)] == ["Agreement"]


def test_the_country_is_the_state_the_document_names_most(dictionary: Dictionary) -> None:
    text = (
        "Georgia held a parliamentary election on 26 October 2024. On 14 December 2024 an "
        "electoral college chose Mikheil Kavelashvili as the country's next president."
    )
    (chosen,) = [e for e in events(text, dictionary) if "mikheil-kavelashvili" in e.involved()]
    assert "georgia" in chosen.involved()


def test_a_state_summons_an_ambassador_through_its_foreign_ministry(
    dictionary: Dictionary,
) -> None:
    (summons,) = events("Russia summoned Armenia's ambassador on 8 September 2023.", dictionary)
    assert set(summons.involved()) == {"russia", "ministry-of-foreign-affairs-of-russia", "armenia"}
    (named,) = events("Armenia accused Russia on 8 September 2023.", dictionary)
    assert "ministry-of-foreign-affairs-of-armenia" not in named.involved()


def test_separate_talks_with_two_sides_are_two_meetings(dictionary: Dictionary) -> None:
    text = "On 12 June 2018 Erdogan held separate talks with the presidents of Ukraine and Serbia."
    # published that day: undated, "the presidents of Ukraine" would be today's holder
    day = dt.date(2018, 6, 12)
    found = sorted(
        sorted(e.involved()) for e in events(text, dictionary, published=day) if e.type == "Meeting"
    )
    assert found == [
        ["recep-tayyip-erdogan", "serbia", "turkey"],
        ["recep-tayyip-erdogan", "turkey", "ukraine"],
    ]
    joint = "On 12 June 2018 Erdogan held talks with the presidents of Ukraine and Serbia."
    assert len([e for e in events(joint, dictionary) if e.type == "Meeting"]) == 1


def test_a_capital_that_imposes_or_closes_stands_for_its_government(
    dictionary: Dictionary,
) -> None:
    (ban,) = events("Moscow imposed a ban on Georgian wine in 2006.", dictionary)
    assert "russia" in ban.involved()
    (closed,) = events("Ankara closed the border in 1993.", dictionary)
    assert closed.involved() == ("turkey",)


def test_words_with_a_second_sense_need_their_context(dictionary: Dictionary) -> None:
    tasked = "The commission charged with delimitation met Azerbaijan on 3 May 2024."
    assert "Arrest" not in {e.type for e in events(tasked, dictionary)}
    charged = "Ruben Vardanyan was charged with treason by Azerbaijan on 3 May 2024."
    assert "Arrest" in {e.type for e in events(charged, dictionary)}
    sent = "Russia dispatched aid to Armenia on 3 May 2024."
    assert "Deployment" not in {e.type for e in events(sent, dictionary)}
    troops = "Russia dispatched two thousand troops to Armenia on 3 May 2024."
    assert "Deployment" in {e.type for e in events(troops, dictionary)}


def test_peacekeepers_named_are_no_deployment(dictionary: Dictionary) -> None:
    named = "Armenia trained its peacekeepers for missions with NATO in 2023."
    assert "Deployment" not in {e.type for e in events(named, dictionary)}
    sent = "Russia deployed peacekeepers to Armenia in 2020."
    assert "Deployment" in {e.type for e in events(sent, dictionary)}


def test_a_sentence_without_a_trigger_word_is_not_read_further(
    dictionary: Dictionary, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.extract import events as event_rules
    from kg.extract.linking import link
    from kg.extract.sentences import Sentence
    from kg.extract.textmap import FoldedText
    from kg.model import Source

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("read past a sentence with no trigger")

    monkeypatch.setattr(event_rules, "group_finder", refuse)
    monkeypatch.setattr(event_rules.EventFinder, "asides", refuse)
    text = "Iran and Azerbaijan, the two countries, share a long border."
    sentence = Sentence(0, len(text), text)
    seen: set[str] = set()
    found = event_rules.finder("en").events(
        Source("d", text, "t", "en", "sha256:0"),
        sentence,
        FoldedText.of(text),
        link(text, dictionary),
        [],
        dictionary,
        (0, len(text)),
        seen,
        [],
    )
    assert found == [] and seen == set()
