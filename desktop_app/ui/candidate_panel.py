"""The detail panel beside the candidates table: one candidate's profile and notes, in tabs
that other pages (the scorecard) can join."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from desktop_app.labels.text import fill
from desktop_app.store.candidates import Candidate, StageEvent
from desktop_app.store.errors import NotFound
from desktop_app.ui.candidate_notes import CandidateNotes
from desktop_app.ui.candidate_profile import CandidateProfile
from desktop_app.ui.deferred_refresh import DeferredRefresh
from desktop_app.ui.workspace import Change, Workspace


class CandidatePanel(DeferredRefresh, QWidget):
    # The candidate shown (an id, or None): other pages in `tabs`, such as the scorecard,
    # connect their set_candidate to it.
    candidate_changed = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._candidate: Candidate | None = None
        self._candidate_id: str | None = None

        self.profile = CandidateProfile(workspace)
        self.notes = CandidateNotes(workspace)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("candidateTabs")
        self.tabs.setAccessibleName(self.tr("Candidate details"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.profile, self.tr("Profile"))
        self.tabs.addTab(self.notes, self.tr("Notes"))

        self.placeholder = QLabel(
            self.tr("Select a candidate to see their details, move them or add notes.")
        )
        self.placeholder.setObjectName("panelPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        workspace.edited.connect(self._data_changed)

    def candidate_id(self) -> str | None:
        return self._candidate_id

    def set_candidate(self, candidate_id: str | None) -> None:
        """Shows this candidate, or the placeholder for None. The panel re-reads by itself when
        the workspace changes, so showing the same candidate again reads nothing."""
        previous = self._candidate_id
        if candidate_id == previous and self._candidate is not None:
            return
        self._candidate_id = candidate_id
        self._reload()
        if self._candidate_id != previous:
            self.candidate_changed.emit(self._candidate_id)

    def _data_changed(self, change: Change) -> None:
        if self._candidate is None or change.search_id not in ("", self._candidate.search_id):
            return
        if change.touches_candidates() and change.only_candidate() in (None, self._candidate_id):
            self.refresh_when_visible(self._reload)

    def _reload(self) -> None:
        candidate = None
        if self._candidate_id is not None:
            try:
                candidate = self._workspace.candidate(self._candidate_id)
            except NotFound:
                candidate = None  # deleted (or its addition undone): nothing to show
        self._candidate = candidate
        if candidate is None:
            self.pages.setCurrentWidget(self.placeholder)
            return
        today = dt.date.today()
        self.profile.show_candidate(candidate, self._history(candidate.id), today)
        notes = self._workspace.notes(candidate.id)
        self.notes.show_notes(candidate.id, notes)
        index = self.tabs.indexOf(self.notes)
        label = fill(self.tr("Notes (%1)"), str(len(notes))) if notes else self.tr("Notes")
        self.tabs.setTabText(index, label)
        self.pages.setCurrentWidget(self.tabs)

    def _history(self, candidate_id: str) -> list[StageEvent]:
        return self._workspace.stage_history(candidate_id)
