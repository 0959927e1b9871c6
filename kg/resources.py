"""Where the bundled data lives: the repository's top-level folders, or their copies in a wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """Path of a bundled top-level folder (``ontology`` or ``sources``).

    In a checkout (and an editable install) that is the folder beside ``kg/``; a wheel carries
    copies under ``kg/_bundled/``.

    >>> bundled("ontology").name
    'ontology'
    """
    for candidate in (_PACKAGE.parent / name, _PACKAGE / "_bundled" / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} is missing from this installation")
