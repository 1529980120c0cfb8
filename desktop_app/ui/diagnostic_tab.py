"""The Diagnostic tab of a search: the role-need questions, answered for the business unit the
new leader will run, each answer saved with the search at once and undoable.

It also says when the answers point to the other role than the search's, so a hiring manager
notices before the long list is built; `mismatch_text()` lets the search header say it too.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.diagnostic import QUESTIONS, Recommendation, diagnose
from desktop_app.domain.search import Role
from desktop_app.labels.text import fill
from desktop_app.store.errors import NotFound
from desktop_app.store.snapshots import ScopeKind
from desktop_app.ui.deferred_refresh import DeferredRefresh
from desktop_app.ui.diagnostic_form import DiagnosticForm
from desktop_app.ui.edits import run_edit
from desktop_app.ui.scorecard_style import Tone, banner_style, make_secondary
from desktop_app.ui.workspace import Change, Workspace

log = logging.getLogger(__name__)

# An informational strip drawn from the theme's own colours, so it suits light and dark.
_NOTE_STYLE = (
    "QFrame#banner { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-left: 4px solid palette(highlight); border-radius: 4px; }"
    "QFrame#banner QLabel { background: transparent; border: none; }"
)


def role_mismatch(role: Role, answers: Mapping[str, int]) -> str | None:
    """The warning when every question is answered and the diagnostic points to the other
    role; None otherwise. A partial answer set is only a hint, shown in the tab alone, so the
    search header does not cry wolf after the first click."""
    diagnosis = diagnose(answers)
    if not diagnosis.complete:
        return None
    recommendation = diagnosis.recommendation
    if recommendation is Recommendation.CSO and role is Role.CRO:
        return QCoreApplication.translate(
            "DiagnosticTab", "The diagnostic recommends a CSO, but this is a CRO search."
        )
    if recommendation is Recommendation.CRO and role is Role.CSO:
        return QCoreApplication.translate(
            "DiagnosticTab", "The diagnostic recommends a CRO, but this is a CSO search."
        )
    return None


class DiagnosticTab(DeferredRefresh, QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._search_id: str | None = None
        self._role: Role | None = None

        title = QLabel(self.tr("Role diagnostic: CRO or CSO?"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        intro = make_secondary(
            QLabel(
                self.tr(
                    "Answer for the business unit this leader will run. Each answer is saved "
                    "at once; Edit > Undo takes it back."
                )
            )
        )
        intro.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("C&lear answers…"))
        self.clear_button.setObjectName("clearDiagnosticButton")
        self.clear_button.clicked.connect(self.clear_answers)
        heading = QHBoxLayout()
        heading.setSpacing(12)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(title)
        text.addWidget(intro)
        heading.addLayout(text, 1)
        heading.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)

        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner_icon = QLabel()
        self.banner_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.banner_label = QLabel()
        self.banner_label.setObjectName("diagnosticBanner")
        self.banner_label.setWordWrap(True)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(10, 6, 10, 6)
        row.setSpacing(8)
        row.addWidget(self.banner_icon)
        row.addWidget(self.banner_label, 1)
        self.banner.hide()

        self.form = DiagnosticForm()
        self.form.answer_chosen.connect(self._save)
        self.form.answers_changed.connect(lambda _answers: self._show_banner())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.form, 1)
        self.setFocusProxy(self.form.option_button(QUESTIONS[0].key, 0))

        workspace.edited.connect(self._on_changed)
        self.refresh()

    # --- which search, and reading it ----------------------------------------------------------

    def set_search(self, search_id: str | None) -> None:
        if search_id != self._search_id:
            self.form.questions_area.verticalScrollBar().setValue(0)
        self._search_id = search_id
        self.refresh()

    def search_id(self) -> str | None:
        return self._search_id

    def _on_changed(self, change: Change) -> None:
        ours = self._search_id is not None and change.search_id in ("", self._search_id)
        if ours and change.part not in (ScopeKind.CANDIDATE, ScopeKind.CHECKLIST):
            self.refresh_when_visible(self.refresh)

    def refresh(self) -> None:
        """Re-reads the stored answers; after an undo the form follows."""
        answers: dict[str, int] = {}
        self._role = None
        if self._search_id is not None:
            try:
                self._role = self.workspace.search(self._search_id).role
                answers = self.workspace.diagnostic_answers(self._search_id)
            except NotFound:
                # The search was deleted (or its creation undone): show nothing.
                self._search_id = None
        self.form.set_answers(answers)
        editable = self._search_id is not None and not self.workspace.read_only
        self.form.set_read_only(not editable)
        self.clear_button.setEnabled(editable and bool(answers))
        self._show_banner()

    # --- the role it points to -----------------------------------------------------------------

    def mismatch_text(self) -> str | None:
        """The warning for the search header: read from the database, not from this tab, which
        may be hidden and waiting to catch up after an undo."""
        if self._search_id is None:
            return None
        try:
            role = self.workspace.search(self._search_id).role
            answers = self.workspace.diagnostic_answers(self._search_id)
        except NotFound:
            return None
        return role_mismatch(role, answers)

    def _note_text(self) -> str | None:
        """A softer note: a mismatch so far, or no clear answer (Watch)."""
        diagnosis = self.form.diagnosis()
        if diagnosis is None or self._role is None:
            return None
        recommendation = diagnosis.recommendation
        if diagnosis.complete:
            if recommendation is Recommendation.WATCH:
                return self.tr(
                    "The diagnostic does not clearly point to a CRO or a CSO (Watch): default to "
                    "a CSO and run it again every quarter."
                )
            return None
        if recommendation.value != self._role.value and recommendation is not Recommendation.WATCH:
            return fill(
                self.tr(
                    "So far the answers point to a %1, but this is a %2 search. Answer the open "
                    "questions to confirm."
                ),
                recommendation.value,
                self._role.value,
            )
        return None

    def _show_banner(self) -> None:
        warning = role_mismatch(self._role, self.form.answers()) if self._role else None
        text = warning or self._note_text()
        self.banner.setVisible(text is not None)
        if text is None:
            return
        if warning:
            self.banner.setStyleSheet(banner_style(self, Tone.CAUTION))
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
        else:
            self.banner.setStyleSheet(_NOTE_STYLE)
            icon = QStyle.StandardPixmap.SP_MessageBoxInformation
        self.banner_icon.setPixmap(self.style().standardIcon(icon).pixmap(18, 18))
        self.banner_label.setText(text)
        self.banner_label.setAccessibleName(self.tr("Warning") if warning else self.tr("Note"))

    # --- edits ---------------------------------------------------------------------------------

    def _save(self, key: str, value: int) -> None:
        search_id = self._search_id
        if search_id is None or self.workspace.read_only:
            return
        if not run_edit(
            self,
            self.tr("Could not save the answer"),
            lambda: self.workspace.save_diagnostic_answers(search_id, {key: value}),
        ):
            self.refresh()  # nothing was saved: show what is stored

    def clear_answers(self) -> None:
        search_id = self._search_id
        if search_id is None or self.workspace.read_only or not self._confirm_clear():
            return
        run_edit(
            self,
            self.tr("Could not clear the answers"),
            lambda: self.workspace.clear_diagnostic_answers(search_id),
        )

    def _confirm_clear(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Clear answers"))
        box.setText(self.tr("Clear all the answers to the role diagnostic?"))
        box.setInformativeText(self.tr("Edit > Undo brings them back."))
        clear = box.addButton(self.tr("Clear"), QMessageBox.ButtonRole.DestructiveRole)
        clear.setObjectName("confirmClearButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        confirmed = box.clickedButton() is clear
        box.deleteLater()
        return confirmed
