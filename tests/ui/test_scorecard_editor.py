"""The scorecard editor as a hiring manager uses it: pick a rater, click scores, type evidence,
and watch the fit, band and warnings follow; every edit saved at once and undoable."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.competencies import COMPETENCY_KEYS
from desktop_app.domain.scorecard import Rating, score_card
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.ui.scorecard_editor import (
    RATER_SETTING,
    ScoreCardEditor,
    TitleLabel,
    rater_settings,
)
from desktop_app.ui.scorecard_style import ElidedLabel
from desktop_app.ui.workspace import Workspace

# A rounded candidate: CRO fit 72 (good), balanced.
ALL_TEN = {"S1": 4, "S2": 4, "S3": 3, "S4": 4, "E1": 3, "E2": 3, "E3": 4, "E4": 3, "B1": 4, "B2": 3}
# A closer, not a strategist: strong execution, middling strategy, one weak channel record.
FLAGGED = {"S1": 3, "S2": 2, "S3": 3, "S4": 3, "E1": 5, "E2": 5, "E3": 4, "E4": 5, "B1": 3, "B2": 4}


@pytest.fixture(autouse=True)
def private_settings() -> None:
    """QSettings caches its folder for the whole process, so each test points it at the
    temporary XDG_CONFIG_HOME that tests/conftest.py made for it."""
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, os.environ["XDG_CONFIG_HOME"]
    )


@pytest.fixture
def ws(qapp, db, db_path) -> Workspace:
    return Workspace(db, db_path)


@pytest.fixture
def search_id(ws) -> str:
    return ws.create_search(
        SearchDetails(title="Chief Revenue Officer", role=Role.CRO, start_date="2026-01-05")
    )


@pytest.fixture
def candidate_id(ws, search_id) -> str:
    return ws.add_candidate(search_id, CandidateDetails(full_name="Ana Souza"))


@pytest.fixture
def editor(qtbot, ws, candidate_id) -> ScoreCardEditor:
    widget = ScoreCardEditor(ws)
    qtbot.addWidget(widget)
    widget.resize(900, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_candidate(candidate_id)
    return widget


def choose_rater(qtbot, editor: ScoreCardEditor, name: str) -> None:
    line = editor.rater_combo.lineEdit()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, name)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def click_score(qtbot, editor: ScoreCardEditor, key: str, score: int) -> None:
    qtbot.mouseClick(editor.rows[key].selector.buttons[score], Qt.MouseButton.LeftButton)


def score_all(qtbot, editor: ScoreCardEditor, scores: dict[str, int]) -> None:
    for key, score in scores.items():
        click_score(qtbot, editor, key, score)


def checked_score(editor: ScoreCardEditor, key: str) -> int | None:
    checked = [n for n, b in editor.rows[key].selector.buttons.items() if b.isChecked()]
    assert len(checked) <= 1
    return checked[0] if checked else None


def show_top(editor: ScoreCardEditor) -> None:
    """Scrolls to S1 and lets pending layout requests run, as the event loop would."""
    editor.scroll.verticalScrollBar().setValue(0)
    QApplication.processEvents()


def test_scoring_a_competency_stores_the_raters_rating_and_updates_the_result(
    qtbot, editor, ws, candidate_id
):
    assert editor.result.fit_label.text() == "—"
    choose_rater(qtbot, editor, "Helena Costa")
    click_score(qtbot, editor, "S1", 4)

    assert ws.ratings(candidate_id) == [Rating("S1", "Helena Costa", 4)]
    expected = score_card(Role.CRO, ws.ratings(candidate_id))
    assert editor.result.fit_label.text() == str(expected.fit_points) == "80"
    assert editor.result.band_label.text() == "Strong"
    assert editor.result.provisional_label.isVisible()
    assert "9 of 10 not scored" in editor.result.provisional_label.text()
    assert editor.result.explanation_label.text() == expected.explanation()
    assert checked_score(editor, "S1") == 4
    assert "Median <b>4</b> · 1 rater" in editor.rows["S1"].combined_label.text()


def test_scoring_all_ten_shows_a_final_fit_with_its_band(qtbot, editor, ws, candidate_id):
    choose_rater(qtbot, editor, "Helena")
    score_all(qtbot, editor, ALL_TEN)

    expected = score_card(Role.CRO, ws.ratings(candidate_id))
    assert not expected.provisional
    assert editor.result.fit_label.text() == str(expected.fit_points) == "72"
    assert editor.result.band_label.text() == "Good"
    assert not editor.result.provisional_label.isVisible()
    assert "Provisional" not in editor.result.explanation_label.text()
    assert "Balanced" in editor.result.profile_label.text()
    assert "S 3.75 · E 3.25 · tilt +0.50" in editor.result.profile_label.text()
    assert editor.result.flag_texts() == []


def test_an_execution_heavy_profile_in_a_cro_search_shows_the_mismatch_flag(
    qtbot, editor, ws, candidate_id
):
    choose_rater(qtbot, editor, "Helena")
    score_all(qtbot, editor, {**FLAGGED, "S2": 3})

    flags = editor.result.flag_texts()
    assert any(
        f.startswith("Execution-heavy for a CRO seat: sales strategy and cross-team") for f in flags
    )
    assert editor.result.flag_labels[0].isVisible()
    assert "Execution-leaning" in editor.result.profile_label.text()
    assert "tilt -1.75" in editor.result.profile_label.text()
    assert not any(f.startswith("Critical gap") for f in flags)


def test_a_weight_3_competency_scored_2_is_a_critical_gap(qtbot, editor):
    choose_rater(qtbot, editor, "Helena")
    click_score(qtbot, editor, "E1", 1)  # weight 1 in a CRO seat: low, but not critical
    assert not editor.rows["E1"].critical_label.isVisible()
    assert not any(f.startswith("Critical gap") for f in editor.result.flag_texts())

    click_score(qtbot, editor, "S2", 2)
    assert editor.rows["S2"].critical_label.isVisible()
    assert (
        "Critical gap: S2 Multi-product / channel / vertical leadership"
        in editor.result.flag_texts()[0]
    )
    assert "Critical gap: S2" in editor.result.explanation_label.text()


def test_a_second_raters_different_score_shows_the_median_and_disputed(
    qtbot, editor, ws, candidate_id
):
    choose_rater(qtbot, editor, "Helena")
    click_score(qtbot, editor, "S1", 5)
    assert not editor.rows["S1"].disputed_label.isVisible()

    choose_rater(qtbot, editor, "Marco")
    assert checked_score(editor, "S1") is None  # Marco sees his own, empty, scorecard
    click_score(qtbot, editor, "S1", 3)

    row = editor.rows["S1"]
    assert "Median <b>4</b> · 2 raters" in row.combined_label.text()
    assert row.disputed_label.isVisible()
    assert "Helena: 5" in row.combined_label.toolTip()
    assert {(r.rater, r.score) for r in ws.ratings(candidate_id)} == {("Helena", 5), ("Marco", 3)}
    items = [editor.rater_combo.itemText(i) for i in range(editor.rater_combo.count())]
    assert items == ["Helena", "Marco"]

    editor.rater_combo.setCurrentIndex(items.index("Helena"))
    assert checked_score(editor, "S1") == 5


def test_clearing_a_score_removes_it(qtbot, editor, ws, candidate_id):
    choose_rater(qtbot, editor, "Helena")
    click_score(qtbot, editor, "B1", 4)
    click_score(qtbot, editor, "B2", 3)

    qtbot.mouseClick(editor.rows["B1"].selector.clear_button, Qt.MouseButton.LeftButton)
    assert [r.competency for r in ws.ratings(candidate_id)] == ["B2"]
    assert checked_score(editor, "B1") is None
    assert editor.rows["B1"].combined_label.text() == "Not scored"

    # The keyboard way: focus the score and press Delete.
    editor.rows["B2"].selector.setFocus()
    qtbot.keyClick(editor.rows["B2"].selector, Qt.Key.Key_Delete)
    assert ws.ratings(candidate_id) == []
    assert editor.result.fit_label.text() == "—"


def test_the_keyboard_scores_the_focused_competency(qtbot, editor, ws, candidate_id):
    choose_rater(qtbot, editor, "Helena")
    editor.rater_combo.setFocus()
    qtbot.keyClick(editor.rater_combo, Qt.Key.Key_Tab)
    selector = editor.rows["S1"].selector
    assert QApplication.focusWidget() is selector
    qtbot.keyClick(selector, Qt.Key.Key_3)
    qtbot.keyClick(selector, Qt.Key.Key_Right)
    assert ws.ratings(candidate_id) == [Rating("S1", "Helena", 4)]
    assert QApplication.focusWidget() is selector  # re-reading kept the focus in place
    qtbot.keyClick(selector, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.rows["S1"].evidence


def test_evidence_is_saved_when_editing_finishes(qtbot, editor, ws, candidate_id):
    choose_rater(qtbot, editor, "Helena")
    evidence = editor.rows["S3"].evidence
    assert not evidence.isEnabled()  # evidence belongs to a score
    click_score(qtbot, editor, "S3", 5)
    assert evidence.isEnabled()

    evidence.setFocus()
    qtbot.keyClicks(evidence, "CFO and CMO confirm joint targets")
    assert ws.ratings(candidate_id)[0].evidence == ""  # not per keystroke
    qtbot.keyClick(evidence, Qt.Key.Key_Return)
    assert ws.ratings(candidate_id) == [
        Rating("S3", "Helena", 5, "CFO and CMO confirm joint targets")
    ]

    qtbot.keyClicks(evidence, " in 2024")
    editor.rows["S4"].evidence.setFocus()  # focus out also saves
    editor.rows["S4"].selector.setFocus()
    assert ws.ratings(candidate_id)[0].evidence == "CFO and CMO confirm joint targets in 2024"

    click_score(qtbot, editor, "S3", 4)  # a new score keeps the evidence
    assert ws.ratings(candidate_id) == [
        Rating("S3", "Helena", 4, "CFO and CMO confirm joint targets in 2024")
    ]


def test_the_rater_name_is_remembered(qtbot, editor, ws, search_id):
    assert editor.rater_combo.currentText() == ""
    assert not editor.rows["S1"].selector.isEnabled()  # a name first
    choose_rater(qtbot, editor, "Helena Costa")
    assert editor.rows["S1"].selector.isEnabled()
    assert rater_settings().value(RATER_SETTING) is None  # only once they score
    click_score(qtbot, editor, "S1", 3)
    assert rater_settings().value(RATER_SETTING) == "Helena Costa"

    other = ws.add_candidate(search_id, CandidateDetails(full_name="Bruno Lima"))
    later = ScoreCardEditor(ws)
    qtbot.addWidget(later)
    later.set_candidate(other)
    assert later.rater_combo.currentText() == "Helena Costa"
    assert [later.rater_combo.itemText(i) for i in range(later.rater_combo.count())] == [
        "Helena Costa"
    ]


def test_undo_shows_the_restored_score(qtbot, editor, ws, candidate_id):
    choose_rater(qtbot, editor, "Helena")
    click_score(qtbot, editor, "S1", 4)
    click_score(qtbot, editor, "S1", 2)
    assert editor.result.fit_label.text() == "40"

    ws.undo_stack.undo()
    assert checked_score(editor, "S1") == 4
    assert editor.result.fit_label.text() == "80"
    ws.undo_stack.undo()
    assert checked_score(editor, "S1") is None
    assert editor.result.fit_label.text() == "—"
    ws.undo_stack.redo()
    assert checked_score(editor, "S1") == 4


def test_a_refused_score_shows_the_message_and_changes_nothing(
    qtbot, editor, ws, candidate_id, monkeypatch
):
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text: warnings.append((title, text))
    )
    choose_rater(qtbot, editor, "H" * 201)
    click_score(qtbot, editor, "S1", 4)

    assert warnings == [("Score not saved", "Rater is too long (201 of 200).")]
    assert ws.ratings(candidate_id) == []
    assert checked_score(editor, "S1") is None
    assert rater_settings().value(RATER_SETTING) is None


def test_refused_evidence_keeps_the_stored_text_and_what_was_typed(
    qtbot, editor, ws, candidate_id, monkeypatch
):
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text: warnings.append((title, text))
    )
    choose_rater(qtbot, editor, "Helena")
    click_score(qtbot, editor, "E3", 4)
    evidence = editor.rows["E3"].evidence
    evidence.setFocus()
    evidence.insert("x" * 10_001)  # as if pasted
    qtbot.keyClick(evidence, Qt.Key.Key_Return)

    assert warnings == [("Score not saved", "Evidence is too long (10001 of 10000).")]
    assert ws.ratings(candidate_id) == [Rating("E3", "Helena", 4)]
    assert len(evidence.text()) == 10_001  # still there to shorten


def test_no_candidate_shows_a_hint_and_no_editing(qtbot, ws):
    editor = ScoreCardEditor(ws)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.pages.currentWidget() is editor.hint_label
    assert "Select a candidate" in editor.hint_label.text()
    assert not editor.content.isEnabled()


def test_a_deleted_candidate_comes_back_with_undo(qtbot, editor, ws, candidate_id):
    choose_rater(qtbot, editor, "Helena")
    click_score(qtbot, editor, "E2", 5)
    ws.delete_candidate(candidate_id)
    assert editor.pages.currentWidget() is editor.hint_label
    ws.undo_stack.undo()
    assert editor.pages.currentWidget() is editor.content
    assert checked_score(editor, "E2") == 5


def test_a_cso_search_weights_execution(qtbot, ws):
    cso = ws.create_search(
        SearchDetails(title="Chief Sales Officer", role=Role.CSO, start_date="2026-01-05")
    )
    editor = ScoreCardEditor(ws)
    qtbot.addWidget(editor)
    editor.set_candidate(ws.add_candidate(cso, CandidateDetails(full_name="Ana Souza")))
    assert editor.rows["E1"].weight_label.text() == "weight 3"
    assert editor.rows["S1"].weight_label.text() == "weight 1"
    assert editor.rows["B1"].weight_label.text() == "weight 2"
    assert "CSO seat" in editor.title_label.text()


def test_screenshots_of_a_partly_and_a_fully_scored_candidate(
    qtbot, editor, ws, search_id, screenshot
):
    choose_rater(qtbot, editor, "Helena Costa")
    score_all(qtbot, editor, {"S1": 4, "S3": 3, "E1": 4, "E2": 3})
    editor.rows["S1"].evidence.setFocus()
    qtbot.keyClicks(editor.rows["S1"].evidence, "Built the 3-year plan and launched usage pricing")
    qtbot.keyClick(editor.rows["S1"].evidence, Qt.Key.Key_Return)
    choose_rater(qtbot, editor, "Marco")
    click_score(qtbot, editor, "S1", 2)
    choose_rater(qtbot, editor, "Helena Costa")
    assert editor.result.provisional_label.isVisible()
    show_top(editor)
    assert clipped(editor) == []
    screenshot(editor, "scorecard_editor_partly_scored")

    flagged = ws.add_candidate(search_id, CandidateDetails(full_name="Bruno Lima"))
    editor.set_candidate(flagged)
    score_all(qtbot, editor, FLAGGED)
    assert len(editor.result.flag_texts()) == 2
    assert not editor.result.provisional_label.isVisible()
    show_top(editor)
    assert clipped(editor) == []
    screenshot(editor, "scorecard_editor_flagged")
    assert len(COMPETENCY_KEYS) == len(FLAGGED)


def settle() -> None:
    """Lets the editor re-arrange itself after a resize, as the event loop would."""
    for _ in range(5):
        QApplication.processEvents()


def clipped(editor: ScoreCardEditor) -> list[str]:
    """Every visible label whose text does not fit: wrapped text taller than the label, one
    line wider than it (elided labels aside, which cut their text on purpose), or a label
    reaching past the edge of what holds it."""
    found = []
    for label in editor.findChildren(QLabel):
        if not label.isVisible():
            continue
        name = repr(label.text()[:40])
        width, height = label.width(), label.height()
        if label.wordWrap() and label.heightForWidth(width) > height:
            found.append(f"{name} wraps to {label.heightForWidth(width)} px, has {height}")
        one_line = not label.wordWrap() and not isinstance(label, (ElidedLabel, TitleLabel))
        if one_line and label.sizeHint().width() > width:
            found.append(f"{name} needs {label.sizeHint().width()} px, has {width}")
        box = label.geometry()
        holder = label.parentWidget()
        if box.right() >= holder.width() or box.bottom() >= holder.height():
            found.append(f"{name} reaches past the edge of its {type(holder).__name__}")
    return found


@pytest.fixture
def hosted(qtbot, ws, search_id):
    """The editor in a window of the given size, as in the candidates panel, showing a
    flagged candidate fully scored by a chosen rater."""
    windows = []

    def host(width: int, height: int) -> ScoreCardEditor:
        window = QWidget()
        windows.append(window)  # kept alive for the test
        qtbot.addWidget(window)
        layout = QVBoxLayout(window)
        layout.setContentsMargins(0, 0, 0, 0)
        editor = ScoreCardEditor(ws)
        layout.addWidget(editor)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        flagged = ws.add_candidate(search_id, CandidateDetails(full_name="Thomas Reinholt"))
        editor.set_candidate(flagged)
        choose_rater(qtbot, editor, "Helena Costa")
        score_all(qtbot, editor, {**FLAGGED, "S1": 2})
        # S2 scored 2, 1 and 4: a median of 2, a critical gap, and disputed.
        choose_rater(qtbot, editor, "Marco")
        click_score(qtbot, editor, "S2", 1)
        choose_rater(qtbot, editor, "Ines")
        click_score(qtbot, editor, "S2", 4)
        choose_rater(qtbot, editor, "Helena Costa")
        show_top(editor)
        settle()
        assert len(editor.result.flag_texts()) == 2
        assert window.width() == width
        return editor

    return host


def test_a_narrow_editor_stacks_its_parts_and_cuts_nothing(hosted, qtbot, screenshot):
    editor = hosted(500, 700)
    screenshot(editor, "scorecard_editor_narrow")

    assert not editor.scroll.horizontalScrollBar().isVisible()
    for label in editor.result.flag_labels:
        assert label.wordWrap()
        assert label.heightForWidth(label.width()) <= label.height()
    assert clipped(editor) == []
    row = editor.rows["S2"]
    assert row._rubric.direction() is QBoxLayout.Direction.TopToBottom
    assert row.evidence.y() > row.selector.y()  # the evidence field under the buttons
    assert row.weight_label.isVisible() and row.disputed_label.isVisible()
    assert row.critical_label.isVisible()
    assert editor.rater_hint.y() > editor.rater_combo.y()  # the hint under the combo

    # The explanation waits behind a button there, and opens fully.
    result = editor.result
    assert result.explain_button.isVisible() and not result.explanation_label.isVisible()
    assert result.explanation_label.text() in result.fit_label.toolTip()
    result.explain_button.setFocus()
    qtbot.keyClick(result.explain_button, Qt.Key.Key_Space)
    settle()
    assert result.explanation_label.isVisible()
    assert clipped(editor) == []
    screenshot(editor, "scorecard_editor_narrow_explained")


def test_a_wide_editor_keeps_the_rubric_in_columns_and_cuts_nothing(hosted, screenshot):
    editor = hosted(1000, 800)
    screenshot(editor, "scorecard_editor_wide")

    assert not editor.scroll.horizontalScrollBar().isVisible()
    for label in editor.result.flag_labels:
        assert label.heightForWidth(label.width()) <= label.height()
    assert clipped(editor) == []
    row = editor.rows["S2"]
    assert row._rubric.direction() is QBoxLayout.Direction.LeftToRight
    assert row.evidence.x() > row.selector.x() + row.selector.width()  # beside the buttons
    assert editor.rater_hint.y() < editor.rater_combo.y() + editor.rater_combo.height()
    assert editor.result.explanation_label.isVisible()
    assert not editor.result.explain_button.isVisible()
