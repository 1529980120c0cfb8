"""Where each search stands: checklist progress, overdue steps and candidates per stage.

One query per table for all searches together, so listing many searches stays quick.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from desktop_app.domain.checklist import Progress
from desktop_app.domain.pipeline import EXITS, STAGES, Exit, Stage
from desktop_app.domain.search import SearchStatus, days_open
from desktop_app.store.checklist import step_counts
from desktop_app.store.records import local_date, parse_timestamp
from desktop_app.store.searches import Search, get_search, list_searches


@dataclass(frozen=True)
class SearchSummary:
    search: Search
    progress: Progress
    overdue_steps: int
    candidates_by_stage: dict[Stage, int]  # people still in the pipeline (and the hire)
    exits: dict[Exit, int]  # people who left, by how
    days_open: int
    last_activity: dt.date  # the last step, move, note, score or answer (else the start date)

    @property
    def in_pipeline(self) -> int:
        """People still being considered: not hired and not gone."""
        return sum(n for stage, n in self.candidates_by_stage.items() if stage is not Stage.HIRED)

    @property
    def candidates_total(self) -> int:
        return sum(self.candidates_by_stage.values()) + sum(self.exits.values())

    def as_json(self) -> dict[str, object]:
        s = self.search
        return {
            "id": s.id,
            "title": s.title,
            "code_name": s.code_name,
            "role": s.role.value,
            "company": s.company,
            "business_unit": s.business_unit,
            "hiring_manager": s.hiring_manager,
            "status": s.status.value,
            "archived": s.archived,
            "start_date": s.start_date.isoformat(),
            "target_date": s.target_date.isoformat() if s.target_date else None,
            "days_open": self.days_open,
            "last_activity": self.last_activity.isoformat(),
            "progress": {
                "done": self.progress.done,
                "total": self.progress.total,
                "percent": self.progress.percent,
            },
            "overdue_steps": self.overdue_steps,
            "candidates_by_stage": {
                stage.value: n for stage, n in self.candidates_by_stage.items()
            },
            "exits": {state.value: n for state, n in self.exits.items()},
            "candidates_in_pipeline": self.in_pipeline,
            "candidates_total": self.candidates_total,
        }


def search_summaries(
    db: sqlite_utils.Database,
    *,
    today: dt.date | None = None,
    include_archived: bool = True,
    only: str | None = None,
) -> list[SearchSummary]:
    """Every search's summary, or with `only` just that search's (reading only its rows)."""
    today = today or dt.date.today()

    def of(column: str) -> str:
        # Restricts a query to one search when asked, so a single header stays cheap.
        return f" AND {column} = :only" if only else ""

    params = {"only": only}
    counts = step_counts(db, today, only)
    stage_counts: dict[str, dict[Stage, int]] = {}
    exit_counts: dict[str, dict[Exit, int]] = {}
    for row in db.query(
        "SELECT search_id, stage, exit_state, count(*) AS n FROM candidates "
        f"WHERE 1 {of('search_id')} GROUP BY search_id, stage, exit_state",
        params,
    ):
        if row["exit_state"]:
            bucket = exit_counts.setdefault(row["search_id"], dict.fromkeys(EXITS, 0))
            bucket[Exit(row["exit_state"])] += row["n"]
        else:
            by_stage = stage_counts.setdefault(row["search_id"], dict.fromkeys(STAGES, 0))
            by_stage[Stage(row["stage"])] += row["n"]
    hired_on = {
        row["search_id"]: local_date(parse_timestamp(row["at"]))
        for row in db.query(
            "SELECT c.search_id, min(h.at) AS at FROM stage_history h "
            "JOIN candidates c ON c.id = h.candidate_id "
            f"WHERE h.stage = 'hired' AND h.exit_state IS NULL {of('c.search_id')} "
            "GROUP BY c.search_id",
            params,
        )
    }
    activity = _last_activity(db, of, params)
    chosen = (
        [get_search(db, only)] if only else list_searches(db, include_archived=include_archived)
    )
    summaries = []
    for search in chosen:
        progress, late = counts.get(search.id, (Progress(0, 0), 0))
        # A filled search stops its clock on the day of the hire.
        ended = hired_on.get(search.id) if search.status is SearchStatus.FILLED else None
        summaries.append(
            SearchSummary(
                search=search,
                progress=progress,
                overdue_steps=late,
                candidates_by_stage=stage_counts.get(search.id, dict.fromkeys(STAGES, 0)),
                exits=exit_counts.get(search.id, dict.fromkeys(EXITS, 0)),
                days_open=days_open(search.start_date, today, ended),
                last_activity=max(
                    [search.start_date, *([activity[search.id]] if search.id in activity else [])]
                ),
            )
        )
    return summaries


def _last_activity(
    db: sqlite_utils.Database, of: Callable[[str], str], params: dict[str, str | None]
) -> dict[str, dt.date]:
    """Per search, the day of the latest ticked step, stage move, note, score or diagnostic
    answer: a search whose last activity is long ago has stalled. Kept up to date by triggers
    (db_schema/0006_last_activity.sql), so this reads one column."""
    latest: dict[str, dt.date] = {}
    rows = db.execute(
        f"SELECT id, last_activity FROM searches WHERE last_activity IS NOT NULL {of('id')}",
        params,
    )
    for search_id, value in rows:
        # A ticked step's completed date, or the UTC time of another kind of edit.
        day = (
            dt.date.fromisoformat(value) if len(value) == 10 else local_date(parse_timestamp(value))
        )
        latest[search_id] = day
    return latest
