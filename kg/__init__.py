"""caucasus-kg: a knowledge graph of relations in the South Caucasus.

Pipeline: source documents (:mod:`kg.sources`) -> facts (:mod:`kg.facts`, :mod:`kg.model`)
-> RDF (:mod:`kg.triples`) -> store (:mod:`kg.store`) -> query, views, analysis, export.
"""

__version__ = "0.1.0"
