from pathlib import Path
from typing import Any

import pytest

from kg.dictionary import Dictionary
from kg.extract.pipeline import extract
from kg.extract.sentences import Sentence
from kg.model import Source
from kg.resources import bundled
from kg.sources import read_source, source_files


def test_every_evidence_quote_is_the_source_text(dictionary: Dictionary) -> None:
    documents = source_files(bundled("sources"))
    assert documents
    checked = 0
    for path in documents:
        source = read_source(path)
        facts = extract(source, dictionary)
        for fact in (*facts.events, *facts.claims):
            for evidence in fact.evidence:
                assert source.text[evidence.start : evidence.end] == evidence.quote
                assert evidence.extractor == "kg-rules"
                assert 0.0 <= evidence.confidence <= 1.0
                checked += 1
        assert all(slug in dictionary for slug in facts.mentions)
    assert checked > 0


def test_end_to_end_article(dictionary: Dictionary, tmp_path: Path) -> None:
    article = tmp_path / "en-test.md"
    article.write_text(
        "---\ntitle: T\npublished: 2023-01-30\nlanguage: en\n---\n"
        "Azerbaijan evacuated its embassy in Tehran on January 29, 2023. "
        "Baku said Iran was responsible.\n",
        encoding="utf-8",
    )
    source = read_source(article)
    facts = extract(source, dictionary)
    assert {"azerbaijan", "iran", "tehran", "baku"} <= set(facts.mentions)
    downgrade = [e for e in facts.events if e.type == "DiplomaticDowngrade"]
    assert downgrade and downgrade[0].place == "tehran"
    assert downgrade[0].date is not None and downgrade[0].date.iso() == "2023-01-29"
    assert [c.claimant for c in facts.claims] == ["azerbaijan"]
    for event in facts.events:
        quote = event.evidence[0]
        assert source.text[quote.start : quote.end] == quote.quote


def test_extracted_facts_round_trip_through_the_reviewed_facts_format(
    dictionary: Dictionary, tmp_path: Path
) -> None:
    from kg.facts import read_facts, write_facts

    for path in source_files(bundled("sources"))[:12]:
        source = read_source(path)
        facts = extract(source, dictionary)
        out = tmp_path / f"{source.slug}.facts.yaml"
        with out.open("w", encoding="utf-8") as handle:
            write_facts(facts, handle)
        again = read_facts(out, source, dictionary)
        assert again.mentions == facts.mentions
        assert [e.type for e in again.events] == [e.type for e in facts.events]
        assert [c.claimant for c in again.claims] == [c.claimant for c in facts.claims]


def test_each_sentence_is_asked_once_whether_it_tells_when_the_one_before_was_said(
    dictionary: Dictionary, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.extract import pipeline

    asked: list[str] = []
    says_back = pipeline._says_back

    def counted(sentence: Sentence, *args: Any) -> bool:
        asked.append(sentence.text)
        return says_back(sentence, *args)

    monkeypatch.setattr(pipeline, "_says_back", counted)
    text = "Iran met Azerbaijan on 5 May 2024. Russia welcomed it on 6 May. He spoke on 7 May."
    pipeline.extract(Source("d", text, "t", "en", "sha256:0"), dictionary)
    assert len(asked) == len(set(asked)) == 3
