"""A stateful property test of the store: random sequences of edits, as a person or an import
might make them, run against the database and against a plain in-memory model of what it
should hold. After every step the two must agree, and the file must be consistent: foreign
keys, SQLite's integrity check and the find indexes' own check.

Text is drawn from every kind of Unicode a name or note may hold (accents, right-to-left
scripts, emoji with zero-width joiners, combining marks, format characters) and must come back
exactly; control characters must be refused with a message naming the field, changing nothing.

Deterministic (derandomize, no example database), bounded to stay within a few seconds.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.checklist import PHASE_KEYS, StepStatus
from desktop_app.domain.competencies import COMPETENCY_KEYS
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.note import NoteDetails, NoteKind
from desktop_app.domain.pipeline import EXITS, STAGES, Exit, Stage, check_exit, check_move
from desktop_app.domain.scorecard import Rating
from desktop_app.domain.search import Role, SearchDetails, SearchStatus
from desktop_app.store import candidates, checklist, notes, privacy, scores, searches
from desktop_app.store.database import open_database
from desktop_app.store.snapshots import Scope, ScopeKind, capture, restore

# Every character a person may type: no control characters (Cc) and no halves of characters
# (Cs). Format characters (zero-width joiner, direction marks) and combining marks stay in.
_TYPED = st.characters(exclude_categories=("Cc", "Cs"))
# What the strategies lean towards, so short runs meet them often.
_SAMPLES = st.sampled_from(
    ["Zoë", "Ñúñez", "محمد", "שלום\u200f", "👩🏽\u200d💻", "👨\u200d👩\u200d👧", "e\u0301",
     "丁一", "Đặng", "Straße", "ǅ", "\u2060", "O\u2019Brien"]
)  # fmt: skip


def _line(min_size: int = 0, max_size: int = 24) -> st.SearchStrategy[str]:
    """One line as the domain keeps it: trimmed at both ends, nothing else changed."""
    piece = st.one_of(st.text(_TYPED, max_size=6), _SAMPLES)
    text = st.lists(piece, max_size=4).map(lambda parts: " ".join(parts).strip()[:max_size].strip())
    return text.filter(lambda t: len(t) >= min_size)


def _long_text() -> st.SearchStrategy[str]:
    piece = st.one_of(_line(0, 30), st.sampled_from(["\n", "\t", "\n\n"]))
    return st.lists(piece, min_size=1, max_size=5).map(lambda p: " ".join(p).strip())


_NAMES = st.one_of(_line(1, 30), st.just("N" * 200))  # 200 is the longest name allowed
_EMAILS = st.one_of(
    st.just(""),
    st.sampled_from(["zoë@exämple.org", "jo@x.io", "محمد@مثال.مصر"]),
    st.builds(
        lambda a, b: f"{a}@{b}.com",
        st.text(st.characters(categories=("L", "N")), min_size=1, max_size=8),
        st.text(st.characters(categories=("L", "N")), min_size=1, max_size=8),
    ),
)
_DETAILS = st.builds(
    CandidateDetails,
    full_name=_NAMES,
    current_title=_line(),
    current_company=_line(),
    location=_line(),
    email=_EMAILS,
    phone=st.sampled_from(["", "+44 7700 900123", "(555) 010-9999"]),
    linkedin_url=st.sampled_from(["", "https://www.linkedin.com/in/zoë", "http://linkedin.com/x"]),
    source=_line(),
    pay_expectation=_line(),
)
_NOTES = st.builds(
    NoteDetails,
    body=_long_text().filter(bool),
    author=_line(),
    kind=st.sampled_from(list(NoteKind)),
    confidential=st.booleans(),
)
_CONTROL = st.sampled_from(["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x0b"])


class StoreMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="revsearch-props-"))
        self.db = open_database(self.folder / "props.sqlite3")
        # Durability is tested elsewhere; here each commit need not reach the disk.
        self.db.execute("PRAGMA synchronous = OFF")
        self.searches: dict[str, dict] = {}  # id -> title, status
        self.people: dict[str, dict] = {}  # id -> search_id, row, stage, exit, moves
        self.notes: dict[str, dict] = {}  # id -> candidate_id, body, author, kind, confidential
        self.scores: dict[tuple[str, str, str], tuple[int, str]] = {}  # (cid, key, rater)
        self.steps: dict[str, dict[str, list[str]]] = {}  # search -> phase -> step ids in order
        self.step_status: dict[str, StepStatus] = {}

    def teardown(self) -> None:
        self.db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- searches -----------------------------------------------------------------------------

    @rule(title=_line(1, 40), role=st.sampled_from(list(Role)))
    def create_search(self, title: str, role: Role) -> None:
        details = SearchDetails(title=title, role=role, start_date=dt.date(2026, 1, 5))
        search_id = searches.create_search(self.db, details)
        self.searches[search_id] = {"title": title, "status": SearchStatus.ACTIVE}
        phases: dict[str, list[str]] = {}
        for stored in checklist.list_steps(self.db, search_id):  # the template's own steps
            phases.setdefault(stored.step.phase, []).append(stored.id)
            self.step_status[stored.id] = stored.step.status
        self.steps[search_id] = phases

    @precondition(lambda self: self.searches)
    @rule(data=st.data(), status=st.sampled_from(list(SearchStatus)))
    def set_status(self, data, status: SearchStatus) -> None:
        search_id = data.draw(st.sampled_from(list(self.searches)))
        searches.set_status(self.db, search_id, status)
        self.searches[search_id]["status"] = status

    @precondition(lambda self: self.searches)
    @rule(data=st.data())
    def delete_search(self, data) -> None:
        search_id = data.draw(st.sampled_from(list(self.searches)))
        searches.delete_search(self.db, search_id)
        del self.searches[search_id]
        for step_id in (s for ids in self.steps.pop(search_id).values() for s in ids):
            del self.step_status[step_id]
        for cid in [c for c, p in self.people.items() if p["search_id"] == search_id]:
            self._forget(cid)

    # --- candidates ---------------------------------------------------------------------------

    @precondition(lambda self: self.searches)
    @rule(data=st.data(), details=_DETAILS)
    def add_candidate(self, data, details: CandidateDetails) -> None:
        search_id = data.draw(st.sampled_from(list(self.searches)))
        cid = candidates.add_candidate(self.db, search_id, details)
        self.people[cid] = {
            "search_id": search_id,
            "row": _row(details),
            "stage": details.stage,
            "exit": None,
            "moves": 1,
        }

    @precondition(lambda self: self.people)
    @rule(data=st.data(), details=_DETAILS)
    def update_candidate(self, data, details: CandidateDetails) -> None:
        cid = self._person(data)
        candidates.update_candidate(self.db, cid, details)
        self.people[cid]["row"] = _row(details)  # the stage moves only through move/exit

    @precondition(lambda self: self.people)
    @rule(data=st.data(), stage=st.sampled_from(STAGES), reason=_long_text())
    def move_candidate(self, data, stage: Stage, reason: str) -> None:
        cid = self._person(data)
        person = self.people[cid]
        if _refused(lambda: check_move(person["stage"], stage, person["exit"])):
            with pytest.raises(ValidationError):
                candidates.move_candidate(self.db, cid, stage, reason=reason)
            return
        candidates.move_candidate(self.db, cid, stage, reason=reason)
        person["stage"], person["moves"] = stage, person["moves"] + 1

    @precondition(lambda self: self.people)
    @rule(data=st.data(), state=st.sampled_from(EXITS), reason=_long_text())
    def exit_candidate(self, data, state: Exit, reason: str) -> None:
        cid = self._person(data)
        person = self.people[cid]
        if _refused(lambda: check_exit(person["stage"], state, reason, person["exit"])):
            with pytest.raises(ValidationError):
                candidates.exit_candidate(self.db, cid, state, reason)
            return
        candidates.exit_candidate(self.db, cid, state, reason)
        person["exit"], person["moves"] = state, person["moves"] + 1

    @precondition(lambda self: any(p["exit"] for p in self.people.values()))
    @rule(data=st.data())
    def reopen_candidate(self, data) -> None:
        cid = data.draw(st.sampled_from([c for c, p in self.people.items() if p["exit"]]))
        candidates.reopen_candidate(self.db, cid)
        self.people[cid]["exit"] = None
        self.people[cid]["moves"] += 1

    @precondition(lambda self: self.people)
    @rule(data=st.data())
    def delete_candidate(self, data) -> None:
        cid = self._person(data)
        candidates.delete_candidate(self.db, cid)
        self._forget(cid)

    @precondition(lambda self: self.people)
    @rule(data=st.data())
    def erase_candidate(self, data) -> None:
        cid = self._person(data)
        assert privacy.erase_candidates(self.db, [cid]).records == 1
        self._forget(cid)

    @precondition(lambda self: self.people)
    @rule(data=st.data())
    def undo_a_deletion(self, data) -> None:
        """What Edit > Undo does after deleting a candidate: every row comes back as it was."""
        cid = self._person(data)
        before = capture(self.db, Scope(ScopeKind.CANDIDATE, cid))
        candidates.delete_candidate(self.db, cid)
        restore(self.db, before)

    @precondition(lambda self: self.people)
    @rule(data=st.data(), bad=_CONTROL, field=st.sampled_from(["full_name", "email", "location"]))
    def control_characters_are_refused(self, data, bad: str, field: str) -> None:
        cid = self._person(data)
        values = dict(self.people[cid]["row"])
        # Inside the text: at either end, a few of them (NEL, VT) count as space and are trimmed.
        values[field] = (values[field][:50] or "x@y.org") + bad + "z"
        with pytest.raises(ValidationError) as error:
            candidates.update_candidate(self.db, cid, CandidateDetails(**values))
        assert error.value.field == field and "control characters" in error.value.message

    # --- notes and scores ---------------------------------------------------------------------

    @precondition(lambda self: self.people)
    @rule(data=st.data(), details=_NOTES)
    def add_note(self, data, details: NoteDetails) -> None:
        cid = self._person(data)
        note_id = notes.add_note(self.db, cid, details)
        self.notes[note_id] = {"candidate_id": cid, **_note(details)}

    @precondition(lambda self: self.notes)
    @rule(data=st.data(), details=_NOTES)
    def edit_note(self, data, details: NoteDetails) -> None:
        note_id = data.draw(st.sampled_from(list(self.notes)))
        notes.update_note(self.db, note_id, details)
        self.notes[note_id].update(_note(details))

    @precondition(lambda self: self.notes)
    @rule(data=st.data())
    def delete_note(self, data) -> None:
        note_id = data.draw(st.sampled_from(list(self.notes)))
        notes.delete_note(self.db, note_id)
        del self.notes[note_id]

    @precondition(lambda self: self.people)
    @rule(
        data=st.data(),
        key=st.sampled_from(COMPETENCY_KEYS),
        rater=st.sampled_from(["Helena", "Marc", "Zoë 👩🏽‍💻"]),
        score=st.integers(1, 5),
        evidence=_long_text(),
    )
    def set_score(self, data, key: str, rater: str, score: int, evidence: str) -> None:
        cid = self._person(data)
        scores.set_score(self.db, cid, Rating(key, rater, score, evidence))
        self.scores[(cid, key, rater)] = (score, evidence)

    @precondition(lambda self: self.scores)
    @rule(data=st.data())
    def remove_score(self, data) -> None:
        cid, key, rater = data.draw(st.sampled_from(list(self.scores)))
        scores.remove_score(self.db, cid, key, rater)
        del self.scores[(cid, key, rater)]

    @rule(score=st.sampled_from([0, 6, -1, 10]))
    def a_score_out_of_range_is_refused(self, score: int) -> None:
        with pytest.raises(ValidationError):
            Rating("S1", "Helena", score)

    # --- checklist ----------------------------------------------------------------------------

    @precondition(lambda self: self.step_status)
    @rule(data=st.data(), status=st.sampled_from(list(StepStatus)))
    def tick_step(self, data, status: StepStatus) -> None:
        step_id = data.draw(st.sampled_from(list(self.step_status)))
        checklist.set_step_status(self.db, step_id, status, on=dt.date(2026, 2, 1))
        self.step_status[step_id] = status

    @precondition(lambda self: self.searches)
    @rule(data=st.data(), phase=st.sampled_from(PHASE_KEYS), title=_line(1, 40))
    def add_step(self, data, phase: str, title: str) -> None:
        search_id = data.draw(st.sampled_from(list(self.searches)))
        step_id = checklist.add_step(self.db, search_id, phase=phase, title=title)
        self.steps[search_id].setdefault(phase, []).append(step_id)
        self.step_status[step_id] = StepStatus.TODO

    @precondition(lambda self: self.searches)
    @rule(data=st.data(), title=_line(0, 10), bad=_CONTROL)
    def a_step_title_with_control_characters_is_refused(self, data, title, bad) -> None:
        search_id = data.draw(st.sampled_from(list(self.searches)))
        with pytest.raises(ValidationError) as error:
            checklist.add_step(self.db, search_id, phase="need", title=f"Step {title}{bad}x")
        assert "Title" in error.value.message

    @precondition(lambda self: self.step_status)
    @rule(data=st.data())
    def remove_step(self, data) -> None:
        step_id = data.draw(st.sampled_from(list(self.step_status)))
        checklist.remove_step(self.db, step_id)
        del self.step_status[step_id]
        for phases in self.steps.values():
            for ids in phases.values():
                if step_id in ids:
                    ids.remove(step_id)

    @precondition(lambda self: self.step_status)
    @rule(data=st.data(), position=st.integers(-2, 12))
    def move_step(self, data, position: int) -> None:
        step_id = data.draw(st.sampled_from(list(self.step_status)))
        checklist.move_step(self.db, step_id, position)
        for phases in self.steps.values():
            for ids in phases.values():
                if step_id in ids:
                    ids.remove(step_id)
                    ids.insert(max(1, min(position, len(ids) + 1)) - 1, step_id)

    # --- what must always hold ----------------------------------------------------------------

    @invariant()
    def the_database_agrees_with_the_model(self) -> None:
        stored = {s.id: (s.title, s.status) for s in searches.list_searches(self.db)}
        assert stored == {i: (s["title"], s["status"]) for i, s in self.searches.items()}
        for search_id in self.searches:
            people = {c.id: c for c in candidates.list_candidates(self.db, search_id)}
            mine = {c for c, p in self.people.items() if p["search_id"] == search_id}
            assert set(people) == mine
            for cid, candidate in people.items():
                expected = self.people[cid]
                assert _row(candidate.details) == expected["row"]
                assert (candidate.stage, candidate.exit_state) == (
                    expected["stage"],
                    expected["exit"],
                )
                assert len(candidates.stage_history(self.db, cid)) == expected["moves"]
            phases: dict[str, list[tuple[str, int, StepStatus]]] = {}
            for stored_step in checklist.list_steps(self.db, search_id):
                step = stored_step.step
                phases.setdefault(step.phase, []).append(
                    (stored_step.id, step.position, step.status)
                )
            expected_phases = {
                phase: [(sid, n, self.step_status[sid]) for n, sid in enumerate(ids, start=1)]
                for phase, ids in self.steps[search_id].items()
                if ids
            }
            assert phases == expected_phases
        for cid in self.people:
            got = {n.id: _note(n.details) for n in notes.list_notes(self.db, cid)}
            want = {
                i: {k: v for k, v in n.items() if k != "candidate_id"}
                for i, n in self.notes.items()
                if n["candidate_id"] == cid
            }
            assert got == want
            ratings = {
                (r.competency, r.rater): (r.score, r.evidence) for r in scores.ratings(self.db, cid)
            }
            assert ratings == {(k, r): v for (c, k, r), v in self.scores.items() if c == cid}

    @invariant()
    def the_file_is_consistent(self) -> None:
        assert list(self.db.execute("PRAGMA foreign_key_check")) == []
        assert self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for index in ("candidates_find", "notes_find"):
            # Raises if the index and the rows it indexes disagree.
            self.db.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")

    # --- helpers ------------------------------------------------------------------------------

    def _person(self, data) -> str:
        # In the order the model learnt of them, never sorted by id: ids are random, and
        # Hypothesis must be able to replay a run draw for draw to shrink it.
        return data.draw(st.sampled_from(list(self.people)))

    def _forget(self, cid: str) -> None:
        del self.people[cid]
        for note_id in [n for n, note in self.notes.items() if note["candidate_id"] == cid]:
            del self.notes[note_id]
        for key in [k for k in self.scores if k[0] == cid]:
            del self.scores[key]


def _row(details: CandidateDetails) -> dict[str, str]:
    row = details.as_row()
    del row["stage"]
    return row


def _note(details: NoteDetails) -> dict:
    return {
        "body": details.body,
        "author": details.author,
        "kind": details.kind,
        "confidential": details.confidential,
    }


def _refused(check) -> bool:
    try:
        check()
    except ValidationError:
        return True
    return False


StoreMachine.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=30,
    deadline=None,
    derandomize=True,  # the same sequences on every run and in CI
    database=None,  # and no example database left in the checkout
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestStoreAgreesWithModel = StoreMachine.TestCase
