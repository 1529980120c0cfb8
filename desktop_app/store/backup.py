"""Consistent copies of the database with SQLite's backup API, and restoring one.

Backups live in a `backups` folder beside the database, named
`<database>-<kind>-<YYYYmmdd-HHMMSS-micro>.sqlite3`: a daily copy at the first start of each day
(the last 10 kept), one before every upgrade (the last 3 kept), the ones the person asks for,
and the file a restore replaced. Every copy and the folder are readable by the user only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from desktop_app.store.errors import UnreadableDatabase

PRE_MIGRATION_KEEP = 3
DAILY_KEEP = 10
FILE_MODE = 0o600
FOLDER_MODE = 0o700
_STAMP = "%Y%m%d-%H%M%S-%f"


class BackupKind(enum.StrEnum):
    DAILY = "daily"
    MANUAL = "backup"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_RESTORE = "before-restore"
    DAMAGED = "damaged"  # a damaged file kept byte for byte when a backup replaced it


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: BackupKind
    taken_at: dt.datetime  # local time, from the name: copying the file keeps it right
    size: int  # bytes


def backups_folder(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The copies of this database in its backups folder, newest first."""
    folder = backups_folder(db_path)
    pattern = re.compile(
        rf"^{re.escape(Path(db_path).stem)}-(?P<label>[a-z0-9-]+?)-"
        r"(?P<stamp>\d{8}-\d{6}-\d{6})\.sqlite3$"
    )
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []  # no folder yet, or not readable: no backups to offer
    for entry in entries:
        match = pattern.match(entry.name)
        if not match:
            continue
        kind = _kind(match["label"])
        try:
            taken_at = dt.datetime.strptime(match["stamp"], _STAMP)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        if kind is not None and entry.is_file():
            found.append(BackupInfo(entry, kind, taken_at, size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def _kind(label: str) -> BackupKind | None:
    if re.fullmatch(r"before-upgrade-v\d+", label):
        return BackupKind.BEFORE_UPGRADE
    try:
        return BackupKind(label)
    except ValueError:
        return None


def daily_backup(
    db_path: Path,
    today: dt.date,
    now: dt.datetime | None = None,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> Path | None:
    """At the first start of a day, a copy of the database; None if today's copy exists (or
    there is no database yet). Keeps the last DAILY_KEEP daily copies. `cancelled`: see
    copy_database."""
    db_path = Path(db_path)
    if not db_path.is_file():
        return None
    if any(
        b.kind is BackupKind.DAILY and b.taken_at.date() == today for b in list_backups(db_path)
    ):
        return None
    when = now or dt.datetime.combine(today, dt.datetime.now().time())
    folder = backups_folder(db_path)
    copy = copy_database(
        db_path, folder / stamped_name(db_path, BackupKind.DAILY, when), cancelled=cancelled
    )
    _prune_kind(db_path, BackupKind.DAILY, DAILY_KEEP)
    return copy


class BackupCancelled(Exception):
    """A copy stopped on request (the window closed); nothing was left behind."""


def copy_database(
    source: Path,
    target: Path,
    *,
    from_backup: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Writes a consistent copy of `source` (WAL content included) to a new file `target`.
    `from_backup`: the source is a backup, which nothing writes (see _backup_api).
    `cancelled`, asked between chunks of pages: when it says yes, the copy stops, the part
    written is removed and BackupCancelled is raised."""
    source, target = Path(source), Path(target)
    if target.exists():
        raise UnreadableDatabase(target, "{path} already exists; choose another name.", path=target)
    try:
        _make_folder(target.parent)
    except OSError as exc:
        raise UnreadableDatabase(
            target, "Cannot create {path}: {reason}.", path=target.parent, reason=exc.strerror
        ) from None
    partial = target.with_name(target.name + ".partial")
    try:
        _private_empty_file(partial)
        _backup_api(source, partial, from_backup=from_backup, cancelled=cancelled)
        # The copy appears under its name only when complete, so a failed (or cancelled)
        # backup never looks like a good one.
        os.replace(partial, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if isinstance(exc, sqlite3.Error | OSError):
            raise UnreadableDatabase(
                target, "The backup to {path} failed: {detail}.", path=target, detail=exc
            ) from None
        raise
    return target


def stamped_name(db_path: Path, label: str, when: dt.datetime | None = None) -> str:
    when = when or dt.datetime.now()
    return f"{Path(db_path).stem}-{label}-{when.strftime(_STAMP)}.sqlite3"


def backup_now(db_path: Path, target: Path | None = None) -> Path:
    """`revsearch backup` and File > Back up now: a copy in the backups folder, or where the
    user asks."""
    target = target or backups_folder(db_path) / stamped_name(db_path, BackupKind.MANUAL)
    return copy_database(db_path, target)


def pre_migration_copy(db_path: Path, version: int) -> Path:
    folder = backups_folder(db_path)
    label = f"{BackupKind.BEFORE_UPGRADE}-v{version}"
    copy = copy_database(db_path, folder / stamped_name(db_path, label))
    _prune_kind(db_path, BackupKind.BEFORE_UPGRADE, PRE_MIGRATION_KEEP)
    return copy


def restore(source: Path, db_path: Path, *, current_is_healthy: bool) -> Path | None:
    """Replaces the database with `source` (already checked by the caller); returns where the
    replaced file was kept, or None if there was no file to replace.

    A healthy current file is overwritten through SQLite's backup API, which takes the
    database's locks: an app that has it open waits, then sees the restored content, and its
    next edit lands in the restored database instead of a deleted file.
    """
    source, db_path = Path(source), Path(db_path)
    if not db_path.exists():
        copy_database(source, db_path, from_backup=True)
        return None
    if current_is_healthy:
        kept = backups_folder(db_path) / stamped_name(db_path, BackupKind.BEFORE_RESTORE)
        copy_database(db_path, kept)
        _copy_into(source, db_path)
        return kept
    # A damaged file (the usual reason to restore) cannot be opened, so no app has it open:
    # keep it byte for byte with its write-ahead log, then put the backup in its place.
    kept = backups_folder(db_path) / stamped_name(db_path, BackupKind.DAMAGED)
    _make_folder(kept.parent)
    _private_copy(db_path, kept)
    wal = Path(f"{db_path}-wal")
    if wal.exists():
        _private_copy(wal, Path(f"{kept}-wal"))
    incoming = db_path.with_name(db_path.name + ".restoring")
    with contextlib.suppress(FileNotFoundError):
        incoming.unlink()
    copy_database(source, incoming, from_backup=True)
    # The old write-ahead log belongs to the damaged file and must not be replayed into the
    # restored one.
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{db_path}{suffix}").unlink()
    os.replace(incoming, db_path)
    return kept


def _copy_into(source: Path, db_path: Path) -> None:
    try:
        _backup_api(source, db_path, from_backup=True)
    except sqlite3.Error as exc:
        raise UnreadableDatabase(
            db_path, "Restoring into {path} failed: {detail}.", path=db_path, detail=exc
        ) from None


def _backup_api(
    source: Path,
    target: Path,
    *,
    from_backup: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Copies every page of `source` into `target` with SQLite's online backup, which takes
    the proper locks on both files (waiting up to 10 s for a busy target). A backup as the
    source is read as immutable: nothing writes it, and reading it so leaves no -wal or -shm
    file beside it (unless it has a -wal already, whose content must be read).

    With `cancelled` the pages go in chunks, asking it between them. The source then stays in
    one read transaction throughout, so the copy is of one moment: without it, an edit the
    window commits between two chunks would start the copy over, and a person editing every
    few seconds would keep a large file's copy from ever finishing."""
    uri = f"file:{quote(str(source.resolve()))}?mode=ro"
    if from_backup and not Path(f"{source}-wal").exists():
        uri += "&immutable=1"
    src = sqlite3.connect(uri, uri=True)
    try:
        dst = sqlite3.connect(str(target), timeout=10)
        try:
            if cancelled is None:
                src.backup(dst)
                return
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot

            def between_chunks(_status: int, _remaining: int, _total: int) -> None:
                if cancelled():
                    raise BackupCancelled()  # SQLite stops the copy and rolls it back

            try:
                src.backup(dst, pages=_CHUNK_PAGES, progress=between_chunks)
            finally:
                src.rollback()  # read only: ending it releases the snapshot
        finally:
            dst.close()
    finally:
        src.close()


# Pages per chunk of a cancellable copy: 4 MiB of 4 KiB pages, a few milliseconds each.
_CHUNK_PAGES = 1024


def _prune_kind(db_path: Path, kind: BackupKind, keep: int) -> None:
    copies = [b for b in list_backups(db_path) if b.kind is kind]  # newest first
    for old in copies[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()


def _make_folder(folder: Path) -> None:
    """The backups folder, private to the user; its parent exists or is created as well."""
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    _chmod(folder, FOLDER_MODE)  # mkdir's mode passes through the umask


def _private_empty_file(path: Path) -> None:
    """Creates `path` empty with mode 0600, for SQLite to fill: SQLite would otherwise create
    it with the umask's mode, readable by everyone."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()  # a leftover from a backup that was cut short
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(handle)
    _chmod(path, FILE_MODE)


def _private_copy(source: Path, target: Path) -> None:
    _private_empty_file(target)
    shutil.copyfile(source, target)  # writes into the 0600 file, keeping its mode


def _chmod(path: Path, mode: int) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, mode)
