"""Reads started before the window exists, so starting up does not grow with the data.

Every start lists every search with its counts (the sidebar and the dashboard), which on a
file of a thousand searches and fifty thousand candidates means counting all of them: about a
hundred milliseconds of SQLite's time. The queries (store.summary_rows, which imports nothing
but the standard library) run on a thread with a read-only connection of its own from the
process's first moment, while the main thread imports and builds the window; SQLite lets go of
Python's lock while it works, so on two cores the counting is done by the time the window wants
it. Only turning the rows into summaries, a few milliseconds of Python, is left for `take`.

What it read is used only if the file is at the schema version the app opened it at (an
upgrade at start-up changes what the queries see) and nothing was committed to it since (the
database file and its write-ahead log are as they were: another window or the command line
may write between the read and the window's opening); otherwise, or if anything went wrong,
the window reads the summaries itself, as it always could.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
from pathlib import Path
from urllib.parse import quote

from desktop_app.store.summary_rows import SummaryRows, read_summary_rows

log = logging.getLogger(__name__)


class EarlySummaries:
    """Every search's summary, read on a thread from the moment this is made."""

    def __init__(self, path: Path, today: dt.date | None = None) -> None:
        self.path = Path(path)
        self.today = today or dt.date.today()
        self._version: int | None = None
        self._stamp: tuple[int, ...] | None = None
        self._rows: SummaryRows | None = None
        self._thread = threading.Thread(target=self._read, name="early-summaries", daemon=True)
        self._thread.start()

    def take(self, version: int, today: dt.date) -> list | None:
        """The summaries (a list of store.summary.SearchSummary), if they were read from the
        file at `version` for `today`; None when the caller must read them itself."""
        self._thread.join()
        if self._rows is None or self._version != version or self.today != today:
            return None
        if self._stamp != _stamp(self.path):
            return None  # committed to since: read again
        from desktop_app.store.summary import summaries_from_rows

        return summaries_from_rows(self._rows)

    def _read(self) -> None:
        if not self.path.is_file():
            return  # a first start: nothing to read yet
        try:
            uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except sqlite3.Error:
            return
        try:
            # One read transaction: the version and the summaries come from the same moment.
            before = _stamp(self.path)
            conn.execute("BEGIN")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            rows = read_summary_rows(conn, self.today)
            conn.execute("COMMIT")
            if _stamp(self.path) != before:
                return  # a commit landed while reading: which state was read is unclear
        except Exception as exc:  # an old schema, a damaged file: the window reads it itself
            log.debug("Early read of %s skipped: %s", self.path, exc)
            return
        finally:
            conn.close()
        self._version, self._rows, self._stamp = version, rows, before


def _stamp(path: Path) -> tuple[int, ...]:
    """What changes when anyone commits: the size and time of the file and its -wal (a commit
    writes to the log; a checkpoint writes the file). Opening and reading change neither, but
    the first to open a cleanly closed file creates an empty -wal: empty counts as none."""
    stamp: list[int] = []
    for file in (path, Path(f"{path}-wal")):
        try:
            info = file.stat()
        except OSError:
            stamp += [0, 0]
            continue
        stamp += [info.st_size, info.st_mtime_ns] if info.st_size else [0, 0]
    return tuple(stamp)
