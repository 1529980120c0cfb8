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
from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import __version__
from desktop_app.assets import resource
from desktop_app.labels.text import fill
from desktop_app.locations import APP_NAME, log_folder
from desktop_app.store.database import open_database
from desktop_app.store.errors import DatabaseProblem
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.recent_files import forget_recent_file, remember_recent_file
from desktop_app.ui.startup_recovery import StartupRecovery
from desktop_app.ui.workspace import Workspace

log = logging.getLogger(__name__)

# The name of the launcher (packaging/linux/*.desktop) and of the icon installed with it: Wayland
# and X11 docks match a window to its launcher, and so to its icon, by this name.
DESKTOP_ID = "io.github.revsearch.RevSearch"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    if app.windowIcon().isNull():
        app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The app icon in the sizes title bars, task switchers and docks ask for, drawn from
    resources/icons/revsearch.svg. Drawn here with QSvgRenderer rather than handed to QIcon as
    a file, which would need Qt's SVG icon-engine plugin: a trimmed bundle may not carry it."""
    icon = QIcon()
    try:
        svg = resource("icons", "revsearch.svg").read_bytes()
    except OSError:
        # A missing icon must not stop anyone working; the window gets the system's default.
        log.warning("The app icon resources/icons/revsearch.svg is missing", exc_info=True)
        return icon
    renderer = QSvgRenderer(QByteArray(svg))
    for size in ICON_SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class WindowKeeper:
    """Holds the open window; File > Open replaces it with a window on the other database."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None

    def show(self, db: sqlite_utils.Database, path: Path) -> MainWindow:
        window = MainWindow(Workspace(db, path))
        window.open_requested.connect(self.open)
        window.reopen_requested.connect(self.reopen)
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

    def reopen(self, path: Path, message: str) -> None:
        """A new window on the same file, after a restore replaced what the old one showed;
        `message` goes to its status bar."""
        try:
            db = open_database(path)
        except DatabaseProblem as exc:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("WindowKeeper", "Cannot open this database"),
                exc.message,
            )
            return
        window = self.show(db, path)
        if message:
            window.statusBar().showMessage(message, 20_000)


def run_app(db_path: Path, *, smoke: bool = False) -> int:
    """Opens the database and shows the main window; with `smoke`, runs the event loop once
    and returns 0, the start-up check used by CI and the packaged app."""
    # The database first: a refused file is then reported even where Qt cannot start.
    recovered = ""
    try:
        db = open_database(db_path)
    except DatabaseProblem:
        if smoke:
            raise
        application()
        # Explains, and offers the latest backup, another file or quitting.
        startup = StartupRecovery(db_path)
        opened = startup.open()
        if opened is None:
            return 2
        (db, db_path), recovered = opened, startup.message
    app = application()
    sys.excepthook = report_bug
    keeper = WindowKeeper()
    window = keeper.show(db, db_path)
    window.take_daily_backup()  # the first start of each day; never stops the start-up
    if recovered:
        window.statusBar().showMessage(recovered, 30_000)
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
