"""Backups are consistent copies; a restore keeps the file it replaces."""

from __future__ import annotations

import hashlib

import pytest

from desktop_app.domain.search import Role, SearchDetails
from desktop_app.store import backup, searches
from desktop_app.store.database import open_database
from desktop_app.store.errors import UnreadableDatabase


def add_search(db, title: str) -> None:
    searches.create_search(db, SearchDetails(title=title, role=Role.CRO, start_date="2026-01-05"))


def titles(path) -> list[str]:
    db = open_database(path)
    try:
        return [s.title for s in searches.list_searches(db)]
    finally:
        db.close()


def test_a_backup_holds_edits_still_in_the_write_ahead_log(db, db_path):
    add_search(db, "Chief Revenue Officer")  # committed, not yet checkpointed: open connection
    copy = backup.backup_now(db_path)
    assert copy.parent == db_path.parent / "backups"
    assert titles(copy) == ["Chief Revenue Officer"]


def test_a_backup_never_overwrites_a_file(db, db_path, tmp_path):
    target = tmp_path / "existing.sqlite3"
    target.write_text("keep me")
    with pytest.raises(UnreadableDatabase, match="already exists"):
        backup.backup_now(db_path, target)
    assert target.read_text() == "keep me"


def test_restore_replaces_the_database_and_keeps_the_replaced_file(db_path, tmp_path):
    db = open_database(db_path)
    add_search(db, "Old search")
    copy = backup.backup_now(db_path, tmp_path / "saved.sqlite3")
    add_search(db, "Added after the backup")
    db.close()

    kept = backup.restore(copy, db_path, current_is_healthy=True)
    assert titles(db_path) == ["Old search"]
    assert sorted(titles(kept)) == ["Added after the backup", "Old search"]


def test_restoring_over_a_damaged_file_keeps_the_damaged_file_byte_for_byte(db_path, tmp_path):
    db = open_database(db_path)
    add_search(db, "Good")
    db.close()
    good = backup.backup_now(db_path, tmp_path / "good.sqlite3")
    db_path.write_bytes(b"garbage" * 100)
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    kept = backup.restore(good, db_path, current_is_healthy=False)
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == before
    assert titles(db_path) == ["Good"]


def test_restoring_while_the_app_has_the_database_open_loses_none_of_its_later_edits(
    db_path, tmp_path
):
    app = open_database(db_path)  # the running app's connection
    add_search(app, "Before the backup")
    saved = backup.backup_now(db_path, tmp_path / "saved.sqlite3")
    add_search(app, "Replaced by the restore")

    backup.restore(saved, db_path, current_is_healthy=True)
    add_search(app, "Made after the restore")  # the app goes on working
    app.close()

    assert sorted(titles(db_path)) == ["Before the backup", "Made after the restore"]
