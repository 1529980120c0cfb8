"""The Find dialog: results follow the typing, the keyboard picks one, and the ids come out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QSignalSpy, QTest

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.ui.find_dialog import FindDialog
from desktop_app.ui.workspace import Workspace


@pytest.fixture
def ws(qapp, db, db_path):
    workspace = Workspace(db, db_path)
    yield workspace
    workspace.close()


@pytest.fixture
def people(ws) -> dict[str, str]:
    """Two searches, with one person in both."""
    cro = ws.create_search(
        SearchDetails(title="CRO Americas", role=Role.CRO, start_date="2026-01-05")
    )
    cso = ws.create_search(SearchDetails(title="CSO EMEA", role=Role.CSO, start_date="2026-01-05"))
    ids = {
        "cro": cro,
        "cso": cso,
        "ana": ws.add_candidate(
            cro, CandidateDetails("Ana Ruiz", current_title="CRO", current_company="Cobalt")
        ),
        "marta": ws.add_candidate(cro, CandidateDetails("Marta Vidal", current_company="Lumio")),
        "marta_cso": ws.add_candidate(cso, CandidateDetails("Marta Vidal")),
    }
    ws.add_note(ids["ana"], NoteDetails(body="Knows Marta from the Lumio days"))
    return ids


@pytest.fixture
def dialog(qtbot, ws, people):
    found = FindDialog(ws)
    qtbot.addWidget(found)
    found.show()
    qtbot.waitExposed(found)
    return found


def type_and_wait(qtbot, dialog: FindDialog, text: str) -> None:
    QTest.keyClicks(dialog.field, text)
    qtbot.waitUntil(lambda: not dialog._timer.isActive(), timeout=2000)


def test_the_dialog_opens_with_a_hint_and_the_field_focused(qtbot, dialog):
    assert dialog.pages.currentWidget() is dialog.message
    assert "Type a name" in dialog.message.text()
    qtbot.waitUntil(dialog.field.hasFocus)


def test_typing_shows_results_after_a_short_pause_name_matches_first(qtbot, dialog, people):
    QTest.keyClicks(dialog.field, "mar")
    assert dialog.results.count() == 0  # not yet: the pause has not passed
    qtbot.waitUntil(lambda: dialog.results.count() == 3, timeout=2000)
    hits = dialog.hits()
    assert [h.full_name for h in hits] == ["Marta Vidal", "Marta Vidal", "Ana Ruiz"]
    assert {h.candidate_id for h in hits[:2]} == {people["marta"], people["marta_cso"]}
    assert hits[2].matched_in == ("notes",)
    assert dialog.results.currentRow() == 0


def test_rows_say_where_the_person_is_why_they_matched_and_where_else_they_are(
    qtbot, dialog, people
):
    type_and_wait(qtbot, dialog, "marta lumio")
    texts = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    marta = next(t for t in texts if "CRO Americas" in t and t.startswith("Marta"))
    assert "Also in: “CSO EMEA”" in marta
    ana = next(t for t in texts if t.startswith("Ana Ruiz"))
    assert "CRO at Cobalt" in ana
    assert "Found in notes: “Knows Marta from the Lumio days”" in ana
    item = dialog.results.item(0)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == item.text()


def test_enter_chooses_the_selected_candidate_and_closes(qtbot, dialog, people):
    type_and_wait(qtbot, dialog, "ruiz")
    with qtbot.waitSignal(dialog.candidate_chosen, timeout=2000) as chosen:
        QTest.keyClick(dialog.field, Qt.Key.Key_Return)
    assert chosen.args == [people["cro"], people["ana"]]
    assert not dialog.isVisible()
    assert dialog.result() == FindDialog.DialogCode.Accepted


def test_down_arrow_in_the_field_moves_through_the_results(qtbot, dialog, people):
    type_and_wait(qtbot, dialog, "mar")
    second = dialog.hits()[1]
    QTest.keyClick(dialog.field, Qt.Key.Key_Down)
    assert dialog.results.currentRow() == 1
    assert dialog.field.hasFocus()
    with qtbot.waitSignal(dialog.candidate_chosen, timeout=2000) as chosen:
        QTest.keyClick(dialog.field, Qt.Key.Key_Enter)
    assert chosen.args == [second.search_id, second.candidate_id]


def test_enter_straight_after_typing_uses_the_fresh_results(qtbot, dialog, people):
    QTest.keyClicks(dialog.field, "ruiz")
    with qtbot.waitSignal(dialog.candidate_chosen, timeout=2000) as chosen:
        QTest.keyClick(dialog.field, Qt.Key.Key_Return)
    assert chosen.args == [people["cro"], people["ana"]]


def test_double_click_chooses_a_row(qtbot, dialog, people):
    type_and_wait(qtbot, dialog, "vidal")
    row = next(i for i, h in enumerate(dialog.hits()) if h.search_id == people["cso"])
    rect = dialog.results.visualItemRect(dialog.results.item(row))
    with qtbot.waitSignal(dialog.candidate_chosen, timeout=2000) as chosen:
        viewport = dialog.results.viewport()
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == [people["cso"], people["marta_cso"]]


def test_no_match_says_so_and_enter_does_nothing(qtbot, dialog):
    type_and_wait(qtbot, dialog, "zzz")
    assert dialog.pages.currentWidget() is dialog.message
    assert dialog.message.text().startswith("No candidate matches “zzz”.")
    spy = QSignalSpy(dialog.candidate_chosen)
    QTest.keyClick(dialog.field, Qt.Key.Key_Return)
    assert spy.count() == 0
    assert dialog.isVisible()


def test_odd_input_shows_no_error(qtbot, dialog):
    type_and_wait(qtbot, dialog, '"( AND * ^')
    assert dialog.pages.currentWidget() is dialog.message


def test_escape_closes_without_choosing(qtbot, dialog):
    spy = QSignalSpy(dialog.candidate_chosen)
    QTest.keyClick(dialog.field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert spy.count() == 0


def test_screenshot_of_results_from_the_sample_data(qtbot, ws, screenshot):
    ws.add_sample_searches()
    # The same person in a second search, to show "Also in".
    cso = next(s for s in ws.summaries() if s.search.role is Role.CSO)
    ws.add_candidate(cso.search.id, CandidateDetails("Mariana Duarte", location="São Paulo"))
    found = FindDialog(ws)
    qtbot.addWidget(found)
    found.show()
    qtbot.waitExposed(found)
    type_and_wait(qtbot, found, "mar")
    assert found.results.count() >= 4
    screenshot(found, "find_dialog_results")
    type_and_wait(qtbot, found, "zz")
    screenshot(found, "find_dialog_empty")


def test_the_footer_says_when_more_candidates_match_than_are_shown(qtbot, dialog, monkeypatch):
    from desktop_app.ui import find_dialog

    monkeypatch.setattr(find_dialog, "LIMIT", 2)
    type_and_wait(qtbot, dialog, "mar")  # three candidates match
    assert dialog.results.count() == 2
    assert dialog.footer.text() == (
        "Showing the first 2; more candidates match. Type more to narrow them."
    )
    assert dialog.footer.isEnabled()


def test_the_footer_claims_no_more_when_every_match_is_shown(qtbot, dialog, monkeypatch):
    from desktop_app.ui import find_dialog

    monkeypatch.setattr(find_dialog, "LIMIT", 3)
    type_and_wait(qtbot, dialog, "mar")  # exactly three
    assert dialog.results.count() == 3
    assert dialog.footer.text() == "↑ ↓ to move, Enter to open, Esc to close"
    assert not dialog.footer.isEnabled()
