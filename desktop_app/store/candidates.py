"""Candidates of a search and their moves through the pipeline, with the history of each move."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from desktop_app.domain import fields, pipeline
from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.pipeline import Exit, Stage
from desktop_app.store.errors import NotFound
from desktop_app.store.records import (
    date_text,
    local_date,
    new_id,
    parse_date,
    parse_timestamp,
    timestamp,
)

# The reasons the store itself writes into the stage history. They are stored in English, as
# every database has them so; labels/store_messages.py shows them in the user's language, and
# a reason a person typed as they typed it.
ADDED_REASON = "Added to the search"
REOPENED_REASON = "Back in the pipeline"
SYSTEM_REASONS = (ADDED_REASON, REOPENED_REASON)


@dataclass(frozen=True)
class Candidate:
    id: str
    search_id: str
    details: CandidateDetails
    exit_state: Exit | None
    exit_reason: str | None
    exit_stage: Stage | None
    exit_date: dt.date | None
    stage_since: dt.datetime  # when the candidate reached the current stage or end state
    created_at: str
    updated_at: str

    @property
    def full_name(self) -> str:
        return self.details.full_name

    @property
    def stage(self) -> Stage:
        return self.details.stage

    @property
    def is_active(self) -> bool:
        return pipeline.is_active(self.exit_state, self.stage)

    def days_in_stage(self, today: dt.date) -> int:
        return max(0, (today - local_date(self.stage_since)).days)


@dataclass(frozen=True)
class StageEvent:
    stage: Stage
    exit_state: Exit | None
    at: dt.datetime
    reason: str


# The columns _from_values reads, in its order: named, not c.*, so a column added by a later
# migration does not move them.
_SELECT = """
SELECT c.id, c.search_id, c.full_name, c.current_title, c.current_company, c.location, c.email,
    c.phone, c.linkedin_url, c.source, c.pay_expectation, c.stage, c.exit_state, c.exit_reason,
    c.exit_stage, c.exit_date, c.created_at, c.updated_at,
    (SELECT max(h.at) FROM stage_history h WHERE h.candidate_id = c.id) AS stage_since
FROM candidates c
"""
# Dictionary lookups instead of Enum calls: opening a search reads a thousand rows.
_STAGES = {stage.value: stage for stage in Stage}
_EXITS = {exit_state.value: exit_state for exit_state in Exit}


def add_candidate(
    db: sqlite_utils.Database,
    search_id: str,
    details: CandidateDetails,
    *,
    at: dt.datetime | None = None,
    candidate_id: str | None = None,
) -> str:
    if not db["searches"].count_where("id = ?", [search_id]):
        raise NotFound("search", search_id)
    candidate_id = candidate_id or new_id()
    now = timestamp(at)
    with db.atomic():
        db["candidates"].insert(
            {
                "id": candidate_id,
                "search_id": search_id,
                **details.as_row(),
                "created_at": now,
                "updated_at": now,
            }
        )
        _record(db, candidate_id, details.stage, None, now, ADDED_REASON)
    return candidate_id


def get_candidate(db: sqlite_utils.Database, candidate_id: str) -> Candidate:
    values = db.execute(_SELECT + "WHERE c.id = ?", [candidate_id]).fetchone()
    if values is None:
        raise NotFound("candidate", candidate_id)
    return _from_values(values)


def list_candidates(db: sqlite_utils.Database, search_id: str) -> list[Candidate]:
    rows = db.execute(_SELECT + "WHERE c.search_id = ? ORDER BY c.full_name", [search_id])
    return [_from_values(values) for values in rows.fetchall()]


def candidate_numbers(db: sqlite_utils.Database, search_id: str) -> dict[str, int]:
    """Each candidate's permanent number in the search (candidate id -> number): the n-th
    person added is n, and nobody else ever gets it, even after they are erased (kept by the
    triggers of db_schema/0005_candidate_numbers.sql). Reports and anonymising make the
    stable codes ("Candidate C-07") from it."""
    rows = db.execute(
        "SELECT id, number FROM candidates WHERE search_id = ? ORDER BY number", [search_id]
    ).fetchall()
    return {row[0]: row[1] for row in rows}


def names_on_file(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """(id, full name) of every candidate in every search: an anonymised report takes all of
    them out of its text, not only its own search's people."""
    return [(row[0], row[1]) for row in db.execute("SELECT id, full_name FROM candidates")]


def update_candidate(
    db: sqlite_utils.Database, candidate_id: str, details: CandidateDetails
) -> None:
    """Saves edited contact details. The stage changes only through move/exit/reopen."""
    current = get_candidate(db, candidate_id)
    row = details.as_row()
    row["stage"] = current.stage.value
    with db.atomic():
        db["candidates"].update(candidate_id, {**row, "updated_at": timestamp()})


def move_candidate(
    db: sqlite_utils.Database,
    candidate_id: str,
    stage: Stage | str,
    *,
    reason: str = "",
    at: dt.datetime | None = None,
) -> None:
    """Moves a candidate to another pipeline stage, if the pipeline rules allow it."""
    target = pipeline.parse_stage(stage)
    current = get_candidate(db, candidate_id)
    pipeline.check_move(current.stage, target, current.exit_state)
    reason = fields.clean_text("reason", reason, required=False, limit=fields.TEXT_MAX)
    now = timestamp(at)
    with db.atomic():
        db["candidates"].update(candidate_id, {"stage": target.value, "updated_at": now})
        _record(db, candidate_id, target, None, now, reason)


def exit_candidate(
    db: sqlite_utils.Database,
    candidate_id: str,
    exit_state: Exit | str,
    reason: str,
    *,
    at: dt.datetime | None = None,
) -> None:
    """Records that a candidate left the pipeline: how, why, when and at which stage."""
    state = pipeline.parse_exit(exit_state)
    reason = fields.clean_text("reason", reason, required=False, limit=fields.TEXT_MAX)
    current = get_candidate(db, candidate_id)
    pipeline.check_exit(current.stage, state, reason, current.exit_state)
    moment = at or dt.datetime.now(dt.UTC)
    now = timestamp(moment)
    with db.atomic():
        db["candidates"].update(
            candidate_id,
            {
                "exit_state": state.value,
                "exit_reason": reason,
                "exit_stage": current.stage.value,
                "exit_date": date_text(local_date(moment)),
                "updated_at": now,
            },
        )
        _record(db, candidate_id, current.stage, state, now, reason)


def reopen_candidate(
    db: sqlite_utils.Database, candidate_id: str, *, reason: str = "", at: dt.datetime | None = None
) -> None:
    """Brings a candidate who left back into the pipeline at the stage they left from."""
    current = get_candidate(db, candidate_id)
    if current.exit_state is None:
        raise ValidationError("exit", "The candidate is still in the pipeline.")
    now = timestamp(at)
    with db.atomic():
        db["candidates"].update(
            candidate_id,
            {
                "exit_state": None,
                "exit_reason": None,
                "exit_stage": None,
                "exit_date": None,
                "updated_at": now,
            },
        )
        _record(db, candidate_id, current.stage, None, now, reason or REOPENED_REASON)


def stage_history(db: sqlite_utils.Database, candidate_id: str) -> list[StageEvent]:
    rows = db.query(
        "SELECT * FROM stage_history WHERE candidate_id = ? ORDER BY at, rowid", [candidate_id]
    )
    return [
        StageEvent(
            stage=Stage(r["stage"]),
            exit_state=Exit(r["exit_state"]) if r["exit_state"] else None,
            at=parse_timestamp(r["at"]),
            reason=r["reason"],
        )
        for r in rows
    ]


def delete_candidate(db: sqlite_utils.Database, candidate_id: str) -> None:
    get_candidate(db, candidate_id)
    with db.atomic():
        db.execute("DELETE FROM candidates WHERE id = ?", [candidate_id])


def _record(
    db: sqlite_utils.Database,
    candidate_id: str,
    stage: Stage,
    exit_state: Exit | None,
    at: str,
    reason: str,
) -> None:
    db["stage_history"].insert(
        {
            "id": new_id(),
            "candidate_id": candidate_id,
            "stage": stage.value,
            "exit_state": exit_state.value if exit_state else None,
            "at": at,
            "reason": reason,
        }
    )


def _from_values(values: tuple) -> Candidate:
    """A candidate from one row of _SELECT, its columns in that order."""
    (candidate_id, search_id, full_name, current_title, current_company, location, email,
     phone, linkedin_url, source, pay_expectation, stage, exit_state, exit_reason, exit_stage,
     exit_date, created_at, updated_at, stage_since) = values  # fmt: skip
    return Candidate(
        id=candidate_id,
        search_id=search_id,
        # Checked when it was written; reading it back need not check it again.
        details=fields.trusted(
            CandidateDetails,
            full_name=full_name,
            current_title=current_title,
            current_company=current_company,
            location=location,
            email=email,
            phone=phone,
            linkedin_url=linkedin_url,
            source=source,
            pay_expectation=pay_expectation,
            stage=_STAGES[stage],
        ),
        exit_state=_EXITS[exit_state] if exit_state else None,
        exit_reason=exit_reason,
        exit_stage=_STAGES[exit_stage] if exit_stage else None,
        exit_date=parse_date(exit_date),
        stage_since=parse_timestamp(stage_since or created_at),
        created_at=created_at,
        updated_at=updated_at,
    )
