"""Searches, checklists, candidates, notes, scores and diagnostics through the store."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import time

import pytest

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.checklist import StepStatus
from desktop_app.domain.diagnostic import Recommendation
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.pipeline import Exit, Stage
from desktop_app.domain.scorecard import Rating
from desktop_app.domain.search import Role, SearchDetails, SearchStatus
from desktop_app.store import candidates, checklist, diagnostics, notes, scores, searches
from desktop_app.store.errors import NotFound
from desktop_app.store.summary import search_summaries

START = dt.date(2026, 9, 1)
UTC = dt.UTC


def new_search(db, role=Role.CRO, **extra) -> str:
    return searches.create_search(
        db, SearchDetails(title=f"{role} search", role=role, start_date=START, **extra)
    )


def new_candidate(db, search_id, name="Ana Souza", **extra) -> str:
    return candidates.add_candidate(
        db,
        search_id,
        CandidateDetails(full_name=name, **extra),
        at=dt.datetime(2026, 9, 10, 9, tzinfo=UTC),
    )


def test_a_new_search_copies_its_roles_checklist_with_due_dates_from_the_start(db):
    search_id = new_search(db, Role.CSO)
    steps = checklist.list_steps(db, search_id)
    assert len(steps) == 39
    by_key = {s.step.template_key: s.step for s in steps}
    assert by_key["need.diagnostic"].due_date == START
    assert by_key["offer.approve"].due_date == START + dt.timedelta(days=102)
    assert by_key["interviews.forecast_call"].owner == "SC"
    assert "need.prebrief" not in by_key
    assert steps[0].step.phase == "need"
    assert steps[-1].step.phase == "transition"


def test_a_search_reads_back_as_it_was_written_with_uuid_ids(db):
    search_id = new_search(
        db, company="Northwind", business_unit="EMEA", hiring_manager="Helena", code_name="Atlas"
    )
    assert len(search_id) == 36 and search_id.count("-") == 4
    search = searches.get_search(db, search_id)
    assert (search.company, search.business_unit, search.code_name) == (
        "Northwind",
        "EMEA",
        "Atlas",
    )
    assert search.status is SearchStatus.ACTIVE and not search.archived
    assert search.created_at.endswith("Z")


def test_search_status_archive_and_edit_are_saved(db):
    search_id = new_search(db)
    searches.set_status(db, search_id, "on hold")
    searches.set_archived(db, search_id, True)
    details = searches.get_search(db, search_id).details()
    searches.update_search(db, search_id, dataclasses.replace(details, title="CRO, Americas"))
    search = searches.get_search(db, search_id)
    assert search.status is SearchStatus.ON_HOLD
    assert search.archived
    assert search.title == "CRO, Americas"
    assert searches.list_searches(db, include_archived=False) == []


def test_deleting_a_search_deletes_its_checklist_candidates_notes_and_scores(db):
    search_id = new_search(db)
    candidate_id = new_candidate(db, search_id)
    notes.add_note(db, candidate_id, NoteDetails("Met for coffee"))
    scores.set_score(db, candidate_id, Rating("S1", "Helena", 4))
    searches.delete_search(db, search_id)
    for table in ("checklist_steps", "candidates", "notes", "scores", "stage_history"):
        assert db[table].count == 0, table


def test_unknown_ids_raise_not_found(db):
    with pytest.raises(NotFound):
        searches.get_search(db, "nope")
    with pytest.raises(NotFound):
        candidates.add_candidate(db, "nope", CandidateDetails(full_name="Ana"))
    with pytest.raises(NotFound):
        checklist.set_step_status(db, "nope", "done")


def test_a_search_is_found_by_the_first_characters_of_its_id(db):
    search_id = new_search(db)
    assert searches.find_search(db, search_id[:8].upper()).id == search_id
    with pytest.raises(NotFound):
        searches.find_search(db, "abc")  # too short to be meant


def test_ticking_a_step_done_records_the_date_and_reopening_clears_it(db):
    step = checklist.list_steps(db, new_search(db))[0]
    checklist.set_step_status(db, step.id, StepStatus.DONE, on=dt.date(2026, 9, 2))
    assert checklist.get_step(db, step.id).step.completed_date == dt.date(2026, 9, 2)
    checklist.set_step_status(db, step.id, "todo")
    reopened = checklist.get_step(db, step.id).step
    assert reopened.status is StepStatus.TODO and reopened.completed_date is None
    checklist.set_step_status(db, step.id, "skipped")
    assert checklist.get_step(db, step.id).step.status is StepStatus.SKIPPED


def test_a_steps_due_date_owner_and_note_can_be_edited(db):
    step = checklist.list_steps(db, new_search(db))[0]
    checklist.update_step(db, step.id, due_date="2026-10-01", owner="Helena Carvalho", note="ok")
    edited = checklist.get_step(db, step.id).step
    assert (edited.due_date, edited.owner, edited.note) == (
        dt.date(2026, 10, 1),
        "Helena Carvalho",
        "ok",
    )
    with pytest.raises(ValidationError):
        checklist.update_step(db, step.id, due_date="2026-02-30")


def test_the_database_itself_refuses_values_that_bypass_the_domain(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO searches (id, title, role, start_date, created_at, updated_at) "
            "VALUES ('x', 'T', 'CEO', '2026-01-01', 'n', 'n')"
        )
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO searches (id, title, role, start_date, created_at, updated_at) "
            "VALUES ('x', 'T', 'CRO', '2026-02-30', 'n', 'n')"
        )
    search_id = new_search(db)
    candidate_id = new_candidate(db, search_id)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO scores (id, candidate_id, competency, rater, score, updated_at) "
            "VALUES ('s', ?, 'S1', 'Ana', 6, 'n')",
            [candidate_id],
        )
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE checklist_steps SET status = 'done' WHERE search_id = ?", [search_id])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE checklist_steps SET day_offset = -1 WHERE search_id = ?", [search_id])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE stage_history SET stage = 'banana'")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE stage_history SET exit_state = 'nonsense'")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "UPDATE candidates SET exit_state = 'declined', exit_reason = 'x', "
            "exit_stage = 'banana', exit_date = '2026-01-01'"
        )


def test_moving_a_candidate_records_history_and_time_in_stage(db):
    candidate_id = new_candidate(db, new_search(db))
    candidates.move_candidate(
        db, candidate_id, Stage.CONTACTED, at=dt.datetime(2026, 9, 12, tzinfo=UTC)
    )
    candidates.move_candidate(
        db, candidate_id, Stage.INTERESTED, at=dt.datetime(2026, 9, 15, tzinfo=UTC)
    )
    candidate = candidates.get_candidate(db, candidate_id)
    assert candidate.stage is Stage.INTERESTED
    assert candidate.days_in_stage(dt.date(2026, 9, 25)) == 10
    history = candidates.stage_history(db, candidate_id)
    assert [e.stage for e in history] == [Stage.IDENTIFIED, Stage.CONTACTED, Stage.INTERESTED]


def test_a_move_the_pipeline_forbids_is_refused_and_nothing_changes(db):
    candidate_id = new_candidate(db, new_search(db))
    with pytest.raises(ValidationError, match="offer"):
        candidates.move_candidate(db, candidate_id, Stage.OFFER)
    assert candidates.get_candidate(db, candidate_id).stage is Stage.IDENTIFIED
    assert len(candidates.stage_history(db, candidate_id)) == 1


def test_an_exit_records_state_reason_stage_and_date_and_can_be_reopened(db):
    candidate_id = new_candidate(db, new_search(db))
    candidates.move_candidate(db, candidate_id, "interested")
    candidates.exit_candidate(
        db, candidate_id, "On hold", "Bonus vests in March", at=dt.datetime(2026, 10, 1, tzinfo=UTC)
    )
    gone = candidates.get_candidate(db, candidate_id)
    assert gone.exit_state is Exit.ON_HOLD
    assert (gone.exit_stage, gone.exit_date, gone.exit_reason) == (
        Stage.INTERESTED,
        dt.date(2026, 10, 1),
        "Bonus vests in March",
    )
    assert not gone.is_active
    with pytest.raises(ValidationError):
        candidates.move_candidate(db, candidate_id, "screened")
    candidates.reopen_candidate(db, candidate_id)
    back = candidates.get_candidate(db, candidate_id)
    assert back.exit_state is None and back.stage is Stage.INTERESTED and back.is_active


def test_an_exit_without_a_reason_is_refused(db):
    candidate_id = new_candidate(db, new_search(db))
    with pytest.raises(ValidationError, match="why"):
        candidates.exit_candidate(db, candidate_id, Exit.DECLINED, "   ")


def test_candidate_details_are_validated_and_kept_exactly(db):
    search_id = new_search(db)
    name = "José Ñúñez-O'Brien مريم 👩🏽‍💼 e\u0301"
    candidate_id = new_candidate(
        db, search_id, name=name, email="jose@example.com", linkedin_url="https://x.example/j"
    )
    assert candidates.get_candidate(db, candidate_id).full_name == name
    with pytest.raises(ValidationError):
        new_candidate(db, search_id, name="Ana", email="not-an-email")
    with pytest.raises(ValidationError):
        new_candidate(db, search_id, name="x" * 201)


def test_editing_contact_details_never_changes_the_stage(db):
    candidate_id = new_candidate(db, new_search(db))
    candidates.move_candidate(db, candidate_id, "contacted")
    candidates.update_candidate(
        db, candidate_id, CandidateDetails(full_name="Ana Souza", current_title="CRO")
    )
    candidate = candidates.get_candidate(db, candidate_id)
    assert candidate.details.current_title == "CRO" and candidate.stage is Stage.CONTACTED


def test_notes_list_newest_first_and_confidential_ones_can_be_left_out(db):
    candidate_id = new_candidate(db, new_search(db))
    first = notes.add_note(
        db, candidate_id, NoteDetails("First call", "Ana"), at=dt.datetime(2026, 9, 1, tzinfo=UTC)
    )
    notes.add_note(
        db,
        candidate_id,
        NoteDetails("Wants 400k", "Ana", "call", confidential=True),
        at=dt.datetime(2026, 9, 5, tzinfo=UTC),
    )
    assert [n.details.body for n in notes.list_notes(db, candidate_id)] == [
        "Wants 400k",
        "First call",
    ]
    public = notes.list_notes(db, candidate_id, include_confidential=False)
    assert [n.id for n in public] == [first]


def test_a_note_can_be_edited_deleted_and_is_limited_to_100000_characters(db):
    candidate_id = new_candidate(db, new_search(db))
    note_id = notes.add_note(db, candidate_id, NoteDetails("x" * 100_000))
    notes.update_note(db, note_id, NoteDetails("Line one\n\tLine two", confidential=True))
    (note,) = notes.list_notes(db, candidate_id)
    assert note.details.body == "Line one\n\tLine two" and note.details.confidential
    with pytest.raises(ValidationError):
        notes.add_note(db, candidate_id, NoteDetails("x" * 100_001))
    notes.delete_note(db, note_id)
    assert notes.list_notes(db, candidate_id) == []


def test_a_raters_second_score_replaces_the_first_and_raters_combine_by_median(db):
    candidate_id = new_candidate(db, new_search(db))
    scores.set_score(db, candidate_id, Rating("S1", "Ana", 2))
    scores.set_score(db, candidate_id, Rating("S1", "Ana", 4, "Built a 3-year plan"))
    scores.set_score(db, candidate_id, Rating("S1", "Bruno", 5))
    scores.set_score(db, candidate_id, Rating("S1", "Carla", 2))
    stored = scores.ratings(db, candidate_id)
    assert [(r.rater, r.score) for r in stored] == [("Ana", 4), ("Bruno", 5), ("Carla", 2)]
    card = scores.candidate_score_card(db, candidate_id, Role.CRO)
    assert card.competencies["S1"].median == 4
    assert card.competencies["S1"].disputed
    scores.remove_score(db, candidate_id, "S1", "Carla")
    assert len(scores.ratings(db, candidate_id)) == 2


def test_diagnostic_answers_are_stored_with_the_search(db):
    search_id = new_search(db)
    assert diagnostics.diagnosis(db, search_id) is None
    diagnostics.save_answers(db, search_id, {"P1": 2, "P2": 2})
    diagnostics.save_answers(db, search_id, {"C1": 1})
    assert diagnostics.answers(db, search_id) == {"P1": 2, "P2": 2, "C1": 1}
    assert diagnostics.diagnosis(db, search_id).recommendation is Recommendation.CRO
    with pytest.raises(ValidationError):
        diagnostics.save_answers(db, search_id, {"F2": 2})


def test_a_summary_counts_progress_overdue_steps_and_candidates_per_stage(db):
    search_id = new_search(db)
    steps = checklist.list_steps(db, search_id)
    checklist.set_step_status(db, steps[0].id, "done", on=START)
    checklist.set_step_status(db, steps[1].id, "skipped")
    a = new_candidate(db, search_id, "Ana")
    new_candidate(db, search_id, "Bruno")
    c = new_candidate(db, search_id, "Carla")
    candidates.move_candidate(db, a, "contacted")
    candidates.exit_candidate(db, c, "declined", "Not moving")
    # Day 5: steps due on days 2, 3 and 4 are overdue (step 1 done, step 2 skipped).
    (summary,) = search_summaries(db, today=START + dt.timedelta(days=5))
    assert (summary.progress.done, summary.progress.total, summary.progress.percent) == (1, 38, 3)
    assert summary.overdue_steps == 2
    assert summary.candidates_by_stage[Stage.CONTACTED] == 1
    assert summary.candidates_by_stage[Stage.IDENTIFIED] == 1
    assert summary.exits[Exit.DECLINED] == 1
    assert summary.in_pipeline == 2 and summary.candidates_total == 3
    assert summary.days_open == 5


def test_an_exit_is_dated_on_the_persons_local_day_not_the_utc_day(db, monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        candidate_id = new_candidate(db, new_search(db))
        # 00:30 UTC on 2 October is 20:30 on 1 October in New York.
        evening_in_new_york = dt.datetime(2026, 10, 2, 0, 30, tzinfo=dt.UTC)
        candidates.exit_candidate(db, candidate_id, "declined", "No", at=evening_in_new_york)
        assert candidates.get_candidate(db, candidate_id).exit_date == dt.date(2026, 10, 1)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_summary_knows_the_day_of_the_last_activity(db):
    search_id = new_search(db)
    (summary,) = search_summaries(db, today=START + dt.timedelta(days=30))
    assert summary.last_activity == START  # nothing happened yet
    candidate_id = new_candidate(db, search_id)  # added on 10 September
    steps = checklist.list_steps(db, search_id)
    checklist.set_step_status(db, steps[0].id, "done", on=dt.date(2026, 9, 20))
    (summary,) = search_summaries(db, today=START + dt.timedelta(days=30))
    assert summary.last_activity == dt.date(2026, 9, 20)
    notes.add_note(
        db, candidate_id, NoteDetails("Call"), at=dt.datetime(2026, 9, 25, 12, tzinfo=UTC)
    )
    (summary,) = search_summaries(db, today=START + dt.timedelta(days=30))
    assert summary.last_activity == dt.date(2026, 9, 25)


def test_one_searchs_summary_equals_its_entry_in_the_full_list(db):
    from desktop_app.sample_data import add_sample_data

    add_sample_data(db, today=dt.date(2026, 11, 28))
    today = dt.date(2026, 11, 28)
    everyone = search_summaries(db, today=today)
    for summary in everyone:
        assert search_summaries(db, today=today, only=summary.search.id) == [summary]
