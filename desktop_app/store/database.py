"""Opening the database file safely: check it before touching it, then set it up for durability.

A file that is damaged, belongs to another app or comes from a newer RevSearch is refused and
left exactly as it was. A RevSearch file from an older version is copied aside, then upgraded.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from desktop_app.store import backup, migrations
from desktop_app.store.errors import (
    CorruptDatabase,
    DatabaseProblem,
    DatabaseTooNew,
    MigrationFailed,
    NotRevSearchDatabase,
    UnreadableDatabase,
)

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5_000
# Months of confidential notes about named people: readable by their owner only, whatever the
# umask says. (On Windows chmod only sets the read-only flag; the user folder protects them.)
FILE_MODE = 0o600
FOLDER_MODE = 0o700
SIDE_SUFFIXES = ("-wal", "-shm")


class RevSearchDatabase(sqlite_utils.Database):
    """sqlite-utils' Database whose write transactions take the write lock at BEGIN.

    A deferred transaction that reads first and writes later fails at once with "database is
    locked" when another process committed in between (SQLite cannot wait for a snapshot that is
    already stale), so the busy timeout would not help. BEGIN IMMEDIATE waits for the lock up
    front, and two RevSearch windows on one file then take turns instead of failing.
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        if self.conn.in_transaction or _is_query_only(self.conn):
            with super().atomic() as db:
                yield db
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.conn.rollback()  # a no-op if the error already ended the transaction
            raise
        else:
            self.conn.commit()


@dataclass(frozen=True)
class FileInfo:
    """What a look at the file, without changing it, tells."""

    path: Path
    exists: bool  # an existing file is always a usable RevSearch database; else it raised
    schema_version: int = 0
    writable: bool = True


def inspect_file(path: Path, *, full_check: bool = False, latest: int | None = None) -> FileInfo:
    """Checks a database file read-only; raises a DatabaseProblem naming what is wrong.

    `full_check` runs PRAGMA integrity_check instead of the faster quick_check.
    """
    path = Path(path)
    latest = migrations.latest_version() if latest is None else latest
    if not path.exists():
        return FileInfo(path, exists=False, writable=_folder_writable(path.parent))
    if path.is_dir():
        raise UnreadableDatabase(path, f"{path} is a folder, not a database file.")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise UnreadableDatabase(path, f"Cannot read {path}: {exc.strerror or exc}.") from None
    if not header:
        raise NotRevSearchDatabase(path, f"{path} is empty: it is not a RevSearch database.")
    if not header.startswith(SQLITE_HEADER):
        raise NotRevSearchDatabase(
            path,
            f"{path} is not a RevSearch database (not a SQLite file, or its start is damaged).",
        )
    # Reading a WAL-mode file creates its -wal and -shm files; a look must leave no trace.
    side_files = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    created = [side for side in side_files if not side.exists()]
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise UnreadableDatabase(path, f"Cannot open {path}: {exc}.") from None
    try:
        check = "integrity_check" if full_check else "quick_check"
        problems = [row[0] for row in conn.execute(f"PRAGMA {check}").fetchmany(5)]
        if problems != ["ok"]:
            # SQLite's report spans lines; a person needs one.
            detail = " ".join(problems[0].split()) if problems else "no answer"
            raise CorruptDatabase(path, f"{path} is damaged ({detail}).")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(path, f"{path} is damaged or unreadable ({exc}).") from None
    finally:
        conn.close()
        _remove_empty_side_files(created)
    if app_id != migrations.APPLICATION_ID:
        what = "an empty SQLite file" if tables == 0 else "a database of another application"
        raise NotRevSearchDatabase(
            path, f"{path} is {what}, not a RevSearch database; it was left unchanged."
        )
    if version > latest:
        raise DatabaseTooNew(
            path,
            f"{path} was written by a newer RevSearch (schema version {version}); this one "
            f"knows up to version {latest}. Update RevSearch to open it.",
        )
    writable = os.access(path, os.W_OK) and _folder_writable(path.parent)
    return FileInfo(path, True, version, writable=writable)


def _remove_empty_side_files(created: list[Path]) -> None:
    """Removes the -wal and -shm files a read-only look created, unless the WAL holds data."""
    if any(p.name.endswith("-wal") and p.exists() and p.stat().st_size for p in created):
        return
    for side in created:
        with contextlib.suppress(OSError):
            side.unlink()


def open_database(
    path: Path | str,
    *,
    schema: Sequence[migrations.SchemaMigration] | None = None,
    read_only: bool = False,
) -> sqlite_utils.Database:
    """Opens (creating if needed) and upgrades a RevSearch database; see the module doc."""
    path = Path(path)
    schema = list(schema) if schema is not None else migrations.shipped_migrations()
    latest = migrations.latest_version(schema)
    info = inspect_file(path, latest=latest)
    created = False
    if not info.exists:
        if read_only:
            raise UnreadableDatabase(path, f"There is no database at {path}.")
        try:
            make_private_folder(path.parent)
        except OSError as exc:
            raise UnreadableDatabase(
                path, f"Cannot create the folder {path.parent}: {exc.strerror or exc}."
            ) from None
        created = _create_private_file(path)
    read_only = read_only or (info.exists and not info.writable)
    if read_only:
        if info.schema_version != latest:
            raise UnreadableDatabase(
                path, f"{path} needs an upgrade but cannot be written (read-only)."
            )
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
    else:
        try:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as exc:
            raise UnreadableDatabase(path, f"Cannot open {path}: {exc}.") from None
    db = RevSearchDatabase(conn)
    try:
        _configure(db, read_only=read_only)
        if not read_only:
            restrict_side_files(path)
        if info.schema_version < latest and not read_only:
            if info.exists:
                copy = backup.pre_migration_copy(path, info.schema_version)
                log.info("Copied %s to %s before upgrading it", path, copy)
            try:
                migrations.apply_migrations(db, schema)
            except sqlite3.Error as exc:
                version = schema_version(db)
                raise MigrationFailed(
                    path,
                    f"Upgrading {path} failed ({exc}); it was left at schema version {version}.",
                ) from exc
    except DatabaseProblem:
        db.close()
        _forget_unused_file(path, created)
        raise
    except sqlite3.Error as exc:
        db.close()
        _forget_unused_file(path, created)
        raise UnreadableDatabase(path, f"Cannot use {path}: {exc}.") from exc
    return db


def make_private_folder(folder: Path) -> None:
    """Creates `folder` and any missing parents readable by the user only. Folders that exist
    already keep their mode: they may be shared ones the user chose (say, --db /tmp/x)."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for new in reversed(missing):
        with contextlib.suppress(FileExistsError):
            new.mkdir(mode=FOLDER_MODE)
            _chmod(new, FOLDER_MODE)  # mkdir's mode is filtered by the umask


def _create_private_file(path: Path) -> bool:
    """Creates the empty database file with mode 0600 before SQLite does, since SQLite would
    create it with the umask's mode (often readable by everyone). Returns whether it did."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return False  # created meanwhile by another process: SQLite opens theirs
    except OSError as exc:
        raise UnreadableDatabase(path, f"Cannot create {path}: {exc.strerror or exc}.") from None
    os.close(handle)
    _chmod(path, FILE_MODE)
    return True


def restrict_side_files(path: Path) -> None:
    """Gives the -wal and -shm files no more access than the database file has: they hold the
    same data. (SQLite copies the database's mode too; this does not depend on it.)"""
    try:
        mode = stat.S_IMODE(path.stat().st_mode) & 0o666
    except OSError:
        return
    for suffix in SIDE_SUFFIXES:
        side = Path(f"{path}{suffix}")
        with contextlib.suppress(OSError):
            if stat.S_IMODE(side.stat().st_mode) & ~mode:
                _chmod(side, mode)


def _forget_unused_file(path: Path, created: bool) -> None:
    """Removes the empty file this open created when setting it up failed (a full disk, say),
    so the next start is a first start again and not refused as "an empty file"."""
    if not created:
        return
    with contextlib.suppress(OSError):
        if path.stat().st_size == 0:
            for side in (*(Path(f"{path}{s}") for s in SIDE_SUFFIXES), path):
                with contextlib.suppress(FileNotFoundError):
                    side.unlink()


def _chmod(path: Path, mode: int) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, mode)


def _configure(db: sqlite_utils.Database, *, read_only: bool) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Deleted text (a note, an erased person) is overwritten with zeros, not left in free pages
    # for a file-recovery tool to find.
    db.execute("PRAGMA secure_delete = ON")
    if read_only:
        db.execute("PRAGMA query_only = ON")
        return
    # WAL with synchronous=FULL: a committed edit survives a killed process and a power cut, and
    # still commits thousands of edits a second, far beyond a person's pace.
    with db.ensure_autocommit_on():
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def database_path(db: sqlite_utils.Database) -> Path:
    """The file behind an open database."""
    row = db.execute("PRAGMA database_list").fetchone()
    return Path(row[2])


def is_read_only(db: sqlite_utils.Database) -> bool:
    return bool(db.execute("PRAGMA query_only").fetchone()[0])


def _is_query_only(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("PRAGMA query_only").fetchone()[0])


def data_version(db: sqlite_utils.Database) -> int:
    """A number that changes whenever another connection (another RevSearch window, the
    command line) commits to the file; this connection's own commits leave it alone."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])


def _folder_writable(folder: Path) -> bool:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return os.access(folder, os.W_OK)


def open_reader(path: Path | str) -> sqlite_utils.Database:
    """A second, read-only connection to a database this process already opened and checked,
    for reading on a worker thread (a long export) while the window goes on editing. WAL lets
    it read a consistent snapshot without blocking the writer."""
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    return sqlite_utils.Database(conn)


@contextlib.contextmanager
def read_snapshot(db: sqlite_utils.Database) -> Iterator[None]:
    """Reads inside the block all see the same committed state, however long they take and
    whatever another connection commits meanwhile (Python's sqlite3 starts no transaction for
    a SELECT, so without this each query would see the latest data)."""
    conn = db.conn
    if conn.in_transaction:
        yield  # already inside one: it gives the same guarantee
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")  # nothing was written; ending it frees the snapshot
