"""What an empty database shows: create a first search, or explore with sample data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    create_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to RevSearch"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        text = QLabel(
            self.tr(
                "Run your Chief Revenue Officer and Chief Sales Officer searches in one place: "
                "a hiring checklist with owners and due dates, every candidate with notes and "
                "scores, and a warning when someone does not fit the seat."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A wrapped label centred in a layout gets only its one-line size hint: fix its width
        # and give it the height its words need at that width.
        text.setFixedWidth(560)
        text.setMinimumHeight(text.heightForWidth(560))
        self.text = text

        self.create_button = QPushButton(self.tr("Create your first search"))
        self.create_button.setDefault(True)
        self.create_button.setAccessibleName(self.tr("Create your first search"))
        self.create_button.clicked.connect(self.create_requested)
        self.sample_button = QPushButton(self.tr("Explore with sample data"))
        self.sample_button.setAccessibleName(self.tr("Explore with sample data"))
        self.sample_button.clicked.connect(self.sample_requested)
        for button in (self.create_button, self.sample_button):
            button.setMinimumSize(260, 40)

        hint = QLabel(
            self.tr("The sample adds three fictional searches you can delete at any time.")
        )
        hint.setEnabled(False)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(6)
        layout.addWidget(hint)
        layout.addStretch(3)
