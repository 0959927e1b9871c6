"""A tiny hand-built store whose network answers are known in advance.

Seven entities and eight events, written with :mod:`kg.triples` into real named graphs::

    alpha --3-- bravo --2-- charlie --1-- delta        foxtrot --1-- golf
      :  (planned, not counted by default)                 (confidence 0.5)
    echo

* alpha–bravo: Meeting 2015-03-01 (+1), Agreement 2016-06 (+8),
  Attack 2016-09-09 (bravo on alpha, -9)
* bravo–charlie: Attack 2017-01-10 (-9), Shelling 2017-01-11 (-10, a subclass of Attack)
* charlie–delta: Accusation in 2018 (-2, known to the year)
* alpha–echo: a Meeting 2019-05-05 that is only planned
* foxtrot–golf: Sanction 2020-02-02 (-8), read with confidence 0.5
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.dates import DateSpan
from kg.model import Entity, Event, Evidence, Facts, Source, Status
from kg.namespaces import DICTIONARY_GRAPH, ONTOLOGY_GRAPH, source_graph
from kg.ontology import ontology_graph
from kg.store import EmbeddedStore, open_store
from kg.triples import dictionary_graph, facts_graph

ENTITIES = (
    ("alpha", "Country", "Alpha"),
    ("bravo", "Country", "Bravo"),
    ("charlie", "Country", "Charlie"),
    ("delta", "Country", "Delta"),
    ("echo", "Person", "Echo"),
    ("foxtrot", "Organisation", "Foxtrot"),
    ("golf", "Organisation", "Golf"),
)

# slug, type, date, actors, targets, participants, status, source, confidence
_EVENTS: tuple[
    tuple[str, str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...], Status, str, float], ...
] = (
    ("e1", "Meeting", "2015-03-01", (), (), ("alpha", "bravo"), Status.OCCURRED, "one", 1.0),
    ("e2", "Agreement", "2016-06", (), (), ("alpha", "bravo"), Status.OCCURRED, "one", 1.0),
    ("e3", "Attack", "2016-09-09", ("bravo",), ("alpha",), (), Status.OCCURRED, "one", 1.0),
    ("e4", "Attack", "2017-01-10", ("bravo",), ("charlie",), (), Status.OCCURRED, "two", 1.0),
    ("e5", "Shelling", "2017-01-11", ("bravo",), ("charlie",), (), Status.OCCURRED, "two", 1.0),
    ("e6", "Accusation", "2018", ("charlie",), ("delta",), (), Status.OCCURRED, "two", 1.0),
    ("e7", "Meeting", "2019-05-05", (), (), ("alpha", "echo"), Status.PLANNED, "two", 1.0),
    ("e8", "Sanction", "2020-02-02", ("foxtrot",), ("golf",), (), Status.OCCURRED, "two", 0.5),
)


def _source(slug: str) -> Source:
    return Source(
        slug=f"sample-{slug}",
        text=f"Sample document {slug}.",
        title=f"Sample {slug}",
        language="en",
        content_hash="sha256:0",
        url=f"https://example.org/{slug}",
        outlet="Example Wire",
    )


def sample_facts() -> list[Facts]:
    """The two sample documents with their events."""
    by_source: dict[str, list[Event]] = {"one": [], "two": []}
    for i, (slug, kind, date, actors, targets, parts, status, src, conf) in enumerate(_EVENTS):
        quote = f"Quote for {slug}."
        evidence = Evidence(
            f"sample-{src}", quote, i * 100, i * 100 + len(quote), "curated", "0", conf
        )
        by_source[src].append(
            Event(
                type=kind,
                label=f"{kind} {slug}",
                evidence=(evidence,),
                date=DateSpan.parse(date),
                actors=actors,
                targets=targets,
                participants=parts,
                status=status,
                slug=slug,
            )
        )
    return [Facts(_source(src), events=tuple(events)) for src, events in by_source.items()]


def build_sample(store: EmbeddedStore) -> EmbeddedStore:
    """Write the ontology, the seven entities and the two sample documents into ``store``."""
    entities = [
        Entity(slug, kind, label, f"Sample entity {label}.") for slug, kind, label in ENTITIES
    ]
    graphs = [(ONTOLOGY_GRAPH, ontology_graph()), (DICTIONARY_GRAPH, dictionary_graph(entities))]
    graphs += [(source_graph(f.source.slug), facts_graph(f)) for f in sample_facts()]
    store.replace_graphs(graphs)
    store.flush()
    return store


@contextmanager
def sample_store() -> Iterator[EmbeddedStore]:
    """A temporary store holding the sample, removed afterwards.

    >>> with sample_store() as store:
    ...     len(store.graph_names())  # ontology, dictionary, two documents, index
    5
    """
    folder = Path(tempfile.mkdtemp(prefix="kg-sample-"))
    store = open_store(folder / "kg-store", create=True)
    try:
        yield build_sample(store)
    finally:
        store.close()
        shutil.rmtree(folder, ignore_errors=True)
