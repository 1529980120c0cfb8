"""Checklist progress by phase as one horizontal bar per phase, with "done/total" beside it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPalette

from desktop_app.charts.palette import mix

# The same green as "done" elsewhere in the app, and a mid blue for work under way; both read
# on white paper and on a dark window. Colour is never the only sign: a finished phase also
# gets a check mark, a not-applicable one hatching and "n/a".
COMPLETE_COLOUR = QColor("#2e7d32")
UNDER_WAY_COLOUR = QColor("#3f78c0")
ROW_HEIGHT_MAX = 30.0
BAR_HEIGHT_MAX = 14.0
CHECK = "\u2713"


def not_applicable_text() -> str:
    return QCoreApplication.translate("Charts", "n/a")


def count_text(done: int, total: int) -> str:
    """What the chart writes beside a phase's bar."""
    if total == 0:
        return not_applicable_text()
    text = f"{done}/{total}"
    return f"{text} {CHECK}" if done >= total else text


def draw_progress_by_phase(
    painter: QPainter,
    rect: QRect | QRectF,
    phases: Sequence[tuple[str, int, int]],
    palette: QPalette,
) -> None:
    """Draws (title, done, total) per phase, top to bottom, inside `rect`, in the painter's
    font. A phase whose steps are all not applicable (total 0) shows hatching and "n/a"."""
    area = QRectF(rect)
    if not phases or area.width() <= 0 or area.height() <= 0:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = QFontMetricsF(painter.font())
    text = palette.color(QPalette.ColorRole.WindowText)
    muted = mix(text, palette.color(QPalette.ColorRole.Window), 0.45)
    track = mix(text, palette.color(QPalette.ColorRole.Window), 0.85)

    row_height = min(ROW_HEIGHT_MAX, area.height() / len(phases))
    bar_height = min(BAR_HEIGHT_MAX, max(3.0, row_height * 0.55))
    # Titles get what they need up to two fifths of the width; long ones are elided.
    title_width = min(
        max(metrics.horizontalAdvance(title) for title, _d, _t in phases) + 10,
        area.width() * 0.4,
    )
    count_width = max(metrics.horizontalAdvance(count_text(d, t)) for _n, d, t in phases) + 10
    bar_left = area.left() + title_width
    bar_width = max(10.0, area.width() - title_width - count_width)

    for index, (title, done, total) in enumerate(phases):
        top = area.top() + index * row_height
        row = QRectF(area.left(), top, area.width(), row_height)
        applicable = total > 0
        painter.setPen(text if applicable else muted)
        title_rect = QRectF(row.left(), row.top(), title_width - 10, row_height)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )
        bar = QRectF(bar_left, top + (row_height - bar_height) / 2, bar_width, bar_height)
        radius = bar_height / 3
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, radius, radius)
        if not applicable:
            painter.setBrush(QBrush(muted, Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(bar, radius, radius)
        elif done > 0:
            filled = QRectF(bar)
            filled.setWidth(bar.width() * min(done, total) / total)
            painter.setBrush(COMPLETE_COLOUR if done >= total else UNDER_WAY_COLOUR)
            painter.drawRoundedRect(filled, radius, radius)
        painter.setPen(text if applicable else muted)
        painter.drawText(
            QRectF(bar.right() + 8, row.top(), count_width - 8, row_height),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            count_text(done, total),
        )
    painter.restore()
