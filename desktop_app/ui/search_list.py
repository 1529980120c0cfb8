"""The sidebar's list of searches: a model over search summaries and the delegate that draws
each one as a card (title, CRO/CSO badge, status, checklist progress bar, overdue count)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.domain.search import Role
from desktop_app.labels.searches import status_label
from desktop_app.labels.text import fill
from desktop_app.store.summary import SearchSummary
from desktop_app.ui.colours import SELECTED_WARNING, SUCCESS_GREEN, WARNING_RED

SEARCH_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3
_Index = QModelIndex | QPersistentModelIndex

ROLE_COLOURS = {Role.CRO: QColor("#2f6fbe"), Role.CSO: QColor("#8a4fbf")}
OVERDUE_COLOUR = QColor(WARNING_RED)


class SearchListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SearchSummary] = []
        self._positions: dict[str, int] = {}  # search id -> row

    def set_rows(self, rows: Sequence[SearchSummary]) -> None:
        rows = list(rows)
        if [r.search.id for r in rows] == [r.search.id for r in self._rows]:
            # The same searches in the same order (an edit inside one): only the rows whose
            # summary changed are repainted, and the selection and scroll stay untouched.
            for number, (old, new) in enumerate(zip(self._rows, rows, strict=True)):
                self._rows[number] = new
                if old is not new and old != new:
                    self.dataChanged.emit(self.index(number), self.index(number))
            return
        self.beginResetModel()
        self._rows = rows
        self._positions = {r.search.id: number for number, r in enumerate(rows)}
        self.endResetModel()

    def overdue_text(self, steps: int) -> str:
        """ "2 overdue", for the delegate that paints the rows (here, for the plural forms)."""
        return self.tr("%n overdue", "", steps)

    def row_of(self, search_id: str) -> int | None:
        return self._positions.get(search_id)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        search = summary.search
        if role == Qt.ItemDataRole.DisplayRole:
            return search.title
        if role == SEARCH_ID_ROLE:
            return search.id
        if role == SUMMARY_ROLE:
            return summary
        if role == FILTER_ROLE:
            return " ".join(
                (
                    search.title,
                    search.code_name,
                    search.role.value,
                    search.company,
                    search.business_unit,
                    search.hiring_manager,
                )
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return fill(
                self.tr("%1, %2, %3, checklist %4%, %5 overdue"),
                search.title,
                search.role.value,
                status_label(search.status),
                summary.progress.percent,
                summary.overdue_steps,
            )
        return None

    def status_text(self, summary: SearchSummary) -> str:
        text = status_label(summary.search.status)
        return fill(self.tr("%1 · archived"), text) if summary.search.archived else text

    def _tooltip(self, summary: SearchSummary) -> str:
        s = summary.search
        lines = [s.title]
        if s.code_name:
            lines.append(fill(self.tr("Code name: %1"), s.code_name))
        company = " · ".join(p for p in (s.company, s.business_unit) if p)
        if company:
            lines.append(company)
        lines.append(
            fill(
                self.tr("Checklist: %1 of %2 steps done"),
                summary.progress.done,
                summary.progress.total,
            )
        )
        lines.append(self.tr("%n step(s) overdue", "", summary.overdue_steps))
        lines.append(self.tr("%n candidate(s) in the pipeline", "", summary.in_pipeline))
        return "\n".join(lines)


class SearchCardDelegate(QStyledItemDelegate):
    """Draws a search as a two-line card with a progress bar, using the palette's colours so
    it reads in light and dark themes."""

    PADDING = 10

    def __init__(self, model: SearchListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = QFontMetrics(option.font)
        height = self.PADDING * 2 + metrics.height() * 2 + 6 + 6 + 6
        return QSize(220, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        summary: SearchSummary = index.data(SUMMARY_ROLE)
        search = summary.search
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if search.archived and not selected:
            painter.setOpacity(0.55)  # archived searches recede
        rect = option.rect.adjusted(4, 3, -4, -3)
        background = palette.color(
            QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        )
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 6, 6)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        inner = rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        metrics = QFontMetrics(option.font)
        line = metrics.height()

        # Role badge, then the title.
        badge_font = QFont(option.font)
        badge_font.setBold(True)
        badge_font.setPointSizeF(option.font.pointSizeF() * 0.85)
        badge_metrics = QFontMetrics(badge_font)
        badge_width = badge_metrics.horizontalAdvance(search.role.value) + 10
        badge = QRect(inner.left(), inner.top() + 1, badge_width, line - 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ROLE_COLOURS[search.role])
        painter.drawRoundedRect(badge, 4, 4)
        painter.setFont(badge_font)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, search.role.value)

        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title_rect = QRect(badge.right() + 8, inner.top(), inner.right() - badge.right() - 8, line)
        title = QFontMetrics(title_font).elidedText(
            search.title, Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignVCenter, title)

        # Second line: status and company; overdue count on the right.
        painter.setFont(option.font)
        second = QRect(inner.left(), inner.top() + line + 4, inner.width(), line)
        overdue = summary.overdue_steps
        overdue_text = self._model.overdue_text(overdue) if overdue else ""
        overdue_width = metrics.horizontalAdvance(overdue_text) + 4 if overdue else 0
        faded = QColor(text_colour)
        faded.setAlphaF(0.7)
        painter.setPen(faded)
        details = " · ".join(p for p in (self._model.status_text(summary), search.company) if p)
        painter.drawText(
            second.adjusted(0, 0, -overdue_width, 0),
            Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(
                details, Qt.TextElideMode.ElideRight, second.width() - overdue_width
            ),
        )
        if overdue:
            painter.setPen(QColor(SELECTED_WARNING) if selected else OVERDUE_COLOUR)
            painter.drawText(
                second, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, overdue_text
            )

        # Progress bar with the percentage.
        bar_top = second.bottom() + 6
        percent_text = f"{summary.progress.percent}%"
        percent_width = metrics.horizontalAdvance("100%") + 6
        bar = QRect(inner.left(), bar_top, inner.width() - percent_width, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QColor(text_colour)
        track.setAlphaF(0.18)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 3, 3)
        filled = QRect(bar)
        filled.setWidth(round(bar.width() * summary.progress.percent / 100))
        if filled.width() > 0:
            painter.setBrush(QColor(SUCCESS_GREEN) if not selected else text_colour)
            painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(faded)
        painter.drawText(
            QRect(bar.right() + 4, bar_top - line // 2 + 3, percent_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            percent_text,
        )
        painter.restore()
