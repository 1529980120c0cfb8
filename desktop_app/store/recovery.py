"""Getting back to a good file: the newest healthy backup, and restoring a backup in place of
the database, whether the current file is healthy (the person wants yesterday's data) or damaged
(it cannot be opened at all). Shared by the window and `revsearch restore`."""

from __future__ import annotations

from pathlib import Path

from desktop_app.store import backup
from desktop_app.store.backup import BackupInfo, BackupKind
from desktop_app.store.database import inspect_file
from desktop_app.store.errors import DatabaseProblem, UnreadableDatabase


def latest_healthy_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes a full integrity check and this version can open."""
    for info in backup.list_backups(db_path):
        if info.kind is BackupKind.DAMAGED:
            continue  # kept for the record, never to restore
        try:
            inspect_file(info.path, full_check=True, immutable=True)
        except DatabaseProblem:
            continue
        return info
    return None


def restore_backup(source: Path, db_path: Path) -> Path | None:
    """Puts the backup `source` in place of the database; returns where the file it replaced
    was kept (None if there was none). Raises a DatabaseProblem, changing nothing, if the
    backup is damaged, another app's or from a newer RevSearch, or no longer there."""
    source, db_path = Path(source), Path(db_path)
    if source.resolve() == db_path.resolve():
        raise UnreadableDatabase(source, "That file is the database itself; choose a backup.")
    if db_path.is_dir():
        raise UnreadableDatabase(db_path, "{path} is a folder, not a database file.", path=db_path)
    if not source.is_file():
        # Deleted (or moved) since the list was shown: say so before copying anything.
        raise UnreadableDatabase(
            source, "That backup no longer exists ({path}); choose another.", path=source
        )
    # Nothing writes a backup: read as immutable, it gets no -wal or -shm beside it.
    inspect_file(source, full_check=True, immutable=True)
    try:
        current_is_healthy = inspect_file(db_path).exists
    except DatabaseProblem:
        current_is_healthy = False  # damaged: restoring is how to recover from that
    return backup.restore(source, db_path, current_is_healthy=current_is_healthy)
