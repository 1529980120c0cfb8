"""The Profile page of the candidate panel: contact details, where the candidate stands in the
pipeline, the actions that move them, and the history of their moves."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.checklist import offer_gate
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.pipeline import EXITS, STAGES, Exit, Stage, check_exit, check_move
from desktop_app.labels.candidates import exit_hint, exit_label, local_date_text, stage_label
from desktop_app.labels.messages import message_text
from desktop_app.labels.store_messages import history_reason_text, source_text
from desktop_app.labels.text import fill
from desktop_app.store.candidates import Candidate, StageEvent
from desktop_app.ui.candidate_dialogs import (
    CandidateDialog,
    ExitReasonDialog,
    confirm,
    confirm_offer_anyway,
)
from desktop_app.ui.candidate_table_model import position_text
from desktop_app.ui.edits import run_edit
from desktop_app.ui.person_privacy import PersonPrivacyButton
from desktop_app.ui.workspace import Workspace

_BADGE = "QLabel {{ background: {bg}; color: {fg}; border-radius: 4px; padding: 3px 8px; }}"
_ACTIVE_BADGE = _BADGE.format(bg="#e3ecf8", fg="#1d4f91")
_HIRED_BADGE = _BADGE.format(bg="#e2f2e6", fg="#1b6b34")
_LEFT_BADGE = _BADGE.format(bg="#ececec", fg="#555555")


class CandidateProfile(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._candidate: Candidate | None = None

        self.name_label = QLabel()
        self.name_label.setObjectName("candidateName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.Bold)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.position_label = QLabel()
        self.position_label.setObjectName("candidatePosition")
        self.position_label.setWordWrap(True)

        self.stage_badge = QLabel()
        self.stage_badge.setObjectName("stageBadge")
        self.exit_details = QLabel()
        self.exit_details.setObjectName("exitDetails")
        self.exit_details.setWordWrap(True)
        self.exit_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.move_button = QToolButton()
        self.move_button.setObjectName("moveButton")
        self.move_button.setText(self.tr("Move to") + "  ▾")
        # The style's own arrow overlaps the text in some themes; the ▾ in the text replaces it.
        self.move_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.move_button.setAccessibleName(self.tr("Move to stage"))
        self.move_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.move_menu = QMenu(self.move_button)
        self.move_menu.setToolTipsVisible(True)
        self.move_button.setMenu(self.move_menu)
        self.bring_back_button = QPushButton(self.tr("Bring back"))
        self.bring_back_button.setObjectName("bringBackButton")
        self.bring_back_button.setAccessibleName(self.tr("Bring back into the pipeline"))
        self.bring_back_button.setToolTip(self.tr("Back into the pipeline at the stage they left"))
        self.bring_back_button.clicked.connect(self._bring_back)
        self.edit_button = QPushButton(self.tr("Edit details…"))
        self.edit_button.setObjectName("editDetailsButton")
        self.edit_button.setAccessibleName(self.tr("Edit contact details"))
        self.edit_button.clicked.connect(self._edit_details)
        self.delete_button = QPushButton(self.tr("Delete candidate"))
        self.delete_button.setObjectName("deleteCandidateButton")
        self.delete_button.setAccessibleName(self.tr("Delete candidate"))
        self.delete_button.clicked.connect(self._delete)
        self.privacy_button = PersonPrivacyButton(workspace)

        actions = QHBoxLayout()
        actions.addWidget(self.move_button)
        actions.addWidget(self.bring_back_button)
        actions.addWidget(self.edit_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)

        self.contact_labels: dict[str, QLabel] = {}
        contact = QFormLayout()
        contact.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        contact.setHorizontalSpacing(12)
        rows = {
            "location": self.tr("Location"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "linkedin_url": self.tr("LinkedIn"),
            "source": self.tr("Source"),
            "pay_expectation": self.tr("Pay expectation"),
        }
        for name, text in rows.items():
            value = QLabel()
            value.setObjectName(name)
            value.setAccessibleName(text)
            value.setWordWrap(True)
            if name in ("email", "linkedin_url"):
                # Links are opened by the operating system when clicked; the app fetches nothing.
                value.setOpenExternalLinks(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            else:
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.contact_labels[name] = value
            contact.addRow(text + ":", value)

        history_heading = QLabel(self.tr("Stage history"))
        history_heading.setObjectName("historyHeading")
        bold = history_heading.font()
        bold.setWeight(QFont.Weight.Bold)
        history_heading.setFont(bold)
        self.history = QTreeWidget()
        self.history.setObjectName("stageHistory")
        self.history.setAccessibleName(self.tr("Stage history"))
        self.history.setHeaderLabels([self.tr("Date"), self.tr("Stage"), self.tr("Reason")])
        self.history.setRootIsDecorated(False)
        self.history.setWordWrap(True)  # reasons are sentences; show them whole
        self.history.setAlternatingRowColors(True)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setMinimumHeight(140)
        header = self.history.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        history_heading.setBuddy(self.history)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.name_label)
        layout.addWidget(self.position_label)
        layout.addWidget(self.stage_badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.exit_details)
        layout.addLayout(actions)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addLayout(contact)
        # Beside the personal data it acts on; the row of actions above is full at the
        # panel's narrowest.
        privacy_row = QHBoxLayout()
        privacy_row.addStretch(1)
        privacy_row.addWidget(self.privacy_button)
        layout.addLayout(privacy_row)
        layout.addSpacing(6)
        layout.addWidget(history_heading)
        layout.addWidget(self.history, 1)

        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.setTabOrder(self.move_button, self.bring_back_button)
        self.setTabOrder(self.bring_back_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.contact_labels["email"])
        self.setTabOrder(self.contact_labels["email"], self.contact_labels["linkedin_url"])
        self.setTabOrder(self.contact_labels["linkedin_url"], self.privacy_button)
        self.setTabOrder(self.privacy_button, self.history)

    # --- showing -----------------------------------------------------------------------------

    def show_candidate(
        self, candidate: Candidate, history: Sequence[StageEvent], today: dt.date | None = None
    ) -> None:
        self._candidate = candidate
        details = candidate.details
        self.name_label.setText(candidate.full_name)
        self.position_label.setText(position_text(candidate))
        self.position_label.setVisible(bool(self.position_label.text()))
        self._show_stage(candidate, today or dt.date.today())

        self._set_value("location", details.location)
        self._set_value("phone", details.phone)
        self._set_value("source", source_text(details.source))
        self._set_value("pay_expectation", details.pay_expectation)
        self._set_link("email", details.email, "mailto:" + details.email)
        self._set_link("linkedin_url", details.linkedin_url, details.linkedin_url)

        self.history.clear()
        for event in reversed(history):  # newest first, like the notes
            stage = stage_label(event.stage)
            if event.exit_state is not None:
                # The row below already says where they were; the exit alone reads shorter.
                stage = exit_label(event.exit_state)
            item = QTreeWidgetItem([local_date_text(event.at.astimezone().date()), stage])
            reason = history_reason_text(event.reason)
            item.setText(2, reason)
            item.setToolTip(2, reason)
            self.history.addTopLevelItem(item)

        self._build_move_menu(candidate)
        writable = not self._workspace.read_only
        self.edit_button.setEnabled(writable)
        self.delete_button.setEnabled(writable)
        self.privacy_button.set_candidate(candidate)
        # Someone who left can only be brought back, so that button takes Move to's place.
        self.move_button.setVisible(candidate.exit_state is None)
        self.bring_back_button.setVisible(candidate.exit_state is not None)
        self.bring_back_button.setEnabled(writable)

    def _show_stage(self, candidate: Candidate, today: dt.date) -> None:
        days = candidate.days_in_stage(today)
        if candidate.exit_state is not None:
            stage = stage_label(candidate.exit_stage or candidate.stage)
            self.stage_badge.setText(
                fill(self.tr("%1 (at %2)"), exit_label(candidate.exit_state), stage)
            )
            self.stage_badge.setStyleSheet(_LEFT_BADGE)
            when = local_date_text(candidate.exit_date) if candidate.exit_date else "—"
            self.exit_details.setText(
                fill(
                    self.tr("Left the pipeline on %1 at %2. Reason: %3"),
                    when,
                    stage,
                    candidate.exit_reason or "—",
                )
            )
            self.exit_details.show()
            return
        self.exit_details.hide()
        if candidate.stage is Stage.HIRED:
            since = local_date_text(candidate.stage_since.astimezone().date())
            self.stage_badge.setText(fill(self.tr("Hired on %1"), since))
            self.stage_badge.setStyleSheet(_HIRED_BADGE)
            return
        self.stage_badge.setText(
            fill(self.tr("%1 · days in this stage: %2"), stage_label(candidate.stage), str(days))
        )
        self.stage_badge.setStyleSheet(_ACTIVE_BADGE)

    def _set_value(self, name: str, text: str) -> None:
        label = self.contact_labels[name]
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text or "—")
        label.setEnabled(bool(text))  # a dash in grey for what nobody has entered yet

    def _set_link(self, name: str, text: str, url: str) -> None:
        if not text:
            self._set_value(name, "")
            return
        label = self.contact_labels[name]
        label.setEnabled(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(f'<a href="{html.escape(url, quote=True)}">{html.escape(text)}</a>')
        label.setToolTip(url)

    def _build_move_menu(self, candidate: Candidate) -> None:
        self.move_menu.clear()
        any_allowed = False
        first_reason = ""
        for stage in STAGES:
            action = self.move_menu.addAction(stage_label(stage))
            action.setObjectName(f"move_{stage.value}")
            if stage is candidate.stage and candidate.exit_state is None:
                action.setCheckable(True)
                action.setChecked(True)
            problem = _problem(lambda s=stage: check_move(candidate.stage, s, candidate.exit_state))
            self._allow(action, problem)
            action.triggered.connect(lambda _=False, s=stage: self._move(s))
            any_allowed = any_allowed or not problem
            first_reason = first_reason or problem
        self.move_menu.addSection(self.tr("Leave the pipeline"))
        for state in EXITS:
            action = self.move_menu.addAction(exit_label(state) + "…")
            action.setObjectName(f"exit_{state.value}")
            problem = _problem(
                lambda e=state: check_exit(candidate.stage, e, "reason", candidate.exit_state)
            )
            self._allow(action, problem, exit_hint(state))
            action.triggered.connect(lambda _=False, e=state: self._exit(e))
            any_allowed = any_allowed or not problem
        allowed = any_allowed and not self._workspace.read_only
        self.move_button.setEnabled(allowed)
        self.move_button.setToolTip(
            self.tr("Move the candidate to another stage, or record that they left")
            if allowed
            else first_reason
        )

    @staticmethod
    def _allow(action: QAction, problem: str, hint: str = "") -> None:
        action.setEnabled(not problem)
        action.setToolTip(problem or hint or action.text())

    # --- editing -----------------------------------------------------------------------------

    def _move(self, stage: Stage) -> None:
        if self._candidate is None:
            return
        candidate_id = self._candidate.id
        reason = ""
        if stage is Stage.OFFER:
            steps = [stored.step for stored in self._workspace.steps(self._candidate.search_id)]
            open_steps = offer_gate(steps)
            if open_steps:
                titles = [step.title for step in open_steps]
                if not confirm_offer_anyway(self, titles):
                    return
                # The override stays in the candidate's history, for the committee to see.
                reason = fill(self.tr("Offer made before: %1"), "; ".join(titles))
        run_edit(
            self,
            self.tr("Could not move the candidate"),
            lambda: self._workspace.move_candidate(candidate_id, stage, reason),
        )

    def _exit(self, state: Exit) -> None:
        if self._candidate is None:
            return
        candidate = self._candidate
        reason = self._ask_exit_reason(state, candidate)
        if reason is None:
            return
        run_edit(
            self,
            self.tr("Could not record the exit"),
            lambda: self._workspace.exit_candidate(candidate.id, state, reason),
        )

    def _ask_exit_reason(self, state: Exit, candidate: Candidate) -> str | None:
        dialog = ExitReasonDialog(state, candidate.full_name, candidate.stage, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        reason = dialog.reason()
        dialog.deleteLater()
        return reason if accepted and reason else None

    def _bring_back(self) -> None:
        if self._candidate is None:
            return
        candidate_id = self._candidate.id
        run_edit(
            self,
            self.tr("Could not bring the candidate back"),
            lambda: self._workspace.reopen_candidate(candidate_id),
        )

    def _edit_details(self) -> None:
        if self._candidate is None:
            return
        candidate_id = self._candidate.id
        dialog = CandidateDialog(self, self._candidate.details)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        details = dialog.details()
        dialog.deleteLater()
        if accepted and details is not None:
            run_edit(
                self,
                self.tr("Could not save the details"),
                lambda: self._workspace.update_candidate(candidate_id, details),
            )

    def _delete(self) -> None:
        if self._candidate is None:
            return
        candidate = self._candidate
        question = fill(
            self.tr(
                "Delete %1 with their notes, scores and stage history?\n\n"
                "Edit > Undo brings them back."
            ),
            candidate.full_name,
        )
        if confirm(self, self.tr("Delete candidate"), question, self.tr("Delete")):
            run_edit(
                self,
                self.tr("Could not delete the candidate"),
                lambda: self._workspace.delete_candidate(candidate.id),
            )


def _problem(check: Callable[[], None]) -> str:
    """The pipeline's reason a move is refused, or "" when it is allowed."""
    try:
        check()
    except ValidationError as exc:
        return message_text(exc)
    return ""
