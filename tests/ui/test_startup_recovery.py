"""A database that cannot be opened at start-up: the app explains in plain words and offers the
latest healthy backup, another file or quitting. The file it could not open is never changed; a
restore keeps it aside byte for byte. A file from a newer version is never offered a restore."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path

import pytest
from candidates_helpers import when_modal
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.sample_data import add_sample_data
from desktop_app.store import backup
from desktop_app.store.backup import BackupKind
from desktop_app.store.database import open_database
from desktop_app.ui import app as app_module
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.startup_recovery import Choice, ProblemBox, StartupRecovery


@pytest.fixture(autouse=True)
def isolated_settings(qapp):
    qapp.setOrganizationName("RevSearchTests")
    qapp.setApplicationName("RevSearchTests")
    QSettings().clear()
    yield
    QSettings().clear()


def make_with_backup(path: Path) -> Path:
    """A RevSearch file with the samples and a daily backup of it, then damaged in the middle:
    a page of the searches is overwritten, as a failing drive might."""
    db = open_database(path)
    add_sample_data(db)
    db.close()
    copy = backup.backup_now(path)
    damage(path)
    return copy


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2 : page * 6] = b"\xa5" * (page * 4)
    path.write_bytes(bytes(data))


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def click(button_text: str, seen: dict | None = None, shoot=None):
    """A handler for when_modal: reads the box, then clicks the button with this text."""

    def handle(box: QWidget) -> None:
        assert isinstance(box, ProblemBox)
        if seen is not None:
            seen["text"] = box.text() + "\n" + box.informativeText()
            seen["buttons"] = [b.text() for b in box.buttons() if b.isVisible() and b.text()]
        if shoot is not None:
            shoot(box)
        button = next(b for b in box.buttons() if b.text() == button_text)
        button.click()

    return handle


def test_a_damaged_file_can_be_replaced_by_the_latest_backup_and_is_kept_aside(
    qtbot, db_path, screenshot
):
    make_with_backup(db_path)
    damaged = db_path.read_bytes()
    seen: dict = {}
    when_modal(
        click("Restore the latest backup", seen, lambda box: screenshot(box, "startup_damaged"))
    )
    startup = StartupRecovery(db_path)
    opened = startup.open()
    assert opened is not None
    db, path = opened
    try:
        assert path == db_path
        assert db.execute("SELECT count(*) FROM searches").fetchone()[0] == 3
    finally:
        db.close()
    assert "Your RevSearch database is damaged." in seen["text"]
    assert "RevSearch has not changed it." in seen["text"]
    assert str(db_path) in seen["text"]
    assert "The latest backup is from" in seen["text"]
    assert set(seen["buttons"]) == {"Restore the latest backup", "Open another file…", "Quit"}
    [kept] = [b for b in backup.list_backups(db_path) if b.kind is BackupKind.DAMAGED]
    assert kept.path.read_bytes() == damaged  # byte for byte
    assert "The damaged file was kept as" in startup.message


@pytest.mark.parametrize("choice", ["Quit", "Open another file…"])
def test_a_damaged_file_is_never_modified_whatever_the_person_chooses(
    qtbot, db_path, tmp_path, choice
):
    make_with_backup(db_path)
    before = files_in(db_path.parent)
    backups_before = files_in(backup.backups_folder(db_path))
    other = tmp_path / "elsewhere" / "other.sqlite3"
    open_database(other).close()
    when_modal(click(choice))
    startup = StartupRecovery(db_path)
    startup.choose_file = lambda near: other
    opened = startup.open()
    if choice == "Quit":
        assert opened is None
    else:
        assert opened is not None and opened[1] == other
        opened[0].close()
    assert files_in(db_path.parent) == before  # no byte changed, no -wal or -shm left behind
    assert files_in(backup.backups_folder(db_path)) == backups_before


def test_a_file_from_a_newer_version_is_refused_untouched_with_no_restore_offered(
    qtbot, db_path, screenshot
):
    db = open_database(db_path)
    add_sample_data(db)
    db.close()
    backup.backup_now(db_path)  # a healthy backup exists, yet restoring is not the answer
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db_path.read_bytes()
    seen: dict = {}
    when_modal(click("Quit", seen, lambda box: screenshot(box, "startup_too_new")))
    assert StartupRecovery(db_path).open() is None
    assert "from a newer version of RevSearch" in seen["text"]
    assert "Restore the latest backup" not in seen["buttons"]
    assert "backup" not in seen["text"]
    assert db_path.read_bytes() == before


def test_without_a_healthy_backup_no_restore_is_offered_and_it_says_so(qtbot, db_path):
    copy = make_with_backup(db_path)
    damage(copy)  # the only backup is damaged too
    seen: dict = {}
    when_modal(click("Quit", seen))
    assert StartupRecovery(db_path).open() is None
    assert "There is no backup of it to restore." in seen["text"]
    assert "Restore the latest backup" not in seen["buttons"]


def test_the_box_maps_each_button_to_its_choice(qtbot, db_path):
    from desktop_app.store.errors import CorruptDatabase

    info = backup.BackupInfo(db_path, BackupKind.DAILY, dt.datetime(2026, 5, 11, 9, 30), 4096)
    box = ProblemBox(CorruptDatabase(db_path, "damaged"), info)
    qtbot.addWidget(box)
    for button, expected in (
        (box.restore_button, Choice.RESTORE),
        (box.open_button, Choice.OPEN_OTHER),
        (box.quit_button, Choice.QUIT),
    ):
        box.show()
        button.click()
        assert box.choice() is expected
    assert box.escapeButton() is box.quit_button


def test_run_app_on_a_damaged_file_restores_then_starts_with_the_news_in_the_status_bar(
    qtbot, db_path, monkeypatch
):
    make_with_backup(db_path)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown: dict = {}

    def event_loop(app) -> int:
        # Instead of running until the person quits: look at the window, then close it.
        [window] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w.workspace.path == db_path
        ]
        shown["message"] = window.statusBar().currentMessage()
        shown["searches"] = len(window.workspace.summaries())
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    when_modal(click("Restore the latest backup"))
    assert app_module.run_app(db_path) == 0
    assert shown["searches"] == 3
    assert shown["message"].startswith("Restored the backup from")


def test_run_app_exits_2_when_the_person_quits(qtbot, db_path, monkeypatch):
    make_with_backup(db_path)
    monkeypatch.setattr(StartupRecovery, "ask", lambda self, problem, latest: Choice.QUIT)
    assert app_module.run_app(db_path) == 2


def test_a_failed_restore_is_explained_and_asked_again(qtbot, db_path, monkeypatch):
    make_with_backup(db_path)
    answers = iter([Choice.RESTORE, Choice.QUIT])
    monkeypatch.setattr(StartupRecovery, "ask", lambda self, problem, latest: next(answers))
    told = []
    monkeypatch.setattr(StartupRecovery, "tell", lambda self, title, text: told.append(text))

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop_app.store.recovery.backup.restore", fail)
    before = db_path.read_bytes()
    assert StartupRecovery(db_path).open() is None
    assert told and "No space left on device" in told[0]
    assert db_path.read_bytes() == before
    assert QApplication.activeModalWidget() is None
