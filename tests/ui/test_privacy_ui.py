"""Privacy in the window: a candidate's data exported or erased from the candidate panel, the
retention view (Search > Retention...), and a hand-off that asks before confidential notes go."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from candidates_helpers import when_modal
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox
from test_main_window import open_window

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.search import Role, SearchDetails, SearchStatus
from desktop_app.store.errors import NotFound
from desktop_app.ui.person_privacy import ErasePersonDialog
from desktop_app.ui.retention_dialog import MONTHS_KEY, RetentionDialog

EMAIL = "ines.duarte@example.org"


@pytest.fixture(autouse=True)
def isolated_settings(qapp):
    qapp.setOrganizationName("RevSearchTests")
    qapp.setApplicationName("RevSearchTests")
    QSettings().clear()
    yield
    QSettings().clear()


def new_search(ws, title: str, company: str = "Acme") -> str:
    return ws.create_search(
        SearchDetails(title=title, role=Role.CRO, start_date=dt.date(2026, 1, 5), company=company)
    )


@pytest.fixture
def window(qtbot, db, db_path):
    """A window with Inês Duarte in two searches (same e-mail) and a namesake in a third."""
    window = open_window(qtbot, db, db_path)
    ws = window.workspace
    first = new_search(ws, "Chief Revenue Officer")
    second = new_search(ws, "Chief Sales Officer", "Globex")
    third = new_search(ws, "CRO Americas", "Initech")
    ines = ws.add_candidate(first, CandidateDetails(full_name="Inês Duarte", email=EMAIL))
    ws.add_note(ines, NoteDetails(body="Strong on pricing", confidential=True))
    ws.add_candidate(second, CandidateDetails(full_name="I. Duarte", email=EMAIL))
    ws.add_candidate(third, CandidateDetails(full_name="Ines Duarte", email="other@x.org"))
    ws.add_candidate(first, CandidateDetails(full_name="Bruno Reis"))
    window.go_to_candidate(first, ines)
    window.search_page.tabs.setCurrentWidget(window.search_page.candidates)
    window.ids = {"first": first, "second": second, "third": third, "ines": ines}
    return window


def profile(window):
    return window.search_page.candidates.panel.profile


def test_export_this_persons_data_writes_every_record_of_them(window, tmp_path, screenshot):
    button = profile(window).privacy_button
    assert button.isEnabled() and button.text().startswith("Privacy")
    assert button.isVisible() and not button.visibleRegion().isEmpty()
    screenshot(window.search_page.candidates.panel, "candidate-privacy-button")
    target = tmp_path / "ines.json"
    suggested = []
    button.ask_export_path = lambda path: suggested.append(path) or str(target)
    button.export_action.trigger()
    assert suggested[0].endswith("Inês-Duarte-data.json")
    records = json.loads(target.read_text(encoding="utf-8"))["records"]
    assert [r["search"]["title"] for r in records] == [
        "Chief Revenue Officer",
        "Chief Sales Officer",
    ]
    assert records[0]["notes"][0]["body"] == "Strong on pricing"  # confidential: it is theirs
    assert "Wrote 2 record(s)" in window.statusBar().currentMessage()


def test_erase_this_person_asks_then_erases_them_everywhere_chosen_and_clears_undo(
    qtbot, window, screenshot
):
    ws, ids = window.workspace, window.ids
    button = profile(window).privacy_button
    assert window.undo_action.isEnabled()
    seen: dict[str, object] = {}

    def ask_erase(dialog: ErasePersonDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        screenshot(dialog, "erase-person")
        seen["text"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        others = dialog.others
        seen["others"] = [
            (others.item(i).text(), others.item(i).checkState()) for i in range(others.count())
        ]
        assert not dialog.erase_button.isDefault()
        return True

    button.ask_erase = ask_erase
    button.erase_action.trigger()

    text = str(seen["text"])
    assert "Erase Inês Duarte for good?" in text
    assert "cannot be undone" in text and "backups" in text and "confidential" in text
    assert "Mentions of them in other people's notes" in text  # they go too
    assert seen["others"] == [
        ("I. Duarte — Chief Sales Officer · Globex (same e-mail)", Qt.CheckState.Checked),
        (
            "Ines Duarte — CRO Americas · Initech (same name only: perhaps someone else)",
            Qt.CheckState.Unchecked,
        ),
    ]
    with pytest.raises(NotFound):
        ws.candidate(ids["ines"])
    assert [c.full_name for c in ws.candidates(ids["second"])] == []
    assert [c.full_name for c in ws.candidates(ids["third"])] == ["Ines Duarte"]  # not ticked
    assert ws.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    assert "Erased 2 record(s)" in window.statusBar().currentMessage()
    panel = window.search_page.candidates.panel
    assert panel.candidate_id() != ids["ines"]


def test_cancelling_the_erase_changes_nothing(window):
    ws = window.workspace
    steps = ws.undo_stack.count()
    button = profile(window).privacy_button
    button.ask_erase = lambda dialog: False
    button.erase_action.trigger()
    assert ws.candidate(window.ids["ines"]).full_name == "Inês Duarte"
    assert ws.undo_stack.count() == steps


def test_a_read_only_database_can_export_but_not_erase(window):
    window.workspace.read_only = True
    window.search_page.candidates.panel._reload()
    button = profile(window).privacy_button
    assert button.export_action.isEnabled() and not button.erase_action.isEnabled()


# --- the retention view ---------------------------------------------------------------------


def close_long_ago(ws, search_id: str, when: str, status=SearchStatus.FILLED) -> None:
    ws.set_search_status(search_id, status)
    ws.db.execute(
        "UPDATE searches SET closed_at = ? WHERE id = ?", [f"{when}T09:00:00.000Z", search_id]
    )


def open_retention(qtbot, window) -> RetentionDialog:
    window.retention_action.trigger()
    dialog = window.findChild(RetentionDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def names(dialog: RetentionDialog) -> list[str]:
    table = dialog.table
    return [table.topLevelItem(i).text(0) for i in range(table.topLevelItemCount())]


def test_the_retention_view_erases_or_anonymises_ticked_records(qtbot, window, screenshot):
    ws, ids = window.workspace, window.ids
    old = dt.date.today() - dt.timedelta(days=3 * 365)
    close_long_ago(ws, ids["first"], old.isoformat())
    close_long_ago(ws, ids["second"], (old + dt.timedelta(days=40)).isoformat(), "cancelled")
    dialog = open_retention(qtbot, window)
    assert dialog.months.value() == 24
    assert names(dialog) == ["Bruno Reis", "Inês Duarte", "I. Duarte"]  # oldest closed first
    closed = dialog.table.topLevelItem(2).text(RetentionDialog.CLOSED)
    assert "Cancelled" in closed
    assert not dialog.erase_button.isEnabled() and not dialog.anonymise_button.isEnabled()
    dialog.select_all.click()
    assert dialog.count_label.text() == "3 of 3 ticked"
    screenshot(dialog, "retention")

    # Anonymise the first two: they keep their place in the statistics under a code.
    dialog.select_none.click()
    for row in (0, 1):
        dialog.table.topLevelItem(row).setCheckState(0, Qt.CheckState.Checked)
    asked = []
    dialog.confirm = lambda title, question, action: asked.append(question) or True
    dialog.anonymise_button.click()
    assert "cannot be undone" in asked[0] and "2 record(s)" in asked[0]
    assert names(dialog) == ["I. Duarte"]
    assert sorted(c.full_name for c in ws.candidates(ids["first"])) == [
        "Candidate C-01",
        "Candidate C-02",
    ]
    assert ws.undo_stack.count() == 0
    dialog.show_anonymised.setChecked(True)
    assert len(names(dialog)) == 3
    assert "anonymised" in dialog.table.topLevelItem(0).text(RetentionDialog.STAGE)
    dialog.show_anonymised.setChecked(False)

    # Erase the last one.
    dialog.select_all.click()
    dialog.erase_button.click()
    assert names(dialog) == [] and dialog.empty_label.isVisible()
    assert ws.candidates(ids["second"]) == []
    screenshot(dialog, "retention-empty")
    dialog.close()


def test_the_retention_period_is_remembered_and_moves_the_cutoff(qtbot, window):
    ws, ids = window.workspace, window.ids
    close_long_ago(ws, ids["third"], (dt.date.today() - dt.timedelta(days=200)).isoformat())
    dialog = open_retention(qtbot, window)
    assert names(dialog) == []
    dialog.months.setValue(6)
    assert names(dialog) == ["Ines Duarte"]
    assert int(QSettings().value(MONTHS_KEY)) == 6
    dialog.close()
    assert open_retention(qtbot, window).months.value() == 6


def test_a_bad_stored_period_falls_back_to_the_default(qtbot, window):
    QSettings().setValue(MONTHS_KEY, "forever")
    assert open_retention(qtbot, window).months.value() == 24


# --- the hand-off asks about confidential notes --------------------------------------------


def test_exporting_a_search_asks_each_time_before_confidential_notes_go(window, tmp_path):
    window.refresh(select=window.ids["first"])
    target = tmp_path / "first.revsearch"
    window.ask_path_to_save = lambda suggested: str(target)
    asked: list[int] = []

    def answer(choice):
        return lambda count: asked.append(count) or choice

    window.ask_include_confidential = answer(None)  # Cancel
    window.export_search_action.trigger()
    assert asked == [1] and not target.exists()

    window.ask_include_confidential = answer(False)
    window.export_search_action.trigger()
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["notes"] == [] and document["confidential_included"] is False

    window.ask_include_confidential = answer(True)
    window.export_search_action.trigger()
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [n["body"] for n in document["notes"]] == ["Strong on pricing"]
    assert asked == [1, 1, 1]  # every time: the answer is never remembered


def test_the_confidential_question_starts_unticked_and_cancel_cancels(qtbot, window, screenshot):
    seen: dict[str, object] = {}

    def tick_and_continue(box: QMessageBox) -> None:
        tick = box.findChild(QCheckBox)
        seen["ticked at first"] = tick.isChecked()
        seen["text"] = box.text() + " " + box.informativeText()
        screenshot(box, "export-search-confidential")
        tick.setChecked(True)
        next(b for b in box.buttons() if b.text() == "Continue").click()

    when_modal(tick_and_continue)
    assert window.ask_include_confidential(2) is True
    assert seen["ticked at first"] is False
    assert "2 confidential note(s)" in str(seen["text"])

    when_modal(lambda box: box.reject())
    assert window.ask_include_confidential(1) is None
