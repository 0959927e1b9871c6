from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extract.lexicon import common, lexicon, lexicons
from kg.ontology import event_types


def test_every_trigger_type_is_an_ontology_event_class() -> None:
    for lex in lexicons().values():
        assert set(lex.triggers) <= set(event_types())


def test_main_languages_cover_every_event_class() -> None:
    wanted = set(event_types()) - {"Event"}
    for language in ("en", "ru", "az"):
        assert wanted <= set(lexicon(language).triggers), language


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


def test_every_lexicon_field_can_be_read_from_yaml() -> None:
    from dataclasses import fields

    from kg.extract.lexicon import _READERS, Lexicon

    assert {str(f.type) for f in fields(Lexicon)} <= set(_READERS)
