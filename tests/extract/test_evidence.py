"""Evidence of a fact read by the rules: the sentence, its offsets, the extractor, a confidence."""

from kg import __version__
from kg.extract import EXTRACTOR
from kg.extract.evidence import evidence
from kg.extract.sentences import split
from kg.model import Source


def test_evidence_quotes_the_sentence_at_its_offsets_with_a_bounded_confidence() -> None:
    source = Source("doc", "Talks began. Iran and Azerbaijan met in Baku.", "t", "en", "sha256:0")
    second = split(source.text)[1]
    found = evidence(source, second, 1.234)
    assert source.text[found.start : found.end] == found.quote == "Iran and Azerbaijan met in Baku."
    made_by = (found.source, found.extractor, found.extractor_version)
    assert made_by == ("doc", EXTRACTOR, __version__)
    assert found.confidence == 1.0
    assert evidence(source, second, -0.5).confidence == 0.0
    assert evidence(source, second, 0.4567).confidence == 0.46
