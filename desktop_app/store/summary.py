"""Where each search stands: checklist progress, overdue steps and candidates per stage.

One query per table for all searches together, so listing many searches stays quick.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from desktop_app.domain import checklist as checklist_rules
from desktop_app.domain.checklist import Progress
from desktop_app.domain.pipeline import EXITS, STAGES, Exit, Stage
from desktop_app.domain.search import SearchStatus, days_open
from desktop_app.store.checklist import steps_of_searches
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
    steps = steps_of_searches(db, only)
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
        search_steps = steps.get(search.id, [])
        # A filled search stops its clock on the day of the hire.
        ended = hired_on.get(search.id) if search.status is SearchStatus.FILLED else None
        summaries.append(
            SearchSummary(
                search=search,
                progress=checklist_rules.progress(search_steps),
                overdue_steps=len(checklist_rules.overdue(search_steps, today)),
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
    answer: a search whose last activity is long ago has stalled."""
    latest: dict[str, dt.date] = {}

    def keep(search_id: str, day: dt.date) -> None:
        if search_id not in latest or day > latest[search_id]:
            latest[search_id] = day

    for row in db.query(
        "SELECT search_id, max(completed_date) AS day FROM checklist_steps "
        f"WHERE completed_date IS NOT NULL {of('search_id')} GROUP BY search_id",
        params,
    ):
        keep(row["search_id"], dt.date.fromisoformat(row["day"]))
    for table, column in (
        ("stage_history", "at"),
        ("notes", "updated_at"),
        ("scores", "updated_at"),
    ):
        for row in db.query(
            f"SELECT c.search_id, max(t.{column}) AS at FROM {table} t "
            f"JOIN candidates c ON c.id = t.candidate_id WHERE 1 {of('c.search_id')} "
            "GROUP BY c.search_id",
            params,
        ):
            keep(row["search_id"], local_date(parse_timestamp(row["at"])))
    for row in db.query(
        "SELECT search_id, max(updated_at) AS at FROM diagnostic_answers "
        f"WHERE 1 {of('search_id')} GROUP BY search_id",
        params,
    ):
        keep(row["search_id"], local_date(parse_timestamp(row["at"])))
    return latest
