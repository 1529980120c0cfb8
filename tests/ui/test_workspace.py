"""Every kind of edit is saved at once and can be undone and redone exactly."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.checklist import StepStatus
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.pipeline import Exit, Stage
from desktop_app.domain.scorecard import Rating
from desktop_app.domain.search import Role, SearchDetails, SearchStatus
from desktop_app.ui.workspace import Workspace

TABLES = [
    "searches",
    "checklist_steps",
    "candidates",
    "stage_history",
    "notes",
    "scores",
    "diagnostic_answers",
]


# A search's count of the candidate numbers it has given out only grows: undoing "add
# candidate" does not hand that number out again (a report may have shown its code). Its last
# activity only moves forward too: undoing is work on the search as well.
GROWS_ONLY = {"searches": {"last_candidate_number", "last_activity"}}


def state(db) -> dict:
    return {
        t: sorted(
            (
                {k: v for k, v in row.items() if k not in GROWS_ONLY.get(t, set())}
                for row in db.query(f"SELECT * FROM {t}")
            ),
            key=repr,
        )
        for t in TABLES
    }


@pytest.fixture
def ws(qapp, db, db_path):
    workspace = Workspace(db, db_path)
    yield workspace
    workspace.close()


@pytest.fixture
def search_id(ws) -> str:
    return ws.create_search(SearchDetails(title="CRO", role=Role.CRO, start_date="2026-01-05"))


@pytest.fixture
def candidate_id(ws, search_id) -> str:
    return ws.add_candidate(search_id, CandidateDetails(full_name="Ana Souza"))


def first_step(ws, search_id) -> str:
    return ws.steps(search_id)[0].id


EDITS = {
    "edit search": lambda ws, s, c: ws.update_search(
        s, SearchDetails(title="CRO, EMEA", role=Role.CRO, start_date="2026-01-05")
    ),
    "status": lambda ws, s, c: ws.set_search_status(s, SearchStatus.ON_HOLD),
    "archive": lambda ws, s, c: ws.set_archived(s, True),
    "delete search": lambda ws, s, c: ws.delete_search(s),
    "tick step": lambda ws, s, c: ws.set_step_status(first_step(ws, s), StepStatus.DONE),
    "edit step": lambda ws, s, c: ws.update_step(first_step(ws, s), owner="Helena", note="ok"),
    "add step": lambda ws, s, c: ws.add_step(s, phase="offer", title="Sign-on bonus"),
    "remove step": lambda ws, s, c: ws.remove_step(first_step(ws, s)),
    "move step": lambda ws, s, c: ws.move_step(first_step(ws, s), 4),
    "add candidate": lambda ws, s, c: ws.add_candidate(s, CandidateDetails(full_name="Bruno")),
    "edit candidate": lambda ws, s, c: ws.update_candidate(
        c, CandidateDetails(full_name="Ana Souza", current_title="CRO")
    ),
    "move candidate": lambda ws, s, c: ws.move_candidate(c, Stage.CONTACTED),
    "exit": lambda ws, s, c: ws.exit_candidate(c, Exit.DECLINED, "Not moving"),
    "delete candidate": lambda ws, s, c: ws.delete_candidate(c),
    "add note": lambda ws, s, c: ws.add_note(c, NoteDetails("Called her", "Helena")),
    "score": lambda ws, s, c: ws.set_score(c, Rating("S1", "Helena", 4, "Plan")),
    "diagnostic": lambda ws, s, c: ws.save_diagnostic_answers(s, {"P1": 2, "C1": 1}),
}


@pytest.mark.parametrize("edit", EDITS)
def test_each_edit_is_saved_then_undone_and_redone_exactly(ws, search_id, candidate_id, edit):
    before = state(ws.db)
    EDITS[edit](ws, search_id, candidate_id)
    after = state(ws.db)
    assert after != before
    ws.undo_stack.undo()
    assert state(ws.db) == before
    ws.undo_stack.redo()
    assert state(ws.db) == after


def test_note_edit_and_delete_and_score_removal_undo(ws, candidate_id):
    note_id = ws.add_note(candidate_id, NoteDetails("First"))
    ws.set_score(candidate_id, Rating("E1", "Ana", 2))
    before = state(ws.db)
    ws.update_note(note_id, NoteDetails("Second", confidential=True))
    ws.delete_note(note_id)
    ws.remove_score(candidate_id, "E1", "Ana")
    for _ in range(3):
        ws.undo_stack.undo()
    assert state(ws.db) == before


def test_a_refused_edit_changes_nothing_and_cannot_be_undone(ws, candidate_id):
    count = ws.undo_stack.count()
    with pytest.raises(ValidationError):
        ws.move_candidate(candidate_id, Stage.HIRED)
    assert ws.undo_stack.count() == count
    assert ws.candidate(candidate_id).stage is Stage.IDENTIFIED


def test_edits_announce_the_search_they_changed_and_the_save_time(
    ws, search_id, candidate_id, qtbot
):
    with qtbot.waitSignal(ws.changed) as changed, qtbot.waitSignal(ws.saved) as saved:
        ws.add_note(candidate_id, NoteDetails("Hello"))
    assert changed.args == [search_id]
    assert isinstance(saved.args[0], dt.datetime)
    with qtbot.waitSignal(ws.changed) as changed:
        ws.undo_stack.undo()
    assert changed.args == [search_id]


def test_undo_of_creating_a_search_removes_it_and_its_checklist(ws, search_id):
    ws.undo_stack.undo()  # the candidate fixture is not used here: only the search exists
    assert ws.summaries() == []
    assert ws.db["checklist_steps"].count == 0
    ws.undo_stack.redo()
    assert len(ws.steps(search_id)) == 39


def test_kept_summaries_match_a_fresh_read_after_every_kind_of_edit(ws, db, search_id):
    from desktop_app.domain.candidate import CandidateDetails
    from desktop_app.domain.checklist import StepStatus
    from desktop_app.store.summary import search_summaries

    def agree() -> None:
        assert ws.summaries() == search_summaries(db)

    agree()
    other = ws.create_search(SearchDetails(title="CSO", role=Role.CSO, start_date="2026-02-01"))
    agree()
    ws.add_candidate(search_id, CandidateDetails(full_name="Ana Lima"))
    agree()
    ws.set_step_status(ws.steps(search_id)[0].id, StepStatus.DONE)
    agree()
    ws.set_archived(other, True)
    agree()
    ws.delete_search(other)
    agree()
    ws.undo_stack.undo()  # the deleted search comes back
    agree()
    ws.undo_stack.undo()
    ws.undo_stack.undo()
    agree()


def test_the_kept_list_of_searches_follows_edits_in_order_and_in_content(db, db_path, qapp):
    from desktop_app.store.summary import search_summaries

    ws = Workspace(db, db_path)
    ids = [
        ws.create_search(SearchDetails(title=title, role=Role.CRO, start_date="2026-09-01"))
        for title in ("Alpha", "Bravo", "Charlie")
    ]

    def fresh_order() -> list[str]:
        plain = search_summaries(db)
        return [s.search.id for s in sorted(plain, key=lambda s: (s.search.archived,
                -s.search.start_date.toordinal(), s.search.title))]  # fmt: skip

    assert [s.search.id for s in ws.summaries()] == fresh_order()
    # An edit inside a search keeps its place, and its summary is the new one.
    ws.set_step_status(ws.steps(ids[1])[0].id, StepStatus.DONE)
    (bravo,) = [s for s in ws.summaries() if s.search.id == ids[1]]
    assert bravo.progress.done == 1 and ws.summary(ids[1]) == bravo
    # A rename moves it: the kept order is worked out again.
    details = ws.search(ids[0])
    ws.update_search(ids[0], SearchDetails(title="Zulu", role=details.role,
                                           start_date=details.start_date))  # fmt: skip
    assert [s.search.id for s in ws.summaries()] == fresh_order()
    assert [s.search.title for s in ws.summaries()] == ["Bravo", "Charlie", "Zulu"]
