"""SPARQL pattern text that selects events by type, date window and evidence confidence.

Shared by the views (:mod:`kg.views.data`) and the network analysis (:mod:`kg.analysis`),
so both read the same events for the same filter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable


def selection_parts(
    var: str,
    *,
    type_iris: Iterable[str] = (),
    first: dt.date | None = None,
    last: dt.date | None = None,
    min_confidence: float | None = None,
) -> list[str]:
    """Pattern lines restricting ``var`` (bound to events) to the selection.

    An event is inside the window when its own interval overlaps it.

    >>> selection_parts("?e", last=dt.date(2020, 1, 1))
    ['?e ckg:earliestDate ?_from . FILTER(?_from <= "2020-01-01"^^xsd:date)']
    """
    parts = []
    iris = sorted(type_iris)
    if iris:
        parts.append(f"VALUES ?_type {{ {' '.join(f'<{i}>' for i in iris)} }} {var} a ?_type .")
    if last is not None:
        parts.append(f'{var} ckg:earliestDate ?_from . FILTER(?_from <= "{last}"^^xsd:date)')
    if first is not None:
        parts.append(f'{var} ckg:latestDate ?_to . FILTER(?_to >= "{first}"^^xsd:date)')
    if min_confidence is not None:
        parts.append(
            f"FILTER EXISTS {{ {var} ckg:evidence/ckg:confidence ?_conf . "
            f"FILTER(?_conf >= {float(min_confidence)!r}) }}"
        )
    return parts
