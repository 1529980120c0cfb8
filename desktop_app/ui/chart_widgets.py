"""Small widgets that paint the charts package's drawings: progress by phase and the candidate
funnel, shared by the dashboard and the search overview. They hold plain data and describe it
in words too (tooltip and accessible description), since a chart alone says nothing to a screen
reader."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.charts.funnel_chart import draw_funnel
from desktop_app.charts.progress_chart import count_text, draw_progress_by_phase
from desktop_app.labels.text import fill

PHASE_ROW = 25
STAGE_ROW = 20


class ProgressChart(QWidget):
    """Checklist progress by phase: (title, done, total) per phase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phases: list[tuple[str, int, int]] = []
        self.setAccessibleName(self.tr("Progress by phase"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_phases(self, phases: Sequence[tuple[str, int, int]]) -> None:
        self._phases = list(phases)
        lines = [
            fill(self.tr("%1: %2"), title, count_text(done, total))
            for title, done, total in self._phases
        ]
        self.setToolTip("\n".join(lines))
        self.setAccessibleDescription("; ".join(lines))
        self.updateGeometry()
        self.update()

    def phases(self) -> list[tuple[str, int, int]]:
        return list(self._phases)

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self._phases)) * PHASE_ROW)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        draw_progress_by_phase(painter, self.rect(), self._phases, self.palette())
        painter.end()


class FunnelChart(QWidget):
    """Candidates per pipeline stage: (label, count) per stage. Compact is a tiny inline
    funnel without labels; its tooltip gives the numbers."""

    def __init__(self, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._compact = compact
        self._stages: list[tuple[str, int]] = []
        self.setAccessibleName(self.tr("Candidates per stage"))
        if compact:
            self.setFixedSize(QSize(110, 30))
        else:
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_stages(self, stages: Sequence[tuple[str, int]]) -> None:
        self._stages = list(stages)
        lines = [fill(self.tr("%1: %2"), label, count) for label, count in self._stages]
        self.setToolTip("\n".join(lines))
        self.setAccessibleDescription("; ".join(lines))
        self.updateGeometry()
        self.update()

    def stages(self) -> list[tuple[str, int]]:
        return list(self._stages)

    def sizeHint(self) -> QSize:
        if self._compact:
            return QSize(110, 30)
        return QSize(320, max(1, len(self._stages)) * STAGE_ROW)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint() if self._compact else QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        draw_funnel(painter, self.rect(), self._stages, self.palette(), compact=self._compact)
        painter.end()
