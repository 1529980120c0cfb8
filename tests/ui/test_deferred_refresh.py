"""A hidden view does not re-read on every change; it catches up when shown."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

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


def test_erasing_a_person_clears_their_name_from_the_checklist_on_screen(qtbot, db, db_path):
    from desktop_app.ui.checklist_tab import ChecklistTab

    add_sample_data(db)
    ws = Workspace(db, db_path)
    search = max(ws.summaries(), key=lambda s: s.candidates_total).search
    person = ws.candidates(search.id)[0]
    step = ws.steps(search.id)[0]
    ws.update_step(step.id, note=f"Reference call with {person.full_name} booked")
    tab = ChecklistTab(ws)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_search(search.id)
    ws.erase_candidates([person.id])  # announced as a change to any search

    def shown_note() -> str:
        model = tab.model
        for p in range(model.rowCount()):
            phase = model.index(p, 0)
            for r in range(model.rowCount(phase)):
                stored = model.step_at(model.index(r, 0, phase))
                if stored is not None and stored.id == step.id:
                    return stored.step.note
        raise AssertionError("the step is not shown")

    assert person.full_name not in shown_note()
    assert shown_note() == ws.steps(search.id)[0].step.note


def test_rows_with_equal_keys_keep_name_order_after_any_update(qtbot, db, db_path):
    add_sample_data(db)
    ws = Workspace(db, db_path)
    search = max(ws.summaries(), key=lambda s: s.candidates_total).search
    tab = CandidatesTab(ws)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_search(search.id)
    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(M.FLAGS) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    def in_expected_order() -> bool:
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        rows = [tab.model.row_at(r) for r in range(tab.model.rowCount())]
        keys = [tab.model.index(r, M.FLAGS).data(SORT_ROLE) for r in range(len(rows))]
        names = [row.candidate.full_name.casefold() for row in rows]
        pairs = list(zip(keys, names, strict=True))
        return pairs == sorted(pairs, key=lambda p: (-p[0] if descending else p[0], p[1]))

    assert in_expected_order()
    people = ws.candidates(search.id)
    ws.set_score(people[-1].id, Rating("S1", "Hiring manager", 1))  # one row moves
    assert in_expected_order()
    ws.set_search_status(search.id, SearchStatus.ON_HOLD)  # everything is read again
    assert in_expected_order()
