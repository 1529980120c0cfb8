"""The checklist tab's row of buttons, and which of them a selection allows."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStyle, QWidget

from desktop_app.domain.checklist import StepStatus


class ChecklistToolbar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done_button = self._button(
            self.tr("Mark &done"), self.tr("Tick the step done today (Space in the list)")
        )
        self.skip_button = self._button(
            self.tr("Not a&pplicable"), self.tr("The step does not apply to this search")
        )
        self.reopen_button = self._button(self.tr("Re&open"), self.tr("Make the step open again"))
        self.edit_button = self._button(
            self.tr("Ed&it step..."), self.tr("Change the due date, owner or note (Enter)")
        )
        self.add_button = self._button(
            self.tr("Add s&tep..."), self.tr("Add a step of your own (Insert)")
        )
        self.remove_button = self._button(
            self.tr("Re&move step"), self.tr("Remove the step (Delete)")
        )
        # Arrows rather than words keep the row narrow enough for a laptop beside the sidebar;
        # the accessible names and tooltips still say what they do.
        self.up_button = self._button(
            self.tr("Move up"), self.tr("Move the step up within its phase (Ctrl+Up)")
        )
        self.down_button = self._button(
            self.tr("Move down"), self.tr("Move the step down within its phase (Ctrl+Down)")
        )
        for button, icon in (
            (self.up_button, QStyle.StandardPixmap.SP_ArrowUp),
            (self.down_button, QStyle.StandardPixmap.SP_ArrowDown),
        ):
            button.setText("")
            button.setIcon(self.style().standardIcon(icon))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        groups = (
            (self.done_button, self.skip_button, self.reopen_button),
            (self.edit_button, self.add_button, self.remove_button),
            (self.up_button, self.down_button),
        )
        for number, group in enumerate(groups):
            if number:
                layout.addSpacing(12)
            for button in group:
                layout.addWidget(button)
        layout.addStretch(1)

    def _button(self, text: str, tooltip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").removesuffix("..."))
        button.setToolTip(tooltip)
        return button

    def buttons(self) -> list[QPushButton]:
        """Left to right, which is also the keyboard's tab order."""
        return [
            self.done_button,
            self.skip_button,
            self.reopen_button,
            self.edit_button,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ]

    def update_for(
        self, status: StepStatus | None, row: int, count: int, *, editable: bool
    ) -> None:
        """Enables what makes sense for the selected step (status None: no step selected),
        at `row` of the `count` steps of its phase."""
        step = editable and status is not None
        self.done_button.setEnabled(step and status is not StepStatus.DONE)
        self.skip_button.setEnabled(step and status is not StepStatus.SKIPPED)
        self.reopen_button.setEnabled(step and status is not StepStatus.TODO)
        self.edit_button.setEnabled(step)
        self.remove_button.setEnabled(step)
        self.add_button.setEnabled(editable)
        self.up_button.setEnabled(step and row > 0)
        self.down_button.setEnabled(step and row < count - 1)
