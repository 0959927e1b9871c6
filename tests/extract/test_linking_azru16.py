"""Entity-linking rules of extraction round 16 (Azerbaijani and Russian slice)."""

import pytest

from kg.dictionary import Dictionary
from kg.extract.linking import link


def entities(text: str, dictionary: Dictionary, language: str) -> list[str | None]:
    return [m.entity for m in link(text, dictionary, language) if m.kind != "candidate"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # states whose armed forces' slug is no "armed-forces-of-<state>"
        ("Ночью грузинские войска вошли в город.", "ru", "defense-forces-of-georgia"),
        (
            "План предусматривает отвод российских войск.",
            "ru",
            "armed-forces-of-the-russian-federation",
        ),
        ("Иранская армия провела смотр.", "ru", "islamic-republic-of-iran-army"),
        ("Gürcüstan qoşunları geri çəkilib.", "az", "defense-forces-of-georgia"),
    ],
)
def test_a_states_troops_are_its_armed_forces(
    text: str, language: str, expected: str, dictionary: Dictionary
) -> None:
    assert expected in entities(text, dictionary, language)


def test_a_label_phrase_names_one_part(dictionary: Dictionary) -> None:
    # "forces" alone is in the labels of several Russian units: no body then
    assert "armed-forces-of-the-russian-federation" in entities(
        "Российские войска покинули город.", dictionary, "ru"
    )
    assert entities("Россия и Грузия.", dictionary, "ru") == ["russia", "georgia"]
