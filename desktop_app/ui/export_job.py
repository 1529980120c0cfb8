"""Runs an export on a worker thread, so a long portfolio PDF never freezes the window: progress
comes back as signals, and Cancel stops it between searches or pages with nothing written."""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop_app.labels.language import allow_thread_languages, current_language
from desktop_app.reports.content import ExportCancelled
from desktop_app.reports.export import ExportError, ExportRequest, export_report
from desktop_app.reports.export_messages import export_error_text
from desktop_app.store.database import open_reader
from desktop_app.store.errors import DatabaseProblem
from desktop_app.ui.edits import explain_failure

log = logging.getLogger(__name__)


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(list)  # the files written, as Paths
    failed = Signal(str)
    was_cancelled = Signal()

    def __init__(self, db_path: Path, request: ExportRequest, stop: threading.Event) -> None:
        super().__init__()
        self._db_path = db_path
        self._request = request
        self._stop = stop

    @Slot()
    def run(self) -> None:
        # What goes wrong is said here, outside the report's language: in the window's.
        # Its own read-only connection: SQLite connections stay on the thread that made them,
        # and the window keeps its own for editing meanwhile.
        try:
            db = open_reader(self._db_path)
        except (sqlite3.Error, DatabaseProblem, OSError) as exc:
            self.failed.emit(explain_failure(exc, reading=True))
            return
        except Exception as exc:  # reported to the person; an exception must not escape into Qt
            log.exception("Export could not open the database")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        try:
            written = export_report(
                db, self._request, progress=self.progressed.emit, cancelled=self._stop.is_set
            )
        except ExportCancelled:
            self.was_cancelled.emit()
        except ExportError as exc:
            self.failed.emit(export_error_text(exc))
        except (sqlite3.Error, DatabaseProblem, OSError) as exc:  # the file, not the export
            log.warning("Export failed reading the database: %s", exc)
            self.failed.emit(explain_failure(exc, reading=True))
        except Exception as exc:  # a bug: logged, and explained without a traceback
            log.exception("Export failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(written)
        finally:
            db.close()


class ExportJob(QObject):
    """One export in the background. Connect the signals, then start()."""

    progressed = Signal(int, int)  # done, total
    finished = Signal(list)  # the files written
    failed = Signal(str)  # what went wrong, in a sentence
    cancelled = Signal()

    def __init__(self, db_path: Path, request: ExportRequest, parent: QObject | None = None):
        super().__init__(parent)
        self.request = request
        self._stop = threading.Event()
        self._abandoned = False  # the window closed: nothing is reported any more
        self._thread = QThread(self)
        self._worker = _Worker(db_path, request, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.succeeded.connect(self._done)
        self._worker.failed.connect(self._failed)
        self._worker.was_cancelled.connect(self._cancelled)

    def start(self) -> None:
        if self.request.language not in (None, current_language()):
            # The report in another language than the window's: the worker thread alone
            # speaks it, through a translator installed here, on the window's thread.
            allow_thread_languages()
        self._thread.start()

    def cancel(self) -> None:
        """Asks the export to stop; `cancelled` follows once it has, with nothing written."""
        self._stop.set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def abandon(self) -> None:
        """The window is closing: stop the export, wait for the worker, and report nothing
        more (a "Report saved" box must not appear over a closed window)."""
        self._abandoned = True
        self._stop.set()
        self._thread.quit()
        self._thread.wait()

    def _finish_thread(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def _done(self, written: list) -> None:
        self._finish_thread()
        if not self._abandoned:
            self.finished.emit([Path(p) for p in written])

    def _failed(self, message: str) -> None:
        self._finish_thread()
        if not self._abandoned:
            self.failed.emit(message)

    def _cancelled(self) -> None:
        self._finish_thread()
        if not self._abandoned:
            self.cancelled.emit()
