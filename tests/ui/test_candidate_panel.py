"""The candidate panel beside the table: profile, moves, exits, bringing back, details,
deleting and notes; every edit saved at once and undone with Edit > Undo."""

from __future__ import annotations

import pytest
from candidates_helpers import (
    M,
    answer,
    cell,
    choose_move,
    click_row,
    column,
    history_rows,
    menu_popup,
    note_texts,
    open_tab,
    press_ok,
    when_modal,
)
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.domain.note import NoteDetails
from desktop_app.domain.pipeline import Exit
from desktop_app.sample_data import add_sample_data
from desktop_app.ui.candidate_dialogs import ExitReasonDialog, NoteDialog
from desktop_app.ui.candidate_notes import AUTHOR_SETTING
from desktop_app.ui.workspace import Workspace


@pytest.fixture
def ws(qapp, db, db_path) -> Workspace:
    QSettings().remove(AUTHOR_SETTING)
    return Workspace(db, db_path)


@pytest.fixture
def northwind(ws) -> str:
    """The sample's Northwind CRO search: 11 candidates, 3 of whom left."""
    add_sample_data(ws.db)
    return next(s.search.id for s in ws.summaries() if s.search.company == "Northwind Analytics")


# --- the panel -------------------------------------------------------------------------------


def test_selecting_a_candidate_shows_their_profile_and_notes(qtbot, ws, northwind, screenshot):
    tab = open_tab(qtbot, ws, northwind)
    click_row(qtbot, tab, "Mariana Duarte")
    profile = tab.panel.profile
    assert tab.current_candidate_id() == tab.panel.candidate_id()
    assert profile.name_label.text() == "Mariana Duarte"
    assert profile.position_label.text() == "Chief Revenue Officer at Cobalt Data"
    assert profile.stage_badge.text().startswith("Offer")
    linkedin = profile.contact_labels["linkedin_url"].text()
    assert 'href="https://www.linkedin.com/in/mariana-duarte"' in linkedin
    assert profile.contact_labels["pay_expectation"].text().startswith("USD 380k")
    assert not profile.contact_labels["phone"].isEnabled()  # nothing entered: a grey dash
    assert tab.panel.tabs.tabText(1) == "Notes (4)"
    assert history_rows(tab)[-1] == ("Identified", "Added to the search")
    screenshot(tab, "candidates_tab")

    tab.panel.tabs.setCurrentWidget(tab.panel.notes)
    screenshot(tab, "candidates_tab_notes")
    assert tab.panel.notes.list.count() == 4


@menu_popup
def test_moving_to_the_next_stage_resets_the_days_and_grows_the_history(
    qtbot, ws, northwind, screenshot
):
    tab = open_tab(qtbot, ws, northwind)
    click_row(qtbot, tab, "Kenji Watanabe")
    days_before = cell(tab, "Kenji Watanabe", M.DAYS)
    history_before = history_rows(tab)
    assert int(days_before) > 0

    menu = tab.panel.profile.move_menu
    actions = {a.objectName(): a for a in menu.actions()}
    assert not actions["move_longlist"].isEnabled()  # where he is
    assert not actions["move_hired"].isEnabled()
    assert "offer" in actions["move_hired"].toolTip()
    assert not actions["exit_declined"].isEnabled()  # only before any engagement

    choose_move(qtbot, tab, "move_shortlist", lambda menu: screenshot(menu, "candidate_move_menu"))
    assert cell(tab, "Kenji Watanabe", M.STAGE) == "Shortlist"
    assert cell(tab, "Kenji Watanabe", M.DAYS) == "0"
    assert tab.panel.profile.stage_badge.text() == "Shortlist · days in this stage: 0"
    assert history_rows(tab) == [("Shortlist", ""), *history_before]
    assert tab.current_candidate_id() is not None

    ws.undo_stack.undo()
    assert cell(tab, "Kenji Watanabe", M.STAGE) == "Longlist"
    assert cell(tab, "Kenji Watanabe", M.DAYS) == days_before
    assert history_rows(tab) == history_before
    assert tab.panel.profile.name_label.text() == "Kenji Watanabe"


@menu_popup
def test_an_exit_asks_for_a_reason_and_records_it(qtbot, ws, northwind, screenshot):
    tab = open_tab(qtbot, ws, northwind)
    click_row(qtbot, tab, "Aisha Bello")
    seen: dict[str, object] = {}

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, ExitReasonDialog)
        seen["refused without a reason"] = not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.reason_edit, "Accepted a counter-offer from her employer.")
        screenshot(dialog, "candidate_exit_dialog")
        press_ok(dialog)

    when_modal(give_reason)
    choose_move(qtbot, tab, "exit_withdrawn")

    assert seen == {"refused without a reason": True}
    assert cell(tab, "Aisha Bello", M.STAGE) == "Withdrawn (at Interviewing)"
    profile = tab.panel.profile
    assert "Accepted a counter-offer" in profile.exit_details.text()
    assert profile.bring_back_button.isVisible()
    assert not profile.move_button.isVisible()
    screenshot(tab, "candidates_tab_exited")
    assert history_rows(tab)[:2] == [
        ("Withdrawn", "Accepted a counter-offer from her employer."),
        ("Interviewing", ""),
    ]

    ws.undo_stack.undo()
    assert cell(tab, "Aisha Bello", M.STAGE) == "Interviewing"
    assert profile.move_button.isVisible()


@menu_popup
def test_cancelling_the_exit_reason_changes_nothing(qtbot, ws, northwind):
    tab = open_tab(qtbot, ws, northwind)
    click_row(qtbot, tab, "Aisha Bello")
    steps = ws.undo_stack.count()
    when_modal(lambda dialog: dialog.reject())
    choose_move(qtbot, tab, "exit_not_progressed")
    assert cell(tab, "Aisha Bello", M.STAGE) == "Interviewing"
    assert ws.undo_stack.count() == steps


def test_bring_back_returns_the_candidate_to_the_stage_they_left(qtbot, ws, northwind):
    tab = open_tab(qtbot, ws, northwind)
    click_row(qtbot, tab, "Diego Alvarez")
    profile = tab.panel.profile
    assert profile.bring_back_button.isVisible()
    qtbot.mouseClick(profile.bring_back_button, Qt.MouseButton.LeftButton)
    assert cell(tab, "Diego Alvarez", M.STAGE) == "Interviewing"
    assert history_rows(tab)[0] == ("Interviewing", "Back in the pipeline")
    assert profile.move_button.isVisible()

    ws.undo_stack.undo()
    assert cell(tab, "Diego Alvarez", M.STAGE) == "Withdrawn (at Interviewing)"


@menu_popup
def test_a_refused_edit_shows_the_message_and_changes_nothing_else(qtbot, ws, northwind):
    tab = open_tab(qtbot, ws, northwind)
    click_row(qtbot, tab, "Aisha Bello")
    candidate_id = tab.current_candidate_id()
    seen: dict[str, str] = {}

    def read_warning(box: QWidget) -> None:
        seen["warning"] = box.text()
        box.accept()

    def meanwhile_she_left(dialog: QWidget) -> None:
        # Another window records a different exit while this dialog is open.
        ws.exit_candidate(candidate_id, Exit.ON_HOLD, "Paused by the committee")
        qtbot.keyClicks(dialog.reason_edit, "Took another role")
        when_modal(read_warning)
        press_ok(dialog)

    when_modal(meanwhile_she_left)
    choose_move(qtbot, tab, "exit_withdrawn")
    assert seen == {"warning": "The candidate has already left (On hold)."}
    assert ws.candidate(candidate_id).exit_state is Exit.ON_HOLD
    assert cell(tab, "Aisha Bello", M.STAGE) == "On hold (at Interviewing)"


def test_editing_details_saves_at_once_and_undoes(qtbot, ws, northwind):
    tab = open_tab(qtbot, ws, northwind)
    click_row(qtbot, tab, "Sofia Lindqvist")

    def edit(dialog: QWidget) -> None:
        assert dialog.fields["full_name"].text() == "Sofia Lindqvist"
        dialog.fields["phone"].clear()
        qtbot.keyClicks(dialog.fields["phone"], "+46 70 123 45 67")
        press_ok(dialog)

    when_modal(edit)
    qtbot.mouseClick(tab.panel.profile.edit_button, Qt.MouseButton.LeftButton)
    assert tab.panel.profile.contact_labels["phone"].text() == "+46 70 123 45 67"
    assert cell(tab, "Sofia Lindqvist", M.STAGE) == "Shortlist"  # the stage is untouched
    ws.undo_stack.undo()
    assert tab.panel.profile.contact_labels["phone"].text() == "—"


def test_deleting_a_candidate_asks_first_and_undo_brings_them_back(qtbot, ws, northwind):
    tab = open_tab(qtbot, ws, northwind)
    click_row(qtbot, tab, "Claire Dubois")
    candidate_id = tab.current_candidate_id()
    delete = tab.panel.profile.delete_button

    when_modal(lambda box: answer(box, "Cancel"))
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert "Claire Dubois" in column(tab, M.NAME)

    when_modal(lambda box: answer(box, "Delete"))
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert "Claire Dubois" not in column(tab, M.NAME)
    assert tab.panel.pages.currentWidget() is tab.panel.placeholder

    ws.undo_stack.undo()
    assert "Claire Dubois" in column(tab, M.NAME)
    assert tab.current_candidate_id() == candidate_id
    assert tab.panel.profile.name_label.text() == "Claire Dubois"


# --- notes -----------------------------------------------------------------------------------


def test_notes_are_added_edited_and_deleted_newest_first_and_each_undoes(
    qtbot, ws, northwind, screenshot
):
    tab = open_tab(qtbot, ws, northwind)
    click_row(qtbot, tab, "Aisha Bello")
    tab.panel.tabs.setCurrentWidget(tab.panel.notes)
    page = tab.panel.notes
    before = note_texts(tab)

    def write(dialog: QWidget) -> None:
        assert isinstance(dialog, NoteDialog)
        qtbot.keyClicks(dialog.body_edit, "Asked about the board's view of channel conflict.")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("Call"))
        qtbot.keyClicks(dialog.author_edit, "Helena Carvalho")
        dialog.confidential_box.setFocus()
        qtbot.keyClick(dialog.confidential_box, Qt.Key.Key_Space)
        screenshot(dialog, "candidate_note_dialog")
        press_ok(dialog)

    when_modal(write)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    texts = note_texts(tab)
    assert len(texts) == len(before) + 1
    assert texts[0].startswith("Helena Carvalho, ")
    assert ", Call, Confidential: Asked about the board" in texts[0]
    assert texts[1:] == before  # newest first
    assert tab.panel.tabs.tabText(tab.panel.tabs.indexOf(page)) == f"Notes ({len(texts)})"
    assert QSettings().value(AUTHOR_SETTING) == "Helena Carvalho"
    assert page.list.currentRow() == 0
    screenshot(tab, "candidates_tab_new_note")

    def remembered(dialog: QWidget) -> None:
        assert dialog.author_edit.text() == "Helena Carvalho"
        dialog.reject()

    when_modal(remembered)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    def reword(dialog: QWidget) -> None:
        assert dialog.confidential_box.isChecked()
        dialog.body_edit.selectAll()
        qtbot.keyClicks(dialog.body_edit, "Board wants one owner of the number.")
        dialog.confidential_box.setFocus()
        qtbot.keyClick(dialog.confidential_box, Qt.Key.Key_Space)
        press_ok(dialog)

    page.list.setCurrentRow(0)
    when_modal(reword)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert note_texts(tab)[0].endswith(", Call: Board wants one owner of the number.")

    ws.undo_stack.undo()  # the edit
    assert ", Confidential: Asked about the board" in note_texts(tab)[0]

    page.list.setCurrentRow(0)
    when_modal(lambda box: answer(box, "Delete"))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert note_texts(tab) == before

    ws.undo_stack.undo()  # the deletion
    assert len(note_texts(tab)) == len(before) + 1
    ws.undo_stack.undo()  # the addition
    assert note_texts(tab) == before


def test_an_empty_note_is_refused_with_the_message(qtbot, ws, northwind):
    tab = open_tab(qtbot, ws, northwind)
    click_row(qtbot, tab, "Kenji Watanabe")
    seen: dict[str, object] = {}

    def empty(dialog: QWidget) -> None:
        press_ok(dialog)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.error.text()
        dialog.reject()

    when_modal(empty)
    qtbot.mouseClick(tab.panel.notes.add_button, Qt.MouseButton.LeftButton)
    assert seen == {"open": True, "message": "Note is required."}
    assert tab.panel.notes.empty_label.isVisibleTo(tab.panel.notes)


def test_confidential_notes_carry_a_badge_in_the_timeline(qtbot, ws, northwind):
    tab = open_tab(qtbot, ws, northwind)
    click_row(qtbot, tab, "Mariana Duarte")
    texts = note_texts(tab)
    confidential = [t for t in texts if ", Confidential: " in t]
    assert len(confidential) == 2
    assert "Offer sent" in texts[0]  # the latest, day 103


# --- the panel as others extend it -----------------------------------------------------------


def test_another_page_can_join_the_panel_and_follow_the_candidate(qtbot, ws, northwind):
    tab = open_tab(qtbot, ws, northwind)
    scorecard = QLabel("scorecard")
    tab.panel.tabs.addTab(scorecard, "Scorecard")
    followed: list[str] = []
    tab.panel.candidate_changed.connect(followed.append)
    click_row(qtbot, tab, "Aisha Bello")
    tab.panel.tabs.setCurrentWidget(scorecard)
    ws.add_note(tab.current_candidate_id(), NoteDetails("Checked references"))
    assert [tab.panel.tabs.tabText(i) for i in range(3)] == ["Profile", "Notes (3)", "Scorecard"]
    assert followed == [tab.current_candidate_id()]
    assert tab.panel.tabs.currentWidget() is scorecard
