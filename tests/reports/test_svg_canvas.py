"""The SVG writer the HTML report draws its charts with: each QPainter call it answers, and the
picture it makes against the one a real QPainter paints from the same chart code."""

from __future__ import annotations

import ast
import itertools
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from fractions import Fraction
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgRenderer

from desktop_app.charts.scatter import StrategyExecutionPoint
from desktop_app.domain.search import Role
from desktop_app.reports import html
from desktop_app.reports.charts import chart_height, draw_chart
from desktop_app.reports.document import Chart, ChartKind
from desktop_app.reports.options import Paper
from desktop_app.reports.svg_canvas import SvgCanvas, escape, layout_text, number, path_data
from tests.reports.test_html import sample_document, svgs

SCREENSHOTS = Path(
    os.environ.get("REVSEARCH_SCREENSHOTS", Path(__file__).parents[2] / "screenshots")
)
SVG = "{http://www.w3.org/2000/svg}"
CENTRE_WRAP = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
MESSAGE = "No candidate has both strategy and execution scored yet."


def chart_font() -> QFont:
    font = QFont()
    font.setPixelSize(html.CHART_FONT_PIXELS)
    return font


def drawn(canvas: SvgCanvas) -> list[ET.Element]:
    """The elements the canvas drew, in order (not the <defs>, nor the group around them)."""
    root = ET.fromstring(canvas.svg(100, 100))
    (group,) = root.findall(f"{SVG}g")
    return list(group)


def only(canvas: SvgCanvas) -> ET.Element:
    (element,) = drawn(canvas)
    return element


def tag(element: ET.Element) -> str:
    return element.tag.removeprefix(SVG)


# --- numbers and text -------------------------------------------------------------------------


def test_numbers_are_short():
    assert number(3.0) == "3"
    assert number(2.5) == "2.5"
    assert number(1 / 3) == "0.33"
    assert number(-0.001) == "0"
    assert number(12.999) == "13"
    assert number(0.1234567, 6) == "0.123457"


def test_text_is_escaped_and_control_characters_are_dropped():
    assert escape('<b> & "q"') == "&lt;b&gt; &amp; &quot;q&quot;"
    assert escape("Call\x0cback\x00 now\x7f\ufffe") == "Callback now"
    assert escape("Zoë → ✓") == "Zoë → ✓"


# --- pens -------------------------------------------------------------------------------------


def test_a_colour_pen_is_one_unit_wide_and_its_alpha_becomes_stroke_opacity(qapp):
    canvas = SvgCanvas()
    colour = QColor("#336699")
    colour.setAlpha(51)
    canvas.setPen(colour)
    canvas.drawLine(QLineF(0, 1, 10, 1.5))

    line = only(canvas)
    assert tag(line) == "line"
    assert line.attrib == {
        "x1": "0",
        "y1": "1",
        "x2": "10",
        "y2": "1.5",
        "stroke": "#336699",
        "stroke-opacity": "0.2",
    }


def test_pen_width_dashes_caps_and_joins(qapp):
    canvas = SvgCanvas()
    canvas.setPen(QPen(QColor("#808080"), 1.2, Qt.PenStyle.DashLine))
    canvas.drawLine(QPointF(0, 0), QPointF(5, 5))
    pen = QPen(QColor("red"), 3, Qt.PenStyle.DotLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    canvas.setPen(pen)
    canvas.drawLine(0, 0, 5, 5)
    canvas.setPen(QPen(QColor("red"), 0.5, Qt.PenStyle.DashDotLine, Qt.PenCapStyle.FlatCap))
    canvas.drawLine(QLineF(0, 0, 5, 5))

    dashed, dotted, thin = drawn(canvas)
    # Qt's dashes are 4 widths on, 2 off; the root group sets Qt's square caps and bevel joins.
    assert dashed.get("stroke-width") == "1.2"
    assert dashed.get("stroke-dasharray") == "4.8 2.4"
    assert "stroke-linecap" not in dashed.attrib
    assert dotted.get("stroke-dasharray") == "3 6"
    assert dotted.get("stroke-linecap") == "round"
    assert dotted.get("stroke-linejoin") == "miter"
    assert dotted.get("stroke-miterlimit") == "2"
    # A pen thinner than one unit dashes in whole units, as Qt does.
    assert thin.get("stroke-dasharray") == "4 2 1 2"
    assert thin.get("stroke-linecap") == "butt"
    root = ET.fromstring(canvas.svg(10, 10)).find(f"{SVG}g")
    assert root.get("stroke-linecap") == "square"
    assert root.get("stroke-linejoin") == "bevel"
    assert root.get("fill-rule") == "evenodd"


def test_no_pen_leaves_the_outline_out_and_a_pen_style_alone_is_black(qapp):
    canvas = SvgCanvas()
    canvas.setBrush(QColor("#00ff00"))
    canvas.setPen(Qt.PenStyle.NoPen)
    canvas.drawRect(QRectF(1, 2, 3, 4))
    canvas.setBrush(Qt.BrushStyle.NoBrush)
    canvas.drawRect(QRectF(1, 2, 3, 4))  # nothing to see: not written at all
    canvas.drawLine(QLineF(0, 0, 1, 1))
    canvas.setPen(QColor("#ff0000"))
    canvas.setPen(Qt.PenStyle.DashLine)
    canvas.drawLine(QLineF(0, 0, 1, 1))

    filled, dashed = drawn(canvas)
    assert filled.get("stroke") == "none"
    assert filled.get("fill") == "#00ff00"
    assert dashed.get("stroke") == "#000000"
    assert dashed.get("stroke-dasharray") == "4 2"


# --- brushes ----------------------------------------------------------------------------------


def test_solid_brushes_with_alpha_and_no_brush(qapp):
    canvas = SvgCanvas()
    fill = QColor("#3f78c0")
    fill.setAlpha(45)
    canvas.setPen(QPen(QColor("#3f78c0"), 1.5))
    canvas.setBrush(fill)
    canvas.drawRect(QRectF(0, 0, 10, 10))
    canvas.setBrush(QBrush(QColor("#123456")))
    canvas.drawRect(QRect(1, 1, 2, 2))
    canvas.setBrush(Qt.BrushStyle.NoBrush)
    canvas.drawRect(0, 0, 4, 4)

    translucent, solid, hollow = drawn(canvas)
    assert translucent.get("fill") == "#3f78c0"
    assert translucent.get("fill-opacity") == "0.176"
    assert translucent.get("stroke-width") == "1.5"
    assert solid.get("fill") == "#123456"
    assert "fill-opacity" not in solid.attrib
    assert (solid.get("x"), solid.get("width")) == ("1", "2")
    assert hollow.get("fill") == "none"


def test_the_hatch_is_a_pattern_of_qt_pixels_shared_by_its_colour(qapp):
    canvas = SvgCanvas(id_prefix="chart3-")
    grey = QColor("#848689")
    canvas.setPen(Qt.PenStyle.NoPen)
    canvas.setBrush(QBrush(grey, Qt.BrushStyle.BDiagPattern))
    canvas.drawRoundedRect(QRectF(0, 0, 40, 10), 3, 3)
    canvas.drawRect(QRectF(0, 20, 40, 10))
    canvas.setBrush(QBrush(QColor("#ff0000"), Qt.BrushStyle.BDiagPattern))
    canvas.drawRect(QRectF(0, 40, 40, 10))

    root = ET.fromstring(canvas.svg(40, 50))
    patterns = root.findall(f"{SVG}defs/{SVG}pattern")
    assert [p.get("id") for p in patterns] == ["chart3-pattern1", "chart3-pattern2"]
    first = patterns[0]
    assert (first.get("width"), first.get("height"), first.get("patternUnits")) == (
        "8",
        "8",
        "userSpaceOnUse",
    )
    (squares,) = first
    assert squares.get("fill") == "#848689"
    # One pixel a row, from the top right to the bottom left: Qt's "/" hatching.
    assert re.findall(r"M(\d),(\d)h1v1h-1z", squares.get("d")) == [
        (str(7 - row), str(row)) for row in range(8)
    ]
    fills = [element.get("fill") for element in drawn(canvas)]
    assert fills == ["url(#chart3-pattern1)", "url(#chart3-pattern1)", "url(#chart3-pattern2)"]


def test_fill_rect_and_fill_path_use_their_own_brush_not_the_painters(qapp):
    canvas = SvgCanvas()
    canvas.setPen(QPen(QColor("black"), 4))
    canvas.setBrush(QColor("red"))
    canvas.fillRect(QRectF(10, 20, -5, 5), QColor("#ffffff"))  # normalised, as Qt fills it
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, 20, 10), 3, 3)
    backdrop = QColor("#ffffff")
    backdrop.setAlpha(200)
    canvas.fillPath(path, backdrop)

    rect, filled = drawn(canvas)
    assert rect.attrib == {
        "x": "5",
        "y": "20",
        "width": "5",
        "height": "5",
        "fill": "#ffffff",
        "stroke": "none",
    }
    assert filled.get("stroke") == "none"
    assert filled.get("fill-opacity") == "0.784"
    assert filled.get("d").startswith("M0,3 C0,1.34 1.34,0 3,0 L17,0 C")
    assert filled.get("d").endswith(" Z")


# --- shapes -----------------------------------------------------------------------------------


def test_rounded_rects_ellipses_and_polygons(qapp):
    canvas = SvgCanvas()
    canvas.setBrush(QColor("#2e7d32"))
    canvas.setPen(Qt.PenStyle.NoPen)
    canvas.drawRoundedRect(QRectF(40, 4.5, 236.86, 11), 11 / 3, 11 / 3)
    canvas.drawRoundedRect(QRectF(0, 0, 4, 10), 3, 3)  # radius limited to half the width
    canvas.drawRoundedRect(QRectF(0, 0, 4, 10), 0, 3)  # a plain rectangle, as in Qt
    canvas.drawRoundedRect(QRectF(0, 0, 40, 10), 50, 100, Qt.SizeMode.RelativeSize)
    canvas.drawEllipse(QPointF(5, 6), 7, 7)
    canvas.drawEllipse(QPointF(5, 6), 7, 3)
    canvas.drawEllipse(QRectF(0, 0, 10, 4))
    canvas.drawPolygon(QPolygonF([QPointF(0, -8.4), QPointF(7.7, 5.6), QPointF(-7.7, 5.6)]))

    bar, narrow, square, relative, circle, ellipse, boxed, triangle = drawn(canvas)
    assert (bar.get("rx"), bar.get("ry"), bar.get("width")) == ("3.67", "3.67", "236.86")
    assert (narrow.get("rx"), narrow.get("ry")) == ("2", "3")
    assert "rx" not in square.attrib
    assert (relative.get("rx"), relative.get("ry")) == ("10", "5")
    assert (tag(circle), circle.get("cx"), circle.get("cy"), circle.get("r")) == (
        "circle",
        "5",
        "6",
        "7",
    )
    assert (circle.get("fill"), circle.get("stroke")) == ("#2e7d32", "none")
    assert (tag(ellipse), ellipse.get("rx"), ellipse.get("ry")) == ("ellipse", "7", "3")
    assert (boxed.get("cx"), boxed.get("cy"), boxed.get("rx"), boxed.get("ry")) == (
        "5",
        "2",
        "5",
        "2",
    )
    assert triangle.get("points") == "0,-8.4 7.7,5.6 -7.7,5.6"


def qpainter_pixels(draw: Callable[[QPainter], None], font: QFont | None = None) -> bytes:
    """What a real QPainter paints on a small white image."""
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    if font is not None:
        painter.setFont(font)
    draw(painter)
    painter.end()
    return bytes(image.constBits())


def test_a_negative_radius_draws_the_ellipse_qpainter_draws(qapp):
    """QPainter draws the box of centre +- radii made normal, so a negative radius draws the
    same ellipse as a positive one; SVG takes a negative r or rx as an error and draws nothing."""

    def circle(radius: float) -> Callable[[QPainter], None]:
        return lambda p: (
            p.setBrush(Qt.GlobalColor.black),
            p.drawEllipse(QPointF(50, 30), radius, radius),
        )

    assert qpainter_pixels(circle(-7)) == qpainter_pixels(circle(7))
    canvas = SvgCanvas()
    canvas.setBrush(QColor("#2e7d32"))
    canvas.drawEllipse(QPointF(5, 6), -7, -7)
    canvas.drawEllipse(QPointF(5, 6), 7, -3)

    round_one, oval = drawn(canvas)
    assert (tag(round_one), round_one.get("r")) == ("circle", "7")
    assert (tag(oval), oval.get("rx"), oval.get("ry")) == ("ellipse", "7", "3")


def test_a_path_becomes_moves_lines_and_curves(qapp):
    path = QPainterPath(QPointF(0, 0))
    path.lineTo(10, 0)
    path.cubicTo(QPointF(12, 0), QPointF(14, 2), QPointF(14, 4))
    path.moveTo(20, 20)
    path.lineTo(30, 20)
    path.lineTo(30, 30)
    path.closeSubpath()

    assert path_data(path) == "M0,0 L10,0 C12,0 14,2 14,4 M20,20 L30,20 L30,30 L20,20 Z"
    assert path_data(QPainterPath()) == ""

    canvas = SvgCanvas()
    canvas.setPen(QPen(QColor("black"), 2))
    canvas.setBrush(QColor("#abcdef"))
    canvas.drawPath(path)
    assert only(canvas).get("d") == path_data(path)


# --- state ------------------------------------------------------------------------------------


def test_save_and_restore_bring_back_pen_brush_font_and_transform(qapp):
    canvas = SvgCanvas(chart_font())
    canvas.setPen(QColor("#111111"))
    canvas.setBrush(QColor("#222222"))
    canvas.save()
    bold = canvas.font()
    bold.setBold(True)
    canvas.setFont(bold)
    canvas.setPen(QPen(QColor("#333333"), 3))
    canvas.setBrush(Qt.BrushStyle.NoBrush)
    canvas.translate(10, 20)
    canvas.drawRect(QRectF(0, 0, 5, 5))
    canvas.rotate(-90)
    canvas.drawText(QPointF(0, 0), "Up")
    canvas.restore()
    canvas.drawRect(QRectF(0, 0, 5, 5))
    canvas.drawText(QPointF(0, 0), "Flat")
    canvas.restore()  # one too many: ignored, as QPainter does

    moved, rotated, plain, flat = drawn(canvas)
    assert moved.get("transform") == "translate(10 20)"
    assert (moved.get("stroke"), moved.get("stroke-width"), moved.get("fill")) == (
        "#333333",
        "3",
        "none",
    )
    assert rotated.get("transform") == "matrix(0 -1 1 0 10 20)"
    assert rotated.get("font-weight") == "bold"
    assert "transform" not in plain.attrib
    assert (plain.get("stroke"), plain.get("fill")) == ("#111111", "#222222")
    assert "font-weight" not in flat.attrib
    assert canvas.font().bold() is False


def test_render_hints_are_accepted_and_change_nothing(qapp):
    canvas = SvgCanvas()
    canvas.setRenderHint(QPainter.RenderHint.Antialiasing)
    canvas.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    assert drawn(canvas) == []


# --- text -------------------------------------------------------------------------------------


def test_text_at_a_point_sits_on_its_baseline_in_the_pen_colour(qapp):
    canvas = SvgCanvas(chart_font())
    colour = QColor("#1f2328")
    colour.setAlpha(128)
    canvas.setPen(colour)
    italic = canvas.font()
    italic.setItalic(True)
    canvas.setFont(italic)
    canvas.drawText(QPointF(12.345, 30), 'Q&A <b> "x"')
    canvas.setPen(Qt.PenStyle.NoPen)
    canvas.drawText(QPointF(0, 0), "unseen")  # QPainter draws no text without a pen

    text = only(canvas)
    assert text.attrib == {
        "x": "12.35",
        "y": "30",
        "font-size": "12",
        "font-style": "italic",
        "fill": "#1f2328",
        "fill-opacity": "0.502",
    }
    assert text.text == 'Q&A <b> "x"'
    assert "font-family" not in canvas.svg(10, 10)


def test_a_point_size_font_is_written_in_pixels(qapp):
    font = QFont()
    font.setPointSizeF(9)
    font.setWeight(QFont.Weight.DemiBold)
    canvas = SvgCanvas(font)
    canvas.drawText(QPointF(0, 10), "Nine points")

    assert only(canvas).get("font-size") == "12"
    assert only(canvas).get("font-weight") == "600"


@pytest.mark.parametrize(
    ("flags", "anchor", "x"),
    [
        (Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, None, "10"),
        (Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, "end", "110"),
        (Qt.AlignmentFlag.AlignCenter, "middle", "60"),
    ],
)
def test_text_in_a_rectangle_is_aligned_where_qpainter_puts_it(qapp, flags, anchor, x):
    font = chart_font()
    rect = QRectF(10, 47.44, 100, 23.72)
    canvas = SvgCanvas(font)
    bounds = canvas.drawText(rect, flags, "Interviews")

    text = only(canvas)
    assert text.get("text-anchor") == anchor
    assert text.get("x") == x
    expected = QFontMetricsF(font).boundingRect(rect, flags.value, "Interviews")
    assert bounds == expected
    assert text.get("y") == number(expected.top() + QFontMetricsF(font).ascent())
    assert canvas.boundingRect(rect, flags, "Interviews") == expected
    assert (
        canvas.boundingRect(rect.toRect(), flags, "Interviews")
        == (
            QFontMetricsF(font).boundingRect(QRectF(rect.toRect()), flags.value, "Interviews")
        ).toAlignedRect()
    )


def test_baselines_match_qpainters_pixels(qapp):
    """The baseline drawText(rect, ...) gets lands on the pixel row QPainter's own does."""
    font = chart_font()
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft

    def paint(draw: Callable[[QPainter], None]) -> bytes:
        image = QImage(120, 60, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setFont(font)
        draw(painter)
        painter.end()
        return bytes(image.constBits())

    for top in (0.0, 5.93, 10.3, 10.6, 23.72):
        rect = QRectF(0, top, 100, 23.72)
        (line,) = layout_text(font, rect, flags.value, "Interviews").lines
        in_rect = paint(lambda p, rect=rect: p.drawText(rect, flags, "Interviews"))
        at_baseline = paint(lambda p, line=line: p.drawText(QPointF(0, line.baseline), line.text))
        assert in_rect == at_baseline, top


@pytest.mark.parametrize(
    "text",
    [
        MESSAGE,
        "Nenhum candidato tem ainda notas de estratégia e de execução.",
        "A follow-up call with the hiring manager, re-scheduled twice and/or moved",
        "two  spaces   between   words",
        "first line\nsecond line is a good deal longer than the first",
    ],
)
def test_word_wrap_breaks_lines_where_qt_does(qapp, text):
    font = chart_font()
    metrics = QFontMetricsF(font)
    for width in range(40, 400, 9):
        rect = QRectF(24.5, 8, width, 200)
        layout = layout_text(font, rect, CENTRE_WRAP.value, text)
        assert layout.bounds == metrics.boundingRect(rect, CENTRE_WRAP.value, text), width
        assert "".join(line.text for line in layout.lines).replace(" ", "") == text.replace(
            " ", ""
        ).replace("\n", "")
        for line in layout.lines:
            assert metrics.horizontalAdvance(line.text) <= width or " " not in line.text


def test_wrapped_text_is_one_text_element_a_line(qapp):
    canvas = SvgCanvas(chart_font())
    box = canvas.boundingRect(QRectF(0, 0, 150, 300), CENTRE_WRAP, MESSAGE)
    canvas.drawText(box, CENTRE_WRAP, MESSAGE)

    lines = drawn(canvas)
    assert len(lines) >= 3
    assert " ".join(line.text for line in lines) == MESSAGE
    assert {line.get("text-anchor") for line in lines} == {"middle"}
    baselines = [float(line.get("y")) for line in lines]
    height = QFontMetricsF(chart_font()).height()
    assert all(abs(b - a - height) <= 1 for a, b in itertools.pairwise(baselines))


def test_spaces_that_matter_are_kept_and_markup_stays_text(qapp):
    canvas = SvgCanvas(chart_font())
    canvas.drawText(QPointF(0, 10), "a  b")
    canvas.drawText(QRectF(0, 0, 50, 20), Qt.AlignmentFlag.AlignLeft, "<script>\x1b")
    canvas.drawText(QRectF(0, 0, 50, 20), Qt.AlignmentFlag.AlignLeft, "")

    spaced, script = drawn(canvas)
    assert spaced.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    assert script.text == "<script>"
    assert "&lt;script&gt;" in canvas.svg(10, 10)


def test_line_breaks_inside_text_are_drawn_as_qpainter_draws_them(qapp):
    """In a rectangle QPainter draws a carriage return as a space (left as it is, XML reads it
    as a line break, which a browser drops); at a point it draws line breaks as nothing."""
    font = chart_font()
    box = QRectF(0, 0, 100, 40)
    flags = Qt.AlignmentFlag.AlignLeft
    assert qpainter_pixels(lambda p: p.drawText(box, flags, "a\rb"), font) == qpainter_pixels(
        lambda p: p.drawText(box, flags, "a b"), font
    )
    assert qpainter_pixels(lambda p: p.drawText(QPointF(5, 20), "a\nb\rc"), font) == (
        qpainter_pixels(lambda p: p.drawText(QPointF(5, 20), "abc"), font)
    )
    canvas = SvgCanvas(font)
    canvas.drawText(box, flags, "a\rb")
    canvas.drawText(QPointF(5, 20), "a\nb\rc")

    in_box, at_point = drawn(canvas)
    assert in_box.text == "a b"
    assert at_point.text == "abc"
    assert layout_text(font, box, flags.value, "a\rb").bounds == QFontMetricsF(font).boundingRect(
        box, flags.value, "a\rb"
    )


# --- the document -----------------------------------------------------------------------------


def test_the_document_has_its_view_box_title_description_and_attributes(qapp):
    canvas = SvgCanvas()
    canvas.drawLine(QLineF(0, 0, 1, 1))
    markup = canvas.svg(
        213.333,
        118.6037,
        title="Q&A",
        description="<b>",
        attributes={"width": "100%", "aria-label": 'a "b"'},
    )

    assert not markup.startswith("<?xml")
    root = ET.fromstring(markup)
    assert root.get("viewBox") == "0 0 213.33 118.6"
    assert root.get("width") == "100%"
    assert root.get("height") is None
    assert root.get("aria-label") == 'a "b"'
    assert root.find(f"{SVG}title").text == "Q&A"
    assert root.find(f"{SVG}desc").text == "<b>"
    plain = ET.fromstring(SvgCanvas().svg(20, 10.5))
    assert (plain.get("width"), plain.get("height")) == ("20", "10.5")
    assert plain.find(f"{SVG}title") is None


def test_the_html_report_draws_its_charts_without_qt_svg(qapp):
    tree = ast.parse(Path(html.__file__).read_text(encoding="utf-8"))
    modules = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    modules |= {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}

    assert not {module for module in modules if module and "QtSvg" in module}
    assert "QSvgGenerator" not in names
    page = html.render_html(sample_document(candidates=8), Paper.A4)
    assert 'fill="url(#chart1-pattern1)"' in page  # the not-applicable phase's hatching


# --- the picture against QPainter's -----------------------------------------------------------


def point(code: str, s: float, e: float, flagged: bool = False, left: bool = False):
    return StrategyExecutionPoint(code, code.title(), s, e, flagged, left)


POINTS = (
    point("ana", 4, 3.5),
    point("ben", 2, 4, flagged=True),
    point("chloé", 3.5, 2, left=True),
    StrategyExecutionPoint("dev", "Dev", Fraction(7, 2), Fraction(13, 4), True, True),
    point("eitan", 4.5, 4.5),
    point("fatima", 4.5, 4.5),  # the same scores: drawn a little apart
    point("gus", 1.25, 1.5, flagged=True),
)
# Each chart the way the HTML report draws it: progress and funnel side by side (half the
# width each), the scatter on its own.
CHARTS = {
    "progress": (
        Chart(
            ChartKind.PROGRESS,
            "Checklist progress",
            rows=(
                ("Brief & scorecard", 6, 6),
                ("Sourcing", 4, 7),
                ("Interviews", 1, 8),
                ("References", 0, 0),  # not applicable: hatched, "n/a"
                ("Offer", 0, 4),
            ),
        ),
        html.CHART_WIDTH / 2,
    ),
    "funnel": (
        Chart(
            ChartKind.FUNNEL,
            "Pipeline",
            rows=(
                ("Identified", 40),
                ("Screened", 18),
                ("Interviewed", 0),  # empty stages keep their place as a short line
                ("Offer", 1),
                ("Hired", 0),
            ),
        ),
        html.CHART_WIDTH / 2,
    ),
    "scatter": (
        Chart(ChartKind.STRATEGY_EXECUTION, "S/E", role=Role.CRO, points=POINTS),
        html.CHART_WIDTH,
    ),
    "scatter_cso": (
        Chart(ChartKind.STRATEGY_EXECUTION, "S/E", role=Role.CSO, points=POINTS),
        html.CHART_WIDTH,
    ),
    "scatter_empty": (
        Chart(ChartKind.STRATEGY_EXECUTION, "S/E", role=Role.CSO, points=()),
        html.CHART_WIDTH,
    ),
}

# The thresholds, measured (DejaVu Sans, Qt 6.11) and given some room. Shapes alone come out
# within a fraction of a level (mean <= 0.04, worst block 0.62); the hatch missing makes a block
# 11 levels off and the S = E line drawn solid 6, so 2 catches both. Text differs more, as
# QSvgRenderer draws glyphs unhinted from a large size scaled down while QPainter uses hinted
# glyphs: mean up to 1.5 and worst block 12 as drawn; text 1 px lower gives at least 3.4 and
# 22, 3 px lower at least 4.7 and 44, so 2.5 and 18.
SHAPES_MEAN, SHAPES_BLOCK = 0.15, 2.0
TEXT_MEAN, TEXT_BLOCK = 2.5, 18.0
BLOCK = 8  # the side of a region, in pixels; regions start every BLOCK / 2


class WithoutText:
    """A painter (QPainter or SvgCanvas) that skips text: the chart code draws through it
    unchanged, so shapes can be compared without the glyph renderers' differences."""

    def __init__(self, painter: QPainter | SvgCanvas) -> None:
        self._painter = painter

    def __getattr__(self, name: str) -> object:
        return getattr(self._painter, name)

    def drawText(self, *_args: object) -> None:
        pass


def qpainter_picture(chart: Chart, width: float, text: bool) -> QImage:
    font = chart_font()
    height = chart_height(chart, width, font)
    image = QImage(round(width), round(height), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    draw_chart(painter if text else WithoutText(painter), QRectF(0, 0, width, height), chart)
    painter.end()
    return image


def chart_svg(chart: Chart, width: float, text: bool) -> str:
    font = chart_font()
    height = chart_height(chart, width, font)
    canvas = SvgCanvas(font, id_prefix="chart1-")
    draw_chart(canvas if text else WithoutText(canvas), QRectF(0, 0, width, height), chart)
    return canvas.svg(width, height)


def svg_picture(markup: str, scale: float = 1.0) -> QImage:
    renderer = QSvgRenderer(QByteArray(markup.encode("utf-8")))
    assert renderer.isValid()
    box = renderer.viewBoxF()
    image = QImage(
        round(box.width() * scale), round(box.height() * scale), QImage.Format.Format_RGB32
    )
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    # Exactly the view box at 1:1: any other size scales the hatch's pixels and blurs them.
    renderer.render(painter, QRectF(0, 0, box.width() * scale, box.height() * scale))
    painter.end()
    return image


def differences(expected: QImage, actual: QImage) -> tuple[float, float]:
    """The mean absolute difference per channel (0 to 255), and the largest difference of any
    BLOCK by BLOCK region's mean colour in one channel: a shape moved, missing or in another
    colour changes a region's mean, while glyphs drawn a fraction of a pixel apart do not."""
    assert (expected.width(), expected.height()) == (actual.width(), actual.height())
    width, height = expected.width(), expected.height()
    stride = expected.bytesPerLine()
    a, b = bytes(expected.constBits()), bytes(actual.constBits())
    total = 0
    cell = BLOCK // 2
    columns, rows = width // cell, height // cell
    # Signed sums per channel over cells of BLOCK / 2; a region is 2 by 2 cells.
    sums = [[[0, 0, 0] for _ in range(columns)] for _ in range(rows)]
    for y in range(rows * cell):
        row = sums[y // cell]
        start = y * stride
        for x in range(columns * cell):
            i = start + 4 * x
            cells = row[x // cell]
            for channel in range(3):
                d = a[i + channel] - b[i + channel]
                cells[channel] += d
                total += abs(d)
    worst = 0.0
    for y in range(rows - 1):
        for x in range(columns - 1):
            for channel in range(3):
                region = (
                    sums[y][x][channel]
                    + sums[y][x + 1][channel]
                    + sums[y + 1][x][channel]
                    + sums[y + 1][x + 1][channel]
                )
                worst = max(worst, abs(region) / (BLOCK * BLOCK))
    return total / (3 * rows * cell * columns * cell), worst


@pytest.mark.parametrize("name", list(CHARTS))
def test_shapes_match_qpainters_picture(qapp, name):
    chart, width = CHARTS[name]

    mean, worst = differences(
        qpainter_picture(chart, width, text=False), svg_picture(chart_svg(chart, width, False))
    )

    assert mean <= SHAPES_MEAN
    assert worst <= SHAPES_BLOCK


@pytest.mark.parametrize("name", list(CHARTS))
def test_the_whole_chart_matches_qpainters_picture(qapp, name):
    chart, width = CHARTS[name]

    mean, worst = differences(
        qpainter_picture(chart, width, text=True), svg_picture(chart_svg(chart, width, True))
    )

    assert mean <= TEXT_MEAN
    assert worst <= TEXT_BLOCK


def test_the_comparison_sees_a_missing_hatch_and_moved_text(qapp):
    """The thresholds above are not too loose to notice what they are for."""
    chart, width = CHARTS["progress"]
    shapes = chart_svg(chart, width, False)
    whole = chart_svg(chart, width, True)
    reference = qpainter_picture(chart, width, text=False)
    with_text = qpainter_picture(chart, width, text=True)

    unhatched = re.sub(r"<rect [^>]*url\(#[^>]*>\n", "", shapes)
    assert unhatched != shapes
    assert differences(reference, svg_picture(unhatched))[1] > SHAPES_BLOCK
    lowered = re.sub(r'(<text x="[^"]*" y=")([^"]*)', lambda m: f"{m[1]}{float(m[2]) + 3:g}", whole)
    mean, worst = differences(with_text, svg_picture(lowered))
    assert mean > TEXT_MEAN
    assert worst > TEXT_BLOCK


def test_the_report_charts_as_pictures(qapp):
    """The HTML report's own SVG, drawn by QSvgRenderer at twice the size: look at these."""
    page = html.render_html(sample_document(candidates=12), Paper.A4)
    progress, _funnel, scatter = svgs(page)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    for name, markup in (("progress", progress), ("scatter", scatter)):
        image = svg_picture(markup, scale=2)
        assert image.save(str(SCREENSHOTS / f"html_chart_{name}.png"))


def _texts(markup: str) -> Iterator[str]:
    yield from (element.text or "" for element in ET.fromstring(markup).iter(f"{SVG}text"))


def test_the_scatter_says_what_the_screen_says(qapp):
    chart, width = CHARTS["scatter_empty"]
    texts = list(_texts(chart_svg(chart, width, True)))

    assert " ".join(t for t in texts if t not in {"1", "2", "3", "4", "5"}).endswith(MESSAGE)
    assert {"Execution (E)", "Strategy (S)", "Suits a CSO seat", "S = E"} <= set(texts)
