"""A hidden view does not re-read on every change; it catches up when shown."""

from __future__ import annotations

from desktop_app.domain.checklist import StepStatus
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.pipeline import Stage
from desktop_app.domain.scorecard import Rating
from desktop_app.domain.search import SearchStatus
from desktop_app.sample_data import add_sample_data
from desktop_app.ui.candidate_table_model import SORT_ROLE
from desktop_app.ui.candidate_table_model import CandidateTableModel as M
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
    ws.set_search_status(search_id, SearchStatus.ON_HOLD)  # tab hidden
    assert reads == []
    tab.show()
    qtbot.waitExposed(tab)
    assert reads == [1]
    ws.undo_stack.undo()  # visible now: re-reads at once
    assert reads == [1, 1]
    # A checklist tick changes nothing the table shows: nothing is read.
    ws.set_step_status(ws.steps(search_id)[0].id, StepStatus.DONE)
    assert reads == [1, 1]


def test_an_edit_to_one_candidate_rereads_only_their_row(qtbot, db, db_path, monkeypatch):
    add_sample_data(db)
    ws = Workspace(db, db_path)
    search_id = ws.summaries()[0].search.id
    tab = CandidatesTab(ws)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_search(search_id)
    people = {c.id: c for c in ws.candidates(search_id)}
    full_reads = []
    monkeypatch.setattr(tab, "refresh", lambda: full_reads.append(1))
    mover = next(c for c in people.values() if c.is_active and c.stage is Stage.SCREENED)
    ws.move_candidate(mover.id, Stage.INTERVIEWING)
    ws.add_note(mover.id, NoteDetails("Strong reference from the last board."))
    ws.set_score(mover.id, Rating("S1", "Hiring manager", 1))
    assert full_reads == []
    row = tab.model.row_of(mover.id)
    assert tab.model.row_at(row).candidate.stage is Stage.INTERVIEWING
    assert tab.model.row_at(row).card == ws.score_card(mover.id)
    # Still in the sort order the header shows (stage, furthest along first).
    keys = [tab.model.index(r, M.STAGE).data(SORT_ROLE) for r in range(tab.model.rowCount())]
    assert keys == sorted(keys, reverse=True)
    assert set(tab.model.candidate_ids()) == set(people)
    ws.delete_candidate(mover.id)
    assert tab.model.row_of(mover.id) is None
    ws.undo_stack.undo()
    assert tab.model.row_of(mover.id) is not None
    assert full_reads == []


def test_a_status_change_snapshots_only_the_search_row_and_undoes_exactly(db, db_path, qapp):
    add_sample_data(db)
    ws = Workspace(db, db_path)
    search_id = ws.summaries()[0].search.id
    people = len(ws.candidates(search_id))
    ws.set_search_status(search_id, SearchStatus.FILLED)
    command = ws.undo_stack.command(ws.undo_stack.count() - 1)
    assert set(command._before.rows) == {"searches"}
    ws.undo_stack.undo()
    assert ws.search(search_id).status is SearchStatus.ACTIVE
    assert len(ws.candidates(search_id)) == people


def test_the_window_uses_the_list_of_searches_read_at_start_up(db, db_path, qapp, monkeypatch):
    from desktop_app.store import summary
    from desktop_app.store.early_reads import EarlySummaries
    from desktop_app.ui import workspace as workspace_module

    add_sample_data(db)
    early = EarlySummaries(db_path)
    expected = summary.search_summaries(db)
    ws = Workspace(db, db_path)
    ws.use_early_summaries(early)

    def no_reading(*args, **kwargs):
        raise AssertionError("the summaries were read again")

    monkeypatch.setattr(workspace_module, "search_summaries", no_reading)
    assert {s.search.id for s in ws.summaries()} == {s.search.id for s in expected}
