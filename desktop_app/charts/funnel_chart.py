"""The candidate pipeline as a funnel: one centred bar per stage, Identified to Hired, with its
count; or, compact, a row of tiny columns to sit inside a dashboard card."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette

from desktop_app.charts.palette import mix

# One hue from light (early stages) to deep (late stages): how far people have got reads as
# depth of colour as well as position, and the hue works on white paper and dark windows.
EARLY_COLOUR = QColor("#94bde8")
LATE_COLOUR = QColor("#23579e")
ROW_HEIGHT_MAX = 26.0
BAR_HEIGHT_MAX = 16.0


def stage_colour(index: int, count: int) -> QColor:
    """The colour of the stage at `index` among `count` stages."""
    share = index / (count - 1) if count > 1 else 1.0
    return mix(EARLY_COLOUR, LATE_COLOUR, share)


def draw_funnel(
    painter: QPainter,
    rect: QRect | QRectF,
    stages: Sequence[tuple[str, int]],
    palette: QPalette,
    compact: bool = False,
) -> None:
    """Draws (label, count) per stage in pipeline order inside `rect`, in the painter's font.
    Compact: columns left to right with no text, for a small inline funnel."""
    area = QRectF(rect)
    if not stages or area.width() <= 0 or area.height() <= 0:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if compact:
        _draw_columns(painter, area, stages, palette)
    else:
        _draw_bars(painter, area, stages, palette)
    painter.restore()


def _draw_bars(
    painter: QPainter, area: QRectF, stages: Sequence[tuple[str, int]], palette: QPalette
) -> None:
    metrics = QFontMetricsF(painter.font())
    text = palette.color(QPalette.ColorRole.WindowText)
    muted = mix(text, palette.color(QPalette.ColorRole.Window), 0.5)
    most = max(count for _label, count in stages)
    row_height = min(ROW_HEIGHT_MAX, area.height() / len(stages))
    bar_height = min(BAR_HEIGHT_MAX, max(3.0, row_height * 0.7))
    label_width = min(
        max(metrics.horizontalAdvance(label) for label, _c in stages) + 12, area.width() * 0.35
    )
    count_width = max(metrics.horizontalAdvance(str(count)) for _l, count in stages) + 12
    bars = QRectF(
        area.left() + label_width, area.top(), area.width() - label_width - count_width, 0
    )
    centre = bars.center().x()

    for index, (label, count) in enumerate(stages):
        top = area.top() + index * row_height
        painter.setPen(text if count else muted)
        label_rect = QRectF(area.left(), top, label_width - 12, row_height)
        painter.drawText(
            label_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_rect.width()),
        )
        bar_top = top + (row_height - bar_height) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        if count and most:
            # Centred bars make the funnel shape; even one person gets a visible bar.
            width = max(bar_height * 0.6, bars.width() * count / most)
            painter.setBrush(stage_colour(index, len(stages)))
            painter.drawRoundedRect(QRectF(centre - width / 2, bar_top, width, bar_height), 3, 3)
        else:
            # An empty stage keeps its place as a short line, so the shape is not misread.
            painter.setBrush(muted)
            painter.drawRect(QRectF(centre - 6, bar_top + bar_height / 2 - 1, 12, 2))
        painter.setPen(text if count else muted)
        painter.drawText(
            QRectF(bars.right() + 6, top, count_width - 6, row_height),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            str(count),
        )


def _draw_columns(
    painter: QPainter, area: QRectF, stages: Sequence[tuple[str, int]], palette: QPalette
) -> None:
    text = palette.color(QPalette.ColorRole.WindowText)
    muted = mix(text, palette.color(QPalette.ColorRole.Window), 0.6)
    most = max(count for _label, count in stages)
    slot = area.width() / len(stages)
    gap = max(1.0, slot * 0.2)
    painter.setPen(Qt.PenStyle.NoPen)
    for index, (_label, count) in enumerate(stages):
        left = area.left() + index * slot + gap / 2
        width = slot - gap
        if count and most:
            # At least a third of the height, so a single person is easy to see.
            height = area.height() * (1 + 2 * count / most) / 3
            painter.setBrush(stage_colour(index, len(stages)))
            painter.drawRoundedRect(QRectF(left, area.bottom() - height, width, height), 1.5, 1.5)
        else:
            painter.setBrush(muted)
            painter.drawRect(QRectF(left, area.bottom() - 2, width, 2))
