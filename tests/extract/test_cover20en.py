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
        ("Azerbaijan blasted the European Parliament on Thursday.", "Accusation"),
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
        ("Azerbaijan's parliament adopted an appeal to the European Parliament.", "Statement"),
        ("Ilham Aliyev sent a message to Erdogan on Monday.", "Statement"),
        ("Pashinyan appealed to the United Nations on Monday.", "Statement"),
        ("Pashinyan sent a letter to Aliyev on Wednesday.", "Statement"),
        ("Pashinyan wrote to Putin on Monday.", "Statement"),
        ("Heads of state of the CSTO met in Minsk on Thursday.", "Summit"),
        ("Armenia and Iran signed an agreement to cut tariffs.", "TradeAgreement"),
        ("Azerbaijan and Kazakhstan signed a memorandum on trade on Monday.", "TradeAgreement"),
    ],
)
def test_wire_wording_finds_its_kind(text: str, kind: str, dictionary: Dictionary) -> None:
    assert kind in [e.type for e in events(text, dictionary, "en", PUBLISHED)]


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
    "p10-Meeting": "the summit on whose sidelines they met, a finer kind, replaces the meeting",
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
