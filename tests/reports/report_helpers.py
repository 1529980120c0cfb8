"""A database with a search whose people, notes and scores a report must treat with care:
accents, contacts, a pay expectation, confidential notes that name people."""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.competencies import COMPETENCY_KEYS
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.scorecard import Rating
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.store import candidates, notes, scores, searches

START = dt.date(2026, 9, 1)
NOW = dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.UTC)

PEOPLE = {
    "João Gonçalves": dict(
        current_title="VP Sales",
        current_company="Acme Brasil",
        email="joao.goncalves@example.com",
        phone="+55 11 91234-5678",
        linkedin_url="https://www.linkedin.com/in/joao-goncalves",
        pay_expectation="BRL 1.2M base",
        stage="shortlist",
    ),
    "Mary O'Brien": dict(
        current_title="CRO",
        current_company="Globex",
        email="mary@globex.example",
        stage="interviewing",
    ),
    "Zoë Müller": dict(current_title="Head of Sales", email="zoe@acme.de", stage="contacted"),
}
SECRET = "Backchannel: João was let go from Acme for missing plan twice"
PUBLIC_NOTE = (
    "Strong case study; Mary pushed back on the partner plan. Call her on +1 415 555 0100."
)


def add_careful_search(db: sqlite_utils.Database) -> str:
    """Adds "Acme CRO" with three people; returns its id. João and Mary are fully scored."""
    search_id = searches.create_search(
        db,
        SearchDetails(
            title="Acme CRO",
            role=Role.CRO,
            start_date=START,
            company="Acme",
            hiring_manager="Carla Dias",
        ),
    )
    ids = {}
    for offset, (name, fields) in enumerate(PEOPLE.items()):
        ids[name] = candidates.add_candidate(
            db,
            search_id,
            CandidateDetails(full_name=name, **fields),
            at=dt.datetime(2026, 9, 2 + offset, 12, tzinfo=dt.UTC),
        )
    for name, base in (("João Gonçalves", 4), ("Mary O'Brien", 3)):
        for index, key in enumerate(COMPETENCY_KEYS):
            score = base if index % 2 else min(5, base + 1)
            scores.set_score(db, ids[name], Rating(key, "Carla Dias", score, f"{name} showed it"))
            scores.set_score(db, ids[name], Rating(key, "Board member", base))
    notes.add_note(
        db,
        ids["João Gonçalves"],
        NoteDetails(SECRET, author="Carla Dias", confidential=True),
        at=dt.datetime(2026, 11, 20, 15, tzinfo=dt.UTC),
    )
    notes.add_note(
        db,
        ids["Mary O'Brien"],
        NoteDetails(PUBLIC_NOTE, author="Carla Dias", kind="interview"),
        at=dt.datetime(2026, 11, 21, 15, tzinfo=dt.UTC),
    )
    return search_id


# Every trace of a real person that an anonymised report must not contain.
IDENTIFYING = [
    "João",
    "Joao",
    "Gonçalves",
    "Mary",
    "O'Brien",
    "Zoë",
    "Müller",
    "joao.goncalves@example.com",
    "mary@globex.example",
    "zoe@acme.de",
    "91234-5678",
    "555 0100",
    "linkedin.com/in/joao",
]
