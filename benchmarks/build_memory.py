"""What a fresh build holds per event: the merge lookup and the event states, in bytes.

A fresh build (``kg.fresh_build``) keeps two things about every event until its commit: the
merge lookup (``kg.event_index.EventIndex``) and the event states the index graph is computed
from (``kg.index.state.StateReader``, fed by ``FreshStore.add_quads``). This feeds both the
synthetic documents of ``scale.py`` exactly as the build does (match, quads, merge index,
states; no store is written), with ``tracemalloc`` on, then frees the states and the lookup
one after the other and reports what each freed, per event. What stays is bounded (caches of
nodes and day numbers, the interpreter) and does not grow with the events.

Memory only: tracemalloc slows Python several times, so no time is reported.

Usage::

    python benchmarks/build_memory.py --events 100000
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import generate  # noqa: E402
import scale  # noqa: E402


def traced() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


def measure(events: int) -> dict[str, float]:
    from kg.build import document_quads
    from kg.event_index import EventIndex
    from kg.index.state import StateReader
    from kg.index.writes import quad_facts
    from kg.namespaces import INDEX_GRAPH

    index_graph = str(INDEX_GRAPH)
    tracemalloc.start()
    start = traced()
    index, states = EventIndex(), StateReader()
    for number in range(generate.document_count(events)):
        size = min(generate.EVENTS_PER_DOCUMENT, events - number * generate.EVENTS_PER_DOCUMENT)
        facts = index.match(scale.as_facts(generate.document_at(scale.SEED, number, size)))
        quads = document_quads(facts, facts.source.content_hash)
        index.add_facts(facts)
        for graph, found in quad_facts(quads).items():  # as FreshStore.add_quads does
            if graph != index_graph:
                states.add(found)
    del facts, quads, found
    held = traced() - start
    stored = len(index)
    del states
    after_states = traced() - start
    del index
    after_index = traced() - start
    tracemalloc.stop()
    return {
        "events_given": events,
        "events_stored": stored,
        "held_mib": held / 2**20,
        "states_bytes_per_event": (held - after_states) / stored,
        "index_bytes_per_event": (after_states - after_index) / stored,
        "rest_mib": after_index / 2**20,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.events), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
