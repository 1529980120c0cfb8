"""A search's checklist steps: read them, tick them done or not applicable, edit them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from desktop_app.domain import fields
from desktop_app.domain.checklist import (
    ChecklistStep,
    StepStatus,
    check_phase,
    order_key,
    parse_step_status,
)
from desktop_app.store.errors import NotFound
from desktop_app.store.records import date_text, new_id, parse_date, timestamp


@dataclass(frozen=True)
class StoredStep:
    id: str
    search_id: str
    step: ChecklistStep


def list_steps(db: sqlite_utils.Database, search_id: str) -> list[StoredStep]:
    """Every step of a search in checklist order."""
    rows = db.query("SELECT * FROM checklist_steps WHERE search_id = ?", [search_id])
    stored = [_from_row(row) for row in rows]
    return sorted(stored, key=lambda s: order_key(s.step))


def get_step(db: sqlite_utils.Database, step_id: str) -> StoredStep:
    row = next(db.query("SELECT * FROM checklist_steps WHERE id = ?", [step_id]), None)
    if row is None:
        raise NotFound("checklist step", step_id)
    return _from_row(row)


def set_step_status(
    db: sqlite_utils.Database,
    step_id: str,
    status: StepStatus | str,
    *,
    on: dt.date | None = None,
) -> None:
    """Marks a step done (on a date, today by default), not applicable, or open again."""
    status = parse_step_status(status)
    get_step(db, step_id)
    completed = (on or dt.date.today()) if status is StepStatus.DONE else None
    with db.atomic():
        db["checklist_steps"].update(
            step_id,
            {
                "status": status.value,
                "completed_date": date_text(completed),
                "updated_at": timestamp(),
            },
        )


def update_step(
    db: sqlite_utils.Database,
    step_id: str,
    *,
    due_date: dt.date | str | None = None,
    owner: str | None = None,
    note: str | None = None,
    clear_due_date: bool = False,
) -> None:
    """Changes a step's due date, owner or note; arguments left as None keep their value."""
    get_step(db, step_id)
    values: dict[str, object] = {}
    if clear_due_date:
        values["due_date"] = None
    elif due_date is not None:
        values["due_date"] = date_text(fields.parse_date("due_date", due_date, required=True))
    if owner is not None:
        values["owner"] = fields.clean_line("owner", owner, required=False)
    if note is not None:
        values["note"] = fields.clean_text("note", note, required=False)
    if values:
        with db.atomic():
            db["checklist_steps"].update(step_id, {**values, "updated_at": timestamp()})


def add_step(
    db: sqlite_utils.Database,
    search_id: str,
    *,
    phase: str,
    title: str,
    owner: str = "",
    due_date: dt.date | str | None = None,
    description: str = "",
) -> str:
    """Adds a custom step at the end of a phase; returns its id."""
    if not db["searches"].count_where("id = ?", [search_id]):
        raise NotFound("search", search_id)
    phase = check_phase(phase)
    row = {
        "id": new_id(),
        "search_id": search_id,
        "phase": phase,
        "title": fields.clean_line("title", title, required=True),
        "description": fields.clean_text("description", description, required=False),
        "owner": fields.clean_line("owner", owner, required=False),
        "day_offset": None,
        "due_date": date_text(fields.parse_date("due_date", due_date, required=False)),
        "status": StepStatus.TODO.value,
        "completed_date": None,
        "note": "",
        "template_key": None,
        "created_at": timestamp(),
        "updated_at": timestamp(),
    }
    with db.atomic():
        last = db.execute(
            "SELECT coalesce(max(position), 0) FROM checklist_steps "
            "WHERE search_id = ? AND phase = ?",
            [search_id, phase],
        ).fetchone()[0]
        db["checklist_steps"].insert({**row, "position": last + 1})
    return row["id"]


def remove_step(db: sqlite_utils.Database, step_id: str) -> None:
    """Removes a step; the steps after it in its phase move up one place."""
    stored = get_step(db, step_id)
    with db.atomic():
        db.execute("DELETE FROM checklist_steps WHERE id = ?", [step_id])
        db.execute(
            "UPDATE checklist_steps SET position = position - 1 "
            "WHERE search_id = ? AND phase = ? AND position > ?",
            [stored.search_id, stored.step.phase, stored.step.position],
        )


def move_step(db: sqlite_utils.Database, step_id: str, position: int) -> None:
    """Moves a step to another place (1 = first) within its phase."""
    stored = get_step(db, step_id)
    siblings = [s.id for s in list_steps(db, stored.search_id) if s.step.phase == stored.step.phase]
    position = max(1, min(int(position), len(siblings)))
    siblings.remove(step_id)
    siblings.insert(position - 1, step_id)
    now = timestamp()
    with db.atomic():
        for index, sibling in enumerate(siblings, start=1):
            db.execute(
                "UPDATE checklist_steps SET position = ?, updated_at = CASE WHEN id = ? "
                "THEN ? ELSE updated_at END WHERE id = ? AND position != ?",
                [index, step_id, now, sibling, index],
            )


def _from_row(row: dict) -> StoredStep:
    return StoredStep(
        id=row["id"],
        search_id=row["search_id"],
        step=ChecklistStep(
            phase=row["phase"],
            position=row["position"],
            title=row["title"],
            owner=row["owner"],
            due_date=parse_date(row["due_date"]),
            status=StepStatus(row["status"]),
            completed_date=parse_date(row["completed_date"]),
            template_key=row["template_key"],
            day_offset=row["day_offset"],
            description=row["description"],
            note=row["note"],
        ),
    )
