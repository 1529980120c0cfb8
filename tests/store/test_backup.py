"""Backups are consistent copies; a restore keeps the file it replaces."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3

import pytest

from desktop_app.domain.search import Role, SearchDetails
from desktop_app.store import backup, recovery, searches
from desktop_app.store.backup import BackupKind
from desktop_app.store.database import open_database
from desktop_app.store.errors import DatabaseProblem, UnreadableDatabase
from desktop_app.store.migrations import shipped_migrations


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


# --- daily copies, the list, recovery ----------------------------------------------------------


def test_the_first_start_of_a_day_takes_one_daily_copy_and_later_starts_none(db, db_path):
    add_search(db, "Chief Revenue Officer")
    day = dt.date(2026, 5, 12)
    first = backup.daily_backup(db_path, day)
    assert first is not None and first.parent == backup.backups_folder(db_path)
    assert backup.daily_backup(db_path, day) is None
    assert titles(first) == ["Chief Revenue Officer"]
    next_day = backup.daily_backup(db_path, day + dt.timedelta(days=1))
    assert next_day is not None and next_day != first


def test_only_the_last_ten_daily_copies_are_kept_and_other_kinds_are_untouched(db, db_path):
    manual = backup.backup_now(db_path)
    start = dt.date(2026, 3, 1)
    for n in range(13):
        backup.daily_backup(db_path, start + dt.timedelta(days=n))
    daily = [b for b in backup.list_backups(db_path) if b.kind is BackupKind.DAILY]
    assert [b.taken_at.date() for b in daily] == [
        start + dt.timedelta(days=n) for n in range(12, 2, -1)
    ]
    assert manual.exists()


def test_no_database_yet_means_no_daily_copy(db_path):
    assert backup.daily_backup(db_path, dt.date(2026, 5, 12)) is None
    assert not backup.backups_folder(db_path).exists()


def test_the_list_names_each_kind_newest_first_with_its_time_and_size(tmp_path):
    path = tmp_path / "my.search.db.sqlite3"  # dots and dashes in the name are kept apart
    open_database(path, schema=shipped_migrations()[:1]).close()
    open_database(path).close()
    daily = backup.daily_backup(path, dt.date(2020, 1, 2))  # oldest, whatever the clock says
    manual = backup.backup_now(path)
    kept = recovery.restore_backup(manual, path)
    folder = backup.backups_folder(path)
    (folder / "notes.txt").write_text("not a backup")
    (folder / "other-backup-20260101-000000-000000.sqlite3").write_bytes(b"")  # another db's
    listed = backup.list_backups(path)
    kinds = [b.kind for b in listed]
    assert kinds[-1] is BackupKind.DAILY and listed[-1].path == daily
    assert set(kinds) == {
        BackupKind.DAILY,
        BackupKind.BEFORE_UPGRADE,
        BackupKind.MANUAL,
        BackupKind.BEFORE_RESTORE,
    }
    assert [b.taken_at for b in listed] == sorted((b.taken_at for b in listed), reverse=True)
    by_path = {b.path: b for b in listed}
    assert by_path[kept].kind is BackupKind.BEFORE_RESTORE
    assert by_path[manual].size == manual.stat().st_size > 0
    assert by_path[daily].taken_at.date() == dt.date(2020, 1, 2)


def test_the_latest_healthy_backup_skips_damaged_and_too_new_copies(db, db_path):
    add_search(db, "Good")
    good = backup.daily_backup(db_path, dt.date(2026, 5, 10))
    broken = backup.daily_backup(db_path, dt.date(2026, 5, 11))
    broken.write_bytes(b"\0" * 4096)
    too_new = backup.daily_backup(db_path, dt.date(2026, 5, 12))
    conn = sqlite3.connect(too_new)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert recovery.latest_healthy_backup(db_path).path == good
    good.unlink()
    assert recovery.latest_healthy_backup(db_path) is None


def test_restoring_a_damaged_backup_is_refused_and_changes_nothing(db, db_path, tmp_path):
    add_search(db, "Current")
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\0" + b"\xff" * 5000)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseProblem):
        recovery.restore_backup(bad, db_path)
    assert db_path.read_bytes() == before
    assert not backup.list_backups(db_path)


def test_a_damaged_database_is_kept_aside_byte_for_byte_as_damaged_when_restored(db_path):
    db = open_database(db_path)
    add_search(db, "Good")
    db.close()
    good = backup.backup_now(db_path)
    db_path.write_bytes(b"SQLite format 3\0" + bytes(4000))
    damaged = db_path.read_bytes()
    kept = recovery.restore_backup(good, db_path)
    assert kept.read_bytes() == damaged
    assert {b.path: b.kind for b in backup.list_backups(db_path)}[kept] is BackupKind.DAMAGED
    assert titles(db_path) == ["Good"]


def test_restoring_a_backup_deleted_since_the_list_was_shown_says_so_and_copies_nothing(
    db, db_path
):
    add_search(db, "Current")
    chosen = backup.backup_now(db_path)  # in the list the person is looking at
    chosen.unlink()  # by hand, or pruned by another window's daily copy
    before = db_path.read_bytes()
    with pytest.raises(UnreadableDatabase, match="That backup no longer exists"):
        recovery.restore_backup(chosen, db_path)
    assert db_path.read_bytes() == before
    assert backup.list_backups(db_path) == []  # no "before-restore" copy was made either


def test_looking_at_and_restoring_backups_leaves_no_side_files_beside_them(db, db_path):
    add_search(db, "Kept")
    copy = backup.backup_now(db_path)
    backup.daily_backup(db_path, dt.date(2026, 5, 10))
    folder = backup.backups_folder(db_path)
    assert recovery.latest_healthy_backup(db_path) is not None
    recovery.restore_backup(copy, db_path)
    db.close()
    leftovers = [p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-shm"))]
    assert leftovers == []
