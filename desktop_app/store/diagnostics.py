"""The role diagnostic's answers, stored with each search."""

from __future__ import annotations

from collections.abc import Mapping

import sqlite_utils

from desktop_app.domain.diagnostic import Diagnosis, check_answer, diagnose
from desktop_app.store.errors import NotFound
from desktop_app.store.records import timestamp


def save_answers(db: sqlite_utils.Database, search_id: str, answers: Mapping[str, int]) -> None:
    """Stores answers (replacing earlier answers to the same questions) in one transaction."""
    if not db["searches"].count_where("id = ?", [search_id]):
        raise NotFound("search", search_id)
    checked = {key: check_answer(key, value) for key, value in answers.items()}
    now = timestamp()
    with db.atomic():
        db["diagnostic_answers"].upsert_all(
            (
                {"search_id": search_id, "question": key, "answer": value, "updated_at": now}
                for key, value in checked.items()
            ),
            pk=("search_id", "question"),
        )


def clear_answers(db: sqlite_utils.Database, search_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM diagnostic_answers WHERE search_id = ?", [search_id])


def answers(db: sqlite_utils.Database, search_id: str) -> dict[str, int]:
    rows = db.query(
        "SELECT question, answer FROM diagnostic_answers WHERE search_id = ?", [search_id]
    )
    return {r["question"]: r["answer"] for r in rows}


def diagnosis(db: sqlite_utils.Database, search_id: str) -> Diagnosis | None:
    """The recommendation from the stored answers, or None if nothing has been answered."""
    stored = answers(db, search_id)
    return diagnose(stored) if stored else None
