"""What the start-up leaves until the window shows: the page-by-page check of the database (a
quick_check reads every page, seconds for a large file) and the daily copy. Both run on one
worker thread with connections of their own, once the window has painted (so they do not
compete with its first paint), the check first: a damaged file gets no daily copy, which would
push a healthy one out of the ten kept. The answers come back as signals on the GUI thread.
Closing the window (or quitting) stops the thread and waits for it: the check is interrupted
at once, the copy between two chunks with its part-written file removed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from desktop_app.store import backup
from desktop_app.store.backup import BackupCancelled
from desktop_app.store.database import IntegrityCheck
from desktop_app.store.errors import CorruptDatabase, DatabaseProblem

log = logging.getLogger(__name__)

# If the window never paints (hidden, minimised at start), the work starts after this anyway.
START_ANYWAY_MS = 2_000
# How often stop() repeats its interrupt while it waits for the thread.
_STOP_POLL_S = 0.05


class StartupChecks(QObject):
    """One run of the start-up's background work for the window that is its parent.
    Connect the signals, then start()."""

    damaged = Signal(object)  # the CorruptDatabase the check found
    backup_made = Signal(object)  # the copy's Path, or None when today's copy existed
    backup_failed = Signal(object)  # the exception
    finished = Signal()  # after the last of the above, or with none of them

    # From the worker thread to this object's (the GUI) thread: a queued connection.
    _reported = Signal(str, object)

    def __init__(
        self,
        path: Path,
        *,
        check: bool,
        back_up: bool,
        today: dt.date | None = None,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._back_up = back_up
        self._today = today
        self._check = IntegrityCheck(self.path) if check else None
        self._stop = threading.Event()
        self._stopped = False  # stop() ran: nothing more is reported
        self._wanted = False  # start() was called: the thread starts at the first paint
        self._thread = threading.Thread(
            target=self._run, name="RevSearch start-up checks", daemon=False
        )
        self._reported.connect(self._deliver)
        # The window closing stops the work first (run_app stops it too if the app quits with
        # the window open).
        parent.installEventFilter(self)

    def start(self) -> None:
        """Starts the work just after the window's next paint (or after START_ANYWAY_MS)."""
        self._wanted = True
        QTimer.singleShot(START_ANYWAY_MS, self, self._start_now)

    def _start_now(self) -> None:
        if self._wanted and not self._stopped and self._thread.ident is None:
            self._thread.start()

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        """Stops the work, waits for the thread, and reports nothing more. A copy stopped
        half-way leaves no file behind. Safe to call more than once."""
        if self._stopped:
            return
        self._stopped = True
        self._stop.set()
        self._stop_watching()
        while self._thread.is_alive():  # never started (the window did not paint): nothing
            if self._check is not None:
                self._check.cancel()  # again each time: see IntegrityCheck.cancel
            self._thread.join(_STOP_POLL_S)

    def _stop_watching(self) -> None:
        """No more looking at the window's events once the work is over: nothing is left to
        stop, and the window may be on its way to deletion."""
        parent = self.parent()
        if parent is not None:
            parent.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        try:
            kind = event.type()
            if kind == QEvent.Type.Close:
                self.stop()
            elif kind == QEvent.Type.Paint and self._wanted and self._thread.ident is None:
                QTimer.singleShot(0, self, self._start_now)  # once this paint is done
        except Exception:  # a bug: an exception must not escape into Qt's event delivery
            log.exception("Watching the window for the start-up checks failed")
        return False

    # --- on the worker thread -------------------------------------------------------------

    def _run(self) -> None:
        try:
            if self._check is not None and not self._checked_healthy():
                return
            if self._back_up and not self._stop.is_set():
                self._daily_backup()
        except Exception:  # a bug: logged, never a crash on a thread nobody watches
            log.exception("The start-up checks of %s failed", self.path)
        finally:
            self._send("finished", None)

    def _checked_healthy(self) -> bool:
        assert self._check is not None
        try:
            passed = self._check.run()
        except CorruptDatabase as problem:
            self._send("damaged", problem)
            return False
        except DatabaseProblem as problem:
            # Busy or gone for a moment: nothing is known to be wrong with the pages, and the
            # next start checks again. The copy would fail the same way; it waits too.
            log.warning("The background check of %s could not run: %s", self.path, problem)
            return False
        if passed:
            log.info("The background check of %s found no damage", self.path)
        return passed

    def _daily_backup(self) -> None:
        try:
            copy = backup.daily_backup(
                self.path, self._today or dt.date.today(), cancelled=self._stop.is_set
            )
        except BackupCancelled:
            log.info("The daily backup of %s was stopped as the window closed", self.path)
            return
        except (DatabaseProblem, sqlite3.Error, OSError) as exc:
            self._send("backup_failed", exc)
            return
        self._send("backup_made", copy)

    def _send(self, kind: str, value: object) -> None:
        if self._stop.is_set():
            return
        with contextlib.suppress(RuntimeError):  # the window is gone already
            self._reported.emit(kind, value)

    # --- on the GUI thread -----------------------------------------------------------------

    def _deliver(self, kind: str, value: object) -> None:
        if self._stopped:
            return
        if kind == "finished":
            self._thread.join()  # it is ending: its last act was to send this
            self._stop_watching()
            self.finished.emit()
        else:
            getattr(self, kind).emit(value)
