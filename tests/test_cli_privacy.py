"""`revsearch export-person` (an access request from a terminal), `export-search` leaving
confidential notes out unless asked, and arguments that are not valid text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import digest, run

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.note import NoteDetails
from desktop_app.store import candidates, notes
from desktop_app.store.database import open_database

EMAIL = "ana.lima@example.org"


@pytest.fixture
def demo_path(capsys, db_path: Path) -> Path:
    run(capsys, "demo", "--db", str(db_path))
    db = open_database(db_path)
    searches = [row["id"] for row in db.query("SELECT id FROM searches ORDER BY title")]
    for search_id in searches[:2]:  # the same person in two searches
        cid = candidates.add_candidate(
            db, search_id, CandidateDetails(full_name="Ana Lima", email=EMAIL)
        )
        notes.add_note(db, cid, NoteDetails(body="Health matter", confidential=True))
    db.close()
    return db_path


def candidate_ids(path: Path) -> list[str]:
    db = open_database(path)
    try:
        return [r["id"] for r in db.query("SELECT id FROM candidates WHERE email = ?", [EMAIL])]
    finally:
        db.close()


def test_export_person_by_email_writes_every_record_of_them(capsys, demo_path, tmp_path):
    target = tmp_path / "ana.json"
    before = digest(demo_path)
    code, out, err = run(
        capsys, "export-person", EMAIL.upper(), "-o", str(target), "--db", str(demo_path)
    )
    assert (code, err) == (0, "")
    assert out == f"Wrote 2 records of this person to {target}.\n"
    assert "Ana" not in out and EMAIL not in out  # no personal data in the terminal
    document = json.loads(target.read_text(encoding="utf-8"))
    assert len(document["records"]) == 2
    assert all(r["notes"][0]["body"] == "Health matter" for r in document["records"])
    assert digest(demo_path) == before  # reading only


def test_export_person_by_id_prefix(capsys, demo_path, tmp_path):
    first = candidate_ids(demo_path)[0]
    target = tmp_path / "ana.json"
    code, _, _ = run(capsys, "export-person", first[:8], "-o", str(target), "--db", str(demo_path))
    assert code == 0
    records = json.loads(target.read_text(encoding="utf-8"))["records"]
    assert records[0]["candidate"]["id"] == first


@pytest.mark.parametrize(
    ("person", "message"),
    [
        ("nobody@example.org", "No candidate has the e-mail address"),
        ("abc", "at least its first 8 characters"),
        ("ffffffff-ffff", "No candidate with id"),
    ],
)
def test_an_unknown_person_is_a_user_error_and_writes_nothing(
    capsys, demo_path, tmp_path, person, message
):
    target = tmp_path / "x.json"
    code, out, err = run(capsys, "export-person", person, "-o", str(target), "--db", str(demo_path))
    assert code == 1 and out == "" and message in err
    assert not target.exists()


def test_export_person_never_creates_a_database(capsys, tmp_path):
    missing = tmp_path / "none.sqlite3"
    code, _, err = run(
        capsys, "export-person", EMAIL, "-o", str(tmp_path / "x.json"), "--db", str(missing)
    )
    assert code == 2 and "no database" in err and not missing.exists()


def test_export_search_leaves_confidential_notes_out_unless_asked(capsys, demo_path, tmp_path):
    plain, full = tmp_path / "plain.revsearch", tmp_path / "full.revsearch"
    code, out, _ = run(
        capsys, "export-search", "Chief Sales Officer", "-o", str(plain), "--db", str(demo_path)
    )
    assert code == 0 and "without confidential notes" in out and out.count("\n") == 1
    args = ("export-search", "Chief Sales Officer", "-o", str(full), "--include-confidential")
    code, out, _ = run(capsys, *args, "--db", str(demo_path))
    assert code == 0 and "without" not in out
    left_out = json.loads(plain.read_text(encoding="utf-8"))
    kept = json.loads(full.read_text(encoding="utf-8"))
    assert left_out["confidential_included"] is False and kept["confidential_included"] is True
    assert not any(n["confidential"] for n in left_out["notes"])
    assert any(n["confidential"] for n in kept["notes"])


def test_an_argument_that_is_not_valid_text_is_a_user_error_not_a_crash(capsys, demo_path):
    # What Python makes of a Latin-1 "é" typed into a UTF-8 terminal: a lone surrogate.
    code, out, err = run(capsys, "export-search", "Chief Sales Offic\udce9r", "-o", "x", "--db",
                         str(demo_path))  # fmt: skip
    assert code == 1 and out == "" and "not valid text" in err
