"""Importing candidates from a messy spreadsheet: the columns are recognised, every row says what
will happen to it, nothing is saved before the person confirms, and the import is one undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.store.candidate_import import read_table
from desktop_app.ui.import_dialog import ImportCandidatesDialog
from desktop_app.ui.workspace import Workspace

MESSY_CSV = """\
First Name,Last Name,Company Name,Job Title,Email Address,Profile URL
Zoë,Müller,Acmé GmbH,Chief Revenue Officer,zoe@acme.de,https://www.linkedin.com/in/zoe-muller
Jon,Smith,Globex,VP Sales,jon@globex.com,
Jon,Smith,Globex,VP Sales,JON@globex.com,
,,Initech,CSO,nobody@initech.com,
Ana,López,Hooli,CRO,ana(at)hooli,
Peter,Old,Umbrella,CSO,peter@umbrella.com,
"""


@pytest.fixture
def ws(qapp, db, db_path) -> Workspace:
    return Workspace(db, db_path)


@pytest.fixture
def search_id(ws) -> str:
    return ws.create_search(SearchDetails(title="CRO", role=Role.CRO, start_date="2026-01-05"))


@pytest.fixture
def other_search(ws) -> str:
    other = ws.create_search(
        SearchDetails(title="CSO 2025", role=Role.CSO, start_date="2025-03-01")
    )
    ws.add_candidate(other, CandidateDetails(full_name="Peter Old", email="peter@umbrella.com"))
    return other


@pytest.fixture
def dialog(qtbot, tmp_path: Path, ws, search_id, other_search) -> ImportCandidatesDialog:
    path = tmp_path / "candidates.csv"
    path.write_text(MESSY_CSV, encoding="utf-8")
    widget = ImportCandidatesDialog(ws, search_id, read_table(path))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def add_button(dialog: QDialog) -> QPushButton:
    button = dialog.findChild(QPushButton, "addButton")
    assert button is not None
    return button


def statuses(dialog: QDialog) -> list[str]:
    table = dialog._rows
    return [table.item(row, 3).text() for row in range(table.rowCount())]


def summary(dialog: QDialog) -> str:
    return dialog.findChild(QLabel, "importSummary").text()


def test_common_headers_are_mapped_automatically(dialog):
    assert dialog.mapping() == {
        0: "first_name",
        1: "last_name",
        2: "current_company",
        3: "current_title",
        4: "email",
        5: "linkedin_url",
    }
    assert [dialog.combo(i).currentText() for i in range(6)] == [
        "First name",
        "Last name",
        "Company",
        "Title",
        "E-mail",
        "LinkedIn URL",
    ]
    assert not dialog.findChild(QLabel, "nameHint").isVisible()


def test_preview_says_what_happens_to_every_row(dialog, screenshot):
    table = dialog._rows
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == [
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
    ]
    assert table.item(0, 1).text() == "Zoë Müller"
    assert table.item(0, 2).text() == "Chief Revenue Officer at Acmé GmbH"
    assert table.item(4, 1).text() == "Ana López"  # skipped, still recognisable
    found = statuses(dialog)
    assert found[0] == "Will be added"
    assert found[1] == "Will be added"
    assert found[2] == "Skipped: same person as row 3 in this file"
    assert found[3] == "Skipped: no name"
    assert found[4].startswith("Skipped: ") and "ana(at)hooli" in found[4]
    assert found[5].startswith("⚠ Added, but also in: Peter Old in 'CSO 2025'")
    assert summary(dialog) == "3 will be added, 3 skipped, 1 already in another search"
    assert add_button(dialog).text() == "Add 3 candidates"
    assert add_button(dialog).isEnabled()
    path = screenshot(dialog, "import_candidates_dialog")
    assert path.exists()


def test_changing_a_column_recomputes_the_preview(dialog):
    dialog.combo(2).setCurrentIndex(dialog.combo(2).findData(None))  # Company Name
    assert dialog.mapping()[2] is None
    assert dialog.current_preview().mapping[2] is None
    assert dialog._rows.item(0, 2).text() == "Chief Revenue Officer"
    # The e-mail no longer read: the duplicate and the bad address are no longer caught.
    dialog.combo(4).setCurrentIndex(dialog.combo(4).findData(None))
    assert summary(dialog) == "5 will be added, 1 skipped, 0 already in another search"
    assert add_button(dialog).text() == "Add 5 candidates"


def test_nothing_is_saved_until_the_add_button_then_one_undo(qtbot, dialog, ws, search_id):
    assert ws.candidates(search_id) == []
    steps = ws.undo_stack.count()
    qtbot.mouseClick(add_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.added_count() == 3
    names = sorted(c.full_name for c in ws.candidates(search_id))
    assert names == ["Jon Smith", "Peter Old", "Zoë Müller"]
    assert {c.details.source for c in ws.candidates(search_id)} == {"Import"}
    assert ws.undo_stack.count() == steps + 1
    ws.undo_stack.undo()
    assert ws.candidates(search_id) == []


def test_cancel_writes_nothing(dialog, ws, search_id):
    dialog.reject()
    assert dialog.added_count() == 0
    assert ws.candidates(search_id) == []


def test_without_a_name_column_the_add_button_is_disabled(dialog):
    for index in (0, 1):
        dialog.combo(index).setCurrentIndex(dialog.combo(index).findData(None))
    assert not add_button(dialog).isEnabled()
    assert dialog.findChild(QLabel, "nameHint").isVisible()
    assert dialog._rows.rowCount() == 0
    dialog.combo(0).setCurrentIndex(dialog.combo(0).findData("full_name"))
    assert add_button(dialog).isEnabled()


def test_a_file_with_no_name_column_cannot_be_added(qtbot, tmp_path, ws, search_id):
    path = tmp_path / "companies.csv"
    path.write_text("Company,Email\nGlobex,jon@globex.com\n", encoding="utf-8")
    dialog = ImportCandidatesDialog(ws, search_id, read_table(path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not add_button(dialog).isEnabled()
    assert add_button(dialog).text() == "Add 0 candidates"
    assert dialog.findChild(QLabel, "nameHint").isVisible()


def test_the_files_note_is_shown(qtbot, tmp_path, ws, search_id):
    path = tmp_path / "old-excel.csv"
    path.write_bytes("Name,Email\nJosé Pérez,jose@example.com\n".encode("cp1252"))
    dialog = ImportCandidatesDialog(ws, search_id, read_table(path))
    qtbot.addWidget(dialog)
    note = dialog.findChild(QLabel, "fileNote")
    assert note is not None and "Windows-1252" in note.text()
