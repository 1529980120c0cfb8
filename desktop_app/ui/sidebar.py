"""The sidebar: every search as a card, a filter box and a toggle for archived searches."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.store.summary import SearchSummary
from desktop_app.ui.search_list import (
    FILTER_ROLE,
    SEARCH_ID_ROLE,
    SearchCardDelegate,
    SearchListModel,
)


class SearchSidebar(QWidget):
    search_selected = Signal(str)  # "" when nothing is selected
    dashboard_requested = Signal()
    show_archived_changed = Signal(bool)
    new_search_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SearchListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(FILTER_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.new_button = QPushButton(self.tr("New search"))
        self.new_button.setAccessibleName(self.tr("New search"))
        self.new_button.clicked.connect(self.new_search_requested)

        self.all_button = QPushButton(self.tr("All searches"))
        self.all_button.setObjectName("allSearchesButton")
        self.all_button.setAccessibleName(self.tr("All searches: the dashboard"))
        self.all_button.setCheckable(True)
        self.all_button.setFlat(True)
        self.all_button.setStyleSheet("text-align: left; padding: 6px 8px; font-weight: bold;")
        self.all_button.clicked.connect(self._dashboard_clicked)

        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("Filter searches"))
        self.filter_box.setAccessibleName(self.tr("Filter searches"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._filter)
        self._open_id: str | None = None  # the search shown on the right

        self.list = QListView()
        self.list.setObjectName("searchList")
        self.list.setAccessibleName(self.tr("Searches"))
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(SearchCardDelegate(self.model, self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(True)
        self.list.setFrameShape(QListView.Shape.NoFrame)
        self.list.selectionModel().currentChanged.connect(self._current_changed)

        self.empty_hint = QLabel(self.tr("No search matches the filter."))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.hide()

        self.archived_toggle = QCheckBox(self.tr("Show archived searches"))
        self.archived_toggle.setAccessibleName(self.tr("Show archived searches"))
        self.archived_toggle.toggled.connect(self.show_archived_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(8)
        layout.addWidget(self.new_button)
        layout.addWidget(self.all_button)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.archived_toggle)
        self.setMinimumWidth(240)
        self.proxy.rowsInserted.connect(self._update_hint)
        self.proxy.modelReset.connect(self._update_hint)
        self.proxy.layoutChanged.connect(self._update_hint)

    def set_summaries(self, summaries: Sequence[SearchSummary], keep: str | None) -> None:
        """Shows the searches and keeps `keep` selected if it is still listed."""
        self.list.selectionModel().blockSignals(True)
        self.model.set_rows(summaries)
        self.list.selectionModel().blockSignals(False)
        if keep:
            self.select(keep, notify=False)
        self._update_hint()

    def select(self, search_id: str, *, notify: bool = True) -> bool:
        row = self.model.row_of(search_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid():  # filtered out: clear the filter so the search can be seen
            self.filter_box.clear()
            index = self.proxy.mapFromSource(self.model.index(row))
        if not notify:
            self.list.selectionModel().blockSignals(True)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list.selectionModel().blockSignals(False)
        self.list.scrollTo(index)
        self._open_id = search_id
        self.all_button.setChecked(False)
        return True

    def show_dashboard_selected(self) -> None:
        """Marks "All searches" as the open view; no search card stays selected."""
        self.all_button.setChecked(True)
        self.list.selectionModel().blockSignals(True)
        self.list.selectionModel().clear()
        self.list.selectionModel().blockSignals(False)
        self._open_id = None

    def _dashboard_clicked(self) -> None:
        self.show_dashboard_selected()
        self.dashboard_requested.emit()

    def current_search_id(self) -> str | None:
        """The search that is open, even while the filter hides its card."""
        return self._open_id

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._open_id = current.data(SEARCH_ID_ROLE) if current.isValid() else None
        if self._open_id:
            self.all_button.setChecked(False)
        self.search_selected.emit(self._open_id or "")

    def _filter(self, text: str) -> None:
        """Narrows the list without changing the search that is open: typing "cs" on the way to
        "cso" must not open another search."""
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        self.proxy.setFilterFixedString(text)
        row = self.model.row_of(self._open_id) if self._open_id else None
        index = self.proxy.mapFromSource(self.model.index(row)) if row is not None else None
        if index is not None and index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            selection.clear()
        selection.blockSignals(False)
        self._update_hint()

    def _update_hint(self) -> None:
        if self.model.rowCount() == 0:
            self.empty_hint.setText(self.tr("No searches yet."))
        else:
            self.empty_hint.setText(self.tr("No search matches the filter."))
        self.empty_hint.setVisible(self.proxy.rowCount() == 0)
