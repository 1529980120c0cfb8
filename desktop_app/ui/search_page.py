"""One search: a header with its key facts, and its Checklist and Candidates tabs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop_app.domain.search import days_open
from desktop_app.store.errors import NotFound
from desktop_app.ui.candidates_tab import CandidatesTab
from desktop_app.ui.checklist_tab import ChecklistTab
from desktop_app.ui.scorecard_editor import ScoreCardEditor
from desktop_app.ui.search_labels import status_label
from desktop_app.ui.search_list import ROLE_COLOURS
from desktop_app.ui.text import fill, format_date
from desktop_app.ui.workspace import Workspace


class SearchPage(QWidget):
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
        self.tabs.addTab(self.checklist, self.tr("&Checklist"))
        self.tabs.addTab(self.candidates, self.tr("C&andidates"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.facts)
        layout.addSpacing(4)
        layout.addWidget(self.tabs, 1)
        workspace.changed.connect(self._on_changed)

    def set_search(self, search_id: str | None) -> None:
        self._search_id = search_id
        self._show_header()
        self.checklist.set_search(search_id)
        self.candidates.set_search(search_id)

    def save_pending(self) -> None:
        """Saves edits still being typed; called before the database closes."""
        self.scorecard.save_pending()

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
        today = dt.date.today()
        opened = days_open(search.start_date, today)
        if search.start_date > today:
            parts.append(fill(self.tr("starts %1"), format_date(search.start_date)))
        elif search.target_date:
            target = (search.target_date - search.start_date).days
            parts.append(fill(self.tr("day %1 of %2"), opened, target))
        else:
            parts.append(fill(self.tr("day %1"), opened))
        self.facts.setText("  ·  ".join(parts))
