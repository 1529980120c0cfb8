"""The window's start leaves the page check (a quick_check reads every page: seconds for a large
file) and the daily copy until the window shows, and runs them on a worker thread. Damage found
then is said in plain words with the start-up recovery's choices, and the window writes nothing
more into the file; a damaged page met while the window reads what it shows goes to the start-up
recovery. Closing the window stops the work cleanly, leaving no half-written copy."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path

import pytest
from candidates_helpers import when_modal
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from desktop_app.store import backup, database
from desktop_app.store.backup import BackupKind
from desktop_app.store.database import open_database
from desktop_app.ui import app as app_module
from desktop_app.ui import startup_checks
from desktop_app.ui.edits import run_edit
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.startup_recovery import Choice, ProblemBox, StartupRecovery
from desktop_app.ui.workspace import Workspace
from tests.store.test_page_check import (
    damage_a_page_the_start_does_not_read,
    digest,
    make_sample,
)
from tests.ui.test_startup_recovery import damage

RECOVERY_BUTTONS = {"Restore the latest backup", "Open another file…", "Quit"}


@pytest.fixture(autouse=True)
def isolated_settings(qapp):
    qapp.setOrganizationName("RevSearchTests")
    qapp.setApplicationName("RevSearchTests")
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def bugs(monkeypatch) -> list:
    """run_app installs the crash dialog as the process's excepthook: here it records instead,
    and the test says there was none."""
    seen: list = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app_module, "report_bug", lambda *exc: seen.append(exc))
    return seen


def files_in(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in folder.iterdir() if p.is_file()}


def files_beside(path: Path) -> dict[str, str]:
    return files_in(path.parent)


def windows_on(path: Path) -> list[MainWindow]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w.isVisible() and w.workspace.path == path
    ]


def answer_damage(button_text: str, seen: dict, path: Path, shoot=None):
    """A when_modal handler for the damage box: notes what it says and whether the window was
    already showing, then clicks `button_text`."""

    def handle(box: QWidget) -> None:
        assert isinstance(box, ProblemBox)
        if shoot is not None:
            shoot(box)
        seen["title"] = box.windowTitle()
        seen["text"] = box.text() + "\n" + box.informativeText()
        seen["buttons"] = {b.text() for b in box.buttons() if b.isVisible() and b.text()}
        seen["window_was_showing"] = bool(windows_on(path))
        next(b for b in box.buttons() if b.text() == button_text).click()

    return handle


def without_side_files(path: Path) -> None:
    """The backup's read-only look leaves an empty -wal and a -shm (a reader may not remove
    them); nothing uses them, and the tests want to see that nothing makes them again."""
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@pytest.fixture
def damaged_with_backup(db_path) -> Path:
    make_sample(db_path)
    backup.backup_now(db_path)
    without_side_files(db_path)
    damage_a_page_the_start_does_not_read(db_path)
    return db_path


# --- damage found after the window shows ---------------------------------------------------------


def test_damage_found_after_the_window_shows_is_said_and_nothing_more_is_written(
    qtbot, damaged_with_backup, monkeypatch, bugs, screenshot
):
    path = damaged_with_backup
    before = files_beside(path)
    backups_before = files_in(backup.backups_folder(path))
    seen: dict = {}
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: refused.append(text))

    def event_loop(app) -> int:
        [window] = windows_on(path)
        qtbot.waitUntil(lambda: window.damage is not None and "buttons" in seen)
        screenshot(window, "damaged_after_start")
        assert window.workspace.read_only
        assert window.read_only_banner is not None and window.read_only_banner.isVisible()
        assert "damaged" in window.read_only_banner.label.text()
        assert not window.sidebar.new_button.isEnabled()
        assert not window.back_up_action.isEnabled()  # a copy of a damaged file is no backup
        # An edit from anywhere is refused with a message and changes nothing.
        search = window.workspace.summaries()[0].search
        assert not run_edit(
            window, "Could not rename", lambda: window.workspace.set_archived(search.id, True)
        )
        assert not window.workspace.search(search.id).archived
        # SQLite itself refuses writes on the window's connection.
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            window.workspace.db.execute("UPDATE searches SET title = 'x'")
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    when_modal(
        answer_damage(
            "Keep looking (read-only)", seen, path, lambda box: screenshot(box, "damaged_box")
        )
    )
    assert app_module.run_app(path) == 0

    assert seen["window_was_showing"]  # the window came first, then the check
    assert seen["title"] == "RevSearch found damage in its database"
    assert "Your RevSearch database is damaged." in seen["text"]
    assert "saves nothing more into it" in seen["text"]
    assert "The latest backup is from" in seen["text"]
    assert seen["buttons"] == RECOVERY_BUTTONS | {"Keep looking (read-only)"}
    assert len(refused) == 1 and "found damage in this database" in refused[0]
    assert files_beside(path) == before  # byte for byte, and no -wal or -shm left behind
    assert files_in(backup.backups_folder(path)) == backups_before
    # The check came first: a damaged file gets no daily copy.
    assert not [b for b in backup.list_backups(path) if b.kind is BackupKind.DAILY]
    assert bugs == []


def test_a_damaged_window_offers_no_edits_anywhere(qtbot, damaged_with_backup, monkeypatch):
    """As a read-only file's window does (test_read_only_window), once the damage is known."""
    from test_read_only_window import (
        READ_ONLY_BUTTONS,
        assert_nothing_can_be_changed,
        enabled_buttons,
    )

    path = damaged_with_backup
    window = MainWindow(Workspace(open_database(path, check=False), path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    monkeypatch.setattr(window, "ask_about_damage", lambda problem, latest: Choice.KEEP_OPEN)
    first = window.workspace.summaries()[0].search.id
    window.refresh(select=first)
    window.search_page.tabs.setCurrentWidget(window.search_page.checklist)
    assert window.search_page.checklist.add_button.isEnabled()  # before: a working window
    window.start_startup_checks(check=True)
    qtbot.waitUntil(lambda: window.damage is not None)

    allowed = READ_ONLY_BUTTONS | {"Restore or open another file…"}
    assert enabled_buttons(window) <= allowed  # the search shown when the damage was found
    assert_nothing_can_be_changed(window, allowed)


def test_the_banner_asks_again(qtbot, damaged_with_backup, monkeypatch):
    path = damaged_with_backup
    window = MainWindow(Workspace(open_database(path, check=False), path))
    qtbot.addWidget(window)
    window.show()
    asked = []
    monkeypatch.setattr(
        window, "ask_about_damage", lambda problem, latest: asked.append(latest) or Choice.KEEP_OPEN
    )
    window.start_startup_checks(check=True)
    qtbot.waitUntil(lambda: window.damage is not None)
    assert len(asked) == 1 and asked[0] is not None  # with the latest healthy backup
    button = next(
        b
        for b in window.read_only_banner.findChildren(QAbstractButton)
        if b.text() == "Restore or open another file…"
    )
    button.click()
    assert len(asked) == 2


def test_restoring_from_the_damage_box_closes_the_window_first_and_opens_the_backup(
    qtbot, damaged_with_backup, monkeypatch, bugs
):
    path = damaged_with_backup
    damaged = path.read_bytes()
    shown: dict = {}

    def event_loop(app) -> int:
        [first] = windows_on(path)
        qtbot.waitUntil(lambda: bool(windows_on(path)) and windows_on(path) != [first])
        [window] = windows_on(path)
        shown["first_visible"] = first.isVisible()
        shown["message"] = window.statusBar().currentMessage()
        shown["searches"] = len(window.workspace.summaries())
        shown["read_only"] = window.workspace.read_only
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    seen: dict = {}
    when_modal(answer_damage("Restore the latest backup", seen, path))
    assert app_module.run_app(path) == 0
    assert shown["searches"] == 3 and not shown["read_only"] and not shown["first_visible"]
    assert shown["message"].startswith("Restored the backup from")
    [kept] = [b for b in backup.list_backups(path) if b.kind is BackupKind.DAMAGED]
    assert kept.path.read_bytes() == damaged  # byte for byte, as it was before the start
    assert bugs == []


def test_quitting_from_the_damage_box_leaves_the_file_untouched(
    qtbot, damaged_with_backup, monkeypatch, bugs
):
    path = damaged_with_backup
    before = files_beside(path)
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))

    def event_loop(app) -> int:
        qtbot.waitUntil(lambda: bool(exits))
        assert windows_on(path) == []
        return exits[0]

    monkeypatch.setattr(QApplication, "exec", event_loop)
    seen: dict = {}
    when_modal(answer_damage("Quit", seen, path))
    assert app_module.run_app(path) == 2
    assert files_beside(path) == before
    assert bugs == []


def test_opening_another_file_from_the_damage_box(
    qtbot, damaged_with_backup, tmp_path, monkeypatch, bugs
):
    path = damaged_with_backup
    before = files_beside(path)
    other = make_sample(tmp_path / "elsewhere" / "other.sqlite3")
    monkeypatch.setattr(StartupRecovery, "choose_file", lambda self, near: other)
    shown: dict = {}

    def event_loop(app) -> int:
        qtbot.waitUntil(lambda: bool(windows_on(other)))
        assert windows_on(path) == []
        [window] = windows_on(other)
        shown["searches"] = len(window.workspace.summaries())
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    when_modal(answer_damage("Open another file…", {}, path))
    assert app_module.run_app(path) == 0
    assert shown["searches"] == 3
    assert files_beside(path) == before
    assert bugs == []


# --- a damaged page met while the window is built --------------------------------------------


def test_a_damaged_page_read_while_building_the_window_goes_to_the_start_up_recovery(
    qtbot, db_path, monkeypatch, bugs
):
    make_sample(db_path)
    backup.backup_now(db_path)
    without_side_files(db_path)
    damage(db_path)  # the pages that hold the searches, which the window reads first
    before = files_beside(db_path)
    seen: dict = {}

    def handle(box: QWidget) -> None:
        assert isinstance(box, ProblemBox)
        seen["title"] = box.windowTitle()
        seen["text"] = box.text() + "\n" + box.informativeText()
        seen["buttons"] = {b.text() for b in box.buttons() if b.isVisible() and b.text()}
        box.quit_button.click()

    when_modal(handle)
    assert app_module.run_app(db_path) == 2
    assert seen["title"] == "RevSearch cannot open its database"
    assert "Your RevSearch database is damaged." in seen["text"]
    assert seen["buttons"] == RECOVERY_BUTTONS
    assert files_beside(db_path) == before
    assert windows_on(db_path) == []
    assert bugs == []


# --- stopping cleanly ------------------------------------------------------------------------


def test_closing_the_window_during_the_check_stops_it(qtbot, db_path, monkeypatch):
    make_sample(db_path)
    started = []

    def endless(conn: sqlite3.Connection, path: Path, *, full_check: bool) -> None:
        started.append(True)
        conn.execute(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"
        ).fetchone()

    monkeypatch.setattr(database, "_check_pages", endless)
    window = MainWindow(Workspace(open_database(db_path, check=False), db_path))
    qtbot.addWidget(window)
    window.show()
    checks = window.start_startup_checks(check=True)
    try:
        qtbot.waitUntil(lambda: bool(started))
        window.close()  # the check would never end by itself
        assert not checks.is_running()
    finally:
        checks.stop()  # should the test fail, it must not leave the thread running
    assert window.damage is None
    assert not [b for b in backup.list_backups(db_path) if b.kind is BackupKind.DAILY]


def test_closing_the_window_during_the_daily_copy_leaves_no_half_written_file(
    qtbot, db_path, monkeypatch
):
    make_sample(db_path)
    copying = []
    real_daily_backup = backup.daily_backup

    def slow_daily_backup(db_path, today, now=None, *, cancelled):
        def between_chunks() -> bool:
            copying.append(True)
            while not cancelled():  # holds the copy half-way until the window closes
                QApplication.instance().thread().msleep(5)
            return True

        return real_daily_backup(db_path, today, now, cancelled=between_chunks)

    monkeypatch.setattr(startup_checks.backup, "daily_backup", slow_daily_backup)
    monkeypatch.setattr(backup, "_CHUNK_PAGES", 2)
    window = MainWindow(Workspace(open_database(db_path, check=False), db_path))
    qtbot.addWidget(window)
    window.show()
    checks = window.start_startup_checks(check=True)
    try:
        qtbot.waitUntil(lambda: bool(copying))
        window.close()
        assert not checks.is_running()
    finally:
        checks.stop()
    folder = backup.backups_folder(db_path)
    assert sorted(p.name for p in folder.iterdir()) == []  # no .partial, no copy


def test_the_daily_copy_is_made_in_the_background(qtbot, db_path):
    make_sample(db_path)
    window = MainWindow(Workspace(open_database(db_path, check=False), db_path))
    qtbot.addWidget(window)
    window.show()
    checks = window.start_startup_checks(check=True, today=dt.date(2026, 5, 11))
    with qtbot.waitSignal(checks.finished):
        pass
    [daily] = [b for b in backup.list_backups(db_path) if b.kind is BackupKind.DAILY]
    assert daily.taken_at.date() == dt.date(2026, 5, 11)
    assert window.damage is None


def test_a_failed_daily_copy_in_the_background_is_said_in_the_status_bar(qtbot, db_path):
    make_sample(db_path)
    backup.backups_folder(db_path).write_text("a file where the folder should be")
    window = MainWindow(Workspace(open_database(db_path, check=False), db_path))
    qtbot.addWidget(window)
    window.show()
    window.start_startup_checks(check=True)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage().startswith("Today's backup could not be made")
    )
    assert QApplication.activeModalWidget() is None
