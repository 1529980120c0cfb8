"""Find (Ctrl+F): candidates across every search by name, title, company, location, e-mail or
words in their notes, through the FTS5 indexes of db_schema/0003_find_index.sql.

Every word typed must appear somewhere in what is known about the candidate (their fields or
any of their notes), each word as a prefix so results follow the typing. One hit per candidate;
a match in the name ranks first, then other fields, then notes alone.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass, field

import sqlite_utils

from desktop_app.domain.identity import linkedin_profile_key

# Index column -> what FindHit.matched_in calls it, in the order the index declares them.
_COLUMNS = {
    "full_name": "name",
    "current_title": "title",
    "current_company": "company",
    "location": "location",
    "email": "email",
}
# bm25 weights per column, same order: a word in the name says more than one in the e-mail.
_WEIGHTS = "10.0, 3.0, 5.0, 2.0, 2.0"
MATCHED_ORDER = ("name", "title", "company", "location", "email", "notes")
# Where the snippet comes from when several places match: the name is what people type most,
# and when it matched nothing else needs explaining; then the places a result row does not
# already show (notes, e-mail, location) before the ones it does.
_SNIPPET_PREFERENCE = ("name", "notes", "email", "location", "company", "title")
# Bounds the work per keystroke; nobody types more words than this into a find box.
_MAX_WORDS = 12
# Control characters never typed into a name or note, so they cannot be mistaken for text.
_OPEN, _CLOSE = "\x02", "\x03"
_SNIPPET_TOKENS = 12  # words of a note shown around the match: about one line


@dataclass(frozen=True)
class FindHit:
    candidate_id: str
    search_id: str
    search_title: str  # with the company: "Chief Revenue Officer · Northwind Analytics"
    full_name: str
    current_title: str
    current_company: str
    matched_in: tuple[str, ...]  # from MATCHED_ORDER, in that order
    snippet: str  # plain text around the match, "…" where it was cut
    snippet_in: str  # where the snippet comes from, one of matched_in
    also_in: list[str] = field(default_factory=list)  # the person's other searches, labelled


def search_label(title: str, company: str) -> str:
    """A search as Find names it: two searches may share a title, so the company follows."""
    return f"{title} · {company}" if company else title


def fts_terms(text: str) -> list[str]:
    """The user's words as FTS5 prefix phrases. Each word is quoted (inner quotes doubled), so
    AND, NEAR, *, ^, ( or " typed by the user are searched as text, never parsed as syntax;
    a word without a letter or digit would only be an empty phrase, so it is dropped."""
    # SQLite reads a NUL as the end of the query text, so control characters become spaces.
    printable = "".join(c if c.isprintable() else " " for c in unicodedata.normalize("NFC", text))
    words = [w for w in printable.split() if any(c.isalnum() for c in w)]
    return ['"' + word.replace('"', '""') + '"*' for word in words[:_MAX_WORDS]]


def find(
    db: sqlite_utils.Database,
    text: str,
    *,
    limit: int = 50,
    include_confidential: bool = True,
) -> list[FindHit]:
    """The candidates matching every word of `text`, best first; [] for empty text."""
    terms = fts_terms(text)
    if not terms or limit <= 0:
        return []
    rows = _ranked_rows(db, terms, limit, include_confidential)
    if not rows:
        return []
    any_term = " OR ".join(terms)
    highlights = _field_highlights(db, any_term, [r["rowid"] for r in rows])
    note_snippets = _note_snippets(db, any_term, [r["id"] for r in rows], include_confidential)
    others = _other_searches(db, rows)
    hits = []
    for row in rows:
        matched: dict[str, str] = dict(highlights.get(row["rowid"], {}))
        if row["id"] in note_snippets:
            matched["notes"] = note_snippets[row["id"]]
        place = next((p for p in _SNIPPET_PREFERENCE if p in matched), None)
        hits.append(
            FindHit(
                candidate_id=row["id"],
                search_id=row["search_id"],
                search_title=search_label(row["search_title"], row["company"]),
                full_name=row["full_name"],
                current_title=row["current_title"],
                current_company=row["current_company"],
                matched_in=tuple(p for p in MATCHED_ORDER if p in matched),
                snippet=matched[place] if place else "",
                snippet_in=place or "",
                also_in=others.get(row["id"], []),
            )
        )
    return hits


def _ranked_rows(
    db: sqlite_utils.Database, terms: list[str], limit: int, include_confidential: bool
) -> list[dict]:
    """The best `limit` matching candidates. Ranked here rather than in one SQL statement:
    SQLite's planner scans a matched-rows CTE once per candidate in a LEFT JOIN, which took
    a quarter of a second per keystroke on a large file; a few FTS queries and a sort do not."""
    any_term = " OR ".join(terms)
    field_score = dict(
        db.execute(
            f"SELECT c.id, bm25(candidates_find, {_WEIGHTS}) FROM candidates_find "
            "JOIN candidates c ON c.rowid = candidates_find.rowid WHERE candidates_find MATCH ?",
            [any_term],
        ).fetchall()
    )
    by_name = _candidates_matching(db, "{full_name} : (" + any_term + ")")
    note_count = dict(
        db.execute(
            "SELECT n.candidate_id, count(*) FROM notes_find "
            "JOIN notes n ON n.rowid = notes_find.rowid "
            "WHERE notes_find MATCH ? AND (? OR n.confidential = 0) GROUP BY n.candidate_id",
            [any_term, int(include_confidential)],
        ).fetchall()
    )
    matched = field_score.keys() | note_count.keys()
    if len(terms) > 1:
        # Every word must match the candidate's fields or one of their notes; the words may
        # be spread out ("jane pricing": the name and a note).
        for term in terms:
            matched &= _candidates_matching(
                db, term, with_notes=True, include_confidential=include_confidential
            )
    rows = db.query(
        "SELECT c.rowid, c.id, c.search_id, s.title AS search_title, s.company AS company, "
        "c.full_name, "
        "c.current_title, c.current_company, c.email, c.linkedin_url "
        "FROM candidates c JOIN searches s ON s.id = c.search_id "
        "WHERE c.id IN (SELECT value FROM json_each(?))",
        [json.dumps(sorted(matched))],
    )

    # A name match first, then other fields (by bm25, lower is better), then notes alone (by
    # how many notes match: bm25 over every matching note costs more than all the rest).
    def rank(row: dict) -> tuple:
        cid = row["id"]
        return (
            cid not in by_name,
            cid not in field_score,
            field_score.get(cid, 0.0),
            -note_count.get(cid, 0),
            row["full_name"].casefold(),
            cid,
        )

    return sorted(rows, key=rank)[:limit]


def _candidates_matching(
    db: sqlite_utils.Database,
    query: str,
    *,
    with_notes: bool = False,
    include_confidential: bool = True,
) -> set[str]:
    """Ids of the candidates whose fields (or, `with_notes`, one of whose notes) match."""
    found = {
        cid
        for (cid,) in db.execute(
            "SELECT c.id FROM candidates_find JOIN candidates c ON c.rowid = candidates_find.rowid "
            "WHERE candidates_find MATCH ?",
            [query],
        )
    }
    if with_notes:
        found.update(
            cid
            for (cid,) in db.execute(
                "SELECT n.candidate_id FROM notes_find JOIN notes n ON n.rowid = notes_find.rowid "
                "WHERE notes_find MATCH ? AND (? OR n.confidential = 0)",
                [query, int(include_confidential)],
            )
        )
    return found


def _field_highlights(
    db: sqlite_utils.Database, any_term: str, rowids: list[int]
) -> dict[int, dict[str, str]]:
    """Which of each candidate's fields hold a matching word: place -> the field's text."""
    marked = ", ".join(
        f"highlight(candidates_find, {i}, '{_OPEN}', '{_CLOSE}') AS {name}"
        for i, name in enumerate(_COLUMNS)
    )
    marks = ", ".join("?" * len(rowids))
    rows = db.execute(
        f"SELECT rowid, {marked} FROM candidates_find "
        f"WHERE candidates_find MATCH ? AND rowid IN ({marks})",
        [any_term, *rowids],
    ).fetchall()
    found: dict[int, dict[str, str]] = {}
    for rowid, *texts in rows:
        found[rowid] = {
            place: _plain(text)
            for place, text in zip(_COLUMNS.values(), texts, strict=True)
            if text and _OPEN in text
        }
    return found


def _note_snippets(
    db: sqlite_utils.Database, any_term: str, candidate_ids: list[str], include_confidential: bool
) -> dict[str, str]:
    """The best-matching note of each candidate, cut to a few words around the match."""
    marks = ", ".join("?" * len(candidate_ids))
    rows = db.execute(
        f"SELECT n.candidate_id, snippet(notes_find, 0, '', '', '…', {_SNIPPET_TOKENS}) "
        f"FROM notes_find JOIN notes n ON n.rowid = notes_find.rowid "
        f"WHERE notes_find MATCH ? AND n.candidate_id IN ({marks}) "
        f"AND (? OR n.confidential = 0) ORDER BY bm25(notes_find)",
        [any_term, *candidate_ids, int(include_confidential)],
    ).fetchall()
    best: dict[str, str] = {}
    for candidate_id, snippet in rows:
        best.setdefault(candidate_id, " ".join(snippet.split()))
    return best


def _other_searches(db: sqlite_utils.Database, rows: list[dict]) -> dict[str, list[str]]:
    """For each hit, the titles of the other searches holding the same person: the same
    e-mail, the same personal LinkedIn profile (domain/identity.py: not a company page), or
    the same name once case, accents, punctuation and spacing are set aside.

    Reads every candidate's name and e-mail (with the keys cached across keystrokes): cheaper
    than keeping a normalised-name column in step, for the few thousand people a user has."""
    by_email: dict[str, dict[str, str]] = {}  # key -> search id -> search title
    by_name: dict[str, dict[str, str]] = {}
    by_profile: dict[str, dict[str, str]] = {}
    everyone = db.execute(
        "SELECT c.search_id, s.title, s.company, c.full_name, c.email, c.linkedin_url "
        "FROM candidates c JOIN searches s ON s.id = c.search_id"
    )
    for search_id, search_title, company, full_name, email, linkedin_url in everyone:
        title = search_label(search_title, company)
        if key := _email_key(email):
            by_email.setdefault(key, {})[search_id] = title
        if key := name_key(full_name):
            by_name.setdefault(key, {})[search_id] = title
        if linkedin_url and (key := linkedin_profile_key(linkedin_url)):
            by_profile.setdefault(key, {})[search_id] = title
    result: dict[str, list[str]] = {}
    for row in rows:
        profile = linkedin_profile_key(row["linkedin_url"])
        same = {
            **by_name.get(name_key(row["full_name"]), {}),
            **by_email.get(_email_key(row["email"]), {}),
            **(by_profile.get(profile, {}) if profile else {}),
        }
        same.pop(row["search_id"], None)
        result[row["id"]] = sorted(same.values(), key=str.casefold)
    return result


@functools.lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """A name as compared across searches: "José  O'Brien" and "jose o brien" are the same."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.findall(r"[^\W_]+", letters))


def _email_key(email: str) -> str:
    return email.strip().casefold()


def _plain(text: str) -> str:
    return " ".join(text.replace(_OPEN, "").replace(_CLOSE, "").split())


FIND_INDEXES = ("candidates_find", "notes_find")


def forget_deleted_words(
    db: sqlite_utils.Database, indexes: tuple[str, ...] = FIND_INDEXES
) -> None:
    """Rewrites the find indexes without the words of deleted or replaced text.

    FTS5 records a deletion as a marker and keeps the old words in its pages until a merge, so
    a deleted note would stay readable in the file whatever secure_delete does. 'optimize'
    merges each index into one segment; secure_delete then zeroes the freed pages. Costs one
    pass over the index (a fraction of a second for thousands of notes); call it inside the
    transaction that deleted the text.
    """
    for table in indexes:
        if table not in FIND_INDEXES:
            raise ValueError(f"{table} is not a find index")
        db.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
