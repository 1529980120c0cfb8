"""The small dialogs of the Candidates tab (a candidate's details, the reason someone leaves the
pipeline, a note), and the helpers that run an edit or confirm one.

Each dialog validates through the domain object it builds, so the person sees the domain's own
message next to the form and the dialog stays open until the values are right.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.note import NoteDetails, NoteKind
from desktop_app.domain.pipeline import Exit, Stage
from desktop_app.labels.candidates import exit_hint, exit_label, kind_label, stage_label
from desktop_app.labels.messages import message_text
from desktop_app.labels.text import fill
from desktop_app.ui.colours import WARNING_RED

ERROR_STYLE = f"color: {WARNING_RED};"


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


def confirm_offer_anyway(parent: QWidget, open_titles: list[str]) -> bool:
    """Warns that references or the offer approval are still open; True to go on."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("OfferGate", "Steps before an offer are still open"),
        QCoreApplication.translate(
            "OfferGate",
            "These checklist steps are not done (still open, or marked not applicable):",
        ),
        parent=parent,
    )
    box.setInformativeText(
        "\n".join(f"• {title}" for title in open_titles)
        + "\n\n"
        + QCoreApplication.translate(
            "OfferGate", "Make the offer anyway? This will be noted in the candidate's history."
        )
    )
    go_on = box.addButton(
        QCoreApplication.translate("OfferGate", "Make the offer anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go_on


def confirm(parent: QWidget, title: str, question: str, action: str) -> bool:
    """Asks before a destructive edit, with No as the default so Enter is safe."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


class CandidateDialog(QDialog):
    """Adds a candidate or edits one's contact details (the stage moves elsewhere)."""

    def __init__(self, parent: QWidget | None = None, details: CandidateDetails | None = None):
        super().__init__(parent)
        self._stage = details.stage if details else Stage.IDENTIFIED
        self._result: CandidateDetails | None = None
        self.setWindowTitle(self.tr("Edit candidate") if details else self.tr("Add candidate"))
        self.setMinimumWidth(480)

        labels = {
            "full_name": self.tr("Full name"),
            "current_title": self.tr("Current title"),
            "current_company": self.tr("Current company"),
            "location": self.tr("Location"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "linkedin_url": self.tr("LinkedIn"),
            "source": self.tr("Source"),
            "pay_expectation": self.tr("Pay expectation"),
        }
        placeholders = {
            "full_name": self.tr("Required"),
            "email": self.tr("name@company.com"),
            "linkedin_url": "https://www.linkedin.com/in/…",
            "source": self.tr("Research, referral, inbound, search firm…"),
            "pay_expectation": self.tr("e.g. USD 350k base + 100% variable"),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QLineEdit] = {}
        for name, label in labels.items():
            edit = QLineEdit(getattr(details, name) if details else "")
            edit.setObjectName(name)
            edit.setAccessibleName(label)
            edit.setPlaceholderText(placeholders.get(name, ""))
            edit.textEdited.connect(lambda _text: _show_error(self.error, ""))
            self.fields[name] = edit
            form.addRow(label + ":", edit)
        sources = [self.tr("Research"), self.tr("Referral"), self.tr("Inbound")]
        sources += [self.tr("Search firm"), self.tr("Internal")]
        self.fields["source"].setCompleter(QCompleter(sources, self))

        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if details else self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.fields["full_name"].setFocus()

    def details(self) -> CandidateDetails | None:
        """The validated details once the dialog is accepted, else None."""
        return self._result

    def accept(self) -> None:
        values = {name: edit.text() for name, edit in self.fields.items()}
        try:
            self._result = CandidateDetails(**values, stage=self._stage)
        except ValidationError as exc:
            _show_error(self.error, message_text(exc))
            edit = self.fields.get(exc.field)
            if edit is not None:
                edit.setFocus()
                edit.selectAll()
            return
        super().accept()


class ExitReasonDialog(QDialog):
    """Asks why a candidate leaves the pipeline; a reason is required, as the pipeline says."""

    def __init__(self, state: Exit, name: str, stage: Stage, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("%1: %2"), exit_label(state), name))
        self.setMinimumWidth(420)
        intro = QLabel(
            fill(
                self.tr("%1 leaves the pipeline at %2 as “%3”. Why?"),
                name,
                stage_label(stage),
                exit_label(state),
            )
        )
        intro.setWordWrap(True)
        hint = QLabel(exit_hint(state) + ".")
        hint.setEnabled(False)  # greyed: an aside on what the end state means
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("exitReason")
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("The reason, in a sentence or two"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(90)
        intro.setBuddy(self.reason_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record"))
        self.ok_button.setEnabled(False)
        self.ok_button.setToolTip(self.tr("Say why first"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._reason_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(hint)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _reason_changed(self) -> None:
        has_reason = bool(self.reason())
        self.ok_button.setEnabled(has_reason)
        self.ok_button.setToolTip("" if has_reason else self.tr("Say why first"))

    def accept(self) -> None:
        if self.reason():
            super().accept()


class NoteDialog(QDialog):
    """Writes or edits a note: text, kind, author and whether it is confidential."""

    def __init__(
        self,
        parent: QWidget | None = None,
        details: NoteDetails | None = None,
        default_author: str = "",
    ) -> None:
        super().__init__(parent)
        self._result: NoteDetails | None = None
        self._save: Callable[[NoteDetails], bool] | None = None
        self.setWindowTitle(self.tr("Edit note") if details else self.tr("Add note"))
        self.setMinimumSize(520, 380)

        self.body_edit = QPlainTextEdit(details.body if details else "")
        self.body_edit.setObjectName("noteBody")
        self.body_edit.setAccessibleName(self.tr("Note"))
        self.body_edit.setPlaceholderText(self.tr("What happened, what you learned…"))
        self.body_edit.setTabChangesFocus(True)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("noteKind")
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for kind in NoteKind:
            self.kind_combo.addItem(kind_label(kind), kind)
        if details:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(details.kind))
        self.author_edit = QLineEdit(details.author if details else default_author)
        self.author_edit.setObjectName("noteAuthor")
        self.author_edit.setAccessibleName(self.tr("Author"))
        self.author_edit.setPlaceholderText(self.tr("Your name"))
        self.confidential_box = QCheckBox(self.tr("&Confidential (kept out of reports)"))
        self.confidential_box.setObjectName("noteConfidential")
        self.confidential_box.setAccessibleName(self.tr("Confidential"))
        self.confidential_box.setToolTip(
            self.tr("For compensation, health or a backchannel source: reports leave it out.")
        )
        self.confidential_box.setChecked(bool(details and details.confidential))

        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Author:"), self.author_edit)
        form.addRow("", self.confidential_box)
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if details else self.tr("Add"))
        ok.setToolTip(self.tr("Ctrl+Enter"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # In a multi-line box Enter is a new line; Ctrl+Enter saves, as in mail programs.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)

        body_label = QLabel(self.tr("&Note:"))
        body_label.setBuddy(self.body_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(body_label)
        layout.addWidget(self.body_edit, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.body_edit.setFocus()
        self.body_edit.moveCursor(QTextCursor.MoveOperation.End)

    def details(self) -> NoteDetails | None:
        return self._result

    def set_save(self, save: Callable[[NoteDetails], bool]) -> None:
        """Saves from inside the dialog when the person presses Save: a note that could not be
        saved (a full disk, a lost file) stays on screen as typed, to try again or copy, instead
        of vanishing with the dialog. `save` explains a failure itself and returns False."""
        self._save = save

    def accept(self) -> None:
        try:
            self._result = NoteDetails(
                body=self.body_edit.toPlainText(),
                author=self.author_edit.text(),
                kind=self.kind_combo.currentData(),
                confidential=self.confidential_box.isChecked(),
            )
        except ValidationError as exc:
            _show_error(self.error, message_text(exc))
            widget = self.author_edit if exc.field == "author" else self.body_edit
            widget.setFocus()
            return
        if self._save is not None and not self._save(self._result):
            self._result = None  # not saved: the person reads why, and the text stays
            self.body_edit.setFocus()
            return
        super().accept()
