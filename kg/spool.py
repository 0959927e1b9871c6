"""Quads spooled to N-Quads files and bulk-loaded into a store while the next file fills.

``pyoxigraph.Store.bulk_load`` of a file parses in parallel, writes sorted, compacted files
itself and releases Python's lock while it works, so Python can go on making the next quads
meanwhile; ``Store.bulk_extend`` takes its quads one Python object at a time and holds the
lock. The quads are written (``pyoxigraph.serialize``) to one of two files beside the store,
``STEM-0.nq`` and ``STEM-1.nq``: when one holds ``load_quads`` quads it is loaded in a
background thread and the other fills; at most one load runs at a time. ``bulk_load``'s
memory grows with the quads given in one call (a whole 100k-event build in one call peaked at
1.5 GiB, a million quads at about 1 GiB, half a million at about 0.5 GiB, with no loss of
speed measured), so files are loaded half a million quads at a time whatever the size of the
whole build.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

LOAD_QUADS = 500_000


class BulkSpool:
    """Quads on their way into ``db`` through N-Quads files named after ``stem``.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> db = ox.Store(str(folder / "store"))
    >>> spool = BulkSpool(db, folder / "spool")
    >>> spool.add([ox.Quad(ox.NamedNode("https://e.org/s"), ox.NamedNode("https://e.org/p"),
    ...     ox.Literal("o"), ox.NamedNode("https://e.org/g"))])
    >>> spool.finish()
    >>> len(db), sorted(p.name for p in folder.iterdir())
    (1, ['store'])
    """

    def __init__(self, db: ox.Store, stem: Path, *, load_quads: int = LOAD_QUADS) -> None:
        self._db = db
        self._stem = stem
        self._load_quads = load_quads
        remove_spool_files(stem)  # what a killed build left
        self._turn = 0
        self._file: BinaryIO | None = self._path().open("wb")
        self._count = 0
        self._loading: threading.Thread | None = None
        self._error: BaseException | None = None

    def _path(self) -> Path:
        return spool_file(self._stem, self._turn)

    def add(self, quads: list[ox.Quad]) -> None:
        """Write the quads to the file filling now; start loading it once it holds enough."""
        assert self._file is not None, "the spool is finished"
        ox.serialize(quads, self._file, format=ox.RdfFormat.N_QUADS)
        self._count += len(quads)
        if self._count >= self._load_quads:
            self._hand_over()
            self._file = self._path().open("wb")

    def _hand_over(self) -> None:
        """Load the file filled now in the background, after the load before it ends."""
        assert self._file is not None
        self._file.close()
        self._file = None
        self._wait()
        if self._count:
            self._loading = threading.Thread(
                target=self._load, args=(self._path(),), name="kg-bulk-load", daemon=True
            )
            self._loading.start()
        self._turn, self._count = 1 - self._turn, 0

    def _load(self, path: Path) -> None:
        try:
            self._db.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
        except BaseException as exc:  # handed to the writer by _wait
            self._error = exc
        finally:
            path.unlink(missing_ok=True)

    def _wait(self) -> None:
        if self._loading is not None:
            self._loading.join()
            self._loading = None
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def finish(self) -> None:
        """Load what is left and wait until every quad is in the store."""
        if self._file is not None:
            self._hand_over()
        self._wait()
        remove_spool_files(self._stem)

    def discard(self) -> None:
        """Stop: wait for a load under way (it cannot be interrupted), remove the files."""
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._loading is not None:
            self._loading.join()
            self._loading = None
        remove_spool_files(self._stem)


def spool_file(stem: Path, turn: int) -> Path:
    """The spool file of this turn (0 or 1)."""
    return stem.parent / f"{stem.name}-{turn}.nq"


def remove_spool_files(stem: Path) -> None:
    """Remove the spool files named after ``stem``."""
    for path in stem.parent.glob(f"{stem.name}-*.nq"):
        if path.name.removeprefix(f"{stem.name}-").removesuffix(".nq").isdigit():
            path.unlink(missing_ok=True)
