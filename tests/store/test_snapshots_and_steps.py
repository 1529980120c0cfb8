"""Undo's foundation (snapshots of a scope) and custom checklist steps."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.scorecard import Rating
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.sample_data import add_sample_data
from desktop_app.store import candidates, checklist, notes, scores, searches
from desktop_app.store.snapshots import Scope, ScopeKind, capture, restore


def everything(db) -> dict[str, list[dict]]:
    tables = [
        "searches",
        "checklist_steps",
        "candidates",
        "stage_history",
        "notes",
        "scores",
        "diagnostic_answers",
    ]
    # A search's last activity only moves forward: undoing is work on the search as well.
    return {
        t: sorted(
            (
                {k: v for k, v in row.items() if k != "last_activity"}
                for row in db.query(f"SELECT * FROM {t}")
            ),
            key=repr,
        )
        for t in tables
    }


def test_restoring_a_search_snapshot_brings_back_every_row_after_a_delete(db):
    add_sample_data(db, today=dt.date(2026, 11, 28))
    before = everything(db)
    search = searches.list_searches(db)[0]
    snapshot = capture(db, Scope(ScopeKind.SEARCH, search.id))
    searches.delete_search(db, search.id)
    restore(db, snapshot)
    assert everything(db) == before


def test_restoring_an_empty_snapshot_removes_what_was_created(db):
    scope_id = "not-yet-created"
    empty = capture(db, Scope(ScopeKind.SEARCH, scope_id))
    searches.create_search(
        db,
        SearchDetails(title="CRO", role=Role.CRO, start_date="2026-01-01"),
        search_id=scope_id,
    )
    restore(db, empty)
    assert searches.list_searches(db) == []
    assert db["checklist_steps"].count == 0


def test_a_candidate_snapshot_undoes_a_move_a_note_and_a_score_together(db):
    search_id = searches.create_search(
        db, SearchDetails(title="CRO", role=Role.CRO, start_date="2026-01-01")
    )
    candidate_id = candidates.add_candidate(db, search_id, CandidateDetails(full_name="Ana"))
    before = everything(db)
    snapshot = capture(db, Scope(ScopeKind.CANDIDATE, candidate_id))
    candidates.move_candidate(db, candidate_id, "contacted")
    notes.add_note(db, candidate_id, NoteDetails("Called"))
    scores.set_score(db, candidate_id, Rating("S1", "Helena", 4))
    restore(db, snapshot)
    assert everything(db) == before


def steps_of_phase(db, search_id, phase):
    return [s for s in checklist.list_steps(db, search_id) if s.step.phase == phase]


@pytest.fixture
def search_id(db):
    return searches.create_search(
        db, SearchDetails(title="CRO", role=Role.CRO, start_date="2026-01-01")
    )


def test_a_custom_step_goes_to_the_end_of_its_phase(db, search_id):
    step_id = checklist.add_step(
        db, search_id, phase="need", title="Brief the works council", due_date="2026-01-09"
    )
    phase = steps_of_phase(db, search_id, "need")
    assert phase[-1].id == step_id
    assert phase[-1].step.position == len(phase) == 8
    assert phase[-1].step.template_key is None
    assert phase[-1].step.due_date == dt.date(2026, 1, 9)


def test_a_custom_step_needs_a_title_and_a_known_phase(db, search_id):
    with pytest.raises(ValidationError):
        checklist.add_step(db, search_id, phase="need", title="  ")
    with pytest.raises(ValidationError):
        checklist.add_step(db, search_id, phase="party", title="Cake")


def test_removing_a_step_closes_the_gap_in_its_phase(db, search_id):
    phase = steps_of_phase(db, search_id, "need")
    checklist.remove_step(db, phase[2].id)
    after = steps_of_phase(db, search_id, "need")
    assert [s.step.position for s in after] == list(range(1, 7))
    assert phase[2].id not in [s.id for s in after]


@pytest.mark.parametrize(("start", "target"), [(0, 3), (4, 1), (2, 7), (3, 99), (3, -5)])
def test_moving_a_step_reorders_its_phase_only(db, search_id, start, target):
    phase = steps_of_phase(db, search_id, "need")
    moving = phase[start].id
    others = [s.id for s in checklist.list_steps(db, search_id) if s.step.phase != "need"]
    checklist.move_step(db, moving, target)
    after = [s.id for s in steps_of_phase(db, search_id, "need")]
    expected = [s.id for s in phase if s.id != moving]
    expected.insert(max(1, min(target, len(phase))) - 1, moving)
    assert after == expected
    assert [s.step.position for s in steps_of_phase(db, search_id, "need")] == list(range(1, 8))
    assert [s.id for s in checklist.list_steps(db, search_id) if s.step.phase != "need"] == others
