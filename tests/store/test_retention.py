"""When a search closed, and who is still on file from searches closed longer ago than the
retention period: the closed date recorded by every path, the months counted by the calendar."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.retention import (
    DEFAULT_MONTHS,
    is_past_retention,
    parse_months,
    retention_cutoff,
)
from desktop_app.domain.search import Role, SearchDetails, SearchStatus
from desktop_app.store import candidates, privacy, searches
from desktop_app.store.database import open_database
from desktop_app.store.migrations import shipped_migrations
from desktop_app.store.retention import past_retention
from desktop_app.store.snapshots import Scope, ScopeKind, capture, restore

TODAY = dt.date(2029, 3, 31)


def new_search(db, title="Chief Revenue Officer", **extra) -> str:
    return searches.create_search(
        db, SearchDetails(title=title, role=Role.CRO, start_date=dt.date(2026, 1, 5), **extra)
    )


def closed_at(db, search_id: str) -> str | None:
    return db.execute("SELECT closed_at FROM searches WHERE id = ?", [search_id]).fetchone()[0]


def close_on(db, search_id: str, when: str, status: str = "filled") -> None:
    """A search closed on a given day: the status through the store, the date set after."""
    searches.set_status(db, search_id, status)
    db.execute(
        "UPDATE searches SET closed_at = ? WHERE id = ?", [f"{when}T12:00:00.000Z", search_id]
    )


# --- the retention period ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "months", "cutoff"),
    [
        (dt.date(2029, 3, 31), 24, dt.date(2027, 3, 31)),
        (dt.date(2029, 3, 31), 1, dt.date(2029, 2, 28)),  # no 31 February
        (dt.date(2028, 3, 31), 1, dt.date(2028, 2, 29)),  # a leap year
        (dt.date(2029, 1, 15), 13, dt.date(2027, 12, 15)),
        (dt.date(2029, 1, 15), 240, dt.date(2009, 1, 15)),
    ],
)
def test_the_cutoff_counts_calendar_months(today, months, cutoff):
    assert retention_cutoff(today, months) == cutoff


def test_closed_more_than_n_months_ago_means_before_the_cutoff_day():
    assert is_past_retention(dt.date(2027, 3, 30), TODAY, 24)
    assert not is_past_retention(dt.date(2027, 3, 31), TODAY, 24)


@pytest.mark.parametrize("bad", [0, -3, 241, "ten", "", "2.5"])
def test_a_retention_period_out_of_range_is_refused_with_a_message(bad):
    with pytest.raises(ValidationError) as error:
        parse_months(bad)
    assert error.value.field == "months" and "month" in error.value.message


def test_the_default_period_is_two_years():
    assert DEFAULT_MONTHS == 24 and parse_months(" 36 ") == 36


# --- when a search closed -----------------------------------------------------------------


def test_filling_or_cancelling_records_when_and_reopening_clears_it(db):
    search_id = new_search(db)
    assert closed_at(db, search_id) is None
    searches.set_status(db, search_id, SearchStatus.FILLED)
    first = closed_at(db, search_id)
    assert first is not None and first.endswith("Z") and first[:4] >= "2026"
    searches.set_status(db, search_id, SearchStatus.CANCELLED)
    assert closed_at(db, search_id) == first  # still closed since then
    searches.set_archived(db, search_id, True)
    assert closed_at(db, search_id) == first
    searches.set_status(db, search_id, SearchStatus.ACTIVE)
    assert closed_at(db, search_id) is None


def test_editing_the_search_to_filled_and_creating_it_filled_record_the_date_too(db):
    search_id = new_search(db)
    details = dataclasses.replace(searches.get_search(db, search_id).details(), status="filled")
    searches.update_search(db, search_id, details)
    assert closed_at(db, search_id) is not None
    born_closed = new_search(db, "Old search", status=SearchStatus.CANCELLED)
    assert closed_at(db, born_closed) is not None


def test_undo_and_redo_of_a_status_change_put_back_the_closed_date_exactly(db):
    search_id = new_search(db)
    scope = Scope(ScopeKind.SEARCH_ROW, search_id)
    before = capture(db, scope)
    close_on(db, search_id, "2026-06-01")
    after = capture(db, scope)
    restore(db, before)
    assert closed_at(db, search_id) is None
    restore(db, after)
    assert closed_at(db, search_id) == "2026-06-01T12:00:00.000Z"


def test_upgrading_dates_searches_closed_before_by_their_last_change(tmp_path):
    path = tmp_path / "v3.sqlite3"
    db = open_database(path, schema=shipped_migrations()[:3])
    for search_id, status in (("s1", "filled"), ("s2", "active"), ("s3", "cancelled")):
        db.execute(
            "INSERT INTO searches (id, title, role, status, start_date, created_at, updated_at) "
            "VALUES (?, 'T', 'CRO', ?, '2026-01-05', '2026-01-05T00:00:00.000Z', "
            "'2026-07-09T10:00:00.000Z')",
            [search_id, status],
        )
    db.close()
    upgraded = open_database(path)
    dates = dict(upgraded.execute("SELECT id, closed_at FROM searches").fetchall())
    upgraded.close()
    assert dates == {
        "s1": "2026-07-09T10:00:00.000Z",
        "s2": None,
        "s3": "2026-07-09T10:00:00.000Z",
    }


# --- who is past the retention period ------------------------------------------------------


@pytest.fixture
def closed_searches(db):
    """An old filled search, an old cancelled one, a recent filled one and an open one."""
    ids = {}
    for key, title, status, when in (
        ("old", "Old CRO", "filled", "2026-05-02"),
        ("cancelled", "Cancelled CSO", "cancelled", "2027-03-30"),
        ("recent", "Recent CRO", "filled", "2027-03-31"),
        ("open", "Open CRO", None, None),
    ):
        search_id = new_search(db, title)
        ids[key] = search_id
        for name in (f"{title} Ana", f"{title} Ben"):
            ids[name] = candidates.add_candidate(db, search_id, CandidateDetails(full_name=name))
        if status:
            close_on(db, search_id, when, status)
    return ids


def test_the_view_lists_candidates_of_searches_closed_before_the_cutoff(db, closed_searches):
    rows = past_retention(db, months=24, today=TODAY)
    assert [(r.search_title, r.full_name) for r in rows] == [
        ("Old CRO", "Old CRO Ana"),
        ("Old CRO", "Old CRO Ben"),
        ("Cancelled CSO", "Cancelled CSO Ana"),
        ("Cancelled CSO", "Cancelled CSO Ben"),
    ]
    assert rows[0].closed_on == dt.date(2026, 5, 2)
    assert rows[2].search_status is SearchStatus.CANCELLED
    assert rows[0].stage.value == "identified" and rows[0].exit_state is None
    # A shorter period reaches the recent search; a longer one only the oldest.
    assert len(past_retention(db, months=1, today=TODAY)) == 6
    assert {r.search_title for r in past_retention(db, months=30, today=TODAY)} == {"Old CRO"}


def test_anonymised_records_leave_the_list_unless_asked_for(db, closed_searches):
    privacy.anonymise_candidates(db, [closed_searches["Old CRO Ana"]])
    names = [r.full_name for r in past_retention(db, months=24, today=TODAY)]
    assert "Candidate C-01" not in names and len(names) == 3
    every = past_retention(db, months=24, today=TODAY, include_anonymised=True)
    anonymous = next(r for r in every if r.full_name == "Candidate C-01")
    assert anonymous.anonymised_on is not None


def test_a_closed_date_missing_falls_back_to_the_last_change(db, closed_searches):
    db.execute("DROP TRIGGER searches_closed_at_on_update")  # something bypassed the triggers
    search_id = closed_searches["open"]
    db.execute(
        "UPDATE searches SET status = 'filled', updated_at = '2025-01-01T00:00:00.000Z' "
        "WHERE id = ?",
        [search_id],
    )
    titles = {r.search_title for r in past_retention(db, months=24, today=TODAY)}
    assert "Open CRO" in titles


def test_a_closed_date_that_is_not_a_time_is_skipped_with_a_log_line(db, closed_searches, caplog):
    """A file imported from an older or hand-edited source: the view still opens, and lists
    everyone else."""
    db.execute(
        "UPDATE searches SET closed_at = 'last spring' WHERE id = ?", [closed_searches["old"]]
    )
    with caplog.at_level("WARNING", logger="desktop_app.store.retention"):
        rows = past_retention(db, months=24, today=TODAY)
    assert [r.search_title for r in rows] == ["Cancelled CSO", "Cancelled CSO"]
    assert "skipped candidate" in caplog.text and closed_searches["old"] in caplog.text
    assert "Old CRO" not in caplog.text  # ids only, never a name
