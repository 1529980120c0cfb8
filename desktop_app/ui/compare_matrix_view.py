"""How the Compare tab's matrix is drawn: the cell delegate (the disputed mark, a selected column
outlined rather than painted over) and the candidates' header of several lines."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.charts.palette import mix
from desktop_app.ui.colours import SELECTED_WARNING, WARNING_RED
from desktop_app.ui.compare_matrix_model import (
    DISPUTED_MARK,
    DISPUTED_ROLE,
    HEADER_LINES_ROLE,
    LEFT_ROLE,
    HeaderLines,
)
from desktop_app.ui.scorecard_style import is_dark

_PADDING = 6
# A candidate's column: wide enough for their fit, profile and warnings where they are short
# enough (in any language), else as wide as _WIDEST and the lines end in "…".
_NARROWEST, _WIDEST = 110, 132
_MAX_WARNINGS = 2  # a mismatch and a critical gap; the tooltip lists every flag in full
_DETAIL_SCALE = 0.92


class MatrixDelegate(QStyledItemDelegate):
    """Adds the disputed mark after the number, and outlines a selected column instead of
    painting the selection colour over the score colours."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.data(DISPUTED_ROLE):
            option.text = f"{option.text} {DISPUTED_MARK}"
            option.font.setBold(True)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        plain = QStyleOptionViewItem(option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain.state &= ~QStyle.StateFlag.State_Selected
        # The view has already filled a selected cell with the selection colour; an unscored
        # cell has no colour of its own to cover it, and would look scored.
        painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Base))
        super().paint(painter, plain, index)
        if not selected:
            return
        # A thick line in the selection colour with a thin one in the base colour inside it, so
        # the outline shows on a pale cell and on a dark one alike.
        painter.save()
        rect = option.rect
        highlight = option.palette.color(QPalette.ColorRole.Highlight)
        base = option.palette.color(QPalette.ColorRole.Base)
        painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), highlight)
        painter.fillRect(QRect(rect.right() - 2, rect.top(), 3, rect.height()), highlight)
        painter.setPen(QPen(base, 1))
        painter.drawLine(rect.left() + 3, rect.top(), rect.left() + 3, rect.bottom())
        painter.drawLine(rect.right() - 3, rect.top(), rect.right() - 3, rect.bottom())
        painter.restore()


class CompareHeader(QHeaderView):
    """Column headers of several lines: the candidate's name in bold (over two lines if need
    be), their stage, fit and band, profile and tilt, and warnings marked with a symbol."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setMinimumSectionSize(80)
        self.setDefaultSectionSize(_NARROWEST)

    def _fonts(self) -> tuple[QFont, QFont]:
        bold = QFont(self.font())
        bold.setBold(True)
        detail = QFont(self.font())
        detail.setPointSizeF(detail.pointSizeF() * _DETAIL_SCALE)
        return bold, detail

    def _height(self) -> int:
        bold, detail = self._fonts()
        name = QFontMetrics(bold).lineSpacing() * 2
        details = QFontMetrics(detail).lineSpacing() * (3 + _MAX_WARNINGS)
        return name + details + 2 * _PADDING + 4  # and the selection bar

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def fit_sections(self) -> None:
        """Sizes the columns to the fit, profile and warning lines of the candidates shown; the
        name wraps over two lines and a long stage ends in "…" (the tooltip has them whole)."""
        model = self.model()
        if model is None:
            return
        metrics = QFontMetrics(self._fonts()[1])
        widest = 0
        for column in range(model.columnCount()):
            lines = model.headerData(column, Qt.Orientation.Horizontal, HEADER_LINES_ROLE)
            if isinstance(lines, HeaderLines):
                for line in (lines.fit, lines.profile, *lines.warnings[:_MAX_WARNINGS]):
                    widest = max(widest, metrics.horizontalAdvance(line))
        width = min(_WIDEST, max(_NARROWEST, widest + 2 * _PADDING + 1))
        self.setDefaultSectionSize(width)
        for column in range(self.count()):
            self.resizeSection(column, width)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        return QSize(self.defaultSectionSize(), self._height())

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        option.initFrom(self)
        option.rect = rect
        option.section = logicalIndex
        option.orientation = Qt.Orientation.Horizontal
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        model = self.model()
        lines = model.headerData(logicalIndex, Qt.Orientation.Horizontal, HEADER_LINES_ROLE)
        left = bool(model.headerData(logicalIndex, Qt.Orientation.Horizontal, LEFT_ROLE))
        if isinstance(lines, HeaderLines):
            self._paint_lines(painter, rect, lines, left)
        selection = self.selectionModel()
        if selection is not None and selection.isColumnSelected(logicalIndex):
            bar = QRect(rect.left(), rect.bottom() - 3, rect.width(), 4)
            painter.fillRect(bar, self.palette().color(QPalette.ColorRole.Highlight))
        painter.restore()

    def _paint_lines(self, painter: QPainter, rect: QRect, lines: HeaderLines, left: bool):
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.ButtonText)
        secondary = mix(text, palette.color(QPalette.ColorRole.Button), 0.35)
        warning = QColor(SELECTED_WARNING if is_dark(self) else WARNING_RED)
        if left:  # out of play, still on record: greyed, as the Candidates table does
            text = secondary = warning = palette.color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText
            )
        bold, detail = self._fonts()
        area = rect.adjusted(_PADDING, _PADDING, -_PADDING, -_PADDING)
        first, second = _wrap_in_two(lines.name, QFontMetrics(bold), area.width())
        stage = QFont(detail)
        stage.setItalic(left)
        rows = [
            (first, bold, text),
            (second, bold, text),
            (lines.stage, stage, secondary),
            (lines.fit, detail, text),
            (lines.profile, detail, text),
            *((warning_line, detail, warning) for warning_line in lines.warnings[:_MAX_WARNINGS]),
        ]
        top = area.top()
        for line, font, colour in rows:
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(colour)
            shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, area.width())
            row = QRect(area.left(), top, area.width(), metrics.lineSpacing())
            painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            top += metrics.lineSpacing()


def _wrap_in_two(text: str, metrics: QFontMetrics, width: int) -> tuple[str, str]:
    """Splits a name over two lines at the last space that lets the first fit ("" second when
    it fits on one); the painter elides what still does not fit."""

    def fits(line: str) -> bool:
        # The painter's own test, so a name it would elide is always wrapped first.
        return metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) == line

    if fits(text) or " " not in text:
        return text, ""
    words = text.split()
    for cut in range(len(words) - 1, 0, -1):
        first = " ".join(words[:cut])
        if fits(first):
            return first, " ".join(words[cut:])
    return words[0], " ".join(words[1:])
