"""Turns a report's content into the blocks the PDF and HTML writers render: what a board reads,
in the order they read it, in the user's language.

A single search: key facts; checklist progress (overall, by phase, overdue and next due); the
funnel; the ranked candidates; the shortlist's competency scores side by side and the
strategy-against-execution chart; recent notes. A portfolio opens with one line per search and
then gives each search its own section.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from desktop_app.charts.scatter import StrategyExecutionPoint
from desktop_app.domain.competencies import COMPETENCY_KEYS, weights
from desktop_app.domain.scorecard import Band, ScoreCard
from desktop_app.labels.attention import day_text, furthest_stage
from desktop_app.labels.candidates import (
    band_label,
    exit_label,
    flag_short,
    kind_label,
    profile_short,
    short_names,
    stage_label,
)
from desktop_app.labels.competencies import competency_title
from desktop_app.labels.language import text_locale
from desktop_app.labels.searches import status_label
from desktop_app.labels.text import fill, format_date, format_decimal, format_moment
from desktop_app.reports.content import CandidateLine, Report, SearchReport, StepLine
from desktop_app.reports.document import (
    Align,
    Block,
    Cell,
    Chart,
    ChartKind,
    ChartRow,
    Column,
    Document,
    Facts,
    Heading,
    Paragraph,
    Section,
    Table,
    Title,
    Tone,
)
from desktop_app.store.find import search_label

NONE = "—"
OVERDUE_SHOWN = 10  # the board needs the worst ones; the spreadsheet has the rest
NOTE_LENGTH = 600  # characters of a note shown in a report; the spreadsheet has it whole

BAND_TONES = {
    Band.STRONG: Tone.STRONG,
    Band.GOOD: Tone.GOOD_FIT,
    Band.BORDERLINE: Tone.BORDERLINE,
    Band.WEAK: Tone.WEAK,
}


# A portfolio names the same stages, bands and profiles thousands of times, and each label
# function asks the translator for every name of its kind: within one composition each name
# is looked up once. The names are kept for one compose() call on one thread (they are in its
# language), so two reports written at once in two languages never take each other's words.
_composing = threading.local()  # .words: (label function, value) -> text, during compose()


def _cached(label: Callable[[Any], str]) -> Callable[[Any], str]:
    def word(value: Any) -> str:
        words: dict[tuple[object, object], str] | None = getattr(_composing, "words", None)
        if words is None:  # outside compose(): nothing to keep it for
            return label(value)
        key = (label, value)
        text = words.get(key)
        if text is None:
            text = words[key] = label(value)
        return text

    return word


_status = _cached(status_label)
_stage = _cached(stage_label)
_exit = _cached(exit_label)
_flag = _cached(flag_short)
_profile = _cached(profile_short)
_kind = _cached(kind_label)
_band = _cached(band_label)


class ReportCounts(QObject):
    """The report's phrases with a count. Plural forms reach the translation only through
    self.tr() in a QObject (lupdate marks no other call as plural)."""

    def open_searches(self, n: int) -> str:
        return self.tr("%n open searches", "", n)

    def in_pipeline(self, n: int) -> str:
        return self.tr("%n in the pipeline", "", n)

    def more(self, n: int) -> str:
        return self.tr("and %n more", "", n)

    def days(self, n: int) -> str:
        return self.tr("%n days", "", n)

    def older_notes(self, n: int) -> str:
        return self.tr("%n older notes are in the spreadsheet export", "", n)


def compose(report: Report) -> Document:
    """The report as sections of blocks, ready for a writer, in this thread's language."""
    before = getattr(_composing, "words", None)
    _composing.words = {}
    try:
        return _compose(report)
    finally:
        _composing.words = before


def _compose(report: Report) -> Document:
    sections = [search_section(report, s) for s in report.searches]
    if report.portfolio:
        sections.insert(0, portfolio_section(report))
        title = QCoreApplication.translate("Report", "Search portfolio")
    else:
        title = fill(
            QCoreApplication.translate("Report", "%1 — progress report"),
            report.searches[0].search.title,
        )
    notices = []
    if report.options.anonymise:
        notices.append(
            QCoreApplication.translate("Report", "Anonymised: candidates are shown by code")
        )
    if report.options.include_confidential:
        notices.append(QCoreApplication.translate("Report", "Includes confidential notes"))
    else:
        notices.append(QCoreApplication.translate("Report", "Confidential notes left out"))
    return Document(
        title=title,
        sections=tuple(sections),
        generated=fill(
            QCoreApplication.translate("Report", "Generated %1"), format_moment(report.generated_at)
        ),
        language=_language(),
        notices=tuple(notices),
    )


def _language() -> str:
    # The language the report was written in, as a BCP 47 tag for HTML.
    # The C locale (a bare test machine) answers "en-POSIX", which no browser knows.
    name = text_locale().bcp47Name()
    return "en" if not name or "POSIX" in name or name == "C" else name


# --- portfolio -------------------------------------------------------------------------------


def portfolio_section(report: Report) -> Section:
    today = report.today
    searches = report.searches
    overdue = sum(s.summary.overdue_steps for s in searches)
    blocks: list[Block] = [
        Title(
            QCoreApplication.translate("Report", "Search portfolio"),
            fill(
                QCoreApplication.translate("Report", "%1 · %2 overdue steps across them · %3"),
                ReportCounts().open_searches(len(searches)),
                overdue,
                format_date(today),
            ),
        ),
        Table(
            columns=(
                Column(QCoreApplication.translate("Report", "Search"), 2.1),
                Column(QCoreApplication.translate("Report", "Role"), 0.7),
                Column(QCoreApplication.translate("Report", "Status"), 0.75),
                Column(QCoreApplication.translate("Report", "Time"), 1.0),
                Column(QCoreApplication.translate("Report", "Done"), 0.8, Align.RIGHT),
                Column(QCoreApplication.translate("Report", "Overdue"), 0.95, Align.RIGHT),
                Column(QCoreApplication.translate("Report", "Pipeline"), 0.85, Align.RIGHT),
                Column(QCoreApplication.translate("Report", "Furthest"), 0.95),
                Column(QCoreApplication.translate("Report", "Leading candidate"), 1.65),
            ),
            rows=tuple(_portfolio_row(s, today) for s in searches),
            empty_text=QCoreApplication.translate("Report", "No open searches."),
        ),
    ]
    return Section(QCoreApplication.translate("Report", "Search portfolio"), tuple(blocks))


def _portfolio_row(report: SearchReport, today: dt.date) -> tuple[Cell, ...]:
    summary = report.summary
    search = summary.search
    furthest = furthest_stage(summary)
    leader = report.ranked[0] if report.ranked else None
    label = search.title if not search.company else f"{search.title}\n{search.company}"
    return (
        Cell(label, bold=True),
        Cell(search.role.value),
        Cell(_status(search.status)),
        Cell(day_text(summary, today)),
        Cell(f"{summary.progress.percent}%"),
        Cell(str(summary.overdue_steps), Tone.WARNING if summary.overdue_steps else Tone.MUTED),
        Cell(str(summary.in_pipeline)),
        Cell(_stage(furthest) if furthest else NONE, Tone.NORMAL if furthest else Tone.MUTED),
        Cell(_leader_text(leader), Tone.NORMAL if leader else Tone.MUTED),
    )


def _leader_text(leader: CandidateLine | None) -> str:
    if leader is None:
        return NONE
    return f"{leader.name}\n{_fit_text(leader.card)}"


# --- one search ------------------------------------------------------------------------------


def search_section(report: Report, search_report: SearchReport) -> Section:
    blocks: list[Block] = []
    blocks += _opening(report, search_report)
    blocks += _checklist(search_report)
    blocks += _candidates(search_report)
    blocks += _comparison(report, search_report)
    blocks += _notes(search_report)
    search = search_report.search
    return Section(search_label(search.title, search.company), tuple(blocks))


def _opening(report: Report, sr: SearchReport) -> list[Block]:
    search = sr.search
    summary = sr.summary
    subtitle = " · ".join(
        part for part in (search.role.value, search.company, search.business_unit) if part
    )
    facts = (
        (QCoreApplication.translate("Report", "Role"), search.role.value),
        (QCoreApplication.translate("Report", "Company"), search.company or NONE),
        (QCoreApplication.translate("Report", "Business unit"), search.business_unit or NONE),
        (QCoreApplication.translate("Report", "Owner"), search.hiring_manager or NONE),
        (QCoreApplication.translate("Report", "Started"), format_date(search.start_date)),
        (QCoreApplication.translate("Report", "Days open"), day_text(summary, report.today)),
        (
            QCoreApplication.translate("Report", "Target date"),
            format_date(search.target_date) if search.target_date else NONE,
        ),
        (QCoreApplication.translate("Report", "Status"), _status(search.status)),
        (QCoreApplication.translate("Report", "Last activity"), format_date(summary.last_activity)),
    )
    level = 1 if report.portfolio else 0
    head: list[Block] = (
        [
            Heading(search_label(search.title, search.company), level=1),
            Paragraph(subtitle, Tone.MUTED),
        ]
        if level
        else [Title(search.title, subtitle)]
    )
    return [*head, Facts(facts)]


def _checklist(sr: SearchReport) -> list[Block]:
    progress = sr.summary.progress
    line = fill(
        QCoreApplication.translate("Report", "%1 of %2 steps done (%3%)"),
        progress.done,
        progress.total,
        progress.percent,
    )
    if sr.summary.overdue_steps:
        line = fill(
            QCoreApplication.translate("Report", "%1 · %2 overdue"), line, sr.summary.overdue_steps
        )
    stages = tuple((_stage(st), n) for st, n in sr.funnel)
    people = ReportCounts().in_pipeline(sr.summary.in_pipeline)
    funnel_caption = (
        fill(QCoreApplication.translate("Report", "%1 · %2 left the search"), people, sr.left_count)
        if sr.left_count
        else people
    )
    blocks: list[Block] = [
        Heading(QCoreApplication.translate("Report", "Checklist progress")),
        Paragraph(line),
        ChartRow(
            (
                Chart(
                    ChartKind.PROGRESS,
                    QCoreApplication.translate("Report", "Progress by phase"),
                    rows=tuple((p.title, p.done, p.total) for p in sr.phases),
                ),
                Chart(
                    ChartKind.FUNNEL,
                    QCoreApplication.translate("Report", "Candidates by stage"),
                    rows=stages,
                    caption=funnel_caption,
                ),
            )
        ),
        Heading(QCoreApplication.translate("Report", "Overdue steps"), level=3),
        Table(
            columns=(
                Column(QCoreApplication.translate("Report", "Due"), 1.0),
                Column(QCoreApplication.translate("Report", "Step"), 3.2),
                Column(QCoreApplication.translate("Report", "Phase"), 1.4),
                Column(QCoreApplication.translate("Report", "Owner"), 1.4),
                Column(QCoreApplication.translate("Report", "Late"), 0.9, Align.RIGHT),
            ),
            rows=tuple(_overdue_row(s) for s in sr.overdue[:OVERDUE_SHOWN]),
            empty_text=QCoreApplication.translate("Report", "Nothing overdue."),
            caption=ReportCounts().more(len(sr.overdue) - OVERDUE_SHOWN)
            if len(sr.overdue) > OVERDUE_SHOWN
            else "",
        ),
        Heading(QCoreApplication.translate("Report", "Next due"), level=3),
        Table(
            columns=(
                Column(QCoreApplication.translate("Report", "Due"), 1.0),
                Column(QCoreApplication.translate("Report", "Step"), 3.2),
                Column(QCoreApplication.translate("Report", "Phase"), 1.4),
                Column(QCoreApplication.translate("Report", "Owner"), 2.3),
            ),
            rows=tuple(
                (Cell(_date(s.due_date)), Cell(s.title), Cell(s.phase, Tone.MUTED), Cell(s.owner))
                for s in sr.next_due
            ),
            empty_text=QCoreApplication.translate("Report", "No open steps with a due date."),
        ),
    ]
    return blocks


def _overdue_row(step: StepLine) -> tuple[Cell, ...]:
    late = ReportCounts().days(step.days_late)
    return (
        Cell(_date(step.due_date)),
        Cell(step.title),
        Cell(step.phase, Tone.MUTED),
        Cell(step.owner),
        Cell(late, Tone.WARNING),
    )


def _candidates(sr: SearchReport) -> list[Block]:
    present = [c for c in sr.candidates if not c.left]
    gone = [c for c in sr.candidates if c.left]
    blocks: list[Block] = [
        Heading(QCoreApplication.translate("Report", "Candidates")),
        Table(
            columns=(
                Column("#", 0.35, Align.RIGHT),
                Column(QCoreApplication.translate("Report", "Candidate"), 2.3),
                Column(QCoreApplication.translate("Report", "Stage"), 1.0),
                Column(QCoreApplication.translate("Report", "Fit"), 1.45),
                Column(QCoreApplication.translate("Report", "S / E"), 0.8, Align.CENTER),
                Column(QCoreApplication.translate("Report", "Profile"), 0.9),
                Column(QCoreApplication.translate("Report", "Flags"), 1.2),
            ),
            rows=tuple(_candidate_row(c) for c in present),
            empty_text=QCoreApplication.translate("Report", "No one is in the pipeline."),
            caption=QCoreApplication.translate(
                "Report",
                "Fit runs from 20 to 100: strong 80+, good 70-79, borderline 60-69, weak below "
                "60; ~ marks a provisional fit (not every competency scored). S and E are the "
                "mean strategy and execution scores (1-5).",
            ),
        ),
    ]
    if gone:
        blocks += [
            Heading(QCoreApplication.translate("Report", "Left the search"), level=3),
            Table(
                columns=(
                    Column(QCoreApplication.translate("Report", "Candidate"), 2.2),
                    Column(QCoreApplication.translate("Report", "Left at"), 1.0),
                    Column(QCoreApplication.translate("Report", "How"), 1.2),
                    Column(QCoreApplication.translate("Report", "Reason"), 3.0),
                ),
                rows=tuple(
                    (
                        Cell(c.name),
                        Cell(_stage(c.stage)),
                        Cell(_exit(c.exit_state) if c.exit_state else NONE),
                        Cell(c.exit_reason or NONE, Tone.NORMAL if c.exit_reason else Tone.MUTED),
                    )
                    for c in gone
                ),
            ),
        ]
    return blocks


def _candidate_row(c: CandidateLine) -> tuple[Cell, ...]:
    card = c.card
    who = c.name
    role = ", ".join(part for part in (c.title, c.company) if part)
    if role:
        who = f"{who}\n{role}"
    flags = "\n".join(_flag(f) for f in card.flags) + (
        ("\n" if card.flags else "") + QCoreApplication.translate("Report", "Critical gap")
        if card.critical_gaps
        else ""
    )
    return (
        Cell(str(c.rank) if c.rank else NONE, Tone.NORMAL if c.rank else Tone.MUTED),
        Cell(who, bold=c.rank == 1),
        Cell(_stage(c.stage)),
        Cell(_fit_text(card), _band_tone(card)),
        Cell(_se_text(card), Tone.NORMAL if card.strategy is not None else Tone.MUTED),
        Cell(_profile(card.profile) if card.profile else NONE),
        Cell(flags or NONE, Tone.WARNING if flags else Tone.MUTED),
    )


def _comparison(report: Report, sr: SearchReport) -> list[Block]:
    shortlist = sr.shortlist
    role = sr.search.role
    blocks: list[Block] = [Heading(QCoreApplication.translate("Report", "Shortlist comparison"))]
    if not shortlist:
        return [
            *blocks,
            Paragraph(
                QCoreApplication.translate("Report", "No scored candidates in the pipeline yet."),
                Tone.MUTED,
            ),
        ]
    role_weights = weights(role)
    names = _chart_names(report, shortlist)
    columns = (
        Column(QCoreApplication.translate("Report", "Competency"), 3.0),
        Column(QCoreApplication.translate("Report", "Weight"), 0.7, Align.CENTER),
        *(Column(names[c.id], 1.0, Align.CENTER) for c in shortlist),
    )
    rows = [
        (
            Cell(competency_title(key)),
            Cell(f"×{role_weights[key]}", Tone.MUTED),  # noqa: RUF001 - "times 3" is meant
            *(_score_cell(c.card, key) for c in shortlist),
        )
        for key in COMPETENCY_KEYS
    ]
    rows.append(
        (
            Cell(QCoreApplication.translate("Report", "Fit"), bold=True),
            Cell(""),
            # The number alone fits a narrow column; the chip's colour and the caption give
            # the band.
            *(Cell(_fit_number(c.card), _band_tone(c.card)) for c in shortlist),
        )
    )
    blocks.append(
        Table(
            columns=columns,
            rows=tuple(rows),
            caption=QCoreApplication.translate(
                "Report",
                "Median of the raters' scores, 1-5; ! marks scores the raters disagree on "
                "by 2 or more. Fit: strong 80+, good 70-79, borderline 60-69, weak below 60.",
            ),
        )
    )
    blocks.append(_scatter(report, sr))
    return blocks


def _score_cell(card: ScoreCard, key: str) -> Cell:
    score = card.competencies.get(key)
    if score is None:
        return Cell(NONE, Tone.MUTED)
    text = _median_text(score.median) + (" !" if score.disputed else "")
    tone = Tone.WARNING if score.median <= 2 else Tone.NORMAL
    return Cell(text, tone, bold=score.median >= 4)


def _scatter(report: Report, sr: SearchReport) -> Chart:
    plotted = [
        c
        for c in sr.candidates
        if not c.left and c.card.strategy is not None and c.card.execution is not None
    ]
    labels = _chart_names(report, plotted)
    points = tuple(
        StrategyExecutionPoint(
            c.id,
            labels[c.id],
            c.card.strategy or 0,
            c.card.execution or 0,
            flagged=bool(c.card.flags),
        )
        for c in plotted
    )
    role = sr.search.role
    return Chart(
        ChartKind.STRATEGY_EXECUTION,
        QCoreApplication.translate("Report", "Strategy against execution"),
        role=role,
        points=points,
        caption=fill(
            QCoreApplication.translate(
                "Report",
                "The shaded region suits a %1 seat; a point outside it carries a mismatch flag.",
            ),
            role.value,
        ),
    )


def _notes(sr: SearchReport) -> list[Block]:
    notes = sr.recent_notes
    rows = tuple(
        (
            Cell(format_moment(n.created_at), Tone.MUTED),
            Cell(n.candidate),
            Cell(
                _kind(n.kind)
                + (
                    ("\n" + QCoreApplication.translate("Report", "Confidential"))
                    if n.confidential
                    else ""
                )
                + (f"\n{n.author}" if n.author else ""),
                Tone.WARNING if n.confidential else Tone.NORMAL,
            ),
            Cell(_shorten(n.body)),
        )
        for n in notes
    )
    more = sr.note_count - len(notes)
    return [
        Heading(QCoreApplication.translate("Report", "Recent notes")),
        Table(
            columns=(
                Column(QCoreApplication.translate("Report", "When"), 1.1),
                Column(QCoreApplication.translate("Report", "Candidate"), 1.3),
                Column(QCoreApplication.translate("Report", "Kind"), 1.1),
                Column(QCoreApplication.translate("Report", "Note"), 4.2),
            ),
            rows=rows,
            empty_text=QCoreApplication.translate("Report", "No notes yet."),
            caption=ReportCounts().older_notes(more) if more > 0 else "",
        ),
    ]


# --- small formatting helpers ----------------------------------------------------------------


def _chart_names(report: Report, people: Sequence[CandidateLine]) -> dict[str, str]:
    """Short labels for narrow columns and chart points: first names, or codes."""
    if report.options.anonymise:
        return {c.id: c.code for c in people}
    return short_names({c.id: c.name for c in people})


def _fit_number(card: ScoreCard) -> str:
    if card.fit_points is None:
        return NONE
    return f"~{card.fit_points}" if card.provisional else str(card.fit_points)


def _fit_text(card: ScoreCard) -> str:
    if card.band is None:
        return NONE
    return f"{_fit_number(card)} {_band(card.band)}"


def _band_tone(card: ScoreCard) -> Tone:
    return BAND_TONES[card.band] if card.band is not None else Tone.MUTED


def _se_text(card: ScoreCard) -> str:
    if card.strategy is None or card.execution is None:
        return NONE
    return f"{format_decimal(card.strategy, 1)} / {format_decimal(card.execution, 1)}"


def _median_text(median: Fraction) -> str:
    return str(median.numerator) if median.denominator == 1 else format_decimal(median, 1)


def _date(day: dt.date | None) -> str:
    return format_date(day) if day else NONE


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= NOTE_LENGTH else text[: NOTE_LENGTH - 1].rstrip() + "…"
