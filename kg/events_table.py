"""One row per event, for spreadsheets: the CSV export.

An event reported by several documents is still one row: its labels and places are joined
with " | ", and its date is the most precise one a source gives.
"""

from __future__ import annotations

import csv
import io
from typing import IO

from kg.query import rows, run
from kg.store import Store

COLUMNS = [
    "date",
    "type",
    "label",
    "actors",
    "targets",
    "participants",
    "place",
    "goldstein",
    "status",
    "source_urls",
    "quotes",
    "event",
]

EVENTS_TABLE_QUERY = """
SELECT ?event (MAX(STR(?when)) AS ?date) ?type
       (GROUP_CONCAT(DISTINCT ?name; separator=" | ") AS ?label) ?goldstein ?status
       (GROUP_CONCAT(DISTINCT ?where; separator=" | ") AS ?place)
       (GROUP_CONCAT(DISTINCT ?actorName; separator=" | ") AS ?actors)
       (GROUP_CONCAT(DISTINCT ?targetName; separator=" | ") AS ?targets)
       (GROUP_CONCAT(DISTINCT ?participantName; separator=" | ") AS ?participants)
       (GROUP_CONCAT(DISTINCT STR(?url); separator=" | ") AS ?source_urls)
       (GROUP_CONCAT(DISTINCT ?quote; separator=" | ") AS ?quotes)
WHERE {
  ?event ckg:evidence ?ev ; a ?class ; rdfs:label ?name ; ckg:goldstein ?goldstein ;
         ckg:status ?s .
  ?class rdfs:subClassOf* ckg:Event .
  BIND(STRAFTER(STR(?class), "#") AS ?type)
  BIND(STRAFTER(STR(?s), "#") AS ?status)
  ?ev ckg:quote ?quote ; prov:wasDerivedFrom ?src .
  OPTIONAL { ?src schema:url ?url }
  OPTIONAL { ?event ckg:date|ckg:startDate ?when }
  OPTIONAL { ?event ckg:place/rdfs:label ?where . FILTER(LANG(?where) = "en") }
  OPTIONAL { ?event ckg:actor/rdfs:label ?actorName . FILTER(LANG(?actorName) = "en") }
  OPTIONAL { ?event ckg:target/rdfs:label ?targetName . FILTER(LANG(?targetName) = "en") }
  OPTIONAL { ?event ckg:participant/rdfs:label ?participantName .
             FILTER(LANG(?participantName) = "en") }
}
GROUP BY ?event ?type ?goldstein ?status
ORDER BY (!BOUND(?date)) ?date ?event
"""


def write_events_csv(store: Store, handle: IO[bytes]) -> int:
    """Write the events table as UTF-8 CSV with a header; returns the number of rows."""
    table = rows(run(store, EVENTS_TABLE_QUERY))
    text = io.TextIOWrapper(handle, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in table:
        writer.writerow({c: row.get(c, "") for c in COLUMNS})
    text.flush()
    text.detach()
    return len(table)
