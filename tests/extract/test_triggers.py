"""Which words tell which kind of event (the lexicon's trigger lists, read in context)."""

import datetime as dt

from kg.dictionary import Dictionary
from kg.extract.pipeline import extract
from kg.model import Source


def kinds(text: str, dictionary: Dictionary, language: str = "en") -> list[str]:
    source = Source("doc", text, "t", language, "sha256:0", published=dt.date(2023, 1, 28))
    return [e.type for e in extract(source, dictionary).events]


def test_a_vote_in_a_parliament_is_no_election(dictionary: Dictionary) -> None:
    text = "The Georgian parliament held a unanimous vote that branded Russia an aggressor."
    assert "Election" not in kinds(text, dictionary)
    assert "Election" not in kinds("The Armenian parliament voted for the bill.", dictionary)
    assert kinds("Armenia held parliamentary elections in June.", dictionary) == ["Election"]


def test_normalisation_tells_relations_only_of_relations(dictionary: Dictionary) -> None:
    text = "Turkey said the help could make the normalisation process with Armenia easier."
    assert "DiplomaticRelations" not in kinds(text, dictionary)
    text = "Turkey and Armenia agreed on the normalisation of their relations."
    assert "DiplomaticRelations" in kinds(text, dictionary)
    text = "Россия потребовала от Грузии нормализации обстановки."
    assert "DiplomaticRelations" not in kinds(text, dictionary, "ru")
    text = "Россия и Грузия договорились о нормализации отношений."
    assert "DiplomaticRelations" in kinds(text, dictionary, "ru")


def test_a_threat_to_security_names_a_danger_not_an_act(dictionary: Dictionary) -> None:
    text = "Россия сняла запрет после исчезновения угроз для безопасности Грузии."
    assert "Threat" not in kinds(text, dictionary, "ru")
    assert kinds("Россия пригрозила Грузии.", dictionary, "ru") == ["Threat"]


def test_a_demonym_before_border_only_locates(dictionary: Dictionary) -> None:
    source = Source("doc", "Georgia laid a railway to the Turkish border.", "t", "en", "sha256:0")
    (event,) = extract(source, dictionary).events
    assert event.type == "EconomicCooperation" and "turkey" not in event.involved()
    # border guards, troops and services are a state's bodies, not a place
    text = "Azerbaijani border guards detained Iranian truck drivers."
    source = Source("doc", text, "t", "en", "sha256:0", published=dt.date(2021, 9, 1))
    (event,) = extract(source, dictionary).events
    assert {"azerbaijan", "iran"} <= set(event.involved())


def test_ending_all_hostilities_is_a_ceasefire_not_a_war(dictionary: Dictionary) -> None:
    text = "Armenia and Azerbaijan signed a declaration committing them to end all hostilities."
    assert kinds(text, dictionary) == ["Ceasefire"]


def test_a_summoned_ambassador_is_an_accusation_not_a_protest(dictionary: Dictionary) -> None:
    text = "Azerbaijan summoned the Iranian ambassador on Friday."
    assert kinds(text, dictionary) == ["Accusation"]
    text = "Азербайджан вызвал посла Ирана."
    assert kinds(text, dictionary, "ru") == ["Accusation"]
    text = "Евросоюз и США выступили против решения России."
    assert kinds(text, dictionary, "ru") == ["Accusation"]
    # a demonstration by the public stays a protest
    text = "Thousands of protesters rallied in Yerevan against Nikol Pashinyan."
    assert kinds(text, dictionary) == ["Protest"]


def test_a_plan_after_a_done_event_of_its_kind_is_a_new_event(dictionary: Dictionary) -> None:
    text = (
        "Azərbaycan və İran 6 oktyabr 2023-cü ildə Araz çayı üzərində avtomobil körpüsünün "
        "təməlini qoyub. O əlavə edib ki, dəmir yolu körpüsünün tikintisi də planlaşdırılır."
    )
    source = Source("doc", text, "t", "az", "sha256:0", published=dt.date(2023, 10, 7))
    found = extract(source, dictionary).events
    assert [(e.type, e.status.value) for e in found] == [
        ("EconomicCooperation", "Occurred"),
        ("EconomicCooperation", "Planned"),
    ]
    # told again as done, the bare noun still refers back to the event told before
    text = text.replace("tikintisi də planlaşdırılır", "tikintisi də başa çatıb")
    source = Source("doc", text, "t", "az", "sha256:0", published=dt.date(2023, 10, 7))
    assert len(extract(source, dictionary).events) == 1


def test_a_proposed_event_is_planned(dictionary: Dictionary) -> None:
    text = "Iranian President Hassan Rouhani proposed that the next summit with Azerbaijan be held."
    source = Source("doc", text, "t", "en", "sha256:0", published=dt.date(2016, 8, 9))
    assert [e.status.value for e in extract(source, dictionary).events] == ["Planned"]
    text = "Путин предложил провести саммит с Азербайджаном в Москве."
    source = Source("doc", text, "t", "ru", "sha256:0", published=dt.date(2016, 8, 9))
    assert [e.status.value for e in extract(source, dictionary).events] == ["Planned"]
    text = "Ruhani sammitin İranda keçirilməsini təklif edib."
    source = Source("doc", text, "t", "az", "sha256:0", published=dt.date(2016, 8, 9))
    assert "Planned" in [e.status.value for e in extract(source, dictionary).events]


def test_a_noun_for_the_attacker_tells_no_attack(dictionary: Dictionary) -> None:
    text = "Hücumçu 27 yanvar 2023-cü ildə İran polisi tərəfindən saxlanılıb."
    assert kinds(text, dictionary, "az") == ["Arrest"]
    text = "Нападавший 27 января 2023 года был задержан иранской полицией."
    assert kinds(text, dictionary, "ru") == ["Arrest"]
    # the attack itself, in its case forms
    text = "İran polisi 27 yanvar 2023-cü ildə Azərbaycan səfirliyinə hücumu araşdırır."
    assert "Attack" in kinds(text, dictionary, "az")
    assert "Attack" in kinds("Иран 27 января 2023 года нападал на Азербайджан.", dictionary, "ru")


def test_an_embassy_that_resumed_work_tells_restored_relations(dictionary: Dictionary) -> None:
    for text, language in (
        ("Azerbaijan's embassy in Tehran resumed work on 15 July 2024.", "en"),
        ("Посольство Азербайджана в Тегеране возобновило работу 15 июля 2024 года.", "ru"),
    ):
        source = Source("doc", text, "t", language, "sha256:0", published=dt.date(2024, 7, 16))
        (event,) = extract(source, dictionary).events
        assert event.type == "DiplomaticRelations"
        assert set(event.involved()) == {"azerbaijan", "iran"}


def test_a_clause_telling_an_event_months_before_is_an_aside(dictionary: Dictionary) -> None:
    text = (
        "Azerbaijan's embassy in Tehran resumed work on 15 July 2024, almost eighteen months "
        "after an armed attack led Baku to shut it."
    )
    source = Source("doc", text, "t", "en", "sha256:0", published=dt.date(2024, 7, 16))
    found = extract(source, dictionary).events
    assert "DiplomaticRelations" in [e.type for e in found]
    # the attack told in the aside is not dated by the main clause's date
    assert not [e for e in found if e.type == "Attack" and e.date and e.date.iso() == "2024-07-15"]


def test_took_sole_charge_is_a_deployment(dictionary: Dictionary) -> None:
    text = "Armenian border guards took sole charge of the checkpoint on 1 August 2024."
    source = Source("doc", text, "t", "en", "sha256:0", published=dt.date(2024, 8, 2))
    (event,) = extract(source, dictionary).events
    assert event.type == "Deployment"
    assert set(event.involved()) == {"national-security-service-of-armenia", "armenia"}


def test_guarding_a_border_is_no_military_cooperation(dictionary: Dictionary) -> None:
    text = "Россия и Армения 31 июля 2024 года подписали протокол об охране границы в аэропорту."
    assert kinds(text, dictionary, "ru") == ["Agreement"]
    text = "Мирзоян 7 марта 2023 года заявил, что Армения может самостоятельно охранять границу."
    assert "MilitaryCooperation" not in kinds(text, dictionary, "ru")


def test_still_to_be_done_is_planned(dictionary: Dictionary) -> None:
    text = "The treaty between Armenia and Azerbaijan is still to be ratified."
    source = Source("doc", text, "t", "en", "sha256:0", published=dt.date(2025, 8, 9))
    assert [e.status.value for e in extract(source, dictionary).events] == ["Planned"]


def test_a_body_that_was_set_up_tells_its_establishment(dictionary: Dictionary) -> None:
    text = "The EU Mission in Armenia was formally set up by the European Union on 23 January 2023."
    assert kinds(text, dictionary) == ["EstablishmentOfBody"]


def test_those_in_whose_presence_an_act_is_done_take_no_part(dictionary: Dictionary) -> None:
    text = (
        "In the presence of Donald Trump, foreign ministers Jeyhun Bayramov and Ararat Mirzoyan "
        "initialled a peace treaty on 8 August 2025."
    )
    source = Source("doc", text, "t", "en", "sha256:0", published=dt.date(2025, 8, 9))
    (event,) = extract(source, dictionary).events
    assert {"donald-trump", "united-states"}.isdisjoint(event.involved())
    assert {"jeyhun-bayramov", "ararat-mirzoyan"} <= set(event.involved())
    text = (
        "В присутствии Владимира Путина Армения и Азербайджан 8 августа 2025 года "
        "парафировали мирное соглашение."
    )
    source = Source("doc", text, "t", "ru", "sha256:0", published=dt.date(2025, 8, 9))
    (event,) = extract(source, dictionary).events
    assert {"vladimir-putin", "russia"}.isdisjoint(event.involved())


def test_an_event_told_under_which_two_sides_act_has_only_them(dictionary: Dictionary) -> None:
    text = (
        "Nikol Pashinyan met Ilham Aliyev in Prague on 6 October 2022. The two leaders "
        "confirmed their commitment to the 1991 Alma-Ata Declaration, under which Armenia "
        "and Azerbaijan recognise each other's territorial integrity."
    )
    source = Source("doc", text, "t", "en", "sha256:0", published=dt.date(2022, 10, 7))
    (event,) = [e for e in extract(source, dictionary).events if e.type == "Recognition"]
    assert set(event.involved()) == {"armenia", "azerbaijan"}
    # a relative that is its clause's subject keeps its antecedent
    text = (
        "Armenia joined the International Criminal Court, which in March 2023 issued an "
        "arrest warrant for Vladimir Putin."
    )
    source = Source("doc", text, "t", "en", "sha256:0", published=dt.date(2024, 2, 2))
    (event,) = [e for e in extract(source, dictionary).events if e.type == "Arrest"]
    assert "international-criminal-court" in event.involved()


def test_returning_to_places_of_permanent_deployment_is_a_withdrawal(
    dictionary: Dictionary,
) -> None:
    text = "Грузия 12 августа 2008 года вернула войска в места постоянной дислокации."
    found = kinds(text, dictionary, "ru")
    assert "Withdrawal" in found and "Deployment" not in found


def test_russian_military_help_and_arms_supplies_are_military_cooperation(
    dictionary: Dictionary,
) -> None:
    text = "Россия в 2023 году оказывала Армении военную помощь."
    assert "MilitaryCooperation" in kinds(text, dictionary, "ru")
    text = "Россия и Армения обсудили поставки вооружений."
    assert "MilitaryCooperation" in kinds(text, dictionary, "ru")


def test_a_hydroelectric_project_is_economic_cooperation(dictionary: Dictionary) -> None:
    text = "Iran and Azerbaijan opened a hydroelectric complex on the Aras in May 2024."
    assert "EconomicCooperation" in kinds(text, dictionary)
    text = "Iran and Azerbaijan discussed a hydropower plant on the Aras in May 2024."
    assert "EconomicCooperation" in kinds(text, dictionary)


def test_a_russian_treaty_on_a_base_is_a_military_agreement(dictionary: Dictionary) -> None:
    text = "Договор о размещении российской военной базы в Армении был подписан в 1995 году."
    found = kinds(text, dictionary, "ru")
    assert "MilitaryAgreement" in found and "Agreement" not in found


def test_the_meeting_a_speaker_told_is_no_event_and_the_speaker_no_party(
    dictionary: Dictionary,
) -> None:
    text = (
        "Armenia and Azerbaijan agreed to stop the fighting on 5 April, Armenian Defence "
        "Minister Seyran Ohanyan told a government meeting on Wednesday."
    )
    source = Source("doc", text, "t", "en", "sha256:0", published=dt.date(2016, 4, 6))
    found = extract(source, dictionary).events
    assert [e.type for e in found] == ["Ceasefire"]
    assert set(found[0].involved()) == {"armenia", "azerbaijan"}


def test_trucks_loaded_with_food_are_aid(dictionary: Dictionary) -> None:
    text = "Five Armenian trucks loaded with food and medicine crossed into Turkey on 11 February."
    assert kinds(text, dictionary) == ["Aid"]


def test_what_a_speaker_told_a_meeting_is_still_reported(dictionary: Dictionary) -> None:
    text = (
        "Armenia and Turkey held talks in Kars. "
        "Pashinyan told a news conference that a protocol was signed on 5 May."
    )
    assert kinds(text, dictionary) == ["Meeting", "Agreement"]


def test_a_visiting_person_is_no_visit(dictionary: Dictionary) -> None:
    text = "Georgians protested in Tbilisi against a visiting Russian lawmaker."
    assert "StateVisit" not in kinds(text, dictionary)
    text = "Iranian President Ebrahim Raisi was visiting Azerbaijan on 19 May."
    assert kinds(text, dictionary) == ["StateVisit"]


def test_status_reads_the_dates_blanked_text_it_is_given() -> None:
    """The sentence with its dates blanked, made once per sentence, is the one status reads:
    the same as made afresh, and used as given."""
    from kg.extract.arguments import Trigger, clause_of, dates_blanked
    from kg.extract.dates import find_dates
    from kg.extract.events import finder
    from kg.extract.sentences import Sentence
    from kg.model import Status

    text = "In May Armenia closed the embassy."
    sentence = Sentence(0, len(text), text)
    dates = find_dates(text, "en", dt.date(2024, 6, 1))
    closed = Trigger(15, 21, "closed", "DiplomaticDowngrade")
    made = dates_blanked(sentence, dates)
    assert made == "       Armenia closed the embassy."
    for blank in (False, True):
        alone = clause_of(sentence, closed, dates, (0, len(text)), blank=blank)
        given = clause_of(sentence, closed, dates, (0, len(text)), blank=blank, blanked=made)
        assert given == alone
    rules = finder("en")
    assert rules.status(sentence, closed, dates, (0, len(text)), made) is Status.OCCURRED
    unblanked = rules.status(sentence, closed, dates, (0, len(text)), text)  # "may" kept
    assert unblanked is Status.HYPOTHETICAL
