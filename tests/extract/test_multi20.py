"""Several events in one sentence, and the kind where two kinds' triggers meet (issue #4;
sources/ANNOTATION.md, section 6): sentences of our own wording, each with every event it
tells (kind, date, involved entities, status), each read wrongly before the round.

The F1 of the extractor on these sentences is reported in benchmarks/README.md ("multi20").
"""

from __future__ import annotations

import datetime as dt

import pytest

from kg.dictionary import Dictionary
from tests.extract.sample import events

Expected = tuple[str, str | None, frozenset[str], str]

PUBLISHED = dt.date(2025, 9, 1)
CIS = "commonwealth-of-independent-states"
GUARDS = "russian-border-guard-in-armenia"
RUSSIAN_FORCES = "armed-forces-of-the-russian-federation"
PEACEKEEPERS = "russian-peacekeeping-forces-in-nagorno-karabakh"
LEADERS = frozenset({"ilham-aliyev", "azerbaijan", "vladimir-putin", "russia"})
VISIT = frozenset({"recep-tayyip-erdogan", "turkey", "ilham-aliyev", "azerbaijan"})
MINISTERS = {"ararat-mirzoyan", "armenia", "jeyhun-bayramov", "azerbaijan"}
MOSCOW_TALKS = frozenset({"vladimir-putin", "russia", "nikol-pashinyan", "armenia"})


def _event(kind: str, date: str | None, involved: set[str], status: str) -> Expected:
    return (kind, date, frozenset(involved), status)


# (language, sentence, the events it tells)
CASES: list[tuple[str, str, list[Expected]]] = [
    # a meeting on a summit's sidelines: the meeting, and the summit with the states and the
    # organisation whose summit it is
    (
        "en",
        "Ilham Aliyev and Vladimir Putin met in Dushanbe on 8 October 2024 on the sidelines "
        "of the CIS summit.",
        [
            _event("Meeting", "2024-10-08", set(LEADERS), "Occurred"),
            _event("Summit", "2024-10-08", {"azerbaijan", "russia", CIS}, "Occurred"),
        ],
    ),
    (
        "ru",
        "Ильхам Алиев и Владимир Путин встретились 8 октября 2024 года в Душанбе на полях "
        "саммита СНГ.",
        [
            _event("Meeting", "2024-10-08", set(LEADERS), "Occurred"),
            _event("Summit", "2024-10-08", {"azerbaijan", "russia", CIS}, "Occurred"),
        ],
    ),
    (
        "az",
        "İlham Əliyev və Vladimir Putin 8 oktyabr 2024-cü ildə Düşənbədə MDB sammitinin "
        "kənarında görüşüblər.",
        [
            _event("Meeting", "2024-10-08", set(LEADERS), "Occurred"),
            _event("Summit", "2024-10-08", {"azerbaijan", "russia", CIS}, "Occurred"),
        ],
    ),
    # an agreement and the withdrawal it commits forces to: a military agreement made, and
    # the withdrawal planned by its deadline, by the forces that leave
    (
        "en",
        "Russia and Azerbaijan signed an agreement on 17 April 2024 under which the Russian "
        "peacekeepers will withdraw from Karabakh by 1 June.",
        [
            _event("MilitaryAgreement", "2024-04-17", {"russia", "azerbaijan"}, "Occurred"),
            _event("Withdrawal", "2024-06-01", {"russia", PEACEKEEPERS}, "Planned"),
        ],
    ),
    (
        "en",
        "Vladimir Putin and Nikol Pashinyan met in Moscow on 8 May 2024 and agreed that "
        "Russian border guards will withdraw from the Margara crossing.",
        [
            _event("Meeting", "2024-05-08", set(MOSCOW_TALKS), "Occurred"),
            _event("MilitaryAgreement", "2024-05-08", set(MOSCOW_TALKS), "Occurred"),
            _event("Withdrawal", None, {"russia", GUARDS}, "Planned"),
        ],
    ),
    (
        "en",
        "The agreement Armenia and Azerbaijan signed on 3 March 2021 requires Armenia to "
        "withdraw from the Kalbajar district by 25 March.",
        [
            _event("Agreement", "2021-03-03", {"armenia", "azerbaijan"}, "Occurred"),
            _event("Withdrawal", "2021-03-25", {"armenia"}, "Planned"),
        ],
    ),
    (
        "ru",
        "Россия и Армения 8 мая 2024 года договорились о выводе российских пограничников с "
        "пункта пропуска Маргара.",
        [
            _event("MilitaryAgreement", "2024-05-08", {"russia", "armenia"}, "Occurred"),
            _event("Withdrawal", None, {"russia", GUARDS}, "Planned"),
        ],
    ),
    (
        "az",
        "Rusiya və Ermənistan 8 may 2024-cü ildə rus sərhədçilərinin Marqara keçid "
        "məntəqəsindən çıxarılması barədə razılaşıblar.",
        [
            _event("MilitaryAgreement", "2024-05-08", {"russia", "armenia"}, "Occurred"),
            _event("Withdrawal", None, {"russia", GUARDS}, "Planned"),
        ],
    ),
    # a trade or military agreement's subject is no event of its own: one agreement
    (
        "en",
        "Iran and Armenia signed a trade deal on electricity exports on 3 March 2024.",
        [_event("TradeAgreement", "2024-03-03", {"iran", "armenia"}, "Occurred")],
    ),
    (
        "en",
        "Azerbaijan and Israel signed a military agreement on drone deliveries in Baku on "
        "3 March 2024.",
        [_event("MilitaryAgreement", "2024-03-03", {"azerbaijan", "israel"}, "Occurred")],
    ),
    (
        "ru",
        "Армения и Иран 3 марта 2024 года подписали торговое соглашение о поставках "
        "электроэнергии.",
        [_event("TradeAgreement", "2024-03-03", {"iran", "armenia"}, "Occurred")],
    ),
    (
        "az",
        "Azərbaycan və İran 3 mart 2024-cü ildə elektrik enerjisinin ixracı haqqında ticarət "
        "sazişi imzalayıblar.",
        [_event("TradeAgreement", "2024-03-03", {"iran", "azerbaijan"}, "Occurred")],
    ),
    # an agreement and a cooperation dated apart are two events, not one combined
    (
        "en",
        "Iran and Armenia signed an agreement on 3 March 2024, and Armenia resumed gas "
        "deliveries to Iran on 5 March.",
        [
            _event("Agreement", "2024-03-03", {"iran", "armenia"}, "Occurred"),
            _event("EconomicCooperation", "2024-03-05", {"iran", "armenia"}, "Occurred"),
        ],
    ),
    (
        "ru",
        "Армения и Иран 3 марта 2024 года подписали соглашение, а 5 марта Армения возобновила "
        "поставки газа в Иран.",
        [
            _event("Agreement", "2024-03-03", {"iran", "armenia"}, "Occurred"),
            _event("EconomicCooperation", "2024-03-05", {"iran", "armenia"}, "Occurred"),
        ],
    ),
    # an agreement and the day it takes effect, both dated: two events
    (
        "en",
        "Iran and Azerbaijan signed a trade agreement on 3 March 2024, which entered into "
        "force on 1 June.",
        [
            _event("TradeAgreement", "2024-03-03", {"iran", "azerbaijan"}, "Occurred"),
            _event("TradeAgreement", "2024-06-01", {"iran", "azerbaijan"}, "Occurred"),
        ],
    ),
    (
        "ru",
        "Армения и Азербайджан 9 октября 2020 года договорились о прекращении огня, которое "
        "вступило в силу 10 октября.",
        [
            _event("Ceasefire", "2020-10-09", {"armenia", "azerbaijan"}, "Occurred"),
            _event("Ceasefire", "2020-10-10", {"armenia", "azerbaijan"}, "Occurred"),
        ],
    ),
    # an agreement talked about is no agreement made: the talks only
    (
        "en",
        "Armenia and Azerbaijan held talks on a peace treaty in Washington on 5 May 2024.",
        # talks on a treaty are Negotiation, the finer kind (cover20en's phrases)
        [_event("Negotiation", "2024-05-05", {"armenia", "azerbaijan"}, "Occurred")],
    ),
    (
        "en",
        "Negotiations between Armenia and Azerbaijan on the peace agreement resumed in Almaty "
        "on 10 May 2024.",
        [_event("Negotiation", "2024-05-10", {"armenia", "azerbaijan"}, "Occurred")],
    ),
    (
        "ru",
        "Армения и Азербайджан 10 мая 2024 года провели в Алма-Ате переговоры по мирному договору.",
        [_event("Negotiation", "2024-05-10", {"armenia", "azerbaijan"}, "Occurred")],
    ),
    (
        "ru",
        "Министры иностранных дел Армении и Азербайджана 10 мая 2024 года обсудили в Алма-Ате "
        "проект мирного соглашения.",
        [_event("Meeting", "2024-05-10", MINISTERS, "Occurred")],
    ),
    (
        "az",
        "Azərbaycan və Ermənistan 10 may 2024-cü ildə Almatıda sülh müqaviləsi üzrə danışıqlar "
        "aparıblar.",
        [_event("Negotiation", "2024-05-10", {"armenia", "azerbaijan"}, "Occurred")],
    ),
    # what is agreed does not make the agreement possible or planned
    (
        "en",
        "Armenia and Turkey agreed on 1 July 2022 to let third-country nationals cross their "
        "land border at the earliest possible date.",
        [_event("Agreement", "2022-07-01", {"armenia", "turkey"}, "Occurred")],
    ),
    (
        "ru",
        "Армения и Турция 1 июля 2022 года договорились о возможном открытии сухопутной "
        "границы для граждан третьих стран.",
        [_event("Agreement", "2022-07-01", {"armenia", "turkey"}, "Occurred")],
    ),
    # the act committed to before the document signed, in a verb-final language
    (
        "az",
        "Gürcüstan və Rusiya 2 iyun 2008-ci ildə rus qoşunlarının Batumidən çıxarılması "
        "haqqında protokol imzalayıblar.",
        [
            _event("MilitaryAgreement", "2008-06-02", {"georgia", "russia"}, "Occurred"),
            _event("Withdrawal", None, {"russia", RUSSIAN_FORCES}, "Planned"),
        ],
    ),
    (
        "ru",
        "Грузия и Россия 2 июня 2008 года подписали протокол о выводе российских войск из "
        "Батуми до 1 ноября.",
        [
            _event("MilitaryAgreement", "2008-06-02", {"georgia", "russia"}, "Occurred"),
            _event("Withdrawal", "2008-11-01", {"russia", RUSSIAN_FORCES}, "Planned"),
        ],
    ),
    # one event told by two words of its kind takes the parties of the fuller one
    (
        "en",
        "Armenia hosted the meeting in Yerevan on 5 May 2024, where Nikol Pashinyan talked "
        "with Irakli Kobakhidze.",
        [
            _event(
                "Meeting",
                "2024-05-05",
                {"armenia", "nikol-pashinyan", "georgia", "irakli-kobakhidze"},
                "Occurred",
            )
        ],
    ),
    # talks held during a visit are the visit
    (
        "en",
        "Erdogan held negotiations with Ilham Aliyev in Baku on 5 May 2024 during an "
        "official visit to Azerbaijan.",
        [_event("StateVisit", "2024-05-05", set(VISIT), "Occurred")],
    ),
    (
        "ru",
        "Реджеп Тайип Эрдоган 5 мая 2024 года в ходе официального визита в Баку провел "
        "переговоры с Ильхамом Алиевым.",
        [_event("StateVisit", "2024-05-05", set(VISIT), "Occurred")],
    ),
    (
        "az",
        "Rəcəb Tayyib Ərdoğan 5 may 2024-cü ildə Bakıya rəsmi səfəri zamanı İlham Əliyevlə "
        "danışıqlar aparıb.",
        [_event("StateVisit", "2024-05-05", set(VISIT), "Occurred")],
    ),
    # a plain agreement to the text told before is of that text's kind
    (
        "en",
        "Russia and Georgia agreed a ceasefire in Moscow on 12 August 2008. France won the "
        "agreement of Georgia and Russia to the plan on 15 August.",
        [
            _event("Ceasefire", "2008-08-12", {"russia", "georgia"}, "Occurred"),
            _event("Ceasefire", "2008-08-15", {"france", "russia", "georgia"}, "Occurred"),
        ],
    ),
    # the troops a withdrawal moves are no deployment
    (
        "ru",
        "Россия и Азербайджан 17 апреля 2024 года договорились о выводе российских "
        "миротворцев из Карабаха.",
        [
            _event("Agreement", "2024-04-17", {"russia", "azerbaijan"}, "Occurred"),
            _event("Withdrawal", None, {"russia", "azerbaijan"}, "Planned"),
        ],
    ),
]


# Sentences read right before the round that the new rules must leave so: each fails
# without the test of the rule it guards (commitments.done_acts, kinds._apart).
KEPT: list[tuple[str, str, list[Expected]]] = [
    # a withdrawal told as done, after an agreement, is no act committed to
    (
        "en",
        "Georgia and Russia signed an agreement in 2005, and Russia withdrew its troops from "
        "Batumi on 13 November 2007.",
        [
            _event("Agreement", "2005", {"georgia", "russia"}, "Occurred"),
            _event("Withdrawal", "2007-11-13", {"russia"}, "Occurred"),
        ],
    ),
    (
        "en",
        "The agreement was signed on 5 May 2005, two years after Russia withdrew its troops "
        "from Batumi.",
        [_event("Withdrawal", "2005-05", {"russia"}, "Occurred")],
    ),
    # talks on another day than the visit are their own event
    (
        "en",
        "Recep Tayyip Erdogan visited Baku on 5 May 2024, and on 7 May he held negotiations "
        "with Ilham Aliyev in Ganja.",
        [
            _event("StateVisit", "2024-05-05", set(VISIT), "Occurred"),
            _event("Negotiation", "2024-05-07", set(VISIT), "Occurred"),
        ],
    ),
    # a trade agreement and deliveries resumed two days later are two events
    (
        "en",
        "Iran and Armenia signed a trade agreement on 3 March 2024, and Armenia resumed gas "
        "deliveries to Iran on 5 March.",
        [
            _event("TradeAgreement", "2024-03-03", {"iran", "armenia"}, "Occurred"),
            _event("EconomicCooperation", "2024-03-05", {"iran", "armenia"}, "Occurred"),
        ],
    ),
]


def found(language: str, text: str, dictionary: Dictionary) -> list[Expected]:
    """The events the extractor finds in the sentence, read as a document of its own."""
    return [
        (
            e.type,
            e.date.iso() if e.date else None,
            frozenset(e.involved()),
            e.status.name.capitalize(),
        )
        for e in events(text, dictionary, language, PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [pytest.param(*case, id=f"{case[0]}-{i}") for i, case in enumerate(CASES)],
)
def test_a_sentence_yields_each_event_it_tells(
    language: str, text: str, expected: list[Expected], dictionary: Dictionary
) -> None:
    assert sorted(found(language, text, dictionary), key=repr) == sorted(expected, key=repr)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [pytest.param(*case, id=f"{case[0]}-{i}") for i, case in enumerate(KEPT)],
)
def test_events_told_apart_stay_apart(
    language: str, text: str, expected: list[Expected], dictionary: Dictionary
) -> None:
    assert sorted(found(language, text, dictionary), key=repr) == sorted(expected, key=repr)
