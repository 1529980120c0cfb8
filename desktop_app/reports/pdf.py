"""The board-ready PDF: a report `Document` painted with Qt's own PDF support (QPdfWriter and
QPainter), on A4 or US Letter.

pdf_layout.py first lays every block out on pages, so the page count is known before the first
page is painted; this module paints those pages and the footer each one carries: the section's
name, when the report was made, any notices ("Anonymised") and "Page N of M". Charts are drawn
with the app's chart code straight into the page, so they stay vector.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLineF, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from desktop_app.labels.text import fill
from desktop_app.reports.charts import draw_chart
from desktop_app.reports.content import ExportCancelled
from desktop_app.reports.document import Document
from desktop_app.reports.options import Paper
from desktop_app.reports.pdf_layout import ChartOp, FillOp, LineOp, Op, Page, TextOp, lay_out
from desktop_app.reports.pdf_style import INK, MUTED, RESOLUTION, RULE, Style, make_style

PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}
MARGIN_MM = 18.0
# The footer sits in the lower margin, below the text and a thin rule.
BOTTOM_MARGIN_MM = 11.0
FOOTER_GAP_PT = 14.0  # between the text and the footer rule
NOTICE_SEPARATOR = " · "


def write_pdf(
    document: Document,
    path: Path,
    paper: Paper,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    laying_out: Callable[[int, int], None] | None = None,
) -> int:
    """Writes `document` to `path` and returns the number of pages. `laying_out` hears
    (sections laid out, sections) first, then `progress` (pages painted, total pages);
    `cancelled` is asked before each section and page and, if true, the export stops with
    ExportCancelled (the caller removes the unfinished file)."""
    writer = _pdf_writer(path, paper, document.title)
    style, footer_area = _page_areas(writer, with_notices=bool(document.notices))
    pending: deque[Page] = deque()
    try:
        pending.extend(lay_out(document, style, progress=laying_out, cancelled=cancelled))
        count = len(pending)
        footer = _Footer(footer_area, document, style)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"Could not write {path}")
        try:
            for number in range(1, count + 1):
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                if number > 1:
                    writer.newPage()
                page = pending.popleft()  # and let go of once painted
                _paint_page(painter, page)
                footer.paint(painter, page, (number, count))
                if progress is not None:
                    progress(number, count)
        finally:
            painter.end()
        return count
    finally:
        # A portfolio's pages and shaped text are hundreds of thousands of objects. Freed all
        # at once, as the function returns, they hold the GIL (and so the window, when this
        # runs on a worker thread) for a fifth of a second; one by one, other threads get in.
        while pending:
            pending.pop()
        style.forget()


def _pdf_writer(path: Path, paper: Paper, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(PAGE_SIZES[Paper(paper)]))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, BOTTOM_MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    writer.setTitle(title)
    writer.setCreator("RevSearch")
    return writer


def _page_areas(writer: QPdfWriter, with_notices: bool) -> tuple[Style, QRectF]:
    """The style to lay the body out with (its width and height) and where the footer goes,
    in device units from the top left margin."""
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    width, height = area.width() * RESOLUTION / 72, area.height() * RESOLUTION / 72
    style = make_style(writer, width, height)
    footer_height = _footer_height(style, with_notices)
    body = height - footer_height - style.pt(FOOTER_GAP_PT)
    return replace(style, height=body), QRectF(0, height - footer_height, width, footer_height)


def _paint_page(painter: QPainter, page: Page) -> None:
    for top, piece in page.pieces:
        painter.save()
        painter.translate(0, top)
        # Text follows text in the same colour most of the time (a table's cells): the pen is
        # set again only when it changes, as a portfolio paints some sixty thousand texts.
        pen: object = None
        for op in piece.ops:
            if type(op) is TextOp:
                if op.colour is not pen:
                    painter.setPen(op.colour)
                    pen = op.colour
                _draw_text(painter, op)
            else:
                _paint(painter, op)
                pen = None
        painter.restore()


def _draw_text(painter: QPainter, op: TextOp) -> None:
    if op.lines is None:
        op.layout.draw(painter, op.origin)
    else:
        for index in range(*op.lines):
            op.layout.lineAt(index).draw(painter, op.origin)


def _paint(painter: QPainter, op: Op) -> None:
    if isinstance(op, TextOp):
        painter.setPen(op.colour)
        _draw_text(painter, op)
    elif isinstance(op, FillOp):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(op.colour)
        if op.radius:
            painter.drawRoundedRect(op.rect, op.radius, op.radius)
        else:
            painter.drawRect(op.rect)
    elif isinstance(op, LineOp):
        painter.setPen(QPen(op.colour, op.width))
        painter.drawLine(op.line)
    else:
        _paint_chart(painter, op)


def _paint_chart(painter: QPainter, op: ChartOp) -> None:
    painter.save()
    painter.setFont(op.font)
    draw_chart(painter, op.rect, op.chart)
    painter.restore()


# --- the footer ------------------------------------------------------------------------------


def _footer_height(style: Style, with_notices: bool) -> float:
    line = QFontMetricsF(style.fonts.small).height()
    return style.pt(5) + line * (2 if with_notices else 1) + (style.pt(1.5) if with_notices else 0)


class _Footer:
    """Section name left, the date the report was made in the middle, "Page N of M" right; the
    notices under them, so a single page handed round still says it is anonymised. Where each
    part goes and the texts every page repeats are worked out once, for all pages."""

    def __init__(self, rect: QRectF, document: Document, style: Style) -> None:
        self._style = style
        self._rule = QLineF(rect.topLeft(), rect.topRight())
        font = style.fonts.small
        self._metrics = QFontMetricsF(font)
        row = QRectF(rect.left(), rect.top() + style.pt(5), rect.width(), self._metrics.height())
        gap = style.pt(12)
        # The middle is centred on the page; the section's name gets what is left and is elided.
        generated = min(self._metrics.horizontalAdvance(document.generated), row.width() * 0.4)
        middle = QRectF(row.center().x() - generated / 2, row.top(), generated, row.height())
        self._left = QRectF(row.left(), row.top(), middle.left() - gap - row.left(), row.height())
        self._middle = middle
        self._right = QRectF(
            middle.right() + gap, row.top(), row.right() - middle.right() - gap, row.height()
        )
        self._below = row.translated(0, self._metrics.height() + style.pt(1.5))
        self._generated = self._elided(document.generated, font, middle)
        self._notices = self._elided(
            NOTICE_SEPARATOR.join(document.notices), style.fonts.small_bold, self._below
        )
        self._page_of = QCoreApplication.translate("PdfReport", "Page %1 of %2")
        self._sections: dict[str, str | None] = {}

    def paint(self, painter: QPainter, page: Page, numbers: tuple[int, int]) -> None:
        style, font = self._style, self._style.fonts.small
        painter.setPen(QPen(RULE, style.pt(0.5)))
        painter.drawLine(self._rule)
        if page.footer not in self._sections:
            self._sections[page.footer] = self._elided(page.footer, font, self._left)
        section = self._sections[page.footer]
        page_text = self._elided(fill(self._page_of, *numbers), font, self._right)
        _footer_text(painter, self._left, section, font, INK, Qt.AlignmentFlag.AlignLeft)
        _footer_text(
            painter, self._middle, self._generated, font, MUTED, Qt.AlignmentFlag.AlignHCenter
        )
        _footer_text(painter, self._right, page_text, font, INK, Qt.AlignmentFlag.AlignRight)
        bold = style.fonts.small_bold
        _footer_text(painter, self._below, self._notices, bold, INK, Qt.AlignmentFlag.AlignHCenter)

    def _elided(self, text: str, font: QFont, rect: QRectF) -> str | None:
        """`text` as it fits in `rect` (cut short with an ellipsis); None if there is no text
        or no room, and nothing is drawn."""
        if not text or rect.width() <= 0:
            return None
        metrics = self._metrics if font is self._style.fonts.small else QFontMetricsF(font)
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())


def _footer_text(
    painter: QPainter,
    rect: QRectF,
    shown: str | None,
    font: QFont,
    colour: QColor,
    align: Qt.AlignmentFlag,
) -> None:
    if shown is None:
        return
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, shown)
