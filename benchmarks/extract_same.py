"""Check: dump what the extractor gives for the bundled corpus, to compare two versions.

Writes ``kg extract`` of every bundled article (``sources/*.md``, not the held-out set) and
``kg eval sources --misses 10000`` into one text file, through the CLI in one process. Run it
from each version and ``diff`` the two files: a speed change must leave them byte-identical.

Usage::

    python benchmarks/extract_same.py OUTPUT
"""

from __future__ import annotations

import argparse
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main as cli
from kg.resources import bundled
from kg.sources import source_files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path, help="where to write the dump")
    args = parser.parse_args()
    runner = CliRunner()
    sources = bundled("sources")
    parts: list[str] = []
    for path in source_files(sources):
        result = runner.invoke(cli, ["extract", str(path)], catch_exceptions=False)
        parts.append(f"=== kg extract {path.name} (exit {result.exit_code})\n{result.output}")
    result = runner.invoke(cli, ["eval", str(sources), "--misses", "10000"])
    parts.append(f"=== kg eval sources (exit {result.exit_code})\n{result.output}")
    args.output.write_text("".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
