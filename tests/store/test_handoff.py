"""Handing a search to a colleague: the .revsearch round trip, duplicates and bad files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.sample_data import add_sample_data
from desktop_app.store.database import open_database
from desktop_app.store.handoff import (
    CHILD_TABLES,
    FORMAT_NAME,
    FORMAT_VERSION,
    AlreadyThere,
    HandoffError,
    export_search,
    import_search,
    read_search_file,
    write_search_file,
)

TABLES = ("searches", *CHILD_TABLES)


@pytest.fixture
def demo(db):
    add_sample_data(db)
    return db


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator:
    """A second, empty database: the colleague's machine."""
    database = open_database(tmp_path / "colleague.sqlite3")
    yield database
    database.close()


def search_ids(db) -> list[str]:
    return [row["id"] for row in db.query("SELECT id FROM searches ORDER BY title")]


def rows_of(db, search_id: str) -> dict[str, list[dict]]:
    document = export_search(db, search_id, include_confidential=True)
    rows = {"searches": [document["search"]]}
    rows.update({table: document[table] for table in CHILD_TABLES})
    return {
        table: sorted(rows[table], key=lambda row: json.dumps(row, sort_keys=True))
        for table in rows
    }


def everything(db) -> dict[str, list[dict]]:
    return {table: sorted(map(str, db[table].rows)) for table in TABLES}


def counts(db) -> dict[str, int]:
    return {table: db[table].count for table in TABLES}


def test_every_demo_search_survives_the_round_trip_field_by_field(demo, fresh, tmp_path):
    ids = search_ids(demo)
    assert len(ids) == 3
    for search_id in ids:
        path = write_search_file(
            demo, search_id, tmp_path / f"{search_id}.revsearch", include_confidential=True
        )
        imported = import_search(fresh, read_search_file(path))
        assert imported == search_id
        assert rows_of(fresh, search_id) == rows_of(demo, search_id)
    assert counts(fresh) == counts(demo)
    # The demo searches have rows in every table, so the comparison above covers each of them.
    assert all(counts(demo).values())


def test_the_file_is_documented_json_with_rows_as_stored(demo, tmp_path):
    search_id = search_ids(demo)[0]
    path = write_search_file(demo, search_id, tmp_path / "s.revsearch", include_confidential=True)
    text = path.read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["format"] == FORMAT_NAME and document["version"] == FORMAT_VERSION
    assert document["exported_at"].endswith("Z") and document["app_version"]
    assert set(document) == {
        "format",
        "version",
        "app_version",
        "exported_at",
        "confidential_included",
        "search",
    } | set(CHILD_TABLES)
    assert document["confidential_included"] is True
    stored = demo["searches"].get(search_id)
    # Everything but the last activity, which the receiving file works out as rows go in.
    assert document["search"] == {k: v for k, v in stored.items() if k != "last_activity"}
    assert text.startswith('{\n  "format"')  # indented for a person reading it


def test_accents_are_written_as_text_not_escapes(db, tmp_path):
    import datetime as dt

    from desktop_app.domain.search import Role, SearchDetails
    from desktop_app.store.searches import create_search

    details = SearchDetails(
        title="Directeur commercial — Zürich", role=Role.CSO, start_date=dt.date(2026, 1, 5)
    )
    search_id = create_search(db, details)
    path = write_search_file(db, search_id, tmp_path / "z.revsearch", include_confidential=True)
    assert "Zürich" in path.read_text(encoding="utf-8")


def test_importing_the_same_file_twice_asks_instead_of_duplicating(demo, fresh, tmp_path):
    search_id = search_ids(demo)[0]
    document = read_search_file(
        write_search_file(demo, search_id, tmp_path / "s.revsearch", include_confidential=True)
    )
    import_search(fresh, document)
    before = everything(fresh)
    with pytest.raises(AlreadyThere) as error:
        import_search(fresh, document)
    assert error.value.title == demo["searches"].get(search_id)["title"]
    assert error.value.title in str(error.value)
    assert everything(fresh) == before


def test_replace_puts_back_the_files_rows_without_duplicates(demo, fresh, tmp_path):
    search_id = search_ids(demo)[0]
    document = read_search_file(
        write_search_file(demo, search_id, tmp_path / "s.revsearch", include_confidential=True)
    )
    import_search(fresh, document)
    # The colleague changed things since: replace brings back exactly the file's content.
    fresh["searches"].update(search_id, {"title": "Renamed"})
    fresh.execute("DELETE FROM notes")
    assert import_search(fresh, document, on_existing="replace") == search_id
    assert rows_of(fresh, search_id) == rows_of(demo, search_id)
    assert counts(fresh) == {table: len(rows) for table, rows in rows_of(demo, search_id).items()}


def test_keep_both_adds_a_copy_with_fresh_ids_throughout(demo, fresh, tmp_path):
    search_id = search_ids(demo)[0]
    document = read_search_file(
        write_search_file(demo, search_id, tmp_path / "s.revsearch", include_confidential=True)
    )
    import_search(fresh, document)
    single = counts(fresh)
    copy_id = import_search(fresh, document, on_existing="keep_both")
    assert copy_id != search_id and fresh["searches"].count == 2
    assert counts(fresh) == {table: 2 * n for table, n in single.items()}
    assert fresh["searches"].get(copy_id)["title"] == document["search"]["title"] + " (copy)"
    for table in ("searches", "checklist_steps", "candidates", "stage_history", "notes", "scores"):
        ids = [row["id"] for row in fresh[table].rows]
        assert len(set(ids)) == len(ids), table
    assert list(fresh.execute("PRAGMA foreign_key_check")) == []
    # The copy holds the same content as the original, under its own ids.
    original, copy = rows_of(fresh, search_id), rows_of(fresh, copy_id)
    for table in CHILD_TABLES:
        assert len(copy[table]) == len(original[table])
    assert {r["full_name"] for r in copy["candidates"]} == {
        r["full_name"] for r in original["candidates"]
    }
    assert sorted(r["body"] for r in copy["notes"]) == sorted(r["body"] for r in original["notes"])


def _document(demo) -> dict:
    return export_search(demo, search_ids(demo)[0], include_confidential=True)


def _write(path: Path, content: bytes | str | dict) -> Path:
    if isinstance(content, dict):
        content = json.dumps(content)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def _newer(doc: dict) -> dict:
    return {**doc, "version": FORMAT_VERSION + 1}


def _missing_key(doc: dict) -> dict:
    return {key: value for key, value in doc.items() if key != "scores"}


def _orphan_note(doc: dict) -> dict:
    notes = [dict(doc["notes"][0], candidate_id="not-a-candidate"), *doc["notes"][1:]]
    return {**doc, "notes": notes}


def _score_nine(doc: dict) -> dict:
    return {**doc, "scores": [dict(doc["scores"][0], score=9), *doc["scores"][1:]]}


BAD_FILES = {
    "not json": (lambda doc: "this is not json {", "not valid JSON"),
    "empty": (lambda doc: b"", "empty"),
    "wrong encoding": (lambda doc: '{"format": "Zürich"}'.encode("latin-1"), "not UTF-8"),
    "a list": (lambda doc: [1, 2], "JSON object"),
    "wrong format": (lambda doc: {**doc, "format": "something-else"}, "not a RevSearch"),
    "newer version": (
        _newer,
        f"newer RevSearch (format version {FORMAT_VERSION + 1}; "
        f"this one reads up to {FORMAT_VERSION})",
    ),
    "missing key": (_missing_key, "missing the 'scores' list"),
    "orphan note": (_orphan_note, "not-a-candidate"),
    "score nine": (_score_nine, "whole number from 1 to 5, not 9"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_refused_with_a_message_and_changes_nothing(case, demo, fresh, tmp_path):
    make, expected = BAD_FILES[case]
    content = make(_document(demo))
    path = tmp_path / "bad.revsearch"
    if isinstance(content, list):
        path.write_text(json.dumps(content), encoding="utf-8")
    else:
        _write(path, content)
    before = everything(fresh)
    with pytest.raises(HandoffError) as error:
        import_search(fresh, read_search_file(path))
    message = str(error.value)
    assert expected in message and "\n" not in message
    assert everything(fresh) == before


def test_a_constraint_failure_in_the_last_table_writes_nothing_at_all(demo, fresh):
    document = _document(demo)
    answers = document["diagnostic_answers"]
    document["diagnostic_answers"] = [dict(answers[0], answer=7), *answers[1:]]
    with pytest.raises(HandoffError, match="cannot accept"):
        import_search(fresh, document)
    assert all(n == 0 for n in counts(fresh).values())


def test_an_unknown_field_is_named(demo, fresh):
    document = _document(demo)
    document["candidates"] = [dict(document["candidates"][0], shoe_size=44)]
    document["stage_history"] = document["notes"] = document["scores"] = []
    with pytest.raises(HandoffError, match="shoe_size"):
        import_search(fresh, document)
    assert fresh["searches"].count == 0


def test_the_export_never_leaves_a_partial_file(demo, tmp_path, monkeypatch):
    search_id = search_ids(demo)[0]
    target = tmp_path / "missing folder" / "s.revsearch"
    with pytest.raises(HandoffError, match="does not exist"):
        write_search_file(demo, search_id, target, include_confidential=True)
    assert not target.parent.exists()
    # A failure at the last step leaves the previous file as it was and no temporary file.
    existing = tmp_path / "s.revsearch"
    existing.write_text("previous", encoding="utf-8")

    def disk_full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop_app.store.files.os.replace", disk_full)
    with pytest.raises(OSError):
        write_search_file(demo, search_id, existing, include_confidential=True)
    assert existing.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir() if "sqlite3" not in p.name) == ["s.revsearch"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_exporting_an_unknown_search_is_a_clear_error(db, tmp_path):
    with pytest.raises(HandoffError, match="no search"):
        write_search_file(db, "nope", tmp_path / "x.revsearch", include_confidential=True)
    assert not (tmp_path / "x.revsearch").exists()


@pytest.mark.parametrize("score", [3.5, "4", True, 0, 6])
def test_a_score_that_is_not_a_whole_number_from_1_to_5_is_refused(demo, fresh, score):
    document = _document(demo)
    scores = document["scores"]
    document["scores"] = [dict(scores[0], score=score), *scores[1:]]
    with pytest.raises(HandoffError, match="whole number from 1 to 5"):
        import_search(fresh, document)
    assert all(n == 0 for n in counts(fresh).values())
