"""Turns a report's content into the blocks the PDF and HTML writers render: what a board reads,
in the order they read it, in the user's language.

A single search: key facts; checklist progress (overall, by phase, overdue and next due); the
funnel; the ranked candidates; the shortlist's competency scores side by side and the
strategy-against-execution chart; recent notes. A portfolio opens with one line per search and
then gives each search its own section.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.charts.scatter import StrategyExecutionPoint
from desktop_app.domain.competencies import BY_KEY, COMPETENCY_KEYS, weights
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
from desktop_app.labels.searches import status_label
from desktop_app.labels.text import fill, format_date, format_moment
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


def _tr(text: str, plural: int = -1) -> str:
    return QCoreApplication.translate("Report", text, None, plural)


def compose(report: Report) -> Document:
    """The report as sections of blocks, ready for a writer."""
    sections = [search_section(report, s) for s in report.searches]
    if report.portfolio:
        sections.insert(0, portfolio_section(report))
        title = _tr("Search portfolio")
    else:
        title = fill(_tr("%1 — progress report"), report.searches[0].search.title)
    notices = []
    if report.options.anonymise:
        notices.append(_tr("Anonymised: candidates are shown by code"))
    if report.options.include_confidential:
        notices.append(_tr("Includes confidential notes"))
    else:
        notices.append(_tr("Confidential notes left out"))
    return Document(
        title=title,
        sections=tuple(sections),
        generated=fill(_tr("Generated %1"), format_moment(report.generated_at)),
        language=_language(),
        notices=tuple(notices),
    )


def _language() -> str:
    # The language the report was written in, as a BCP 47 tag for HTML.
    # The C locale (a bare test machine) answers "en-POSIX", which no browser knows.
    name = QLocale().bcp47Name()
    return "en" if not name or "POSIX" in name or name == "C" else name


# --- portfolio -------------------------------------------------------------------------------


def portfolio_section(report: Report) -> Section:
    today = report.today
    searches = report.searches
    overdue = sum(s.summary.overdue_steps for s in searches)
    blocks: list[Block] = [
        Title(
            _tr("Search portfolio"),
            fill(
                _tr("%1 · %2 overdue steps across them · %3"),
                _tr("%n open searches", len(searches)),
                overdue,
                format_date(today),
            ),
        ),
        Table(
            columns=(
                Column(_tr("Search"), 2.3),
                Column(_tr("Role"), 0.55),
                Column(_tr("Status"), 0.75),
                Column(_tr("Time"), 1.0),
                Column(_tr("Done"), 0.65, Align.RIGHT),
                Column(_tr("Overdue"), 0.85, Align.RIGHT),
                Column(_tr("Pipeline"), 0.85, Align.RIGHT),
                Column(_tr("Furthest"), 0.95),
                Column(_tr("Leading candidate"), 1.8),
            ),
            rows=tuple(_portfolio_row(s, today) for s in searches),
            empty_text=_tr("No open searches."),
        ),
    ]
    return Section(_tr("Search portfolio"), tuple(blocks))


def _portfolio_row(report: SearchReport, today: dt.date) -> tuple[Cell, ...]:
    summary = report.summary
    search = summary.search
    furthest = furthest_stage(summary)
    leader = report.ranked[0] if report.ranked else None
    label = search.title if not search.company else f"{search.title}\n{search.company}"
    return (
        Cell(label, bold=True),
        Cell(search.role.value),
        Cell(status_label(search.status)),
        Cell(day_text(summary, today)),
        Cell(f"{summary.progress.percent}%"),
        Cell(str(summary.overdue_steps), Tone.WARNING if summary.overdue_steps else Tone.MUTED),
        Cell(str(summary.in_pipeline)),
        Cell(stage_label(furthest) if furthest else NONE, Tone.NORMAL if furthest else Tone.MUTED),
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
        (_tr("Role"), search.role.value),
        (_tr("Company"), search.company or NONE),
        (_tr("Business unit"), search.business_unit or NONE),
        (_tr("Owner"), search.hiring_manager or NONE),
        (_tr("Started"), format_date(search.start_date)),
        (_tr("Days open"), day_text(summary, report.today)),
        (_tr("Target date"), format_date(search.target_date) if search.target_date else NONE),
        (_tr("Status"), status_label(search.status)),
        (_tr("Last activity"), format_date(summary.last_activity)),
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
    line = fill(_tr("%1 of %2 steps done (%3%)"), progress.done, progress.total, progress.percent)
    if sr.summary.overdue_steps:
        line = fill(_tr("%1 · %2 overdue"), line, sr.summary.overdue_steps)
    stages = tuple((stage_label(st), n) for st, n in sr.funnel)
    people = _tr("%n in the pipeline", sr.summary.in_pipeline)
    funnel_caption = (
        fill(_tr("%1 · %2 left the search"), people, sr.left_count) if sr.left_count else people
    )
    blocks: list[Block] = [
        Heading(_tr("Checklist progress")),
        Paragraph(line),
        ChartRow(
            (
                Chart(
                    ChartKind.PROGRESS,
                    _tr("Progress by phase"),
                    rows=tuple((p.title, p.done, p.total) for p in sr.phases),
                ),
                Chart(
                    ChartKind.FUNNEL,
                    _tr("Candidates by stage"),
                    rows=stages,
                    caption=funnel_caption,
                ),
            )
        ),
        Heading(_tr("Overdue steps"), level=3),
        Table(
            columns=(
                Column(_tr("Due"), 1.0),
                Column(_tr("Step"), 3.2),
                Column(_tr("Phase"), 1.4),
                Column(_tr("Owner"), 1.4),
                Column(_tr("Late"), 0.9, Align.RIGHT),
            ),
            rows=tuple(_overdue_row(s) for s in sr.overdue[:OVERDUE_SHOWN]),
            empty_text=_tr("Nothing overdue."),
            caption=_tr("and %n more", len(sr.overdue) - OVERDUE_SHOWN)
            if len(sr.overdue) > OVERDUE_SHOWN
            else "",
        ),
        Heading(_tr("Next due"), level=3),
        Table(
            columns=(
                Column(_tr("Due"), 1.0),
                Column(_tr("Step"), 3.2),
                Column(_tr("Phase"), 1.4),
                Column(_tr("Owner"), 2.3),
            ),
            rows=tuple(
                (Cell(_date(s.due_date)), Cell(s.title), Cell(s.phase, Tone.MUTED), Cell(s.owner))
                for s in sr.next_due
            ),
            empty_text=_tr("No open steps with a due date."),
        ),
    ]
    return blocks


def _overdue_row(step: StepLine) -> tuple[Cell, ...]:
    late = _tr("%n days", step.days_late)
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
        Heading(_tr("Candidates")),
        Table(
            columns=(
                Column("#", 0.35, Align.RIGHT),
                Column(_tr("Candidate"), 2.3),
                Column(_tr("Stage"), 1.0),
                Column(_tr("Fit"), 1.45),
                Column(_tr("S / E"), 0.8, Align.CENTER),
                Column(_tr("Profile"), 0.9),
                Column(_tr("Flags"), 1.2),
            ),
            rows=tuple(_candidate_row(c) for c in present),
            empty_text=_tr("No one is in the pipeline."),
            caption=_tr(
                "Fit runs from 20 to 100: strong 80+, good 70-79, borderline 60-69, weak below "
                "60; ~ marks a provisional fit (not every competency scored). S and E are the "
                "mean strategy and execution scores (1-5)."
            ),
        ),
    ]
    if gone:
        blocks += [
            Heading(_tr("Left the search"), level=3),
            Table(
                columns=(
                    Column(_tr("Candidate"), 2.2),
                    Column(_tr("Left at"), 1.0),
                    Column(_tr("How"), 1.2),
                    Column(_tr("Reason"), 3.0),
                ),
                rows=tuple(
                    (
                        Cell(c.name),
                        Cell(stage_label(c.stage)),
                        Cell(exit_label(c.exit_state) if c.exit_state else NONE),
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
    flags = "\n".join(flag_short(f) for f in card.flags) + (
        ("\n" if card.flags else "") + _tr("Critical gap") if card.critical_gaps else ""
    )
    return (
        Cell(str(c.rank) if c.rank else NONE, Tone.NORMAL if c.rank else Tone.MUTED),
        Cell(who, bold=c.rank == 1),
        Cell(stage_label(c.stage)),
        Cell(_fit_text(card), _band_tone(card)),
        Cell(_se_text(card), Tone.NORMAL if card.strategy is not None else Tone.MUTED),
        Cell(profile_short(card.profile) if card.profile else NONE),
        Cell(flags or NONE, Tone.WARNING if flags else Tone.MUTED),
    )


def _comparison(report: Report, sr: SearchReport) -> list[Block]:
    shortlist = sr.shortlist
    role = sr.search.role
    blocks: list[Block] = [Heading(_tr("Shortlist comparison"))]
    if not shortlist:
        return [*blocks, Paragraph(_tr("No scored candidates in the pipeline yet."), Tone.MUTED)]
    role_weights = weights(role)
    names = _chart_names(report, shortlist)
    columns = (
        Column(_tr("Competency"), 3.0),
        Column(_tr("Weight"), 0.7, Align.CENTER),
        *(Column(names[c.id], 1.0, Align.CENTER) for c in shortlist),
    )
    rows = [
        (
            Cell(f"{key} {BY_KEY[key].name}"),
            Cell(f"×{role_weights[key]}", Tone.MUTED),  # noqa: RUF001 - "times 3" is meant
            *(_score_cell(c.card, key) for c in shortlist),
        )
        for key in COMPETENCY_KEYS
    ]
    rows.append(
        (
            Cell(_tr("Fit"), bold=True),
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
            caption=_tr(
                "Median of the raters' scores, 1-5; ! marks scores the raters disagree on "
                "by 2 or more. Fit: strong 80+, good 70-79, borderline 60-69, weak below 60."
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
        _tr("Strategy against execution"),
        role=role,
        points=points,
        caption=fill(
            _tr("The shaded region suits a %1 seat; a point outside it carries a mismatch flag."),
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
                kind_label(n.kind)
                + (("\n" + _tr("Confidential")) if n.confidential else "")
                + (f"\n{n.author}" if n.author else ""),
                Tone.WARNING if n.confidential else Tone.NORMAL,
            ),
            Cell(_shorten(n.body)),
        )
        for n in notes
    )
    more = len(sr.notes) - len(notes)
    return [
        Heading(_tr("Recent notes")),
        Table(
            columns=(
                Column(_tr("When"), 1.1),
                Column(_tr("Candidate"), 1.3),
                Column(_tr("Kind"), 1.1),
                Column(_tr("Note"), 4.2),
            ),
            rows=rows,
            empty_text=_tr("No notes yet."),
            caption=_tr("%n older notes are in the spreadsheet export", more) if more > 0 else "",
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
    return f"{_fit_number(card)} {band_label(card.band)}"


def _band_tone(card: ScoreCard) -> Tone:
    return BAND_TONES[card.band] if card.band is not None else Tone.MUTED


def _se_text(card: ScoreCard) -> str:
    if card.strategy is None or card.execution is None:
        return NONE
    return f"{float(card.strategy):.1f} / {float(card.execution):.1f}"


def _median_text(median: Fraction) -> str:
    return str(median.numerator) if median.denominator == 1 else f"{float(median):.1f}"


def _date(day: dt.date | None) -> str:
    return format_date(day) if day else NONE


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= NOTE_LENGTH else text[: NOTE_LENGTH - 1].rstrip() + "…"
