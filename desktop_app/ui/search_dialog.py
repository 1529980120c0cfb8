"""The dialog that creates or edits a search: title, role, company, dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.search import Role, SearchDetails, SearchStatus, default_target_date
from desktop_app.labels.language import current_language
from desktop_app.labels.messages import message_text
from desktop_app.ui.colours import WARNING_RED
from desktop_app.ui.diagnostic_dialog import DiagnosticDialog


class SearchDialog(QDialog):
    """New search (details=None) or edit an existing one. `details()` is valid after accept."""

    def __init__(self, parent: QWidget | None = None, details: SearchDetails | None = None):
        super().__init__(parent)
        self._editing = details is not None
        self._result: SearchDetails | None = None
        self._status = details.status if details else SearchStatus.ACTIVE
        # A new search takes the checklist in the app's language; an existing one keeps its own.
        self._language = details.language if details else current_language()
        self.setWindowTitle(self.tr("Edit search") if self._editing else self.tr("New search"))
        self.setMinimumWidth(480)

        self.title = self._line(self.tr("Title"), self.tr("e.g. Chief Revenue Officer"))
        self.cro = QRadioButton(self.tr("CRO: revenue strategy across channels"))
        self.cso = QRadioButton(self.tr("CSO: sales execution in one channel"))
        self.cro.setAccessibleName(self.tr("Role: Chief Revenue Officer"))
        self.cso.setAccessibleName(self.tr("Role: Chief Sales Officer"))
        self.roles = QButtonGroup(self)
        self.roles.addButton(self.cro)
        self.roles.addButton(self.cso)
        self._diagnostic_answers: dict[str, int] = {}
        self.help_button = QPushButton(self.tr("Help me decide..."))
        self.help_button.setAccessibleName(self.tr("Help me decide between CRO and CSO"))
        self.help_button.setToolTip(
            self.tr("Answer twelve questions about the business unit to see which role it needs")
        )
        self.help_button.clicked.connect(self._help_me_decide)
        role_box = QVBoxLayout()
        role_box.setSpacing(2)
        role_box.addWidget(self.cro)
        role_box.addWidget(self.cso)
        role_box.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.company = self._line(self.tr("Company"), "")
        self.business_unit = self._line(self.tr("Business unit"), self.tr("e.g. EMEA, Group"))
        self.hiring_manager = self._line(self.tr("Hiring manager"), self.tr("Name and role"))
        self.code_name = self._line(
            self.tr("Code name"), self.tr("Optional, for a confidential search")
        )
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setAccessibleName(self.tr("Start date"))
        self.has_target = QCheckBox(self.tr("Target date"))
        self.target = QDateEdit()
        self.target.setCalendarPopup(True)
        self.target.setAccessibleName(self.tr("Target date"))
        self.has_target.toggled.connect(self.target.setEnabled)
        for date_edit in (self.start, self.target):
            # The month as a word, like every date in the app: 3/4 means different days in
            # different countries.
            date_edit.setDisplayFormat("d MMM yyyy")
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Role:"), role_box)
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow(self.tr("&Business unit:"), self.business_unit)
        form.addRow(self.tr("&Hiring manager:"), self.hiring_manager)
        form.addRow(self.tr("C&ode name:"), self.code_name)
        form.addRow(self.tr("&Start date:"), self.start)
        form.addRow(self.has_target, target_row)

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet(f"color: {WARNING_RED};")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save") if self._editing else self.tr("Create search")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._fill(details)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(200)
        return edit

    def _fill(self, details: SearchDetails | None) -> None:
        if details is None:
            self.cro.setChecked(True)
            self.has_target.setChecked(False)
            self.target.setDate(_qdate(default_target_date(dt.date.today())))
            self.target.setEnabled(False)
            self.note.setText(
                self.tr(
                    "RevSearch creates the role's 39-step checklist with due dates counted "
                    "from the start date."
                )
            )
            self.start.dateChanged.connect(self._follow_start)
            return
        self.title.setText(details.title)
        (self.cro if details.role is Role.CRO else self.cso).setChecked(True)
        # The checklist was built for the role; changing it would leave the wrong steps.
        self.help_button.hide()  # the diagnostic tab of the search answers it now
        for button in (self.cro, self.cso):
            button.setEnabled(False)
            button.setToolTip(self.tr("The role is fixed once the checklist exists."))
        self.company.setText(details.company)
        self.business_unit.setText(details.business_unit)
        self.hiring_manager.setText(details.hiring_manager)
        self.code_name.setText(details.code_name)
        self.start.setDate(_qdate(details.start_date))
        self.has_target.setChecked(details.target_date is not None)
        self.target.setEnabled(details.target_date is not None)
        self.target.setDate(_qdate(details.target_date or default_target_date(details.start_date)))
        self.note.setText(self.tr("Changing the start date does not move the checklist's dates."))

    def _help_me_decide(self) -> None:
        dialog = DiagnosticDialog(self, answers=self._diagnostic_answers)
        if self.ask_diagnostic(dialog):
            self._diagnostic_answers = dialog.answers()
            (self.cro if dialog.chosen_role() is Role.CRO else self.cso).setChecked(True)

    def ask_diagnostic(self, dialog: DiagnosticDialog) -> bool:
        """Shows the diagnostic modally; tests replace this to answer it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def diagnostic_answers(self) -> dict[str, int]:
        """The answers given through "Help me decide", to store with the new search."""
        return dict(self._diagnostic_answers)

    def _follow_start(self, start: QDate) -> None:
        if not self.has_target.isChecked():
            self.target.setDate(_qdate(default_target_date(start.toPython())))

    def details(self) -> SearchDetails:
        assert self._result is not None
        return self._result

    def accept(self) -> None:
        try:
            self._result = SearchDetails(
                title=self.title.text(),
                role=Role.CRO if self.cro.isChecked() else Role.CSO,
                start_date=self.start.date().toPython(),
                company=self.company.text(),
                business_unit=self.business_unit.text(),
                hiring_manager=self.hiring_manager.text(),
                code_name=self.code_name.text(),
                status=self._status,
                target_date=self.target.date().toPython() if self.has_target.isChecked() else None,
                language=self._language,
            )
        except ValidationError as exc:
            self.error.setText(message_text(exc))
            self.error.show()
            widget = {"title": self.title, "target_date": self.target}.get(exc.field)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)
