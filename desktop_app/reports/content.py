"""What a progress report holds, read once from the database into plain objects that every
writer (PDF, HTML, Excel, CSV) renders. No Qt here: the writers choose the words, and the few
written into the content itself (an anonymised person's label, the marks where a contact was
taken out, the checklist's phase titles) come in as ReportWords, in the report's language.

The options are applied here, once, so no writer can leak what was left out: confidential notes
and pay expectations are not read unless asked for, and an anonymised report never holds a real
name, e-mail, phone or profile link, not even inside a note.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

import sqlite_utils

from desktop_app.domain.anonymise import MARKS, Marks, Scrubber, codes_by_number
from desktop_app.domain.checklist import (
    StepStatus,
    load_template,
    next_due,
    order_key,
    overdue,
    progress_by_phase,
)
from desktop_app.domain.note import NoteKind
from desktop_app.domain.pipeline import STAGES, Exit, Stage
from desktop_app.domain.ranking import ranked_by_cards
from desktop_app.domain.scorecard import Rating, ScoreCard, score_card
from desktop_app.domain.search import SearchStatus
from desktop_app.reports.options import ReportOptions
from desktop_app.store.candidates import (
    Candidate,
    candidate_numbers,
    list_candidates,
    names_on_file,
)
from desktop_app.store.checklist import list_steps
from desktop_app.store.notes import notes_of_search
from desktop_app.store.records import local_date, parse_timestamp
from desktop_app.store.report_reads import newest_notes_of_search
from desktop_app.store.scores import ratings_of_search, score_cards_of_search
from desktop_app.store.searches import Search
from desktop_app.store.summary import SearchSummary, search_summaries

RECENT_NOTES = 8  # notes per search in the PDF and HTML (the spreadsheet has them all)
NEXT_DUE = 5  # upcoming steps listed per search
SHORTLIST_MOST = 8  # candidates in the comparison matrix, so it fits across a page
PORTFOLIO_STATUSES = frozenset({SearchStatus.DRAFT, SearchStatus.ACTIVE, SearchStatus.ON_HOLD})

# Called with (done, total) as each search is read, and asked whether to stop.
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The person cancelled the export; nothing was written."""


@dataclass(frozen=True)
class ReportWords:
    """The words the content is written with, in the report's language: English unless the
    caller gives a language's own (reports/words.py makes them through Qt's translator)."""

    candidate: str = "Candidate %1"  # an anonymised person; %1 is their code, "C-07"
    marks: Marks = MARKS  # what stands where a contact or someone else's name was
    language: str = "en"  # whose default checklist names the phases and the owners


ENGLISH_WORDS = ReportWords()


class Detail(StrEnum):
    """How much of each search a report reads."""

    FULL = "full"  # every note and every rater's score: the spreadsheets
    # What a PDF or HTML report shows: the newest notes (and how many there are in all) and
    # each candidate's scorecard, not every rating behind it. Much less to read on a large
    # portfolio.
    DOCUMENT = "document"


@dataclass(frozen=True)
class PhaseProgress:
    key: str
    title: str
    done: int
    total: int  # applicable steps; 0 when every step of the phase is not applicable


@dataclass(frozen=True)
class StepLine:
    id: str
    phase: str  # the phase's title
    position: int  # 1-based, across the whole checklist
    title: str
    owner: str  # the owner's title ("Hiring manager"), or the code if the template has none
    due_date: dt.date | None
    status: StepStatus
    completed_date: dt.date | None
    note: str
    days_late: int  # 0 unless open and past its due date


@dataclass(frozen=True)
class CandidateLine:
    id: str
    code: str  # stable within the search: "C-07"
    name: str  # the real name, or "Candidate C-07" (in the report's language) when anonymised
    title: str
    company: str
    location: str
    email: str  # contacts are empty when anonymised
    phone: str
    linkedin_url: str
    source: str
    pay_expectation: str  # empty unless confidential details were asked for
    stage: Stage  # the current stage, or the stage they left at
    exit_state: Exit | None
    exit_reason: str
    days_in_stage: int
    added: dt.date
    card: ScoreCard
    rank: int | None  # 1 = best fit among scored people still in the pipeline
    ratings: tuple[Rating, ...]  # every rater's scores; empty when read as Detail.DOCUMENT

    @property
    def left(self) -> bool:
        return self.exit_state is not None


@dataclass(frozen=True)
class NoteLine:
    candidate_id: str
    candidate: str  # the name (or code) of the person the note is about
    created_at: dt.datetime
    kind: NoteKind
    author: str
    body: str
    confidential: bool


@dataclass(frozen=True)
class SearchReport:
    summary: SearchSummary
    phases: tuple[PhaseProgress, ...]
    steps: tuple[StepLine, ...]  # the whole checklist in order
    overdue: tuple[StepLine, ...]  # most overdue first
    next_due: tuple[StepLine, ...]
    funnel: tuple[tuple[Stage, int], ...]  # people at each stage now, Identified to Hired
    candidates: tuple[CandidateLine, ...]  # ranked first, then unscored, then those who left
    # Newest first, as the options allow: all of them, or only the RECENT_NOTES newest when
    # read as Detail.DOCUMENT.
    notes: tuple[NoteLine, ...]
    note_count: int  # how many notes the options allow in all, read or not

    @property
    def search(self) -> Search:
        return self.summary.search

    @property
    def ranked(self) -> tuple[CandidateLine, ...]:
        return tuple(c for c in self.candidates if c.rank is not None)

    @property
    def shortlist(self) -> tuple[CandidateLine, ...]:
        """Who the comparison matrix shows: ranked people at the shortlist or later, or the
        best ranked if no one has got that far yet."""
        ranked = self.ranked
        late = [c for c in ranked if STAGES.index(c.stage) >= STAGES.index(Stage.SHORTLIST)]
        return tuple((late or list(ranked))[:SHORTLIST_MOST])

    @property
    def recent_notes(self) -> tuple[NoteLine, ...]:
        return self.notes[:RECENT_NOTES]

    @property
    def left_count(self) -> int:
        return sum(self.summary.exits.values())


@dataclass(frozen=True)
class Report:
    searches: tuple[SearchReport, ...]
    options: ReportOptions
    generated_at: dt.datetime  # local, with its time zone
    today: dt.date
    portfolio: bool  # all open searches, with a one-line-per-search summary first


def portfolio_search_ids(db: sqlite_utils.Database, today: dt.date | None = None) -> list[str]:
    """The searches a portfolio report covers: open ones (draft, active, on hold), not archived,
    by title."""
    summaries = search_summaries(db, today=today, include_archived=False)
    open_ones = [s for s in summaries if s.search.status in PORTFOLIO_STATUSES]
    return [s.search.id for s in sorted(open_ones, key=lambda s: s.search.title.casefold())]


def build_report(
    db: sqlite_utils.Database,
    search_ids: Sequence[str],
    options: ReportOptions,
    *,
    portfolio: bool = False,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    detail: Detail = Detail.FULL,
    words: ReportWords = ENGLISH_WORDS,
) -> Report:
    """Reads everything the report shows for the given searches, in that order."""
    generated_at = (now or dt.datetime.now(dt.UTC)).astimezone()
    today = generated_at.date()
    # Names of people in other searches are taken out as well ("compare with Priya Raman").
    everyone = (
        Scrubber(((name, words.marks.name) for _id, name in names_on_file(db)), marks=words.marks)
        if options.anonymise
        else None
    )
    searches = []
    for done, search_id in enumerate(search_ids):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        searches.append(
            build_search_report(
                db, search_id, options, today=today, everyone=everyone, detail=detail, words=words
            )
        )
        if progress is not None:
            progress(done + 1, len(search_ids))
    return Report(tuple(searches), options, generated_at, today, portfolio)


def build_search_report(
    db: sqlite_utils.Database,
    search_id: str,
    options: ReportOptions,
    *,
    today: dt.date,
    everyone: Scrubber | None = None,
    detail: Detail = Detail.FULL,
    words: ReportWords = ENGLISH_WORDS,
) -> SearchReport:
    (summary,) = search_summaries(db, today=today, only=search_id)
    search = summary.search
    # The phases and owners are the template's, named in the report's language whatever the
    # search's; the steps' titles are the search's own, as stored.
    template = _template(search.role, words.language)

    stored = list_steps(db, search_id)
    plain = [s.step for s in stored]
    ids = {id(s.step): s.id for s in stored}
    lines = {
        id(step): StepLine(
            id=ids[id(step)],
            phase=template.phase_titles.get(step.phase, step.phase),
            position=number,
            title=step.title,
            owner=template.owner_titles.get(step.owner, step.owner),
            due_date=step.due_date,
            status=step.status,
            completed_date=step.completed_date,
            note=step.note,
            days_late=(today - step.due_date).days
            if step.is_overdue(today) and step.due_date
            else 0,
        )
        for number, step in enumerate(sorted(plain, key=order_key), start=1)
    }
    phases = tuple(
        PhaseProgress(key, template.phase_titles.get(key, key), p.done, p.total)
        for key, p in progress_by_phase(plain).items()
    )

    people = list_candidates(db, search_id)
    if detail is Detail.FULL:
        ratings = ratings_of_search(db, search_id)
        cards = {c.id: score_card(search.role, ratings.get(c.id, ())) for c in people}
    else:
        ratings = {}
        cards = score_cards_of_search(db, search_id, search.role)
    codes = codes_by_number(candidate_numbers(db, search_id))
    names = {c.id: _shown_name(c, codes[c.id], options, words) for c in people}
    scrub: Callable[[str], str] = (
        Scrubber(((c.full_name, names[c.id]) for c in people), base=everyone, marks=words.marks)
        if options.anonymise
        else (lambda text: text)
    )
    # The order of domain.ranking.ranked_in_pipeline, from the cards worked out once.
    ranks = {c.id: n for n, (c, _card) in enumerate(ranked_by_cards(people, cards), start=1)}
    candidates = [
        _candidate_line(c, codes[c.id], names[c.id], ranks.get(c.id), cards[c.id],
                        ratings.get(c.id, ()), options, scrub, today)
        for c in people
    ]  # fmt: skip
    candidates.sort(key=_report_order)

    if detail is Detail.FULL:
        stored_notes = notes_of_search(
            db, search_id, include_confidential=options.include_confidential
        )
        note_count = len(stored_notes)
    else:
        stored_notes, note_count = newest_notes_of_search(
            db, search_id, RECENT_NOTES, include_confidential=options.include_confidential
        )
    notes = tuple(
        NoteLine(
            candidate_id=n.candidate_id,
            candidate=names.get(n.candidate_id, ""),
            created_at=n.created_at,
            kind=n.details.kind,
            author=scrub(n.details.author),  # an e-mail's author may be the candidate
            body=scrub(n.details.body),
            confidential=n.details.confidential,
        )
        for n in stored_notes
    )
    step_lines = tuple(sorted(lines.values(), key=lambda s: s.position))
    if options.anonymise:
        # Custom steps are free text too ("Dinner with Li Wei").
        step_lines = tuple(
            replace(s, title=scrub(s.title), owner=scrub(s.owner), note=scrub(s.note))
            for s in step_lines
        )
    by_id = {s.id: s for s in step_lines}
    return SearchReport(
        summary=summary,
        phases=phases,
        steps=step_lines,
        overdue=tuple(by_id[lines[id(s)].id] for s in overdue(plain, today)),
        next_due=tuple(by_id[lines[id(s)].id] for s in next_due(plain, today, NEXT_DUE)),
        funnel=tuple((st, summary.candidates_by_stage.get(st, 0)) for st in STAGES),
        candidates=tuple(candidates),
        notes=notes,
        note_count=note_count,
    )


# The default checklists are data files shipped with the app: read once, not once a search.
_template = functools.lru_cache(maxsize=16)(load_template)


def _shown_name(candidate: Candidate, code: str, options: ReportOptions, words: ReportWords) -> str:
    return words.candidate.replace("%1", code) if options.anonymise else candidate.full_name


def _candidate_line(
    candidate: Candidate,
    code: str,
    name: str,
    rank: int | None,
    card: ScoreCard,
    ratings: Sequence[Rating],
    options: ReportOptions,
    scrub: Callable[[str], str],
    today: dt.date,
) -> CandidateLine:
    d = candidate.details
    hidden = options.anonymise
    own = tuple(ratings)
    if hidden:
        own = tuple(replace(r, evidence=scrub(r.evidence)) for r in own)
    return CandidateLine(
        id=candidate.id,
        code=code,
        name=name,
        title=scrub(d.current_title),  # "Li Wei Consulting" names its founder
        company=scrub(d.current_company),
        location="" if hidden else d.location,
        email="" if hidden else d.email,
        phone="" if hidden else d.phone,
        linkedin_url="" if hidden else d.linkedin_url,
        source=scrub(d.source),  # free text: "Referral from João's old boss"
        pay_expectation=d.pay_expectation if options.include_confidential else "",
        stage=candidate.exit_stage or candidate.stage,
        exit_state=candidate.exit_state,
        exit_reason=scrub(candidate.exit_reason or ""),
        days_in_stage=candidate.days_in_stage(today),
        added=local_date(parse_timestamp(candidate.created_at)),
        card=card,
        rank=rank,
        ratings=own,
    )


def _report_order(line: CandidateLine) -> tuple[int, int, int, str]:
    """Ranked people by rank; then the unscored still in the pipeline, furthest along first;
    then the hire (if any) and last those who left."""
    if line.rank is not None:
        return (0, line.rank, 0, "")
    group = 3 if line.left else (2 if line.stage is Stage.HIRED else 1)
    return (group, 0, -STAGES.index(line.stage), line.name.casefold())
