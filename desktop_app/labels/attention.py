"""What needs attention in a search, as the dashboard and the overview tab say it: which
searches are open, which have stalled, the order to look at them in, and who leads each one.

Plain functions over store summaries and domain scorecards, with words through Qt's translator;
the screens and the reports share them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.pipeline import STAGES, Stage
from desktop_app.domain.scorecard import ScoreCard
from desktop_app.domain.search import SearchStatus
from desktop_app.labels.candidates import band_label
from desktop_app.labels.text import fill, format_date
from desktop_app.store.summary import SearchSummary

# Two weeks without a ticked step, a stage move or a note: long enough that a quiet week is not
# flagged, short enough to catch a search drifting well before its target date.
STALLED_AFTER_DAYS = 14
OPEN_STATUSES = frozenset({SearchStatus.DRAFT, SearchStatus.ACTIVE, SearchStatus.ON_HOLD})


def open_searches(summaries: Sequence[SearchSummary]) -> list[SearchSummary]:
    """Searches still being worked on: not archived, not filled, not cancelled."""
    return [s for s in summaries if not s.search.archived and s.search.status in OPEN_STATUSES]


def idle_days(summary: SearchSummary, today: dt.date) -> int:
    return max(0, (today - summary.last_activity).days)


def is_stalled(summary: SearchSummary, today: dt.date) -> bool:
    # Only an active search can stall: a draft has not begun and a hold is deliberate.
    return (
        summary.search.status is SearchStatus.ACTIVE
        and idle_days(summary, today) >= STALLED_AFTER_DAYS
    )


def attention_order(summaries: Sequence[SearchSummary], today: dt.date) -> list[SearchSummary]:
    """Most overdue steps first; then stalled searches, longest idle first; then the longest
    open. The title breaks ties so the order never jumps between refreshes."""

    def key(s: SearchSummary) -> tuple[bool, int, bool, int, int, str]:
        stalled = is_stalled(s, today)
        idle = idle_days(s, today) if stalled else 0
        # A draft has not begun and a hold is deliberate: their late steps wait below the
        # searches being worked on.
        active = s.search.status is SearchStatus.ACTIVE
        overdue = s.overdue_steps if active else 0
        return (not active, -overdue, not stalled, -idle, -s.days_open, s.search.title.casefold())

    return sorted(summaries, key=key)


def day_text(summary: SearchSummary, today: dt.date) -> str:
    """Where the search is in time: "Day 104 of 130", or when it starts."""
    search = summary.search
    if search.start_date > today:
        return fill(
            QCoreApplication.translate("SearchAttention", "Starts %1"),
            format_date(search.start_date),
        )
    if search.target_date is not None:
        span = (search.target_date - search.start_date).days
        return fill(
            QCoreApplication.translate("SearchAttention", "Day %1 of %2"), summary.days_open, span
        )
    return fill(QCoreApplication.translate("SearchAttention", "Day %1"), summary.days_open)


def days_past_target(summary: SearchSummary) -> int:
    search = summary.search
    if search.target_date is None:
        return 0
    return max(0, summary.days_open - (search.target_date - search.start_date).days)


def fit_text(card: ScoreCard) -> str:
    """The fit as the candidate table shows it: "89 strong", "~83 strong" while provisional."""
    if card.fit_points is None or card.band is None:
        return "—"
    number = f"~{card.fit_points}" if card.provisional else str(card.fit_points)
    return f"{number} {band_label(card.band)}"


def furthest_stage(summary: SearchSummary) -> Stage | None:
    """The latest stage anyone still in the pipeline has reached."""
    reached = [st for st in STAGES if st is not Stage.HIRED and summary.candidates_by_stage.get(st)]
    return reached[-1] if reached else None
