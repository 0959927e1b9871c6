"""English coverage of ordinary wire-news wording (issue #4, round cover20en).

Three checks, all on text written for this round from general knowledge of how wire services
and official agencies word the region's news, not from the tuning corpus:

* one short sentence per phrase or cue the round added (lexicon ``en.yaml``: triggers and
  ``kind_cues``; ``common.yaml``: a military agreement told with the arms it supplies), each
  finding its kind only through it: on the lexicons before the round none of them does;
* sentences where a broad word of the round has another sense in news, which must not tell
  that kind;
* the unseen-style paragraphs of ``tests/data/cover20en.yaml``: every event annotated there
  (kind, date and involved entities, by sources/ANNOTATION.md) must be found as ``kg eval``
  matches gold. The ones the extractor still misses are marked ``xfail(strict=True)`` with
  the reason, so that a fix shows up as a test to update. ``benchmarks/cover20en.py`` gives
  the scores on them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from kg.dates import DateSpan
from kg.dictionary import Dictionary
from kg.extract.evaluate import match_events
from kg.model import Event
from tests.extract.sample import events

PUBLISHED = dt.date(2024, 3, 1)
PARAGRAPHS = Path(__file__).resolve().parent.parent / "data" / "cover20en.yaml"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Armenia expressed indignation at the Azerbaijani remarks.", "Accusation"),
        ("Armenia reproached Russia for its inaction.", "Accusation"),
        ("Armenia said Azerbaijan bore responsibility for the escalation.", "Accusation"),
        ("Azerbaijan charged that Armenia had laid new mines.", "Accusation"),
        ("Azerbaijan pointed the finger at Armenia over the mine blast.", "Accusation"),
        ("Azerbaijan summoned the French charge d'affaires on Monday.", "Accusation"),
        ("Azerbaijan took aim at France on Tuesday.", "Accusation"),
        ("Baku cried foul over the French remarks.", "Accusation"),
        ("Georgia expressed displeasure with Russia on Friday.", "Accusation"),
        ("Georgia lashed out at the European Union on Friday.", "Accusation"),
        ("Georgia protested to Russia over the detention of its citizens.", "Accusation"),
        ("Georgia summoned a Russian diplomat on Monday.", "Accusation"),
        ("Iran assailed Azerbaijan over its ties with Israel.", "Accusation"),
        ("Iran voiced outrage at the Azerbaijani statement.", "Accusation"),
        ("Russia faulted Armenia for the crisis.", "Accusation"),
        ("Russia's foreign ministry hit back at Armenia on Monday.", "Accusation"),
        ("Tehran voiced anger over the Azerbaijani statement.", "Accusation"),
        ("A court in Baku gave Ruben Vardanyan a 20-year prison term.", "Arrest"),
        ("Azerbaijan said Ruben Vardanyan would stand trial in Baku.", "Arrest"),
        ("Azerbaijan's security service took into custody a French citizen.", "Arrest"),
        ("Georgia put Saakashvili behind bars in 2021.", "Arrest"),
        ("Georgian police rounded up dozens of protesters in Tbilisi.", "Arrest"),
        ("Saakashvili went on trial in Tbilisi on Monday.", "Arrest"),
        ("Ukraine extradited an Armenian citizen to Armenia.", "Arrest"),
        ("Armenia and Iran plan to triple trade by 2030.", "EconomicCooperation"),
        ("Armenia and Iran will build a new power line.", "EconomicCooperation"),
        ("Azerbaijan and Georgia agreed to boost trade on Monday.", "EconomicCooperation"),
        ("Azerbaijan and Georgia will build a high-voltage line.", "EconomicCooperation"),
        ("Azerbaijan and Hungary signed an energy agreement on Monday.", "EconomicCooperation"),
        ("Azerbaijan and Turkmenistan signed a gas deal on Monday.", "EconomicCooperation"),
        ("Azerbaijan began pumping gas to Europe through Georgia.", "EconomicCooperation"),
        (
            "Azerbaijan began supplying gas to Syria through Turkey on Saturday.",
            "EconomicCooperation",
        ),
        ("Azerbaijan will export electricity to Europe through Georgia.", "EconomicCooperation"),
        (
            "Georgia and Azerbaijan will lay an undersea electricity cable across the Black Sea.",
            "EconomicCooperation",
        ),
        ("Russia cut oil supplies to Armenia on Monday.", "EconomicCooperation"),
        ("Trade between Armenia and Georgia grew last year.", "EconomicCooperation"),
        ("Turkey and Azerbaijan opened a new border crossing on Friday.", "EconomicCooperation"),
        ("Armenia's presidential race ended on Sunday.", "Election"),
        ("Georgian Dream won a landslide in Georgia on Saturday.", "Election"),
        ("Georgians cast their ballots in Georgia on Saturday.", "Election"),
        ("Ilham Aliyev won a fifth term as president of Azerbaijan on Wednesday.", "Election"),
        ("Pashinyan swept to power in Armenia in 2018.", "Election"),
        ("Ilham Aliyev and Pashinyan shook hands in Washington on Friday.", "Meeting"),
        ("Pashinyan and Aliyev had a brief conversation in Granada.", "Meeting"),
        ("Armenia and France signed a contract for Caesar howitzers.", "MilitaryAgreement"),
        ("Armenia and France signed a defence contract on Monday.", "MilitaryAgreement"),
        ("Armenia and India inked a defence deal worth $250 million.", "MilitaryAgreement"),
        ("Armenia and India signed an arms agreement on Monday.", "MilitaryAgreement"),
        ("Azerbaijan and Israel signed a weapons contract on Monday.", "MilitaryAgreement"),
        ("Azerbaijan and Israel signed an agreement on the supply of drones.", "MilitaryAgreement"),
        ("Azerbaijan and Pakistan signed a deal for JF-17 fighter jets.", "MilitaryAgreement"),
        (
            "Russia and Armenia extended the lease on the military base until 2044.",
            "MilitaryAgreement",
        ),
        (
            "Russia and Armenia signed an agreement on a joint air defence system.",
            "MilitaryAgreement",
        ),
        ("Armenia bought air defence systems from India.", "MilitaryCooperation"),
        ("Armenia bought military hardware from France.", "MilitaryCooperation"),
        ("Armenia received Indian rocket launchers.", "MilitaryCooperation"),
        ("Armenia received arms shipments from India.", "MilitaryCooperation"),
        ("Armenia signed contracts to buy Indian weapons.", "MilitaryCooperation"),
        ("France approved weapons transfers to Armenia.", "MilitaryCooperation"),
        ("France delivered armoured vehicles to Armenia on Monday.", "MilitaryCooperation"),
        ("India sold artillery systems to Armenia.", "MilitaryCooperation"),
        ("Israel is Azerbaijan's main arms supplier.", "MilitaryCooperation"),
        ("Israel supplied drones to Azerbaijan.", "MilitaryCooperation"),
        ("Russia supplied military equipment to Armenia.", "MilitaryCooperation"),
        (
            "Armenia and Azerbaijan held talks on the peace treaty in Almaty on Friday.",
            "Negotiation",
        ),
        (
            "Armenia and Azerbaijan held talks over a peace deal in Washington on Friday.",
            "Negotiation",
        ),
        ("Armenia and Azerbaijan held talks over the peace treaty on Monday.", "Negotiation"),
        ("Armenia and Azerbaijan resumed talks in Moscow on Monday.", "Negotiation"),
        ("Armenia and Azerbaijan resumed talks on a peace deal on Monday.", "Negotiation"),
        ("Armenia and Azerbaijan revived stalled talks in Moscow on Monday.", "Negotiation"),
        ("Russia mediated between Armenia and Azerbaijan in Moscow.", "Negotiation"),
        ("Dozens were hurt in clashes with police outside the Armenian parliament.", "Protest"),
        ("Georgians were rallying against the Georgian government in Tbilisi.", "Protest"),
        ("Hundreds marched against the Georgian government in Tbilisi.", "Protest"),
        ("Hundreds of people marched through the capital of Armenia against Pashinyan.", "Protest"),
        ("Police fired tear gas after clashes outside the Georgian parliament.", "Protest"),
        ("Thousands marched through the streets of Yerevan against Pashinyan.", "Protest"),
        ("Azerbaijan shut its airspace to Armenian flights.", "Sanction"),
        ("Britain slapped visa restrictions on Georgian officials on Monday.", "Sanction"),
        ("Russia suspended some imports of Armenian dairy products on Friday.", "Sanction"),
        ("Russia will bar imports of Armenian flowers from Monday.", "Sanction"),
        ("Russia will halt imports of Georgian wine from Monday.", "Sanction"),
        ("The EU announced asset freezes against Russian officials.", "Sanction"),
        ("The EU imposed punitive measures on Belarus.", "Sanction"),
        ("The EU imposed restrictive measures on Iranian officials.", "Sanction"),
        ("The United States imposed export controls on Russia.", "Sanction"),
        ("The United States placed export curbs on Iran.", "Sanction"),
        ("Erdogan departed for Baku on Tuesday.", "StateVisit"),
        ("Pashinyan set off for Brussels on Monday.", "StateVisit"),
        ("Pashinyan will travel to Brussels next week.", "StateVisit"),
        ("Aliyev's office said Ilham Aliyev signed an order on Tuesday.", "Statement"),
        (
            "Armenia's government approved a decision on Thursday to freeze payments to the CSTO.",
            "Statement",
        ),
        ("Armenia's government put out a statement on Monday.", "Statement"),
        ("Armenia's parliament adopted a statement on Monday.", "Statement"),
        ("The International Court of Justice ordered Azerbaijan to reopen the road.", "Statement"),
        ("Azerbaijan's parliament adopted an appeal to the European Parliament.", "Statement"),
        ("Ilham Aliyev sent a message to Erdogan on Monday.", "Statement"),
        ("Pashinyan appealed to the United Nations on Monday.", "Statement"),
        ("Pashinyan sent a letter to Aliyev on Wednesday.", "Statement"),
        ("Pashinyan wrote to Putin on Monday.", "Statement"),
        ("Heads of state of the CSTO met in Minsk on Thursday.", "Summit"),
        ("Armenia and Iran signed an agreement to cut tariffs.", "TradeAgreement"),
        ("Azerbaijan and Kazakhstan signed a memorandum on trade on Monday.", "TradeAgreement"),
        ("Armenia said Azerbaijan must bear responsibility for the crisis.", "Accusation"),
        ("Armenia voiced indignation at Azerbaijan on Monday.", "Accusation"),
        ("Armenia will take aim at Russia at the meeting.", "Accusation"),
        ("Azerbaijan berated France on Monday.", "Accusation"),
        ("Azerbaijan continues to accuse Armenia.", "Accusation"),
        ("Azerbaijan excoriated the European Parliament on Monday.", "Accusation"),
        ("Azerbaijan expressed outrage at France on Monday.", "Accusation"),
        ("Azerbaijan is pointing the finger at Armenia.", "Accusation"),
        ("Azerbaijan said Armenia bears responsibility for the crisis.", "Accusation"),
        ("Azerbaijan takes aim at France again.", "Accusation"),
        ("Georgia is lashing out at the European Union.", "Accusation"),
        ("Georgia is taking aim at the European Union.", "Accusation"),
        ("Georgia lashes out at the European Union.", "Accusation"),
        ("Georgia voiced displeasure with Russia on Monday.", "Accusation"),
        ("Iran chided Azerbaijan on Monday.", "Accusation"),
        ("Iran expressed anger at Azerbaijan on Monday.", "Accusation"),
        ("Russia upbraided Armenia on Monday.", "Accusation"),
        ("Georgia and Azerbaijan reached a lease deal on Monday.", "Agreement"),
        ("A court in Baku gave Ruben Vardanyan 20 years in prison.", "Arrest"),
        ("A court in Baku gave Ruben Vardanyan a life sentence.", "Arrest"),
        ("A court in Baku gave Ruben Vardanyan a long jail term.", "Arrest"),
        ("A court in Baku handed Ruben Vardanyan a 20-year sentence.", "Arrest"),
        ("A court in Baku sent Ruben Vardanyan to prison for life in prison.", "Arrest"),
        ("A court in Tbilisi handed Saakashvili a jail term.", "Arrest"),
        ("A court in Tbilisi handed Saakashvili a prison term.", "Arrest"),
        ("Armenia asked Ukraine to extradite Ruben Vardanyan.", "Arrest"),
        ("Azerbaijan moved to detain Ruben Vardanyan at the border.", "Arrest"),
        ("Azerbaijan put Ruben Vardanyan on trial in 2025.", "Arrest"),
        ("Azerbaijani police handcuffed Ruben Vardanyan at the border.", "Arrest"),
        ("Georgian police are rounding up protesters in Tbilisi, Armenia said.", "Arrest"),
        ("Ruben Vardanyan stood trial in Baku in 2025.", "Arrest"),
        ("Ruben Vardanyan will go on trial in Baku.", "Arrest"),
        ("Ukraine approved the extradition of Ruben Vardanyan to Armenia.", "Arrest"),
        ("Armenia and Georgia agreed to increase trade.", "EconomicCooperation"),
        ("Armenia and Iran opened a transmission line on Monday.", "EconomicCooperation"),
        ("Armenia and Iran plan to double trade by 2030.", "EconomicCooperation"),
        ("Armenia wants to expand trade with Iran.", "EconomicCooperation"),
        ("Azerbaijan and Georgia discussed gas supply on Monday.", "EconomicCooperation"),
        ("Azerbaijan and Hungary reached an energy deal on Monday.", "EconomicCooperation"),
        ("Azerbaijan and Syria reached a gas agreement on Monday.", "EconomicCooperation"),
        ("Azerbaijan exports gas to Georgia.", "EconomicCooperation"),
        ("Azerbaijan exports oil to Israel.", "EconomicCooperation"),
        ("Azerbaijan will pump more gas to Turkey.", "EconomicCooperation"),
        ("Azerbaijan will supply more gas to Georgia.", "EconomicCooperation"),
        ("Georgia and Romania will lay a power cable.", "EconomicCooperation"),
        ("Georgia resumed electricity supplies to Armenia on Monday.", "EconomicCooperation"),
        ("The trade volume of Azerbaijan and Turkey grew in 2023.", "EconomicCooperation"),
        ("Georgia's parliamentary race ended on Saturday.", "Election"),
        ("Georgian Dream claimed a landslide victory in Georgia.", "Election"),
        ("Georgian Dream claimed a landslide win in Georgia.", "Election"),
        ("Georgians stuffed ballot boxes in Georgia, Russia said.", "Election"),
        ("Ilham Aliyev secured a fifth term as president of Azerbaijan.", "Election"),
        ("Ilham Aliyev wins a fifth term as president of Azerbaijan.", "Election"),
        ("Salome Zourabichvili won the presidency of Georgia in 2018.", "Election"),
        ("Salome Zourabichvili won the presidential ballot in Georgia in 2018.", "Election"),
        ("Ilham Aliyev and Pashinyan had an informal conversation in Prague.", "Meeting"),
        ("Ilham Aliyev and Pashinyan held a short conversation in Granada.", "Meeting"),
        ("Ilham Aliyev and Pashinyan talked one-on-one in Washington on Friday.", "Meeting"),
        ("Pashinyan had an audience with the Pope in 2024, Armenia said.", "Meeting"),
        ("Armenia and France signed a contract for ammunition.", "MilitaryAgreement"),
        ("Armenia and France signed a contract for missiles.", "MilitaryAgreement"),
        ("Armenia and France signed a contract on defense.", "MilitaryAgreement"),
        ("Armenia and France signed a defense deal on Monday.", "MilitaryAgreement"),
        ("Armenia and India signed a contract for armored vehicles.", "MilitaryAgreement"),
        ("Armenia and India signed a defense contract on Monday.", "MilitaryAgreement"),
        ("Armenia and Russia signed a contract on air defense.", "MilitaryAgreement"),
        ("Armenia and the United States signed an agreement on missiles.", "MilitaryAgreement"),
        ("Azerbaijan and Israel signed military contracts on Monday.", "MilitaryAgreement"),
        ("Azerbaijan and Pakistan reached arms accords on Monday.", "MilitaryAgreement"),
        ("Azerbaijan and Pakistan signed a contract for warplanes.", "MilitaryAgreement"),
        ("Armenia plans to buy arms from France.", "MilitaryCooperation"),
        ("Armenia received weapons from India.", "MilitaryCooperation"),
        ("Azerbaijan acquired weapons from Israel.", "MilitaryCooperation"),
        ("France approved arms transfers to Armenia.", "MilitaryCooperation"),
        ("France will sell arms to Armenia.", "MilitaryCooperation"),
        ("India will sell weapons to Armenia.", "MilitaryCooperation"),
        ("Israel is Azerbaijan's main weapons supplier.", "MilitaryCooperation"),
        ("Russia halted weapons shipments to Armenia.", "MilitaryCooperation"),
        ("Armenia said talks broke down with Azerbaijan in 2023.", "Negotiation"),
        ("Armenia said talks stalled with Azerbaijan in 2023.", "Negotiation"),
        ("Armenia said the talks resumed with Azerbaijan in Moscow on Monday.", "Negotiation"),
        ("Azerbaijan said talks collapsed with Armenia in 2023.", "Negotiation"),
        ("Russia is mediating between Armenia and Azerbaijan.", "Negotiation"),
        ("Russia offered mediation between Armenia and Azerbaijan.", "Negotiation"),
        ("Armenians held sit-ins in Yerevan against Pashinyan.", "Protest"),
        (
            "Dozens were hurt in clashes with riot police outside the Georgian parliament.",
            "Protest",
        ),
        ("Georgian opposition supporters clashed with riot police in Tbilisi.", "Protest"),
        ("Hundreds demonstrated in Yerevan against Pashinyan.", "Protest"),
        ("Hundreds demonstrated outside the Russian embassy in Tbilisi.", "Protest"),
        (
            "Thousands marched through the city of Tbilisi against the Georgian government.",
            "Protest",
        ),
        ("Azerbaijan announced an airspace closure for Armenian flights.", "Sanction"),
        ("Azerbaijan ordered the closure of its airspace to Armenian flights.", "Sanction"),
        ("Russia announced restrictions on some imports from Armenia.", "Sanction"),
        ("Russia bars all imports of Georgian wine.", "Sanction"),
        ("Russia bars imports of Georgian wine.", "Sanction"),
        ("Russia curbed some imports of Armenian flowers.", "Sanction"),
        ("Russia imposed entry restrictions on Georgian officials.", "Sanction"),
        ("Russia imposed import curbs on Armenian flowers.", "Sanction"),
        ("Russia restricted all imports of Georgian wine in 2006.", "Sanction"),
        ("Russia stopped all imports of Georgian wine in 2006.", "Sanction"),
        ("Russia will ban all imports of Armenian flowers.", "Sanction"),
        ("Russia will ban imports of Armenian flowers.", "Sanction"),
        ("Russia will stop all imports of Armenian flowers.", "Sanction"),
        ("Armenia's foreign ministry published a statement on Monday.", "Statement"),
        ("Armenia's government adopted a decision on Monday.", "Statement"),
        ("Armenia's parliament approved a statement on Monday.", "Statement"),
        ("Ilham Aliyev issued an order on the army on Monday.", "Statement"),
        ("Putin signed an executive order on Armenia on Monday.", "Statement"),
        ("Heads of government of the CIS met in Minsk on Thursday.", "Summit"),
        ("Armenia and Iran signed an agreement to cut customs duties.", "TradeAgreement"),
        ("Armenia and Iran signed an agreement to cut customs tariffs.", "TradeAgreement"),
        ("Armenia signed a treaty on joining the Eurasian Economic Union.", "TradeAgreement"),
        ("Armenia signed an agreement on the customs union with Russia.", "TradeAgreement"),
        ("Georgia and Turkey signed an agreement on duty-free shopping.", "TradeAgreement"),
    ],
)
def test_wire_wording_finds_its_kind(text: str, kind: str, dictionary: Dictionary) -> None:
    assert kind in [e.type for e in events(text, dictionary, "en", PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Putin ordered a ban on flights to Georgia.", "Sanction"),
        ("Putin ordered the withdrawal of Russian troops from Armenia.", "Withdrawal"),
    ],
)
def test_an_order_told_with_the_act_it_orders_is_that_act(
    text: str, kind: str, dictionary: Dictionary
) -> None:
    """An order is a decree (lexicon ``decrees``): no statement besides the act ordered."""
    kinds = [e.type for e in events(text, dictionary, "en", PUBLISHED)]
    assert kind in kinds
    assert "Statement" not in kinds


_WEAPONS = [
    "howitzers",
    "artillery systems",
    "artillery pieces",
    "rocket launchers",
    "air defence systems",
    "air defense systems",
    "armoured vehicles",
    "armored vehicles",
    "fighter jets",
    "ammunition",
    "radars",
]
_SALES = [
    "India supplied {} to Armenia.",
    "India will supply {} to Armenia.",
    "India sold {} to Armenia.",
    "India will sell {} to Armenia.",
    "Armenia bought {} from India.",
    "Armenia plans to buy {} from India.",
    "Armenia purchased {} from India.",
    "Armenia acquired {} from India.",
]
_DELIVERIES = ["India delivered {} to Armenia.", "India is delivering {} to Armenia."]


@pytest.mark.parametrize(
    "text",
    [s.format(w) for w in _WEAPONS for s in _SALES + _DELIVERIES]
    + [s.format(w) for w in ("drones", "missiles") for s in _SALES]
    + [f"Armenia received {w} from India." for w in _WEAPONS[:8] if not w.startswith("artillery")],
)
def test_a_weapon_system_delivered_sold_or_bought_is_military_cooperation(
    text: str, dictionary: Dictionary
) -> None:
    """Not "delivered ... drones" or "... missiles": strikes are delivered with them too."""
    assert "MilitaryCooperation" in [e.type for e in events(text, dictionary, "en", PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        f"Armenia and Azerbaijan {verb} {about} {document} in Washington on Friday."
        for verb in ("held talks", "will hold talks", "began talks")
        for about in ("on", "over")
        for article in ("a", "the")
        for document in (
            f"{article} treaty",
            f"{article} deal",
            f"{article} peace treaty",
            f"{article} peace agreement",
            f"{article} peace deal",
            "an agreement" if article == "a" else "the agreement",
        )
    ],
)
def test_talks_on_a_treaty_are_negotiations(text: str, dictionary: Dictionary) -> None:
    """Not a meeting and a peace agreement: the treaty is what the talks are about."""
    kinds = [e.type for e in events(text, dictionary, "en", PUBLISHED)]
    assert "Negotiation" in kinds
    assert "PeaceAgreement" not in kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russia used the prisoners as a bargaining chip, Armenia said.", "Negotiation"),
        ("Georgians can travel to the European Union without visas.", "StateVisit"),
        ("Voters in Armenia are angry about prices, Russia said.", "Election"),
        ("Russian troops marched through Georgia in 2008.", "Protest"),
        ("Georgia and Russia agreed to reopen the customs checkpoint.", "TradeAgreement"),
        ("A government plane carrying Azerbaijani diplomats landed in Baku.", "StateVisit"),
        ("Lavrov held talks on Monday, a day after the peace agreement was signed.", "Negotiation"),
        (
            "Azerbaijan and Armenia delivered artillery strikes on each other's positions.",
            "MilitaryCooperation",
        ),
    ],
)
def test_a_word_with_another_sense_is_no_trigger(
    text: str, kind: str, dictionary: Dictionary
) -> None:
    """The round stays narrow where a word has other senses in news: a bargaining chip,
    citizens travelling visa-free, voters' mood, troops parading, a customs checkpoint, a
    plane landing, talks dated before a treaty named later in the sentence, strikes
    delivered."""
    assert kind not in [e.type for e in events(text, dictionary, "en", PUBLISHED)]


# Events of the paragraphs the extractor still misses, and why (p12, p14 and p15 for want of a
# phrase left out for precision, the others for roles or kinds decided elsewhere).
_STILL_MISSED = {
    "p0-Meeting": "'he' opening the second sentence is not read as the person named before",
    "p1-Sanction": "'for the benefit of Russia' brings Russia in as a party",
    "p1-Accusation": "'for the benefit of Russia' brings Russia in as a party",
    "p3-Arrest": "'cross into Armenia' names where he went, yet Armenia is taken as a party",
    # since multi20 the meeting on a summit's sidelines is its own event, and the summit keeps
    # the states its phrase names, not the leaders who met beside it (the guide does not say)
    "p10-Summit": "the summit takes the states of the leaders who met on its sidelines, "
    "not the leaders",
    "p11-Summit": "leaders of three states meeting: no rule counts the states to tell a summit",
    "p12-Protest": "'marched through' is left out: troops march through towns too",
    "p14-StateVisit": "'landed in' is left out: planes land (a tuning article)",
    "p15-StateVisit": "'in X for talks' is left out: tuning gold reads a minister due in a capital "
    "for talks as a meeting only",
    "p18-Statement": "the letter's addressee is not taken as a party",
}


def _paragraph_events() -> list[Any]:
    cases = []
    for i, entry in enumerate(yaml.safe_load(PARAGRAPHS.read_text(encoding="utf-8"))):
        for expected in entry["events"]:
            key = f"p{i}-{expected['type']}"
            marks = (
                [pytest.mark.xfail(strict=True, reason=_STILL_MISSED[key])]
                if key in _STILL_MISSED
                else []
            )
            cases.append(pytest.param(entry, expected, id=key, marks=marks))
    return cases


@pytest.mark.parametrize(("entry", "expected"), _paragraph_events())
def test_unseen_style_paragraph_event_is_found(
    entry: dict[str, Any], expected: dict[str, Any], dictionary: Dictionary
) -> None:
    date = expected["date"]
    gold = Event(
        expected["type"],
        expected["type"],
        (),
        DateSpan.parse(str(date)) if date is not None else None,
        participants=tuple(expected["involved"]),
    )
    found = events(entry["text"], dictionary, "en", entry["published"])
    pairs, _, _ = match_events([gold], found)
    assert pairs, [(e.type, e.date and e.date.iso(), sorted(e.involved())) for e in found]
