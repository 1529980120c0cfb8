"""The Candidates tab of a search: a sortable, filterable table of its candidates beside a panel
with the selected candidate's profile and notes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.pipeline import STAGES
from desktop_app.labels.candidates import stage_label
from desktop_app.labels.text import fill
from desktop_app.store.errors import NotFound
from desktop_app.ui.candidate_dialogs import CandidateDialog
from desktop_app.ui.candidate_panel import CandidatePanel
from desktop_app.ui.candidate_table_model import (
    CANDIDATE_ID_ROLE,
    SORT_ROLE,
    CandidateRow,
    CandidateTableModel,
)
from desktop_app.ui.deferred_refresh import DeferredRefresh
from desktop_app.ui.edits import run_edit
from desktop_app.ui.workspace import Change, Workspace

ALL = "all"
IN_PIPELINE = "in_pipeline"
LEFT = "left"


class CandidateFilter(QSortFilterProxyModel):
    """Keeps the rows matching the typed text (name, company, title) and the chosen stage.

    Sorting is passed on to the table model, which sorts faster than a proxy can (see
    candidate_table_model); the proxy keeps the model's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._stage: str = ALL  # ALL, IN_PIPELINE, LEFT or a Stage value
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        assert isinstance(model, CandidateTableModel)
        model.sort(column, order)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_stage(self, stage: str) -> None:
        self.beginFilterChange()
        self._stage = stage
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words and self._stage == ALL:
            return True
        model = self.sourceModel()
        assert isinstance(model, CandidateTableModel)
        candidate = model.row_at(source_row).candidate
        left = candidate.exit_state is not None
        if self._stage == IN_PIPELINE and left:
            return False
        if self._stage == LEFT and not left:
            return False
        if self._stage not in (ALL, IN_PIPELINE, LEFT) and (left or candidate.stage != self._stage):
            return False
        details = candidate.details
        haystack = " ".join(
            (details.full_name, details.current_title, details.current_company)
        ).casefold()
        # Every word must appear somewhere: "anna cobalt" finds Anna at Cobalt.
        return all(word in haystack for word in self._words)


class CandidatesTab(DeferredRefresh, QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._search_id: str | None = None
        # The candidate the person chose; kept while a filter or an undo hides them, so they
        # come back selected.
        self._wanted_id: str | None = None
        self._refreshing = False

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("candidateFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, company or title"))
        self.filter_edit.setAccessibleName(self.tr("Filter candidates"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(240)
        self.stage_combo = QComboBox()
        self.stage_combo.setObjectName("stageFilter")
        self.stage_combo.setAccessibleName(self.tr("Show candidates at stage"))
        self.stage_combo.addItem(self.tr("All"), ALL)
        self.stage_combo.addItem(self.tr("In the pipeline"), IN_PIPELINE)
        self.stage_combo.addItem(self.tr("Left the pipeline"), LEFT)
        self.stage_combo.insertSeparator(self.stage_combo.count())
        for stage in STAGES:
            self.stage_combo.addItem(stage_label(stage), stage.value)
        self.count_label = QLabel()
        self.count_label.setObjectName("candidateCount")
        self.add_button = QPushButton(self.tr("Add candidate…"))
        self.add_button.setObjectName("addCandidateButton")
        self.add_button.setAccessibleName(self.tr("Add candidate"))
        self.add_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_button.setToolTip(self.tr("Add a candidate to this search (Ctrl+Shift+N)"))
        self.add_button.clicked.connect(self.add_candidate)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.stage_combo)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.add_button)

        self.model = CandidateTableModel(self)
        self.proxy = CandidateFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("candidateTable")
        self.table.setAccessibleName(self.tr("Candidates"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CandidateTableModel.STAGE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the panel
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # flags take what is left
        header.setMinimumSectionSize(40)
        widths = {
            CandidateTableModel.NAME: 136,
            CandidateTableModel.POSITION: 160,
            CandidateTableModel.STAGE: 112,
            CandidateTableModel.DAYS: 44,
            CandidateTableModel.FIT: 100,
            CandidateTableModel.TILT: 108,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.panel = CandidatePanel(workspace)
        self.panel.setMinimumWidth(340)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("candidatesSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.panel)
        # The panel holds the scorecard, which needs room; the table narrows first.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([500, 480])
        self.splitter.splitterMoved.connect(lambda _pos, _index: self._fit_columns())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.returnPressed.connect(self._go_to_table)
        self.stage_combo.currentIndexChanged.connect(self._filter_changed)
        workspace.edited.connect(self._data_changed)
        self.setTabOrder(self.filter_edit, self.stage_combo)
        self.setTabOrder(self.stage_combo, self.add_button)
        self.setTabOrder(self.add_button, self.table)
        self.setTabOrder(self.table, self.panel.tabs)
        self._update_count()
        self.add_button.setEnabled(False)

    # --- public ------------------------------------------------------------------------------

    # Columns the panel repeats give way when the table is narrow, so the name, stage, days,
    # fit and flags stay readable without scrolling sideways.
    _OPTIONAL_COLUMNS = (CandidateTableModel.POSITION, CandidateTableModel.TILT)
    _ALL_COLUMNS_WIDTH = 740  # the visible columns' widths plus room for the flags

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        narrow = self.table.width() < self._ALL_COLUMNS_WIDTH
        for column in self._OPTIONAL_COLUMNS:
            self.table.setColumnHidden(column, narrow)

    def set_search(self, search_id: str | None) -> None:
        if search_id == self._search_id:
            return
        self._search_id = search_id
        self._wanted_id = None
        # Read when shown: a search opens on whichever tab was last used.
        self.refresh_when_visible(self._show_new_search)

    def _show_new_search(self) -> None:
        self.refresh()
        if self.current_candidate_id() is None and self.proxy.rowCount():
            self._select_proxy_row(0)

    def select_candidate(self, candidate_id: str) -> None:
        """Selects the candidate, clearing the filters if they hide them."""
        self.catch_up()
        self._wanted_id = candidate_id
        if not self._select_id(candidate_id) and self.model.row_of(candidate_id) is not None:
            self.filter_edit.clear()
            self.stage_combo.setCurrentIndex(0)
            self._select_id(candidate_id)

    def current_candidate_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(CANDIDATE_ID_ROLE) if rows else None

    def refresh(self) -> None:
        """Re-reads the search's candidates and their scores, keeping the selection."""
        self._refreshing = True
        try:
            self.model.set_rows(self._read_rows(), dt.date.today())
            selected = self._wanted_id is not None and self._select_id(self._wanted_id)
        finally:
            self._refreshing = False
        self.panel.set_candidate(self._wanted_id if selected else None)
        self.add_button.setEnabled(self._search_id is not None and not self._workspace.read_only)
        self._update_count()

    def refresh_candidate(self, candidate_id: str) -> None:
        """Re-reads one candidate's row after an edit to them alone, keeping the selection."""
        if self._search_id is None:
            return
        row = None
        try:
            candidate = self._workspace.candidate(candidate_id)
        except NotFound:
            candidate = None  # deleted, or their addition undone
        if candidate is not None and candidate.search_id == self._search_id:
            row = CandidateRow(candidate, cards=self._workspace.score_cards(self._search_id))
        self._refreshing = True
        try:
            self.model.put_row(candidate_id, row)
            selected = self._wanted_id is not None and self._select_id(self._wanted_id)
        finally:
            self._refreshing = False
        self.panel.set_candidate(self._wanted_id if selected else None)
        self._update_count()

    # --- inner workings ----------------------------------------------------------------------

    def _read_rows(self) -> list[CandidateRow]:
        if self._search_id is None:
            return []
        try:
            cards = self._workspace.score_cards(self._search_id)
        except NotFound:
            return []  # the search itself was deleted; the main window moves on
        return [
            CandidateRow(candidate, cards=cards)
            for candidate in self._workspace.candidates(self._search_id)
        ]

    def _data_changed(self, change: Change) -> None:
        if self._search_id is None or change.search_id not in ("", self._search_id):
            return
        if not change.touches_candidates():
            return  # a checklist or diagnostic edit: nothing in this table changed
        if self.waiting_refresh() == self._show_new_search:
            return  # the whole new search is read when shown, this edit with it
        candidate_id = change.only_candidate()
        if candidate_id is not None and not self.refresh_is_pending():
            # One candidate edited: their row alone, now if shown, else when next shown.
            self.refresh_when_visible(lambda: self.refresh_candidate(candidate_id))
            return
        self.refresh_when_visible(self.refresh)

    def _filter_changed(self) -> None:
        self._refreshing = True
        try:
            self.proxy.set_text(self.filter_edit.text())
            self.proxy.set_stage(self.stage_combo.currentData() or ALL)
            shown = self._wanted_id is not None and self._select_id(self._wanted_id)
        finally:
            self._refreshing = False
        self.panel.set_candidate(self._wanted_id if shown else None)
        self._update_count()

    def _go_to_table(self) -> None:
        # Enter after typing a filter lands on the first match, ready for the arrow keys.
        self.table.setFocus()
        if self.current_candidate_id() is None and self.proxy.rowCount():
            self._select_proxy_row(0)

    def _select_id(self, candidate_id: str) -> bool:
        source_row = self.model.row_of(candidate_id)
        if source_row is None:
            self.table.clearSelection()
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not proxy_index.isValid():
            self.table.clearSelection()
            return False
        self._select_proxy_row(proxy_index.row())
        return True

    def _select_proxy_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _selection_changed(self) -> None:
        if self._refreshing:
            return
        candidate_id = self.current_candidate_id()
        if candidate_id is not None:
            self._wanted_id = candidate_id
        self.panel.set_candidate(candidate_id)

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == shown:
            self.count_label.setText(fill(self.tr("Candidates: %1"), str(total)))
        else:
            self.count_label.setText(fill(self.tr("Showing %1 of %2"), str(shown), str(total)))

    def add_candidate(self) -> None:
        if self._search_id is None or self._workspace.read_only:
            return
        details = self._ask_candidate_details()
        if details is None:
            return
        search_id = self._search_id
        new_ids: list[str] = []
        if run_edit(
            self,
            self.tr("Could not add the candidate"),
            lambda: new_ids.append(self._workspace.add_candidate(search_id, details)),
        ):
            self.select_candidate(new_ids[0])
            self.table.setFocus()

    def _ask_candidate_details(self) -> CandidateDetails | None:
        dialog = CandidateDialog(self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        details = dialog.details()
        dialog.deleteLater()
        return details if accepted else None
