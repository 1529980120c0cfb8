"""The Checklist tab as a hiring manager reads and ticks it: phases, progress, what is due
and late, undo, and how it follows the workspace."""

from __future__ import annotations

import datetime as dt

import pytest
from checklist_helpers import (
    TODAY,
    check_box_centre,
    click,
    double_click,
    new_search,
    open_tab,
    phase_row_text,
    saved_step,
    step_ids,
)
from PySide6.QtCore import QPoint, Qt

from desktop_app.domain.checklist import StepStatus
from desktop_app.domain.search import Role
from desktop_app.store.database import open_database
from desktop_app.ui.checklist_model import OVERDUE_ROLE, STEP_ID_ROLE, ChecklistModel
from desktop_app.ui.checklist_tab import ChecklistTab
from desktop_app.ui.checklist_text import OVERDUE_COLOUR, SKIPPED_COLOUR, format_date
from desktop_app.ui.workspace import Workspace


@pytest.fixture
def ws(qapp, db, db_path) -> Workspace:
    return Workspace(db, db_path)


@pytest.fixture
def search_id(ws) -> str:
    # Started today: nothing is overdue yet, so only the tests that want lateness see it.
    return new_search(ws)


@pytest.fixture
def tab(qtbot, ws, search_id) -> ChecklistTab:
    return open_tab(qtbot, ws, search_id)


def test_a_cro_search_shows_39_steps_in_8_phases_all_expanded(tab, screenshot):
    model = tab.model
    assert model.rowCount() == 8
    counts = [model.rowCount(model.index(row, 0)) for row in range(8)]
    assert sum(counts) == 39
    assert counts == [7, 6, 4, 4, 7, 4, 3, 4]
    assert model.index(0, ChecklistModel.STEP).data() == "Need & mandate"
    assert phase_row_text(tab, "need") == "0/7 done"
    assert all(tab.tree.isExpanded(model.index(row, 0)) for row in range(8))
    assert tab.summary.done_label.text() == "0 of 39 steps done"
    assert tab.summary.progress_bar.value() == 0
    first = model.index(0, 0, model.index(0, 0))
    assert first.siblingAtColumn(ChecklistModel.OWNER).data() == "CEO / board"
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    screenshot(tab, "checklist_tab_new_search")


def test_the_header_names_the_next_three_steps_due_and_a_click_selects_one(tab, ws, search_id):
    ids = step_ids(ws, search_id)
    ws.set_step_status(ids[0], StepStatus.DONE)  # due today; done, so no longer next
    titles = [label.line() for label in tab.summary.next_titles]
    assert "Fix scope and reporting lines" in titles[0]
    assert "Form the search committee" in titles[1]
    assert "Pre-brief the marketing" in titles[2]
    in_two_days = TODAY + dt.timedelta(days=2)
    pattern = "ddd d MMM" if in_two_days.year == TODAY.year else "d MMM yyyy"
    assert tab.summary.next_dates[0].text() == format_date(in_two_days, pattern)
    assert tab.summary.next_owners[2].line() == "Hiring manager"
    tab.summary.next_titles[1].linkActivated.emit(ids[2])
    assert tab.current_step_id() == ids[2]


def test_space_ticks_the_selected_step_done_today_and_the_progress_moves(qtbot, tab, ws, search_id):
    first = step_ids(ws, search_id)[0]
    tab.select_step(first)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Space)
    step = saved_step(ws, first)
    assert step.status is StepStatus.DONE
    assert step.completed_date == TODAY
    assert tab.summary.done_label.text() == "1 of 39 steps done"
    assert tab.summary.progress_bar.value() == 3  # 1/39 = 2.6%
    assert phase_row_text(tab, "need") == "1/7 done"
    index = tab.model.index_of_step(first)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert index.siblingAtColumn(ChecklistModel.STATUS).data().startswith("Done ")
    qtbot.keyClick(tab.tree, Qt.Key.Key_Space)  # Space again reopens it
    assert saved_step(ws, first).status is StepStatus.TODO
    assert tab.summary.done_label.text() == "0 of 39 steps done"


def test_clicking_the_check_box_ticks_the_step(qtbot, tab, ws, search_id):
    second = step_ids(ws, search_id)[1]
    qtbot.mouseClick(
        tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=check_box_centre(tab, second)
    )
    assert saved_step(ws, second).status is StepStatus.DONE
    assert tab.summary.done_label.text() == "1 of 39 steps done"


def test_a_double_click_on_the_check_box_ticks_the_step_once(qtbot, tab, ws, search_id):
    second = step_ids(ws, search_id)[1]
    before = ws.undo_stack.count()
    double_click(qtbot, tab.tree.viewport(), check_box_centre(tab, second))
    assert saved_step(ws, second).status is StepStatus.DONE
    assert ws.undo_stack.count() == before + 1


def test_mark_done_not_applicable_and_reopen_buttons(qtbot, tab, ws, search_id):
    step_id = step_ids(ws, search_id)[3]
    tab.select_step(step_id)
    assert not tab.reopen_button.isEnabled()
    click(qtbot, tab.done_button)
    assert saved_step(ws, step_id).status is StepStatus.DONE
    assert not tab.done_button.isEnabled()
    assert tab.current_step_id() == step_id  # the selection survives the refresh

    click(qtbot, tab.skip_button)
    step = saved_step(ws, step_id)
    assert step.status is StepStatus.SKIPPED
    assert step.completed_date is None
    # Not applicable steps neither help nor hurt the progress.
    assert tab.summary.done_label.text() == "0 of 38 steps done"
    assert "1 not applicable" in tab.summary.skipped_label.text()
    title = tab.model.index_of_step(step_id)
    assert title.data(Qt.ItemDataRole.ForegroundRole).color() == SKIPPED_COLOUR
    assert title.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert title.siblingAtColumn(ChecklistModel.STATUS).data() == "Not applicable"

    click(qtbot, tab.reopen_button)
    assert saved_step(ws, step_id).status is StepStatus.TODO
    assert tab.summary.done_label.text() == "0 of 39 steps done"


def test_buttons_follow_the_selection(tab, ws, search_id):
    need = step_ids(ws, search_id, "need")
    step_buttons = [
        tab.done_button,
        tab.skip_button,
        tab.edit_button,
        tab.remove_button,
    ]
    assert not any(b.isEnabled() for b in [*step_buttons, tab.up_button, tab.down_button])
    assert tab.add_button.isEnabled()
    tab.tree.setCurrentIndex(tab.model.index_of_phase("need"))  # a phase row is no step
    assert not any(b.isEnabled() for b in step_buttons)
    tab.select_step(need[0])
    assert all(b.isEnabled() for b in step_buttons)
    assert not tab.up_button.isEnabled() and tab.down_button.isEnabled()
    tab.select_step(need[-1])
    assert tab.up_button.isEnabled() and not tab.down_button.isEnabled()


def test_undo_restores_the_step_and_the_view_follows(qtbot, tab, ws, search_id):
    ids = step_ids(ws, search_id)
    tab.select_step(ids[0])
    click(qtbot, tab.done_button)
    tab.select_step(ids[1])
    click(qtbot, tab.up_button)
    assert tab.model.index_of_step(ids[1]).row() == 0

    ws.undo_stack.undo()
    assert tab.model.index_of_step(ids[0]).row() == 0
    assert tab.current_step_id() == ids[1]
    ws.undo_stack.undo()
    assert saved_step(ws, ids[0]).status is StepStatus.TODO
    assert tab.summary.done_label.text() == "0 of 39 steps done"
    assert phase_row_text(tab, "need") == "0/7 done"
    ws.undo_stack.redo()
    assert tab.summary.done_label.text() == "1 of 39 steps done"


def test_folded_phases_and_the_selection_survive_a_refresh(tab, ws, search_id):
    ids = step_ids(ws, search_id, "research")
    tab.tree.collapse(tab.model.index_of_phase("screening"))
    tab.select_step(ids[1])
    ws.add_step(search_id, phase="research", title="Check the non-compete list")  # a reset
    assert not tab.tree.isExpanded(tab.model.index_of_phase("screening"))
    assert tab.tree.isExpanded(tab.model.index_of_phase("research"))
    assert tab.current_step_id() == ids[1]


def test_overdue_steps_stand_out(qtbot, ws, screenshot):
    search_id = new_search(ws, started_days_ago=12)
    ids = step_ids(ws, search_id)
    for step_id in ids[:3]:
        ws.set_step_status(step_id, StepStatus.DONE)
    ws.set_step_status(ids[4], StepStatus.SKIPPED)
    ws.update_step(ids[5], owner="Helena Ruiz", note="Waiting for the fee proposal")
    tab = ChecklistTab(ws)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.set_search(search_id)
    tab.show()
    qtbot.waitExposed(tab)
    tab.select_step(ids[9])

    late = tab.model.index_of_step(ids[3])  # due on day 4
    assert late.data(OVERDUE_ROLE)
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert late.data(Qt.ItemDataRole.FontRole).bold()
    assert late.siblingAtColumn(ChecklistModel.STATUS).data() == "8 days late"
    done = tab.model.index_of_step(ids[0])
    assert not done.data(OVERDUE_ROLE)
    assert done.data(Qt.ItemDataRole.FontRole) is None
    # Day 4, 7, 10 (x2) are late: 12 days in, with days 0-3 done and day 5 not applicable.
    assert tab.summary.overdue_label.text() == "4 overdue"
    assert "font-weight: bold" in tab.summary.overdue_label.styleSheet()
    assert tab.summary.done_label.text() == "3 of 38 steps done"
    screenshot(tab, "checklist_tab")


def test_opening_a_search_scrolls_to_where_the_open_steps_begin(qtbot, ws):
    search_id = new_search(ws)
    for stored in ws.steps(search_id):
        if stored.step.phase in ("need", "specification", "research"):
            ws.set_step_status(stored.id, StepStatus.DONE)
    tab = ChecklistTab(ws)
    qtbot.addWidget(tab)
    tab.resize(1000, 500)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_search(search_id)
    top = tab.tree.indexAt(QPoint(5, 5))
    assert top == tab.model.index_of_phase("screening")


def test_a_hidden_tab_reads_a_new_search_when_shown_and_scrolls_to_the_open_steps(qtbot, ws):
    first, second = new_search(ws), new_search(ws)
    for stored in ws.steps(second):
        if stored.step.phase in ("need", "specification", "research"):
            ws.set_step_status(stored.id, StepStatus.DONE)
    tab = ChecklistTab(ws)
    qtbot.addWidget(tab)
    tab.resize(1000, 500)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_search(first)
    tab.hide()  # another tab of the search page is in front

    tab.set_search(second)
    tab.set_search(second)  # asked again before it is shown: still a new search
    assert tab.refresh_is_pending()
    assert ws.steps(first)[0].id in {s.id for s in tab._steps}  # nothing read yet

    tab.show()
    qtbot.waitExposed(tab)
    assert not tab.refresh_is_pending()
    assert {s.id for s in tab._steps} == {s.id for s in ws.steps(second)}
    assert tab.tree.indexAt(QPoint(5, 5)) == tab.model.index_of_phase("screening")


def test_choosing_a_step_in_a_hidden_tab_reads_its_search_first(qtbot, ws):
    search_id = new_search(ws)
    tab = ChecklistTab(ws)
    qtbot.addWidget(tab)
    tab.set_search(search_id)
    step = ws.steps(search_id)[5]

    tab.select_step(step.id)

    assert tab.current_step_id() == step.id


def test_a_cso_search_uses_its_own_template_titles(qtbot, ws):
    search_id = new_search(ws, Role.CSO)
    tab = ChecklistTab(ws)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_search(search_id)
    total = sum(tab.model.rowCount(tab.model.index(r, 0)) for r in range(8))
    assert total == len(ws.steps(search_id))
    assert tab.model.index_of_phase("offer").data() == "Offer & close"


def test_a_deleted_search_empties_the_tab(tab, ws, search_id):
    ws.delete_search(search_id)
    assert tab.model.rowCount() == 0
    assert tab.summary.done_label.text() == "No search open"
    assert not tab.add_button.isEnabled()
    ws.undo_stack.undo()  # the search is back, but the tab no longer shows it
    assert tab.model.rowCount() == 0
    tab.set_search(search_id)
    assert tab.model.rowCount() == 8


def test_a_read_only_file_allows_no_edits(qtbot, db, db_path, search_id):
    db.close()
    read_only = open_database(db_path, read_only=True)
    try:
        ws = Workspace(read_only, db_path)
        tab = ChecklistTab(ws)
        qtbot.addWidget(tab)
        tab.set_search(search_id)
        tab.select_step(step_ids(ws, search_id)[0])
        buttons = [tab.done_button, tab.add_button, tab.remove_button, tab.edit_button]
        assert not any(b.isEnabled() for b in buttons)
        index = tab.model.index_of_step(step_ids(ws, search_id)[0])
        assert not tab.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    finally:
        read_only.close()


def test_model_rows_carry_the_step_id(tab, ws, search_id):
    ids = step_ids(ws, search_id)
    model = tab.model
    assert model.index(0, 0, model.index(0, 0)).data(STEP_ID_ROLE) == ids[0]
    assert model.index(0, 0).data(STEP_ID_ROLE) is None
