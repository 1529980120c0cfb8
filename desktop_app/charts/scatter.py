"""The strategy-against-execution chart: each candidate's S and E means as a point, with the part
of the plane that suits the search's seat shaded.

Execution (E) runs along the x axis and strategy (S) up the y axis, both from 1 to 5, so "S
against E" reads the usual way. The shaded region is exactly where the scorecard raises no
mismatch flag, so a point outside it is a flagged candidate and the picture never argues with
the numbers.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)

from desktop_app.charts.palette import mix
from desktop_app.domain.scorecard import SEAT_MINIMUM, TILT_THRESHOLD, mismatch_flags
from desktop_app.domain.search import Role

LOW, HIGH = 1.0, 5.0
_TILT = float(TILT_THRESHOLD)
_SEAT = float(SEAT_MINIMUM)
MARKER_RADIUS = 7.0
_HIT_SIZE = 22.0  # a little larger than the marker, so a click need not be exact
_NUDGE = 6.0  # how far apart points with the same scores are drawn, in pixels

# Okabe-Ito blue and vermillion: told apart with every common colour-vision deficiency, and the
# shapes (circle, triangle) differ as well. Lighter variants keep contrast on a dark window.
_POINT = {False: QColor("#0072b2"), True: QColor("#56b4e9")}
_FLAGGED = {False: QColor("#c0392b"), True: QColor("#ff8a65")}


@dataclass(frozen=True)
class StrategyExecutionPoint:
    candidate_id: str
    label: str  # short: a first name or initials
    strategy: float | Fraction  # S, the mean of S1-S4
    execution: float | Fraction  # E, the mean of E1-E4
    flagged: bool  # any mismatch or "low overall" flag
    left: bool = False  # out of the pipeline: drawn hollow, still on record


def suits_seat(role: Role, strategy: float | Fraction, execution: float | Fraction) -> bool:
    """True where the scorecard raises no flag for this seat (the shaded region)."""
    return not mismatch_flags(Role(role), Fraction(strategy), Fraction(execution))


def seat_region(role: Role) -> QPolygonF:
    """The region that suits the seat, in score units (x = E, y = S).

    CRO: S >= 3 and S - E > -0.75. CSO: E >= 3 and S - E < +0.75. Both borders follow the
    mismatch-flag rules of the scorecard.
    """
    if Role(role) is Role.CRO:
        corners = [
            (LOW, _SEAT),
            (_SEAT + _TILT, _SEAT),
            (HIGH, HIGH - _TILT),
            (HIGH, HIGH),
            (LOW, HIGH),
        ]
    else:
        corners = [
            (_SEAT, LOW),
            (HIGH, LOW),
            (HIGH, HIGH),
            (HIGH - _TILT, HIGH),
            (_SEAT, _SEAT + _TILT),
        ]
    return QPolygonF([QPointF(e, s) for e, s in corners])


def plot_rect(painter: QPainter, rect: QRectF) -> QRectF:
    """The square inside `rect` where scores are drawn, leaving room for the legend, the tick
    labels and the axis titles. Square, so the S = E diagonal runs at 45 degrees."""
    left, top, right, bottom = _margins(QFontMetricsF(painter.font()))
    inner = rect.adjusted(left, top, -right, -bottom)
    side = max(10.0, min(inner.width(), inner.height()))
    # Centred horizontally in what is left, so a wide pane does not pin the chart to one side.
    x = inner.left() + max(0.0, (inner.width() - side) / 2)
    return QRectF(x, inner.top(), side, side)


def height_for_width(width: float, font: QFont) -> float:
    """The height at which the chart fills `width` exactly, for layouts that ask."""
    left, top, right, bottom = _margins(QFontMetricsF(font))
    return max(10.0, width - left - right) + top + bottom


def _margins(metrics: QFontMetricsF) -> tuple[float, float, float, float]:
    line = metrics.height()
    left = line * 1.4 + metrics.horizontalAdvance("5") + 10  # tick labels and the S title
    top = line * 1.6  # the legend
    bottom = line * 2.8 + 8  # tick labels and the E title
    return left, top, 10.0, bottom


def to_pixels(plot: QRectF, strategy: float, execution: float) -> QPointF:
    span = HIGH - LOW
    return QPointF(
        plot.left() + (execution - LOW) / span * plot.width(),
        plot.bottom() - (strategy - LOW) / span * plot.height(),
    )


def scores_at(plot: QRectF, point: QPointF) -> tuple[float, float]:
    """The (strategy, execution) a pixel inside the plot stands for."""
    span = HIGH - LOW
    execution = LOW + (point.x() - plot.left()) / plot.width() * span
    strategy = LOW + (plot.bottom() - point.y()) / plot.height() * span
    return strategy, execution


def draw_strategy_execution(
    painter: QPainter,
    rect: QRectF,
    points: Sequence[StrategyExecutionPoint],
    role: Role,
    palette: QPalette,
    *,
    highlighted: str | None = None,
) -> dict[str, QRectF]:
    """Draws the chart into `rect` and returns each point's hit rectangle by candidate id.

    `highlighted` (a candidate id) gets a ring, to echo a selection elsewhere.
    """
    role = Role(role)
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    text = palette.color(QPalette.ColorRole.WindowText)
    muted = mix(text, palette.color(QPalette.ColorRole.Window), 0.4)
    accent = palette.color(QPalette.ColorRole.Highlight)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    plot = plot_rect(painter, rect)
    painter.fillRect(plot, palette.color(QPalette.ColorRole.Base))

    # The region that suits the seat, under everything else.
    region = QPolygonF([to_pixels(plot, p.y(), p.x()) for p in seat_region(role)])
    fill = QColor(accent)
    fill.setAlpha(70 if dark else 45)
    painter.setPen(QPen(accent, 1.5))
    painter.setBrush(fill)
    painter.drawPolygon(region)

    _draw_grid(painter, plot, text, muted)
    region_label = _draw_region_label(painter, plot, role, text)

    # S = E: above it strategy leads, below it execution does. The legend names it.
    painter.setPen(QPen(muted, 1.2, Qt.PenStyle.DashLine))
    painter.drawLine(QLineF(plot.bottomLeft(), plot.topRight()))

    _draw_legend(painter, rect, plot, text, dark, any(p.left for p in points))
    hits = _draw_points(painter, plot, points, palette, dark, highlighted, [region_label])
    if not points:
        message = QCoreApplication.translate(
            "StrategyExecutionChart", "No candidate has both strategy and execution scored yet."
        )
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        box = painter.boundingRect(plot.adjusted(24, 0, -24, 0), flags, message)
        painter.fillRect(box.adjusted(-6, -4, 6, 4), palette.color(QPalette.ColorRole.Base))
        painter.setPen(text)
        painter.drawText(box, flags, message)
    painter.restore()
    return hits


def draw_marker(
    painter: QPainter,
    centre: QPointF,
    flagged: bool,
    fill: QColor,
    edge: QColor,
    hollow: bool = False,
) -> None:
    """A circle for a candidate, a triangle for a flagged one: the shape carries the meaning,
    the colour only repeats it. Hollow for someone who left the pipeline."""
    painter.setPen(QPen(fill, 2) if hollow else QPen(edge, 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush if hollow else QBrush(fill))
    r = MARKER_RADIUS
    if flagged:
        painter.drawPolygon(
            QPolygonF(
                [
                    centre + QPointF(0, -r * 1.2),
                    centre + QPointF(r * 1.1, r * 0.8),
                    centre + QPointF(-r * 1.1, r * 0.8),
                ]
            )
        )
    else:
        painter.drawEllipse(centre, r, r)


# --- inner workings ---------------------------------------------------------------------------


def _draw_grid(painter: QPainter, plot: QRectF, text: QColor, muted: QColor) -> None:
    metrics = QFontMetricsF(painter.font())
    grid = QColor(muted)
    grid.setAlpha(70)
    for value in range(int(LOW), int(HIGH) + 1):
        x = to_pixels(plot, LOW, value).x()
        y = to_pixels(plot, value, LOW).y()
        painter.setPen(QPen(grid, 1))
        painter.drawLine(QLineF(x, plot.top(), x, plot.bottom()))
        painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        painter.setPen(QPen(text, 1))
        painter.drawLine(QLineF(x, plot.bottom(), x, plot.bottom() + 4))
        painter.drawLine(QLineF(plot.left() - 4, y, plot.left(), y))
        label = str(value)
        width = metrics.horizontalAdvance(label)
        painter.drawText(QPointF(x - width / 2, plot.bottom() + 5 + metrics.ascent()), label)
        painter.drawText(QPointF(plot.left() - 7 - width, y + metrics.ascent() / 2 - 1), label)
    painter.setPen(QPen(text, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)

    painter.save()
    title = QFont(painter.font())
    title.setBold(True)
    painter.setFont(title)
    bold = QFontMetricsF(title)
    x_title = QCoreApplication.translate("StrategyExecutionChart", "Execution (E)")
    painter.drawText(
        QPointF(
            plot.center().x() - bold.horizontalAdvance(x_title) / 2,
            plot.bottom() + 8 + metrics.height() + bold.ascent(),
        ),
        x_title,
    )
    y_title = QCoreApplication.translate("StrategyExecutionChart", "Strategy (S)")
    label_room = metrics.horizontalAdvance("5") + 12
    painter.translate(plot.left() - label_room - bold.descent() - 2, plot.center().y())
    painter.rotate(-90)
    painter.drawText(QPointF(-bold.horizontalAdvance(y_title) / 2, 0), y_title)
    painter.restore()


def _draw_region_label(painter: QPainter, plot: QRectF, role: Role, text: QColor) -> QRectF:
    label = (
        QCoreApplication.translate("StrategyExecutionChart", "Suits a CRO seat")
        if role is Role.CRO
        else QCoreApplication.translate("StrategyExecutionChart", "Suits a CSO seat")
    )
    font = QFont(painter.font())
    font.setItalic(True)
    metrics = QFontMetricsF(font)
    size = QRectF(0, 0, metrics.horizontalAdvance(label) + 8, metrics.height() + 4)
    if role is Role.CRO:  # the top left corner is always inside the CRO region
        size.moveTopLeft(plot.topLeft() + QPointF(4, 4))
    else:  # and the bottom right inside the CSO one
        size.moveBottomRight(plot.bottomRight() - QPointF(4, 4))
    painter.save()
    painter.setFont(font)
    painter.setPen(text)
    painter.drawText(size, Qt.AlignmentFlag.AlignCenter, label)
    painter.restore()
    return size


def _draw_legend(
    painter: QPainter, rect: QRectF, plot: QRectF, text: QColor, dark: bool, with_left: bool
) -> None:
    items = [
        (False, False, QCoreApplication.translate("StrategyExecutionChart", "Candidate")),
        (True, False, QCoreApplication.translate("StrategyExecutionChart", "Flagged")),
    ]
    if with_left:
        items.append((False, True, QCoreApplication.translate("StrategyExecutionChart", "Left")))
    diagonal = QCoreApplication.translate("StrategyExecutionChart", "S = E")
    painter.save()
    metrics = QFontMetricsF(painter.font())
    y = rect.top() + metrics.height() * 0.7
    marks = len(items) * (2 * MARKER_RADIUS + 4 + 14) + 26  # markers, gaps and the dashes

    def words() -> float:
        return sum(metrics.horizontalAdvance(t) for t in (*(i[2] for i in items), diagonal))

    # Over the plot when it fits there; else it starts further left, under the axis title's
    # room, and as a last resort (long words, a narrow pane) the words get smaller.
    font = QFont(painter.font())
    smallest = font.pointSizeF() * 0.75
    while marks + words() > rect.width() - 2 and font.pointSizeF() - 0.25 >= smallest > 0:
        font.setPointSizeF(font.pointSizeF() - 0.25)
        metrics = QFontMetricsF(font)
    painter.setFont(font)
    x = max(rect.left(), min(plot.left(), rect.right() - marks - words()))
    for flagged, hollow, label in items:
        colour = _FLAGGED[dark] if flagged else _POINT[dark]
        draw_marker(painter, QPointF(x + MARKER_RADIUS, y), flagged, colour, colour, hollow)
        x += 2 * MARKER_RADIUS + 4
        painter.setPen(text)
        painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), label)
        x += metrics.horizontalAdvance(label) + 14
    painter.setPen(QPen(text, 1.2, Qt.PenStyle.DashLine))
    painter.drawLine(QLineF(x, y, x + 22, y))
    x += 26
    painter.setPen(text)
    painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), diagonal)
    painter.restore()


def _draw_points(
    painter: QPainter,
    plot: QRectF,
    points: Sequence[StrategyExecutionPoint],
    palette: QPalette,
    dark: bool,
    highlighted: str | None,
    obstacles: list[QRectF],
) -> dict[str, QRectF]:
    centres = _spread_duplicates(
        [to_pixels(plot, float(p.strategy), float(p.execution)) for p in points]
    )
    edge = palette.color(QPalette.ColorRole.Base)
    r = MARKER_RADIUS
    markers = [QRectF(c.x() - r - 2, c.y() - r - 2, 2 * r + 4, 2 * r + 4) for c in centres]
    hits: dict[str, QRectF] = {}
    for point, centre in zip(points, centres, strict=True):
        colour = _FLAGGED[dark] if point.flagged else _POINT[dark]
        if point.candidate_id == highlighted:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, r + 5, r + 5)
        draw_marker(painter, centre, point.flagged, colour, edge, hollow=point.left)
        hits[point.candidate_id] = QRectF(
            centre.x() - _HIT_SIZE / 2, centre.y() - _HIT_SIZE / 2, _HIT_SIZE, _HIT_SIZE
        )
    _draw_labels(painter, plot, points, centres, markers, obstacles, palette)
    return hits


def _spread_duplicates(centres: list[QPointF]) -> list[QPointF]:
    """Moves apart points drawn on top of each other (equal scores), by a few pixels only, so
    each stays clickable and still reads at its value."""
    placed: list[QPointF] = []
    grid = _Grid(2.0)  # only a point nearer than 2 pixels counts: it is in the cells around
    for centre in centres:
        moved = QPointF(centre)
        step = 0
        while any(
            QLineF(moved, placed[other]).length() < 2
            for other in grid.near(moved.x() - 2, moved.y() - 2, moved.x() + 2, moved.y() + 2)
        ):
            step += 1
            moved = centre + QPointF(_NUDGE * (1 if step % 2 else -1) * ((step + 1) // 2), 0)
        grid.add(len(placed), (moved.x(), moved.y(), moved.x(), moved.y()))
        placed.append(moved)
    return placed


def _draw_labels(
    painter: QPainter,
    plot: QRectF,
    points: Sequence[StrategyExecutionPoint],
    centres: list[QPointF],
    markers: list[QRectF],
    obstacles: list[QRectF],
    palette: QPalette,
) -> None:
    """Puts each label beside its point where it covers the fewest other points and labels.

    An option's cost is the area it shares with the other markers, the obstacles and the labels
    placed so far, plus four times its area outside the plot; the least costly option wins, the
    first of equals. A chart of 200 candidates has 8 options for each against some 600 boxes:
    measuring every pair took most of a report's time, so only the boxes near an option are
    measured (one that does not meet it adds exactly nothing, and the near ones are added up in
    the same order), and an option whose outside part alone costs no less than the best so far
    is not measured at all. The result is the very same as measuring everything
    (tests/charts/test_scatter_labels.py checks it against that plain definition).
    """
    metrics = QFontMetricsF(painter.font())
    gap = MARKER_RADIUS + 3
    backdrop = QColor(palette.color(QPalette.ColorRole.Base))
    ink = palette.color(QPalette.ColorRole.Text)
    faded = mix(ink, backdrop, 0.45)  # dimmer for those who left, still readable
    backdrop.setAlpha(200)
    h = metrics.height() + 2
    area = _box(plot)
    # What a label should not cover, numbered in the order its cost adds them up: the markers
    # (each label skips its own), the obstacles, then the labels placed so far.
    taken: list[_Box] = [_box(r) for r in (*markers, *obstacles)]
    grid = _Grid(max(h, 2 * MARKER_RADIUS + 4))
    for number, box in enumerate(taken):
        grid.add(number, box)
    for index, (point, centre) in enumerate(zip(points, centres, strict=True)):
        w = metrics.horizontalAdvance(point.label) + 6
        cx, cy = centre.x(), centre.y()
        options = [  # top left corners
            (cx + gap, cy - h / 2),  # right
            (cx - gap - w, cy - h / 2),  # left
            (cx - w / 2, cy - gap - h),  # above
            (cx - w / 2, cy + gap),  # below
            (cx + gap * 0.7, cy - gap * 0.7 - h),  # above right
            (cx + gap * 0.7, cy + gap * 0.7),  # below right
            (cx - gap * 0.7 - w, cy - gap * 0.7 - h),  # above left
            (cx - gap * 0.7 - w, cy + gap * 0.7),  # below left
        ]
        # Every box any of the options may meet, found once for all eight, in number order.
        lefts, tops = [ox for ox, _ in options], [oy for _, oy in options]
        near = grid.near(min(lefts), min(tops), max(lefts) + w, max(tops) + h)
        near.discard(index)
        around = [taken[n] for n in sorted(near)]
        x, y = options[0]
        least: float | None = None
        for ox, oy in options:
            right, bottom = ox + w, oy + h
            outside = 4 * (w * h - _overlap((ox, oy, right, bottom), area))
            if least is not None and outside >= least:
                continue  # what it covers is never below zero: it cannot do better
            # The shared areas added up in the same order as _overlap over every box would
            # (a box that does not meet the option adds exactly nothing), written out here
            # because this loop runs some three hundred thousand times in a portfolio report.
            covered = 0.0
            for left, top, box_right, box_bottom in around:
                if ox >= box_right or left >= right or oy >= box_bottom or top >= bottom:
                    continue
                covered += (
                    (right if right < box_right else box_right) - (ox if ox > left else left)
                ) * ((bottom if bottom < box_bottom else box_bottom) - (oy if oy > top else top))
                if least is not None and covered + outside >= least:
                    break  # sums of areas only grow: it cannot do better either
            cost = covered + outside
            if least is None or cost < least:  # the first of equals stays
                x, y, least = ox, oy, cost
        best = QRectF(x, y, w, h)
        grid.add(len(taken), _box(best))
        taken.append(_box(best))
        path = QPainterPath()
        path.addRoundedRect(best, 3, 3)
        painter.fillPath(path, backdrop)
        painter.setPen(faded if point.left else ink)
        painter.drawText(best, Qt.AlignmentFlag.AlignCenter, point.label)


_Box = tuple[float, float, float, float]  # left, top, right, bottom, as QRectF has them


def _box(rect: QRectF) -> _Box:
    return rect.left(), rect.top(), rect.right(), rect.bottom()


def _overlap(a: _Box, b: _Box) -> float:
    """The area two boxes share: the very number _area(QRectF(a) & QRectF(b)) gives, as
    QRectF's intersection does this same arithmetic (for boxes of positive size)."""
    if a[0] >= b[2] or b[0] >= a[2] or a[1] >= b[3] or b[1] >= a[3]:
        return 0.0
    return (min(a[2], b[2]) - max(a[0], b[0])) * (min(a[3], b[3]) - max(a[1], b[1]))


class _Grid:
    """Numbered boxes filed by the square cells they touch, so the ones that may meet a box are
    found without looking at every one."""

    def __init__(self, size: float) -> None:
        self._size = size
        self._cells: dict[tuple[int, int], list[int]] = {}

    def _cells_of(self, box: _Box) -> Iterator[tuple[int, int]]:
        s = self._size
        for x in range(math.floor(box[0] / s), math.floor(box[2] / s) + 1):
            for y in range(math.floor(box[1] / s), math.floor(box[3] / s) + 1):
                yield x, y

    def add(self, number: int, box: _Box) -> None:
        for cell in self._cells_of(box):
            self._cells.setdefault(cell, []).append(number)

    def near(self, left: float, top: float, right: float, bottom: float) -> set[int]:
        """The boxes filed in any cell the box from (left, top) to (right, bottom) touches."""
        s, cells = self._size, self._cells
        found: set[int] = set()
        rows = range(math.floor(top / s), math.floor(bottom / s) + 1)
        for x in range(math.floor(left / s), math.floor(right / s) + 1):
            for y in rows:
                numbers = cells.get((x, y))
                if numbers:
                    found.update(numbers)
        return found
