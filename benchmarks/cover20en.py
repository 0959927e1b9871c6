"""Event scores on the unseen-style English paragraphs of ``tests/data/cover20en.yaml``.

Usage: ``python benchmarks/cover20en.py [--misses]``. Each paragraph is extracted as a
document of its own (English, published on its date) and its events are matched to the
expected ones as ``kg eval`` matches gold (same kind, same set of involved entities, the found
date within the expected one); prints precision, recall and F1 over all paragraphs, and with
``--misses`` every expected event missed and every event found unmatched.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import yaml

from kg.dates import DateSpan
from kg.dictionary import load
from kg.extract.evaluate import match_events
from kg.extract.pipeline import extract
from kg.model import Event, Source

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "cover20en.yaml"


def expected(entry: dict) -> list[Event]:
    """The events a paragraph entry expects, as model events (every entity a participant)."""
    return [
        Event(
            e["type"],
            e["type"],
            (),
            DateSpan.parse(str(e["date"])) if e["date"] is not None else None,
            participants=tuple(e["involved"]),
        )
        for e in entry["events"]
    ]


def main(argv: list[str]) -> None:
    dictionary = load()
    paragraphs = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    matched = missed = spurious = 0
    for i, entry in enumerate(paragraphs):
        published = entry["published"]
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        source = Source(f"p{i}", entry["text"], "t", "en", "sha256:0", published=published)
        found = list(extract(source, dictionary).events)
        pairs, gone, extra = match_events(expected(entry), found)
        matched, missed, spurious = matched + len(pairs), missed + len(gone), spurious + len(extra)
        if "--misses" in argv:
            for event in gone:
                print(f"p{i} missed   {_describe(event)}")
            for event in extra:
                print(f"p{i} spurious {_describe(event)}")
    precision = matched / (matched + spurious) if matched + spurious else 0.0
    recall = matched / (matched + missed) if matched + missed else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"paragraphs {len(paragraphs)}  expected {matched + missed}  found {matched + spurious}"
        f"  matched {matched}  P/R/F1 {precision:.2f}/{recall:.2f}/{f1:.2f}"
    )


def _describe(event: Event) -> str:
    when = event.date.iso() if event.date else "undated"
    return f"{event.type} {when} {sorted(event.involved())}"


if __name__ == "__main__":
    main(sys.argv[1:])
