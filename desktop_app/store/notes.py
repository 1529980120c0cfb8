"""Timestamped notes about a candidate, newest first; some marked confidential."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from desktop_app.domain.fields import trusted
from desktop_app.domain.note import NoteDetails, NoteKind
from desktop_app.store.errors import NotFound
from desktop_app.store.find import forget_deleted_words
from desktop_app.store.records import new_id, parse_timestamp, timestamp


@dataclass(frozen=True)
class Note:
    id: str
    candidate_id: str
    created_at: dt.datetime
    updated_at: dt.datetime
    details: NoteDetails


def add_note(
    db: sqlite_utils.Database,
    candidate_id: str,
    details: NoteDetails,
    *,
    at: dt.datetime | None = None,
) -> str:
    if not db["candidates"].count_where("id = ?", [candidate_id]):
        raise NotFound("candidate", candidate_id)
    note_id = new_id()
    now = timestamp(at)
    with db.atomic():
        db["notes"].insert(
            {
                "id": note_id,
                "candidate_id": candidate_id,
                "created_at": now,
                "updated_at": now,
                **_details_row(details),
            }
        )
    return note_id


def list_notes(
    db: sqlite_utils.Database, candidate_id: str, *, include_confidential: bool = True
) -> list[Note]:
    where = "" if include_confidential else "AND confidential = 0"
    rows = db.query(
        f"SELECT * FROM notes WHERE candidate_id = ? {where} ORDER BY created_at DESC, rowid DESC",
        [candidate_id],
    )
    return [_from_row(row) for row in rows]


def notes_of_search(
    db: sqlite_utils.Database, search_id: str, *, include_confidential: bool = True
) -> list[Note]:
    """Every note about a search's candidates, newest first, in one query."""
    where = "" if include_confidential else "AND n.confidential = 0"
    rows = db.query(
        "SELECT n.* FROM notes n JOIN candidates c ON c.id = n.candidate_id "
        f"WHERE c.search_id = ? {where} ORDER BY n.created_at DESC, n.rowid DESC",
        [search_id],
    )
    return [_from_row(row) for row in rows]


def candidate_of_note(db: sqlite_utils.Database, note_id: str) -> str:
    """The id of the candidate a note is about."""
    row = next(db.query("SELECT candidate_id FROM notes WHERE id = ?", [note_id]), None)
    if row is None:
        raise NotFound("note", note_id)
    return row["candidate_id"]


def update_note(db: sqlite_utils.Database, note_id: str, details: NoteDetails) -> None:
    if not db["notes"].count_where("id = ?", [note_id]):
        raise NotFound("note", note_id)
    with db.atomic():
        old_body = db["notes"].get(note_id)["body"]
        db["notes"].update(note_id, {**_details_row(details), "updated_at": timestamp()})
        if details.body != old_body:
            forget_deleted_words(db, ("notes_find",))  # the replaced text must not linger


def delete_note(db: sqlite_utils.Database, note_id: str) -> None:
    if not db["notes"].count_where("id = ?", [note_id]):
        raise NotFound("note", note_id)
    with db.atomic():
        db.execute("DELETE FROM notes WHERE id = ?", [note_id])
        forget_deleted_words(db, ("notes_find",))  # secure_delete cannot reach FTS5's old pages


def _details_row(details: NoteDetails) -> dict[str, object]:
    return {
        "author": details.author,
        "kind": details.kind.value,
        "confidential": int(details.confidential),
        "body": details.body,
    }


def _from_row(row: dict) -> Note:
    return Note(
        id=row["id"],
        candidate_id=row["candidate_id"],
        created_at=parse_timestamp(row["created_at"]),
        updated_at=parse_timestamp(row["updated_at"]),
        # Checked when it was written; reading it back need not check it again.
        details=trusted(
            NoteDetails,
            body=row["body"],
            author=row["author"],
            kind=NoteKind(row["kind"]),
            confidential=bool(row["confidential"]),
        ),
    )
