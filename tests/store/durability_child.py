"""A child process for the durability tests: opens a database through the store and makes edits
through its public functions, printing one line per edit once it is committed.

    python durability_child.py DB_PATH LABEL SEED [COUNT]

Lines: "ready", then "search ID", "candidate ID", "note ID BODY", "score CANDIDATE COMPETENCY
RATER SCORE" or "step ID". Without COUNT it edits until it is killed; with COUNT it waits for a
line on its input (so two children start editing together), stops after that many edits and
prints "done". Every edit it reports is meant to be in the file afterwards,
so no edit undoes or overwrites an earlier one: scores get a rater of their own, a ticked step
is never reopened.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.checklist import StepStatus
from desktop_app.domain.competencies import COMPETENCY_KEYS
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.scorecard import Rating
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.store import candidates, checklist, notes, scores, searches
from desktop_app.store.database import open_database
from desktop_app.store.errors import NotFound


def main(path: Path, label: str, seed: int, count: int | None) -> None:
    rng = random.Random(seed)
    db = open_database(path)
    search_ids = [s.id for s in searches.list_searches(db)]
    candidate_ids = [c.id for sid in search_ids for c in candidates.list_candidates(db, sid)]
    open_steps = [
        step.id
        for sid in search_ids
        for step in checklist.list_steps(db, sid)
        if step.step.status is StepStatus.TODO
    ]
    say("ready")
    if count is not None:
        sys.stdin.readline()
    edit = 0
    while count is None or edit < count:
        edit += 1
        tag = f"{label}-{edit}"
        roll = rng.random()
        if not search_ids or roll < 0.04:
            role = rng.choice([Role.CRO, Role.CSO])
            details = SearchDetails(title=f"Search {tag}", role=role, start_date="2026-01-05")
            search_id = searches.create_search(db, details)
            search_ids.append(search_id)
            open_steps.extend(step.id for step in checklist.list_steps(db, search_id))
            say("search", search_id)
        elif not candidate_ids or roll < 0.25:
            details = CandidateDetails(full_name=f"Person {tag}", current_company="Acme")
            candidate_ids.append(candidates.add_candidate(db, rng.choice(search_ids), details))
            say("candidate", candidate_ids[-1])
        elif roll < 0.55:
            body = f"Note-{tag}"
            note_id = notes.add_note(db, rng.choice(candidate_ids), NoteDetails(body, "Tester"))
            say("note", note_id, body)
        elif roll < 0.8 or not open_steps:
            candidate_id = rng.choice(candidate_ids)
            rating = Rating(rng.choice(COMPETENCY_KEYS), f"rater-{tag}", rng.randint(1, 5))
            scores.set_score(db, candidate_id, rating)
            say("score", candidate_id, rating.competency, rating.rater, str(rating.score))
        else:
            step_id = open_steps.pop(rng.randrange(len(open_steps)))
            checklist.set_step_status(db, step_id, StepStatus.DONE)
            say("step", step_id)
    db.close()
    say("done")


def say(*parts: str) -> None:
    # Printed only after the store call returned, that is after its commit; flushed at once, so
    # a line the parent reads is an edit the child saw committed.
    print(*parts, flush=True)


if __name__ == "__main__":
    main(
        Path(sys.argv[1]),
        sys.argv[2],
        int(sys.argv[3]),
        int(sys.argv[4]) if len(sys.argv) > 4 else None,
    )


def missing_edits(db, lines: list[str]) -> list[str]:
    """The reported edits (lines as printed) that the database does not hold."""
    missing = []
    for line in lines:
        kind, *args = line.split(" ")
        if kind in ("ready", "done"):
            continue
        if not _is_there(db, kind, args):
            missing.append(line)
    return missing


def _is_there(db, kind: str, args: list[str]) -> bool:
    if kind == "search":
        return db["searches"].count_where("id = ?", [args[0]]) == 1
    if kind == "candidate":
        return db["candidates"].count_where("id = ?", [args[0]]) == 1
    if kind == "note":
        return db["notes"].count_where("id = ? AND body = ?", args) == 1
    if kind == "score":
        candidate_id, competency, rater, score = args
        return any(
            r.competency == competency and r.rater == rater and r.score == int(score)
            for r in scores.ratings(db, candidate_id)
        )
    if kind == "step":
        try:
            return checklist.get_step(db, args[0]).step.status is StepStatus.DONE
        except NotFound:
            return False
    raise AssertionError(f"unknown edit {kind!r}")
