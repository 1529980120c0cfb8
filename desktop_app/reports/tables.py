"""The tables a spreadsheet export holds (searches, checklist, candidates, scores, notes): their
columns and their rows as plain Python values, read from a built Report only. The Excel and CSV
writers both render these, so the two formats always have the same columns in the same order.

Values are text, whole numbers, decimals, dates and local date-times, or None for an empty
cell; each column says which, so a writer can give numbers and dates their own cell types.
Text is not yet neutralised against formulas: each writer does that as it writes a cell.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.competencies import COMPETENCY_KEYS
from desktop_app.labels.candidates import (
    band_label,
    exit_label,
    flag_message,
    kind_label,
    profile_label,
    stage_label,
)
from desktop_app.labels.checklist import step_status_label
from desktop_app.labels.competencies import competency_name, competency_title
from desktop_app.labels.searches import status_label
from desktop_app.labels.store_messages import source_text
from desktop_app.reports.content import (
    Cancelled,
    CandidateLine,
    ExportCancelled,
    Progress,
    Report,
    SearchReport,
)
from desktop_app.reports.options import ReportOptions

Value = str | int | float | dt.date | dt.datetime | None
Row = tuple[Value, ...]


class Kind(Enum):
    TEXT = "text"
    LONG_TEXT = "long text"  # notes and evidence: wrapped in Excel
    INTEGER = "integer"
    DECIMAL = "decimal"  # shown with two decimals
    PERCENT = "percent"  # a whole percentage, 0-100, as the app shows it
    DATE = "date"
    DATETIME = "datetime"  # local time, without a time zone (Excel has none)


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = Kind.TEXT


@dataclass
class Table:
    name: str  # stable and untranslated: the CSV file's name ("candidates")
    title: str  # translated: the sheet's name
    columns: tuple[Column, ...]
    rows: list[Row] = field(default_factory=list)


SEARCHES = "searches"
CHECKLIST = "checklist"
CANDIDATES = "candidates"
SCORES = "scores"
NOTES = "notes"


@dataclass(frozen=True)
class _Spec:
    title: Callable[[], str]
    # The columns after the first, which is always the search's title.
    columns: Callable[[ReportOptions], tuple[Column, ...]]
    rows: Callable[[SearchReport, ReportOptions], Iterable[Row]]


def build_tables(
    report: Report,
    names: Iterable[str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Table]:
    """The named tables, in the order asked for, filled search by search. Between searches it
    asks `cancelled()` and raises ExportCancelled; `progress(done, total)` counts searches."""
    specs = [(name, _SPECS[name]) for name in names]
    search_column = Column(QCoreApplication.translate("SpreadsheetExport", "Search"))
    tables = [
        Table(name, spec.title(), (search_column, *spec.columns(report.options)))
        for name, spec in specs
    ]
    total = len(report.searches)
    for done, search in enumerate(report.searches, start=1):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        for table, (_name, spec) in zip(tables, specs, strict=True):
            title = search.search.title
            table.rows.extend((title, *row) for row in spec.rows(search, report.options))
        if progress is not None:
            progress(done, total)
    return tables


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("SpreadsheetExport", "Yes")
    return QCoreApplication.translate("SpreadsheetExport", "No")


# Each header is a literal translate() call, so lupdate finds it; each is looked up when a table
# is built, so the translator installed at start-up applies.


def _searches_title() -> str:
    return QCoreApplication.translate("SpreadsheetExport", "Searches")


def _searches_columns(_options: ReportOptions) -> tuple[Column, ...]:
    return (
        Column(QCoreApplication.translate("SpreadsheetExport", "Code name")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Role")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Company")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Business unit")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Hiring manager")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Status")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Start date"), Kind.DATE),
        Column(QCoreApplication.translate("SpreadsheetExport", "Target date"), Kind.DATE),
        Column(QCoreApplication.translate("SpreadsheetExport", "Days open"), Kind.INTEGER),
        Column(QCoreApplication.translate("SpreadsheetExport", "Steps done"), Kind.INTEGER),
        Column(QCoreApplication.translate("SpreadsheetExport", "Steps total"), Kind.INTEGER),
        Column(QCoreApplication.translate("SpreadsheetExport", "Progress (%)"), Kind.PERCENT),
        Column(QCoreApplication.translate("SpreadsheetExport", "Overdue steps"), Kind.INTEGER),
        Column(QCoreApplication.translate("SpreadsheetExport", "In pipeline"), Kind.INTEGER),
        Column(QCoreApplication.translate("SpreadsheetExport", "Candidates"), Kind.INTEGER),
        Column(QCoreApplication.translate("SpreadsheetExport", "Left the search"), Kind.INTEGER),
        Column(QCoreApplication.translate("SpreadsheetExport", "Last activity"), Kind.DATE),
    )


def _search_rows(search: SearchReport, _options: ReportOptions) -> Iterable[Row]:
    summary, s = search.summary, search.search
    yield (
        s.code_name,
        s.role.value,
        s.company,
        s.business_unit,
        s.hiring_manager,
        status_label(s.status),
        s.start_date,
        s.target_date,
        summary.days_open,
        summary.progress.done,
        summary.progress.total,
        summary.progress.percent,
        summary.overdue_steps,
        summary.in_pipeline,
        summary.candidates_total,
        search.left_count,
        summary.last_activity,
    )


def _checklist_title() -> str:
    return QCoreApplication.translate("SpreadsheetExport", "Checklist")


def _checklist_columns(_options: ReportOptions) -> tuple[Column, ...]:
    return (
        Column(QCoreApplication.translate("SpreadsheetExport", "#"), Kind.INTEGER),
        Column(QCoreApplication.translate("SpreadsheetExport", "Phase")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Step")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Owner")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Due date"), Kind.DATE),
        Column(QCoreApplication.translate("SpreadsheetExport", "Status")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Completed on"), Kind.DATE),
        Column(QCoreApplication.translate("SpreadsheetExport", "Days late"), Kind.INTEGER),
        Column(QCoreApplication.translate("SpreadsheetExport", "Note"), Kind.LONG_TEXT),
    )


def _checklist_rows(search: SearchReport, _options: ReportOptions) -> Iterable[Row]:
    for step in search.steps:
        yield (
            step.position,
            step.phase,
            step.title,
            step.owner,
            step.due_date,
            step_status_label(step.status),
            step.completed_date,
            step.days_late,
            step.note,
        )


def _candidates_title() -> str:
    return QCoreApplication.translate("SpreadsheetExport", "Candidates")


def _candidates_columns(options: ReportOptions) -> tuple[Column, ...]:
    columns = (
        Column(QCoreApplication.translate("SpreadsheetExport", "Code")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Name")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Current title")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Company")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Location")),
        Column(QCoreApplication.translate("SpreadsheetExport", "E-mail")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Phone")),
        Column(QCoreApplication.translate("SpreadsheetExport", "LinkedIn")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Source")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Stage")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Left as")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Exit reason"), Kind.LONG_TEXT),
        Column(QCoreApplication.translate("SpreadsheetExport", "Days in stage"), Kind.INTEGER),
        Column(QCoreApplication.translate("SpreadsheetExport", "Added"), Kind.DATE),
        Column(QCoreApplication.translate("SpreadsheetExport", "Rank"), Kind.INTEGER),
        Column(QCoreApplication.translate("SpreadsheetExport", "Fit"), Kind.INTEGER),
        Column(QCoreApplication.translate("SpreadsheetExport", "Provisional")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Band")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Strategy (S)"), Kind.DECIMAL),
        Column(QCoreApplication.translate("SpreadsheetExport", "Execution (E)"), Kind.DECIMAL),
        Column(QCoreApplication.translate("SpreadsheetExport", "Tilt (S - E)"), Kind.DECIMAL),
        Column(QCoreApplication.translate("SpreadsheetExport", "Profile")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Flags"), Kind.LONG_TEXT),
        Column(QCoreApplication.translate("SpreadsheetExport", "Critical gaps"), Kind.LONG_TEXT),
    )
    if options.include_confidential:
        pay = QCoreApplication.translate("SpreadsheetExport", "Pay expectation")
        columns += (Column(pay),)
    return columns


def _candidate_rows(search: SearchReport, options: ReportOptions) -> Iterable[Row]:
    for c in search.candidates:
        yield _candidate_row(c, options)


def _candidate_row(c: CandidateLine, options: ReportOptions) -> Row:
    card = c.card
    scored = card.fit_points is not None
    row: Row = (
        c.code,
        c.name,
        c.title,
        c.company,
        c.location,
        c.email,
        c.phone,
        c.linkedin_url,
        source_text(c.source),
        stage_label(c.stage),
        exit_label(c.exit_state) if c.exit_state is not None else None,
        c.exit_reason,
        c.days_in_stage,
        c.added,
        c.rank,
        card.fit_points,
        yes_no(card.provisional) if scored else None,
        band_label(card.band) if card.band is not None else None,
        _two_decimals(card.strategy),
        _two_decimals(card.execution),
        _two_decimals(card.tilt),
        profile_label(card.profile) if card.profile is not None else None,
        " ".join(flag_message(flag) for flag in card.flags),
        "; ".join(competency_title(key) for key in card.critical_gaps),
    )
    if options.include_confidential:
        row += (c.pay_expectation,)
    return row


def _two_decimals(value: Fraction | None) -> float | None:
    # As the screens show S, E and the tilt (f"{x:.2f}"), so a sum in the sheet matches them.
    return round(float(value), 2) if value is not None else None


def _scores_title() -> str:
    return QCoreApplication.translate("SpreadsheetExport", "Scores")


def _scores_columns(_options: ReportOptions) -> tuple[Column, ...]:
    return (
        Column(QCoreApplication.translate("SpreadsheetExport", "Candidate")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Competency")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Competency name")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Rater")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Score"), Kind.INTEGER),
        Column(QCoreApplication.translate("SpreadsheetExport", "Evidence"), Kind.LONG_TEXT),
    )


def _score_rows(search: SearchReport, _options: ReportOptions) -> Iterable[Row]:
    order = {key: n for n, key in enumerate(COMPETENCY_KEYS)}
    for c in search.candidates:
        for r in sorted(c.ratings, key=lambda r: (order[r.competency], r.rater.casefold())):
            name = competency_name(r.competency)
            yield (c.name, r.competency, name, r.rater, r.score, r.evidence)


def _notes_title() -> str:
    return QCoreApplication.translate("SpreadsheetExport", "Notes")


def _notes_columns(_options: ReportOptions) -> tuple[Column, ...]:
    return (
        Column(QCoreApplication.translate("SpreadsheetExport", "Candidate")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Date and time"), Kind.DATETIME),
        Column(QCoreApplication.translate("SpreadsheetExport", "Kind")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Author")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Confidential")),
        Column(QCoreApplication.translate("SpreadsheetExport", "Note"), Kind.LONG_TEXT),
    )


def _note_rows(search: SearchReport, _options: ReportOptions) -> Iterable[Row]:
    for n in search.notes:
        yield (
            n.candidate,
            local_time(n.created_at),
            kind_label(n.kind),
            n.author,
            yes_no(n.confidential),
            n.body,
        )


def local_time(moment: dt.datetime) -> dt.datetime:
    """A stored moment as the wall-clock time where the person is, to the second and without a
    time zone: spreadsheets have none, and a reader expects their own time."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return local.replace(tzinfo=None, microsecond=0)


_SPECS = {
    SEARCHES: _Spec(_searches_title, _searches_columns, _search_rows),
    CHECKLIST: _Spec(_checklist_title, _checklist_columns, _checklist_rows),
    CANDIDATES: _Spec(_candidates_title, _candidates_columns, _candidate_rows),
    SCORES: _Spec(_scores_title, _scores_columns, _score_rows),
    NOTES: _Spec(_notes_title, _notes_columns, _note_rows),
}
