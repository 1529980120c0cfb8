"""The strategy-against-execution chart places each label where it covers least, and spreads
points with equal scores apart. The quick way it does so (only near boxes are measured) must
give the very picture the plain definition gives: checked here against that definition, on
charts from empty to 200 crowded candidates."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPalette

from desktop_app.charts import scatter
from desktop_app.charts.palette import mix
from desktop_app.charts.scatter import (
    _NUDGE,
    MARKER_RADIUS,
    StrategyExecutionPoint,
    draw_strategy_execution,
)
from desktop_app.domain.search import Role


def _area(rect: QRectF) -> float:
    return max(0.0, rect.width()) * max(0.0, rect.height()) if not rect.isEmpty() else 0.0


def plain_spread_duplicates(centres):
    placed: list[QPointF] = []
    for centre in centres:
        moved = QPointF(centre)
        step = 0
        while any(QLineF(moved, other).length() < 2 for other in placed):
            step += 1
            moved = centre + QPointF(_NUDGE * (1 if step % 2 else -1) * ((step + 1) // 2), 0)
        placed.append(moved)
    return placed


def plain_draw_labels(painter, plot, points, centres, markers, obstacles, palette):
    """Every option measured against every marker, obstacle and label: the definition."""
    metrics = QFontMetricsF(painter.font())
    labels: list[QRectF] = []
    gap = MARKER_RADIUS + 3
    backdrop = QColor(palette.color(QPalette.ColorRole.Base))
    ink = palette.color(QPalette.ColorRole.Text)
    faded = mix(ink, backdrop, 0.45)
    backdrop.setAlpha(200)
    for index, (point, centre) in enumerate(zip(points, centres, strict=True)):
        taken = [m for i, m in enumerate(markers) if i != index] + obstacles + labels
        w = metrics.horizontalAdvance(point.label) + 6
        h = metrics.height() + 2
        cx, cy = centre.x(), centre.y()
        options = [
            QRectF(cx + gap, cy - h / 2, w, h),
            QRectF(cx - gap - w, cy - h / 2, w, h),
            QRectF(cx - w / 2, cy - gap - h, w, h),
            QRectF(cx - w / 2, cy + gap, w, h),
            QRectF(cx + gap * 0.7, cy - gap * 0.7 - h, w, h),
            QRectF(cx + gap * 0.7, cy + gap * 0.7, w, h),
            QRectF(cx - gap * 0.7 - w, cy - gap * 0.7 - h, w, h),
            QRectF(cx - gap * 0.7 - w, cy + gap * 0.7, w, h),
        ]

        def cost(option, taken=taken):
            # Added one by one, in order (sum() adds floats another way from Python 3.12).
            covered = 0.0
            for other in taken:
                covered += _area(option & other)
            outside = _area(option) - _area(option & plot)
            return covered + 4 * outside

        best = min(options, key=cost)
        labels.append(best)
        path = QPainterPath()
        path.addRoundedRect(best, 3, 3)
        painter.fillPath(path, backdrop)
        painter.setPen(faded if point.left else ink)
        painter.drawText(best, Qt.AlignmentFlag.AlignCenter, point.label)


def picture(points, role, size, point_size) -> QImage:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    font = QFont()
    font.setPointSizeF(point_size)
    painter.setFont(font)
    draw_strategy_execution(painter, QRectF(0, 0, size, size), points, role, palette)
    painter.end()
    return image


NAMES = ["Ana", "Bo", "Christopher", "Dee", "Eleanor", "Fu", "C-07", "Zoë", "María José", "李"]


@pytest.mark.parametrize("seed", range(40))
def test_labels_and_spread_points_are_where_the_plain_definition_puts_them(qapp, seed, monkeypatch):
    rng = random.Random(seed)
    count = rng.choice([0, 1, 2, 3, 8, 25, 60, 200])
    # Scores in quarters, as means of four whole scores are: crowded, with many equal points.
    points = [
        StrategyExecutionPoint(
            str(n),
            rng.choice(NAMES),
            Fraction(rng.randint(4, 20), 4),
            Fraction(rng.randint(4, 20), 4),
            flagged=rng.random() < 0.3,
            left=rng.random() < 0.1,
        )
        for n in range(count)
    ]
    role = rng.choice([Role.CRO, Role.CSO])
    size = rng.choice([180, 247.5, 330, 520])
    point_size = rng.choice([7.5, 8, 9.25])
    quick = picture(points, role, int(size), point_size)
    monkeypatch.setattr(scatter, "_draw_labels", plain_draw_labels)
    monkeypatch.setattr(scatter, "_spread_duplicates", plain_spread_duplicates)
    assert picture(points, role, int(size), point_size) == quick
