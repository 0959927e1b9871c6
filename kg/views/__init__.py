"""HTML views of the graph that work opened from disk, with no network.

:mod:`kg.views.graph` (overview, focus, pair, query graphs), :mod:`kg.views.network` (nodes,
edges and facts of a drawn graph), :mod:`kg.views.relations` (relation rows, trend and their
table/CSV/JSON forms), :mod:`kg.views.timeline` (the relation timeline page),
:mod:`kg.views.data` (reading and filtering events), :mod:`kg.views.entities` (entity labels,
classes and names), :mod:`kg.views.sparql` (query helpers), :mod:`kg.views.layout` (positions
computed in Python), :mod:`kg.views.html` (the page).
"""
