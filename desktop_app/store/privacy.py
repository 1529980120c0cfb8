"""A candidate's data rights: every record held about a person, exported for an access request,
erased for good, or anonymised (the numbers kept for statistics, the person gone).

The same person may be a candidate in several searches, each time as a separate record. Records
with the same e-mail address or personal LinkedIn profile (linkedin.com/in/...) are the same
person for certain; the same name alone, or the same other LinkedIn address (a company page),
may be someone else, so it is offered, never assumed.

Erasing or anonymising must leave no copy of the removed text in the file. Deleted rows stay in
free pages, old versions of the find index's segments linger until merged, and in WAL mode the
old pages stay in the main file until a checkpoint writes the new ones over them. So both run
with `secure_delete` on (freed space is zeroed), rewrite the find indexes with FTS5 'optimize'
(merged segments drop the removed words) and end with a truncating checkpoint.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop_app import __version__
from desktop_app.domain.anonymise import Scrubber, codes_by_number
from desktop_app.domain.competencies import BY_KEY
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.identity import linkedin_address_key, linkedin_profile_key
from desktop_app.domain.pipeline import Exit, Stage
from desktop_app.store.candidates import candidate_numbers
from desktop_app.store.database import read_snapshot
from desktop_app.store.errors import NotFound
from desktop_app.store.files import write_text_atomically
from desktop_app.store.find import forget_deleted_words, name_key
from desktop_app.store.records import timestamp

PERSON_FORMAT = "revsearch-person-data"
PERSON_FORMAT_VERSION = 1
# The name an anonymised record keeps: its code in the search, as anonymised reports show it.
ANONYMOUS_NAME = "Candidate {code}"
PERSON_FILE_MODE = 0o600


class Match(StrEnum):
    """Why a record is taken to be the person's."""

    CHOSEN = "chosen"  # the record the person asked about
    EMAIL = "email"  # the same e-mail address
    LINKEDIN = "linkedin"  # the same personal LinkedIn profile (linkedin.com/in/...)
    NAME = "name"  # the same name only: perhaps someone else
    LINKEDIN_PAGE = "linkedin_page"  # the same other LinkedIn address: perhaps someone else


@dataclass(frozen=True)
class PersonRecord:
    """One candidate record of the person, in one search."""

    candidate_id: str
    search_id: str
    search_title: str
    search_company: str
    full_name: str
    stage: Stage
    exit_state: Exit | None
    matched_by: Match

    @property
    def certain(self) -> bool:
        """The same person without doubt (not merely someone with the same name)."""
        return self.matched_by not in (Match.NAME, Match.LINKEDIN_PAGE)


@dataclass(frozen=True)
class Purge:
    """What an erase or anonymisation did."""

    records: int  # candidate records changed
    file_clean: bool  # the old text is gone from the file (False: a reader held the checkpoint)


_RECORD_SELECT = """
SELECT c.id, c.search_id, s.title, s.company, c.full_name, c.email, c.linkedin_url, c.stage,
       c.exit_state, c.anonymised_at
FROM candidates c JOIN searches s ON s.id = c.search_id
"""


def person_records(db: sqlite_utils.Database, candidate_id: str) -> list[PersonRecord]:
    """The chosen record first, then the person's other records: certain ones (same e-mail or
    personal LinkedIn profile) before those that only share the name or another LinkedIn
    address (a company page is many people's), each group by search title."""
    chosen = next(db.query(_RECORD_SELECT + "WHERE c.id = ?", [candidate_id]), None)
    if chosen is None:
        raise NotFound("candidate", candidate_id)
    email = chosen["email"].strip().casefold()
    profile = linkedin_profile_key(chosen["linkedin_url"])
    # Not a personal profile: the same address is only a hint, like the same name.
    page = linkedin_address_key(chosen["linkedin_url"]) if not profile else ""
    name = name_key(chosen["full_name"])
    found = [_record(chosen, Match.CHOSEN)]
    for row in db.query(_RECORD_SELECT + "WHERE c.id != ?", [candidate_id]):
        if email and row["email"].strip().casefold() == email:
            found.append(_record(row, Match.EMAIL))
        elif profile and linkedin_profile_key(row["linkedin_url"]) == profile:
            found.append(_record(row, Match.LINKEDIN))
        elif name and not row["anonymised_at"] and name_key(row["full_name"]) == name:
            # An anonymised record's name is a code ("Candidate C-01"), shared by chance.
            found.append(_record(row, Match.NAME))
        elif page and linkedin_address_key(row["linkedin_url"]) == page:
            found.append(_record(row, Match.LINKEDIN_PAGE))
    rank = {
        Match.CHOSEN: 0,
        Match.EMAIL: 1,
        Match.LINKEDIN: 1,
        Match.NAME: 2,
        Match.LINKEDIN_PAGE: 2,
    }
    return sorted(found, key=lambda r: (rank[r.matched_by], r.search_title.casefold()))


def find_person(db: sqlite_utils.Database, reference: str) -> str:
    """A candidate's id from what a person has to hand: the id, its first 8 or more
    characters, or an e-mail address (any record with it: the others are found as the same
    person). Raises NotFound, or ValidationError when a short id fits several."""
    text = reference.strip()
    if "@" in text:
        row = db.execute(
            "SELECT id FROM candidates WHERE lower(trim(email)) = lower(?) "
            "ORDER BY created_at, rowid LIMIT 1",
            [text],
        ).fetchone()
        if row is None:
            raise ValidationError(
                "person", "No candidate has the e-mail address {email}.", email=text
            )
        return row[0]
    if len(text) < 8:
        raise ValidationError(
            "person", "Give a candidate's id (at least its first 8 characters) or e-mail address."
        )
    pattern = text.lower().replace("%", "\\%").replace("_", "\\_") + "%"
    rows = db.execute(
        "SELECT id FROM candidates WHERE id LIKE ? ESCAPE '\\' LIMIT 2", [pattern]
    ).fetchall()
    if len(rows) > 1:
        raise ValidationError(
            "person", "Several candidates' ids start with '{prefix}'; give more.", prefix=text
        )
    if not rows:
        raise NotFound("candidate", text)
    return rows[0][0]


def _record(row: dict, matched_by: Match) -> PersonRecord:
    return PersonRecord(
        candidate_id=row["id"],
        search_id=row["search_id"],
        search_title=row["title"],
        search_company=row["company"],
        full_name=row["full_name"],
        stage=Stage(row["stage"]),
        exit_state=Exit(row["exit_state"]) if row["exit_state"] else None,
        matched_by=matched_by,
    )


# --- export -------------------------------------------------------------------------------


def person_document(db: sqlite_utils.Database, candidate_id: str) -> dict[str, Any]:
    """Everything held about the person, for an access request: their chosen record and every
    record certainly theirs in other searches, with stage history, every note (confidential
    ones too: it is their data) and every score with its evidence. Read in one snapshot, so
    another window's edit cannot land halfway through."""
    with read_snapshot(db):
        records = [r for r in person_records(db, candidate_id) if r.certain]
        rows = [_record_document(db, record) for record in records]
    return {
        "format": PERSON_FORMAT,
        "version": PERSON_FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": timestamp(),
        "about": (
            "Everything this RevSearch database holds about one person: each entry of "
            "'records' is the person as a candidate in one search (matched by the chosen "
            "record, or by the same e-mail address or personal LinkedIn profile)."
        ),
        "records": rows,
    }


def _record_document(db: sqlite_utils.Database, record: PersonRecord) -> dict[str, Any]:
    cid = record.candidate_id
    search = next(
        db.query(
            "SELECT id, title, company, role, status, start_date, closed_at FROM searches "
            "WHERE id = ?",
            [record.search_id],
        )
    )
    history = db.query(
        "SELECT at, stage, exit_state, reason FROM stage_history WHERE candidate_id = ? "
        "ORDER BY at, rowid",
        [cid],
    )
    notes = db.query(
        "SELECT created_at, updated_at, author, kind, confidential, body FROM notes "
        "WHERE candidate_id = ? ORDER BY created_at, rowid",
        [cid],
    )
    scores = db.query(
        "SELECT competency, rater, score, evidence, updated_at FROM scores "
        "WHERE candidate_id = ? ORDER BY competency, rater",
        [cid],
    )
    return {
        "matched_by": record.matched_by.value,
        "search": search,
        "candidate": next(db.query("SELECT * FROM candidates WHERE id = ?", [cid])),
        "stage_history": list(history),
        "notes": [dict(n, confidential=bool(n["confidential"])) for n in notes],
        "scores": [dict(s, competency_name=BY_KEY[s["competency"]].name) for s in scores],
    }


def export_person(db: sqlite_utils.Database, candidate_id: str, path: Path | str) -> int:
    """Writes the person's data as one JSON file, whole or not at all; returns how many
    records it holds."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ValidationError("path", "The folder {folder} does not exist.", folder=path.parent)
    if path.is_dir():
        raise ValidationError(
            "path", "{path} is a folder; give the name of a file to write.", path=path
        )
    document = person_document(db, candidate_id)
    # Confidential notes included: readable by the user only, like the database.
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    write_text_atomically(path, text, mode=PERSON_FILE_MODE)
    return len(document["records"])


# --- erase and anonymise ------------------------------------------------------------------


def erase_candidates(db: sqlite_utils.Database, candidate_ids: Iterable[str]) -> Purge:
    """Deletes the records with their stage history, notes and scores (ON DELETE CASCADE) and
    their find-index entries (triggers), takes the people's names and contacts out of what
    other records say about them (`_forget_mentions`), then purges the old text from the file.
    Cannot be undone: the caller drops any undo snapshot that holds them."""
    ids = _existing(db, candidate_ids)
    _secure_delete_on(db)
    with db.atomic():
        # An anonymised record's name is its code ("Candidate C-01", which another search
        # gives someone else) and its contacts are gone already: nothing of theirs to look for.
        people = list(
            db.query(
                "SELECT full_name, email, phone, linkedin_url FROM candidates "
                "WHERE id IN (SELECT value FROM json_each(?)) AND anonymised_at IS NULL",
                [json.dumps(ids)],
            )
        )
        db.execute(
            "DELETE FROM candidates WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(ids)]
        )
        _forget_mentions(db, people)
        forget_deleted_words(db)
    return Purge(len(ids), _checkpoint(db))


# What an erased person's name becomes in the text of the records that stay.
ERASED = "[erased]"
# Rows read at a time when every note in the file is looked through.
_BATCH = 500


def _forget_mentions(db: sqlite_utils.Database, people: list[dict]) -> None:
    """Takes erased people out of the free text of every record that stays, in any search:
    notes, evidence, stage reasons, exit reasons, sources and checklist steps lose their whole
    names (as "[erased]"), e-mail addresses, phone numbers and LinkedIn addresses. A first or
    last name alone stays ("Mark the step done" must survive a Mark Li), and so does the name
    in the text of a namesake who stays: their own notes are about them. The find index
    follows through its triggers."""
    if not people:
        return
    pairs = [(p["full_name"], ERASED) for p in people]
    erased_names = {name_key(name) for name, _label in pairs}
    everyone = Scrubber(pairs, parts=False)
    but: dict[str, Scrubber] = {}

    def scrubber_for(owner: str | None) -> Scrubber:
        key = name_key(owner) if owner else ""
        if key not in erased_names:
            return everyone
        if key not in but:
            but[key] = Scrubber([pair for pair in pairs if name_key(pair[0]) != key], parts=False)
        return but[key]

    contacts = [value for p in people for value in (p["email"], p["phone"]) if value.strip()]
    links = [pattern for p in people for pattern in _link_patterns(p["linkedin_url"])]

    def forget(text: str, owner: str | None) -> str:
        # Contacts first: an e-mail address may hold the name ("ann.lee@...").
        text = _without(text, contacts)
        for pattern in links:
            text = pattern.sub("[link]", text)
        scrubber = scrubber_for(owner)
        # Most text in the file names none of them: a quick test spares it the full scan.
        return scrubber.replace_names(text) if scrubber.could_replace(text) else text

    owner_of = "(SELECT full_name FROM candidates c WHERE c.id = t.candidate_id)"
    for table, column, owner in (
        ("notes", "body", owner_of),
        ("scores", "evidence", owner_of),
        ("stage_history", "reason", owner_of),
        ("candidates", "source", "t.full_name"),
        ("candidates", "exit_reason", "t.full_name"),
        ("checklist_steps", "note", "NULL"),
        ("checklist_steps", "description", "NULL"),
    ):
        _rewrite_all(db, table, column, owner, forget)


def _link_patterns(url: str) -> list[re.Pattern[str]]:
    """The person's LinkedIn address as text may hold it: as entered, and for a personal
    profile written any other way (without "https://www.", another case, a trailing slash)."""
    patterns = [re.compile(re.escape(url.strip()), re.IGNORECASE)] if url.strip() else []
    profile = linkedin_profile_key(url)
    if profile:
        slug = re.escape(profile.removeprefix("linkedin.com/in/"))
        patterns.append(
            re.compile(
                rf"(?:https?://)?(?:[\w-]+\.)*linkedin\.com/in/{slug}(?![\w%-])/?", re.IGNORECASE
            )
        )
    return patterns


def _rewrite_all(
    db: sqlite_utils.Database,
    table: str,
    column: str,
    owner: str,
    change: Callable[[str, str | None], str],
) -> None:
    """Applies `change(text, owner's name)` to one text column of every row of `table`, a
    batch at a time (a file may hold many long notes), writing only what changed."""
    last = 0
    while True:
        rows = db.execute(
            f"SELECT t.rowid, t.{column}, {owner} FROM {table} t "
            f"WHERE t.rowid > ? AND t.{column} != '' ORDER BY t.rowid LIMIT {_BATCH}",
            [last],
        ).fetchall()
        for rowid, text, name in rows:
            new = change(text, name)
            if new != text:
                db.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", [new, rowid])
        if len(rows) < _BATCH:
            return
        last = rows[-1][0]


def anonymise_candidates(
    db: sqlite_utils.Database, candidate_ids: Iterable[str], *, at: dt.datetime | None = None
) -> Purge:
    """Keeps each record for statistics (stage, exit, scores, dates, the number of notes) but
    not the person: the name becomes "Candidate C-07" (their code in the search, as
    anonymised reports show it); title, company, location, e-mail, phone, LinkedIn profile and
    pay expectation are cleared; their notes, evidence and reasons lose their name and every
    e-mail, link and phone number; other text in the same searches loses their full name.
    Records anonymised already are left as they are."""
    ids = _existing(db, candidate_ids)
    people = [
        row
        for row in db.query(
            "SELECT id, search_id, full_name, email, phone FROM candidates "
            "WHERE id IN (SELECT value FROM json_each(?)) AND anonymised_at IS NULL",
            [json.dumps(ids)],
        )
    ]
    by_search: dict[str, list[dict]] = {}
    for row in people:
        by_search.setdefault(row["search_id"], []).append(row)
    now = timestamp(at)
    _secure_delete_on(db)
    with db.atomic():
        for search_id, rows in by_search.items():
            _anonymise_in_search(db, search_id, rows, now)
        forget_deleted_words(db)
    return Purge(len(people), _checkpoint(db))


def _anonymise_in_search(
    db: sqlite_utils.Database, search_id: str, people: list[dict], now: str
) -> None:
    codes = codes_by_number(candidate_numbers(db, search_id))
    labels = {p["id"]: ANONYMOUS_NAME.format(code=codes[p["id"]]) for p in people}
    pairs = [(p["full_name"], labels[p["id"]]) for p in people]
    own = Scrubber(pairs)  # text about them: every part of the name and every contact goes
    mention = Scrubber(pairs, parts=False)  # text about others: their whole name only
    contacts = [value for p in people for value in (p["email"], p["phone"]) if value.strip()]

    def about_others(text: str | None) -> str | None:
        return _without(mention.replace_names(text), contacts) if text else text

    for person in people:
        cid = person["id"]
        row = db.execute(
            "SELECT source, exit_reason FROM candidates WHERE id = ?", [cid]
        ).fetchone()
        db.execute(
            "UPDATE candidates SET full_name = ?, current_title = '', current_company = '', "
            "location = '', email = '', phone = '', linkedin_url = '', pay_expectation = '', "
            "source = ?, exit_reason = ?, anonymised_at = ?, updated_at = ? WHERE id = ?",
            [labels[cid], own(row[0]), own(row[1]) if row[1] is not None else None, now, now, cid],
        )
        _rewrite(db, "notes", "body", "candidate_id = ?", [cid], own)
        _rewrite(db, "scores", "evidence", "candidate_id = ?", [cid], own)
        _rewrite(db, "stage_history", "reason", "candidate_id = ?", [cid], own)

    not_them = [search_id, json.dumps(list(labels))]
    others = (
        "candidate_id IN (SELECT id FROM candidates WHERE search_id = ? "
        "AND id NOT IN (SELECT value FROM json_each(?)))"
    )
    _rewrite(db, "notes", "body", others, not_them, about_others)
    _rewrite(db, "scores", "evidence", others, not_them, about_others)
    _rewrite(db, "stage_history", "reason", others, not_them, about_others)
    for column in ("exit_reason", "source"):
        _rewrite(
            db,
            "candidates",
            column,
            "search_id = ? AND id NOT IN (SELECT value FROM json_each(?))",
            not_them,
            about_others,
        )
    for column in ("note", "description"):
        _rewrite(db, "checklist_steps", column, "search_id = ?", [search_id], about_others)


def _rewrite(
    db: sqlite_utils.Database,
    table: str,
    column: str,
    where: str,
    params: Sequence[object],
    change: Callable[[str], str | None],
) -> None:
    """Applies `change` to one text column of the matching rows, writing only what changed."""
    rows = db.execute(f"SELECT rowid, {column} FROM {table} WHERE {where}", list(params))
    for rowid, text in rows.fetchall():
        new = change(text) if text else text
        if new != text:
            db.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", [new, rowid])


def _without(text: str, literals: Sequence[str]) -> str:
    for literal in literals:
        text = re.sub(re.escape(literal.strip()), "[contact]", text, flags=re.IGNORECASE)
    return text


def _existing(db: sqlite_utils.Database, candidate_ids: Iterable[str]) -> list[str]:
    ids = list(dict.fromkeys(candidate_ids))
    known = {
        row[0]
        for row in db.execute(
            "SELECT id FROM candidates WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(ids)],
        )
    }
    for cid in ids:
        if cid not in known:
            raise NotFound("candidate", cid)
    return ids


def _secure_delete_on(db: sqlite_utils.Database) -> None:
    # Usually on for every connection already (store/database.py); set here as well, because
    # without it this function would leave the text in free pages and not know it.
    db.execute("PRAGMA secure_delete = ON")


def _checkpoint(db: sqlite_utils.Database) -> bool:
    """Writes the WAL's pages into the main file (over the old text) and empties the WAL.
    False when another connection's read kept part of it; the next checkpoint finishes."""
    busy, _log, _done = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0
