"""A painter that writes SVG: the part of QPainter's API the charts call, duck-typed, producing
an SVG document as text.

Why not QSvgGenerator: ending a QPainter on it (on the export's worker thread, while PySide
holds Python's lock) makes Qt's SVG engine open a QTextStream on the output device, whose
connect waits for one of Qt's pooled signal-slot mutexes. If the main thread meanwhile
disconnects a Python object, holding that mutex, PySide's disconnectNotify override waits for
Python's lock: each thread waits for the other, for ever. This writer creates no QObject and
touches no signal or slot: it keeps plain value classes (QPen, QBrush, QFont, QTransform) and
measures text with QFontMetricsF, which are safe on any thread.

Text is laid out the way QPainter's drawText(rect, flags, text) lays it out (line height,
whole-pixel line positions, alignment in the rectangle, word wrap where Qt breaks prose), so the
picture matches what the charts paint on screen and into the PDF. Centred and right-aligned text
is anchored at the rectangle's centre or right edge (text-anchor), so it stays centred or aligned
when a browser draws it in a font a little wider or narrower than the one Qt measured.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainterPath,
    QPen,
    QPolygon,
    QPolygonF,
    QTransform,
)

SVG_NAMESPACE = "http://www.w3.org/2000/svg"

# Characters XML does not allow (C0 controls other than tab and line breaks, DEL, lone
# surrogates and the two non-characters); text pasted from e-mails or PDFs sometimes has them.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# Where a line may break when words wrap, as Qt's line breaker (Unicode's rules) does for
# ordinary prose: after a run of spaces, after a hyphen inside a word ("follow-up") and after
# a slash before a letter ("and/or", though not "1/2").
_BREAKS = re.compile(r"\S*?(?:\s+|(?<=\w)-(?=\w)|/(?=[^\W\d]))|\S+$")

# Qt's pattern brushes, as the raster engine paints them: 8 by 8 pixels, "#" inked. Written as
# 1-unit squares so the picture is the same pixel for pixel at 1:1 (measured from QImage).
_PATTERNS = {
    Qt.BrushStyle.HorPattern: ("........", "........", "........", "########") + ("........",) * 4,
    Qt.BrushStyle.VerPattern: ("....#...",) * 8,
    Qt.BrushStyle.CrossPattern: ("....#...",) * 3 + ("########",) + ("....#...",) * 4,
    Qt.BrushStyle.BDiagPattern: tuple("." * (7 - row) + "#" + "." * row for row in range(8)),
    Qt.BrushStyle.FDiagPattern: tuple("." * row + "#" + "." * (7 - row) for row in range(8)),
    Qt.BrushStyle.DiagCrossPattern: (
        "#......#",
        ".#....#.",
        "..#..#..",
        "...##...",
        "...##...",
        "..#..#..",
        ".#....#.",
        "#......#",
    ),
}

_CAPS = {Qt.PenCapStyle.FlatCap: "butt", Qt.PenCapStyle.RoundCap: "round"}
_JOINS = {
    Qt.PenJoinStyle.MiterJoin: "miter",
    Qt.PenJoinStyle.SvgMiterJoin: "miter",
    Qt.PenJoinStyle.RoundJoin: "round",
}

_RIGHT = Qt.AlignmentFlag.AlignRight.value
_HCENTER = Qt.AlignmentFlag.AlignHCenter.value
_BOTTOM = Qt.AlignmentFlag.AlignBottom.value
_VCENTER = Qt.AlignmentFlag.AlignVCenter.value
_WRAP = Qt.TextFlag.TextWordWrap.value | Qt.TextFlag.TextWrapAnywhere.value

_NO_FILL = ' fill="none"'
_NO_STROKE = ' stroke="none"'

PenLike = QPen | QColor | Qt.PenStyle | Qt.GlobalColor
BrushLike = QBrush | QColor | Qt.BrushStyle | Qt.GlobalColor
RectLike = QRectF | QRect


def number(value: float, places: int = 2) -> str:
    """A coordinate or size in at most two decimals, without trailing zeros: a hundredth of a
    pixel is finer than any screen or printer shows, and short numbers keep the page small."""
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def escape(text: str) -> str:
    """`text` safe inside an element or a double-quoted attribute, characters XML forbids
    dropped: a label that says "<script>" is shown as those characters, never run."""
    text = NOT_XML.sub("", text)
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def _opacity(alpha: float) -> str:
    # Three decimals, not two: two would be up to a level and a half of 255 off.
    return number(alpha, 3)


def _flags(flags: object) -> int:
    """Qt's alignment and text flags as one int, whichever form PySide hands them in."""
    return int(getattr(flags, "value", flags))  # type: ignore[call-overload]


@dataclass
class _State:
    """What save() keeps and restore() brings back, as QPainter does."""

    pen: QPen
    brush: QBrush
    font: QFont
    transform: QTransform

    def copy(self) -> _State:
        return _State(
            QPen(self.pen), QBrush(self.brush), QFont(self.font), QTransform(self.transform)
        )


@dataclass(frozen=True)
class TextLine:
    """One line of laid-out text: where its baseline starts (or is centred, or ends)."""

    text: str
    x: float
    baseline: float
    anchor: str  # "start", "middle" or "end", as SVG's text-anchor


@dataclass(frozen=True)
class TextLayout:
    bounds: QRectF  # what QPainter.boundingRect gives for the same rectangle, flags and text
    lines: tuple[TextLine, ...]


def layout_text(font: QFont, rect: QRectF, flags: int, text: str) -> TextLayout:
    """`text` laid out in `rect` as QPainter.drawText(rect, flags, text) lays it out: lines one
    font height apart, each placed on a whole pixel below the first (Qt's own rounding), the
    block aligned vertically in the rectangle and each line horizontally. Lines break at "\\n"
    and, with Qt.TextFlag.TextWordWrap, where a word would cross the rectangle's right edge (a
    single word wider than that stays whole and overflows, as in Qt)."""
    metrics = QFontMetricsF(font)
    wrap = bool(flags & _WRAP)
    # A carriage return is a space in QPainter's text (XML would read it as a line break).
    paragraphs = text.replace("\r\n", "\n").replace("\r", " ").split("\n") if text else []
    strings: list[str] = []
    for paragraph in paragraphs:
        strings.extend(_wrapped(metrics, paragraph, rect.width()) if wrap else [paragraph])
    leading = metrics.leading()
    line_height = metrics.height()
    height, tops = -leading, []
    for _string in strings:
        height = math.ceil(height + leading)  # Qt puts each line on a whole pixel
        tops.append(height)
        height += line_height
    # A line's width as Qt's bounds count it: its advance plus any overhang of its last glyph
    # ("/" or "f" reach past their advance). Placing the line uses the advance alone.
    width = max((_natural_width(metrics, string) for string in strings), default=0.0)
    if not strings:
        height = line_height
    y_offset = 0.0
    if flags & _BOTTOM:
        y_offset = rect.height() - height
    elif flags & _VCENTER:
        y_offset = (rect.height() - height) / 2
    x_offset = 0.0
    if flags & _RIGHT:
        x_offset = rect.width() - width
    elif flags & _HCENTER:
        x_offset = (rect.width() - width) / 2
    bounds = QRectF(rect.x() + x_offset, rect.y() + y_offset, width, height)
    if flags & _RIGHT:
        x, anchor = rect.x() + rect.width(), "end"
    elif flags & _HCENTER:
        x, anchor = rect.x() + rect.width() / 2, "middle"
    else:
        x, anchor = rect.x(), "start"
    lines = tuple(
        TextLine(string, x, rect.y() + y_offset + top + metrics.ascent(), anchor)
        for string, top in zip(strings, tops, strict=True)
        if string.strip()
    )
    return TextLayout(bounds, lines)


def _natural_width(metrics: QFontMetricsF, line: str) -> float:
    return metrics.boundingRect(QRectF(0, 0, 1e6, 1e6), 0, line).width() if line else 0.0


def _wrapped(metrics: QFontMetricsF, paragraph: str, width: float) -> list[str]:
    """The paragraph's lines when it wraps at `width`: as many words on each line as fit. The
    spaces where a line breaks belong to no line (Qt leaves them out of the width too); those
    at the paragraph's end stay when they fit, as Qt counts them then."""
    lines: list[str] = []
    line = ""
    for piece in _BREAKS.findall(paragraph):
        candidate = line + piece
        # A glyph's overhang counts, as in Qt: "and/" may not fit where "and" would.
        if line.strip() and _natural_width(metrics, candidate.rstrip()) > width:
            lines.append(line.rstrip())
            line = piece
        else:
            line = candidate
    lines.append(line if _natural_width(metrics, line) <= width else line.rstrip())
    return lines


class SvgCanvas:
    """Takes QPainter calls and keeps them as SVG elements; svg() gives the document.

    Supported: pens (colour with alpha, width, dash styles, caps, joins, NoPen), brushes (solid
    with alpha, NoBrush, Qt's line patterns such as BDiagPattern as an SVG <pattern>), fonts
    (pixel or point size, weight, italic), save/restore, translate/rotate/scale, lines,
    rectangles (rounded too), ellipses, polygons, painter paths, filled rectangles and paths,
    text at a baseline point and text in a rectangle with alignment and word wrap, and
    boundingRect. Render hints are accepted and ignored: SVG is always drawn smooth.

    Left out, as the charts need none of it: clipping (QPainter clips text that overflows its
    rectangle; here it is left whole, as a browser's font may be a little wider than Qt's),
    gradients and textures (drawn in the brush's colour), mnemonics, tab stops, right-to-left
    alignment and wrapping inside words (TextWrapAnywhere wraps at words).
    """

    def __init__(self, font: QFont | None = None, *, id_prefix: str = "") -> None:
        """`font` is the painter's starting font (a device's default font otherwise);
        `id_prefix` starts every id this canvas writes, so several drawings can share a page."""
        # QPainter's starting state: a black pen one unit wide, no brush.
        self._state = _State(
            QPen(QColor(Qt.GlobalColor.black)),
            QBrush(),
            QFont(font) if font is not None else QFont(),
            QTransform(),
        )
        self._saved: list[_State] = []
        self._elements: list[str] = []
        self._definitions: list[str] = []
        self._patterns: dict[tuple[int, str, str], str] = {}
        self._prefix = id_prefix

    # --- state -------------------------------------------------------------------------------

    def pen(self) -> QPen:
        return QPen(self._state.pen)

    def setPen(self, pen: PenLike) -> None:
        if isinstance(pen, QPen):
            self._state.pen = QPen(pen)
        elif isinstance(pen, Qt.PenStyle):
            self._state.pen = QPen(pen)  # as QPainter: black, one unit wide, in that style
        else:
            self._state.pen = QPen(QColor(pen))

    def brush(self) -> QBrush:
        return QBrush(self._state.brush)

    def setBrush(self, brush: BrushLike) -> None:
        self._state.brush = QBrush(brush)  # a style alone is black, as in QPainter

    def font(self) -> QFont:
        return QFont(self._state.font)

    def setFont(self, font: QFont) -> None:
        self._state.font = QFont(font)

    def fontMetrics(self) -> QFontMetrics:
        return QFontMetrics(self._state.font)

    def save(self) -> None:
        self._saved.append(self._state.copy())

    def restore(self) -> None:
        if self._saved:  # QPainter warns and does nothing on an unmatched restore()
            self._state = self._saved.pop()

    def setRenderHint(self, *_hint: object) -> None:
        """Accepted for QPainter's sake; SVG viewers draw smooth edges anyway."""

    def setRenderHints(self, *_hints: object) -> None:
        """Accepted for QPainter's sake, like setRenderHint."""

    def transform(self) -> QTransform:
        return QTransform(self._state.transform)

    def translate(self, dx: float | QPointF, dy: float | None = None) -> None:
        if isinstance(dx, QPointF | QPoint):
            dx, dy = dx.x(), dx.y()
        self._state.transform = QTransform.fromTranslate(dx, dy or 0.0) * self._state.transform

    def rotate(self, degrees: float) -> None:
        self._state.transform = QTransform().rotate(degrees) * self._state.transform

    def scale(self, sx: float, sy: float) -> None:
        self._state.transform = QTransform.fromScale(sx, sy) * self._state.transform

    # --- shapes ------------------------------------------------------------------------------

    def drawLine(self, *args: object) -> None:
        """drawLine(QLineF | QLine), drawLine(p1, p2) or drawLine(x1, y1, x2, y2)."""
        if len(args) == 1:
            line = QLineF(args[0])  # type: ignore[call-overload]
        elif len(args) == 2:
            line = QLineF(QPointF(args[0]), QPointF(args[1]))  # type: ignore[call-overload]
        else:
            line = QLineF(*(float(value) for value in args))  # type: ignore[arg-type]
        self._shape(
            "line",
            f'x1="{number(line.x1())}" y1="{number(line.y1())}"'
            f' x2="{number(line.x2())}" y2="{number(line.y2())}"',
            fill=False,
        )

    def drawRect(self, *args: object) -> None:
        """drawRect(QRectF | QRect) or drawRect(x, y, width, height)."""
        self._shape("rect", _rect_attributes(_rect(args)))

    def drawRoundedRect(
        self,
        rect: RectLike,
        x_radius: float,
        y_radius: float,
        mode: Qt.SizeMode = Qt.SizeMode.AbsoluteSize,
    ) -> None:
        area = QRectF(rect).normalized()
        if mode == Qt.SizeMode.RelativeSize:  # percent of half the side, as Qt has it
            x_radius = area.width() / 2 * min(x_radius, 100) / 100
            y_radius = area.height() / 2 * min(y_radius, 100) / 100
        # Qt draws a plain rectangle when either radius is not positive; SVG would round
        # with the other one.
        if x_radius <= 0 or y_radius <= 0:
            self._shape("rect", _rect_attributes(area))
            return
        # Both radii, limited to half the side each, exactly as both Qt and SVG limit them.
        x_radius, y_radius = min(x_radius, area.width() / 2), min(y_radius, area.height() / 2)
        self._shape(
            "rect",
            f'{_rect_attributes(area)} rx="{number(x_radius)}" ry="{number(y_radius)}"',
        )

    def drawEllipse(self, *args: object) -> None:
        """drawEllipse(centre, rx, ry) or drawEllipse(QRectF | QRect)."""
        if len(args) == 3:
            centre = QPointF(args[0])  # type: ignore[call-overload]
            # QPainter draws the box made normal: a negative radius is the positive one (SVG
            # would take it as an error and draw nothing).
            rx, ry = abs(float(args[1])), abs(float(args[2]))  # type: ignore[arg-type]
        else:
            box = _rect(args).normalized()
            centre, rx, ry = box.center(), box.width() / 2, box.height() / 2
        cx, cy = number(centre.x()), number(centre.y())
        if number(rx) == number(ry):
            self._shape("circle", f'cx="{cx}" cy="{cy}" r="{number(rx)}"')
        else:
            self._shape("ellipse", f'cx="{cx}" cy="{cy}" rx="{number(rx)}" ry="{number(ry)}"')

    def drawPolygon(
        self,
        polygon: QPolygonF | QPolygon | Sequence[QPointF],
        fill_rule: Qt.FillRule = Qt.FillRule.OddEvenFill,
    ) -> None:
        points = list(QPolygonF(polygon) if isinstance(polygon, QPolygon) else polygon)
        if not points:
            return
        text = " ".join(f"{number(p.x())},{number(p.y())}" for p in points)
        self._shape("polygon", f'points="{text}"{_fill_rule(fill_rule)}')

    def drawPath(self, path: QPainterPath) -> None:
        d = path_data(path)
        if d:
            self._shape("path", f'd="{d}"{_fill_rule(path.fillRule())}')

    def fillPath(self, path: QPainterPath, brush: BrushLike) -> None:
        d = path_data(path)
        if d:
            fill = self._fill(QBrush(brush))
            self._add("path", f'd="{d}"{_fill_rule(path.fillRule())}{fill} stroke="none"')

    def fillRect(self, rect: RectLike, brush: BrushLike) -> None:
        """The rectangle filled with `brush` (a colour too), whatever the pen and brush are."""
        fill = self._fill(QBrush(brush))
        self._add("rect", f'{_rect_attributes(QRectF(rect).normalized())}{fill} stroke="none"')

    # --- text --------------------------------------------------------------------------------

    def boundingRect(self, rect: RectLike, flags: object, text: str) -> QRectF | QRect:
        """Where drawText(rect, flags, text) puts the text; a QRect for a QRect, as QPainter."""
        bounds = layout_text(self._state.font, QRectF(rect), _flags(flags), text).bounds
        return bounds.toAlignedRect() if isinstance(rect, QRect) else bounds

    def drawText(self, *args: object) -> QRectF | None:
        """drawText(point, text), drawText(x, y, text) with the baseline at the point, or
        drawText(rect, flags, text) laid out in the rectangle (returning its bounding rect)."""
        if len(args) == 3 and isinstance(args[0], QRectF | QRect):
            rect, flags, text = QRectF(args[0]), _flags(args[1]), str(args[2])
            layout = layout_text(self._state.font, rect, flags, text)
            for line in layout.lines:
                self._text(line.text, line.x, line.baseline, line.anchor)
            return layout.bounds
        if len(args) == 3:
            point, text = QPointF(float(args[0]), float(args[1])), str(args[2])  # type: ignore[arg-type]
        else:
            point, text = QPointF(args[0]), str(args[1])  # type: ignore[call-overload]
        # One line at the baseline, as QPainter: line breaks in it are drawn as nothing.
        self._text(re.sub(r"[\r\n]", "", text).replace("\t", " "), point.x(), point.y(), "start")
        return None

    def _text(self, text: str, x: float, baseline: float, anchor: str) -> None:
        pen = self._state.pen
        if not text or pen.style() == Qt.PenStyle.NoPen:  # QPainter draws no text without a pen
            return
        attributes = f'x="{number(x)}" y="{number(baseline)}"'
        if anchor != "start":
            attributes += f' text-anchor="{anchor}"'
        attributes += _font_attributes(self._state.font) + _colour("fill", pen.color())
        if text != text.strip() or "  " in text:  # spaces that count, kept as written
            attributes += ' xml:space="preserve"'
        attributes += self._transform_attribute()
        self._elements.append(f"<text {attributes}>{escape(text)}</text>")

    # --- the document ------------------------------------------------------------------------

    def body(self) -> str:
        """What was drawn, as SVG elements in drawing order, with the definitions they use.
        Qt's pen defaults (square caps, bevel joins) and fill rule (odd-even) are set once on
        a group around them, so the elements need say only where they differ."""
        definitions = f"<defs>\n{''.join(self._definitions)}</defs>\n" if self._definitions else ""
        elements = "".join(f"{element}\n" for element in self._elements)
        return (
            f"{definitions}"
            '<g fill-rule="evenodd" stroke-linecap="square" stroke-linejoin="bevel">\n'
            f"{elements}</g>"
        )

    def svg(
        self,
        width: float,
        height: float,
        *,
        title: str = "",
        description: str = "",
        attributes: Mapping[str, str] | None = None,
    ) -> str:
        """The drawing as one <svg> element of `width` by `height` units: no XML prolog, so it
        can stand in an .svg file or inside an HTML page. `attributes` go on the root (escaped
        here); without them it gets width and height in pixels. `title` and `description`
        become its <title> and <desc>, what screen readers say."""
        extra = (
            attributes
            if attributes is not None
            else {"width": number(width), "height": number(height)}
        )
        root = [f'xmlns="{SVG_NAMESPACE}"', f'viewBox="0 0 {number(width)} {number(height)}"']
        root.extend(f'{name}="{escape(value)}"' for name, value in extra.items())
        heading = f"<title>{escape(title)}</title>" if title else ""
        heading += f"<desc>{escape(description)}</desc>" if description else ""
        return f"<svg {' '.join(root)}>{heading}\n{self.body()}\n</svg>"

    # --- inner workings ----------------------------------------------------------------------

    def _shape(self, tag: str, geometry: str, *, fill: bool = True) -> None:
        filling = self._fill(self._state.brush) if fill else ""
        stroke = self._stroke()
        if filling in ("", _NO_FILL) and stroke == _NO_STROKE:
            return  # neither filled nor outlined: nothing to see
        self._add(tag, f"{geometry}{filling}{stroke}")

    def _add(self, tag: str, attributes: str) -> None:
        self._elements.append(f"<{tag} {attributes}{self._transform_attribute()} />")

    def _transform_attribute(self) -> str:
        t = self._state.transform
        if t.isIdentity():
            return ""
        if t.type() == QTransform.TransformationType.TxTranslate:
            return f' transform="translate({number(t.dx())} {number(t.dy())})"'
        # The rotation and scale terms get more decimals than coordinates: they multiply them.
        terms = " ".join(number(value, 6) for value in (t.m11(), t.m12(), t.m21(), t.m22()))
        return f' transform="matrix({terms} {number(t.dx())} {number(t.dy())})"'

    def _stroke(self) -> str:
        pen = self._state.pen
        if pen.style() == Qt.PenStyle.NoPen or pen.brush().style() == Qt.BrushStyle.NoBrush:
            return _NO_STROKE
        width = pen.widthF()
        parts = [_colour("stroke", pen.color())]
        if width != 1:
            # A zero-width (cosmetic) pen is one device pixel wide in Qt; one unit here.
            parts.append(f' stroke-width="{number(width or 1)}"')
        pattern = pen.dashPattern()  # Qt's own dashes for its styles, in pen widths
        if pen.style() != Qt.PenStyle.SolidLine and pattern:
            unit = max(width, 1.0)  # Qt measures dashes in pen widths, a thin pen as 1
            parts.append(f' stroke-dasharray="{" ".join(number(d * unit) for d in pattern)}"')
            if pen.dashOffset():
                parts.append(f' stroke-dashoffset="{number(pen.dashOffset() * unit)}"')
        if pen.capStyle() in _CAPS:
            parts.append(f' stroke-linecap="{_CAPS[pen.capStyle()]}"')
        if pen.joinStyle() in _JOINS:
            parts.append(f' stroke-linejoin="{_JOINS[pen.joinStyle()]}"')
            if _JOINS[pen.joinStyle()] == "miter":
                parts.append(f' stroke-miterlimit="{number(pen.miterLimit())}"')
        return "".join(parts)

    def _fill(self, brush: QBrush) -> str:
        style = brush.style()
        if style == Qt.BrushStyle.NoBrush:
            return _NO_FILL
        if style in _PATTERNS:
            return f' fill="url(#{self._pattern(style, brush.color())})"'
        # Solid, and what this writer has no pattern for (gradients, textures, the dense
        # dot patterns): the brush's colour, which is what they are made of.
        return _colour("fill", brush.color())

    def _pattern(self, style: Qt.BrushStyle, colour: QColor) -> str:
        key = (style.value, colour.name(), _opacity(colour.alphaF()))
        if key not in self._patterns:
            pattern_id = f"{self._prefix}pattern{len(self._patterns) + 1}"
            self._patterns[key] = pattern_id
            squares = "".join(
                f"M{x},{y}h1v1h-1z"
                for y, row in enumerate(_PATTERNS[style])
                for x, pixel in enumerate(row)
                if pixel == "#"
            )
            # Qt's patterns are transparent between the lines: only the squares are painted.
            # crispEdges keeps them sharp squares at any zoom, as Qt's bitmap is. In user
            # space, the pattern moves with translate() as Qt's does (Qt would not also turn
            # or scale it; the charts never hatch under a rotation or a scale).
            self._definitions.append(
                f'<pattern id="{pattern_id}" width="8" height="8" patternUnits="userSpaceOnUse">'
                f'<path d="{squares}"{_colour("fill", colour)} shape-rendering="crispEdges" />'
                "</pattern>\n"
            )
        return self._patterns[key]


def path_data(path: QPainterPath) -> str:
    """A QPainterPath as SVG path data: moves, lines and cubic curves. A subpath that ends
    where it began is closed with Z, as Qt's stroker treats it as closed (a proper join)."""
    commands: list[str] = []
    start = last = (0.0, 0.0)
    segments = 0  # drawn in the current subpath
    index, count = 0, path.elementCount()
    while index < count:
        element = path.elementAt(index)
        here = (element.x, element.y)
        # isMoveTo() and the like, not element.type: each read of that makes a Python enum,
        # and a portfolio's charts read tens of thousands of elements.
        if element.isMoveTo():
            if segments and last == start:
                commands.append("Z")
            commands.append(f"M{number(here[0])},{number(here[1])}")
            start = last = here
            segments = 0
            index += 1
        elif element.isLineTo():
            commands.append(f"L{number(here[0])},{number(here[1])}")
            last = here
            segments += 1
            index += 1
        elif element.isCurveTo() and index + 2 < count:
            # A curve is three elements: its first control point, then the second control
            # point and its end as CurveToData.
            second, end = path.elementAt(index + 1), path.elementAt(index + 2)
            commands.append(
                f"C{number(here[0])},{number(here[1])} {number(second.x)},{number(second.y)}"
                f" {number(end.x)},{number(end.y)}"
            )
            last = (end.x, end.y)
            segments += 1
            index += 3
        else:  # a stray curve-data element: nothing to draw
            index += 1
    if segments and last == start:
        commands.append("Z")
    return " ".join(commands) if any(c[0] in "LC" for c in commands) else ""


def _rect(args: Iterable[object]) -> QRectF:
    values = tuple(args)
    if len(values) == 1:
        return QRectF(values[0])  # type: ignore[call-overload]
    return QRectF(*(float(value) for value in values))  # type: ignore[arg-type]


def _rect_attributes(rect: QRectF) -> str:
    rect = rect.normalized()
    return (
        f'x="{number(rect.x())}" y="{number(rect.y())}"'
        f' width="{number(rect.width())}" height="{number(rect.height())}"'
    )


def _fill_rule(rule: Qt.FillRule) -> str:
    # Odd-even is set on the group (Qt's default for polygons and paths); winding differs.
    return ' fill-rule="nonzero"' if rule == Qt.FillRule.WindingFill else ""


def _colour(attribute: str, colour: QColor) -> str:
    text = f' {attribute}="{colour.name()}"'
    if colour.alpha() < 255:
        text += f' {attribute}-opacity="{_opacity(colour.alphaF())}"'
    return text


def _font_attributes(font: QFont) -> str:
    """Size, weight and slant; never a family, which the document's root gives (the page's
    fonts)."""
    # A point size becomes pixels at the 96 dots an inch of CSS and of Qt's logical screen.
    size = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
    text = f' font-size="{number(size)}"'
    weight = font.weight().value
    if weight == QFont.Weight.Bold.value:
        text += ' font-weight="bold"'
    elif weight != QFont.Weight.Normal.value:
        text += f' font-weight="{weight}"'
    if font.italic():
        text += ' font-style="italic"'
    return text
