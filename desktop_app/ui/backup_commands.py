"""Keeping the data safe from the window: the daily copy at start-up, File > Back up now, File >
Restore from backup, the read-only state, Edit > Undo and Redo that survive a full disk, and
re-reading what another process changed when the app comes back to the front. Mixed into the
main window, which provides the workspace, the status bar and the `reopen_requested` signal."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from desktop_app.labels.text import fill, format_moment
from desktop_app.store import backup, recovery
from desktop_app.store.backup import BackupInfo
from desktop_app.store.errors import DatabaseProblem
from desktop_app.ui.edits import explain_failure, run_edit
from desktop_app.ui.read_only_banner import ReadOnlyBanner
from desktop_app.ui.restore_dialog import RestoreDialog
from desktop_app.ui.workspace import Workspace

log = logging.getLogger(__name__)

# Long enough to read a path; the next message replaces it anyway.
_LONG_MESSAGE_MS = 15_000


class BackupCommands:
    workspace: Workspace  # provided by the main window
    read_only_banner: ReadOnlyBanner | None = None

    # --- start-up --------------------------------------------------------------------------

    def take_daily_backup(self, today: dt.date | None = None) -> None:
        """The first start of each day copies the database to the backups folder. A failure
        is logged and said in the status bar; it never stops anyone working."""
        if self.workspace.read_only:
            return  # nothing can change through this window, so there is nothing to keep
        try:
            copy = backup.daily_backup(self.workspace.path, today or dt.date.today())
        except (DatabaseProblem, sqlite3.Error, OSError) as exc:
            log.warning("The daily backup of %s failed: %s", self.workspace.path, exc)
            self.statusBar().showMessage(
                fill(self.tr("Today's backup could not be made: %1"), explain_failure(exc)),
                _LONG_MESSAGE_MS,
            )
            return
        if copy is not None:
            log.info("Daily backup of %s written to %s", self.workspace.path, copy)

    def show_read_only_state(self) -> None:
        """A file that cannot be written: a banner over the window says so, and the buttons
        that create things are off (the views turn off their own edit controls)."""
        if not self.workspace.read_only:
            return
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
        dialog = RestoreDialog(backup.list_backups(path), backup.backups_folder(path), self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen()
        dialog.deleteLater()
        if not accepted or chosen is None or not self.confirm_restore(chosen):
            return
        # Evidence typed a moment ago belongs to the data being replaced, in the copy kept.
        self.search_page.save_pending()
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
