"""Opening files safely: fresh set-up, refusing bad files untouched, atomic upgrades."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils
from sqlite_utils.plugins import pm

from desktop_app.store import migrations
from desktop_app.store.database import (
    inspect_file,
    is_read_only,
    open_database,
    open_reader,
    schema_version,
)
from desktop_app.store.errors import (
    CorruptDatabase,
    DatabaseProblem,
    DatabaseTooNew,
    MigrationFailed,
    NotRevSearchDatabase,
    UnreadableDatabase,
)
from desktop_app.store.migrations import SchemaMigration, shipped_migrations, split_statements


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def schema_of(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return sorted(
            conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            ).fetchall()
        )
    finally:
        conn.close()


def make_revsearch_file(path: Path) -> None:
    open_database(path).close()


def test_a_new_database_is_created_at_the_latest_version_and_marked_as_revsearch(db_path):
    db = open_database(db_path)
    assert schema_version(db) == len(shipped_migrations()) >= 2
    assert db.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    applied = [r["name"] for r in db.query("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == [m.label for m in shipped_migrations()]
    db.close()


def test_a_database_is_durable_wal_full_sync_with_foreign_keys_and_busy_timeout(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_a_missing_folder_is_created_for_a_new_database(tmp_path):
    path = tmp_path / "deep" / "er" / "revsearch.sqlite3"
    open_database(path).close()
    assert path.is_file()


def test_reopening_a_current_database_changes_nothing_and_makes_no_backup(db_path):
    make_revsearch_file(db_path)
    open_database(db_path).close()
    assert not (db_path.parent / "backups").exists()


def _zeroed_header(path: Path) -> None:
    make_revsearch_file(path)
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


def _truncated(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {migrations.APPLICATION_ID}")
    conn.execute("CREATE TABLE big (x TEXT)")
    conn.executemany("INSERT INTO big VALUES (?)", [("x" * 500,)] * 400)
    conn.commit()
    conn.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _text_file(path: Path) -> None:
    path.write_text("name,title\nAna,CRO\n", encoding="utf-8")


def _other_apps_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, caption TEXT)")
    conn.execute("INSERT INTO photos (caption) VALUES ('holiday')")
    conn.commit()
    conn.close()


def _damaged_page(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {migrations.APPLICATION_ID}")
    conn.execute("CREATE TABLE big (x TEXT)")
    conn.execute("CREATE INDEX big_x ON big (x)")
    conn.executemany("INSERT INTO big VALUES (?)", [(f"row {i} " * 40,) for i in range(300)])
    conn.commit()
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 3 : page * 3 + 2000] = os.urandom(2000)
    path.write_bytes(bytes(data))


BAD_FILES = {
    "zeroed header": (_zeroed_header, NotRevSearchDatabase),
    "truncated in the middle": (_truncated, CorruptDatabase),
    "random bytes": (_random_bytes, NotRevSearchDatabase),
    "empty file": (_empty, NotRevSearchDatabase),
    "text file": (_text_file, NotRevSearchDatabase),
    "another app's SQLite file": (_other_apps_database, NotRevSearchDatabase),
    "damaged page": (_damaged_page, CorruptDatabase),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_file_is_refused_with_a_message_and_left_byte_for_byte_unchanged(db_path, kind):
    make, expected = BAD_FILES[kind]
    make(db_path)
    before = digest(db_path)
    with pytest.raises(expected) as caught:
        open_database(db_path)
    assert str(db_path) in caught.value.message
    assert "\n" not in caught.value.message
    assert digest(db_path) == before
    assert not Path(f"{db_path}-wal").exists()


def test_another_apps_database_gets_no_revsearch_tables(db_path):
    _other_apps_database(db_path)
    with pytest.raises(NotRevSearchDatabase, match="another application"):
        open_database(db_path)
    assert [name for _, name, *_ in schema_of(db_path)] == ["photos"]


def test_a_file_from_a_newer_version_is_refused_untouched_naming_both_versions(db_path):
    make_revsearch_file(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = digest(db_path)
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(db_path)
    latest = len(shipped_migrations())
    assert "99" in caught.value.message
    assert str(latest) in caught.value.message
    assert digest(db_path) == before


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(UnreadableDatabase, match="folder"):
        open_database(tmp_path)


def _sqlite_file_without_tables(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()


def test_an_existing_sqlite_file_without_tables_is_refused_untouched_like_an_empty_file(db_path):
    _sqlite_file_without_tables(db_path)
    before = digest(db_path)
    with pytest.raises(NotRevSearchDatabase, match="empty SQLite file"):
        open_database(db_path)
    assert digest(db_path) == before


def _wal_mode_newer_revsearch_file(path: Path) -> None:
    make_revsearch_file(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()


def _wal_mode_foreign_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("make", [_wal_mode_newer_revsearch_file, _wal_mode_foreign_file])
def test_refusing_a_wal_mode_file_leaves_no_wal_or_shm_file_behind(db_path, make):
    make(db_path)
    assert not Path(f"{db_path}-shm").exists()
    with pytest.raises(DatabaseProblem):
        open_database(db_path)
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


BROKEN = SchemaMigration(
    len(shipped_migrations()) + 1,
    "broken",
    "CREATE TABLE half_done (x TEXT);\nINSERT INTO half_done VALUES ('a');\nCREATE TABLE (;",
)


def test_a_failing_migration_leaves_the_file_at_the_previous_version(db_path):
    make_revsearch_file(db_path)
    latest = len(shipped_migrations())
    with pytest.raises(MigrationFailed) as caught:
        open_database(db_path, schema=[*shipped_migrations(), BROKEN])
    assert f"version {latest}" in caught.value.message
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables
    recorded = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
    assert BROKEN.label not in recorded
    conn.close()
    # ... and the file still opens with the migrations that work.
    db = open_database(db_path)
    assert schema_version(db) == latest
    db.close()


def test_a_failing_first_migration_leaves_a_new_file_empty_but_marked_as_ours(db_path):
    broken_first = SchemaMigration(1, "broken", "CREATE TABLE ok (x);\nCREATE TABLE (;")
    with pytest.raises(MigrationFailed):
        open_database(db_path, schema=[broken_first])
    info = inspect_file(db_path, latest=1)
    assert info.exists and info.schema_version == 0
    assert "ok" not in {name for _, name, *_ in schema_of(db_path)}


def test_upgrading_a_first_version_database_keeps_its_data_matches_a_fresh_schema_and_backs_up(
    tmp_path,
):
    old = tmp_path / "old.sqlite3"
    db = open_database(old, schema=shipped_migrations()[:1])
    assert schema_version(db) == 1
    db.execute(
        "INSERT INTO searches (id, title, role, start_date, created_at, updated_at) "
        "VALUES ('s1', 'Chief Revenue Officer', 'CRO', '2026-01-05', 'now', 'now')"
    )
    db.close()

    upgraded = open_database(old)
    assert schema_version(upgraded) == len(shipped_migrations())
    assert upgraded.execute("SELECT title FROM searches").fetchone()[0] == "Chief Revenue Officer"
    upgraded.close()

    fresh = tmp_path / "fresh.sqlite3"
    make_revsearch_file(fresh)
    assert schema_of(old) == schema_of(fresh)
    copies = list((tmp_path / "backups").glob("old-before-upgrade-v1-*.sqlite3"))
    assert len(copies) == 1
    assert inspect_file(copies[0]).schema_version == 1


def test_only_the_last_three_pre_upgrade_copies_are_kept(tmp_path):
    path = tmp_path / "r.sqlite3"
    for _ in range(5):
        for leftover in tmp_path.glob("r.sqlite3*"):
            leftover.unlink()
        open_database(path, schema=shipped_migrations()[:1]).close()
        open_database(path).close()
    assert len(list((tmp_path / "backups").glob("r-before-upgrade-*.sqlite3"))) == 3


def test_a_file_that_cannot_be_written_opens_read_only_and_refuses_writes(db_path, monkeypatch):
    make_revsearch_file(db_path)
    real_access = os.access

    # Tests run as root in CI, where chmod cannot make a file read-only; ask as a user would.
    def no_write(path, mode, *args, **kwargs):
        return False if mode & os.W_OK else real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr("desktop_app.store.database.os.access", no_write)
    db = open_database(db_path)
    assert is_read_only(db)
    with pytest.raises(sqlite3.OperationalError):
        db.execute("DELETE FROM searches")
    db.close()


def test_asking_for_read_only_access_refuses_writes(db_path):
    make_revsearch_file(db_path)
    db = open_database(db_path, read_only=True)
    with pytest.raises(sqlite3.OperationalError):
        db.execute(
            "INSERT INTO searches (id, title, role, start_date, created_at, updated_at) "
            "VALUES ('s', 't', 'CRO', '2026-01-01', 'x', 'x')"
        )
    db.close()


def test_every_database_problem_has_a_one_line_message(db_path):
    _text_file(db_path)
    with pytest.raises(DatabaseProblem) as caught:
        open_database(db_path)
    assert caught.value.message.count("\n") == 0


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("CREATE TABLE a (x);CREATE TABLE b (y);", 2),
        ("INSERT INTO a VALUES ('semi;colon');", 1),
        ("-- a comment; with a semicolon\nCREATE TABLE a (x);", 1),
        (
            "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 1; UPDATE a SET x = 2; END;",
            1,
        ),
        ("  \n;\n", 0),
    ],
)
def test_migration_scripts_are_split_where_sqlite_says_a_statement_ends(script, expected):
    assert len(split_statements(script)) == expected


def test_shipped_migrations_are_numbered_from_one_without_gaps():
    assert [m.version for m in shipped_migrations()] == list(
        range(1, len(shipped_migrations()) + 1)
    )


def test_a_commit_that_fails_is_rolled_back_not_left_open(db):
    """COMMIT itself can fail (here a deferred foreign key; a full disk, an I/O error) and
    SQLite then keeps the transaction open: the next edit would join it."""
    with pytest.raises(sqlite3.IntegrityError), db.atomic():
        db.execute("PRAGMA defer_foreign_keys = ON")
        db.execute(
            "INSERT INTO notes (id, candidate_id, created_at, updated_at, body) "
            "VALUES ('n1', 'nobody', 'now', 'now', 'orphan')"
        )
    assert not db.conn.in_transaction
    assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    with db.atomic():  # the next edit starts afresh
        db.execute(
            "INSERT INTO searches (id, title, role, start_date, created_at, updated_at) "
            "VALUES ('s1', 'CRO', 'CRO', '2026-01-05', 'now', 'now')"
        )
    assert not db.conn.in_transaction


# --- a look that leaves no trace, safely ---------------------------------------------------


def _count_from_another_process(path: Path, table: str) -> int:
    """What a RevSearch started now would see: a separate process, its own locks."""
    code = (
        "import sqlite3, sys; conn = sqlite3.connect(sys.argv[1]); "
        f"print(conn.execute('SELECT count(*) FROM {table}').fetchone()[0])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    return int(done.stdout)


def test_a_look_never_deletes_side_files_another_window_started_using(db_path, monkeypatch):
    """A window opens the file while another one's look at it is under way, and writes into
    the -wal and -shm files the look made. Were the look to delete them when it ends, that
    window would go on writing into deleted files and the next one to open would not see its
    edits (which the window's next checkpoint would then overwrite)."""
    make_revsearch_file(db_path)  # closed cleanly: no -wal or -shm now
    real_connect = sqlite3.connect
    window: list[sqlite3.Connection] = []

    def connect(target, *args, **kwargs):
        conn = real_connect(target, *args, **kwargs)
        if "mode=ro" in str(target) and not window:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # side files made
            window.append(real_connect(db_path))  # another window opens the file meanwhile
            window[0].execute("SELECT count(*) FROM searches").fetchone()
        return conn

    monkeypatch.setattr("desktop_app.store.database.sqlite3.connect", connect)
    assert inspect_file(db_path).exists
    monkeypatch.undo()
    try:
        assert Path(f"{db_path}-wal").exists() and Path(f"{db_path}-shm").exists()
        window[0].execute(
            "INSERT INTO searches (id, title, role, start_date, created_at, updated_at) "
            "VALUES ('s1', 'CRO', 'CRO', '2026-01-05', 'now', 'now')"
        )
        window[0].commit()
        assert _count_from_another_process(db_path, "searches") == 1
    finally:
        window[0].close()


def test_a_look_at_a_file_no_one_has_open_leaves_no_side_files(db_path):
    make_revsearch_file(db_path)
    before = digest(db_path)
    assert inspect_file(db_path, full_check=True).exists
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]
    assert digest(db_path) == before


# --- a read-only folder --------------------------------------------------------------------


class _NoShmConnection(sqlite3.Connection):
    """SQLite in a folder it cannot write to: the -shm file every reader of a cleanly closed
    WAL-mode file needs cannot be created, and the first read fails."""

    def execute(self, *args, **kwargs):
        error = sqlite3.OperationalError("unable to open database file")
        error.sqlite_errorcode = sqlite3.SQLITE_CANTOPEN
        raise error


def _simulate_read_only_folder(monkeypatch) -> None:
    """Tests run as root, which writes into any folder whatever its mode: the folder's
    writability (what RevSearch asks) and SQLite's failure to make -shm are simulated."""
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        if "mode=ro" in str(target) and "immutable=1" not in str(target):
            return real_connect(target, *args, factory=_NoShmConnection, **kwargs)
        if not str(target).startswith("file:"):
            raise sqlite3.OperationalError("unable to open database file")  # no -shm either
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr("desktop_app.store.database.sqlite3.connect", connect)
    monkeypatch.setattr("desktop_app.store.database._folder_writable", lambda folder: False)


def test_a_healthy_file_in_a_read_only_folder_opens_read_only_not_as_damaged(db_path, monkeypatch):
    db = open_database(db_path)
    db.execute(
        "INSERT INTO searches (id, title, role, start_date, created_at, updated_at) "
        "VALUES ('s1', 'CRO', 'CRO', '2026-01-05', 'now', 'now')"
    )
    db.close()  # closed cleanly: no -wal, no -shm
    before = digest(db_path)
    _simulate_read_only_folder(monkeypatch)

    info = inspect_file(db_path)
    assert info.exists and not info.writable and info.immutable
    db = open_database(db_path)
    assert is_read_only(db)  # the window shows the read-only banner and allows no edit
    assert db.execute("SELECT title FROM searches").fetchone()[0] == "CRO"
    with pytest.raises(sqlite3.OperationalError):
        db.execute("DELETE FROM searches")
    db.close()
    reader = open_reader(db_path)  # an export's own connection reads it the same way
    assert reader.execute("SELECT count(*) FROM searches").fetchone()[0] == 1
    reader.close()
    assert digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_in_a_read_only_folder_a_file_with_a_wal_is_not_read_as_immutable(db_path, monkeypatch):
    """Its -wal may hold committed edits that an immutable read would not see."""
    make_revsearch_file(db_path)
    Path(f"{db_path}-wal").write_bytes(b"")
    _simulate_read_only_folder(monkeypatch)
    with pytest.raises(CorruptDatabase, match="unable to open"):
        inspect_file(db_path)


def _can_mount_read_only() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_read_only(), reason="needs unshare for a read-only mount")
def test_a_healthy_file_on_a_real_read_only_mount_opens_read_only(tmp_path):
    """The same, for real: a read-only bind mount in a private mount namespace."""
    source, mount = tmp_path / "source", tmp_path / "mount"
    source.mkdir()
    mount.mkdir()
    make_revsearch_file(source / "r.sqlite3")
    code = (
        "import sys; sys.path.insert(0, sys.argv[2]);"
        "from desktop_app.store.database import inspect_file, is_read_only, open_database;"
        "info = inspect_file(sys.argv[1]); db = open_database(sys.argv[1]);"
        "print(info.writable, info.immutable, is_read_only(db))"
    )
    script = (
        f"mount --bind -o ro {source} {mount} && mount -o remount,bind,ro {mount} && "
        f"{sys.executable} -c '{code}' {mount / 'r.sqlite3'} {Path(__file__).parents[2]}"
    )
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True)
    if "mount:" in done.stderr:
        pytest.skip(f"cannot mount here: {done.stderr.strip()}")
    assert done.stdout.split() == ["False", "True", "True"], done.stderr


class _ConnectionPlugin:
    """A sqlite-utils plugin, as another package installed beside the app could register."""

    def __init__(self) -> None:
        self.prepared: list[sqlite3.Connection] = []

    @sqlite_utils.hookimpl
    def prepare_connection(self, conn: sqlite3.Connection) -> None:
        self.prepared.append(conn)
        conn.create_function("plugin_was_here", 0, lambda: 1)


def test_no_sqlite_utils_plugin_touches_the_apps_connections(tmp_path):
    plugin = _ConnectionPlugin()
    pm.register(plugin)
    try:
        writer = open_database(tmp_path / "plugins.sqlite3")
        reader = open_reader(tmp_path / "plugins.sqlite3")
        try:
            assert plugin.prepared == []
            for db in (writer, reader):
                with pytest.raises(sqlite3.OperationalError, match="no such function"):
                    db.execute("SELECT plugin_was_here()")
        finally:
            reader.close()
            writer.close()
        # The check can fail: a plain sqlite-utils Database does run the plugin.
        sqlite_utils.Database(memory=True).close()
        assert len(plugin.prepared) == 1
    finally:
        pm.unregister(plugin)
