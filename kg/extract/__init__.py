"""Rule-based extraction: sentences, entity links, dates, events and claims from a document.

Everything is offline and driven by data: the entity dictionary (``ontology/entities``) and
the language lexicons in ``kg/extract/lexicon/<lang>.yaml``. Entry point:
:func:`kg.extract.pipeline.extract`.
"""

EXTRACTOR = "kg-rules"
