"""The settings of ``kg serve``: what the endpoint can be told, with safe defaults."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ServerConfig:
    """Everything ``kg serve`` can be told; the defaults are the safe ones."""

    store: Path
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 4
    timeout: float = 10.0
    max_rows: int = 10_000
    max_body: int = 256 * 1024
    queue_wait: float = 5.0
    allow_update: bool = False
    token: str | None = None
    quiet: bool = False
    lock_store: bool = True
