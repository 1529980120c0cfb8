"""Where each search stands: checklist progress, overdue steps and candidates per stage.

One query per table for all searches together, so listing many searches stays quick.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from desktop_app.domain.checklist import Progress
from desktop_app.domain.pipeline import EXITS, STAGES, Exit, Stage
from desktop_app.domain.search import SearchStatus, days_open
from desktop_app.store.errors import NotFound
from desktop_app.store.records import local_date, parse_timestamp
from desktop_app.store.searches import Search, search_from_values
from desktop_app.store.summary_rows import SEARCH_COLUMNS, SummaryRows, read_summary_rows

_STAGE_BY_VALUE = {stage.value: stage for stage in STAGES}
_EXIT_BY_VALUE = {state.value: state for state in EXITS}


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
    rows = read_summary_rows(
        db, today or dt.date.today(), only=only, include_archived=include_archived
    )
    if only and not rows.searches:
        raise NotFound("search", only)
    return summaries_from_rows(rows)


def summaries_from_rows(rows: SummaryRows) -> list[SearchSummary]:
    """The summaries one read of the file gives (store.summary_rows), in the list's order."""
    today = rows.today
    counts = {
        search_id: (Progress(done, total), late) for search_id, done, total, late in rows.steps
    }
    stage_counts: dict[str, dict[Stage, int]] = {}
    exit_counts: dict[str, dict[Exit, int]] = {}
    # Dictionary look-ups rather than Enum calls: a file of a thousand searches gives eight
    # thousand of these rows at every start.
    for search_id, stage, exit_state, n in rows.candidates:
        if exit_state:
            bucket = exit_counts.get(search_id)
            if bucket is None:
                bucket = exit_counts[search_id] = dict.fromkeys(EXITS, 0)
            bucket[_EXIT_BY_VALUE[exit_state]] += n
        else:
            by_stage = stage_counts.get(search_id)
            if by_stage is None:
                by_stage = stage_counts[search_id] = dict.fromkeys(STAGES, 0)
            by_stage[_STAGE_BY_VALUE[stage]] += n
    hired_on = {search_id: local_date(parse_timestamp(at)) for search_id, at in rows.hires}
    summaries = []
    for values in rows.searches:
        search = search_from_values(values[: len(SEARCH_COLUMNS)])
        progress, late = counts.get(search.id, (Progress(0, 0), 0))
        # A filled search stops its clock on the day of the hire.
        ended = hired_on.get(search.id) if search.status is SearchStatus.FILLED else None
        activity = values[len(SEARCH_COLUMNS)]
        summaries.append(
            SearchSummary(
                search=search,
                progress=progress,
                overdue_steps=late,
                candidates_by_stage=stage_counts.get(search.id, dict.fromkeys(STAGES, 0)),
                exits=exit_counts.get(search.id, dict.fromkeys(EXITS, 0)),
                days_open=days_open(search.start_date, today, ended),
                last_activity=(
                    max(search.start_date, _activity_day(activity))
                    if activity
                    else search.start_date
                ),
            )
        )
    return summaries


def _activity_day(value: str) -> dt.date:
    """The day of a search's last activity: the latest ticked step, stage move, note, score or
    diagnostic answer, kept up to date by triggers (db_schema/0006_last_activity.sql). A ticked
    step's is its completed date; another kind of edit's is a UTC time."""
    return dt.date.fromisoformat(value) if len(value) == 10 else local_date(parse_timestamp(value))
