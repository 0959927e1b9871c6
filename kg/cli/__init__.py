"""The ``kg`` command: a thin shell over the core; every user error becomes one clean line.

Commands live in submodules by what they do; importing them registers them on ``main``.
"""

from kg.cli import analysis, exploring, extraction, pipeline, querying
from kg.cli.common import main

__all__ = ["analysis", "exploring", "extraction", "main", "pipeline", "querying"]
