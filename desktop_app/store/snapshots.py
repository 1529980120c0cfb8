"""Snapshots of a part of the database, for undo and redo.

A scope is one aggregate: a search with everything under it, a candidate with its history,
notes and scores, or the checklist of a search. `capture` reads every row of the scope;
`restore` makes the database hold exactly those rows again (none, for a scope that did not
exist), in one transaction. Undo and redo of any edit are then the same operation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import sqlite_utils


class ScopeKind(Enum):
    SEARCH = "search"  # the search row and every row under it
    SEARCH_ROW = "search_row"  # the search row alone: its title, status, dates...
    CANDIDATE = "candidate"  # the candidate row, its stage history, notes and scores
    CHECKLIST = "checklist"  # every checklist step of one search
    DIAGNOSTIC = "diagnostic"  # the role diagnostic's answers of one search


@dataclass(frozen=True)
class Scope:
    kind: ScopeKind
    id: str  # the search id (SEARCH, CHECKLIST) or candidate id (CANDIDATE)


@dataclass(frozen=True)
class Snapshot:
    scope: Scope
    rows: dict[str, list[dict]] = field(default_factory=dict)  # table -> rows, parents first


# Parent tables first, so foreign keys hold while rows are inserted back.
_QUERIES: dict[ScopeKind, list[tuple[str, str]]] = {
    ScopeKind.SEARCH: [
        ("searches", "id = :id"),
        ("checklist_steps", "search_id = :id"),
        ("candidates", "search_id = :id"),
        ("stage_history", "candidate_id IN (SELECT id FROM candidates WHERE search_id = :id)"),
        ("notes", "candidate_id IN (SELECT id FROM candidates WHERE search_id = :id)"),
        ("scores", "candidate_id IN (SELECT id FROM candidates WHERE search_id = :id)"),
        ("diagnostic_answers", "search_id = :id"),
    ],
    ScopeKind.CANDIDATE: [
        ("candidates", "id = :id"),
        ("stage_history", "candidate_id = :id"),
        ("notes", "candidate_id = :id"),
        ("scores", "candidate_id = :id"),
    ],
    ScopeKind.SEARCH_ROW: [("searches", "id = :id")],
    ScopeKind.CHECKLIST: [("checklist_steps", "search_id = :id")],
    ScopeKind.DIAGNOSTIC: [("diagnostic_answers", "search_id = :id")],
}

# Deleting these rows removes the whole scope (the rest goes by ON DELETE CASCADE).
_DELETE: dict[ScopeKind, str] = {
    ScopeKind.SEARCH: "DELETE FROM searches WHERE id = :id",
    ScopeKind.CANDIDATE: "DELETE FROM candidates WHERE id = :id",
    ScopeKind.CHECKLIST: "DELETE FROM checklist_steps WHERE search_id = :id",
    ScopeKind.DIAGNOSTIC: "DELETE FROM diagnostic_answers WHERE search_id = :id",
}


def capture(db: sqlite_utils.Database, scope: Scope) -> Snapshot:
    rows = {
        table: list(
            db.query(f"SELECT * FROM {table} WHERE {where} ORDER BY rowid", {"id": scope.id})
        )
        for table, where in _QUERIES[scope.kind]
    }
    return Snapshot(scope, rows)


def restore(db: sqlite_utils.Database, snapshot: Snapshot) -> None:
    """Puts the scope back exactly as captured, all or nothing."""
    if snapshot.scope.kind is ScopeKind.SEARCH_ROW:
        # Deleting the row would cascade to everything under it: update it in place.
        with db.atomic():
            for row in snapshot.rows["searches"]:
                db["searches"].update(row["id"], row)
        return
    with db.atomic():
        db.execute(_DELETE[snapshot.scope.kind], {"id": snapshot.scope.id})
        for table, rows in snapshot.rows.items():
            if rows:
                db[table].insert_all(rows)
