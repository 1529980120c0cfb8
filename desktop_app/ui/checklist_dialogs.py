"""The checklist tab's dialogs: edit a step's due date, owner and note; add a custom step."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.checklist import ChecklistStep
from desktop_app.ui.checklist_text import owner_label, owner_value


@dataclass(frozen=True)
class StepChanges:
    """What the Edit step dialog ended with (every field, changed or not)."""

    due_date: dt.date | None
    owner: str
    note: str


@dataclass(frozen=True)
class NewStep:
    phase: str
    title: str
    owner: str
    due_date: dt.date | None


class OwnerCombo(QComboBox):
    """The template's owners by title (stored as their codes), or any name typed in."""

    def __init__(self, owner_titles: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._owner_titles = owner_titles
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, title in owner_titles.items():
            self.addItem(title, code)
        self.lineEdit().setPlaceholderText(self.tr("Pick an owner or type a name"))
        self.setAccessibleName(self.tr("Owner"))

    def set_owner(self, owner: str) -> None:
        self.setEditText(owner_label(owner, self._owner_titles))

    def owner(self) -> str:
        return owner_value(self.currentText(), self._owner_titles)


class DueDateField(QWidget):
    """A due date with a calendar, or none at all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Due date"))
        self.no_date = QCheckBox(self.tr("No due date"))
        self.no_date.setAccessibleName(self.tr("No due date"))
        self.no_date.toggled.connect(lambda checked: self.date_edit.setEnabled(not checked))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.no_date)
        self.setFocusProxy(self.date_edit)

    def set_date(self, value: dt.date | None, fallback: dt.date) -> None:
        shown = value or fallback
        self.date_edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.no_date.setChecked(value is None)

    def date(self) -> dt.date | None:
        if self.no_date.isChecked():
            return None
        return self.date_edit.date().toPython()  # type: ignore[return-value]


class EditStepDialog(QDialog):
    def __init__(
        self,
        step: ChecklistStep,
        phase_title: str,
        owner_titles: dict[str, str],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit step"))
        self.setMinimumWidth(480)

        heading = QLabel(f"<b>{html.escape(step.title)}</b><br>{html.escape(phase_title)}")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.due = DueDateField()
        self.due.set_date(step.due_date, today)
        self.owner = OwnerCombo(owner_titles)
        self.owner.set_owner(step.owner)
        self.note = QPlainTextEdit(step.note)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Who said what, what is blocking, links..."))
        self.note.setTabChangesFocus(True)

        form = QFormLayout()
        form.addRow(self.tr("&Due date:"), self.due)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("&Note:"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if step.description:
            description = QLabel(step.description)
            description.setWordWrap(True)
            description.setEnabled(False)  # greyed: context, not a field
            layout.addWidget(description)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.due.setFocus()

    def changes(self) -> StepChanges:
        return StepChanges(
            due_date=self.due.date(), owner=self.owner.owner(), note=self.note.toPlainText()
        )


class AddStepDialog(QDialog):
    def __init__(
        self,
        phase_titles: dict[str, str],
        owner_titles: dict[str, str],
        phase: str,
        default_due: dict[str, dt.date],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add step"))
        self.setMinimumWidth(480)
        self._default_due = default_due
        self._today = today

        self.phase = QComboBox()
        self.phase.setAccessibleName(self.tr("Phase"))
        for key, title in phase_titles.items():
            self.phase.addItem(title, key)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Step title"))
        self.title.setPlaceholderText(self.tr("What needs doing, e.g. Agree the sign-on bonus"))
        self.owner = OwnerCombo(owner_titles)
        self.owner.setCurrentIndex(-1)
        self.due = DueDateField()

        form = QFormLayout()
        form.addRow(self.tr("&Phase:"), self.phase)
        form.addRow(self.tr("&Step:"), self.title)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("&Due date:"), self.due)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add step"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.phase.currentIndexChanged.connect(self._suggest_due_date)
        self.title.textChanged.connect(self._update_ok)
        self.phase.setCurrentIndex(max(0, self.phase.findData(phase)))
        self._suggest_due_date()
        self._update_ok()
        self.title.setFocus()

    def _suggest_due_date(self) -> None:
        # The phase's latest due date puts the new step last in the phase's timeline, but a new
        # step is never born overdue.
        latest = self._default_due.get(self.phase.currentData(), self._today)
        self.due.set_date(max(latest, self._today), self._today)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()))

    def new_step(self) -> NewStep:
        return NewStep(
            phase=self.phase.currentData(),
            title=self.title.text(),
            owner=self.owner.owner(),
            due_date=self.due.date(),
        )
