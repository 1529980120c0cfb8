"""The checklist counts SQLite makes for a summary agree with the domain's own rules."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain import checklist as rules
from desktop_app.domain.checklist import StepStatus
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.sample_data import add_sample_data
from desktop_app.store import checklist, searches
from desktop_app.store.summary import search_summaries


def test_progress_and_overdue_match_the_domain_rules(db):
    today = dt.date(2026, 11, 28)
    add_sample_data(db, today=today)
    extra = searches.create_search(
        db, SearchDetails(title="Mixed", role=Role.CSO, start_date="2026-06-01")
    )
    steps = checklist.list_steps(db, extra)
    checklist.set_step_status(db, steps[0].id, StepStatus.DONE)
    checklist.set_step_status(db, steps[1].id, StepStatus.SKIPPED)
    for summary in search_summaries(db, today=today):
        plain = [s.step for s in checklist.list_steps(db, summary.search.id)]
        assert summary.progress == rules.progress(plain)
        assert summary.overdue_steps == len(rules.overdue(plain, today))
    (one,) = search_summaries(db, today=today, only=extra)
    assert one.progress.done == 1 and one.overdue_steps > 0


def test_the_last_activity_follows_every_kind_of_work(db):
    from desktop_app.domain.candidate import CandidateDetails
    from desktop_app.domain.note import NoteDetails
    from desktop_app.store import candidates, notes

    search_id = searches.create_search(
        db, SearchDetails(title="Quiet", role=Role.CRO, start_date="2026-01-05")
    )

    def last() -> dt.date:
        return search_summaries(db, only=search_id)[0].last_activity

    assert last() == dt.date(2026, 1, 5)  # nothing done yet: the start date
    step = checklist.list_steps(db, search_id)[0]
    checklist.set_step_status(db, step.id, StepStatus.DONE, on=dt.date(2026, 2, 1))
    assert last() == dt.date(2026, 2, 1)
    person = candidates.add_candidate(
        db, search_id, CandidateDetails(full_name="Ana Lima"),
        at=dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC),
    )  # fmt: skip
    assert last() == dt.date(2026, 3, 1)  # joining the pipeline is a stage move
    note = notes.add_note(
        db, person, NoteDetails("Called her"), at=dt.datetime(2026, 4, 1, 12, tzinfo=dt.UTC)
    )
    assert last() == dt.date(2026, 4, 1)
    notes.delete_note(db, note)
    assert last() == dt.date(2026, 4, 1)  # deleting is work too; it never moves back


def test_the_summary_queries_use_the_domains_step_statuses() -> None:
    # store.summary_rows counts steps with literal statuses so that it imports nothing at
    # start-up; a renamed status must not silently count nothing.
    import inspect

    from desktop_app.domain.checklist import StepStatus
    from desktop_app.store import summary_rows

    source = inspect.getsource(summary_rows.read_summary_rows)
    for status in (StepStatus.DONE, StepStatus.SKIPPED, StepStatus.TODO):
        assert f"status = '{status.value}'" in source or f"status != '{status.value}'" in source
    assert set(StepStatus) == {StepStatus.DONE, StepStatus.SKIPPED, StepStatus.TODO}


def test_the_hire_dates_are_read_from_the_index_of_hires(db):
    # Every start reads them; without the partial index (db_schema/0008) SQLite scans the whole
    # stage history.
    from desktop_app.store.summary_rows import read_summary_rows

    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    read_summary_rows(db, dt.date(2026, 1, 1))
    db.conn.set_trace_callback(None)
    (hires,) = [s for s in statements if "stage_history" in s]
    plan = " ".join(str(row) for row in db.execute(f"EXPLAIN QUERY PLAN {hires}").fetchall())
    assert "SCAN h USING INDEX stage_history_hires" in plan


def test_the_summaries_come_in_the_lists_order(db):
    # The summary rows are sorted in Python (store.summary_rows), the list by SQLite: the two
    # must agree, accents, capitals and archived searches included.
    for title, start in [
        ("Ávila CRO", "2026-03-01"),
        ("avila CSO", "2026-03-01"),
        ("Zeta", "2026-03-01"),
        ("Beta", "2026-05-01"),
        ("Éclair", "2026-05-01"),
        ("alpha", "2025-12-31"),
    ]:
        searches.create_search(db, SearchDetails(title=title, role=Role.CRO, start_date=start))
    archived = searches.create_search(
        db, SearchDetails(title="Archived", role=Role.CSO, start_date="2026-09-01")
    )
    searches.set_archived(db, archived, True)
    listed = [s.id for s in searches.list_searches(db)]
    assert [s.search.id for s in search_summaries(db)] == listed
    assert listed[-1] == archived
