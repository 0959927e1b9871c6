"""The entity dictionary: integrity, breadth, scripts, and lookup by any name."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from kg import dictionary
from kg.dictionary import QID, Dictionary, entity_from_yaml
from kg.errors import InputError
from kg.model import Entity

ALL = dictionary.load()
HEAD_ROLES = {"HeadOfState", "HeadOfGovernment"}


def scripts(entity: Entity) -> set[str]:
    found = set()
    for text, _lang, _kind in entity.names():
        for ch in text:
            code = ord(ch)
            if 0x0400 <= code <= 0x04FF:
                found.add("Cyrillic")
            elif 0x0530 <= code <= 0x058F:
                found.add("Armenian")
            elif 0x10A0 <= code <= 0x10FF or 0x1C90 <= code <= 0x1CBF:
                found.add("Georgian")
            elif 0x0600 <= code <= 0x06FF:
                found.add("Arabic")
            elif ch.isalpha() and code < 0x0250:
                found.add("Latin")
    return found


def test_dictionary_has_no_integrity_problems():
    assert dictionary.check() == []


def test_dictionary_is_broad():
    assert len(ALL) >= 300
    kinds = Counter(e.type for e in ALL)
    for kind in (
        "Country",
        "Region",
        "City",
        "Person",
        "InternationalOrganisation",
        "ArmedForces",
        "GovernmentBody",
    ):
        assert kinds[kind] >= 5, kind


def test_most_entities_have_names_in_three_scripts():
    share = sum(1 for e in ALL if len(scripts(e)) >= 3) / len(ALL)
    assert share >= 0.60, f"{share:.0%} of entities have labels in three scripts"


# Heads of state or government whose Wikidata ID could not yet be verified from a retrieved
# source (a guessed ID is worse than none). The list may only shrink: the test fails when a
# leader without an ID is added, and when one of these gains an ID without leaving the list.
UNVERIFIED_LEADERS = set(
    """
abulfaz-elchibey ayaz-mutalibov samvel-shahramanyan zviad-gamsakhurdia
""".split()
)


# Defence and foreign ministers whose Wikidata ID could not yet be verified from a retrieved
# source (mostly those appointed after the retrieved office-holder lists were made). Like the
# list above, it may only shrink.
UNVERIFIED_MINISTERS = set(
    """
andrei-kozyrev hakan-fidan irakli-chikovani jean-noel-barrot josep-borrell maka-botchorishvili
marco-rubio pavel-grachev pete-hegseth samvel-babayan
""".split()
)
MINISTER_ROLES = {"MinisterOfDefence", "MinisterOfForeignAffairs"}


# States of 1918-1921, missions and transnational bodies whose Wikidata ID could not yet be
# verified from a retrieved source; like the list above, it may only shrink.
UNVERIFIED_OTHER = set(
    """
azerbaijan-democratic-republic european-union-mission-in-armenia
european-union-monitoring-mission-in-georgia interparliamentary-assembly-on-orthodoxy
osce-minsk-group
""".split()
)


def test_states_capitals_and_organisations_carry_wikidata_ids():
    capitals = {e.slug for e in ALL if e.metonym_for}
    missing = [
        e.slug
        for e in ALL
        if (
            e.type in ("Country", "DeFactoState", "InternationalOrganisation") or e.slug in capitals
        )
        and not e.wikidata
    ]
    assert missing == []


def test_leaders_without_a_verified_wikidata_id_are_only_the_known_gaps():
    leaders = [e for e in ALL if any(r.role_type in HEAD_ROLES for r in e.roles)]
    assert len(leaders) >= 60
    assert {e.slug for e in leaders if not e.wikidata} == UNVERIFIED_LEADERS


def test_ministers_without_a_verified_wikidata_id_are_only_the_known_gaps():
    ministers = [e for e in ALL if any(r.role_type in MINISTER_ROLES for r in e.roles)]
    assert len(ministers) >= 50
    assert {e.slug for e in ministers if not e.wikidata} == UNVERIFIED_MINISTERS


def test_historical_states_missions_and_bodies_without_an_id_are_only_the_known_gaps():
    kinds = ("HistoricalState", "InternationalMission", "Organisation")
    found = [e for e in ALL if e.type in kinds]
    assert len(found) >= 10
    assert {e.slug for e in found if not e.wikidata} == UNVERIFIED_OTHER


def test_wikidata_ids_are_well_formed_and_unique():
    ids = [e.wikidata for e in ALL if e.wikidata]
    assert all(QID.match(i) for i in ids)
    assert [i for i, n in Counter(ids).items() if n > 1] == []


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Nakhchivan", "nakhchivan"),
        ("Naxçıvan", "nakhchivan"),
        ("Нахичевань", "nakhchivan"),
        ("Նախիջևան", "nakhchivan"),
        ("İRAN", "iran"),
        ("Azerbaijani", "azerbaijan"),
        ("Q227", "azerbaijan"),
        ("http://www.wikidata.org/entity/Q227", "azerbaijan"),
        ("azerbaijan", "azerbaijan"),
    ],
)
def test_find_by_any_name(name, slug):
    assert slug in [e.slug for e in ALL.find(name)]


def test_capitals_stand_for_their_governments():
    assert ALL.get("baku").metonym_for == "azerbaijan"
    assert ALL.get("tehran").metonym_for == "iran"


def test_people_have_dated_roles():
    aliyev = ALL.get("ilham-aliyev")
    assert any(
        r.role_type == "HeadOfState" and r.of == "azerbaijan" and r.start for r in aliyev.roles
    )


def test_alias_claimed_by_two_entities_is_reported_unless_marked(tmp_path):
    def entry(slug, ambiguous=()):
        return (
            f"- slug: {slug}\n  type: Person\n  label: {slug.title()}\n  definition: Someone.\n"
            f"  aliases: {{en: [Aliyev]}}\n  ambiguous: {list(ambiguous)}\n"
        )

    (tmp_path / "people.yaml").write_text(entry("a-aliyev") + entry("b-aliyev"), encoding="utf-8")
    assert any("'aliyev' is claimed by" in p for p in dictionary.check(tmp_path))
    (tmp_path / "people.yaml").write_text(
        entry("a-aliyev", ["Aliyev"]) + entry("b-aliyev", ["Aliyev"]), encoding="utf-8"
    )
    assert dictionary.check(tmp_path) == []


def test_integrity_rules_catch_bad_entries(tmp_path):
    (tmp_path / "x.yaml").write_text(
        "- slug: Bad Slug\n  type: Spaceship\n  label: X\n  definition: Y.\n  wikidata: Q0\n"
        "  part_of: atlantis\n",
        encoding="utf-8",
    )
    problems = " | ".join(dictionary.check(tmp_path))
    for expected in (
        "not a lowercase kebab-case slug",
        "not an ontology class",
        "not a Wikidata ID",
        "part_of 'atlantis' is not in the dictionary",
    ):
        assert expected in problems


def test_an_entry_without_a_definition_is_refused():
    with pytest.raises(InputError, match="'definition' is required"):
        entity_from_yaml({"slug": "x", "type": "City", "label": "X"}, origin="cities.yaml")


def test_ambiguous_names_return_every_candidate():
    d = Dictionary(
        [
            Entity(
                "a",
                "Person",
                "A Aliyev",
                "One.",
                aliases={"en": ("Aliyev",)},
                ambiguous=("Aliyev",),
            ),
            Entity(
                "b",
                "Person",
                "B Aliyev",
                "Two.",
                aliases={"en": ("Aliyev",)},
                ambiguous=("Aliyev",),
            ),
        ]
    )
    assert sorted(e.slug for e in d.find("aliyev")) == ["a", "b"]


def test_names_are_keyed_by_language_codes():
    # a comma inside an unquoted label of a flow mapping ({ru: a, b c}) silently makes a new key
    code = re.compile(r"^[a-z]{2,3}$")
    bad = [
        (e.slug, key)
        for e in ALL
        for names in (e.labels, e.aliases, e.demonyms, e.metonyms)
        for key in names
        if not code.match(key)
    ]
    assert bad == []
