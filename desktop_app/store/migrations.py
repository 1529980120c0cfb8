"""The numbered SQL migrations in db_schema/, applied with sqlite-utils' Migrations.

Each db_schema/NNNN_name.sql runs in one transaction together with its record in
`_sqlite_migrations` and `PRAGMA user_version = NNNN`, so a failing migration leaves the file at
the version before it, and any SQLite tool can read the version.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sqlite_utils

from desktop_app import assets

MIGRATION_SET = "revsearch"
# "ReVs": marks the file as RevSearch's, so we never mistake another app's database for ours.
APPLICATION_ID = 0x52655673
_FILE_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class SchemaMigration:
    version: int
    name: str
    sql: str

    @property
    def label(self) -> str:
        return f"{self.version:04d}_{self.name}"


def shipped_migrations() -> list[SchemaMigration]:
    """The migrations that ship with the app, in order; their numbers must run 1, 2, 3..."""
    found = []
    for node in assets.schema_folder().iterdir():
        match = _FILE_NAME.match(node.name)
        if match:
            found.append(SchemaMigration(int(match[1]), match[2], node.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    numbers = [m.version for m in found]
    if numbers != list(range(1, len(found) + 1)):
        raise RuntimeError(f"db_schema/ migrations are not numbered 1..n: {numbers}")
    return found


def latest_version(migrations: Sequence[SchemaMigration] | None = None) -> int:
    return len(migrations if migrations is not None else shipped_migrations())


def split_statements(sql: str) -> list[str]:
    """Splits a script into statements, using SQLite's own idea of a complete statement so a
    semicolon inside a string, a comment or a trigger body does not cut it."""
    statements, buffer = [], ""
    for piece in sql.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \t\r\n;"):
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip(" \t\r\n;"):
        statements.append(buffer.strip())
    return statements


def build_migrations(migrations: Sequence[SchemaMigration]) -> sqlite_utils.Migrations:
    registry = sqlite_utils.Migrations(MIGRATION_SET)
    for migration in migrations:
        registry(name=migration.label)(_runner(migration))
    return registry


def _runner(migration: SchemaMigration) -> Callable[[sqlite_utils.Database], None]:
    def apply(db: sqlite_utils.Database) -> None:
        # executescript() would commit first and break the one-transaction promise, so run the
        # statements one by one inside the transaction sqlite-utils opened.
        for statement in split_statements(migration.sql):
            db.execute(statement)
        db.execute(f"PRAGMA user_version = {int(migration.version)}")

    apply.__name__ = migration.label
    return apply


def pending(db: sqlite_utils.Database, migrations: Sequence[SchemaMigration]) -> list[str]:
    return [m.name for m in build_migrations(migrations).pending(db)]


def apply_migrations(db: sqlite_utils.Database, migrations: Sequence[SchemaMigration]) -> None:
    """Brings the file up to the newest version. Raises the migration's own error if one fails;
    the file then stays at the version before that migration."""
    registry = build_migrations(migrations)
    with db.atomic():
        # Marking the file as ours and creating the bookkeeping table happen together, so a file
        # is never left half-initialised.
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        registry.ensure_migrations_table(db)
    registry.apply(db)
