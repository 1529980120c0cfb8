"""Keeping the data safe from the window: the daily copy and the page check at start-up (on a
worker thread once the window shows, and what to do when the check finds damage), File > Back
up now, File > Restore from backup, the read-only state, Edit > Undo and Redo that survive a
full disk, and re-reading what another process changed when the app comes back to the front.
Mixed into the main window, which provides the workspace, the status bar and the
`reopen_requested` signal."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop_app.labels.text import fill, format_moment
from desktop_app.store import backup, recovery
from desktop_app.store.backup import BackupInfo
from desktop_app.store.errors import CorruptDatabase, DatabaseProblem
from desktop_app.ui.colours import WARNING_RED
from desktop_app.ui.edits import explain_failure, run_edit
from desktop_app.ui.startup_checks import StartupChecks
from desktop_app.ui.startup_recovery import Choice, ProblemBox
from desktop_app.ui.workspace import Workspace

if TYPE_CHECKING:
    # Imported where used: a window that can be written, with no restore asked for, never
    # needs them, and every module put off makes starting quicker.
    from desktop_app.ui.read_only_banner import ReadOnlyBanner

log = logging.getLogger(__name__)

# Long enough to read a path; the next message replaces it anyway.
_LONG_MESSAGE_MS = 15_000


class BackupCommands:
    workspace: Workspace  # provided by the main window
    read_only_banner: ReadOnlyBanner | None = None
    startup_checks: StartupChecks | None = None
    damage: CorruptDatabase | None = None  # what the check after start-up found
    # After damage was found: the person's Choice and the latest healthy BackupInfo (or None).
    # The app closes this window, then carries it out as the start-up recovery would.
    recovery_requested = Signal(object, object)

    # --- start-up --------------------------------------------------------------------------

    def take_daily_backup(self, today: dt.date | None = None) -> None:
        """The first start of each day copies the database to the backups folder. A failure
        is logged and said in the status bar; it never stops anyone working. (At start-up
        the copy runs in the background: start_startup_checks.)"""
        if self.workspace.read_only:
            return  # nothing can change through this window, so there is nothing to keep
        try:
            copy = backup.daily_backup(self.workspace.path, today or dt.date.today())
        except (DatabaseProblem, sqlite3.Error, OSError) as exc:
            self._daily_backup_failed(exc)
            return
        self._daily_backup_made(copy)

    def start_startup_checks(
        self, *, check: bool, back_up: bool = True, today: dt.date | None = None
    ) -> StartupChecks:
        """Once the window shows: the page check the start left out (`check`), then the
        first start of the day's copy (`back_up`), on a worker thread. Damage found turns the
        window read-only and asks what to do; a failed copy is said in the status bar."""
        jobs = StartupChecks(
            self.workspace.path,
            check=check,
            back_up=back_up and not self.workspace.read_only,
            today=today,
            parent=self,
        )
        jobs.damaged.connect(self.damage_found)
        jobs.backup_made.connect(self._daily_backup_made)
        jobs.backup_failed.connect(self._daily_backup_failed)
        self.startup_checks = jobs
        jobs.start()
        return jobs

    def _daily_backup_made(self, copy: Path | None) -> None:
        if copy is not None:
            log.info("Daily backup of %s written to %s", self.workspace.path, copy)

    def _daily_backup_failed(self, exc: BaseException) -> None:
        log.warning("The daily backup of %s failed: %s", self.workspace.path, exc)
        self.statusBar().showMessage(
            fill(self.tr("Today's backup could not be made: %1"), explain_failure(exc)),
            _LONG_MESSAGE_MS,
        )

    def show_read_only_state(self) -> None:
        """A file that cannot be written: a banner over the window says so, and the buttons
        that create things are off (the views turn off their own edit controls)."""
        if not self.workspace.read_only or self.read_only_banner is not None:
            return
        from desktop_app.ui.read_only_banner import ReadOnlyBanner

        self.read_only_banner = ReadOnlyBanner()
        content = self.takeCentralWidget()
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(content, 1)
        self.setCentralWidget(holder)
        for button in (
            self.sidebar.new_button,
            self.welcome.create_button,
            self.welcome.sample_button,
        ):
            button.setEnabled(False)
        self.restore_action.setEnabled(False)

    # --- damage found after start-up ---------------------------------------------------------

    def damage_found(self, problem: CorruptDatabase) -> None:
        """The check after start-up found damage: nothing more is written to the file, the
        window says so, and the person chooses as at start-up (restore the latest backup,
        open another file, quit) or keeps looking."""
        if self.damage is not None:
            return
        log.warning("The check after start-up found damage: %s", problem.message)
        self.damage = problem
        self.show_damaged_state()
        self.offer_recovery()

    def show_damaged_state(self) -> None:
        """Read-only from now on, as a read-only file is: edits are refused with a message and
        write nothing, the banner says why and offers the way on, the buttons are off."""
        self.workspace.refuse_edits(
            self.tr(
                "RevSearch found damage in this database and saves nothing more into it. "
                "Restore the latest backup, or open another file."
            ),
            self.current_search_id() or "",
        )
        self.show_read_only_state()
        banner = self.read_only_banner
        assert banner is not None
        banner.label.setText(
            self.tr(
                "<b>This database is damaged:</b> part of it cannot be read, so RevSearch saves "
                "nothing more into it. You can look, but not change anything."
            )
        )
        banner.show_action(self.tr("Restore or open another file…"), self.offer_recovery)
        status = QLabel(self.tr("Damaged: changes cannot be saved"))
        status.setObjectName("damagedLabel")
        status.setStyleSheet(f"color: {WARNING_RED}; font-weight: bold;")
        self.statusBar().addPermanentWidget(status)
        self.back_up_action.setEnabled(False)  # a copy of a damaged file is no backup
        self._update_search_actions(self.current_search_id())

    def offer_recovery(self) -> None:
        """Asks what to do about the damage; anything but keeping the window open goes to the
        app, which closes this window first (see recovery_requested)."""
        assert self.damage is not None
        latest = recovery.latest_healthy_backup(self.workspace.path)
        choice = self.ask_about_damage(self.damage, latest)
        if choice is not Choice.KEEP_OPEN:
            self.recovery_requested.emit(choice, latest)

    def ask_about_damage(self, problem: CorruptDatabase, latest: BackupInfo | None) -> Choice:
        """The question; tests click through it."""
        box = ProblemBox(problem, latest, self, while_open=True)
        box.exec()
        choice = box.choice()
        box.deleteLater()
        return choice

    # --- File > Back up now ------------------------------------------------------------------

    def back_up_now(self) -> None:
        try:
            copy = backup.backup_now(self.workspace.path)
        except (DatabaseProblem, sqlite3.Error, OSError) as exc:
            log.warning("Back up now failed: %s", exc)
            QMessageBox.warning(
                self,
                self.tr("Could not back up"),
                fill(self.tr("The backup could not be made.\n\n%1"), explain_failure(exc)),
            )
            return
        self.statusBar().showMessage(fill(self.tr("Backed up to %1"), copy), _LONG_MESSAGE_MS)

    # --- File > Restore from backup ----------------------------------------------------------

    def restore_from_backup(self) -> None:
        if self.workspace.read_only:
            return
        path = self.workspace.path
        from desktop_app.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(backup.list_backups(path), backup.backups_folder(path), self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen()
        dialog.deleteLater()
        if not accepted or chosen is None or not self.confirm_restore(chosen):
            return
        # Evidence typed a moment ago belongs to the data being replaced, in the copy kept.
        if self._search_page is not None:
            self._search_page.save_pending()
        try:
            kept = recovery.restore_backup(chosen.path, path)
        except (DatabaseProblem, sqlite3.Error, OSError) as exc:
            log.warning("Restoring %s failed: %s", chosen.path, exc)
            QMessageBox.warning(
                self,
                self.tr("Could not restore the backup"),
                fill(
                    self.tr("Nothing was changed: the backup could not be restored.\n\n%1"),
                    explain_failure(exc),
                ),
            )
            return
        log.info("Restored %s into %s; the replaced file is %s", chosen.path, path, kept)
        message = fill(
            self.tr("Restored the backup from %1. The data it replaced was kept as %2."),
            format_moment(chosen.taken_at),
            kept.name if kept else "-",
        )
        # A fresh window on the restored file: it may be an older version that needs its
        # upgrade, and the undo history belongs to the data that was replaced.
        self.reopen_requested.emit(path, message)

    def confirm_restore(self, chosen: BackupInfo) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore this backup?"),
            fill(
                self.tr("Go back to the backup from %1?"),
                format_moment(chosen.taken_at),
            ),
            parent=self,
        )
        box.setInformativeText(
            self.tr(
                "Changes made since then are replaced. Your current data is kept as a backup "
                "first, so you can restore it later. Edit > Undo cannot take a restore back."
            )
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    # --- Edit > Undo and Redo ----------------------------------------------------------------

    def undo_edit(self) -> None:
        stack = self.workspace.undo_stack
        if run_edit(self, self.tr("Could not undo"), self.workspace.undo):
            self._say(fill(self.tr("Undone: %1"), stack.redoText()))

    def redo_edit(self) -> None:
        stack = self.workspace.undo_stack
        if run_edit(self, self.tr("Could not redo"), self.workspace.redo):
            self._say(fill(self.tr("Redone: %1"), stack.undoText()))

    # --- another process ---------------------------------------------------------------------

    def watch_for_outside_changes(self) -> None:
        """Re-reads when the app comes back to the front: another RevSearch window or the
        command line may have changed the file meanwhile."""
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._application_state_changed)

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_for_outside_changes()

    def check_for_outside_changes(self) -> bool:
        # The workspace's `changed` signals make every view, and the window, re-read.
        if not self.workspace.reload_if_changed_elsewhere():
            return False
        self.statusBar().showMessage(
            self.tr("Showing changes saved by another RevSearch window. Undo starts afresh."),
            _LONG_MESSAGE_MS,
        )
        return True
