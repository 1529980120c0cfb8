"""Paper typography for the PDF report: the colours, the fonts made for the PDF device, and
text set into lines with QTextLayout (shaped once, measured, and later drawn as it is).

Units are the PDF device's (RESOLUTION dots per inch): the charts draw with fixed pixel sizes
(markers, bar heights) designed for a 96 dpi screen, so on paper they look as they do there.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QTextLayout, QTextOption

from desktop_app.reports.document import Align, Tone

RESOLUTION = 96  # device units per inch

INK = QColor("#1f2328")
NAVY = QColor("#1f3a5f")  # the title and headings: quiet, and dark enough on any printer
MUTED = QColor("#656d76")
RULE = QColor("#d5dae0")
HEADER_RULE = QColor("#aeb6bf")
HEADER_FILL = QColor("#edf0f4")
PANEL_FILL = QColor("#f5f7f9")
CHIP_TEXT = QColor("#ffffff")
TEXT_COLOURS = {
    Tone.NORMAL: INK,
    Tone.MUTED: MUTED,
    Tone.WARNING: QColor("#b3261e"),
    Tone.GOOD: QColor("#2e7d32"),
}
CHIP_COLOURS = {
    Tone.STRONG: QColor("#1b7f3b"),
    Tone.GOOD_FIT: QColor("#2f6fb0"),
    Tone.BORDERLINE: QColor("#a66300"),
    Tone.WEAK: QColor("#b3261e"),
}


def ink(tone: Tone) -> QColor:
    """The text colour of a tone; a band's tone outside a table cell (no chip) is plain ink."""
    return TEXT_COLOURS.get(tone, INK)


# Fonts on paper: a plain sans-serif that every platform has something close to.
FAMILIES = ["DejaVu Sans", "Helvetica Neue", "Helvetica", "Arial", "Liberation Sans"]

ELLIPSIS = "\u2026"
SOFT_HYPHEN = "\u00ad"


@dataclass(frozen=True)
class Fonts:
    title: QFont
    subtitle: QFont
    headings: tuple[QFont, QFont, QFont]  # levels 1, 2 and 3 (and below)
    body: QFont
    table: QFont
    table_bold: QFont
    small: QFont
    small_bold: QFont
    chart: QFont
    chart_title: QFont


@dataclass(frozen=True)
class Style:
    device: QPaintDevice
    fonts: Fonts
    width: float  # the text column, in device units
    height: float  # from the top margin to just above the footer
    # Text already set, by everything that decides how (see set_text): a portfolio repeats the
    # same cells ("Balanced", "—", a competency's name) thousands of times.
    shaped: dict[tuple, tuple[QFont, QFont | None, Text]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # Table cells already laid out (pdf_layout): their height and drawing operations.
    cells: dict[tuple, tuple[float, list]] = field(default_factory=dict, compare=False, repr=False)

    def pt(self, points: float) -> float:
        """Typographic points in device units."""
        return points * RESOLUTION / 72

    def forget(self) -> None:
        """Empties the caches an entry at a time, so that freeing them never holds the GIL for
        long (see pdf.write_pdf)."""
        for cache in (self.cells, self.shaped):
            while cache:
                cache.popitem()


def make_style(device: QPaintDevice, width: float, height: float) -> Style:
    """Fonts made for `device`, so their metrics are the device's and not the screen's (the
    charts measure with QFontMetricsF(font), which follows the font's device). Qt sets a font
    in whole device pixels, so at 96 dpi 8.5 pt comes out as 8.25 pt: close enough."""

    def font(points: float, bold: bool = False) -> QFont:
        base = QFont()
        base.setFamilies(FAMILIES)
        base.setStyleHint(QFont.StyleHint.SansSerif)
        base.setPointSizeF(points)
        base.setBold(bold)
        # Unhinted advances are the ones a PDF viewer uses, at every zoom.
        base.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        # No "fi" or "ffi" ligatures: text copied or searched in any reader stays plain letters.
        base.setFeature(QFont.Tag("liga"), 0)
        return QFont(base, device)

    fonts = Fonts(
        title=font(20, bold=True),
        subtitle=font(10.5),
        headings=(font(13, bold=True), font(11, bold=True), font(9.5, bold=True)),
        body=font(9),
        table=font(8.5),
        table_bold=font(8.5, bold=True),
        small=font(7.5),
        small_bold=font(7.5, bold=True),
        chart=font(8),
        chart_title=font(9, bold=True),
    )
    return Style(device, fonts, width, height)


# --- text -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    layout: QTextLayout
    width: float  # of the widest line
    height: float


def set_text(
    text: str,
    font: QFont,
    width: float,
    style: Style,
    *,
    align: Align = Align.LEFT,
    leading: float = 0.0,
    max_height: float | None = None,
    smaller: QFont | None = None,
    slack: float = 0.0,
) -> Text:
    """`text` broken into lines `width` wide, at spaces. A word wider than the line (by more
    than `slack`, which a cell's padding can take) is set in the `smaller` font if it fits
    there, or else hyphenated, so nothing ever overflows. Text taller than `max_height` is cut
    short with an ellipsis.

    The same text set the same way is shaped once per style and its layout shared: a layout
    is only read when drawn, so every place that shows it can draw the one layout."""
    # The fonts are kept in the entry, so their ids stay theirs while the cache lives.
    key = (text, id(font), width, align, leading, max_height, id(smaller), slack)
    cached = style.shaped.get(key)
    if cached is not None:
        return cached[2]
    result = _set_text(text, font, width, style, align, leading, max_height, smaller, slack)
    style.shaped[key] = (font, smaller, result)
    return result


def _set_text(
    text: str,
    font: QFont,
    width: float,
    style: Style,
    align: Align,
    leading: float,
    max_height: float | None,
    smaller: QFont | None,
    slack: float,
) -> Text:
    # QTextLayout breaks lines at U+2028, not at "\n".
    text = text.replace("\r\n", "\n").replace("\n", "\u2028")

    def shape(text: str, font: QFont, anywhere: bool = False) -> Text:
        return _shape(text, font, width, style, align, leading, anywhere)

    result = shape(text, font)
    if result.width > width + slack + 0.01 and smaller is not None:
        font, result = smaller, shape(text, smaller)
    if result.width > width + slack + 0.01:
        text = _hyphenated(text, font, width)
        result = shape(text, font, anywhere=True)
    if max_height is not None and result.height > max_height:
        keep = _chars_within(result.layout, max_height)
        result = shape(text[:keep].rstrip() + ELLIPSIS, font, anywhere=True)
        while result.height > max_height and keep > 0:
            keep = max(0, keep - 2)
            result = shape(text[:keep].rstrip() + ELLIPSIS, font, anywhere=True)
    return result


def _shape(
    text: str,
    font: QFont,
    width: float,
    style: Style,
    align: Align,
    leading: float,
    anywhere: bool,
) -> Text:
    layout = QTextLayout(text, font, style.device)
    option = QTextOption(_ALIGNMENT[align])
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        if anywhere
        else QTextOption.WrapMode.WordWrap  # a long word overflows, and set_text sees it
    )
    layout.setTextOption(option)
    layout.setCacheEnabled(True)  # drawn later: keep the shaped glyphs
    layout.beginLayout()
    y = widest = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0, y))
        y += line.height() + leading
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return Text(layout, widest, max(0.0, y - leading))


def _hyphenated(text: str, font: QFont, width: float) -> str:
    """`text` with soft hyphens inside each word wider than `width`, so the line breaks there
    with a visible hyphen; at least two letters stay on either side."""
    metrics = QFontMetricsF(font)

    def soften(match: re.Match[str]) -> str:
        word = match.group()
        if len(word) < 5 or metrics.horizontalAdvance(word) <= width:
            return word
        parts = [word[:2]]
        for index in range(2, len(word) - 2):
            parts.append(word[index])
            # Never between a letter and its accent written as a separate mark.
            if not unicodedata.category(word[index + 1]).startswith("M"):
                parts.append(SOFT_HYPHEN)
        parts.append(word[-2:])
        return "".join(parts)

    return re.sub(r"\S+", soften, text)


def _chars_within(layout: QTextLayout, height: float) -> int:
    """How many characters the lines that fit in `height` hold."""
    end = 0
    for index in range(layout.lineCount()):
        line = layout.lineAt(index)
        if line.y() + line.height() > height:
            break
        end = line.textStart() + line.textLength()
    return max(0, end - 1)  # room for the ellipsis


_ALIGNMENT = {
    Align.LEFT: Qt.AlignmentFlag.AlignLeft,
    Align.RIGHT: Qt.AlignmentFlag.AlignRight,
    Align.CENTER: Qt.AlignmentFlag.AlignHCenter,
}
