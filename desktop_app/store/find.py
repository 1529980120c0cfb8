"""Find (Ctrl+F): candidates across every search by name, title, company, location, e-mail or
words in their notes, through the FTS5 indexes of db_schema/0003_find_index.sql.

Every word typed must appear somewhere in what is known about the candidate (their fields or
any of their notes), each word as a prefix so results follow the typing. One hit per candidate;
a match in the name ranks first, then other fields, then notes alone.

Within those: of the name and of the other field matches, those whose fields hold every word
come first, each part by bm25 over the fields; of the notes alone, the candidates with one note
holding every word come first, then those whose words are spread over several notes, each part
newest matching note first.

Every keystroke runs this, on files with half a million notes, so the work is bounded by the
hits returned, not by how many candidates or notes a common word is in:

- field matches are read from the candidates index _RANK_CHUNK at a time, by rowid, and ranked
  by bm25 within each chunk: a word in thousands of names (a first letter) gives the best of
  the first chunk that has enough hits, not of every match;
- the notes index is only ever read as a stream, newest first, left as soon as enough
  candidates are found; nothing counts or ranks every matching note;
- whether a few candidates' notes hold a word is asked of a throwaway in-memory FTS5 table of
  just those notes (_Scratch): FTS5 reads every note holding a word with a typed prefix before
  it answers anything about one note (only 2 and 3 letter prefixes are indexed);
- snippets, the places that matched and the other searches are worked out for the hits only;
  the other searches compare with every candidate's identity keys, read once and again only
  after the file changes (_people).

It stops at `limit` hits, so a caller that asks for one more than it shows knows whether more
matched.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
import unicodedata
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from types import TracebackType

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
# The find index's tokenizer (db_schema/0003_find_index.sql), for the scratch tables.
TOKENIZER = "unicode61 remove_diacritics 2"

# Field matches ranked by bm25 at a time: a one-letter word matches thousands of names.
_RANK_CHUNK = 250
# Notes read from a word's stream before asking the scratch table instead: a rarer word's
# stream ends first, and then says for certain who has it in their notes.
_NOTE_WINDOW = 1000
# Notes read at a time from a stream that is walked for hits.
_STREAM_STEP = 256
# Fewest candidates whose notes are checked together.
_MIN_BATCH = 32
# Most candidates a rare word may narrow the search to (see _Query._gate).
_POOL_LIMIT = 4000


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
    """The candidates matching every word of `text`, best first; [] for empty text. Returns
    `limit` hits whenever at least that many candidates match."""
    terms = fts_terms(text)
    if not terms or limit <= 0:
        return []
    with _Query(db, terms, include_confidential) as query:
        chosen = query.best(limit)
        return query.hits(chosen) if chosen else []


class _Query:
    """One find: the words, what is known so far about who matches them, and the open
    streams over the notes index (closed at the end, so no read transaction outlives it).

    Candidates are named by rowid, which the candidates index shares with the table."""

    def __init__(
        self, db: sqlite_utils.Database, terms: list[str], include_confidential: bool
    ) -> None:
        self.db = db
        self.terms = terms
        self.any_term = " OR ".join(terms)
        self.include_confidential = include_confidential
        self.by_fields: set[int] = set()  # the hits found through their fields
        # When known: a few candidates that include everyone who can match (see _gate).
        self.pool: set[int] | None = None
        self._gated = False
        self._streams: dict[str, _NoteStream] = {}
        self._notes: dict[int, list[str]] = {}  # candidate -> bodies of their visible notes
        # Per word, candidates checked in a scratch table and how many had it.
        self._checked = [0] * len(terms)
        self._found = [0] * len(terms)

    def __enter__(self) -> _Query:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        for stream in self._streams.values():
            stream.close()

    # --- which candidates ---------------------------------------------------------------------

    def best(self, limit: int) -> list[int]:
        """The first `limit` matching candidates, in rank order.

        Notes alone come last, and only once every candidate whose fields match a word has
        been judged: so a candidate met again in the notes' streams is either a hit already or
        lacks a word everywhere."""
        chosen: list[int] = []
        for group, in_fields_whole in self._field_groups():
            if len(chosen) < limit:
                chosen += self._from_fields(group, limit - len(chosen), in_fields_whole)
        self.by_fields = set(chosen)
        if len(chosen) < limit:
            chosen += self._from_notes_alone(limit - len(chosen), set(chosen))
        return chosen

    def _gate(self) -> set[int] | None:
        """Everyone who can match, when a word is rare enough to say so: the candidates whose
        fields or notes hold it, if they are few (the intersection over such words); None
        when no word is that rare. Asked once walking the field matches takes more than one
        chunk: it spares walking thousands ("chief revenue officer lisb") that all lack it."""
        pool: set[int] | None = None
        for term in self.terms:
            if len(_word(term)) < 2:
                continue  # reading its notes can cost more than everything else (see _probe)
            in_notes = self._count("notes_find", term, _POOL_LIMIT + 1)
            if in_notes > _POOL_LIMIT:
                continue
            in_fields = self._count("candidates_find", term, _POOL_LIMIT + 1)
            if in_notes + in_fields > _POOL_LIMIT:
                continue
            stream = self._stream(term)
            stream.read_at_least(_POOL_LIMIT + 1)  # the whole stream: at most in_notes
            if not stream.done:
                continue  # notes were added meanwhile, by another window
            having = stream.seen | {
                rowid
                for (rowid,) in self.db.execute(
                    "SELECT rowid FROM candidates_find WHERE candidates_find MATCH ?", [term]
                )
            }
            pool = having if pool is None else pool & having
        return pool

    def _count(self, index: str, term: str, most: int) -> int:
        """How many rows of the index match, counting no further than `most`."""
        (count,) = self.db.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {index} WHERE {index} MATCH ? LIMIT ?)",
            [term, most],
        ).fetchone()
        return int(count)

    def _field_groups(self) -> list[tuple[str, bool]]:
        """The FTS queries over the candidates' fields for the candidates matching through
        them, in rank order: a word in the name, then in other fields; with several words,
        each split in two, those whose fields hold every word first. With each, whether its
        candidates' fields hold every word."""
        in_name = "{full_name} : (" + self.any_term + ")"
        if len(self.terms) == 1:
            return [(in_name, True), (f"({self.any_term}) NOT {in_name}", True)]
        every = " AND ".join(self.terms)
        return [
            (f"({every}) AND {in_name}", True),
            (f"{in_name} NOT ({every})", False),
            (f"({every}) NOT {in_name}", True),
            (f"({self.any_term}) NOT ({in_name} OR ({every}))", False),
        ]

    def _from_fields(self, group: str, need: int, in_fields_whole: bool) -> list[int]:
        """Up to `need` candidates whose fields match the FTS query `group` and who match every
        word, by bm25 within chunks of _RANK_CHUNK: a word their fields lack must be in one of
        their notes."""
        found: list[int] = []
        for chunk in self._chunks(group):
            lacking: dict[int, list[int]] = {rowid: [] for rowid in chunk}
            if not in_fields_whole:
                for i, term in enumerate(self.terms):
                    having = {rowid for (rowid,) in self._among(term, chunk)}
                    for rowid in chunk:
                        if rowid not in having:
                            lacking[rowid].append(i)
            ranked = self._by_field_rank([r for r in chunk if self._may_hold(r, lacking[r])])
            position = 0
            while position < len(ranked):
                batch = ranked[position : position + max(need - len(found), _MIN_BATCH)]
                position += len(batch)
                in_notes = self._notes_hold({r: lacking[r] for r in batch if lacking[r]})
                found += [r for r in batch if not lacking[r] or r in in_notes]
                if len(found) >= need:
                    return found[:need]
        return found

    def _chunks(self, query: str) -> Iterable[list[int]]:
        """The candidates (of the pool, if known) whose fields match `query`, _RANK_CHUNK at a
        time by rowid."""
        after = 0
        while True:
            if after and self.pool is None and not self._gated and len(self.terms) > 1:
                self._gated = True
                self.pool = self._gate()
            if self.pool is not None:
                rest = sorted(rowid for rowid in self.pool if rowid > after)
                members = [rowid for (rowid,) in self._among(query, rest)]
                for start in range(0, len(members), _RANK_CHUNK):
                    yield members[start : start + _RANK_CHUNK]
                return
            chunk = [
                rowid
                for (rowid,) in self.db.execute(
                    "SELECT rowid FROM candidates_find WHERE candidates_find MATCH ? "
                    "AND rowid > ? ORDER BY rowid LIMIT ?",
                    [query, after, _RANK_CHUNK],
                )
            ]
            if chunk:
                yield chunk
            if len(chunk) < _RANK_CHUNK:
                return
            after = chunk[-1]

    def _among(self, query: str, rowids: list[int], *columns: str) -> list[tuple]:
        """(rowid, *columns) of those of `rowids` (ascending) whose fields match `query`.
        The unary + keeps the IN list away from FTS5, which would run the whole query once per
        value; the range lets it skip the rest of the index."""
        if not rowids:
            return []
        selected = ", ".join(("rowid", *columns))
        return self.db.execute(
            f"SELECT {selected} FROM candidates_find WHERE candidates_find MATCH ? "
            "AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))",
            [query, rowids[0], rowids[-1], json.dumps(rowids)],
        ).fetchall()

    def _by_field_rank(self, chunk: list[int]) -> list[int]:
        """`chunk` best first: bm25 over the fields, then the name."""
        rows = self._among(self.any_term, chunk, f"bm25(candidates_find, {_WEIGHTS})", "full_name")
        rows.sort(key=lambda row: (row[1], row[2].casefold(), row[0]))
        return [rowid for rowid, _score, _name in rows]

    def _from_notes_alone(self, need: int, skip: set[int]) -> list[int]:
        """Up to `need` candidates (not in `skip`) whose notes hold every word: one note with
        every word first, then words spread over several notes."""
        if self.pool is not None and not self.pool:
            return []
        together = self._stream(" AND ".join(self.terms))
        found = []
        for rowid in together.candidates():
            if rowid not in skip:
                found.append(rowid)
                if len(found) == need:
                    return found
        if len(self.terms) > 1:
            found += self._spread_over_notes(need - len(found), skip | together.seen)
        return found

    def _spread_over_notes(self, need: int, skip: set[int]) -> list[int]:
        """Candidates (not in `skip`) with every word in some note: walks the stream of one
        word (one whose stream was read whole if any, with the fewest people), checking the
        other words in batches."""
        probes = {i: self._probe(i) for i in range(len(self.terms))}
        read = {i: stream for i, stream in probes.items() if stream is not None}
        whole = {i: stream for i, stream in read.items() if stream.done}
        if whole:
            driver = min(whole, key=lambda i: (len(whole[i].seen), i))
        elif read:
            driver = max(read, key=lambda i: (len(_word(self.terms[i])), -i))
        else:
            driver = 0
        others = [i for i in range(len(self.terms)) if i != driver]
        found: list[int] = []
        batch: list[int] = []
        for rowid in self._stream(self.terms[driver]).candidates():
            if rowid not in skip and (self.pool is None or rowid in self.pool):
                batch.append(rowid)
            if len(batch) >= max(need - len(found), _MIN_BATCH):
                found += self._keep_holding(batch, others)
                batch = []
                if len(found) >= need:
                    return found[:need]
        found += self._keep_holding(batch, others)
        return found[:need]

    def _keep_holding(self, rowids: list[int], terms: list[int]) -> list[int]:
        in_notes = self._notes_hold({rowid: terms for rowid in rowids})
        return [rowid for rowid in rowids if rowid in in_notes]

    # --- what the notes hold ------------------------------------------------------------------

    def _notes_hold(self, wanted: dict[int, list[int]]) -> set[int]:
        """Of the candidates in `wanted`, those whose visible notes hold every word (by index
        in self.terms) listed for them: from a word's stream when it says for certain, else
        from a scratch table of just their notes."""
        holding: set[int] = set()
        unsure: dict[int, list[int]] = {}
        for rowid, terms in wanted.items():
            left = []
            for i in terms:
                stream = self._probe(i)
                if stream is not None and rowid in stream.seen:
                    continue
                if stream is not None and stream.done:
                    break  # the whole stream was read: their notes lack the word
                left.append(i)
            else:
                if left:
                    unsure[rowid] = left
                else:
                    holding.add(rowid)
        if unsure:
            holding |= self._checked_in_scratch(unsure)
        return holding

    def _may_hold(self, rowid: int, terms: list[int]) -> bool:
        """False if a word's stream, read whole, shows none of the candidate's notes holds it:
        asked before bm25 is worked out, so candidates lacking a rare word cost nothing."""
        for i in terms:
            stream = self._probe(i)
            if stream is not None and stream.done and rowid not in stream.seen:
                return False
        return True

    def _checked_in_scratch(self, wanted: dict[int, list[int]]) -> set[int]:
        """_notes_hold's answer from a scratch table of these candidates' visible notes."""
        holding = set(wanted)
        with _Scratch(self._notes_of(list(wanted))) as scratch:
            for i in sorted({i for terms in wanted.values() for i in terms}):
                asked = [rowid for rowid, terms in wanted.items() if i in terms]
                having = scratch.owners(self.terms[i])
                self._checked[i] += len(asked)
                self._found[i] += sum(rowid in having for rowid in asked)
                holding -= {rowid for rowid in asked if rowid not in having}
        return holding

    def _probe(self, i: int) -> _NoteStream | None:
        """The stream of word i with its first _NOTE_WINDOW notes read, or None while that
        costs more than it tells: FTS5 reads every note holding a word that starts with a
        one-letter prefix before it returns the first, which for "a" is nearly every note.
        Once the scratch tables find such a word with fewer than half the candidates asked
        about, the stream is worth reading (a rare letter is quick to read)."""
        term = self.terms[i]
        if term not in self._streams and len(_word(term)) < 2:
            asked = self._checked[i]
            if asked < _MIN_BATCH or self._found[i] * 2 >= asked:
                return None
        stream = self._stream(term)
        stream.read_at_least(_NOTE_WINDOW)
        return stream

    def _stream(self, query: str) -> _NoteStream:
        if query not in self._streams:
            self._streams[query] = _NoteStream(self.db, query, self.include_confidential)
        return self._streams[query]

    def _notes_of(self, rowids: Iterable[int]) -> list[tuple[int, str]]:
        """(candidate, body) for each visible note of these candidates."""
        rowids = list(rowids)
        missing = [rowid for rowid in rowids if rowid not in self._notes]
        if missing:
            for rowid in missing:
                self._notes[rowid] = []
            for rowid, body in self.db.execute(
                "SELECT c.rowid, n.body FROM candidates c JOIN notes n ON n.candidate_id = c.id "
                "WHERE c.rowid IN (SELECT value FROM json_each(?)) AND (? OR n.confidential = 0)",
                [json.dumps(missing), int(self.include_confidential)],
            ):
                self._notes[rowid].append(body)
        return [(rowid, body) for rowid in rowids for body in self._notes[rowid]]

    # --- the hits -----------------------------------------------------------------------------

    def hits(self, chosen: list[int]) -> list[FindHit]:
        rows = {
            row["rowid"]: row
            for row in self.db.query(
                "SELECT c.rowid, c.id, c.search_id, s.title AS search_title, "
                "s.company AS company, c.full_name, c.current_title, c.current_company, "
                "c.email, c.linkedin_url "
                "FROM candidates c JOIN searches s ON s.id = c.search_id "
                "WHERE c.rowid IN (SELECT value FROM json_each(?))",
                [json.dumps(chosen)],
            )
        }
        chosen = [rowid for rowid in chosen if rowid in rows]
        highlights = self._field_highlights([r for r in chosen if r in self.by_fields])
        snippets = self._note_snippets(chosen)
        others = _other_searches(self.db, [rows[rowid] for rowid in chosen])
        hits = []
        for rowid in chosen:
            row = rows[rowid]
            matched: dict[str, str] = dict(highlights.get(rowid, {}))
            if rowid in snippets:
                matched["notes"] = snippets[rowid]
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

    def _field_highlights(self, rowids: list[int]) -> dict[int, dict[str, str]]:
        """Which of each candidate's fields hold a matching word: place -> the field's text."""
        if not rowids:
            return {}
        marked = ", ".join(
            f"highlight(candidates_find, {i}, '{_OPEN}', '{_CLOSE}') AS {name}"
            for i, name in enumerate(_COLUMNS)
        )
        rows = self._among(self.any_term, sorted(rowids), marked)
        found: dict[int, dict[str, str]] = {}
        for rowid, *texts in rows:
            found[rowid] = {
                place: _plain(text)
                for place, text in zip(_COLUMNS.values(), texts, strict=True)
                if text and _OPEN in text
            }
        return found

    def _note_snippets(self, rowids: list[int]) -> dict[int, str]:
        """The best-matching visible note of each candidate (bm25 among these candidates'
        notes), cut to a few words around the match."""
        with _Scratch(self._notes_of(rowids)) as scratch:
            return scratch.snippets(self.any_term)


class _NoteStream:
    """The candidates whose visible notes match an FTS query, newest note first, read from the
    notes index a few at a time as they are needed."""

    def __init__(self, db: sqlite_utils.Database, query: str, include_confidential: bool) -> None:
        self._cursor: sqlite3.Cursor | None = db.execute(
            "SELECT c.rowid FROM notes_find f JOIN notes n ON n.rowid = f.rowid "
            "JOIN candidates c ON c.id = n.candidate_id "
            "WHERE notes_find MATCH ? AND (? OR n.confidential = 0) ORDER BY f.rowid DESC",
            [query, int(include_confidential)],
        )
        self.order: list[int] = []  # candidates, by their newest matching note
        self.seen: set[int] = set()
        self.read = 0  # notes read
        self.done = False  # every matching note read: `seen` is everyone

    def read_at_least(self, notes: int) -> None:
        while not self.done and self.read < notes:
            self._read(notes - self.read)

    def candidates(self) -> Iterable[int]:
        """Every candidate in order, reading more as the caller goes on."""
        position = 0
        while True:
            if position < len(self.order):
                position += 1
                yield self.order[position - 1]
            elif self.done:
                return
            else:
                self._read(_STREAM_STEP)

    def _read(self, notes: int) -> None:
        assert self._cursor is not None
        rows = self._cursor.fetchmany(notes)
        self.read += len(rows)
        for (rowid,) in rows:
            if rowid not in self.seen:
                self.seen.add(rowid)
                self.order.append(rowid)
        if len(rows) < notes:
            self.done = True
            self.close()

    def close(self) -> None:
        if self._cursor is not None:
            self._cursor.close()
            self._cursor = None


class _Scratch:
    """A throwaway in-memory FTS5 table of a few candidates' notes, tokenized as the find index
    is: asking it which of them hold a word costs what those notes weigh, however many notes in
    the file hold the word. It lives in memory only and is gone when closed."""

    def __init__(self, notes: list[tuple[int, str]]) -> None:
        self._conn = sqlite3.connect(":memory:")
        self._conn.execute(
            f"CREATE VIRTUAL TABLE scratch USING fts5(body, owner UNINDEXED, "
            f"tokenize = '{TOKENIZER}')"
        )
        with self._conn:
            self._conn.executemany(
                "INSERT INTO scratch (owner, body) VALUES (?, ?)",
                [(owner, body) for owner, body in notes],
            )

    def __enter__(self) -> _Scratch:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._conn.close()

    def owners(self, query: str) -> set[int]:
        return {
            owner
            for (owner,) in self._conn.execute(
                "SELECT DISTINCT owner FROM scratch WHERE scratch MATCH ?", [query]
            )
        }

    def snippets(self, query: str) -> dict[int, str]:
        best: dict[int, str] = {}
        rows = self._conn.execute(
            f"SELECT owner, snippet(scratch, 0, '', '', '…', {_SNIPPET_TOKENS}) FROM scratch "
            "WHERE scratch MATCH ? ORDER BY bm25(scratch), rowid",
            [query],
        )
        for owner, snippet in rows:
            best.setdefault(owner, " ".join(snippet.split()))
        return best


def _word(term: str) -> str:
    """The word of an FTS term made by fts_terms."""
    return term[1:-2].replace('""', '"')


# --- the same person elsewhere --------------------------------------------------------------


@dataclass
class _People:
    """Every candidate's search by identity key: key -> search id -> search label."""

    by_email: dict[str, dict[str, str]]
    by_name: dict[str, dict[str, str]]
    by_profile: dict[str, dict[str, str]]


# Per open database: the people, and the stamp (see _people_stamp) they were read at.
_PEOPLE: weakref.WeakKeyDictionary[sqlite_utils.Database, tuple[tuple, _People]] = (
    weakref.WeakKeyDictionary()
)
# This connection's changes to who is who are counted in a temporary table by temporary
# triggers: they live in the connection's memory, never in the file, and go with it.
_WATCH = "revsearch_find_people"
_WATCHED = (  # (what, on): the writes that can change anyone's keys or their search's label
    ("INSERT", "candidates"),
    ("DELETE", "candidates"),
    ("UPDATE OF search_id, full_name, email, linkedin_url", "candidates"),
    ("UPDATE OF title, company", "searches"),
)


def _people(db: sqlite_utils.Database) -> _People:
    """Everyone's identity keys, read again only after a change to who is who (a name, an
    e-mail, a profile, a search's title; a candidate added or removed): a few hundred
    milliseconds for fifty thousand candidates, so not at every keystroke, nor after a note.
    Not kept from inside a transaction, which might still be rolled back."""
    stamp = _people_stamp(db)
    cached = _PEOPLE.get(db)
    if cached is not None and cached[0] == stamp and not db.conn.in_transaction:
        return cached[1]
    labels = {
        search_id: search_label(title, company)
        for search_id, title, company in db.execute("SELECT id, title, company FROM searches")
    }
    people = _People({}, {}, {})
    rows = db.execute("SELECT search_id, full_name, email, linkedin_url FROM candidates")
    for search_id, full_name, email, linkedin_url in rows:
        title = labels[search_id]
        if key := _email_key(email):
            people.by_email.setdefault(key, {})[search_id] = title
        if key := name_key(full_name):
            people.by_name.setdefault(key, {})[search_id] = title
        if linkedin_url and (key := linkedin_profile_key(linkedin_url)):
            people.by_profile.setdefault(key, {})[search_id] = title
    if not db.conn.in_transaction:
        _PEOPLE[db] = (stamp, people)
    return people


def _people_stamp(db: sqlite_utils.Database) -> tuple:
    """Moves whenever the people may have changed: another connection's commit moves the
    data version; this connection's writes move the watch's count, or, where it cannot be
    set up (a read-only file), the count of every row it changed."""
    version = int(db.execute("PRAGMA data_version").fetchone()[0])
    if _watching(db):
        (changes,) = db.execute(f"SELECT changes FROM temp.{_WATCH}").fetchone()
        return ("watched", changes, version)
    return ("any", db.conn.total_changes, version)


def _watching(db: sqlite_utils.Database) -> bool:
    """Whether the temporary triggers count this connection's changes to who is who; sets
    them up (all or none, outside any transaction of the caller's) if they are not there."""
    if db.execute("SELECT 1 FROM sqlite_temp_master WHERE name = ?", [_WATCH]).fetchone():
        return True
    if db.conn.in_transaction:
        return False
    try:
        db.execute("SAVEPOINT revsearch_find_watch")
    except sqlite3.Error:
        return False
    try:
        db.execute(f"CREATE TEMP TABLE {_WATCH} AS SELECT 0 AS changes")
        for n, (what, table) in enumerate(_WATCHED):
            db.execute(
                f"CREATE TEMP TRIGGER {_WATCH}_{n} AFTER {what} ON {table} "
                f"BEGIN UPDATE {_WATCH} SET changes = changes + 1; END"
            )
    except sqlite3.Error:  # a read-only connection (PRAGMA query_only): it changes nothing
        db.execute("ROLLBACK TO revsearch_find_watch")
        db.execute("RELEASE revsearch_find_watch")
        return False
    db.execute("RELEASE revsearch_find_watch")
    return True


def _other_searches(db: sqlite_utils.Database, rows: list[dict]) -> dict[str, list[str]]:
    """For each hit, the titles of the other searches holding the same person: the same
    e-mail, the same personal LinkedIn profile (domain/identity.py: not a company page), or
    the same name once case, accents, punctuation and spacing are set aside.

    Compares with every candidate's keys, read once and kept until the file changes: cheaper
    than keeping a normalised-name column in step."""
    people = _people(db)
    result: dict[str, list[str]] = {}
    for row in rows:
        profile = linkedin_profile_key(row["linkedin_url"])
        same = {
            **people.by_name.get(name_key(row["full_name"]), {}),
            **people.by_email.get(_email_key(row["email"]), {}),
            **(people.by_profile.get(profile, {}) if profile else {}),
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
