"""YAML reading for untrusted data files: safe, and dates left as text for our own parser."""

from __future__ import annotations

from typing import Any

import yaml


class _TextDatesLoader(yaml.SafeLoader):
    """SafeLoader that keeps ``2023-02-30`` as a string instead of failing inside PyYAML."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(text: str) -> Any:
    """Parse YAML safely (no object construction); dates stay strings.

    >>> load_yaml("published: 2024-07-15")
    {'published': '2024-07-15'}
    """
    return yaml.load(text, Loader=_TextDatesLoader)
