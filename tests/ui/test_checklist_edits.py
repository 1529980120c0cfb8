"""Changing a search's checklist from its tab: the Edit and Add step dialogs, cells edited in
place, removing a step, and reordering with buttons, keys or drag and drop."""

from __future__ import annotations

import datetime as dt

import pytest
from checklist_helpers import (
    TODAY,
    click,
    double_click,
    new_search,
    open_tab,
    phase_row_text,
    saved_step,
    step_ids,
    when_dialog_opens,
)
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop_app.domain.checklist import StepStatus
from desktop_app.ui.checklist_dialogs import AddStepDialog, EditStepDialog
from desktop_app.ui.checklist_model import ChecklistModel
from desktop_app.ui.checklist_tab import ChecklistTab
from desktop_app.ui.checklist_text import format_date
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


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text)
    )
    return shown


def test_edit_step_dialog_changes_due_date_owner_and_note(qtbot, tab, ws, search_id, screenshot):
    step_id = step_ids(ws, search_id)[2]
    tab.select_step(step_id)
    new_due = TODAY + dt.timedelta(days=9)

    def fill(dialog: EditStepDialog) -> None:
        dialog.due.date_edit.setDate(QDate(new_due.year, new_due.month, new_due.day))
        dialog.owner.lineEdit().clear()
        qtbot.keyClicks(dialog.owner.lineEdit(), "Helena Ruiz")
        qtbot.keyClicks(dialog.note, "Board wants two names from fintech")
        screenshot(dialog, "checklist_edit_step_dialog")
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    when_dialog_opens(fill)
    click(qtbot, tab.edit_button)
    step = saved_step(ws, step_id)
    assert (step.due_date, step.owner, step.note) == (
        new_due,
        "Helena Ruiz",
        "Board wants two names from fintech",
    )
    row = tab.model.index_of_step(step_id)
    assert row.siblingAtColumn(ChecklistModel.OWNER).data() == "Helena Ruiz"
    assert row.siblingAtColumn(ChecklistModel.NOTE).data() == "Board wants two names from fintech"
    assert ws.undo_stack.undoText() == "Edit step"


def test_edit_step_picks_a_template_owner_and_can_drop_the_due_date(qtbot, tab, ws, search_id):
    step_id = step_ids(ws, search_id)[0]
    tab.select_step(step_id)

    def fill(dialog: EditStepDialog) -> None:
        dialog.owner.setCurrentIndex(dialog.owner.findText("Search committee"))
        qtbot.mouseClick(dialog.due.no_date, Qt.MouseButton.LeftButton)
        assert not dialog.due.date_edit.isEnabled()
        dialog.accept()

    when_dialog_opens(fill)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)  # Enter opens the dialog too
    step = saved_step(ws, step_id)
    assert step.owner == "SC"  # stored as the code, shown as the title
    assert step.due_date is None
    row = tab.model.index_of_step(step_id)
    assert row.siblingAtColumn(ChecklistModel.OWNER).data() == "Search committee"
    assert row.siblingAtColumn(ChecklistModel.DUE).data() == "—"


def test_a_double_click_on_a_step_title_opens_the_edit_dialog(
    qtbot, tab, ws, search_id, monkeypatch
):
    step_id = step_ids(ws, search_id)[2]
    asked = []
    monkeypatch.setattr(tab, "_ask_step_changes", lambda stored: asked.append(stored.id))
    index = tab.model.index_of_step(step_id)
    title = tab.tree.visualRect(index).center() + QPoint(40, 0)  # on the words, not the box
    double_click(qtbot, tab.tree.viewport(), title)
    assert asked == [step_id]
    assert saved_step(ws, step_id).status is StepStatus.TODO


def test_an_owner_typed_in_the_list_cell_is_saved(qtbot, tab, ws, search_id):
    step_id = step_ids(ws, search_id)[1]
    cell = tab.model.index_of_step(step_id, ChecklistModel.OWNER)
    tab.tree.setCurrentIndex(cell)
    qtbot.keyClick(tab.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "hiring manager")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits a closing editor through the event loop.
    qtbot.waitUntil(lambda: saved_step(ws, step_id).owner == "HM")
    assert tab.model.index_of_step(step_id, ChecklistModel.OWNER).data() == "Hiring manager"
    assert tab.current_step_id() == step_id


def test_due_date_and_note_cells_save_through_the_workspace(tab, ws, search_id):
    step_id = step_ids(ws, search_id)[4]
    due_cell = tab.model.index_of_step(step_id, ChecklistModel.DUE)
    note_cell = tab.model.index_of_step(step_id, ChecklistModel.NOTE)
    assert due_cell.flags() & Qt.ItemFlag.ItemIsEditable
    later = TODAY + dt.timedelta(days=30)
    assert tab.model.setData(due_cell, QDate(later.year, later.month, later.day))
    assert tab.model.setData(note_cell, "Ask Maria about the two internal names")
    step = saved_step(ws, step_id)
    assert (step.due_date, step.note) == (later, "Ask Maria about the two internal names")
    assert due_cell.data() == format_date(later)
    # A note of several lines is edited in the dialog, where its line breaks survive.
    ws.update_step(step_id, note="First line\nSecond line")
    assert not note_cell.flags() & Qt.ItemFlag.ItemIsEditable
    assert note_cell.data() == "First line …"


def test_a_refused_edit_is_explained_and_changes_nothing(tab, ws, search_id, warnings):
    step_id = step_ids(ws, search_id)[1]
    count = ws.undo_stack.count()
    cell = tab.model.index_of_step(step_id, ChecklistModel.OWNER)
    assert not tab.model.setData(cell, "x" * 300)
    assert warnings == ["Owner is too long (300 of 200)."]
    assert saved_step(ws, step_id).owner == "CB"
    assert ws.undo_stack.count() == count


def test_add_step_dialog_adds_a_custom_step_to_the_chosen_phase(
    qtbot, tab, ws, search_id, screenshot
):
    tab.tree.setCurrentIndex(tab.model.index_of_phase("offer"))

    def fill(dialog: AddStepDialog) -> None:
        assert dialog.phase.currentData() == "offer"  # the selected phase is offered first
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled()  # a step needs a title
        qtbot.keyClicks(dialog.title, "Agree the sign-on bonus")
        qtbot.keyClicks(dialog.owner.lineEdit(), "CFO")
        screenshot(dialog, "checklist_add_step_dialog")
        click(qtbot, ok)

    when_dialog_opens(fill)
    click(qtbot, tab.add_button)
    offer = ws.steps(search_id)
    added = [s for s in offer if s.step.template_key is None]
    assert len(offer) == 40 and len(added) == 1
    new = added[0].step
    assert (new.phase, new.title, new.owner) == ("offer", "Agree the sign-on bonus", "CFO")
    assert new.position == 4
    # Due with the phase's last step, so it sorts into the phase's timeline.
    assert new.due_date == TODAY + dt.timedelta(days=115)
    assert tab.current_step_id() == added[0].id
    assert phase_row_text(tab, "offer") == "0/4 done"
    assert tab.summary.done_label.text() == "0 of 40 steps done"


def test_remove_step_asks_first_then_removes_it(qtbot, tab, ws, search_id):
    ids = step_ids(ws, search_id, "need")
    tab.select_step(ids[2])

    def confirm(box: QMessageBox) -> None:
        assert "Form the search committee" in box.text()
        assert "Not applicable" in box.informativeText()  # the gentler way out
        click(qtbot, box.findChild(QPushButton, "confirmRemoveButton"))

    when_dialog_opens(confirm)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert step_ids(ws, search_id, "need") == ids[:2] + ids[3:]
    assert phase_row_text(tab, "need") == "0/6 done"
    assert tab.summary.done_label.text() == "0 of 38 steps done"
    assert tab.current_step_id() == ids[3]  # the next step takes the selection

    when_dialog_opens(lambda box: box.reject())
    click(qtbot, tab.remove_button)
    assert step_ids(ws, search_id, "need") == ids[:2] + ids[3:]


def test_move_up_and_down_buttons_and_keys_reorder_within_the_phase(qtbot, tab, ws, search_id):
    ids = step_ids(ws, search_id, "specification")
    tab.select_step(ids[1])
    click(qtbot, tab.up_button)
    assert step_ids(ws, search_id, "specification") == [ids[1], ids[0], *ids[2:]]
    assert tab.current_step_id() == ids[1]
    assert not tab.up_button.isEnabled()
    click(qtbot, tab.down_button)
    click(qtbot, tab.down_button)
    assert step_ids(ws, search_id, "specification") == [ids[0], ids[2], ids[1], *ids[3:]]
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert step_ids(ws, search_id, "specification")[3] == ids[1]


def test_dropping_a_step_moves_it_within_its_phase_only(tab, ws, search_id):
    model = tab.model
    ids = step_ids(ws, search_id, "need")
    data = model.mimeData([model.index_of_step(ids[0])])
    need = model.index_of_phase("need")
    # Dropped between the 3rd and 4th step.
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 3, 0, need)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, need)
    assert step_ids(ws, search_id, "need") == [ids[1], ids[2], ids[0], *ids[3:]]

    before = step_ids(ws, search_id)
    other = model.index_of_phase("offer")
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, other)
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, other)
    on_other_step = model.index_of_step(step_ids(ws, search_id, "offer")[0])
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, on_other_step)
    assert step_ids(ws, search_id) == before


def test_dropping_on_the_phase_title_puts_the_step_last(tab, ws, search_id):
    model = tab.model
    ids = step_ids(ws, search_id, "offer")
    data = model.mimeData([model.index_of_step(ids[0])])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index_of_phase("offer"))
    assert step_ids(ws, search_id, "offer") == [*ids[1:], ids[0]]
