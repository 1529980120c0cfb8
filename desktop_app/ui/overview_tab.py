"""The Overview tab of a search: its key facts, progress by phase and the candidate funnel as
charts, the overdue and next due steps, and the best-fitting candidates still in the pipeline."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.checklist import load_template, next_due, overdue, progress_by_phase
from desktop_app.domain.pipeline import STAGES, Stage
from desktop_app.domain.ranking import ranked_by_cards
from desktop_app.domain.scorecard import ScoreCard
from desktop_app.domain.search import Role
from desktop_app.labels.attention import day_text, days_past_target, fit_text
from desktop_app.labels.candidates import (
    flag_message,
    flag_short,
    profile_label,
    profile_short,
    stage_label,
)
from desktop_app.labels.searches import status_label
from desktop_app.labels.text import fill, format_date
from desktop_app.store.candidates import Candidate
from desktop_app.store.checklist import StoredStep
from desktop_app.store.summary import SearchSummary
from desktop_app.ui.chart_widgets import FunnelChart, ProgressChart
from desktop_app.ui.colours import SELECTED_WARNING, WARNING_RED
from desktop_app.ui.deferred_refresh import DeferredRefresh
from desktop_app.ui.scorecard_style import ElidedLabel, band_chip_style, is_dark, make_secondary
from desktop_app.ui.workspace import Workspace

OVERDUE_SHOWN = 5
NEXT_DUE_SHOWN = 4
TOP_CANDIDATES = 5


class OverviewTab(DeferredRefresh, QWidget):
    # A step or candidate named here was clicked: its id, for the window to show it.
    step_chosen = Signal(str)
    candidate_chosen = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._search_id: str | None = None
        self.shown_overdue: list[StoredStep] = []
        self.shown_next: list[StoredStep] = []
        self.shown_top: list[tuple[Candidate, ScoreCard]] = []
        self.fact_values: dict[str, QLabel] = {}

        self.facts_grid = QGridLayout()
        self.facts_grid.setHorizontalSpacing(12)
        self.facts_grid.setVerticalSpacing(5)
        facts_box = _box(self.tr("Key facts"), self.facts_grid)

        self.progress_chart = ProgressChart()
        self.progress_line = make_secondary(QLabel())
        self.funnel_chart = FunnelChart()
        self.funnel_line = make_secondary(QLabel())
        charts = QHBoxLayout()
        charts.setSpacing(12)
        charts.addWidget(
            _box(self.tr("Checklist progress by phase"), self.progress_chart, self.progress_line),
            1,
        )
        charts.addWidget(
            _box(self.tr("Candidates per stage"), self.funnel_chart, self.funnel_line), 1
        )

        self.overdue_grid = _grid()
        self.next_grid = _grid()
        steps = QHBoxLayout()
        steps.setSpacing(12)
        steps.addWidget(_box(self.tr("Overdue steps"), self.overdue_grid), 1)
        steps.addWidget(_box(self.tr("Next due"), self.next_grid), 1)
        self.top_grid = _grid()
        self.top_grid.setHorizontalSpacing(16)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(10, 6, 10, 6)
        column.setSpacing(8)
        column.addWidget(facts_box)
        column.addLayout(charts)
        column.addLayout(steps)
        column.addWidget(_box(self.tr("Top candidates by fit"), self.top_grid))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        workspace.changed.connect(self._data_changed)

    def set_search(self, search_id: str | None) -> None:
        self._search_id = search_id
        self.refresh_when_visible(self.refresh)

    def search_id(self) -> str | None:
        return self._search_id

    def refresh(self) -> None:
        """Re-reads the search and everything the tab shows about it."""
        summary = self._summary()
        for grid in (self.facts_grid, self.overdue_grid, self.next_grid, self.top_grid):
            _clear(grid)
        self.fact_values = {}
        if summary is None:
            self.shown_overdue, self.shown_next, self.shown_top = [], [], []
            self.progress_chart.set_phases([])
            self.funnel_chart.set_stages([])
            self.progress_line.clear()
            self.funnel_line.clear()
            return
        today = dt.date.today()
        self._show_facts(summary, today)
        self._show_charts(summary)
        self._show_steps(summary, today)
        self._show_top(summary)

    # --- inner workings ----------------------------------------------------------------------

    def _summary(self) -> SearchSummary | None:
        if self._search_id is None:
            return None
        return next(
            (s for s in self._workspace.summaries() if s.search.id == self._search_id), None
        )

    def _data_changed(self, search_id: str) -> None:
        if self._search_id is not None and search_id in ("", self._search_id):
            self.refresh_when_visible(self.refresh)

    def _show_facts(self, summary: SearchSummary, today: dt.date) -> None:
        search = summary.search
        roles = {Role.CRO: self.tr("Chief Revenue Officer (CRO)"),
                 Role.CSO: self.tr("Chief Sales Officer (CSO)")}  # fmt: skip
        status = status_label(search.status)
        if search.archived:
            status = fill(self.tr("%1 · archived"), status)
        opened = day_text(summary, today)
        if search.start_date <= today:
            opened = str(summary.days_open)
            if search.target_date is not None:
                planned = (search.target_date - search.start_date).days
                opened = fill(self.tr("%1 of %2 planned"), summary.days_open, planned)
        past = days_past_target(summary)
        if past:
            late = (
                self.tr("1 day past target")
                if past == 1
                else self.tr("%n days past target", "", past)
            )
            opened = fill(self.tr("%1 (%2)"), opened, late)
        count, hired = summary.in_pipeline, summary.candidates_by_stage.get(Stage.HIRED, 0)
        parts = [self.tr("1 candidate") if count == 1 else self.tr("%n candidates", "", count)]
        if hired:
            parts.append(self.tr("%n hired", "", hired))
        if left := sum(summary.exits.values()):
            parts.append(self.tr("%n left", "", left))
        pipeline = " · ".join(parts)
        not_set = self.tr("Not set")
        facts = [
            ("role", self.tr("Role"), roles[search.role]),
            ("company", self.tr("Company"), " · ".join(
                p for p in (search.company, search.business_unit) if p) or not_set),
            ("hiring_manager", self.tr("Hiring manager"), search.hiring_manager or not_set),
            ("status", self.tr("Status"), status),
            ("start", self.tr("Started"), format_date(search.start_date)),
            ("target", self.tr("Target date"),
             format_date(search.target_date) if search.target_date else not_set),
            ("days_open", self.tr("Days open"), opened),
            ("in_pipeline", self.tr("In the pipeline"), pipeline),
            ("code_name", self.tr("Code name"), search.code_name or "—"),
        ]  # fmt: skip
        for index, (key, label, value) in enumerate(facts):
            row, pair = divmod(index, 3)
            name = make_secondary(QLabel(label), scale=1.0)
            shown = ElidedLabel(value)
            self.facts_grid.addWidget(name, row, pair * 2)
            self.facts_grid.addWidget(shown, row, pair * 2 + 1)
            self.fact_values[key] = shown
        for pair in range(3):
            self.facts_grid.setColumnStretch(pair * 2 + 1, 1)

    def _show_charts(self, summary: SearchSummary) -> None:
        titles = load_template(summary.search.role, summary.search.language).phase_titles
        steps = [stored.step for stored in self._workspace.steps(summary.search.id)]
        phases = [(titles[key], p.done, p.total) for key, p in progress_by_phase(steps).items()]
        self.progress_chart.set_phases(phases)
        overall = summary.progress
        self.progress_line.setText(
            fill(self.tr("%1 of %2 steps done (%3%)"), overall.done, overall.total, overall.percent)
        )
        self.funnel_chart.set_stages(
            [(stage_label(st), summary.candidates_by_stage.get(st, 0)) for st in STAGES]
        )
        left = sum(summary.exits.values())
        line = self.tr("%n in the pipeline", "", summary.in_pipeline)
        self.funnel_line.setText(
            fill(self.tr("%1 · %2 left the search"), line, left) if left else line
        )

    def _show_steps(self, summary: SearchSummary, today: dt.date) -> None:
        stored = self._workspace.steps(summary.search.id)
        by_step = {id(s.step): s for s in stored}
        plain = [s.step for s in stored]
        late = [by_step[id(step)] for step in overdue(plain, today)]
        owners = load_template(summary.search.role, summary.search.language).owner_titles
        self.shown_overdue = late[:OVERDUE_SHOWN]
        self.shown_next = [by_step[id(step)] for step in next_due(plain, today, NEXT_DUE_SHOWN)]
        late_rows: list[tuple[QWidget, ...]] = []
        for step in self.shown_overdue:
            assert step.step.due_date is not None
            days = (today - step.step.due_date).days
            lateness = self.tr("1 day late") if days == 1 else self.tr("%n days late", "", days)
            when = QLabel(lateness)
            when.setStyleSheet(self._warning_style())
            late_rows.append(self._step_row(step, today, when))
        if len(late) > OVERDUE_SHOWN:
            more = self.tr("and %n more on the Checklist tab", "", len(late) - OVERDUE_SHOWN)
            late_rows.append((make_secondary(QLabel(more)),))
        if not late:
            late_rows.append((make_secondary(QLabel(self.tr("Nothing overdue."))),))
        next_rows: list[tuple[QWidget, ...]] = []
        for step in self.shown_next:
            owner = make_secondary(ElidedLabel(owners.get(step.step.owner, step.step.owner)))
            owner.setMaximumWidth(140)  # a long owner name gives way to the step's title
            next_rows.append(self._step_row(step, today, owner))
        if not self.shown_next:
            next_rows.append((make_secondary(QLabel(self.tr("No open steps with a due date."))),))
        for grid, rows in ((self.overdue_grid, late_rows), (self.next_grid, next_rows)):
            for row, widgets in enumerate(rows):
                if len(widgets) == 1:
                    grid.addWidget(widgets[0], row, 0, 1, 3)
                    continue
                for column, widget in enumerate(widgets):
                    grid.addWidget(widget, row, column)
            grid.setColumnStretch(1, 1)

    def _step_row(self, stored: StoredStep, today: dt.date, extra: QLabel) -> tuple[QWidget, ...]:
        due = stored.step.due_date
        assert due is not None
        pattern = "ddd d MMM" if due.year == today.year else "d MMM yyyy"
        title = _Link(stored.step.title, stored.id)
        title.linkActivated.connect(self.step_chosen)
        title.setToolTip(fill(self.tr("%1\nClick to show it on the Checklist tab."),
                              stored.step.title))  # fmt: skip
        return (make_secondary(QLabel(format_date(due, pattern)), scale=1.0), title, extra)

    def _show_top(self, summary: SearchSummary) -> None:
        search = summary.search
        people = self._workspace.candidates(search.id)
        ranked = ranked_by_cards(people, self._workspace.score_cards(search.id))
        self.shown_top = ranked[:TOP_CANDIDATES]
        if not self.shown_top:
            text = (
                self.tr("No scored candidates in the pipeline yet.")
                if summary.in_pipeline
                else self.tr("No one is in the pipeline now.")
            )
            none = make_secondary(QLabel(text))
            self.top_grid.addWidget(none, 0, 0, 1, 5)
        else:
            headers = (self.tr("Candidate"), self.tr("Stage"), self.tr("Fit"),
                       self.tr("Profile"), self.tr("Flags"))  # fmt: skip
            for col, text in enumerate(headers):
                self.top_grid.addWidget(make_secondary(QLabel(text)), 0, col)
        for row, (candidate, card) in enumerate(self.shown_top, start=1):
            name = _Link(candidate.full_name, candidate.id)
            name.linkActivated.connect(self.candidate_chosen)
            name.setToolTip(
                fill(self.tr("%1\nClick to open on the Candidates tab."), candidate.full_name)
            )
            fit = QLabel(fit_text(card))
            if card.band is not None:
                fit.setStyleSheet(band_chip_style(card.band))
                fit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            if card.provisional:
                fit.setToolTip(self.tr("Provisional: not every competency is scored yet"))
            profile = QLabel(profile_short(card.profile) if card.profile else "—")
            if card.profile:
                profile.setToolTip(profile_label(card.profile))
            flags = self._flags(card)
            for col, widget in enumerate((name, QLabel(stage_label(candidate.stage)), fit,
                                          profile, flags)):  # fmt: skip
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                self.top_grid.addWidget(widget, row, col, align)
        self.top_grid.setColumnStretch(4, 1)
        unscored = sum(c.is_active for c in people) - len(ranked)
        if unscored:
            note = self.tr("%n more in the pipeline not scored yet", "", unscored)
            self.top_grid.addWidget(make_secondary(QLabel(note)), TOP_CANDIDATES + 1, 0, 1, 5)

    def _flags(self, card: ScoreCard) -> QLabel:
        words = list(dict.fromkeys(flag_short(flag) for flag in card.flags))
        lines = [flag_message(flag) for flag in card.flags]
        if card.critical_gaps:
            words.append(self.tr("Critical gap"))
            lines.append(fill(self.tr("Critical gap: %1"), ", ".join(card.critical_gaps)))
        label = QLabel(", ".join(words) if words else "—")
        if words:
            # The word carries the meaning; the colour only draws the eye.
            label.setStyleSheet(self._warning_style())
            label.setToolTip("\n".join(lines))
        return label

    def _warning_style(self) -> str:
        # The app's warning red is too dark to read on a dark window; a light red is not.
        colour = SELECTED_WARNING if is_dark(self) else WARNING_RED
        return f"color: {colour}; font-weight: 600;"


def _box(title: str, *items: QWidget | QLayout) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(10, 6, 10, 8)
    layout.setSpacing(6)
    for item in items:
        if isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    layout.addStretch(1)  # short content sits at the top when its neighbour is taller
    return box


def _grid() -> QGridLayout:
    grid = QGridLayout()
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(5)
    return grid


class _Link(QLabel):
    """A one-line link (to an id) that ends in "…" where it does not fit, so a long step title
    or name never widens the tab; the keyboard can follow it too."""

    def __init__(self, text: str, target: str) -> None:
        super().__init__()
        self._text, self._target = text, target
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(text)
        self._render()

    def plain_text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self._text) + 4
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(100, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._render()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._render()  # laid out while hidden: elide to the width it has now

    def _render(self) -> None:
        room = max(self.width(), 20) if self.isVisible() else self.sizeHint().width()
        shown = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, room)
        text = f'<a href="{html.escape(self._target)}">{html.escape(shown, quote=False)}</a>'
        if text != self.text():
            self.setText(text)


def _clear(layout: QLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
