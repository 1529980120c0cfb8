"""A hidden view does not re-read on every change; it catches up when shown."""

from __future__ import annotations

from desktop_app.domain.checklist import StepStatus
from desktop_app.sample_data import add_sample_data
from desktop_app.ui.candidates_tab import CandidatesTab
from desktop_app.ui.workspace import Workspace


def test_a_hidden_candidates_tab_catches_up_when_shown(qtbot, db, db_path, monkeypatch):
    add_sample_data(db)
    ws = Workspace(db, db_path)
    search_id = ws.summaries()[0].search.id
    tab = CandidatesTab(ws)
    qtbot.addWidget(tab)
    tab.set_search(search_id)
    reads = []
    monkeypatch.setattr(tab, "refresh", lambda: reads.append(1))
    ws.set_step_status(ws.steps(search_id)[0].id, StepStatus.DONE)  # tab hidden
    assert reads == []
    tab.show()
    qtbot.waitExposed(tab)
    assert reads == [1]
    ws.undo_stack.undo()  # visible now: re-reads at once
    assert reads == [1, 1]


def test_a_status_change_snapshots_only_the_search_row_and_undoes_exactly(db, db_path, qapp):
    add_sample_data(db)
    ws = Workspace(db, db_path)
    search_id = ws.summaries()[0].search.id
    people = len(ws.candidates(search_id))
    from desktop_app.domain.search import SearchStatus

    ws.set_search_status(search_id, SearchStatus.FILLED)
    command = ws.undo_stack.command(ws.undo_stack.count() - 1)
    assert set(command._before.rows) == {"searches"}
    ws.undo_stack.undo()
    assert ws.search(search_id).status is SearchStatus.ACTIVE
    assert len(ws.candidates(search_id)) == people
