"""Bad input in the forms: text in every script is saved exactly as typed, and a control
character pasted into a field is refused with a message naming that field, the form staying
open on it."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.ui.candidate_dialogs import CandidateDialog, NoteDialog
from desktop_app.ui.search_dialog import SearchDialog
from desktop_app.ui.workspace import Workspace

NAMES = {
    "full_name": "Zoë Ñúñez-O\u2019Brien",
    "current_title": "مديرة المبيعات",  # right-to-left
    "current_company": "丁一 · Đặng Thị",
    "location": "São Paulo \u200f(BR)",  # with a right-to-left mark
    "email": "zoë@exämple.org",
    "phone": "+55 11 91234-5678",
    "linkedin_url": "https://www.linkedin.com/in/zoë",
    "source": "Referral 👩🏽\u200d💻",  # emoji joined by zero-width joiners
    "pay_expectation": "e\u0301 BRL 1.2M",  # a combining accent
}


@pytest.fixture
def ws(qapp, db, db_path) -> Workspace:
    workspace = Workspace(db, db_path)
    yield workspace
    workspace.undo_stack.clear()


def search(ws: Workspace) -> str:
    return ws.create_search(
        SearchDetails(title="CRO", role=Role.CRO, start_date=dt.date(2026, 1, 5))
    )


def test_a_candidate_in_every_script_is_saved_exactly_as_typed(qtbot, ws):
    dialog = CandidateDialog()
    qtbot.addWidget(dialog)
    for name, text in NAMES.items():
        dialog.fields[name].setText(f"  {text} ")  # spaces at the ends go, nothing else
    dialog.accept()
    details = dialog.details()
    assert details is not None
    cid = ws.add_candidate(search(ws), details)
    stored = ws.candidate(cid).details
    assert {name: getattr(stored, name) for name in NAMES} == NAMES


@pytest.mark.parametrize(
    ("field", "bad", "message"),
    [
        ("full_name", "Zoë\x00", "Full name contains control characters."),
        ("location", "São\x1b[31mPaulo", "Location contains control characters."),
        ("email", "zoë@exämple.org\x07", "E-mail contains control characters."),
        ("linkedin_url", "https://x.io/\x7f", "LinkedIn address contains control characters."),
        ("full_name", "N" * 201, "Full name is too long (201 of 200)."),
        ("email", "zoë at exämple", "'zoë at exämple' is not an e-mail address."),
    ],
)
def test_a_bad_value_is_refused_naming_the_field(qtbot, field, bad, message):
    dialog = CandidateDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.fields["full_name"].setText("Zoë")
    dialog.fields[field].setText(bad)
    dialog.accept()
    assert dialog.details() is None and dialog.isVisible()
    assert dialog.error.text() == message
    assert dialog.focusWidget() is dialog.fields[field]  # where the person fixes it


def test_a_note_keeps_every_script_and_refuses_a_control_character(qtbot, ws):
    cid = ws.add_candidate(search(ws), _details())
    dialog = NoteDialog()
    qtbot.addWidget(dialog)
    body = "שלום! Met on 12 Mar 👨\u200d👩\u200d👧\n\tNext: e\u0301tude"
    dialog.body_edit.setPlainText(body)
    dialog.author_edit.setText("Zoë")
    dialog.accept()
    note_id = ws.add_note(cid, dialog.details())
    assert ws.notes(cid)[0].details.body == body and ws.notes(cid)[0].id == note_id

    refused = NoteDialog()
    qtbot.addWidget(refused)
    refused.body_edit.setPlainText("Pasted\x0cfrom a PDF")
    refused.accept()
    assert refused.details() is None and refused.error.text() == "Note contains control characters."


def test_a_search_title_in_any_script_is_kept_and_a_control_character_refused(qtbot, ws):
    dialog = SearchDialog()
    qtbot.addWidget(dialog)
    dialog.title.setText("المدير التنفيذي للإيرادات 🚀")
    dialog.accept()
    search_id = ws.create_search(dialog.details())
    assert ws.search(search_id).title == "المدير التنفيذي للإيرادات 🚀"

    refused = SearchDialog()
    qtbot.addWidget(refused)
    refused.title.setText("CRO\x1b")
    refused.accept()
    assert refused.error.text() == "Title contains control characters."
    assert refused.result() != SearchDialog.DialogCode.Accepted


def _details() -> CandidateDetails:
    return CandidateDetails(full_name="Zoë")
