"""When the database cannot be opened at start-up: say why in plain words and offer a way on.

A damaged file (or one whose start is damaged, so it no longer looks like a RevSearch file) can
be replaced by the newest healthy backup; the damaged file is kept aside, byte for byte, in the
backups folder. Any problem allows opening another file or quitting. A file from a newer
RevSearch is never offered a restore: it is healthy, only this version cannot read it. Nothing
here writes to the file that could not be opened.

The same choices come when the check that runs after the window shows finds damage (ui/
startup_checks.py): the window asks (ProblemBox with `while_open`), closes, and the answer is
carried out here (`StartupRecovery.follow`).
"""

from __future__ import annotations

import enum
import logging
import sqlite3
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from desktop_app.labels.store_messages import problem_text
from desktop_app.labels.text import fill, format_moment
from desktop_app.store import recovery
from desktop_app.store.backup import BackupInfo
from desktop_app.store.database import open_database
from desktop_app.store.errors import (
    CorruptDatabase,
    DatabaseProblem,
    DatabaseTooNew,
    NotRevSearchDatabase,
)
from desktop_app.ui.edits import explain_failure

log = logging.getLogger(__name__)


class Choice(enum.Enum):
    RESTORE = "restore"
    OPEN_OTHER = "open_other"
    QUIT = "quit"
    # Only when the damage was found with the window open: keep looking, changing nothing.
    KEEP_OPEN = "keep_open"


def can_restore(problem: DatabaseProblem) -> bool:
    """Damage is what a backup mends. A zeroed or overwritten start makes a damaged RevSearch
    file look like "not a RevSearch file", so that counts too: with no backups beside it,
    there is nothing to offer anyway."""
    return isinstance(problem, CorruptDatabase | NotRevSearchDatabase)


class ProblemBox(QMessageBox):
    """The question at start-up: what is wrong, what was left alone, and the ways on."""

    def __init__(
        self,
        problem: DatabaseProblem,
        latest: BackupInfo | None,
        parent: QWidget | None = None,
        *,
        while_open: bool = False,
    ) -> None:
        """`while_open`: the damage was found after the window opened, by the check that runs
        once it shows; the box adds a way to keep the window open, read-only."""
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        if while_open:
            self.setWindowTitle(
                QCoreApplication.translate(
                    "startup_recovery", "RevSearch found damage in its database"
                )
            )
            headline, explanation = _words_while_open()
        else:
            self.setWindowTitle(
                QCoreApplication.translate("startup_recovery", "RevSearch cannot open its database")
            )
            headline, explanation = _words_for(problem)
        self.setText(f"<b>{headline}</b>")
        lines = [
            explanation,
            fill(QCoreApplication.translate("startup_recovery", "The file: %1"), problem.path),
        ]
        if latest is not None:
            lines.append(
                fill(
                    QCoreApplication.translate(
                        "startup_recovery",
                        "The latest backup is from %1. Restoring it brings back your data as it "
                        "was then; the damaged file is kept aside in the backups folder.",
                    ),
                    format_moment(latest.taken_at),
                )
            )
        elif can_restore(problem):
            lines.append(
                QCoreApplication.translate(
                    "startup_recovery", "There is no backup of it to restore."
                )
            )
        self.setInformativeText("\n\n".join(lines))
        # QMessageBox sizes itself to the headline; a path and two paragraphs need more room.
        self.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 460px; }")
        self.restore_button: QPushButton | None = None
        if latest is not None:
            self.restore_button = self.addButton(
                QCoreApplication.translate("startup_recovery", "Restore the latest backup"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        self.open_button = self.addButton(
            QCoreApplication.translate("startup_recovery", "Open another file…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        self.quit_button = self.addButton(
            QCoreApplication.translate("startup_recovery", "Quit"),
            QMessageBox.ButtonRole.RejectRole,
        )
        self.keep_button: QPushButton | None = None
        if while_open:
            self.keep_button = self.addButton(
                QCoreApplication.translate("startup_recovery", "Keep looking (read-only)"),
                QMessageBox.ButtonRole.RejectRole,
            )
        self.setDefaultButton(self.restore_button or self.open_button)
        # Closing the box changes nothing: at start-up nothing is open, so that is quitting;
        # with the window open, it stays open, read-only.
        self.setEscapeButton(self.keep_button or self.quit_button)

    def choice(self) -> Choice:
        clicked = self.clickedButton()
        if clicked is not None and clicked is self.restore_button:
            return Choice.RESTORE
        if clicked is self.open_button:
            return Choice.OPEN_OTHER
        if clicked is self.quit_button or self.keep_button is None:
            return Choice.QUIT
        return Choice.KEEP_OPEN


def _words_for(problem: DatabaseProblem) -> tuple[str, str]:
    """A headline and what it means, for a person; SQLite's own words go to the log."""
    if isinstance(problem, CorruptDatabase):
        return (
            QCoreApplication.translate("startup_recovery", "Your RevSearch database is damaged."),
            QCoreApplication.translate(
                "startup_recovery",
                "Part of the file cannot be read, perhaps after a crash, a full disk or a "
                "failing drive. RevSearch has not changed it.",
            ),
        )
    if isinstance(problem, NotRevSearchDatabase):
        return (
            QCoreApplication.translate(
                "startup_recovery", "This file is not a RevSearch database."
            ),
            QCoreApplication.translate(
                "startup_recovery",
                "It is another kind of file, or its beginning is damaged. RevSearch has not "
                "changed it.",
            ),
        )
    if isinstance(problem, DatabaseTooNew):
        return (
            QCoreApplication.translate(
                "startup_recovery", "This database is from a newer version of RevSearch."
            ),
            QCoreApplication.translate(
                "startup_recovery",
                "This version cannot read it. Install the newer version to open it. RevSearch "
                "has not changed the file.",
            ),
        )
    return (
        QCoreApplication.translate("startup_recovery", "RevSearch cannot open its database."),
        problem_text(problem),
    )


def _words_while_open() -> tuple[str, str]:
    return (
        QCoreApplication.translate("startup_recovery", "Your RevSearch database is damaged."),
        QCoreApplication.translate(
            "startup_recovery",
            "Checking the file after start-up found a part that cannot be read, perhaps after "
            "a crash, a full disk or a failing drive. RevSearch saves nothing more into it: "
            "you can still look, but changes are turned off.",
        ),
    )


class StartupRecovery:
    """Opens the database at start-up, asking the person what to do while it cannot be."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.message = ""  # for the status bar once the window is up

    def open(
        self, problem: DatabaseProblem | None = None
    ) -> tuple[sqlite_utils.Database, Path] | None:
        """The open database and its path, or None if the person chose to quit. `problem`:
        what is known to be wrong with the file already (found while reading it), asked
        about before trying to open it again."""
        return self._recover(self.db_path, problem, None)

    def follow(
        self, choice: Choice, latest: BackupInfo | None
    ) -> tuple[sqlite_utils.Database, Path] | None:
        """Carries out what the person chose in the window that found the file damaged (it
        has closed the file), then goes on as at start-up; None if they chose to quit."""
        return self._recover(self.db_path, None, (choice, latest))

    def _recover(
        self,
        path: Path,
        problem: DatabaseProblem | None,
        answered: tuple[Choice, BackupInfo | None] | None,
    ) -> tuple[sqlite_utils.Database, Path] | None:
        while True:
            if answered is not None:
                (choice, latest), answered = answered, None
            else:
                if problem is None:
                    try:
                        return open_database(path), path
                    except DatabaseProblem as found:
                        problem = found
                log.warning("Cannot open %s at start-up: %s", path, problem.message)
                latest = recovery.latest_healthy_backup(path) if can_restore(problem) else None
                choice = self.ask(problem, latest)
                problem = None
            if choice in (Choice.QUIT, Choice.KEEP_OPEN):
                return None
            if choice is Choice.OPEN_OTHER:
                path = self.choose_file(path) or path
                continue
            assert latest is not None
            self._restore(latest, path)

    def _restore(self, latest: BackupInfo, path: Path) -> None:
        try:
            kept = recovery.restore_backup(latest.path, path)
        except (DatabaseProblem, sqlite3.Error, OSError) as exc:
            log.warning("Restoring %s at start-up failed: %s", latest.path, exc)
            self.tell(
                QCoreApplication.translate("startup_recovery", "The backup could not be restored"),
                fill(
                    QCoreApplication.translate("startup_recovery", "Nothing was changed.\n\n%1"),
                    explain_failure(exc),
                ),
            )
            return
        log.info("Restored %s into %s; the damaged file is kept as %s", latest.path, path, kept)
        self.message = fill(
            QCoreApplication.translate(
                "startup_recovery", "Restored the backup from %1. The damaged file was kept as %2."
            ),
            format_moment(latest.taken_at),
            kept or "-",
        )

    # What the person is asked; tests replace these to click through them.

    def ask(self, problem: DatabaseProblem, latest: BackupInfo | None) -> Choice:
        box = ProblemBox(problem, latest)
        box.exec()
        return box.choice()

    def choose_file(self, near: Path) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            None,
            QCoreApplication.translate("startup_recovery", "Open a RevSearch database"),
            str(near.parent),
            QCoreApplication.translate(
                "startup_recovery", "RevSearch databases (*.sqlite3 *.sqlite *.db);;All files (*)"
            ),
        )
        return Path(chosen) if chosen else None

    def tell(self, title: str, text: str) -> None:
        QMessageBox.warning(None, title, text)
