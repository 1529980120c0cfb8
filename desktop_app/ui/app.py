"""Starting the desktop app: the database, the QApplication, the main window and the crash
handler."""

from __future__ import annotations

import logging
import platform
import sqlite3
import sys
import traceback
from pathlib import Path
from types import TracebackType

import sqlite_utils
from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import __version__
from desktop_app.assets import resource
from desktop_app.labels.language import Translation, chosen_language
from desktop_app.labels.store_messages import problem_text
from desktop_app.labels.text import fill
from desktop_app.locations import APP_NAME, log_folder
from desktop_app.store.backup import BackupInfo
from desktop_app.store.database import open_database
from desktop_app.store.early_reads import EarlySummaries
from desktop_app.store.errors import CorruptDatabase, DatabaseProblem
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.recent_files import forget_recent_file, remember_recent_file
from desktop_app.ui.startup_recovery import Choice, StartupRecovery
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


# Exit code of a start that ends because the database cannot be used (as the command line's).
EXIT_NO_DATABASE = 2


class WindowKeeper:
    """Holds the open window; File > Open replaces it with a window on the other database."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        # The window recover() closed: kept, not deleted, as the signal that asked for the
        # recovery is still on its way out of it; the next recovery (or quitting) lets it go.
        self._retired: MainWindow | None = None

    def show(
        self, db: sqlite_utils.Database, path: Path, early: EarlySummaries | None = None
    ) -> MainWindow:
        workspace = Workspace(db, path)
        if early is not None and early.path == path:
            workspace.use_early_summaries(early)
        try:
            window = MainWindow(workspace)
        except BaseException:
            workspace.close()  # nothing half-built keeps the file open
            raise
        window.open_requested.connect(self.open)
        window.reopen_requested.connect(self.reopen)
        window.recovery_requested.connect(self.recover)
        remember_recent_file(window.settings, path)
        previous, self.window = self.window, window
        window.show()
        if previous is not None:
            previous.close()
        return window

    def start(
        self,
        path: Path,
        db: sqlite_utils.Database | None = None,
        problem: DatabaseProblem | None = None,
        message: str = "",
        early: EarlySummaries | None = None,
    ) -> MainWindow | None:
        """The first window: on `db` when it opened, else through the start-up recovery
        (`problem` says what was wrong). A damaged page met while the window reads what it
        shows is treated the same way: the file is closed and the recovery asks. Returns None
        when the person chose to quit."""
        while True:
            if db is None:
                startup = StartupRecovery(path)
                opened = startup.open(problem)
                if opened is None:
                    return None
                (db, path), message = opened, startup.message or message
            try:
                window = self.show(db, path, early)
            except sqlite3.DatabaseError as exc:
                log.warning("Reading %s for the window failed: %s", path, exc)
                db.close()
                db, early = None, None  # what was read early came from the damaged file
                problem = CorruptDatabase(
                    path, "{path} is damaged or unreadable ({detail}).", path=path, detail=exc
                )
                continue
            if message:
                window.statusBar().showMessage(message, 30_000)
            return window

    def stop_startup_checks(self) -> None:
        """The app quits: the work left from the start stops, as when the window closes."""
        if self.window is not None and self.window.startup_checks is not None:
            self.window.startup_checks.stop()

    def recover(self, choice: Choice, latest: BackupInfo | None) -> None:
        """The check after start-up found the window's file damaged and the person chose what
        to do: the window closes (its connection with it, so nothing more reaches the file),
        then the start-up recovery carries the choice out and a new window opens, or the
        app quits."""
        app = QApplication.instance()
        window = self.window
        assert isinstance(app, QApplication) and window is not None
        path = window.workspace.path
        quit_when_closed = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # this window goes before the next one comes
        try:
            window.close()
            self._retired, self.window = window, None
            startup = StartupRecovery(path)
            opened = startup.follow(choice, latest)
            new = None
            if opened is not None:
                (db, path), message = opened, startup.message
                new = self.start(path, db, message=message)
        finally:
            app.setQuitOnLastWindowClosed(quit_when_closed)
        if new is None:
            QApplication.exit(EXIT_NO_DATABASE)
            return
        # The file passed the full check as it opened; only the day's copy is left to make.
        new.start_startup_checks(check=False)

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
        db = self._open_or_explain(path)
        if db is not None:
            self.show(db, path)

    def _open_or_explain(self, path: Path) -> sqlite_utils.Database | None:
        """The database at `path`, or None after saying why it cannot be opened."""
        try:
            return open_database(path)
        except DatabaseProblem as exc:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("WindowKeeper", "Cannot open this database"),
                problem_text(exc),
            )
            return None

    def reopen(self, path: Path, message: str) -> None:
        """A new window on the same file, after a restore replaced what the old one showed;
        `message` goes to its status bar."""
        db = self._open_or_explain(path)
        if db is None:
            return
        window = self.show(db, path)
        if message:
            window.statusBar().showMessage(message, 20_000)


def open_for_start(db_path: Path, *, smoke: bool = False) -> sqlite_utils.Database:
    """The database as the window's start opens it: the header, the application id, the
    version and the schema are looked at before anything shows, the pages once the window is
    up (StartupChecks), as a quick_check reads every page: seconds for a large file. A file
    that needs an upgrade is checked in full first all the same. The smoke start checks in
    full before the window, as the command line does."""
    return open_database(db_path, check=smoke)


def run_app(
    db_path: Path,
    *,
    smoke: bool = False,
    early: EarlySummaries | None = None,
    language: str | None = None,
) -> int:
    """Opens the database and shows the main window; with `smoke`, runs the event loop once
    and returns 0, the start-up check used by CI and the packaged app. `early`: the list of
    searches, being read since before this module was imported (cli._start_app); `language`:
    `--lang`, for this run only (labels/language.py)."""
    # The database first: a refused file is then reported even where Qt cannot start.
    db: sqlite_utils.Database | None = None
    problem: DatabaseProblem | None = None
    try:
        db = open_for_start(db_path, smoke=smoke)
    except DatabaseProblem as exc:
        if smoke:
            raise
        problem = exc
    app = application()
    # Before any window or message box: everything they say is translated as it is made.
    translation = Translation(app, chosen_language(QSettings(), language))
    try:
        return _show_and_run(app, db_path, db, problem, smoke=smoke, early=early)
    finally:
        # Every way out: an application made again in this process (tests) starts without it.
        translation.remove()


def _show_and_run(
    app: QApplication,
    db_path: Path,
    db: sqlite_utils.Database | None,
    problem: DatabaseProblem | None,
    *,
    smoke: bool,
    early: EarlySummaries | None,
) -> int:
    sys.excepthook = report_bug
    keeper = WindowKeeper()
    # Explains a problem, and offers the latest backup, another file or quitting.
    # What was read early is of no use if the file had to be replaced or another chosen.
    window = keeper.start(db_path, db, problem, early=early if problem is None else None)
    if window is None:
        return EXIT_NO_DATABASE
    # A start that went through the recovery opened its file with the full check.
    checks = window.start_startup_checks(check=problem is None and not smoke)
    if smoke:
        # Until the work after the window shows is over: CI sees the day's copy made.
        checks.finished.connect(app.quit)
        app.exec()
        searches = window.sidebar.model.rowCount()
        print(f"RevSearch {__version__} started: {db_path} ({searches} searches).")
        window.close()
        return 0
    try:
        return app.exec()
    finally:
        keeper.stop_startup_checks()


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
