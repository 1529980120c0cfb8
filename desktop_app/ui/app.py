"""Starting the desktop app: the QApplication, the database and the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import __version__
from desktop_app.locations import APP_NAME
from desktop_app.store.database import open_database
from desktop_app.store.errors import DatabaseProblem

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


def run_app(db_path: Path, *, smoke: bool = False) -> int:
    """Opens the database and shows the main window; with `smoke`, runs the event loop once
    and returns 0, the start-up check used by CI and the packaged app."""
    from desktop_app.ui.main_window import MainWindow

    app = application()
    try:
        db = open_database(db_path)
    except DatabaseProblem as exc:
        if smoke:
            raise
        QMessageBox.critical(
            None,
            QCoreApplication.translate("run_app", "RevSearch cannot open its database"),
            exc.message,
        )
        return 2
    try:
        window = MainWindow(db, db_path)
        window.show()
        if smoke:
            QTimer.singleShot(0, app.quit)
            app.exec()
            searches = window.model.rowCount()
            print(f"RevSearch {__version__} started: {db_path} ({searches} searches).")
            return 0
        return app.exec()
    finally:
        db.close()
