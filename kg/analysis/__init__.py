"""Network analysis of the knowledge graph with networkx.

* :mod:`kg.analysis.projection` reads the actor graph and the actor–event graph from the
  store, aggregating in SPARQL;
* :mod:`kg.analysis.centrality` ranks actors and finds communities;
* :mod:`kg.analysis.paths` explains how two entities are connected, hop by hop;
* :mod:`kg.analysis.dyads` follows cooperation and conflict between pairs over time;
* :mod:`kg.analysis.sparql` holds the event filters and query helpers they share;
* :mod:`kg.analysis.sample` builds a tiny store whose answers are known, for examples and tests.
"""

from __future__ import annotations

from kg.analysis.centrality import ActorScore, Community, StatsSummary, stats_summary
from kg.analysis.dyads import DyadPeriod, PartnerScore, dyad_trend, partner_ranking
from kg.analysis.paths import Hop, HopEvent, PathExplanation, explain_paths
from kg.analysis.projection import actor_graph, bipartite_graph, write_gexf, write_graphml
from kg.analysis.sparql import EventFilter

__all__ = [
    "ActorScore",
    "Community",
    "DyadPeriod",
    "EventFilter",
    "Hop",
    "HopEvent",
    "PartnerScore",
    "PathExplanation",
    "StatsSummary",
    "actor_graph",
    "bipartite_graph",
    "dyad_trend",
    "explain_paths",
    "partner_ranking",
    "stats_summary",
    "write_gexf",
    "write_graphml",
]
