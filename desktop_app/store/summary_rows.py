"""The rows every search's summary is made from, read with SQL alone.

Kept apart from store.summary, with nothing to import but the standard library, so the read at
start-up (store.early_reads) can run these queries from the first moment of the process. SQLite
lets go of Python's lock while it works, so on a second core the queries cost the window
nothing; turning the rows into summaries (store.summary) is the only Python work left.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

# The columns a Search is made from, in this order (store.searches.search_from_values).
SEARCH_COLUMNS = (
    "id",
    "title",
    "code_name",
    "role",
    "company",
    "business_unit",
    "hiring_manager",
    "status",
    "start_date",
    "target_date",
    "archived",
    "language",
    "created_at",
    "updated_at",
)
SEARCH_ORDER = "ORDER BY archived, start_date DESC, title"


@dataclass(frozen=True)
class SummaryRows:
    """What one read of the file said, as plain rows."""

    today: dt.date
    # SEARCH_COLUMNS and then last_activity, in the list's order.
    searches: list[list]
    # [search_id, steps done, steps that count, open steps past their due date on `today`].
    steps: list[list]
    # [search_id, stage, exit_state or None, how many].
    candidates: list[list]
    # [search_id, UTC time of its first hire that was not an exit].
    hires: list[list]


def read_summary_rows(
    db: sqlite3.Connection | sqlite_utils.Database,
    today: dt.date,
    *,
    only: str | None = None,
    include_archived: bool = True,
) -> SummaryRows:
    """Every search's rows (with `only`, that search's alone), counted by SQLite: a thousand
    searches have forty thousand steps and fifty thousand candidates, and building each as an
    object to count it took most of a second. The same rules as domain.checklist.progress and
    overdue: not-applicable steps do not count, and an open step is overdue after its due date
    (a test keeps the step statuses here equal to domain.checklist.StepStatus)."""
    params = {"only": only, "today": today.isoformat()}

    def of(column: str) -> str:
        # Restricts a query to one search when asked, so a single header stays cheap.
        return f" AND {column} = :only" if only else ""

    archived = "" if include_archived else " AND archived = 0"
    searches = _rows(
        db,
        [*SEARCH_COLUMNS, "last_activity"],
        f"SELECT * FROM searches WHERE 1 {of('id')}{archived}",
        params,
    )
    # The list's order (SEARCH_ORDER), by stable sorts: SQLite compares text by its UTF-8 bytes,
    # which order as Python's code points do.
    column = SEARCH_COLUMNS.index
    searches.sort(key=lambda row: row[column("title")])
    searches.sort(key=lambda row: row[column("start_date")], reverse=True)
    searches.sort(key=lambda row: row[column("archived")])
    steps = _rows(
        db,
        ["search_id", "done", "total", "late"],
        "SELECT search_id, sum(status = 'done') AS done, sum(status != 'skipped') AS total, "
        "sum(status = 'todo' AND due_date IS NOT NULL AND due_date < :today) AS late "
        f"FROM checklist_steps WHERE 1 {of('search_id')} GROUP BY search_id",
        params,
    )
    candidates = _rows(
        db,
        ["search_id", "stage", "exit_state", "n"],
        "SELECT search_id, stage, exit_state, count(*) AS n FROM candidates "
        f"WHERE 1 {of('search_id')} GROUP BY search_id, stage, exit_state",
        params,
    )
    # Answered from the index of hires alone (db_schema/0008_hire_dates.sql).
    hires = _rows(
        db,
        ["search_id", "at"],
        "SELECT c.search_id AS search_id, min(h.at) AS at FROM stage_history h "
        "JOIN candidates c ON c.id = h.candidate_id "
        f"WHERE h.stage = 'hired' AND h.exit_state IS NULL {of('c.search_id')} "
        "GROUP BY c.search_id",
        params,
    )
    return SummaryRows(today, searches, steps, candidates, hires)


def _rows(
    db: sqlite3.Connection | sqlite_utils.Database,
    columns: list[str],
    query: str,
    params: dict[str, str | None],
) -> list[list]:
    """The query's rows, handed over by SQLite as one JSON text. Row by row, each row would
    need Python's lock back; while the main thread imports Qt, each wait for it is a switch
    interval (5 ms), and a thousand rows took half a second."""
    values = ", ".join(columns)
    (text,) = db.execute(
        f"SELECT json_group_array(json_array({values})) FROM ({query})", params
    ).fetchone()
    return json.loads(text)
