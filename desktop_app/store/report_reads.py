"""Reads for the progress reports that need less than the app's own reads: a PDF or HTML
report shows a search's few newest notes and how many there are, not every note."""

from __future__ import annotations

import sqlite_utils

from desktop_app.domain.fields import trusted
from desktop_app.domain.note import NoteDetails, NoteKind
from desktop_app.store.notes import Note
from desktop_app.store.records import parse_timestamp

_OF_SEARCH = "FROM notes n JOIN candidates c ON c.id = n.candidate_id WHERE c.search_id = ?"
_NEWEST_FIRST = "ORDER BY n.created_at DESC, n.rowid DESC"  # as store.notes.notes_of_search


def newest_notes_of_search(
    db: sqlite_utils.Database, search_id: str, limit: int, *, include_confidential: bool = True
) -> tuple[list[Note], int]:
    """The `limit` newest notes about a search's candidates, newest first, and how many notes
    there are in all."""
    where = "" if include_confidential else "AND n.confidential = 0"
    # The newest are chosen by date alone, and only they are read whole: a search's notes
    # hold megabytes of text.
    rows = db.execute(
        "SELECT n.id, n.candidate_id, n.created_at, n.updated_at, n.body, n.author, n.kind, "
        f"n.confidential FROM notes n WHERE n.rowid IN (SELECT n.rowid {_OF_SEARCH} {where} "
        f"{_NEWEST_FIRST} LIMIT ?) {_NEWEST_FIRST}",
        [search_id, max(0, limit)],
    ).fetchall()
    (total,) = db.execute(f"SELECT count(*) {_OF_SEARCH} {where}", [search_id]).fetchone()
    notes = [
        Note(
            id=note_id,
            candidate_id=candidate_id,
            created_at=parse_timestamp(created_at),
            updated_at=parse_timestamp(updated_at),
            # Checked when written: a hundred searches' notes are not checked again.
            details=trusted(
                NoteDetails,
                body=body,
                author=author,
                kind=NoteKind(kind),
                confidential=bool(confidential),
            ),
        )
        for (note_id, candidate_id, created_at, updated_at, body, author, kind,
             confidential) in rows
    ]  # fmt: skip
    return notes, total
