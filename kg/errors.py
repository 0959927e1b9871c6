"""One exception hierarchy for errors a user can act on.

The CLI turns every :class:`KgError` into a single line on stderr and a non-zero exit;
anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class: the message is shown to the user as it is, on one line."""


class InputError(KgError):
    """A document, facts file or data file that cannot be read or is malformed."""


class StoreError(KgError):
    """The store is missing, locked, corrupt or refused an operation."""


class QueryError(KgError):
    """A SPARQL query that does not parse, is refused, or failed."""


class ValidationError(KgError):
    """Data that breaks the ontology's SHACL shapes or the dictionary's rules."""
