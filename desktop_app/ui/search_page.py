"""One search: a header with its key facts, and its tabs: Overview, Checklist, Candidates,
Compare and Diagnostic."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.labels.attention import day_text
from desktop_app.labels.searches import status_label
from desktop_app.labels.text import fill
from desktop_app.store.errors import NotFound
from desktop_app.ui.candidates_tab import CandidatesTab
from desktop_app.ui.checklist_tab import ChecklistTab
from desktop_app.ui.compare_tab import CompareTab
from desktop_app.ui.diagnostic_tab import DiagnosticTab, role_mismatch
from desktop_app.ui.overview_tab import OverviewTab
from desktop_app.ui.scorecard_editor import ScoreCardEditor
from desktop_app.ui.scorecard_style import Tone, banner_style
from desktop_app.ui.search_list import ROLE_COLOURS
from desktop_app.ui.workspace import Workspace


class SearchPage(QWidget):
    export_requested = Signal()  # the "Export report..." button beside the tabs

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._search_id: str | None = None

        self.title = QLabel()
        self.title.setObjectName("searchTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = QLabel()
        self.badge.setObjectName("roleBadge")
        self.facts = QLabel()
        self.facts.setObjectName("searchFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Shown when the role diagnostic points to the other role.
        self.role_warning = QFrame()
        self.role_warning.setObjectName("banner")
        self.role_warning_text = QLabel()
        self.role_warning_text.setWordWrap(True)
        warning_layout = QHBoxLayout(self.role_warning)
        warning_layout.setContentsMargins(10, 6, 10, 6)
        warning_layout.addWidget(self.role_warning_text, 1)
        self.role_warning.hide()

        heading = QHBoxLayout()
        heading.setSpacing(10)
        heading.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        heading.addWidget(self.title, 1)

        self.checklist = ChecklistTab(workspace)
        self.candidates = CandidatesTab(workspace)
        self.scorecard = ScoreCardEditor(workspace)
        self.candidates.panel.tabs.addTab(self.scorecard, self.tr("Scorecard"))
        self.candidates.panel.candidate_changed.connect(self.scorecard.set_candidate)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("searchTabs")
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(workspace)
        self.overview.step_chosen.connect(self.show_step)
        self.overview.candidate_chosen.connect(self.show_candidate)
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(self.checklist, self.tr("&Checklist"))
        self.tabs.addTab(self.candidates, self.tr("C&andidates"))
        self.compare = CompareTab(workspace)
        self.compare.candidate_activated.connect(self.show_candidate)
        self.tabs.addTab(self.compare, self.tr("Co&mpare"))
        self.diagnostic = DiagnosticTab(workspace)
        self.tabs.addTab(self.diagnostic, self.tr("&Diagnostic"))
        # Beside the tabs, so the report is one click away from the overview (and every tab)
        # without taking a row of the page.
        self.export_button = QPushButton(self.tr("Export report..."))
        self.export_button.setObjectName("searchExport")
        self.export_button.setToolTip(
            self.tr("A progress report of this search for the board (PDF, HTML) or the "
                    "committee (Excel, CSV)")
        )  # fmt: skip
        self.export_button.clicked.connect(self.export_requested)
        self.tabs.setCornerWidget(self.export_button, Qt.Corner.TopRightCorner)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.role_warning)
        layout.addSpacing(4)
        layout.addWidget(self.tabs, 1)
        workspace.changed.connect(self._on_changed)

    def set_search(self, search_id: str | None) -> None:
        self._search_id = search_id
        self._show_header()
        self.overview.set_search(search_id)
        self.checklist.set_search(search_id)
        self.candidates.set_search(search_id)
        self.compare.set_search(search_id)
        self.diagnostic.set_search(search_id)

    def save_pending(self) -> None:
        """Saves edits still being typed; called before the database closes."""
        self.scorecard.save_pending()

    def show_step(self, step_id: str) -> None:
        self.tabs.setCurrentWidget(self.checklist)
        self.checklist.select_step(step_id)

    def show_candidate(self, candidate_id: str) -> None:
        self.tabs.setCurrentWidget(self.candidates)
        self.candidates.select_candidate(candidate_id)

    def search_id(self) -> str | None:
        return self._search_id

    def _on_changed(self, search_id: str) -> None:
        if search_id == self._search_id:
            self._show_header()

    def _show_header(self) -> None:
        if self._search_id is None:
            return
        try:
            search = self._workspace.search(self._search_id)
        except NotFound:
            return  # deleted; the window selects another search
        title = search.title + (f" ({search.code_name})" if search.code_name else "")
        self.title.setText(title)
        self.badge.setText(search.role.value)
        self.badge.setStyleSheet(
            f"background: {ROLE_COLOURS[search.role].name()}; color: white; "
            "border-radius: 4px; padding: 2px 8px; font-weight: bold;"
        )
        parts = [p for p in (search.company, search.business_unit) if p]
        if search.hiring_manager:
            parts.append(fill(self.tr("Hiring manager: %1"), search.hiring_manager))
        status = status_label(search.status)
        if search.archived:
            status = fill(self.tr("%1 · archived"), status)
        parts.append(status)
        # The summary stops a filled search's clock on the day of the hire.
        parts.append(day_text(self._workspace.summary(search.id), dt.date.today()))
        self.facts.setText("  ·  ".join(parts))
        mismatch = role_mismatch(search.role, self._workspace.diagnostic_answers(search.id))
        if mismatch:
            self.role_warning.setStyleSheet(banner_style(self, Tone.CAUTION))
            advice = self.tr(
                "See the Diagnostic tab; a search's role is fixed, so create a new "
                "search if the seat should change."
            )
            self.role_warning_text.setText(f"⚠  {mismatch} {advice}")
        self.role_warning.setVisible(bool(mismatch))
