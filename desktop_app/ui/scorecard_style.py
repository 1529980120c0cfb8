"""Colours and label styles shared by the parts of the scorecard editor."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QPalette, QResizeEvent, QShowEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel, QSizePolicy, QWidget

from desktop_app.domain.scorecard import Band

# Chips set their background and text colour together, so they read the same in light and
# dark themes; every pair has a contrast ratio above 4.5:1.
BAND_COLOURS: dict[Band, tuple[str, str]] = {
    Band.STRONG: ("#1b7a3a", "#ffffff"),
    Band.GOOD: ("#0b6a8a", "#ffffff"),
    Band.BORDERLINE: ("#f2b33d", "#1f1a0d"),
    Band.WEAK: ("#c0392b", "#ffffff"),
}


class Tone(StrEnum):
    DANGER = "danger"
    CAUTION = "caution"


# (background, text, border) for a light and a dark window.
_TONES: dict[Tone, dict[bool, tuple[str, str, str]]] = {
    Tone.DANGER: {
        False: ("#fdecea", "#7f1d1d", "#e6a5a0"),
        True: ("#4a1f1f", "#ffd9d6", "#9c4a44"),
    },
    Tone.CAUTION: {
        False: ("#fff4db", "#6b4500", "#e8c170"),
        True: ("#3d3112", "#ffe3a3", "#8a6d2a"),
    },
}


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def secondary_colour(widget: QWidget) -> QColor:
    """Text colour for rubric lines and hints: the text colour, a third of the way to the
    background, which keeps enough contrast in both themes."""
    # The theme's palette, not the widget's, which may already be secondary.
    palette = QApplication.palette(widget)
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    mix = 0.35
    return QColor(
        round(text.red() + (window.red() - text.red()) * mix),
        round(text.green() + (window.green() - text.green()) * mix),
        round(text.blue() + (window.blue() - text.blue()) * mix),
    )


def make_secondary(label: QLabel, *, scale: float = 0.9) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, secondary_colour(label))
    label.setPalette(palette)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def chip_style(background: str, text: str, border: str | None = None) -> str:
    edge = f"border: 1px solid {border};" if border else "border: none;"
    return (
        f"QLabel {{ background-color: {background}; color: {text}; {edge} "
        "border-radius: 4px; padding: 2px 8px; font-weight: 600; }"
    )


def band_chip_style(band: Band) -> str:
    return chip_style(*BAND_COLOURS[band])


def tone_style(widget: QWidget, tone: Tone) -> str:
    return chip_style(*_TONES[tone][is_dark(widget)])


def banner_style(widget: QWidget, tone: Tone) -> str:
    """A warning strip: a QFrame named "banner" holding an icon and a word-wrapped label."""
    background, text, border = _TONES[tone][is_dark(widget)]
    return (
        f"QFrame#banner {{ background-color: {background}; border: 1px solid {border};"
        f" border-left: 4px solid {text}; border-radius: 4px; }}"
        f"QFrame#banner QLabel {{ color: {text}; background: transparent; border: none; }}"
    )


def neutral_chip_style() -> str:
    # palette() references follow a theme change without restyling.
    return chip_style("palette(alternate-base)", "palette(window-text)", "palette(mid)")


def natural_width(label: QLabel) -> int:
    """The width a label's text needs on one line, rich text included, whether or not the
    label wraps it."""
    margins = label.contentsMargins()
    extra = margins.left() + margins.right() + 2 * label.margin()
    rich = label.textFormat() == Qt.TextFormat.RichText or "<" in label.text()
    if label.textFormat() == Qt.TextFormat.PlainText or not rich:
        return label.fontMetrics().horizontalAdvance(label.text()) + extra + 1
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    return int(document.idealWidth()) + extra + 1


def lay_out_now(widget: QWidget) -> None:
    """Lays out a widget and every visible widget around it at once, as Qt does when it shows
    a widget, rather than a turn of the event loop per level later: new warnings are never
    drawn squeezed into the room the old ones had."""
    current: QWidget | None = widget
    while current is not None and current.isVisible():
        layout = current.layout()
        if layout is not None:
            layout.activate()
        if current.isWindow():
            break
        current = current.parentWidget()


def set_direction(box: QBoxLayout, direction: QBoxLayout.Direction, spacing: int) -> None:
    """Turns a box between a row and a column; nothing happens, and no relayout is asked
    for, when it already is one."""
    if box.direction() != direction:
        box.setDirection(direction)
    if box.spacing() != spacing:
        box.setSpacing(spacing)


class ElidedLabel(QLabel):
    """One line of plain text that ends in "…" where it does not fit, with the whole text in
    the tooltip then. It asks for its whole width but can shrink to a few letters, so a long
    name never widens a layout or pushes its neighbours out of sight."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)
        self._elide()
        self.updateGeometry()

    def is_elided(self) -> bool:
        return self.text() != self._full

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + 1
        width += margins.left() + margins.right() + 2 * self.margin()
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        least = self.fontMetrics().horizontalAdvance(self._full[:3] + "…")
        return QSize(min(hint.width(), least), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()
            self.updateGeometry()

    def _elide(self) -> None:
        # Until it is shown its width is no one's choice yet: the whole text then.
        shown = self._full
        if self.isVisible():
            room = self.contentsRect().width() - 2 * self.margin()
            shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
