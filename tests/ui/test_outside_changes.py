"""Another RevSearch process editing the same file: when the app comes back to the front, the
workspace notices (SQLite's data_version) and every view re-reads, keeping what was shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.sample_data import add_sample_data
from desktop_app.store import candidates, notes, searches
from desktop_app.store.database import open_database
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.workspace import Workspace


@pytest.fixture(autouse=True)
def isolated_settings(qapp):
    qapp.setOrganizationName("RevSearchTests")
    qapp.setApplicationName("RevSearchTests")
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def ws(qapp, db, db_path) -> Workspace:
    add_sample_data(db)
    return Workspace(db, db_path)


def record(ws: Workspace) -> list[tuple[str, bool]]:
    """Collects each `changed` signal with whether it came from a reload."""
    seen: list[tuple[str, bool]] = []
    ws.changed.connect(lambda search_id: seen.append((search_id, ws.reloading)))
    return seen


def test_a_commit_by_another_process_is_noticed_once_and_every_search_is_re_read(ws, db_path):
    seen = record(ws)
    assert not ws.reload_if_changed_elsewhere()  # nothing happened yet
    candidate_id = ws.candidates(ws.summaries()[0].search.id)[0].id
    ws.add_note(candidate_id, NoteDetails("Mine"))  # this window's own edit is not "elsewhere"
    seen.clear()
    assert not ws.reload_if_changed_elsewhere()
    assert seen == []

    other = open_database(db_path)  # the second window
    try:
        details = SearchDetails("Chief Sales Officer, APAC", Role.CSO, start_date="2026-02-02")
        new_id = searches.create_search(other, details)
    finally:
        other.close()
    assert ws.reload_if_changed_elsewhere()
    every_search = {s.search.id for s in ws.summaries()}
    assert new_id in every_search
    assert {search_id for search_id, reloading in seen if reloading} == every_search
    assert seen[-1] == ("", False)  # then once for the list, as an ordinary change
    # Undo history predates the other edits, so undoing could overwrite them: it is cleared.
    assert ws.undo_stack.count() == 0
    seen.clear()
    assert not ws.reload_if_changed_elsewhere()
    assert seen == []


def test_a_closed_workspace_never_reads_again(ws, db_path):
    ws.close()
    assert not ws.reload_if_changed_elsewhere()


def test_coming_back_to_the_window_shows_what_the_other_window_changed(qtbot, qapp, ws, db_path):
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    search_id = next(
        s.search.id for s in ws.summaries() if s.search.company == "Northwind Analytics"
    )
    window.refresh(select=search_id)
    page = window.search_page
    page.tabs.setCurrentWidget(page.candidates)
    table = page.candidates
    before = table.proxy.rowCount()

    other = open_database(db_path)
    try:
        candidates.add_candidate(other, search_id, CandidateDetails(full_name="Zoe Outside"))
        candidate_id = ws.candidates(search_id)[0].id
        notes.add_note(other, candidate_id, NoteDetails("Written in the other window"))
    finally:
        other.close()
    assert table.proxy.rowCount() == before  # nothing re-read yet

    # The app comes back to the front.
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert table.proxy.rowCount() == before + 1
    assert window.current_search_id() == search_id  # still where the person was
    assert "another RevSearch window" in window.statusBar().currentMessage()
    assert not window.undo_action.isEnabled()
    # Going to the background and back again with nothing new changes nothing.
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert not window.check_for_outside_changes()
