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
import threading
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
        try:
            self.conn.commit()
        except BaseException:
            # A COMMIT that fails (a deferred foreign key, a full disk, an I/O error) may leave
            # the transaction open; the next edit would then add to it instead of starting anew.
            self.conn.rollback()
            raise


@dataclass(frozen=True)
class FileInfo:
    """What a look at the file, without changing it, tells."""

    path: Path
    exists: bool  # an existing file is always a usable RevSearch database; else it raised
    schema_version: int = 0
    writable: bool = True
    # Readable only as a file nobody changes: a cleanly closed database in a folder SQLite
    # cannot write its -shm file into (read-only media, a read-only share).
    immutable: bool = False


def inspect_file(
    path: Path,
    *,
    check: bool = True,
    full_check: bool = False,
    latest: int | None = None,
    immutable: bool = False,
) -> FileInfo:
    """Checks a database file read-only; raises a DatabaseProblem naming what is wrong.

    `full_check` runs PRAGMA integrity_check instead of the faster quick_check. `check=False`
    runs neither, only the look at the header, the application id, the schema version and the
    schema itself, which takes a moment whatever the file's size (a quick_check reads every
    page: seconds for a large file); the caller then checks the pages later, with
    `IntegrityCheck`. A file that needs an upgrade is checked in full all the same, as the
    upgrade is about to write it. `immutable` says nothing writes the file (a backup): it is
    read without locks or -wal and -shm files, so the look leaves none beside it.
    """
    path = Path(path)
    latest = migrations.latest_version() if latest is None else latest
    if not path.exists():
        return FileInfo(path, exists=False, writable=_folder_writable(path.parent))
    if path.is_dir():
        raise UnreadableDatabase(path, "{path} is a folder, not a database file.", path=path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise UnreadableDatabase(
            path, "Cannot read {path}: {reason}.", path=path, reason=exc.strerror or exc
        ) from None
    if not header:
        raise NotRevSearchDatabase(
            path, "{path} is empty: it is not a RevSearch database.", path=path
        )
    if not header.startswith(SQLITE_HEADER):
        raise NotRevSearchDatabase(
            path,
            "{path} is not a RevSearch database (not a SQLite file, or its start is damaged).",
            path=path,
        )
    # Reading a WAL-mode file creates its -wal and -shm files, which another process may
    # start using as soon as they exist (see _tidy_side_files).
    created = [side for side in _side_files(path) if not side.exists()]  # if the look makes them
    # A -wal file may hold committed data that an immutable read would not see.
    immutable = immutable and not Path(f"{path}-wal").exists()
    try:
        try:
            app_id, version, tables = _look(
                path, check=check, full_check=full_check, immutable=immutable, latest=latest
            )
        except _CannotOpen:
            if immutable or not _readable_only_as_immutable(path):
                raise CorruptDatabase(
                    path,
                    "{path} is damaged or unreadable ({detail}).",
                    path=path,
                    detail="unable to open database file",
                ) from None
            immutable = True
            app_id, version, tables = _look(
                path, check=check, full_check=full_check, immutable=True, latest=latest
            )
        if app_id != migrations.APPLICATION_ID:
            if tables == 0:
                raise NotRevSearchDatabase(
                    path,
                    "{path} is an empty SQLite file, not a RevSearch database; it was left "
                    "unchanged.",
                    path=path,
                )
            raise NotRevSearchDatabase(
                path,
                "{path} is a database of another application, not a RevSearch database; it "
                "was left unchanged.",
                path=path,
            )
        if version > latest:
            raise DatabaseTooNew(
                path,
                "{path} was written by a newer RevSearch (schema version {version}); this one "
                "knows up to version {latest}. Update RevSearch to open it.",
                path=path,
                version=version,
                latest=latest,
            )
    except (NotRevSearchDatabase, DatabaseTooNew):
        # A readable SQLite file, perhaps open in another app or a newer RevSearch.
        if not _tidy_side_files(path, created):
            _remove_empty_side_files(created)
        raise
    except DatabaseProblem:
        # Damaged: no program is using it, nor the side files the look created.
        _remove_empty_side_files(created)
        raise
    writable = not immutable and os.access(path, os.W_OK) and _folder_writable(path.parent)
    if writable:
        _tidy_side_files(path, created)
    return FileInfo(path, True, version, writable=writable, immutable=immutable)


class _CannotOpen(Exception):
    """SQLite could not open the file or its -shm file (SQLITE_CANTOPEN)."""


def _look(
    path: Path, *, check: bool, full_check: bool, immutable: bool, latest: int
) -> tuple[int, int, int]:
    """(application_id, user_version, number of schema entries) of a file that passes the
    check; raises CorruptDatabase, or _CannotOpen."""
    try:
        conn = sqlite3.connect(_read_only_uri(path, immutable=immutable), uri=True)
    except sqlite3.Error as exc:
        raise UnreadableDatabase(
            path, "Cannot open {path}: {detail}.", path=path, detail=exc
        ) from None
    try:
        if check:
            _check_pages(conn, path, full_check=full_check)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        # Counting the schema's rows reads and parses the whole schema, as every later query
        # would: a damaged schema is caught here even without the page check.
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if not check and app_id == migrations.APPLICATION_ID and version < latest:
            # An upgrade is about to write into the file: only into a healthy one.
            _check_pages(conn, path, full_check=full_check)
    except sqlite3.DatabaseError as exc:
        if _cannot_open(exc):
            raise _CannotOpen() from None
        raise CorruptDatabase(
            path, "{path} is damaged or unreadable ({detail}).", path=path, detail=exc
        ) from None
    finally:
        conn.close()
    return app_id, version, tables


def _check_pages(conn: sqlite3.Connection, path: Path, *, full_check: bool) -> None:
    """PRAGMA quick_check (or integrity_check): raises CorruptDatabase if it finds damage."""
    check = "integrity_check" if full_check else "quick_check"
    problems = [row[0] for row in conn.execute(f"PRAGMA {check}").fetchmany(5)]
    if problems != ["ok"]:
        # SQLite's report spans lines; a person needs one.
        detail = " ".join(problems[0].split()) if problems else "no answer"
        raise CorruptDatabase(path, "{path} is damaged ({detail}).", path=path, detail=detail)


class IntegrityCheck:
    """The page check `inspect_file(check=False)` left out, run later on a worker thread with
    a read-only connection of its own (SQLite lets other threads run meanwhile, and the
    window's connection goes on reading and writing). `cancel()`, from any thread, stops it
    within moments: a window closed early does not wait for a large file's check."""

    def __init__(self, path: Path | str, *, full_check: bool = False) -> None:
        self.path = Path(path)
        self.full_check = full_check
        self._lock = threading.Lock()
        self._cancelled = False
        self._conn: sqlite3.Connection | None = None

    def run(self) -> bool:
        """True when the file passed, False when cancelled. Raises CorruptDatabase when the
        check finds damage, UnreadableDatabase when the file cannot be read at all."""
        path = self.path
        try:
            conn = open_reader(path).conn
        except sqlite3.Error as exc:
            raise UnreadableDatabase(
                path, "Cannot read {path}: {reason}.", path=path, reason=exc
            ) from None
        with self._lock:
            if self._cancelled:
                conn.close()
                return False
            self._conn = conn
        try:
            _check_pages(conn, path, full_check=self.full_check)
        except sqlite3.DatabaseError as exc:
            if self._cancelled and _interrupted(exc):
                return False
            if _primary_code(exc) in _NOT_DAMAGE:
                raise UnreadableDatabase(
                    path, "Cannot read {path}: {reason}.", path=path, reason=exc
                ) from None
            raise CorruptDatabase(
                path, "{path} is damaged or unreadable ({detail}).", path=path, detail=exc
            ) from None
        finally:
            with self._lock:
                self._conn = None
            conn.close()
        return True

    def cancel(self) -> None:
        """Stops the check. SQLite forgets an interrupt that comes just before the check's
        statement starts, so a caller waiting for run() to end calls this again meanwhile."""
        with self._lock:
            self._cancelled = True
            if self._conn is not None:
                self._conn.interrupt()  # the one call SQLite allows from another thread


# Errors that say nothing about the pages: the file is busy, gone, or a check was stopped.
_NOT_DAMAGE = frozenset(
    {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_INTERRUPT}
)


def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _interrupted(exc: sqlite3.Error) -> bool:
    return _primary_code(exc) == sqlite3.SQLITE_INTERRUPT or str(exc) == "interrupted"


def _cannot_open(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_CANTOPEN or (
        str(exc) == "unable to open database file"
    )


def _readable_only_as_immutable(path: Path) -> bool:
    """A healthy WAL-mode file closed cleanly (no -wal) in a folder that cannot be written:
    SQLite cannot create the -shm file every reader needs, and says "unable to open database
    file". Nothing can change such a file, so it is read as immutable instead: it opens
    read-only rather than being taken for a damaged one."""
    return not Path(f"{path}-wal").exists() and not _folder_writable(path.parent)


def _read_only_uri(path: Path, *, immutable: bool = False) -> str:
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def _side_files(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in SIDE_SUFFIXES]


def _tidy_side_files(path: Path, created: list[Path]) -> bool:
    """Lets SQLite remove the -wal and -shm files a look created, if no one else uses them;
    returns whether it could try (both were created by the look, and the file is writable).

    Deleting them by hand is not safe: another RevSearch may have opened the file meanwhile
    and be writing into them; it would go on writing into deleted files while the next one to
    open starts afresh, and edits would be lost. SQLite's own close removes them only when it
    is the last connection (it holds the lock that tells), so a plain connection that reads
    and closes tidies up exactly when that is safe. With no -wal before the look there is
    nothing to write back: the file stays byte for byte as it was."""
    made = [side for side in created if side.exists()]  # a rollback-mode file makes none
    if len(made) != len(SIDE_SUFFIXES) or not os.access(path, os.W_OK):
        return False
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    return True


def _remove_empty_side_files(created: list[Path]) -> None:
    """Removes the -wal and -shm files a look at a refused file created, unless the WAL holds
    data. Never for a file RevSearch opens: see _tidy_side_files."""
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
    check: bool = True,
) -> sqlite_utils.Database:
    """Opens (creating if needed) and upgrades a RevSearch database; see the module doc.

    `check=False` leaves out the page-by-page check of a file already at the latest version
    (see inspect_file): the window's start, which checks the pages on a worker thread once
    it shows (`IntegrityCheck`). Everything else keeps the full check."""
    path = Path(path)
    schema = list(schema) if schema is not None else migrations.shipped_migrations()
    latest = migrations.latest_version(schema)
    info = inspect_file(path, latest=latest, check=check)
    created = False
    if not info.exists:
        if read_only:
            raise UnreadableDatabase(path, "There is no database at {path}.", path=path)
        try:
            make_private_folder(path.parent)
        except OSError as exc:
            raise UnreadableDatabase(
                path,
                "Cannot create the folder {folder}: {reason}.",
                folder=path.parent,
                reason=exc.strerror or exc,
            ) from None
        created = _create_private_file(path)
    read_only = read_only or (info.exists and not info.writable)
    if read_only:
        if info.schema_version != latest:
            raise UnreadableDatabase(
                path, "{path} needs an upgrade but cannot be written (read-only).", path=path
            )
        conn = sqlite3.connect(_read_only_uri(path, immutable=info.immutable), uri=True)
    else:
        try:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as exc:
            raise UnreadableDatabase(
                path, "Cannot open {path}: {detail}.", path=path, detail=exc
            ) from None
    # No sqlite-utils plugins: whatever else is installed beside the app must not change its
    # connection, and looking for them reads every installed package's metadata at start.
    db = RevSearchDatabase(conn, execute_plugins=False)
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
                    "Upgrading {path} failed ({detail}); it was left at schema version {version}.",
                    path=path,
                    detail=exc,
                    version=version,
                ) from exc
    except DatabaseProblem:
        db.close()
        _forget_unused_file(path, created)
        raise
    except sqlite3.Error as exc:
        db.close()
        _forget_unused_file(path, created)
        raise UnreadableDatabase(
            path, "Cannot use {path}: {detail}.", path=path, detail=exc
        ) from exc
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
        raise UnreadableDatabase(
            path, "Cannot create {path}: {reason}.", path=path, reason=exc.strerror or exc
        ) from None
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
    it read a consistent snapshot without blocking the writer. A file in a read-only folder
    is read as immutable, as open_database reads it."""
    path = Path(path)
    conn = sqlite3.connect(_read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        conn.close()
        if not (_cannot_open(exc) and _readable_only_as_immutable(path)):
            raise
        conn = sqlite3.connect(_read_only_uri(path, immutable=True), uri=True)
    return sqlite_utils.Database(conn, execute_plugins=False)  # as open_database


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
