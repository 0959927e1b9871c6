"""The index graph: derived dyad links and counters, kept in step with the source graphs.

``graph/index`` holds, for every event, a ``ckg:dyad`` link to each unordered pair of the
entities it involves (in any graph) and its merge keys (class, entity and month, for the
merge lookup: :mod:`kg.index.mergekeys`), one copy of what ``events-between`` shows of it
(:mod:`kg.index.answers`), and counter nodes per dyad, per entity and per span of years
(``ontology/README.md``, "The index graph"). It is derived data: every write to the store
updates it in the same transaction (:mod:`kg.index.maintain`), a fresh bulk build
writes it whole (:mod:`kg.index.compute`), ``kg reindex`` recomputes it
(:mod:`kg.index.rebuild`), and exports leave it out.
"""
