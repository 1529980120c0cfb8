"""The file of confidential notes is private and forgets what is deleted: the database, its
-wal and -shm files and every backup are mode 0600 and their folders 0700, whatever the umask;
secure_delete and a merged find index leave no trace of a deleted note in the file."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.store import backup, candidates, notes, privacy, recovery, searches
from desktop_app.store.database import open_database
from desktop_app.store.migrations import shipped_migrations

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The loosest umask there is: every file and folder would be world-writable by default."""
    old = os.umask(0)
    yield
    os.umask(old)


def add_candidate(db) -> str:
    search_id = searches.create_search(
        db, SearchDetails(title="Chief Revenue Officer", role=Role.CRO, start_date="2026-01-05")
    )
    return candidates.add_candidate(db, search_id, CandidateDetails(full_name="Ana Duarte"))


@posix_only
def test_a_new_database_its_side_files_and_new_folders_are_private(tmp_path, open_umask):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    path = shared / "new" / "deeper" / "revsearch.sqlite3"
    db = open_database(path)
    try:
        add_candidate(db)
        assert mode(path) == 0o600
        for suffix in ("-wal", "-shm"):
            assert mode(Path(f"{path}{suffix}")) == 0o600
        assert mode(path.parent) == 0o700
        assert mode(path.parent.parent) == 0o700
    finally:
        db.close()
    assert mode(shared) == 0o755  # a folder that was there already is not ours to change


@posix_only
def test_every_kind_of_backup_and_the_backups_folder_are_private(tmp_path, open_umask):
    path = tmp_path / "revsearch.sqlite3"
    open_database(path, schema=shipped_migrations()[:1]).close()
    open_database(path).close()  # the upgrade copies the file first
    manual = backup.backup_now(path)
    daily = backup.daily_backup(path, dt.date(2026, 5, 12))
    restored_from = backup.backup_now(path)
    kept_healthy = recovery.restore_backup(restored_from, path)
    path.write_bytes(b"damaged" * 1000)
    kept_damaged = recovery.restore_backup(manual, path)
    folder = backup.backups_folder(path)
    assert mode(folder) == 0o700
    copies = [b.path for b in backup.list_backups(path)]
    assert {manual, daily, kept_healthy, kept_damaged} <= set(copies)
    assert len(copies) >= 6
    for copy in [*copies, path]:
        assert mode(copy) == 0o600, copy
    assert not list(folder.glob("*.partial"))


@posix_only
def test_a_persons_data_export_is_private(tmp_path, open_umask):
    """It holds their confidential notes: readable by the user only, like the database."""
    db = open_database(tmp_path / "revsearch.sqlite3")
    try:
        candidate_id = add_candidate(db)
        target = tmp_path / "person.json"
        target.write_text("an older export")
        target.chmod(0o644)
        privacy.export_person(db, candidate_id, target)
        assert mode(target) == 0o600
        assert "Ana Duarte" in target.read_text(encoding="utf-8")
    finally:
        db.close()


@pytest.fixture
def secure_delete_off_by_default(monkeypatch):
    """SQLite as most builds ship it (Python.org's for macOS and Windows): secure_delete off
    unless asked for. Debian's SQLite has it on by default, which would hide a missing PRAGMA."""
    real_connect = sqlite3.connect

    def connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.execute("PRAGMA secure_delete = OFF")
        return conn

    monkeypatch.setattr("desktop_app.store.database.sqlite3.connect", connect)


@pytest.mark.usefixtures("secure_delete_off_by_default")
def test_every_connection_has_secure_delete_on(db_path):
    open_database(db_path).close()
    for read_only in (False, True):
        db = open_database(db_path, read_only=read_only)
        try:
            assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
        finally:
            db.close()


MARKER = "Zebracorn7734quux"


def file_holds(path: Path, text: str) -> bool:
    data = path.read_bytes()
    wal = Path(f"{path}-wal")
    if wal.exists():
        data += wal.read_bytes()
    return any(form.encode() in data for form in (text, text.lower(), text.upper()))


@pytest.mark.usefixtures("secure_delete_off_by_default")
@pytest.mark.parametrize("how", ["deleted", "rewritten"])
def test_the_text_of_a_deleted_or_rewritten_note_is_gone_from_the_file(db_path, how):
    db = open_database(db_path)
    try:
        candidate_id = add_candidate(db)
        for n in range(20):  # the note shares its pages with others, as in real use
            notes.add_note(db, candidate_id, NoteDetails(f"Call number {n} went well. " * 10))
        note_id = notes.add_note(db, candidate_id, NoteDetails(f"Pay: {MARKER} per year"))
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert file_holds(db_path, MARKER)  # the check below can see it when it is there
        if how == "deleted":
            notes.delete_note(db, note_id)
        else:
            notes.update_note(db, note_id, NoteDetails("Pay: discussed, see the offer"))
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert not file_holds(db_path, MARKER)
        assert not file_holds(db_path, MARKER[:12])  # nor a readable part of it
    finally:
        db.close()
