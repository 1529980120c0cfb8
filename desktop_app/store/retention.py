"""The retention view's question: who is still on file from searches that closed (filled or
cancelled) longer ago than the retention period?"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import sqlite_utils

from desktop_app.domain.pipeline import Exit, Stage
from desktop_app.domain.retention import retention_cutoff
from desktop_app.domain.search import SearchStatus
from desktop_app.store.records import local_date, parse_timestamp

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetentionRow:
    candidate_id: str
    full_name: str
    search_id: str
    search_title: str
    search_company: str
    search_status: SearchStatus
    closed_on: dt.date
    stage: Stage
    exit_state: Exit | None
    anonymised_on: dt.date | None  # None: the record still names the person


def past_retention(
    db: sqlite_utils.Database,
    *,
    months: int,
    today: dt.date,
    include_anonymised: bool = False,
) -> list[RetentionRow]:
    """Candidates of searches closed before `months` months ago, the longest closed first.
    Anonymised records are left out unless asked for: nothing about them is personal now."""
    cutoff = retention_cutoff(today, months)
    rows = db.query(
        # Triggers keep closed_at (db_schema/0004_privacy.sql); should a closed search lack it
        # anyway, its last change is the best date on file.
        "SELECT c.id, c.full_name, c.stage, c.exit_state, c.anonymised_at, s.id AS search_id, "
        "s.title, s.company, s.status, coalesce(s.closed_at, s.updated_at) AS closed_at "
        "FROM candidates c JOIN searches s ON s.id = c.search_id "
        "WHERE s.status IN ('filled', 'cancelled')"
    )
    found = []
    for row in rows:
        try:
            closed_on = local_date(parse_timestamp(row["closed_at"]))
            anonymised_on = (
                local_date(parse_timestamp(row["anonymised_at"])) if row["anonymised_at"] else None
            )
        except (TypeError, ValueError):
            # Not a time (from an old or hand-edited file): the record cannot be placed, and
            # one bad value must not hide everyone else. Ids only: the log names nobody.
            log.warning(
                "Retention: skipped candidate %s of search %s, whose dates are not times",
                row["id"],
                row["search_id"],
            )
            continue
        if closed_on >= cutoff or (anonymised_on and not include_anonymised):
            continue
        found.append(
            RetentionRow(
                candidate_id=row["id"],
                full_name=row["full_name"],
                search_id=row["search_id"],
                search_title=row["title"],
                search_company=row["company"],
                search_status=SearchStatus(row["status"]),
                closed_on=closed_on,
                stage=Stage(row["stage"]),
                exit_state=Exit(row["exit_state"]) if row["exit_state"] else None,
                anonymised_on=anonymised_on,
            )
        )
    return sorted(
        found, key=lambda r: (r.closed_on, r.search_title.casefold(), r.full_name.casefold())
    )
