"""The sample searches of `revsearch demo` and "Add sample searches": three fictional searches
(two CRO, one CSO nearly finished) with 27 candidates, notes, scores and diagnostics.

The content is a data file per language, resources/sample/searches.{language}.toml (en, pt_BR);
each search is created in that language, so its checklist comes in it too. Everything is written
through the store's public functions, so the sample obeys the same rules as a person's edits.
Dates are counted back from today, so the sample always looks current.
"""

from __future__ import annotations

import datetime as dt
import random
import tomllib
from typing import Any

import sqlite_utils

from desktop_app import assets
from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.checklist import StepStatus
from desktop_app.domain.competencies import COMPETENCY_KEYS
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.pipeline import STAGES, Exit, Stage
from desktop_app.domain.scorecard import Rating
from desktop_app.domain.search import Role, SearchDetails, parse_language
from desktop_app.store import candidates, checklist, diagnostics, notes, scores, searches

Sample = dict[str, Any]


def load_samples(language: str = "en") -> list[Sample]:
    node = assets.resource("sample", f"searches.{language}.toml")
    if not node.is_file():
        node = assets.resource("sample", "searches.en.toml")
    return tomllib.loads(node.read_text(encoding="utf-8"))["searches"]


def add_sample_data(
    db: sqlite_utils.Database, language: str = "en", *, today: dt.date | None = None
) -> list[str]:
    """Adds the sample searches that are not there yet, in a language ("en" or "pt_BR"), all in
    one transaction; returns the titles added. A search with the same title and company counts
    as already there, in whichever language it was added (each language's sample keeps the
    titles and companies of the English one)."""
    language = parse_language(language)
    today = today or dt.date.today()
    present = {(s.title, s.company) for s in searches.list_searches(db)}
    added = []
    with db.atomic():
        for sample in load_samples(language):
            if (sample["title"], sample["company"]) in present:
                continue
            _add_search(db, sample, today, language)
            added.append(sample["title"])
    return added


def _add_search(db: sqlite_utils.Database, sample: Sample, today: dt.date, language: str) -> None:
    start = today - dt.timedelta(days=sample["started_days_ago"])
    search_id = searches.create_search(
        db,
        SearchDetails(
            title=sample["title"],
            code_name=sample.get("code_name", ""),
            role=Role(sample["role"]),
            company=sample["company"],
            business_unit=sample["business_unit"],
            hiring_manager=sample["hiring_manager"],
            start_date=start,
            target_date=start + dt.timedelta(days=sample["target_days"]),
            language=language,
        ),
    )
    _work_the_checklist(db, search_id, sample, start, today)
    diagnostics.save_answers(db, search_id, sample["answers"])
    for person in sample["candidates"]:
        _add_person(db, search_id, person, start)


def _work_the_checklist(
    db: sqlite_utils.Database, search_id: str, sample: Sample, start: dt.date, today: dt.date
) -> None:
    for stored in checklist.list_steps(db, search_id):
        step = stored.step
        if step.template_key in sample["skipped_steps"]:
            checklist.set_step_status(db, stored.id, StepStatus.SKIPPED)
        elif (
            step.due_date
            and step.due_date <= today
            and step.template_key not in sample["open_steps"]
        ):
            # Most steps are finished a day or two either side of their due date.
            slack = random.Random(f"{sample['key']}/{step.template_key}").randint(-2, 2)
            done_on = min(today, max(start, step.due_date + dt.timedelta(days=slack)))
            checklist.set_step_status(db, stored.id, StepStatus.DONE, on=done_on)


def _add_person(db: sqlite_utils.Database, search_id: str, person: Sample, start: dt.date) -> None:
    def moment(day: int) -> dt.datetime:
        return dt.datetime.combine(start + dt.timedelta(days=day), dt.time(10, 0), dt.UTC)

    name = person["name"]
    candidate_id = candidates.add_candidate(
        db,
        search_id,
        CandidateDetails(
            full_name=name,
            current_title=person["title"],
            current_company=person["company"],
            location=person["location"],
            email=_email(name, person["company"]),
            linkedin_url="https://www.linkedin.com/in/" + "-".join(name.lower().split()),
            source=person["source"],
            pay_expectation=person.get("pay", ""),
        ),
        at=moment(person["added_day"]),
    )
    # Walk the pipeline one stage at a time so the history reads as it happened.
    target = Stage(person["stage"])
    path = STAGES[1 : STAGES.index(target) + 1]
    first, last = person["added_day"], person["stage_day"]
    for index, stage in enumerate(path, start=1):
        day = first + round((last - first) * index / len(path))
        candidates.move_candidate(db, candidate_id, stage, at=moment(day))
    if "exit" in person:
        candidates.exit_candidate(
            db,
            candidate_id,
            Exit(person["exit"]),
            person["exit_reason"],
            at=moment(person["exit_day"]),
        )
    for note in person.get("notes", []):
        notes.add_note(
            db,
            candidate_id,
            NoteDetails(
                note["body"], note["author"], note["kind"], note.get("confidential", False)
            ),
            at=moment(note["day"]) + dt.timedelta(hours=note["day"] % 7),
        )
    _score(db, candidate_id, person)


def _score(db: sqlite_utils.Database, candidate_id: str, person: Sample) -> None:
    true_scores = [int(ch) for ch in person.get("profile", "").replace(" ", "")]
    evidence = person.get("evidence", {})
    for rater in person.get("raters", []):
        noise = random.Random(f"{person['name']}/{rater}")
        for competency, truth in zip(COMPETENCY_KEYS, true_scores, strict=True):
            if not truth:
                continue  # 0 in a profile: not scored yet
            # Raters mostly agree; sometimes one sees a point more or less.
            score = min(5, max(1, truth + noise.choice((0, 0, 0, 0, 0, 1, -1))))
            rating = Rating(competency, rater, score, evidence.get(competency, ""))
            scores.set_score(db, candidate_id, rating)


def _email(name: str, company: str) -> str:
    first = name.split()[0].lower()
    domain = "".join(ch for ch in company.lower() if ch.isalnum()) or "example"
    return f"{first}@{domain}.example"
