"""Which words tell which kind of event (the lexicon's trigger lists, read in context)."""

from kg.dictionary import Dictionary
from kg.extract.pipeline import extract
from kg.model import Source


def kinds(text: str, dictionary: Dictionary, language: str = "en") -> list[str]:
    source = Source("doc", text, "t", language, "sha256:0")
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
