"""A table model of searches: one row per search with its role, status and progress.

A dumb model: it shows the summaries it is given (`set_rows`) and knows nothing of SQL.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.search import SearchStatus
from desktop_app.store.summary import SearchSummary

SEARCH_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class SearchTableModel(QAbstractTableModel):
    TITLE, ROLE, COMPANY, STATUS, PROGRESS, OVERDUE, CANDIDATES, DAYS = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SearchSummary] = []
        self._headers = [
            self.tr("Search"),
            self.tr("Role"),
            self.tr("Company"),
            self.tr("Status"),
            self.tr("Checklist"),
            self.tr("Overdue"),
            self.tr("In pipeline"),
            self.tr("Days open"),
        ]
        self._status_labels = {
            SearchStatus.DRAFT: self.tr("Draft"),
            SearchStatus.ACTIVE: self.tr("Active"),
            SearchStatus.ON_HOLD: self.tr("On hold"),
            SearchStatus.FILLED: self.tr("Filled"),
            SearchStatus.CANCELLED: self.tr("Cancelled"),
        }

    def set_rows(self, rows: Sequence[SearchSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary_at(self, row: int) -> SearchSummary:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == SEARCH_ID_ROLE:
            return summary.search.id
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OVERDUE:
            return QBrush(QColor("#b3261e")) if summary.overdue_steps else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            s = summary.search
            parts = [s.title, s.code_name, s.business_unit, s.hiring_manager]
            return "\n".join(p for p in parts if p)
        return None

    def _display(self, summary: SearchSummary, column: int) -> str:
        s = summary.search
        if column == self.TITLE:
            return s.title + (f" ({s.code_name})" if s.code_name else "")
        if column == self.ROLE:
            return s.role.value
        if column == self.COMPANY:
            return " · ".join(p for p in (s.company, s.business_unit) if p)
        if column == self.STATUS:
            label = self._status_labels[s.status]
            return self.tr("%1, archived").replace("%1", label) if s.archived else label
        if column == self.PROGRESS:
            p = summary.progress
            return f"{p.done}/{p.total}  {p.percent}%"
        if column == self.OVERDUE:
            return str(summary.overdue_steps)
        if column == self.CANDIDATES:
            return str(summary.in_pipeline)
        if column == self.DAYS:
            return str(summary.days_open)
        return ""
