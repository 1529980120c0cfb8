"""The .revsearch hand-off and privacy: confidential notes and pay expectations leave only when
asked for, files of the first format still import, and a file cannot smuggle in text no form
would accept (control characters, broken characters)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.search import Role, SearchDetails, SearchStatus
from desktop_app.store import candidates, notes, searches
from desktop_app.store.handoff import (
    HandoffError,
    confidential_count,
    export_search,
    import_search,
    read_search_file,
    write_search_file,
)

# Every kind of script a name or note may hold, kept exactly through the round trip.
UNICODE = (
    "Zoë Ñúñez",  # accents
    "محمد الأحمد",  # right-to-left
    "👩🏽‍💻 and 👨‍👩‍👧",  # emoji with skin tone and zero-width joiners
    "e\u0301 vs é",  # a combining mark and its precomposed twin, both kept as typed
    "שלום\u200f (Hebrew with a right-to-left mark)",
    "丁一 · Đặng Thị",
)


@pytest.fixture
def search_id(db) -> str:
    search_id = searches.create_search(
        db, SearchDetails(title="CRO", role=Role.CRO, start_date=dt.date(2026, 1, 5))
    )
    ana = candidates.add_candidate(
        db, search_id, CandidateDetails(full_name="Ana Lima", pay_expectation="USD 400k")
    )
    notes.add_note(db, ana, NoteDetails(body="Open note"))
    notes.add_note(db, ana, NoteDetails(body="Health matter", confidential=True))
    return search_id


def test_confidential_notes_and_pay_stay_out_unless_asked_for(db, search_id, tmp_path):
    assert confidential_count(db, search_id) == 2  # one note, one pay expectation

    document = export_search(db, search_id, include_confidential=False)
    assert document["confidential_included"] is False
    assert [n["body"] for n in document["notes"]] == ["Open note"]
    assert document["candidates"][0]["pay_expectation"] == ""
    path = write_search_file(db, search_id, tmp_path / "s.revsearch", include_confidential=False)
    text = path.read_text(encoding="utf-8")
    assert "Health matter" not in text and "400k" not in text

    asked = export_search(db, search_id, include_confidential=True)
    assert asked["confidential_included"] is True
    assert sorted(n["body"] for n in asked["notes"]) == ["Health matter", "Open note"]
    assert asked["candidates"][0]["pay_expectation"] == "USD 400k"


def notes_and_pay(db) -> tuple[list[tuple[str, int]], list[tuple[str, str]]]:
    bodies = db.execute("SELECT body, confidential FROM notes ORDER BY body").fetchall()
    pay = db.execute("SELECT full_name, pay_expectation FROM candidates ORDER BY full_name")
    return bodies, pay.fetchall()


def test_replacing_from_a_file_without_confidential_data_keeps_ours(db, search_id, tmp_path):
    ana = db.execute("SELECT id FROM candidates").fetchone()[0]
    path = write_search_file(db, search_id, tmp_path / "s.revsearch", include_confidential=False)
    document = read_search_file(path)
    # Meanwhile, here: a new confidential note, and someone the file does not know.
    notes.add_note(db, ana, NoteDetails(body="Later secret", confidential=True))
    newer = candidates.add_candidate(
        db, search_id, CandidateDetails(full_name="Bo Novo", pay_expectation="EUR 300k")
    )
    notes.add_note(db, newer, NoteDetails(body="Bo's secret", confidential=True))

    import_search(db, document, on_existing="replace")

    bodies, pay = notes_and_pay(db)
    assert bodies == [("Health matter", 1), ("Later secret", 1), ("Open note", 0)]
    assert pay == [("Ana Lima", "USD 400k")]  # Bo is not in the file: replacing removes him

    # A file that carries them replaces them as it says.
    candidates.update_candidate(db, ana, CandidateDetails(full_name="Ana Lima"))  # pay cleared
    db.execute("DELETE FROM notes WHERE body = 'Later secret'")
    told = write_search_file(db, search_id, tmp_path / "t.revsearch", include_confidential=True)
    document = read_search_file(told)
    notes.add_note(db, ana, NoteDetails(body="Not in the file", confidential=True))
    db.execute("UPDATE candidates SET pay_expectation = 'USD 999k'")
    import_search(db, document, on_existing="replace")
    assert notes_and_pay(db) == (
        [("Health matter", 1), ("Open note", 0)],
        [("Ana Lima", "")],
    )


def test_a_file_of_the_first_format_still_imports_and_gets_its_closed_date(db, search_id, tmp_path):
    searches.set_status(db, search_id, SearchStatus.FILLED)
    document = export_search(db, search_id, include_confidential=True)
    # What RevSearch wrote before format 2: no closed_at, anonymised_at or the privacy flag.
    document["version"] = 1
    del document["confidential_included"], document["search"]["closed_at"]
    for row in document["candidates"]:
        del row["anonymised_at"]
    document["search"]["updated_at"] = "2026-04-01T09:00:00.000Z"
    path = tmp_path / "old.revsearch"
    path.write_text(json.dumps(document), encoding="utf-8")

    imported = import_search(db, read_search_file(path), on_existing="keep_both")
    closed = db.execute("SELECT closed_at FROM searches WHERE id = ?", [imported]).fetchone()[0]
    assert closed == "2026-04-01T09:00:00.000Z"


@pytest.mark.parametrize(
    ("where", "value"),
    [("search", "last spring"), ("search", 20260401), ("candidates", "yesterday")],
)
def test_a_privacy_date_that_is_not_a_time_is_refused(db, search_id, where, value):
    document = export_search(db, search_id, include_confidential=True)
    column = "closed_at" if where == "search" else "anonymised_at"
    row = document["search"] if where == "search" else document["candidates"][0]
    row[column] = value
    with pytest.raises(HandoffError, match=f"'{column}' must be a time"):
        import_search(db, document, on_existing="keep_both")
    row[column] = "2026-04-01T09:00:00.000Z"  # a time is fine, and so is null
    import_search(db, document, on_existing="keep_both")


def test_every_script_survives_the_round_trip_exactly(db, tmp_path):
    search_id = searches.create_search(
        db, SearchDetails(title=UNICODE[1], role=Role.CSO, start_date=dt.date(2026, 1, 5))
    )
    for text in UNICODE:
        cid = candidates.add_candidate(db, search_id, CandidateDetails(full_name=text))
        notes.add_note(db, cid, NoteDetails(body=f"{text}\n\twith a tab"))
    path = write_search_file(db, search_id, tmp_path / "u.revsearch", include_confidential=True)
    document = read_search_file(path)
    db.execute("DELETE FROM searches")
    import_search(db, document)
    assert sorted(c.full_name for c in candidates.list_candidates(db, search_id)) == sorted(UNICODE)
    bodies = sorted(r["body"] for r in db.query("SELECT body FROM notes"))
    assert bodies == sorted(f"{t}\n\twith a tab" for t in UNICODE)


def _write(tmp_path: Path, document: dict, raw_replace: tuple[str, str] | None = None) -> Path:
    text = json.dumps(document)
    if raw_replace:
        text = text.replace(*raw_replace)
    path = tmp_path / "bad.revsearch"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("table", "column", "value", "problem"),
    [
        ("candidates", "full_name", "Ana\x00Lima", "control character (U+0000)"),
        ("candidates", "full_name", "Ana\nLima", "control character (U+000A)"),
        ("candidates", "email", "ana@x.org\x1b[31m", "control character (U+001B)"),
        ("notes", "body", "Bell\x07", "control character (U+0007)"),
        ("search", "title", "CRO\x7f", "control character (U+007F)"),
    ],
)
def test_control_characters_in_a_file_are_refused_naming_the_field(
    db, search_id, tmp_path, table, column, value, problem
):
    document = export_search(db, search_id, include_confidential=True)
    rows = [document["search"]] if table == "search" else document[table]
    rows[0][column] = value
    with pytest.raises(HandoffError) as error:
        read_search_file(_write(tmp_path, document))
    assert f"field '{column}'" in str(error.value) and problem in str(error.value)
    assert "row 1" in str(error.value)


def test_a_broken_character_in_a_file_is_refused_not_a_crash(db, search_id, tmp_path):
    document = export_search(db, search_id, include_confidential=True)
    document["notes"][0]["body"] = "BROKEN"
    path = _write(tmp_path, document, ('"BROKEN"', '"\\ud800 lone surrogate"'))
    with pytest.raises(HandoffError, match="lone surrogate"):
        read_search_file(path)


def test_line_breaks_and_tabs_are_fine_in_long_text(db, search_id, tmp_path):
    document = export_search(db, search_id, include_confidential=True)
    document["notes"][0]["body"] = "Line one\n\tLine two"
    assert read_search_file(_write(tmp_path, document))["notes"][0]["body"].endswith("Line two")


def test_the_privacy_flag_must_be_true_or_false(db, search_id, tmp_path):
    document = export_search(db, search_id, include_confidential=True)
    document["confidential_included"] = "no"
    with pytest.raises(HandoffError, match="confidential_included"):
        read_search_file(_write(tmp_path, document))
