"""The role diagnostic as a hiring manager uses it: click answers, watch the recommendation and
the answers behind it follow; in a search every answer is saved and undoable, and a
recommendation for the other role is pointed out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_app.domain.diagnostic import QUESTION_KEYS, Recommendation
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.ui.diagnostic_dialog import DiagnosticDialog
from desktop_app.ui.diagnostic_form import DiagnosticForm
from desktop_app.ui.diagnostic_tab import DiagnosticTab
from desktop_app.ui.workspace import Workspace

# A complex unit in pain, every question answered: CRO (C = 5, G = 5, P = 3).
COMPLETE_CRO = {
    **{"C1": 2, "C2": 1, "C3": 1, "C4": 1},
    **{"G1": 1, "G2": 2, "G3": 0, "G4": 1},
    **{"P1": 1, "P2": 2, "F1": 1, "F2": 0},
}
# A simple unit whose gap is execution, every question answered: CSO (C = 1).
COMPLETE_CSO = {key: 0 for key in QUESTION_KEYS} | {"C2": 1, "F2": 1}


@pytest.fixture
def ws(qapp, db, db_path) -> Workspace:
    return Workspace(db, db_path)


@pytest.fixture
def search_id(ws) -> str:
    return ws.create_search(SearchDetails(title="CRO", role=Role.CRO, start_date="2026-01-05"))


@pytest.fixture
def form(qtbot) -> DiagnosticForm:
    widget = DiagnosticForm()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def tab(qtbot, ws, search_id) -> DiagnosticTab:
    widget = DiagnosticTab(ws)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_search(search_id)
    return widget


def answer(qtbot, form: DiagnosticForm, answers: dict[str, int]) -> None:
    """Clicks each option as a person would, scrolling it into view first."""
    for key, value in answers.items():
        button = form.option_button(key, value)
        form.questions_area.ensureWidgetVisible(button)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert button.isChecked(), f"{key} = {value} was not chosen"


def highlighted(form: DiagnosticForm) -> set[str]:
    return {key for key in QUESTION_KEYS if form.is_highlighted(key)}


# Each rule of domain.md section 3, first match wins, reached by clicking.
RULES = [
    pytest.param({"P1": 2, "P2": 2}, Recommendation.CRO, {"P1", "P2"}, "(P = 4)", id="P=4"),
    pytest.param(
        {"C1": 2, "C2": 2, "G1": 2, "G2": 1, "P1": 0},
        Recommendation.CRO,
        {"C1", "C2", "G1", "G2"},
        "complex business (C = 4) with growth pains (G = 3)",
        id="C>=4 and G>=3",
    ),
    pytest.param(
        {"C1": 2, "C2": 2, "C3": 2, "G1": 0},
        Recommendation.CRO,
        {"C1", "C2", "C3"},
        "highly complex business (C = 6)",
        id="C>=6",
    ),
    pytest.param(
        {"C1": 2, "C2": 1, "F2": 1},
        Recommendation.CSO,
        {"F2", "C1", "C2", "C3", "C4"},
        "execution in a simple business (C = 3)",
        id="F2 and C<=3",
    ),
    pytest.param(
        {"C1": 1, "C2": 1, "F2": 0},
        Recommendation.CSO,
        {"C1", "C2", "C3", "C4"},
        "A simple business (C = 2)",
        id="C<=2",
    ),
    pytest.param(
        {"C1": 2, "C2": 1, "G1": 1, "F2": 0},
        Recommendation.WATCH,
        {"C1", "C2", "G1"},
        "Neither clearly (C = 3, G = 1)",
        id="Watch",
    ),
]


@pytest.mark.parametrize(("answers", "expected", "triggered", "rule"), RULES)
def test_each_rule_is_reached_by_clicking_and_its_answers_are_highlighted(
    qtbot, form, answers, expected, triggered, rule
):
    answer(qtbot, form, answers)

    result = form.result
    assert result.badge.recommendation() is expected
    assert result.badge.text() == expected.value
    assert rule in result.rule.text().replace("\u00a0", " ")
    assert highlighted(form) == triggered
    for key in triggered:
        assert "▶" in form.rows[key].title.text()
        assert "decides" in form.option_button(key, 0).accessibleDescription()
        assert key in result.triggered.text()
    unanswered = len(QUESTION_KEYS) - len(answers)
    assert f"{unanswered} of 12 questions not answered" in result.status.text()
    assert result.note.isVisible() is (expected is Recommendation.WATCH)
    if expected is Recommendation.CRO:
        assert "VP of Sales" in result.hire.text()
    else:
        assert "head of sales strategy" in result.hire.text()


def test_the_form_reports_each_choice_but_not_answers_it_is_given(qtbot, form):
    chosen: list[tuple[str, int]] = []
    every: list[dict] = []
    form.answer_chosen.connect(lambda key, value: chosen.append((key, value)))
    form.answers_changed.connect(every.append)

    form.set_answers({"C1": 2, "G2": 1})
    assert form.answers() == {"C1": 2, "G2": 1}
    assert chosen == [] and every == []

    answer(qtbot, form, {"C1": 0})
    assert chosen == [("C1", 0)]
    assert every == [{"C1": 0, "G2": 1}]
    answer(qtbot, form, {"C1": 0})  # the same option again is no new choice
    assert chosen == [("C1", 0)]

    form.set_answers({})
    assert form.answers() == {}
    assert form.diagnosis() is None
    assert form.result.recommendation.text() == "No answers yet"
    assert not form.result.badge.isVisible()
    assert highlighted(form) == set()


def test_the_options_can_be_chosen_with_the_keyboard(qtbot, form):
    form.set_answers({"C2": 2})
    chosen: list[tuple[str, int]] = []
    form.answer_chosen.connect(lambda key, value: chosen.append((key, value)))
    first = form.option_button("C1", 0)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Right)
    assert form.answers() == {"C1": 1, "C2": 2}
    assert chosen == [("C1", 0), ("C1", 1)]

    # Tab goes on to the next question, on the option already chosen there.
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    assert form.focusWidget() is form.option_button("C2", 2)
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    assert form.focusWidget() is form.option_button("C3", 0)
    assert form.option_button("C1", 1).accessibleName() == "Product lines sold: 2-3"


def test_a_complete_answer_set_shows_the_totals_and_the_complementary_hire(qtbot, tab, screenshot):
    answer(qtbot, tab.form, COMPLETE_CRO)
    result = tab.form.result

    assert result.recommendation.text() == "Hire a CRO"
    assert result.status.text() == "Based on all 12 answers."
    totals = result.totals.text()
    for name, value, top in (("Complexity", 5, 8), ("Growth pains", 5, 9), ("Scope", 3, 4)):
        assert name in totals and f"<b>{value}</b>" in totals and f"of {top}" in totals
    assert "Well below plan and market" not in result.triggered.text()  # G1 was "slightly"
    assert "Slightly below" in result.triggered.text()
    assert not tab.banner.isVisible()  # a CRO for a CRO search
    tab.form.questions_area.verticalScrollBar().setValue(0)
    qtbot.wait(50)
    screenshot(tab, "diagnostic_tab")


def test_each_answer_is_saved_at_once_and_undo_takes_the_form_back(qtbot, ws, search_id, tab):
    answer(qtbot, tab.form, {"P1": 2, "P2": 2})
    assert ws.diagnostic_answers(search_id) == {"P1": 2, "P2": 2}
    assert tab.form.result.badge.recommendation() is Recommendation.CRO

    ws.undo_stack.undo()
    assert ws.diagnostic_answers(search_id) == {"P1": 2}
    assert tab.form.answers() == {"P1": 2}
    assert not tab.form.option_button("P2", 2).isChecked()
    assert tab.form.result.badge.recommendation() is Recommendation.CSO

    ws.undo_stack.redo()
    assert tab.form.answers() == {"P1": 2, "P2": 2}
    assert highlighted(tab.form) == {"P1", "P2"}


def test_answers_are_read_back_when_the_search_is_opened_again(qtbot, ws, search_id, tab):
    answer(qtbot, tab.form, {"C1": 2, "G4": 1})
    tab.set_search(None)
    assert tab.form.answers() == {}
    assert not tab.form.option_button("C1", 0).isEnabled()
    tab.set_search(search_id)
    assert tab.form.answers() == {"C1": 2, "G4": 1}


def test_clear_answers_asks_first_and_can_be_undone(qtbot, ws, search_id, tab, monkeypatch):
    answer(qtbot, tab.form, {"C1": 2, "F2": 1})
    monkeypatch.setattr(tab, "_confirm_clear", lambda: False)
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert ws.diagnostic_answers(search_id) == {"C1": 2, "F2": 1}

    monkeypatch.setattr(tab, "_confirm_clear", lambda: True)
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert ws.diagnostic_answers(search_id) == {}
    assert tab.form.answers() == {}
    assert not tab.clear_button.isEnabled()

    ws.undo_stack.undo()
    assert tab.form.answers() == {"C1": 2, "F2": 1}


def test_a_cso_recommendation_on_a_cro_search_shows_a_warning(qtbot, tab, screenshot):
    answer(qtbot, tab.form, {"C1": 0, "C2": 1, "F2": 1})
    # Part-way the tab only hints; the search header (mismatch_text) stays quiet.
    assert tab.mismatch_text() is None
    assert tab.banner.isVisible()
    assert "So far the answers point to a CSO" in tab.banner_label.text()

    answer(qtbot, tab.form, COMPLETE_CSO)
    expected = "The diagnostic recommends a CSO, but this is a CRO search."
    assert tab.mismatch_text() == expected
    assert tab.banner.isVisible() and tab.banner_label.text() == expected
    assert tab.form.result.badge.recommendation() is Recommendation.CSO
    tab.form.questions_area.verticalScrollBar().setValue(0)
    qtbot.wait(50)
    screenshot(tab, "diagnostic_tab_mismatch")

    answer(qtbot, tab.form, {"P1": 2, "P2": 2})  # now a CRO
    assert tab.mismatch_text() is None
    assert not tab.banner.isVisible()


def test_the_header_text_follows_an_undo_while_the_tab_is_hidden(qtbot, ws, tab):
    answer(qtbot, tab.form, COMPLETE_CSO)
    assert tab.mismatch_text() is not None
    tab.hide()
    ws.undo_stack.undo()  # F2 unanswered again: the diagnostic is not complete
    assert tab.mismatch_text() is None
    tab.show()
    assert "F2" not in tab.form.answers()
    assert not tab.banner_label.text().startswith("The diagnostic recommends")


def test_watch_shows_a_note_not_a_warning(qtbot, tab):
    answer(qtbot, tab.form, {key: 0 for key in QUESTION_KEYS} | {"C1": 2, "C2": 1})
    assert tab.form.result.badge.recommendation() is Recommendation.WATCH
    assert tab.mismatch_text() is None
    assert tab.banner.isVisible()
    assert "(Watch)" in tab.banner_label.text()
    assert "re-run this diagnostic every quarter" in tab.form.result.advice.text()


def test_the_tab_fits_a_small_window(qtbot, tab, screenshot):
    answer(qtbot, tab.form, COMPLETE_CSO)
    tab.resize(900, 600)
    qtbot.wait(50)
    assert tab.form.questions_area.verticalScrollBar().maximum() > 0  # scrolls, not squeezed
    assert tab.form.result_area.horizontalScrollBar().maximum() == 0
    screenshot(tab, "diagnostic_tab_small")


def test_the_tab_reads_in_a_dark_theme(qtbot, dark_theme, ws, search_id, screenshot):
    tab = DiagnosticTab(ws)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    tab.set_search(search_id)
    answer(qtbot, tab.form, COMPLETE_CSO)
    tab.form.questions_area.verticalScrollBar().setValue(0)
    qtbot.wait(50)
    assert tab.banner.isVisible()
    screenshot(tab, "diagnostic_tab_dark")
    answer(qtbot, tab.form, {"C1": 2, "C3": 1, "F2": 0})  # Watch: the outlined badge
    qtbot.wait(50)
    screenshot(tab.form.result, "diagnostic_result_watch_dark")


def test_the_dialog_returns_the_answers_and_the_chosen_role(qtbot, screenshot):
    dialog = DiagnosticDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.recommended_role() is None
    assert dialog.cancel_button.isDefault()

    answer(qtbot, dialog.form, COMPLETE_CRO)
    assert dialog.cro_button.isDefault()
    assert dialog.cro_button.text() == "Use CRO (recommended)"
    dialog.form.questions_area.verticalScrollBar().setValue(0)
    qtbot.wait(50)
    screenshot(dialog, "diagnostic_dialog")

    qtbot.mouseClick(dialog.cso_button, Qt.MouseButton.LeftButton)  # the person overrules it
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_role() is Role.CSO
    assert dialog.answers() == COMPLETE_CRO


def test_for_watch_the_dialog_defaults_to_a_cso_and_shows_the_advice(qtbot, screenshot):
    dialog = DiagnosticDialog(answers={"C1": 2, "C2": 1, "G1": 1})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert dialog.form.result.badge.recommendation() is Recommendation.WATCH
    assert dialog.cso_button.isDefault()
    assert dialog.cso_button.text() == "Use CSO (default for now)"
    assert dialog.form.result.note.isVisible()
    qtbot.wait(50)
    screenshot(dialog, "diagnostic_dialog_watch")

    qtbot.keyClick(dialog.form.option_button("C1", 2), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_role() is Role.CSO


def test_cancelling_the_dialog_chooses_no_role(qtbot):
    dialog = DiagnosticDialog(answers={"P1": 2})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.chosen_role() is None
