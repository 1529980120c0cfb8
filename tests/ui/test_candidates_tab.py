"""The Candidates tab's table as a hiring manager uses it: add, filter, sort and the keyboard;
every edit saved at once and undone with Edit > Undo. The panel has test_candidate_panel.py."""

from __future__ import annotations

import datetime as dt

import pytest
from candidates_helpers import (
    M,
    cell,
    click_row,
    column,
    open_tab,
    press_ok,
    when_modal,
)
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QWidget

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.competencies import COMPETENCY_KEYS
from desktop_app.domain.pipeline import Exit, Stage
from desktop_app.domain.scorecard import Rating, score_card
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.sample_data import add_sample_data
from desktop_app.store.candidates import Candidate
from desktop_app.ui.candidate_dialogs import CandidateDialog
from desktop_app.ui.candidate_notes import AUTHOR_SETTING
from desktop_app.ui.candidate_table_model import SORT_ROLE, CandidateRow, CandidateTableModel
from desktop_app.ui.workspace import Workspace


@pytest.fixture
def ws(qapp, db, db_path) -> Workspace:
    QSettings().remove(AUTHOR_SETTING)
    return Workspace(db, db_path)


@pytest.fixture
def search_id(ws) -> str:
    return ws.create_search(
        SearchDetails(title="CRO, Europe", role=Role.CRO, start_date="2026-01-05")
    )


@pytest.fixture
def northwind(ws) -> str:
    """The sample's Northwind CRO search: 11 candidates, 3 of whom left."""
    add_sample_data(ws.db)
    return next(s.search.id for s in ws.summaries() if s.search.company == "Northwind Analytics")


# --- adding ----------------------------------------------------------------------------------


def test_adding_a_candidate_from_the_dialog_lists_and_selects_them(qtbot, ws, search_id):
    tab = open_tab(qtbot, ws, search_id)
    assert tab.proxy.rowCount() == 0

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, CandidateDialog)
        qtbot.keyClicks(dialog.fields["full_name"], "Ana Souza")
        qtbot.keyClicks(dialog.fields["current_title"], "VP Sales")
        qtbot.keyClicks(dialog.fields["current_company"], "Cobalt Data")
        qtbot.keyClicks(dialog.fields["email"], "ana@cobalt.example")
        press_ok(dialog)

    when_modal(fill_in)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)

    assert column(tab, M.NAME) == ["Ana Souza"]
    assert cell(tab, "Ana Souza", M.POSITION) == "VP Sales at Cobalt Data"
    assert cell(tab, "Ana Souza", M.STAGE) == "Identified"
    assert cell(tab, "Ana Souza", M.FIT) == "—"
    new_id = tab.current_candidate_id()
    assert new_id is not None
    assert tab.panel.profile.name_label.text() == "Ana Souza"
    email = tab.panel.profile.contact_labels["email"].text()
    assert 'href="mailto:ana@cobalt.example"' in email

    ws.undo_stack.undo()
    assert tab.proxy.rowCount() == 0
    assert tab.panel.pages.currentWidget() is tab.panel.placeholder
    ws.undo_stack.redo()
    assert tab.current_candidate_id() == new_id  # back, and selected again


def test_a_bad_email_is_refused_with_the_domain_message_and_the_dialog_stays_open(
    qtbot, ws, search_id, screenshot
):
    tab = open_tab(qtbot, ws, search_id)
    seen: dict[str, object] = {}

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, CandidateDialog)
        dialog.resize(520, dialog.sizeHint().height())
        qtbot.keyClicks(dialog.fields["full_name"], "Bruno Lima")
        qtbot.keyClicks(dialog.fields["email"], "bruno-at-example")
        press_ok(dialog)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.error.text()
        seen["focus"] = dialog.focusWidget() is dialog.fields["email"]
        screenshot(dialog, "candidate_dialog_bad_email")
        dialog.fields["email"].clear()
        qtbot.keyClicks(dialog.fields["email"], "bruno@example.com")
        press_ok(dialog)

    when_modal(fill_in)
    # Ctrl+Shift+N "animates" a click on the button: the dialog opens a moment later.
    qtbot.keyClick(
        tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)

    assert seen == {
        "open": True,
        "message": "'bruno-at-example' is not an e-mail address.",
        "focus": True,
    }
    assert column(tab, M.NAME) == ["Bruno Lima"]
    assert ws.undo_stack.count() == 2  # the search and one candidate, no half-saved attempt


def test_cancelling_the_dialog_adds_nobody(qtbot, ws, search_id):
    tab = open_tab(qtbot, ws, search_id)

    def cancel(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.fields["full_name"], "Nobody")
        dialog.reject()

    when_modal(cancel)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.proxy.rowCount() == 0
    assert ws.candidates(search_id) == []


# --- filtering and sorting -------------------------------------------------------------------


def test_typing_in_the_filter_narrows_the_table_by_name_company_and_title(qtbot, ws, northwind):
    tab = open_tab(qtbot, ws, northwind)
    assert tab.proxy.rowCount() == 11
    qtbot.keyClicks(tab.filter_edit, "cobalt")
    assert column(tab, M.NAME) == ["Mariana Duarte"]
    assert tab.count_label.text() == "Showing 1 of 11"

    tab.filter_edit.clear()
    qtbot.keyClicks(tab.filter_edit, "sales apac")  # every word, in any field
    assert column(tab, M.NAME) == ["Kenji Watanabe"]
    tab.filter_edit.clear()
    qtbot.keyClicks(tab.filter_edit, "kowalski")
    assert column(tab, M.NAME) == ["Hannah Kowalski"]
    tab.filter_edit.clear()
    assert tab.proxy.rowCount() == 11
    assert tab.count_label.text() == "Candidates: 11"


def test_the_stage_filter_shows_who_is_in_who_left_and_who_is_at_a_stage(qtbot, ws, northwind):
    tab = open_tab(qtbot, ws, northwind)

    def show(label: str) -> set[str]:
        tab.stage_combo.setCurrentIndex(tab.stage_combo.findText(label))
        return set(column(tab, M.NAME))

    left = show("Left the pipeline")
    assert left == {"Diego Alvarez", "Rachel Goldberg", "Hannah Kowalski"}
    assert all("(at " in text for text in column(tab, M.STAGE))
    assert len(show("In the pipeline")) == 8
    assert show("Interviewing") == {"Aisha Bello", "Lucas Ferreira"}
    assert show("Hired") == set()
    assert len(show("All")) == 11


def test_a_filter_that_hides_the_selected_candidate_keeps_them_for_later(qtbot, ws, northwind):
    tab = open_tab(qtbot, ws, northwind)
    click_row(qtbot, tab, "Sofia Lindqvist")
    qtbot.keyClicks(tab.filter_edit, "cobalt")
    assert tab.panel.pages.currentWidget() is tab.panel.placeholder
    tab.filter_edit.clear()
    assert tab.panel.profile.name_label.text() == "Sofia Lindqvist"


def test_clicking_the_fit_header_sorts_numerically_with_the_unscored_last(qtbot, ws, search_id):
    tab = open_tab(qtbot, ws, search_id)
    for name, score in (("Full Marks", 5), ("Middle", 3), ("Low", 1)):
        candidate_id = ws.add_candidate(search_id, CandidateDetails(full_name=name))
        for key in COMPETENCY_KEYS:
            ws.set_score(candidate_id, Rating(key, "Helena", score))
    ws.add_candidate(search_id, CandidateDetails(full_name="Unscored"))

    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(M.FIT) + header.sectionSize(M.FIT) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    first = tab.table.horizontalHeader().sortIndicatorOrder()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert tab.table.horizontalHeader().sortIndicatorOrder() != first
    if tab.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    # As text, "100" would sort before "20"; as numbers it is the best fit.
    assert column(tab, M.FIT) == ["100 strong", "60 borderline", "20 weak", "—"]
    assert column(tab, M.NAME) == ["Full Marks", "Middle", "Low", "Unscored"]


def test_stages_sort_in_pipeline_order_with_those_who_left_below(qtbot, ws, northwind):
    tab = open_tab(qtbot, ws, northwind)
    stages = column(tab, M.STAGE)  # the default: furthest along first
    assert stages[:3] == ["Offer", "Finalist", "Interviewing"]
    assert stages[-3:] == [
        "Withdrawn (at Interviewing)",
        "Not progressed (at Shortlist)",
        "Declined (at Contacted)",
    ]


def test_keyboard_only_the_filter_leads_to_the_table_and_the_panel(qtbot, ws, northwind):
    tab = open_tab(qtbot, ws, northwind)
    tab.filter_edit.setFocus()
    qtbot.keyClicks(tab.filter_edit, "reinholt")
    qtbot.keyClick(tab.filter_edit, Qt.Key.Key_Return)  # to the table, on the first match
    assert tab.table.hasFocus()
    assert tab.panel.profile.name_label.text() == "Thomas Reinholt"
    tab.filter_edit.clear()
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    assert tab.panel.profile.name_label.text() != "Thomas Reinholt"
    for widget in (tab.filter_edit, tab.stage_combo, tab.add_button, tab.table):
        assert widget.accessibleName()
    assert tab.splitter.objectName() == "candidatesSplitter"


def test_without_a_search_the_tab_is_empty_and_adds_nobody(qtbot, ws, northwind):
    tab = open_tab(qtbot, ws, northwind)
    tab.set_search(None)
    assert tab.proxy.rowCount() == 0
    assert not tab.add_button.isEnabled()
    assert tab.current_candidate_id() is None
    assert tab.panel.pages.currentWidget() is tab.panel.placeholder


# --- the table model, without a database ------------------------------------------------------


def candidate(name: str, stage: Stage, exit_state: Exit | None = None) -> Candidate:
    moment = dt.datetime(2026, 3, 1, 10, tzinfo=dt.UTC)
    return Candidate(
        id=name,
        search_id="s",
        details=CandidateDetails(full_name=name, stage=stage),
        exit_state=exit_state,
        exit_reason="Took another role" if exit_state else None,
        exit_stage=stage if exit_state else None,
        exit_date=moment.date() if exit_state else None,
        stage_since=moment,
        created_at="",
        updated_at="",
    )


def test_the_model_shows_provisional_fits_tilts_and_flags(qapp):
    model = CandidateTableModel()
    partial = [Rating("S1", "H", 2), Rating("E1", "H", 5), Rating("E2", "H", 5)]
    disputed = [Rating(k, "H", 4) for k in COMPETENCY_KEYS] + [Rating("S2", "P", 2)]
    model.set_rows(
        [
            CandidateRow(candidate("A", Stage.SCREENED), score_card(Role.CRO, partial)),
            CandidateRow(candidate("B", Stage.OFFER), score_card(Role.CRO, disputed)),
            CandidateRow(
                candidate("C", Stage.INTERVIEWING, Exit.WITHDRAWN), score_card(Role.CRO, [])
            ),
        ],
        today=dt.date(2026, 3, 11),
    )

    def data(row: int, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(row, col).data(role)

    assert data(0, M.FIT).startswith("~")
    assert "Provisional" in data(0, M.FIT, Qt.ItemDataRole.ToolTipRole)
    assert data(0, M.TILT) == "Execution -3.00"
    assert data(0, M.FLAGS) == "Mismatch, Critical gap"
    assert "Execution-heavy for a CRO seat" in data(0, M.FLAGS, Qt.ItemDataRole.ToolTipRole)
    assert data(1, M.FLAGS) == "Disputed"
    assert data(1, M.FIT) == "77 good"
    assert data(2, M.STAGE) == "Withdrawn (at Interviewing)"
    assert data(2, M.FIT) == "—"
    assert data(2, M.DAYS) == "10"
    assert data(2, M.DAYS, SORT_ROLE) == 10
    # Pipeline order, not alphabetical; who left sorts below everyone still in.
    keys = [data(r, M.STAGE, SORT_ROLE) for r in range(3)]
    assert keys[2] < keys[0] < keys[1]
