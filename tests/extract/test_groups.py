import datetime as dt

from kg.dictionary import Dictionary
from kg.extract.groups import finder, main_parties
from kg.extract.mention import Mention
from kg.extract.pipeline import extract
from kg.extract.sentences import Sentence
from kg.extract.textmap import FoldedText
from kg.model import Source


def named(*slugs: str) -> list[Mention]:
    return [Mention(i * 10, i * 10 + 4, s, s, "name") for i, s in enumerate(slugs)]


def test_main_parties_are_the_two_states_named_most(dictionary: Dictionary) -> None:
    earlier = named("iran", "azerbaijan", "iran", "russia", "azerbaijan", "iran")
    assert main_parties(earlier, dictionary, None, people=False) == ["iran", "azerbaijan"]
    assert main_parties(named("iran"), dictionary, None, people=False) == []


def test_officials_count_for_their_state(dictionary: Dictionary) -> None:
    earlier = named("ilham-aliyev", "ebrahim-raisi", "turkey")
    when = dt.date(2023, 1, 1)
    assert main_parties(earlier, dictionary, when, people=False) == ["azerbaijan", "iran"]
    # With no date only roles still held count: Raisi's presidency has ended.
    assert main_parties(earlier, dictionary, None, people=False) == ["azerbaijan", "turkey"]


def test_group_phrases_in_each_language(dictionary: Dictionary) -> None:
    earlier = named("armenia", "azerbaijan")
    for language, text in (
        ("en", "The two countries met."),
        ("az", "İki ölkə görüşüb."),
        ("ru", "Обе страны встретились."),
    ):
        sentence = Sentence(100, 100 + len(text), text)
        folded = FoldedText.of(text)
        found = finder(language).mentions(sentence, folded, None, earlier, dictionary, None)
        assert {m.entity for m in found} == {"armenia", "azerbaijan"}, language
        assert all(m.kind == "group" for m in found)


def test_a_counted_group_is_that_many_parties(dictionary: Dictionary) -> None:
    for text, language in (
        (
            "Azerbaijan, Georgia and Turkey opened the line. "
            "The three governments signed an agreement in 2007.",
            "en",
        ),
        (
            "Азербайджан, Грузия и Турция открыли дорогу. "
            "Три страны подписали соглашение в 2007 году.",
            "ru",
        ),
        (
            "Azərbaycan, Gürcüstan və Türkiyə yolu açıb. Üç ölkə 2007-ci ildə saziş imzalayıb.",
            "az",
        ),
    ):
        source = Source("doc", text, "t", language, "sha256:0")
        (deal,) = [e for e in extract(source, dictionary).events if e.type == "Agreement"]
        assert set(deal.involved()) == {"azerbaijan", "georgia", "turkey"}, language


def test_a_lead_group_of_states_looks_ahead(dictionary: Dictionary) -> None:
    text = (
        "The three governments signed an agreement in Tbilisi on 7 February 2007. "
        "Azerbaijan, Georgia and Turkey will build the line together."
    )
    source = Source("doc", text, "t", "en", "sha256:0")
    (deal,) = [e for e in extract(source, dictionary).events if e.type == "Agreement"]
    assert set(deal.involved()) == {"azerbaijan", "georgia", "turkey"}


def test_a_lead_group_of_people_does_not_look_ahead(dictionary: Dictionary) -> None:
    text = "The two leaders met. Ilham Aliyev and Nikol Pashinyan spoke later."
    sentence = Sentence(0, 20, text[:20])
    folded = FoldedText.of(text)
    later = named("ilham-aliyev", "nikol-pashinyan")
    found = finder("en").mentions(sentence, folded, (0, 20), [], dictionary, None, later)
    assert found == []


def test_a_group_is_the_parties_its_own_sentence_names_before_it(dictionary: Dictionary) -> None:
    # The document is about Armenia and Azerbaijan, but "the two countries" here are the two
    # states the sentence names just before the phrase.
    earlier = named("armenia", "azerbaijan", "armenia", "azerbaijan")
    text = "Armenia asked Russia for help under the two countries' treaty."
    sentence = Sentence(100, 100 + len(text), text)
    folded = FoldedText.of(text)
    own = [
        Mention(100, 107, "Armenia", "armenia", "name"),
        Mention(114, 120, "Russia", "russia", "name"),
    ]
    found = finder("en").mentions(sentence, folded, None, earlier, dictionary, None, own)
    assert [m.entity for m in found] == ["armenia", "russia"]
    # With three states named before it, the sentence does not say which two: the main parties.
    three = [*own, Mention(101, 102, "x", "turkey", "name")]
    found = finder("en").mentions(sentence, folded, None, earlier, dictionary, None, three)
    assert [m.entity for m in found] == ["armenia", "azerbaijan"]
