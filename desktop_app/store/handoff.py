"""Hand a search to a colleague: one search with everything under it as a `.revsearch` file.

The file is JSON (documented in docs/revsearch-file-format.md): the rows exactly as stored, so
a round trip loses nothing. Reading validates the whole document before anything is written,
and importing runs in one transaction, so a bad file never leaves half a search behind.

Confidential notes and pay expectations go into the file only when the person exporting asks
for them, each time (as with reports): a hand-off is a file that leaves the app, often by
e-mail. The document says whether they were included; replacing a search from a file without
them keeps the ones already here, since the file says nothing about them.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from pathlib import Path
from typing import Any, Literal

import sqlite_utils

from desktop_app import __version__
from desktop_app.domain.search import LANGUAGES
from desktop_app.store.errors import TemplatedError
from desktop_app.store.files import write_text_atomically
from desktop_app.store.records import new_id, parse_timestamp, timestamp
from desktop_app.store.snapshots import Scope, ScopeKind, capture

FORMAT_NAME = "revsearch-search"
# 2 added searches.closed_at, candidates.anonymised_at and "confidential_included"; 3 added
# candidates.number and searches.last_candidate_number (the permanent numbers anonymised codes
# are made from). Files of older versions still import: the new columns take their defaults,
# and their candidates are numbered as they import (`_numbered`).
FORMAT_VERSION = 3

# Child tables in insertion order (parents first), with the foreign key each row carries and
# the table that key points into. The search row itself sits under "search".
CHILD_TABLES: dict[str, tuple[str, str]] = {
    "checklist_steps": ("search_id", "searches"),
    "candidates": ("search_id", "searches"),
    "stage_history": ("candidate_id", "candidates"),
    "notes": ("candidate_id", "candidates"),
    "scores": ("candidate_id", "candidates"),
    "diagnostic_answers": ("search_id", "searches"),
}
# Columns that hold several lines of text; every other text is one line. Neither may hold other
# control characters, as the forms ensure for what a person types.
_MULTI_LINE = {
    "checklist_steps": {"description", "note"},
    "candidates": {"exit_reason"},
    "stage_history": {"reason"},
    "notes": {"body"},
    "scores": {"evidence"},
}
# diagnostic_answers is keyed by (search_id, question) and has no id of its own.
_TABLES_WITH_ID = ("checklist_steps", "candidates", "stage_history", "notes", "scores")

OnExisting = Literal["ask", "replace", "keep_both"]


class HandoffError(TemplatedError, ValueError):
    """A .revsearch file that cannot be read or imported; the message names the problem (an
    English template with values, said in the user's language by labels/store_messages.py).
    `source` is the file's path, or None for a document already read ("The file")."""


class AlreadyThere(HandoffError):
    """The file's search is already in the database; the caller chooses replace or keep both."""

    TEMPLATE = "The search '{title}' is already in this database; replace it or keep both."

    def __init__(self, search_id: str, title: str) -> None:
        super().__init__(self.TEMPLATE, title=title)
        self.search_id = search_id
        self.title = title


# How a document's problems name it when it came from no file path (validate_document).
THE_FILE = "The file"


def export_search(
    db: sqlite_utils.Database, search_id: str, *, include_confidential: bool
) -> dict[str, Any]:
    """The document for one search, rows as stored. Without `include_confidential` the
    confidential notes are left out and pay expectations emptied; the caller must choose."""
    rows = capture(db, Scope(ScopeKind.SEARCH, search_id)).rows
    if not rows["searches"]:
        raise HandoffError("There is no search with id '{id}' to export.", id=search_id)
    if not include_confidential:
        rows["notes"] = [row for row in rows["notes"] if not row["confidential"]]
        rows["candidates"] = [dict(row, pay_expectation="") for row in rows["candidates"]]
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": timestamp(),
        "confidential_included": include_confidential,
        # The last activity is worked out again by the receiving file's triggers as the rows
        # go in; it is not part of the format.
        "search": {k: v for k, v in rows["searches"][0].items() if k != "last_activity"},
    }
    for table in CHILD_TABLES:
        document[table] = rows[table]
    return document


def carries_confidential(document: dict[str, Any]) -> bool:
    """Whether the file holds the search's confidential notes and pay expectations (files of
    version 1 held everything)."""
    return bool(document.get("confidential_included", True))


def confidential_count(db: sqlite_utils.Database, search_id: str) -> int:
    """How many confidential notes and pay expectations a hand-off of the search would leave
    out: the window asks about them only when there are some."""
    row = db.execute(
        "SELECT (SELECT count(*) FROM notes n JOIN candidates c ON c.id = n.candidate_id "
        "WHERE c.search_id = :id AND n.confidential = 1) + "
        "(SELECT count(*) FROM candidates WHERE search_id = :id AND pay_expectation != '')",
        {"id": search_id},
    ).fetchone()
    return int(row[0])


def write_search_file(
    db: sqlite_utils.Database, search_id: str, path: Path | str, *, include_confidential: bool
) -> Path:
    """Writes the search to `path`, whole or not at all (see files.write_text_atomically)."""
    path = Path(path)
    document = export_search(db, search_id, include_confidential=include_confidential)
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if not path.parent.is_dir():
        raise HandoffError(
            "The folder {folder} does not exist; choose another place.", folder=path.parent
        )
    if path.is_dir():
        raise HandoffError("{path} is a folder; give the name of a file to write.", path=path)
    return write_text_atomically(path, text)


def read_search_file(path: Path | str) -> dict[str, Any]:
    """Reads and validates a .revsearch file; raises HandoffError naming the problem."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise HandoffError(
            "{path} cannot be read: {reason}.", path=path, reason=exc.strerror or str(exc)
        ) from None
    if not data.strip():
        raise HandoffError("{path} is empty; it is not a RevSearch search file.", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise HandoffError(
            "{path} is not UTF-8 text (bad byte at position {position}); "
            "it is not a RevSearch search file.",
            path=path,
            position=exc.start,
        ) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise HandoffError(
            "{path} is not valid JSON (line {line}, column {column}: {detail}); "
            "it is not a RevSearch search file.",
            path=path,
            line=exc.lineno,
            column=exc.colno,
            detail=exc.msg,
        ) from None
    validate_document(document, path)
    return document


def validate_document(document: object, source: str | Path | None = None) -> None:
    """Checks the shape and the internal links of a document; raises HandoffError naming the
    problem and where: `source`, the file's path (None: "The file")."""
    source = THE_FILE if source is None else source
    if not isinstance(document, dict):
        raise HandoffError(
            "{source} does not hold a JSON object; it is not a search file.", source=source
        )
    if document.get("format") != FORMAT_NAME:
        raise HandoffError(
            "{source} is not a RevSearch search file (format {format}, expected {expected}).",
            source=source,
            format=repr(document.get("format")),
            expected=repr(FORMAT_NAME),
        )
    version = document.get("version")
    # bool is an int in Python; a version of `true` is still malformed.
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise HandoffError(
            "{source} has no valid format version ({version}).",
            source=source,
            version=repr(version),
        )
    if version > FORMAT_VERSION:
        raise HandoffError(
            "{source} was written by a newer RevSearch (format version {version}; this one "
            "reads up to {latest}). Update RevSearch to import it.",
            source=source,
            version=version,
            latest=FORMAT_VERSION,
        )
    included = document.get("confidential_included", True)  # version 1 files held everything
    if not isinstance(included, bool):
        raise HandoffError(
            "{source}: 'confidential_included' must be true or false.", source=source
        )
    search = document.get("search")
    if not isinstance(search, dict):
        raise HandoffError("{source} is missing the 'search' object.", source=source)
    _check_values("search", [search], source)
    if not isinstance(search.get("id"), str) or not search["id"]:
        raise HandoffError("{source}: the search has no id.", source=source)
    _check_moment(search, "closed_at", source)
    _check_count(search, "last_candidate_number", 0, source)
    language = search.get("language", "en")  # the column's default when a file leaves it out
    if language not in LANGUAGES:
        raise HandoffError(
            "{source}: the search's 'language' must be one of {languages}, not {language}.",
            source=source,
            languages=", ".join(LANGUAGES),
            language=repr(language),
        )
    ids: dict[str, set[str]] = {"searches": {search["id"]}}
    for table, (key, parent) in CHILD_TABLES.items():
        rows = document.get(table)
        if not isinstance(rows, list):
            raise HandoffError(
                "{source} is missing the '{table}' list.", source=source, table=table
            )
        if not all(isinstance(row, dict) for row in rows):
            raise HandoffError(
                "{source}: '{table}' must be a list of objects.", source=source, table=table
            )
        _check_values(table, rows, source)
        for number, row in enumerate(rows, start=1):
            if row.get(key) not in ids[parent]:
                raise HandoffError(
                    "{source}: {table} row {number} points to {parent} {id}, which is not in "
                    "the file.",
                    source=source,
                    table=table,
                    number=number,
                    parent=parent[:-1],
                    id=repr(row.get(key)),
                )
        if table == "candidates":
            for number, row in enumerate(rows, start=1):
                _check_moment(row, "anonymised_at", source, number)
                _check_count(row, "number", 1, source, number)
        if table == "scores":
            for number, row in enumerate(rows, start=1):
                # The table's check lets 3.5 through; a score is a whole number from 1 to 5.
                score = row.get("score")
                if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5:
                    raise HandoffError(
                        "{source}: scores row {number}, field 'score' must be a whole number "
                        "from 1 to 5, not {score}.",
                        source=source,
                        number=number,
                        score=repr(score),
                    )
        if table in _TABLES_WITH_ID:
            table_ids = [row.get("id") for row in rows]
            if not all(isinstance(ident, str) and ident for ident in table_ids):
                raise HandoffError(
                    "{source}: a row in '{table}' has no id.", source=source, table=table
                )
            if len(set(table_ids)) != len(table_ids):
                raise HandoffError(
                    "{source}: '{table}' holds the same id twice.", source=source, table=table
                )
            ids[table] = set(table_ids)


def _check_moment(row: dict, column: str, source: str | Path, candidate: int = 0) -> None:
    """A time the privacy tools compute with (when a search closed, when a record was
    anonymised): an ISO-8601 timestamp, or absent or null. `candidate`: the row's number in
    the candidates, 0 for the search's own."""
    value = row.get(column)
    if value is None:
        return
    try:
        if not isinstance(value, str):
            raise ValueError
        parse_timestamp(value)
    except ValueError:
        if candidate:
            raise HandoffError(
                "{source}: candidates row {number}, field '{column}' must be a time such as "
                "2026-04-01T09:00:00.000Z or null, not {value}.",
                source=source,
                number=candidate,
                column=column,
                value=repr(value),
            ) from None
        raise HandoffError(
            "{source}: the search's '{column}' must be a time such as "
            "2026-04-01T09:00:00.000Z or null, not {value}.",
            source=source,
            column=column,
            value=repr(value),
        ) from None


def _check_count(
    row: dict, column: str, least: int, source: str | Path, candidate: int = 0
) -> None:
    """A whole number of at least `least`, or absent or null (a candidate's number, the
    search's count: codes are made from them). `candidate` as for _check_moment."""
    value = row.get(column)
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= least):
        return
    if candidate:
        raise HandoffError(
            "{source}: candidates row {number}, field '{column}' must be a whole number from "
            "{least} or null, not {value}.",
            source=source,
            number=candidate,
            column=column,
            least=least,
            value=repr(value),
        )
    raise HandoffError(
        "{source}: the search's '{column}' must be a whole number from {least} or null, "
        "not {value}.",
        source=source,
        column=column,
        least=least,
        value=repr(value),
    )


def _check_values(table: str, rows: list[dict], source: str | Path) -> None:
    # Rows hold plain column values; sqlite-utils would silently store a nested list or
    # object as JSON text, which no column of the schema expects.
    multi_line = _MULTI_LINE.get(table, set())
    for number, row in enumerate(rows, start=1):
        for column, value in row.items():
            if value is not None and not isinstance(value, str | int | float):
                raise HandoffError(
                    "{source}: {table} row {number}, field '{column}' is not a plain value.",
                    source=source,
                    table=table,
                    number=number,
                    column=column,
                )
            if isinstance(value, str):
                bad = _bad_character(value, column in multi_line)
                if bad is None:
                    continue
                where = {"source": source, "table": table, "number": number, "column": column}
                if unicodedata.category(bad) == "Cs":
                    raise HandoffError(
                        "{source}: {table} row {number}, field '{column}' holds a broken "
                        "character (a lone surrogate), not text.",
                        **where,
                    )
                raise HandoffError(
                    "{source}: {table} row {number}, field '{column}' contains a control "
                    "character ({character}).",
                    **where,
                    character=f"U+{ord(bad):04X}",
                )


def _bad_character(text: str, multi_line: bool) -> str | None:
    """The first character of a text from a file that cannot be stored as it is, or None.
    JSON can carry what no form lets a person type: control characters, and lone surrogates
    ("\\ud800"), which are not text at all and which SQLite cannot store."""
    allowed = "\n\t" if multi_line else ""
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cs" or (category == "Cc" and ch not in allowed):
            return ch
    return None


def import_search(
    db: sqlite_utils.Database, document: dict[str, Any], *, on_existing: OnExisting = "ask"
) -> str:
    """Adds the document's search, all rows in one transaction; returns the search id.

    If a search with the same id is already there: "ask" raises AlreadyThere, "replace"
    deletes it (with everything under it) and inserts the file's rows with the same ids,
    "keep_both" inserts a copy with fresh ids throughout and " (copy)" after the title.
    Replacing from a file that left confidential data out keeps this database's confidential
    notes and pay expectations of the candidates the file holds too (see
    `_keep_confidential`)."""
    if on_existing not in ("ask", "replace", "keep_both"):
        raise ValueError(f"on_existing must be ask, replace or keep_both, not {on_existing!r}")
    validate_document(document)
    search_id = document["search"]["id"]
    existing = next(
        db.query("SELECT title, last_candidate_number FROM searches WHERE id = ?", [search_id]),
        None,
    )
    tables = {"searches": [dict(document["search"])]}
    tables.update({table: [dict(row) for row in document[table]] for table in CHILD_TABLES})
    if document["version"] < 3:
        tables = _numbered(tables)
    if existing is not None and on_existing == "ask":
        raise AlreadyThere(search_id, existing["title"])
    if existing is not None and on_existing == "keep_both":
        tables = _with_fresh_ids(tables)
    _check_columns(db, tables)
    # Raising inside atomic() rolls the whole import back, the replaced search included.
    with db.atomic():
        if existing is not None and on_existing == "replace":
            if not carries_confidential(document):
                tables = _keep_confidential(db, search_id, tables)
            # Numbers given out here stay given out, whatever the file's count says.
            search = tables["searches"][0]
            counted = search.get("last_candidate_number")
            if not isinstance(counted, int) or counted < existing["last_candidate_number"]:
                search["last_candidate_number"] = existing["last_candidate_number"]
            db.execute("DELETE FROM searches WHERE id = ?", [search_id])
        for table, rows in tables.items():
            if not rows:
                continue
            try:
                db[table].insert_all(rows)
            except sqlite3.IntegrityError as exc:
                # A CHECK, NOT NULL or UNIQUE rule refused a row: the file's data is invalid.
                raise HandoffError(
                    "The file's {table} hold data RevSearch cannot accept ({detail}).",
                    table=table,
                    detail=str(exc),
                ) from None
    return tables["searches"][0]["id"]


def _numbered(tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Rows of a file older than format 3, whose candidates carry no number: numbered in the
    order they were added to the search (the order that gave the codes of their reports)."""
    order = sorted(
        range(len(tables["candidates"])),
        key=lambda i: (str(tables["candidates"][i].get("created_at", "")), i),
    )
    candidates = list(tables["candidates"])
    for number, index in enumerate(order, start=1):
        candidates[index] = dict(candidates[index], number=number)
    search = dict(tables["searches"][0], last_candidate_number=len(candidates))
    return {**tables, "searches": [search], "candidates": candidates}


def _keep_confidential(
    db: sqlite_utils.Database, search_id: str, tables: dict[str, list[dict]]
) -> dict[str, list[dict]]:
    """The file's rows with this database's confidential data put back, for a file exported
    without it: its empty pay expectations and missing confidential notes mean "not told", not
    "deleted". Merged by id, for the candidates both hold; a candidate only here goes, as
    replacing says, and one the file has anonymised gets nothing back."""
    in_file = {row["id"]: row for row in tables["candidates"] if not row.get("anonymised_at")}
    pay = {
        row[0]: row[1]
        for row in db.execute(
            "SELECT id, pay_expectation FROM candidates WHERE search_id = ? "
            "AND pay_expectation != ''",
            [search_id],
        )
        if row[0] in in_file
    }
    candidates = [
        dict(row, pay_expectation=pay[row["id"]])
        if row["id"] in pay and not row.get("pay_expectation")
        else row
        for row in tables["candidates"]
    ]
    kept_notes = [
        row
        for row in db.query(
            "SELECT n.* FROM notes n JOIN candidates c ON c.id = n.candidate_id "
            "WHERE c.search_id = ? AND n.confidential = 1 ORDER BY n.rowid",
            [search_id],
        )
        if row["candidate_id"] in in_file
    ]
    # A note made confidential here after the file was written: it stays confidential.
    kept_ids = {row["id"] for row in kept_notes}
    notes = [row for row in tables["notes"] if row["id"] not in kept_ids] + kept_notes
    return {**tables, "candidates": candidates, "notes": notes}


def _check_columns(db: sqlite_utils.Database, tables: dict[str, list[dict]]) -> None:
    # An unknown field would otherwise surface as a raw "no column named" database error.
    for table, rows in tables.items():
        known = set(db[table].columns_dict)
        unknown = sorted({column for row in rows for column in row} - known)
        if unknown:
            raise HandoffError(
                "The file's {table} have unknown fields: {fields}.",
                table=table,
                fields=", ".join(unknown),
            )


def _with_fresh_ids(tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """A copy with every id replaced by a new UUID and every foreign key following it, so the
    copy shares nothing with the original."""
    search = tables["searches"][0]
    new_ids = {search["id"]: new_id()}
    for table in _TABLES_WITH_ID:
        new_ids.update({row["id"]: new_id() for row in tables[table]})
    copied = dict(search, id=new_ids[search["id"]], title=_copy_title(search.get("title")))
    result = {"searches": [copied]}
    for table, (key, _parent) in CHILD_TABLES.items():
        rows = []
        for row in tables[table]:
            row = dict(row, **{key: new_ids[row[key]]})
            if table in _TABLES_WITH_ID:
                row["id"] = new_ids[row["id"]]
            rows.append(row)
        result[table] = rows
    return result


def _copy_title(title: object) -> object:
    if not isinstance(title, str):
        return title  # the schema's NOT NULL / CHECK refuses it with a clear error later
    suffix = " (copy)"
    # Titles are at most 200 characters; trim rather than fail the whole import.
    return title[: 200 - len(suffix)] + suffix
