"""Lays a report `Document` out on pages before anything is painted, so the PDF writer knows the
page count ("Page 2 of 7") and paints each page once.

Every block becomes one or more *pieces*: strips of a page that never split (a heading, a table
row, a chart), each holding the drawing operations that paint it. The paginator stacks pieces on
pages: a section starts a page, a piece that asks to keep with the next one (a heading, a
table's header row) moves with it, and a table row that lands on a new page brings its header.
Text is shaped once here (pdf_style.set_text) and the same layouts are drawn later.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTextLayout

from desktop_app.reports.charts import chart_height
from desktop_app.reports.content import ExportCancelled
from desktop_app.reports.document import (
    Align,
    Block,
    Cell,
    Chart,
    ChartRow,
    Document,
    Facts,
    Heading,
    Paragraph,
    Table,
    Title,
    Tone,
)
from desktop_app.reports.pdf_style import (
    CHIP_COLOURS,
    CHIP_TEXT,
    HEADER_FILL,
    HEADER_RULE,
    INK,
    MUTED,
    NAVY,
    PANEL_FILL,
    RULE,
    Style,
    ink,
    set_text,
)

# Space above each kind of block, in points; dropped at the top of a page.
SPACE_ABOVE = {Title: 16.0, Facts: 12.0, Paragraph: 6.0, Table: 8.0, Chart: 12.0, ChartRow: 12.0}
HEADING_SPACE = {1: 22.0, 2: 18.0}  # level 3 and below: 12
AFTER_HEADING = 5.0  # a heading sits close to what it introduces

# No piece (a table row, a chart) is taller than this share of a page, so the heading before
# it always has room to go with it.
MOST_OF_PAGE = 0.8

CELL_PAD_X, CELL_PAD_Y = 4.5, 3.4
CHIP_PAD_X, CHIP_PAD_Y = 3.5, 1.3

# --- drawing operations: what the painter does, decided here ---------------------------------


@dataclass(frozen=True)
class TextOp:
    origin: QPointF
    layout: QTextLayout
    colour: QColor
    lines: tuple[int, int] | None = None  # only these lines (a paragraph split over pages)


@dataclass(frozen=True)
class FillOp:
    rect: QRectF
    colour: QColor
    radius: float = 0.0


@dataclass(frozen=True)
class LineOp:
    line: QLineF
    colour: QColor
    width: float


@dataclass(frozen=True)
class ChartOp:
    rect: QRectF
    chart: Chart
    font: QFont


Op = TextOp | FillOp | LineOp | ChartOp


@dataclass(eq=False)
class Piece:
    """A strip of a page that never splits; its operations are relative to its top left."""

    height: float
    ops: list[Op]
    space_above: float = 0.0
    keep_with_next: bool = False
    header: Piece | None = None  # a table row's header row, repeated on a continuation page


@dataclass
class Page:
    """What one page holds, top to bottom; the footer is painted separately."""

    footer: str  # the section's footer text
    pieces: list[tuple[float, Piece]] = field(default_factory=list)  # (top, piece)


# --- blocks to pieces ------------------------------------------------------------------------


def lay_out(
    document: Document,
    style: Style,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Page]:
    """The document on pages: every section from a new page, at least one page. `progress`
    hears (sections laid out, sections); `cancelled` is asked before each section and, if
    true, stops it with ExportCancelled."""
    pages: list[Page] = []
    for number, section in enumerate(document.sections, start=1):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        pieces: list[Piece] = []
        after_heading = False
        for block in section.blocks:
            block_pieces = _block_to_pieces(block, style)
            if block_pieces:
                space = AFTER_HEADING if after_heading else _space_above(block)
                block_pieces[0].space_above = style.pt(space)
                after_heading = isinstance(block, Heading)
            pieces += block_pieces
        pages += paginate(section.footer, pieces, style.height)
        if progress is not None:
            progress(number, len(document.sections))
    return pages or [Page("")]


def _space_above(block: Block) -> float:
    if isinstance(block, Heading):
        return HEADING_SPACE.get(block.level, 12.0)
    return SPACE_ABOVE.get(type(block), 0.0)


def _block_to_pieces(block: Block, style: Style) -> list[Piece]:
    if isinstance(block, Title):
        return [_title(block, style)]
    if isinstance(block, Facts):
        return _facts(block, style)
    if isinstance(block, Heading):
        return [_heading(block, style)]
    if isinstance(block, Paragraph):
        return _paragraph(block.text, style.fonts.body, ink(block.tone), style)
    if isinstance(block, Table):
        return _table(block, style)
    charts = block.charts if isinstance(block, ChartRow) else (block,)
    return [_charts(charts, style)] if charts else []


def _title(block: Title, style: Style) -> Piece:
    title = set_text(block.text, style.fonts.title, style.width, style)
    ops: list[Op] = [TextOp(QPointF(0, 0), title.layout, NAVY)]
    y = title.height
    if block.subtitle:
        y += style.pt(3)
        subtitle = set_text(block.subtitle, style.fonts.subtitle, style.width, style)
        ops.append(TextOp(QPointF(0, y), subtitle.layout, MUTED))
        y += subtitle.height
    y += style.pt(7)
    ops.append(LineOp(QLineF(0, y, style.width, y), NAVY, style.pt(1.5)))
    return Piece(y + style.pt(1.5), ops)


def _heading(block: Heading, style: Style) -> Piece:
    font = style.fonts.headings[min(max(block.level, 1), 3) - 1]
    text = set_text(block.text, font, style.width, style)
    ops: list[Op] = [TextOp(QPointF(0, 0), text.layout, NAVY)]
    height = text.height
    if block.level <= 1:  # a search's section in a portfolio: ruled, like the title
        height += style.pt(3)
        ops.append(LineOp(QLineF(0, height, style.width, height), NAVY, style.pt(0.75)))
        height += style.pt(0.75)
    return Piece(height, ops, keep_with_next=True)


def _paragraph(text: str, font: QFont, colour: QColor, style: Style) -> list[Piece]:
    """One piece a line, so a long paragraph may continue on the next page; never leaving its
    first or last line alone (no orphans, no widows)."""
    shaped = set_text(text, font, style.width, style, leading=style.pt(2.5))
    count = shaped.layout.lineCount()
    pieces = []
    for index in range(count):
        line = shaped.layout.lineAt(index)
        height = line.height() + (style.pt(2.5) if index < count - 1 else 0)
        op = TextOp(QPointF(0, -line.y()), shaped.layout, colour, (index, index + 1))
        keep = count > 1 and index in (0, count - 2)
        pieces.append(Piece(height, [op], keep_with_next=keep))
    return pieces


def _facts(block: Facts, style: Style) -> list[Piece]:
    """The pairs in a light panel, `columns` to a row: a small muted label over its value."""
    columns = max(1, block.columns)
    pad, gap = style.pt(8), style.pt(14)
    width = (style.width - 2 * pad - gap * (columns - 1)) / columns
    chunks = [block.pairs[i : i + columns] for i in range(0, len(block.pairs), columns)]
    pieces = []
    for number, chunk in enumerate(chunks):
        top = pad if number == 0 else style.pt(6)
        ops: list[Op] = []
        tallest = 0.0
        for column, (label, value) in enumerate(chunk):
            x = pad + column * (width + gap)
            label_text = set_text(label, style.fonts.small, width, style)
            value_text = set_text(value, style.fonts.body, width, style)
            value_top = label_text.height + style.pt(1.5)
            ops.append(TextOp(QPointF(x, top), label_text.layout, MUTED))
            ops.append(TextOp(QPointF(x, top + value_top), value_text.layout, INK))
            tallest = max(tallest, value_top + value_text.height)
        height = top + tallest + (pad if number == len(chunks) - 1 else 0)
        ops.insert(0, FillOp(QRectF(0, 0, style.width, height), PANEL_FILL))
        pieces.append(Piece(height, ops))
    return pieces


# --- tables ----------------------------------------------------------------------------------


def _table(block: Table, style: Style) -> list[Piece]:
    if not block.rows:
        if not block.empty_text:
            return []
        return _paragraph(block.empty_text, style.fonts.body, MUTED, style)
    total = sum(max(c.weight, 0.0) for c in block.columns) or 1.0
    widths = [style.width * max(c.weight, 0.0) / total for c in block.columns]
    lefts = [0.0, *accumulate(widths)]
    titles = tuple(Cell(c.title, Tone.NORMAL, bold=True) for c in block.columns)
    header = _row(titles, block, lefts, widths, style, header=True)
    # Rows never split, so one taller than a page (a very long note) is cut to fit.
    most = style.height * MOST_OF_PAGE - header.height
    rows = [
        _row(cells, block, lefts, widths, style, zebra=n % 2 == 1, most=most)
        for n, cells in enumerate(block.rows)
    ]
    header.keep_with_next = True  # never a header alone at the foot of a page
    if len(rows) >= 2:
        rows[-2].keep_with_next = True  # nor the last row alone at the top of the next
    for row in rows:
        row.header = header
    pieces = [header, *rows]
    if block.caption:
        rows[-1].keep_with_next = True  # the caption reads with the table, not alone
        caption = set_text(block.caption, style.fonts.small, style.width, style)
        top = style.pt(4)
        op = TextOp(QPointF(0, top), caption.layout, MUTED)
        pieces.append(Piece(top + caption.height, [op]))
    return pieces


def _row(
    cells: tuple[Cell, ...],
    block: Table,
    lefts: list[float],
    widths: list[float],
    style: Style,
    *,
    header: bool = False,
    zebra: bool = False,
    most: float | None = None,
) -> Piece:
    pad_y = style.pt(CELL_PAD_Y)
    limit = None if most is None else most - 2 * pad_y
    ops: list[Op] = []
    tallest = 0.0
    done = style.cells
    for cell, column, left, width in zip(cells, block.columns, lefts, widths, strict=False):
        # The same cell in the same place is laid out once ("—", a stage, a band): its
        # operations only say what to draw, so every row that shows it can share them.
        key = (cell.text, cell.tone, cell.bold, column.align, left, width, limit)
        laid = done.get(key)
        if laid is None:
            cell_rect = QRectF(left, pad_y, width, 0)
            if CHIP_COLOURS.get(cell.tone) and cell.text.strip():
                laid = _chip(cell, column.align, cell_rect, style, limit)
            else:
                laid = _cell(cell, column.align, cell_rect, style, limit)
            done[key] = laid
        height, cell_ops = laid
        ops += cell_ops
        tallest = max(tallest, height)
    height = tallest + 2 * pad_y
    if header:
        ops.insert(0, FillOp(QRectF(0, 0, style.width, height), HEADER_FILL))
        ops.append(LineOp(QLineF(0, height, style.width, height), HEADER_RULE, style.pt(0.6)))
    else:
        if zebra:
            ops.insert(0, FillOp(QRectF(0, 0, style.width, height), PANEL_FILL))
        ops.append(LineOp(QLineF(0, height, style.width, height), RULE, style.pt(0.4)))
    return Piece(height, ops)


def _cell(
    cell: Cell, align: Align, rect: QRectF, style: Style, limit: float | None
) -> tuple[float, list[Op]]:
    """A cell's text inside its padding, in its tone; returns its height and how to draw it.
    `rect` spans the column, its top at the row's padding."""
    pad = style.pt(CELL_PAD_X)
    box = rect.adjusted(pad, 0, -pad, 0)
    fonts = style.fonts
    font, smaller = (
        (fonts.table_bold, fonts.small_bold) if cell.bold else (fonts.table, fonts.small)
    )
    # A word a little too wide may reach into the padding: unseen, unlike a smaller font.
    text = set_text(
        cell.text, font, box.width(), style, align=align, max_height=limit, smaller=smaller,
        slack=pad / 2,
    )  # fmt: skip
    return text.height, [TextOp(box.topLeft(), text.layout, ink(cell.tone))]


def _chip(
    cell: Cell, align: Align, rect: QRectF, style: Style, limit: float | None
) -> tuple[float, list[Op]]:
    """A fit band as a coloured badge with its name in white, a size smaller than the table's
    text. A word too wide for the cell's text width ("borderline" in a narrow column) may take
    the cell's padding rather than break."""
    font = style.fonts.small_bold
    pad_x, pad_y, margin = style.pt(CHIP_PAD_X), style.pt(CHIP_PAD_Y), style.pt(1.5)
    box = rect.adjusted(style.pt(CELL_PAD_X), 0, -style.pt(CELL_PAD_X), 0)
    metrics = QFontMetricsF(font)
    longest = max(metrics.horizontalAdvance(word) for word in cell.text.split())
    width = box.width() - 2 * pad_x
    if longest > width:
        width = min(longest + 0.5, rect.width() - 2 * margin - 2 * pad_x)
    text = set_text(cell.text, font, width, style, max_height=limit)
    chip_width = text.width + 2 * pad_x
    left = box.left()
    if align is Align.RIGHT:
        left = box.right() - chip_width
    elif align is Align.CENTER:
        left = box.center().x() - chip_width / 2
    left = max(rect.left() + margin, min(left, rect.right() - margin - chip_width))
    # On the same baseline as the row's other cells.
    top = rect.top() + _ascent(style.fonts.table) - _ascent(font)
    ops: list[Op] = [
        FillOp(
            QRectF(left, top - pad_y, chip_width, text.height + 2 * pad_y),
            CHIP_COLOURS[cell.tone],
            radius=style.pt(2.5),
        ),
        TextOp(QPointF(left + pad_x, top), text.layout, CHIP_TEXT),
    ]
    return top - rect.top() + text.height, ops


def _ascent(font: QFont) -> float:
    return QFontMetricsF(font).ascent()


# --- charts ----------------------------------------------------------------------------------


def _charts(charts: tuple[Chart, ...], style: Style) -> Piece:
    """Charts side by side, sharing the width; one piece, so a chart never splits."""
    gap = style.pt(20)
    width = (style.width - gap * (len(charts) - 1)) / len(charts)
    ops: list[Op] = []
    height = 0.0
    for index, chart in enumerate(charts):
        chart_ops, used = _chart(chart, index * (width + gap), width, style)
        ops += chart_ops
        height = max(height, used)
    return Piece(height, ops)


def _chart(chart: Chart, left: float, width: float, style: Style) -> tuple[list[Op], float]:
    ops: list[Op] = []
    y = 0.0
    if chart.title:
        title = set_text(chart.title, style.fonts.chart_title, width, style)
        ops.append(TextOp(QPointF(left, 0), title.layout, NAVY))
        y += title.height + style.pt(5)
    caption = set_text(chart.caption, style.fonts.small, width, style) if chart.caption else None
    below = caption.height + style.pt(4) if caption else 0.0
    # A chart taller than the page (dozens of phases) is drawn smaller, never split.
    most = style.height * MOST_OF_PAGE - y - below
    drawn = min(chart_height(chart, width, style.fonts.chart), most)
    ops.append(ChartOp(QRectF(left, y, width, drawn), chart, style.fonts.chart))
    y += drawn
    if caption:
        ops.append(TextOp(QPointF(left, y + style.pt(4)), caption.layout, MUTED))
        y += below
    return ops, y


# --- pages -----------------------------------------------------------------------------------


def paginate(footer: str, pieces: list[Piece], height: float) -> list[Page]:
    """Stacks a section's pieces on as many pages as they need, starting a new page."""
    page = Page(footer)
    pages = [page]
    y = 0.0
    for index, piece in enumerate(pieces):
        space = piece.space_above if y > 0 else 0.0
        if y > 0 and y + space + _kept_height(pieces, index, height) > height:
            page = Page(footer)
            pages.append(page)
            y, space = 0.0, 0.0
            if piece.header is not None:  # a table goes on: its header row first
                page.pieces.append((0.0, piece.header))
                y = piece.header.height
        page.pieces.append((y + space, piece))
        y += space + piece.height
    return pages


def _kept_height(pieces: list[Piece], index: int, page_height: float) -> float:
    """The height of pieces[index] and the run of pieces it keeps with, as far as they fit on
    one page together."""
    height = pieces[index].height
    end = index
    while pieces[end].keep_with_next and end + 1 < len(pieces):
        following = pieces[end + 1]
        if height + following.space_above + following.height > page_height:
            break
        height += following.space_above + following.height
        end += 1
    return height
