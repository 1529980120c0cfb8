"""Backups from the window: a daily copy at start-up, File > Back up now, and File > Restore from
backup, which lists the copies, asks first, keeps the current data and reopens the window on the
restored file with a fresh undo history."""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys

import pytest
from candidates_helpers import answer, when_modal
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.sample_data import add_sample_data
from desktop_app.store import backup
from desktop_app.store.backup import BackupKind
from desktop_app.store.database import open_database
from desktop_app.store.migrations import shipped_migrations
from desktop_app.ui.app import WindowKeeper, run_app
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.restore_dialog import RestoreDialog


@pytest.fixture(autouse=True)
def isolated_settings(qapp):
    qapp.setOrganizationName("RevSearchTests")
    qapp.setApplicationName("RevSearchTests")
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def sample_file(db_path):
    db = open_database(db_path)
    add_sample_data(db)
    db.close()
    return db_path


def titles(window: MainWindow) -> list[str]:
    return sorted(s.search.title for s in window.workspace.summaries())


def open_with_keeper(qtbot, path) -> WindowKeeper:
    keeper = WindowKeeper()
    window = keeper.show(open_database(path), path)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return keeper


def test_back_up_now_writes_a_private_copy_and_says_where(qtbot, sample_file):
    keeper = open_with_keeper(qtbot, sample_file)
    window = keeper.window
    window.back_up_action.trigger()
    [made] = backup.list_backups(sample_file)
    assert made.kind is BackupKind.MANUAL
    assert str(made.path) in window.statusBar().currentMessage()
    if os.name == "posix":
        assert stat.S_IMODE(made.path.stat().st_mode) == 0o600


def test_back_up_now_that_fails_is_explained(qtbot, sample_file, monkeypatch):
    keeper = open_with_keeper(qtbot, sample_file)
    backup.backups_folder(sample_file).write_text("a file where the folder should be")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    keeper.window.back_up_action.trigger()
    assert warnings and "could not be made" in warnings[0]


def test_restoring_a_backup_asks_keeps_the_current_data_and_reopens_the_window(
    qtbot, sample_file, screenshot, monkeypatch
):
    keeper = open_with_keeper(qtbot, sample_file)
    first = keeper.window
    first.take_daily_backup(dt.date(2026, 5, 11))
    first.back_up_action.trigger()  # the copy to go back to: all three samples
    all_three = titles(first)
    gone = first.workspace.summaries()[0].search.id
    first.workspace.delete_search(gone)  # the mistake to undo with the backup
    assert len(titles(first)) == 2 and first.workspace.undo_stack.count() == 1
    seen: dict = {}

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["question"] = box.text() + " " + box.informativeText()
        screenshot(box, "restore_confirm")
        answer(box, "Restore")

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        rows = [
            [dialog.list.topLevelItem(r).text(c) for c in range(3)]
            for r in range(dialog.list.topLevelItemCount())
        ]
        seen["rows"] = rows
        screenshot(dialog, "restore_dialog")
        assert dialog.chosen().kind is BackupKind.MANUAL  # the newest, selected already
        when_modal(confirm)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    when_modal(choose)
    first.restore_action.trigger()
    qtbot.waitUntil(lambda: keeper.window is not first)

    assert [row[1] for row in seen["rows"]] == ["Manual (Back up now)", "Daily copy"]
    assert all(row[0] and row[2] for row in seen["rows"])  # a date and a size on each
    assert "11 May 2026" in seen["rows"][1][0]
    assert "kept as a backup first" in seen["question"]
    window = keeper.window
    qtbot.addWidget(window)
    assert titles(window) == all_three
    assert window.workspace.undo_stack.count() == 0  # the history was the replaced data's
    assert not first.isVisible()
    assert "Restored the backup from" in window.statusBar().currentMessage()
    # The data it replaced, with the deletion, is one click away in the same list.
    kept = [b for b in backup.list_backups(sample_file) if b.kind is BackupKind.BEFORE_RESTORE]
    assert len(kept) == 1
    db = open_database(kept[0].path)
    try:
        assert db["searches"].count_where("id = ?", [gone]) == 0
    finally:
        db.close()


def test_cancelling_the_restore_question_changes_nothing(qtbot, sample_file):
    keeper = open_with_keeper(qtbot, sample_file)
    window = keeper.window
    window.back_up_action.trigger()
    window.workspace.delete_search(window.workspace.summaries()[0].search.id)
    before = titles(window)

    def choose(dialog: QWidget) -> None:
        when_modal(lambda box: answer(box, "Cancel"))
        dialog.restore_button.click()

    when_modal(choose)
    window.restore_action.trigger()
    assert keeper.window is window and titles(window) == before
    assert window.workspace.undo_stack.count() == 1
    assert [b.kind for b in backup.list_backups(sample_file)] == [BackupKind.MANUAL]


def test_restoring_a_backup_from_before_an_upgrade_upgrades_it_in_the_new_window(qtbot, tmp_path):
    path = tmp_path / "old.sqlite3"
    open_database(path, schema=shipped_migrations()[:1]).close()
    open_database(path).close()  # upgraded; the old version is kept
    keeper = open_with_keeper(qtbot, path)
    first = keeper.window

    def choose(dialog: QWidget) -> None:
        assert dialog.chosen().kind is BackupKind.BEFORE_UPGRADE
        when_modal(lambda box: answer(box, "Restore"))
        dialog.restore_button.click()

    when_modal(choose)
    first.restore_action.trigger()
    qtbot.waitUntil(lambda: keeper.window is not first)
    qtbot.addWidget(keeper.window)
    version = keeper.window.workspace.db.execute("PRAGMA user_version").fetchone()[0]
    assert version == len(shipped_migrations())


def test_the_dialog_with_no_backups_says_how_they_are_made(qtbot, tmp_path, screenshot):
    dialog = RestoreDialog([], tmp_path / "backups")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_label.isVisible() and not dialog.list.isVisible()
    assert not dialog.restore_button.isEnabled()
    assert "first start of each day" in dialog.empty_label.text()
    screenshot(dialog, "restore_dialog_empty")


# --- the daily copy at start-up ----------------------------------------------------------------


@pytest.fixture
def no_global_hooks(monkeypatch):
    # run_app installs the crash dialog as the process's excepthook; keep it to this test.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


@pytest.mark.usefixtures("no_global_hooks")
def test_the_first_start_of_the_day_makes_a_daily_copy_and_later_starts_do_not(sample_file):
    assert run_app(sample_file, smoke=True) == 0
    assert run_app(sample_file, smoke=True) == 0
    daily = [b for b in backup.list_backups(sample_file) if b.kind is BackupKind.DAILY]
    assert len(daily) == 1 and daily[0].taken_at.date() == dt.date.today()


@pytest.mark.usefixtures("no_global_hooks")
def test_a_failed_daily_copy_never_stops_the_start_and_is_said_in_the_status_bar(
    qtbot, sample_file
):
    backup.backups_folder(sample_file).write_text("a file where the folder should be")
    assert run_app(sample_file, smoke=True) == 0
    keeper = open_with_keeper(qtbot, sample_file)
    keeper.window.take_daily_backup()
    message = keeper.window.statusBar().currentMessage()
    assert message.startswith("Today's backup could not be made")
    assert QApplication.activeModalWidget() is None
