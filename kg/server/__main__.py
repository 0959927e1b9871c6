"""The query worker entry point: ``python -m kg.server --worker STORE`` (started by the pool)."""

from __future__ import annotations

import sys

from kg.server.workers import worker_main

if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--worker":
        sys.exit(worker_main(sys.argv[2]))
    sys.exit("usage: python -m kg.server --worker STORE (started by 'kg serve')")
