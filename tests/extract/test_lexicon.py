from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extract.lexicon import (
    PhraseIndex,
    common,
    fold_pattern,
    lexicon,
    lexicons,
    phrase_regex,
)
from kg.ontology import event_types


def test_every_trigger_type_is_an_ontology_event_class() -> None:
    for lex in lexicons().values():
        assert set(lex.triggers) <= set(event_types())


def test_main_languages_cover_every_event_class() -> None:
    wanted = set(event_types()) - {"Event"}
    for language in ("en", "ru", "az"):
        assert wanted <= set(lexicon(language).triggers), language


def test_phrase_index_prefers_the_longest_phrase() -> None:
    index = PhraseIndex([("drills", "MilitaryExercise"), ("joint drills", "JointMilitaryExercise")])
    assert [v for _, _, v in index.find("they held joint drills")] == ["JointMilitaryExercise"]


def test_gap_and_wildcards() -> None:
    index = PhraseIndex([("signed ... agreement*", "Agreement"), ("*mayib", "neg")])
    assert [v for _, _, v in index.find("they signed a new trade agreements")] == ["Agreement"]
    assert [v for _, _, v in index.find("imzalanmayib")] == ["neg"]
    gap = PhraseIndex([("signed ... agreement", "A")])
    assert gap.find("signed agreement")
    assert not gap.find("signed one two three four five six seven agreement")


def test_patterns_are_folded_but_keep_named_groups() -> None:
    assert fold_pattern("(?P<x>Январ[ЬЯ])") == "(?P<x>январ[ья])"
    assert phrase_regex("Hücum*") == r"(?<!\w)hucum\w*(?!\w)"


def test_a_new_language_is_data_only(tmp_path: Path) -> None:
    (tmp_path / "xx.yaml").write_text(
        "language: xx\ntriggers: {Attack: [zap]}\nsuffixes: [ka]\n", encoding="utf-8"
    )
    found = lexicons(tmp_path)
    assert found["xx"].triggers == {"Attack": ("zap",)}


def test_unknown_event_type_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "xx.yaml").write_text("language: xx\ntriggers: {Party: [fun]}\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown event types"):
        lexicons(tmp_path)


def test_new_lexicon_sections_are_read(tmp_path: Path) -> None:
    (tmp_path / "xx.yaml").write_text(
        "language: xx\ntriggers: {Attack: [zap]}\narticles: false\nnaming: [dubbed]\n"
        "groups: {states: [both lands]}\ndeadline_before: [ere]\ndeadline_after: [-ka]\n",
        encoding="utf-8",
    )
    lex = lexicons(tmp_path)["xx"]
    assert (lex.articles, lex.naming, lex.groups) == (
        False,
        ("dubbed",),
        {"states": ("both lands",)},
    )
    assert (lex.deadline_before, lex.deadline_after) == (("ere",), ("-ka",))
    assert lexicon("en").articles and not lexicon("ru").articles


def test_common_rules_name_ontology_classes(tmp_path: Path) -> None:
    assert "MilitaryAgreement" in {into for _, into in common().combined}
    assert "Accusation" in common().speech_acts
    (tmp_path / "common.yaml").write_text(
        "combined: [{kinds: [Agreement, Party], into: Agreement}]\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match="unknown event types"):
        common(tmp_path)
