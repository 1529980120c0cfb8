"""Starting the desktop app: the database, the QApplication, the main window and the crash
handler."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import __version__
from desktop_app.labels.text import fill
from desktop_app.locations import APP_NAME, log_folder
from desktop_app.store.database import open_database
from desktop_app.store.errors import DatabaseProblem
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.recent_files import forget_recent_file, remember_recent_file
from desktop_app.ui.workspace import Workspace

log = logging.getLogger(__name__)


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    return app


class WindowKeeper:
    """Holds the open window; File > Open replaces it with a window on the other database."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None

    def show(self, db: sqlite_utils.Database, path: Path) -> MainWindow:
        window = MainWindow(Workspace(db, path))
        window.open_requested.connect(self.open)
        remember_recent_file(window.settings, path)
        previous, self.window = self.window, window
        window.show()
        if previous is not None:
            previous.close()
        return window

    def open(self, path: Path) -> None:
        if self.window is not None and path.resolve() == self.window.workspace.path.resolve():
            return
        if not path.is_file():
            # A moved or deleted file must not quietly come back as an empty database.
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("WindowKeeper", "Cannot open this database"),
                fill(
                    QCoreApplication.translate(
                        "WindowKeeper", "%1 no longer exists. It was removed from the recent list."
                    ),
                    path,
                ),
            )
            if self.window is not None:
                forget_recent_file(self.window.settings, path)
            return
        try:
            db = open_database(path)
        except DatabaseProblem as exc:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("WindowKeeper", "Cannot open this database"),
                exc.message,
            )
            return
        self.show(db, path)


def run_app(db_path: Path, *, smoke: bool = False) -> int:
    """Opens the database and shows the main window; with `smoke`, runs the event loop once
    and returns 0, the start-up check used by CI and the packaged app."""
    # The database first: a refused file is then reported even where Qt cannot start.
    try:
        db = open_database(db_path)
    except DatabaseProblem as exc:
        if smoke:
            raise
        application()
        QMessageBox.critical(
            None,
            QCoreApplication.translate("run_app", "RevSearch cannot open its database"),
            exc.message,
        )
        return 2
    app = application()
    sys.excepthook = report_bug
    keeper = WindowKeeper()
    window = keeper.show(db, db_path)
    if smoke:
        QTimer.singleShot(0, app.quit)
        app.exec()
        searches = window.sidebar.model.rowCount()
        print(f"RevSearch {__version__} started: {db_path} ({searches} searches).")
        window.close()
        return 0
    return app.exec()


def report_bug(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """An error nobody planned for: log it in full, tell the person in plain words, go on."""
    log.critical("Unexpected error", exc_info=(kind, error, trace))
    if QApplication.instance() is None:
        traceback.print_exception(kind, error, trace)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, "")
    box.setText(
        QCoreApplication.translate(
            "report_bug",
            "Something went wrong. Your saved work is safe; the last action may "
            "not have been completed.",
        )
    )
    box.setInformativeText(
        fill(
            QCoreApplication.translate("report_bug", "Details are in the log file in %1."),
            str(log_folder()),
        )
    )
    box.setDetailedText(
        f"RevSearch {__version__}, Python {platform.python_version()}, {platform.platform()}\n\n"
        + "".join(traceback.format_exception(kind, error, trace))
    )
    box.exec()
