"""The strip across the top of the window when the database cannot be written, so nobody types
a note into a window that cannot keep it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QWidget

from desktop_app.ui.scorecard_style import Tone, banner_style


class ReadOnlyBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet(banner_style(self, Tone.CAUTION))
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(
            self.tr(
                "<b>This database is read-only:</b> you can look, but not change anything. "
                "To make changes, get permission to write to the file and its folder, then "
                "open it again."
            )
        )
        self.label.setObjectName("readOnlyBanner")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(8)
        row.addWidget(icon)
        row.addWidget(self.label, 1)
