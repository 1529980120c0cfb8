"""A write that fails (a full disk, a file moved or deleted while open, a lock held elsewhere) is
explained in plain words, the app goes on, nothing is pushed on the undo stack and what was
typed stays on screen to try again."""

from __future__ import annotations

import pytest
from candidates_helpers import click_row, note_texts, open_tab, press_ok, when_modal
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.domain.note import NoteDetails
from desktop_app.sample_data import add_sample_data
from desktop_app.store.database import open_database
from desktop_app.store.errors import UnreadableDatabase
from desktop_app.ui.candidate_dialogs import NoteDialog
from desktop_app.ui.candidate_notes import AUTHOR_SETTING
from desktop_app.ui.workspace import Workspace

NOTE = "Asked about the board's view of channel conflict; she wants the partner team."


@pytest.fixture
def ws(qapp, db, db_path) -> Workspace:
    QSettings().remove(AUTHOR_SETTING)
    add_sample_data(db)
    return Workspace(db, db_path)


@pytest.fixture
def northwind(ws) -> str:
    return next(s.search.id for s in ws.summaries() if s.search.company == "Northwind Analytics")


def fill_disk(ws: Workspace) -> None:
    """The file may not grow by one more page: SQLite answers SQLITE_FULL, as on a full disk."""
    pages = ws.db.execute("PRAGMA page_count").fetchone()[0]
    ws.db.execute(f"PRAGMA max_page_count = {pages + 1}")


def lose_the_file(ws: Workspace, tmp_path) -> None:
    """Someone moves the database's folder away while the app has the file open."""
    ws.path.parent.rename(tmp_path.parent / f"{tmp_path.name}-moved")


def note_count(ws: Workspace) -> int:
    return ws.db.execute("SELECT count(*) FROM notes").fetchone()[0]


def type_a_long_note_and_save(qtbot, tab, seen: dict, shoot=None) -> None:
    """Clicks Add note, types the note, presses Add; records the error box and what the
    dialog still shows after it."""

    def write(dialog: QWidget) -> None:
        assert isinstance(dialog, NoteDialog)
        dialog.body_edit.setPlainText(NOTE + "\n" + "Details. " * 2000)  # needs new pages

        def read_error(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            seen["title"], seen["error"] = box.windowTitle(), box.text()
            if shoot is not None:
                shoot(box)
            box.accept()

        when_modal(read_error)
        press_ok(dialog)
        seen["still_open"] = dialog.isVisible()
        seen["typed"] = dialog.body_edit.toPlainText()
        dialog.reject()

    when_modal(write)
    qtbot.mouseClick(tab.panel.notes.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "typed" in seen)


@pytest.mark.parametrize("failure", ["full disk", "file moved away"])
def test_a_note_that_cannot_be_saved_says_why_and_stays_in_the_editor(
    qtbot, ws, northwind, tmp_path, failure, screenshot
):
    tab = open_tab(qtbot, ws, northwind)
    click_row(qtbot, tab, "Aisha Bello")
    tab.panel.tabs.setCurrentWidget(tab.panel.notes)
    shown_before, saved_before = note_texts(tab), note_count(ws)
    undo_steps = ws.undo_stack.count()
    if failure == "full disk":
        fill_disk(ws)
    else:
        lose_the_file(ws, tmp_path)
    seen: dict = {}
    name = "note_not_saved_" + failure.replace(" ", "_")
    type_a_long_note_and_save(qtbot, tab, seen, lambda box: screenshot(box, name))

    assert seen["title"] == "Could not add the note"
    assert "could not be saved, so nothing was changed" in seen["error"]
    expected = "The disk is full" if failure == "full disk" else "no longer where it was"
    assert expected in seen["error"]
    assert seen["still_open"], "the dialog closed and took the note with it"
    assert seen["typed"].startswith(NOTE)
    # Visibly not saved, and nothing to undo.
    assert note_texts(tab) == shown_before
    assert note_count(ws) == saved_before
    assert ws.undo_stack.count() == undo_steps
    # The app goes on: reading works, and the next edit is saved once there is room again.
    assert tab.panel.profile.name_label.text() == "Aisha Bello"
    if failure == "full disk":
        ws.db.execute("PRAGMA max_page_count = 1073741823")
        ws.add_note(tab.panel.candidate_id(), NoteDetails("Room again"))
        assert note_count(ws) == saved_before + 1


def test_an_edit_to_a_moved_file_is_refused_before_anything_is_written(ws, northwind, tmp_path):
    candidate_id = ws.candidates(northwind)[0].id
    lose_the_file(ws, tmp_path)
    with pytest.raises(UnreadableDatabase, match="moved, renamed or deleted"):
        ws.add_note(candidate_id, NoteDetails("Lost?"))
    moved = tmp_path.parent / f"{tmp_path.name}-moved" / ws.path.name
    assert ws.db.execute("SELECT count(*) FROM notes WHERE body = 'Lost?'").fetchone()[0] == 0
    db = open_database(moved)
    try:
        assert db.execute("SELECT count(*) FROM notes WHERE body = 'Lost?'").fetchone()[0] == 0
    finally:
        db.close()
    assert ws.undo_stack.count() == 0


def test_an_undo_the_file_cannot_take_is_explained_and_the_history_stays(ws, northwind, db_path):
    candidate_id = ws.candidates(northwind)[0].id
    ws.add_note(candidate_id, NoteDetails("Keep me"))
    assert ws.undo_stack.index() == 1
    blocker = open_database(db_path)
    blocker.execute("BEGIN EXCLUSIVE")  # another program holds the file
    ws.db.execute("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(Exception, match="locked"):
            ws.undo()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    # Not undone, and the stack says so: Undo is still offered, for the same edit.
    assert ws.undo_stack.index() == 1 and ws.undo_stack.undoText() == "Add note"
    assert ws.notes(candidate_id)[0].details.body == "Keep me"
    ws.undo()  # the lock is gone: now it works
    assert "Keep me" not in [n.details.body for n in ws.notes(candidate_id)]
    ws.redo()
    assert ws.notes(candidate_id)[0].details.body == "Keep me"


def test_edit_undo_in_the_window_shows_the_failure_instead_of_the_crash_dialog(
    qtbot, ws, northwind, db_path, monkeypatch
):
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    ws.add_note(ws.candidates(northwind)[0].id, NoteDetails("Keep me"))
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: errors.append((a[1], a[2])))
    fill_disk(ws)
    ws.db.execute("PRAGMA max_page_count = 1")  # below the file's size: nothing can be written
    window.undo_action.trigger()
    assert errors and errors[0][0] == "Could not undo"
    assert "nothing was changed" in errors[0][1]
    assert ws.undo_stack.canUndo() and window.undo_action.isEnabled()
    assert QApplication.activeModalWidget() is None


def test_a_file_that_cannot_be_read_is_said_so_not_that_it_cannot_be_written(tmp_path, qapp):
    # An export only reads: a damaged file must not be explained as a failed write.
    import sqlite3

    from desktop_app.ui.edits import explain_failure

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(junk).execute("SELECT count(*) FROM sqlite_master")
    assert "could not be read" in explain_failure(caught.value, reading=True)
    assert "could not be written" in explain_failure(caught.value)
