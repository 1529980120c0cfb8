"""The strip across the top of the window when the database cannot be written, so nobody types
a note into a window that cannot keep it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

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
        self.action_button = QPushButton()
        self.action_button.setObjectName("readOnlyBannerAction")
        self.action_button.hide()
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(12, 8, 12, 8)
        self.row.setSpacing(8)
        self.row.addWidget(icon)
        self.row.addWidget(self.label, 1)
        self.row.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_action(self, text: str, action: Callable[[], None]) -> None:
        """A button at the banner's end: the way out of the state it describes (a damaged
        file: restore a backup or open another). `text` is already translated."""
        self.action_button.setText(text)
        self.action_button.clicked.connect(action)
        self.action_button.show()
