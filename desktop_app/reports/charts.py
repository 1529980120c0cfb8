"""Draws a report's charts with the app's own chart code, on paper: the PDF paints them straight
into the page (vector, crisp when zoomed) and the HTML into inline SVG, so both look alike and
alike to the screens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette

from desktop_app.charts.funnel_chart import draw_funnel
from desktop_app.charts.progress_chart import draw_progress_by_phase
from desktop_app.charts.scatter import draw_strategy_execution
from desktop_app.charts.scatter import height_for_width as scatter_height
from desktop_app.reports.document import Chart, ChartKind

if TYPE_CHECKING:
    from desktop_app.reports.svg_canvas import SvgCanvas

INK = QColor("#1f2328")
PAPER = QColor("#ffffff")
ACCENT = QColor("#3f78c0")
# Rows of the bar charts, in lines of text: a little air between bars.
ROW_LINES = 1.7
# The scatter is square; on paper it need not be wider than this share of the text width.
SCATTER_MOST_WIDTH = 0.5


def paper_palette() -> QPalette:
    """Dark ink on white paper, whatever the app's theme: a report is printed."""
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, PAPER)
        palette.setColor(group, QPalette.ColorRole.Base, PAPER)
        palette.setColor(group, QPalette.ColorRole.WindowText, INK)
        palette.setColor(group, QPalette.ColorRole.Text, INK)
        palette.setColor(group, QPalette.ColorRole.Highlight, ACCENT)
    return palette


def chart_height(chart: Chart, width: float, font: QFont) -> float:
    """How tall the chart is drawn at `width` in `font` (in the painter's units)."""
    line = QFontMetricsF(font).height()
    if chart.kind is ChartKind.STRATEGY_EXECUTION:
        return scatter_height(min(width, width * SCATTER_MOST_WIDTH + 4 * line), font)
    return max(1, len(chart.rows)) * line * ROW_LINES


def draw_chart(painter: QPainter | SvgCanvas, rect: QRectF, chart: Chart) -> None:
    """Draws `chart` inside `rect` in the painter's font, on white. The HTML report passes an
    SvgCanvas, which answers every QPainter call the chart modules make."""
    palette = paper_palette()
    if chart.kind is ChartKind.PROGRESS:
        draw_progress_by_phase(painter, rect, list(chart.rows), palette)  # type: ignore[arg-type]
    elif chart.kind is ChartKind.FUNNEL:
        draw_funnel(painter, rect, list(chart.rows), palette)  # type: ignore[arg-type]
    else:
        draw_strategy_execution(painter, rect, list(chart.points), chart.role, palette)
