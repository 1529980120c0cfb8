"""Searches: create one with its checklist, read, change, archive and delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

from desktop_app.domain import checklist as checklist_rules
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.search import Role, SearchDetails, SearchStatus, parse_status
from desktop_app.store.errors import NotFound
from desktop_app.store.records import date_text, new_id, parse_date, timestamp
from desktop_app.store.summary_rows import SEARCH_COLUMNS, SEARCH_ORDER


@dataclass(frozen=True)
class Search:
    id: str
    title: str
    code_name: str
    role: Role
    company: str
    business_unit: str
    hiring_manager: str
    status: SearchStatus
    start_date: dt.date
    target_date: dt.date | None
    archived: bool
    language: str
    created_at: str
    updated_at: str

    def details(self) -> SearchDetails:
        return SearchDetails(
            title=self.title,
            role=self.role,
            start_date=self.start_date,
            company=self.company,
            business_unit=self.business_unit,
            hiring_manager=self.hiring_manager,
            code_name=self.code_name,
            status=self.status,
            target_date=self.target_date,
            language=self.language,
        )


def create_search(
    db: sqlite_utils.Database,
    details: SearchDetails,
    *,
    search_id: str | None = None,
    template: checklist_rules.ChecklistTemplate | None = None,
) -> str:
    """Adds a search and copies its role's checklist template, due dates counted from its start
    date; both in one transaction. Returns the new id."""
    template = template or checklist_rules.load_template(details.role, details.language)
    if template.role is not details.role:
        raise ValidationError("role", "The checklist template is for another role.")
    search_id = search_id or new_id()
    now = timestamp()
    with db.atomic():
        db["searches"].insert(
            {
                "id": search_id,
                **_details_row(details),
                "archived": 0,
                "language": details.language,
                "created_at": now,
                "updated_at": now,
            }
        )
        db["checklist_steps"].insert_all(
            {
                "id": new_id(),
                "search_id": search_id,
                "phase": step.phase,
                "position": step.position,
                "title": step.title,
                "description": step.description,
                "owner": step.owner,
                "day_offset": step.day_offset,
                "due_date": date_text(step.due_date),
                "status": step.status.value,
                "completed_date": None,
                "note": "",
                "template_key": step.template_key,
                "created_at": now,
                "updated_at": now,
            }
            for step in checklist_rules.steps_for_new_search(template, details.start_date)
        )
    return search_id


def get_search(db: sqlite_utils.Database, search_id: str) -> Search:
    row = next(db.query("SELECT * FROM searches WHERE id = ?", [search_id]), None)
    if row is None:
        raise NotFound("search", search_id)
    return _from_row(row)


def list_searches(db: sqlite_utils.Database, *, include_archived: bool = True) -> list[Search]:
    where = "" if include_archived else "WHERE archived = 0"
    rows = db.execute(f"SELECT {', '.join(SEARCH_COLUMNS)} FROM searches {where} {SEARCH_ORDER}")
    return [search_from_values(row) for row in rows]


def find_search(db: sqlite_utils.Database, reference: str) -> Search:
    """A search by its id or the first characters of it (as `revsearch list` shows them)."""
    reference = reference.strip().lower()
    if len(reference) < 4:
        raise NotFound("search", reference)
    rows = db.execute(
        "SELECT id FROM searches WHERE id LIKE ? ESCAPE '\\'",
        [reference.replace("%", "\\%").replace("_", "\\_") + "%"],
    ).fetchall()
    if len(rows) != 1:
        raise NotFound("search", reference)
    return get_search(db, rows[0][0])


def find_search_by_id_or_title(db: sqlite_utils.Database, text: str) -> Search:
    """A search by its id, the first 8 or more characters of it, or its exact title.

    An id wins over a title, so a search titled like another's id prefix stays reachable by id.
    A title shared by several searches is refused with their ids, so the person can choose."""
    reference = text.strip()
    if not reference:
        raise ValidationError("search", "Give a search's id or its exact title.")
    if len(reference) >= 8:
        try:
            return find_search(db, reference)
        except NotFound:
            pass
    rows = list(db.query("SELECT id FROM searches WHERE title = ? ORDER BY id", [reference]))
    if len(rows) == 1:
        return get_search(db, rows[0]["id"])
    if len(rows) > 1:
        ids = ", ".join(row["id"] for row in rows)
        raise ValidationError(
            "search",
            "{count} searches are titled '{title}'; give one of their ids: {ids}.",
            count=len(rows),
            title=reference,
            ids=ids,
        )
    raise NotFound("search", reference)


def update_search(db: sqlite_utils.Database, search_id: str, details: SearchDetails) -> None:
    """Saves the edited details; the checklist keeps its dates (a person may have moved them)."""
    get_search(db, search_id)
    with db.atomic():
        db["searches"].update(search_id, {**_details_row(details), "updated_at": timestamp()})


def set_status(db: sqlite_utils.Database, search_id: str, status: SearchStatus | str) -> None:
    status = parse_status(status)
    _update(db, search_id, {"status": status.value})


def set_archived(db: sqlite_utils.Database, search_id: str, archived: bool) -> None:
    _update(db, search_id, {"archived": int(bool(archived))})


def delete_search(db: sqlite_utils.Database, search_id: str) -> None:
    """Deletes a search with its checklist, candidates, notes and scores."""
    get_search(db, search_id)
    with db.atomic():
        db.execute("DELETE FROM searches WHERE id = ?", [search_id])


def _update(db: sqlite_utils.Database, search_id: str, values: dict[str, object]) -> None:
    get_search(db, search_id)
    with db.atomic():
        db["searches"].update(search_id, {**values, "updated_at": timestamp()})


def _details_row(details: SearchDetails) -> dict[str, object]:
    return {
        "title": details.title,
        "code_name": details.code_name,
        "role": details.role.value,
        "company": details.company,
        "business_unit": details.business_unit,
        "hiring_manager": details.hiring_manager,
        "status": details.status.value,
        "start_date": date_text(details.start_date),
        "target_date": date_text(details.target_date),
    }


def search_from_values(values: Sequence[object]) -> Search:
    """A Search from its columns' values in store.summary_rows.SEARCH_COLUMNS order."""
    return _from_row(dict(zip(SEARCH_COLUMNS, values, strict=True)))


# Every start makes a Search of each of a thousand rows: dictionary look-ups, not Enum calls.
_ROLES = {role.value: role for role in Role}
_STATUSES = {status.value: status for status in SearchStatus}


def _from_row(row: dict) -> Search:
    role, status = row["role"], row["status"]
    return Search(
        id=row["id"],
        title=row["title"],
        code_name=row["code_name"],
        role=_ROLES[role] if role in _ROLES else Role(role),
        company=row["company"],
        business_unit=row["business_unit"],
        hiring_manager=row["hiring_manager"],
        status=_STATUSES[status] if status in _STATUSES else SearchStatus(status),
        start_date=parse_date(row["start_date"]),
        target_date=parse_date(row["target_date"]),
        archived=bool(row["archived"]),
        language=row["language"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )
