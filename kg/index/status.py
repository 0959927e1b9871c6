"""Whether a store's index graph is complete and of the current format.

Saved queries that read the index, the merge lookup and the analysis paths ask first: a store
with events but no complete index of this format (made before the index, before its merge keys
or class-year counts, or by an interrupted reindex) needs ``kg reindex``.
"""

from __future__ import annotations

from kg.errors import StoreError
from kg.index.compute import INDEX_FORMAT
from kg.namespaces import CKG, INDEX_GRAPH

INDEX = f"<{INDEX_GRAPH}>"
ROLES = " ".join(f"<{CKG[p]}>" for p in ("actor", "target", "participant"))
REINDEX = "run 'kg reindex' to build it"


def _ask(store: object, query: str) -> bool:
    result = store.select(query)  # type: ignore[attr-defined]
    return bool(result)


# The index is complete / the store has events / what to say when it has events but no index.
INDEX_READY_ASK = f'ASK {{ GRAPH {INDEX} {{ {INDEX} <{CKG.indexFormat}> "{INDEX_FORMAT}" }} }}'
EVENTS_ASK = f"ASK {{ VALUES ?p {{ {ROLES} }} GRAPH ?g {{ ?e ?p ?x }} }}"
MISSING_INDEX = (
    f"this store has no index graph (dyads, counters and merge keys) or one of an older "
    f"format; {REINDEX}"
)


def index_status(store: object) -> str:
    """``ready`` (complete index), ``empty`` (no events, so nothing to index yet) or ``missing``.

    An index of an older format (without merge keys, say) counts as missing.
    """
    if _ask(store, INDEX_READY_ASK):
        return "ready"
    if _ask(store, EVENTS_ASK):
        return "missing"
    return "empty"


def require_index(store: object) -> None:
    """Raise a one-line error when the store has events but no index graph."""
    if index_status(store) == "missing":
        raise StoreError(MISSING_INDEX)
