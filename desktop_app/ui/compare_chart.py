"""The Compare tab's strategy-against-execution chart as a widget: it paints with
charts.scatter and turns a click on a point into the candidate's id."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop_app.charts.scatter import (
    StrategyExecutionPoint,
    draw_strategy_execution,
    height_for_width,
    plot_rect,
)
from desktop_app.domain.search import Role


class StrategyExecutionChart(QWidget):
    point_clicked = Signal(str)  # a candidate id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[StrategyExecutionPoint] = []
        self._tips: Mapping[str, str] = {}
        self._role = Role.CRO
        self._highlighted: str | None = None
        self._hits: dict[str, QRectF] = {}
        self._plot = QRectF()
        self.setMouseTracking(True)
        self.setMinimumSize(260, 260)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # the plot is square: no empty band under it
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Strategy against execution chart"))
        self.setAccessibleDescription(
            self.tr(
                "Each candidate's strategy (S) and execution (E) means; the shaded area suits "
                "the seat. The matrix beside it holds the same scores."
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(400, self.heightForWidth(400))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(height_for_width(width, self.font()))

    def set_points(
        self,
        points: Sequence[StrategyExecutionPoint],
        role: Role,
        tips: Mapping[str, str] | None = None,
    ) -> None:
        """Shows these points for a search of this role; `tips` (by candidate id) are shown
        when the pointer rests on a point."""
        self._points = list(points)
        self._role = Role(role)
        self._tips = tips or {}
        self._hits = {}
        self.update()

    def set_highlighted(self, candidate_id: str | None) -> None:
        if candidate_id != self._highlighted:
            self._highlighted = candidate_id
            self.update()

    def points(self) -> list[StrategyExecutionPoint]:
        return list(self._points)

    def hit_rects(self) -> dict[str, QRectF]:
        """Where each point was last drawn, by candidate id (empty until painted)."""
        return dict(self._hits)

    def plot_area(self) -> QRectF:
        """The square the scores were last drawn in (see charts.scatter.scores_at)."""
        return QRectF(self._plot)

    def point_at(self, position: QPointF) -> str | None:
        # The last drawn is on top, so it wins where two overlap.
        for candidate_id, rect in reversed(self._hits.items()):
            if rect.contains(position):
                return candidate_id
        return None

    # --- painting and the pointer ------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._plot = plot_rect(painter, QRectF(self.rect()))
            self._hits = draw_strategy_execution(
                painter,
                QRectF(self.rect()),
                self._points,
                self._role,
                self.palette(),
                highlighted=self._highlighted,
            )
        finally:
            painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        candidate_id = self.point_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and candidate_id is not None:
            self.point_clicked.emit(candidate_id)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.point_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            candidate_id = self.point_at(QPointF(event.pos()))
            if candidate_id is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._tips.get(candidate_id, ""), self)
            return True
        return super().event(event)
