"""The page check the window's start leaves for later (inspect_file / open_database with
check=False, then IntegrityCheck on a worker thread), and a daily copy that can be stopped
half-way without leaving anything behind."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest

from desktop_app.sample_data import add_sample_data
from desktop_app.store import backup, database
from desktop_app.store.backup import BackupCancelled, BackupKind
from desktop_app.store.database import IntegrityCheck, inspect_file, open_database
from desktop_app.store.errors import (
    CorruptDatabase,
    DatabaseTooNew,
    NotRevSearchDatabase,
    UnreadableDatabase,
)
from desktop_app.store.migrations import shipped_migrations


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_sample(path: Path) -> Path:
    db = open_database(path)
    add_sample_data(db)
    db.close()
    return path


def damage_a_page_the_start_does_not_read(path: Path) -> None:
    """Overwrites, whole, the page of a part of the file nothing reads at start-up (the index
    of the applied migrations): the header, the schema and the data shown stay readable."""
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    (page,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'index' "
        "AND tbl_name = '_sqlite_migrations'"
    ).fetchone()
    (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    data[(page - 1) * size : page * size] = b"\xa5" * size
    path.write_bytes(bytes(data))


def side_files(path: Path) -> list[Path]:
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


# --- inspect_file and open_database with check=False -------------------------------------------


def test_a_damaged_page_is_found_by_the_full_look_but_not_by_the_quick_one(db_path):
    make_sample(db_path)
    damage_a_page_the_start_does_not_read(db_path)
    before = digest(db_path)
    with pytest.raises(CorruptDatabase):
        inspect_file(db_path)
    with pytest.raises(CorruptDatabase):
        open_database(db_path)  # the command line and every other caller: the full check
    info = inspect_file(db_path, check=False)
    assert info.exists and info.schema_version == len(shipped_migrations())
    open_database(db_path, check=False).close()
    assert digest(db_path) == before
    assert side_files(db_path) == []


def _zeroed_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


def _another_apps(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (n INTEGER)")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()


def _damaged_schema(path: Path) -> None:
    """The schema's own page (page 1, after the 100-byte header) overwritten."""
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xa5" * (4096 - 100)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("spoil", "expected"),
    [
        (_zeroed_header, NotRevSearchDatabase),
        (_another_apps, NotRevSearchDatabase),
        (_newer, DatabaseTooNew),
        (_damaged_schema, CorruptDatabase),
    ],
)
def test_the_quick_look_still_refuses_what_it_can_see_at_once(db_path, spoil, expected):
    make_sample(db_path)
    spoil(db_path)
    before = digest(db_path)
    with pytest.raises(expected):
        open_database(db_path, check=False)
    assert digest(db_path) == before
    assert side_files(db_path) == []


def test_a_file_that_needs_an_upgrade_is_checked_in_full_before_it_is_written(db_path):
    old = shipped_migrations()[:-1]
    db = open_database(db_path, schema=old)
    add_sample_data(db)
    db.close()
    damage_a_page_the_start_does_not_read(db_path)
    before = digest(db_path)
    with pytest.raises(CorruptDatabase):
        open_database(db_path, check=False)
    assert digest(db_path) == before
    assert backup.list_backups(db_path) == []  # not even the copy before the upgrade


# --- IntegrityCheck ------------------------------------------------------------------------------


def test_the_later_check_passes_a_healthy_file_and_reports_a_damaged_one(tmp_path):
    healthy = make_sample(tmp_path / "healthy.sqlite3")
    assert IntegrityCheck(healthy).run() is True
    damaged = make_sample(tmp_path / "damaged.sqlite3")
    damage_a_page_the_start_does_not_read(damaged)
    before = digest(damaged)
    window = open_database(damaged, check=False)  # as the window's start opens it
    try:
        with pytest.raises(CorruptDatabase) as caught:
            IntegrityCheck(damaged).run()
    finally:
        window.close()
    assert str(damaged) in caught.value.message and "\n" not in caught.value.message
    assert digest(damaged) == before
    assert side_files(damaged) == []  # the window's connection, the last, took them away


def test_the_later_check_reads_beside_an_open_window_connection(db_path):
    make_sample(db_path)
    db = open_database(db_path, check=False)
    try:
        db.execute("UPDATE searches SET title = title || ' (edited)'")
        db.conn.commit()
        assert IntegrityCheck(db_path).run() is True
    finally:
        db.close()


def test_a_file_gone_is_not_called_damaged(tmp_path):
    with pytest.raises(UnreadableDatabase):
        IntegrityCheck(tmp_path / "gone.sqlite3").run()


def test_a_cancelled_check_stops_at_once_and_says_so(db_path, monkeypatch):
    make_sample(db_path)
    running = threading.Event()

    def endless(conn: sqlite3.Connection, path: Path, *, full_check: bool) -> None:
        running.set()
        # Runs until interrupted: the test depends on cancel(), not on a race.
        conn.execute(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"
        ).fetchone()

    monkeypatch.setattr(database, "_check_pages", endless)
    check = IntegrityCheck(db_path)
    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(check.run()))
    worker.start()
    assert running.wait(30)
    # SQLite forgets an interrupt that comes just before the statement starts: as a caller
    # waiting for the end does, cancel again until it is over (a bounded number of times).
    for _ in range(600):
        check.cancel()
        worker.join(0.05)
        if not worker.is_alive():
            break
    assert not worker.is_alive()
    assert outcome == [False]


def test_a_check_cancelled_before_it_starts_does_not_run(db_path):
    make_sample(db_path)
    check = IntegrityCheck(db_path)
    check.cancel()
    assert check.run() is False


# --- a copy that can be stopped --------------------------------------------------------------


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_copy_stopped_half_way_leaves_nothing_behind(db_path, monkeypatch):
    make_sample(db_path)
    monkeypatch.setattr(backup, "_CHUNK_PAGES", 4)
    asked = []

    def stop_on_the_third_chunk() -> bool:
        asked.append(True)
        return len(asked) >= 3

    folder = backup.backups_folder(db_path)
    with pytest.raises(BackupCancelled):
        backup.daily_backup(db_path, backup.dt.date.today(), cancelled=stop_on_the_third_chunk)
    assert len(asked) == 3  # it was stopped half-way, not before it began
    assert files_in(folder) == []  # no .partial, no -journal, no copy


def test_a_stoppable_copy_is_of_one_moment_even_while_the_window_edits(db_path, monkeypatch):
    make_sample(db_path)
    monkeypatch.setattr(backup, "_CHUNK_PAGES", 2)
    window = open_database(db_path)
    (titles_before,) = window.execute("SELECT group_concat(title, '|') FROM searches").fetchone()
    edits = []

    def edit_between_chunks() -> bool:
        # An edit committed between every two chunks: without one snapshot for the whole
        # copy SQLite would start the copy over each time, and take the edits in.
        if len(edits) < 20:
            with window.atomic():
                window.execute("UPDATE searches SET title = title || '+'")
            edits.append(True)
        return False

    try:
        copy = backup.daily_backup(db_path, backup.dt.date.today(), cancelled=edit_between_chunks)
    finally:
        window.close()
    assert copy is not None and edits
    conn = sqlite3.connect(f"file:{copy}?mode=ro&immutable=1", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        (titles,) = conn.execute("SELECT group_concat(title, '|') FROM searches").fetchone()
    finally:
        conn.close()
    assert titles == titles_before
    [daily] = [b for b in backup.list_backups(db_path) if b.kind is BackupKind.DAILY]
    assert daily.path == copy
    assert [n for n in files_in(copy.parent) if n.endswith(".partial")] == []


@pytest.mark.parametrize("command", ["check", "list", "backup"])
def test_the_command_line_still_checks_every_page_before_it_starts(capsys, db_path, command):
    from cli_helpers import run

    make_sample(db_path)
    damage_a_page_the_start_does_not_read(db_path)
    before = digest(db_path)
    code, _, err = run(capsys, command, "--db", str(db_path))
    assert code == 2 and "damaged" in err
    assert digest(db_path) == before
    assert not [b for b in backup.list_backups(db_path) if b.kind is BackupKind.MANUAL]
