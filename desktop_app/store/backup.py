"""Consistent copies of the database with SQLite's backup API, and restoring one.

Backups live in a `backups` folder beside the database. A copy taken before an upgrade keeps
the user's data safe if the new version has a problem.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path
from urllib.parse import quote

from desktop_app.store.errors import UnreadableDatabase

PRE_MIGRATION_KEEP = 3


def backups_folder(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def copy_database(source: Path, target: Path) -> Path:
    """Writes a consistent copy of `source` (WAL content included) to a new file `target`."""
    source, target = Path(source), Path(target)
    if target.exists():
        raise UnreadableDatabase(target, f"{target} already exists; choose another name.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UnreadableDatabase(
            target, f"Cannot create {target.parent}: {exc.strerror}."
        ) from None
    partial = target.with_name(target.name + ".partial")
    try:
        _backup_api(source, partial)
        # The copy appears under its name only when complete, so a failed backup never
        # looks like a good one.
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise UnreadableDatabase(target, f"The backup to {target} failed: {exc}.") from None
    return target


def stamped_name(db_path: Path, label: str, when: dt.datetime | None = None) -> str:
    when = when or dt.datetime.now()
    return f"{Path(db_path).stem}-{label}-{when:%Y%m%d-%H%M%S-%f}.sqlite3"


def backup_now(db_path: Path, target: Path | None = None) -> Path:
    """`revsearch backup`: a copy in the backups folder, or where the user asks."""
    target = target or backups_folder(db_path) / stamped_name(db_path, "backup")
    return copy_database(db_path, target)


def pre_migration_copy(db_path: Path, version: int) -> Path:
    folder = backups_folder(db_path)
    copy = copy_database(db_path, folder / stamped_name(db_path, f"before-upgrade-v{version}"))
    _prune(folder, f"{Path(db_path).stem}-before-upgrade-v", PRE_MIGRATION_KEEP)
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
        copy_database(source, db_path)
        return None
    kept = backups_folder(db_path) / stamped_name(db_path, "before-restore")
    if current_is_healthy:
        copy_database(db_path, kept)
        _copy_into(source, db_path)
        return kept
    # A damaged file (the usual reason to restore) cannot be opened, so no app has it open:
    # keep it byte for byte with its write-ahead log, then put the backup in its place.
    kept.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(db_path, kept)
    wal = Path(f"{db_path}-wal")
    if wal.exists():
        shutil.copy2(wal, Path(f"{kept}-wal"))
    incoming = db_path.with_name(db_path.name + ".restoring")
    with contextlib.suppress(FileNotFoundError):
        incoming.unlink()
    copy_database(source, incoming)
    # The old write-ahead log belongs to the damaged file and must not be replayed into the
    # restored one.
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{db_path}{suffix}").unlink()
    os.replace(incoming, db_path)
    return kept


def _copy_into(source: Path, db_path: Path) -> None:
    try:
        _backup_api(source, db_path)
    except sqlite3.Error as exc:
        raise UnreadableDatabase(db_path, f"Restoring into {db_path} failed: {exc}.") from None


def _backup_api(source: Path, target: Path) -> None:
    """Copies every page of `source` into `target` with SQLite's online backup, which takes
    the proper locks on both files (waiting up to 10 s for a busy target)."""
    src = sqlite3.connect(f"file:{quote(str(source.resolve()))}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target), timeout=10)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _prune(folder: Path, prefix: str, keep: int) -> None:
    copies = sorted(folder.glob(f"{prefix}*.sqlite3"), key=lambda p: p.stat().st_mtime_ns)
    for old in copies[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()
