"""HTML views of the graph that work opened from disk, with no network.

:mod:`kg.views.graph` (overview, focus, pair, query graphs), :mod:`kg.views.relations`
(relation timelines and their table/CSV/JSON forms), :mod:`kg.views.data` (reading and filtering
events), :mod:`kg.views.layout` (positions computed in Python), :mod:`kg.views.html` (the page).
"""
