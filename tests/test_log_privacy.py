"""The log file never holds a note's text, an e-mail address or a phone number: edits that work,
edits that are refused or fail, a crash in the window and a crash in a terminal command all
write their lines, and none of the markers may be among them."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.cli import main
from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.scorecard import Rating
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.logs import LOG_FILE_NAME, redact, setup_logging
from desktop_app.store import notes as store_notes
from desktop_app.store import privacy
from desktop_app.store.database import open_database
from desktop_app.ui.app import report_bug
from desktop_app.ui.edits import run_edit
from desktop_app.ui.workspace import Workspace

NOTE = "Vermilionquartz compensation backchannel remark"
EMAIL = "quorra.leakcheck@marker-example.org"
PHONE = "+1 415 555 0199"


def log_text(log_file: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(
        path.read_text(encoding="utf-8") for path in log_file.parent.glob(f"{LOG_FILE_NAME}*")
    )


def leaks(text: str) -> list[str]:
    found = []
    for marker in (NOTE, "Vermilionquartz", EMAIL, "quorra.leakcheck", PHONE, "555 0199"):
        if marker.casefold() in text.casefold():
            found.append(marker)
    return found


@pytest.fixture
def quiet_dialogs(monkeypatch):
    """Message boxes answer at once: the test is about what reaches the log."""
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *args, **kwargs: None)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)


def test_edits_failures_and_crashes_leave_no_note_email_or_phone_in_the_log(
    qapp, db_path, tmp_path, monkeypatch, quiet_dialogs, capsys
):
    log_file = setup_logging()
    assert log_file is not None
    ws = Workspace(open_database(db_path), db_path)
    parent = QWidget()
    search_id = ws.create_search(
        SearchDetails(title="CRO", role=Role.CRO, start_date=dt.date(2026, 1, 5))
    )
    details = CandidateDetails(full_name="Quorra Lee", email=EMAIL, phone=PHONE)
    cid = ws.add_candidate(search_id, details)
    note_id = ws.add_note(cid, NoteDetails(body=NOTE, confidential=True))
    ws.update_note(note_id, NoteDetails(body=f"{NOTE}, call {PHONE} or {EMAIL}"))
    ws.set_score(cid, Rating("S1", "Helena", 4, f"{NOTE} ({EMAIL})"))
    ws.undo_stack.undo()
    ws.undo_stack.redo()

    # Refused: a rule broken (shown in a dialog, not logged).
    assert not run_edit(
        parent, "Not saved", lambda: ws.update_note(note_id, NoteDetails(body=f"{NOTE}\x07"))
    )

    # Failed: the disk is full while a note is saved.
    def disk_full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_notes, "add_note", disk_full)
    assert not run_edit(parent, "Not saved", lambda: ws.add_note(cid, NoteDetails(body=NOTE)))

    # A bug in the window whose message quotes the person's contacts (say, a KeyError on a
    # value): the crash handler logs the traceback in full, redacted.
    def buggy(*args, **kwargs):
        raise KeyError(f"no such person {EMAIL} / {PHONE}")

    monkeypatch.setattr(store_notes, "add_note", buggy)
    try:
        ws.add_note(cid, NoteDetails(body=NOTE))
    except KeyError:
        report_bug(*sys.exc_info())

    # Exported and erased: the log says how many, not whom.
    ws.export_person(cid, tmp_path / "person.json")
    ws.erase_candidates([cid])
    ws.close()

    # A crash in a terminal command, and a refused one.
    def export_crash(*args, **kwargs):
        raise ValueError(f"cannot write {EMAIL} at {PHONE}")

    monkeypatch.setattr(privacy, "export_person", export_crash)
    other = tmp_path / "other.sqlite3"
    db = open_database(other)
    quorra = db["candidates"]  # the person again, in another file
    db.execute(
        "INSERT INTO searches (id, title, role, start_date, created_at, updated_at) "
        "VALUES ('s', 'CRO', 'CRO', '2026-01-05', 'x', 'x')"
    )
    quorra.insert(
        {"id": "c", "search_id": "s", "full_name": "Q", "email": EMAIL, "phone": PHONE,
         "created_at": "x", "updated_at": "x"}
    )  # fmt: skip
    db.close()
    code = main(["export-person", EMAIL, "-o", str(tmp_path / "q.json"), "--db", str(other)])
    assert code == 3
    assert main(["export-person", "nobody@x.org", "-o", "q.json", "--db", str(other)]) == 1
    capsys.readouterr()

    text = log_text(log_file)
    # The test can fail: each path above did write to the log.
    assert "An edit could not be saved" in text
    assert "Unexpected error" in text and "KeyError" in text and "ValueError" in text
    assert "Erased 1 candidate record(s)" in text
    assert "[e-mail]" in text and "[phone]" in text
    assert leaks(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail jo.x@example.org now", "mail [e-mail] now"),
        ("call +44 7700 900123.", "call [phone]."),
        ("call (555) 010-9999 today", "call [phone] today"),
        ("on 2026-11-28 at noon", "on 2026-11-28 at noon"),
        # Times with their dates: a phone number is not looked for inside them.
        ("saved 2026-11-28 05:40:41", "saved 2026-11-28 05:40:41"),
        ("2026-11-28 05:40:41,123 INFO x", "2026-11-28 05:40:41,123 INFO x"),
        (
            "at 2026-11-28T05:40:41.123Z call +44 7700 900123",
            "at 2026-11-28T05:40:41.123Z call [phone]",
        ),
        (
            "/data/backups/revsearch-daily-20261128-054041-123456.sqlite3",
            "/data/backups/revsearch-daily-20261128-054041-123456.sqlite3",
        ),
        ("line 1234, in add_note", "line 1234, in add_note"),
        ("0x7f3a2b1c4d5e", "0x7f3a2b1c4d5e"),
    ],
)
def test_redaction_takes_contacts_and_leaves_dates_paths_and_code(text, expected):
    assert redact(text) == expected
