"""The scorecard's title line: the candidate's name, the seat and the search, shortened from
the end when the panel is narrow."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class TitleLabel(QLabel):
    """The candidate's name in bold, then the seat and the search's title; what does not fit
    is cut from the end, the search's title first and the name last, with everything in the
    tooltip. It never asks for more width than a few letters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._parts: tuple[str, str, str] = ("", "", "")

    def set_parts(self, name: str, seat: str, title: str) -> None:
        self._parts = (name, seat, title)
        self.setAccessibleName(self._plain())
        self._fit()
        self.updateGeometry()

    def _plain(self) -> str:
        return _SEPARATOR.join(part for part in self._parts if part)

    def _name_metrics(self) -> QFontMetrics:
        bold = QFont(self.font())
        bold.setBold(True)
        return QFontMetrics(bold)

    def sizeHint(self) -> QSize:
        name, seat, title = self._parts
        width = self._name_metrics().horizontalAdvance(name)
        width += self.fontMetrics().horizontalAdvance(_SEPARATOR.join(["", seat, title]))
        return QSize(width + 4, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(min(hint.width(), 60), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        name, seat, title = self._parts
        metrics = self.fontMetrics()
        # A little slack: rich text is laid out a pixel or two wider than the metrics say.
        room = self.contentsRect().width() - 4 if self.isVisible() else 1 << 20
        shown_name = self._name_metrics().elidedText(name, Qt.TextElideMode.ElideRight, room)
        room -= self._name_metrics().horizontalAdvance(shown_name)
        whole = _SEPARATOR.join(["", seat, title])
        head = _SEPARATOR.join(["", seat, ""])
        if metrics.horizontalAdvance(whole) <= room:
            rest = whole
        else:
            left = room - metrics.horizontalAdvance(head)
            short = metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(0, left))
            if len(short) >= 6:  # enough of the title to recognise it
                rest = head + short
            elif metrics.horizontalAdvance(_SEPARATOR + seat) <= room:
                rest = _SEPARATOR + seat
            else:
                rest = ""
        self.setText(f"<b>{html.escape(shown_name)}</b>{html.escape(rest)}")
        self.setToolTip(self._plain() if (shown_name, rest) != (name, whole) else "")


_SEPARATOR = " · "
