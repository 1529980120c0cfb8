"""The New Search dialog's "Help me decide": the role diagnostic before the search exists.

Nothing is saved here; the caller creates the search with the chosen role and then stores
`answers()` with it, so the Diagnostic tab opens already filled in.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.domain.diagnostic import Recommendation
from desktop_app.domain.search import Role
from desktop_app.ui.diagnostic_form import DiagnosticForm
from desktop_app.ui.scorecard_style import make_secondary


class DiagnosticDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, answers: Mapping[str, int] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help me decide: CRO or CSO?"))
        self._role: Role | None = None
        intro = make_secondary(
            QLabel(
                self.tr(
                    "Answer for the business unit the new leader will run. The recommendation "
                    "follows each answer; then choose the role for the search."
                )
            ),
            scale=1.0,
        )
        intro.setWordWrap(True)
        self.form = DiagnosticForm()
        self.form.set_answers(answers or {})
        self.form.answers_changed.connect(lambda _answers: self._show_recommended())

        self.buttons = QDialogButtonBox()
        self.cro_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cso_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cro_button.setObjectName("useCroButton")
        self.cso_button.setObjectName("useCsoButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Each button names its role; the box's accepted() cannot tell which one was pressed.
        self.cro_button.clicked.connect(lambda: self._choose(Role.CRO))
        self.cso_button.clicked.connect(lambda: self._choose(Role.CSO))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 680)
        self._show_recommended()

    def answers(self) -> dict[str, int]:
        return self.form.answers()

    def chosen_role(self) -> Role | None:
        """The role a "Use" button chose, or None if the dialog was cancelled."""
        return self._role

    def recommended_role(self) -> Role | None:
        """The role Enter chooses: the recommendation, or a CSO while it says Watch (the
        domain's advice); None before any answer."""
        diagnosis = self.form.diagnosis()
        if diagnosis is None:
            return None
        if diagnosis.recommendation is Recommendation.CRO:
            return Role.CRO
        return Role.CSO

    def _choose(self, role: Role) -> None:
        self._role = role
        self.accept()

    def _show_recommended(self) -> None:
        diagnosis = self.form.diagnosis()
        recommendation = diagnosis.recommendation if diagnosis else None
        cro, cso = self.tr("Use CRO"), self.tr("Use CSO")
        if recommendation is Recommendation.CRO:
            cro = self.tr("Use CRO (recommended)")
        elif recommendation is Recommendation.CSO:
            cso = self.tr("Use CSO (recommended)")
        elif recommendation is Recommendation.WATCH:
            cso = self.tr("Use CSO (default for now)")
        self.cro_button.setText(cro)
        self.cso_button.setText(cso)
        recommended = self.recommended_role()
        self.cro_button.setDefault(recommended is Role.CRO)
        self.cso_button.setDefault(recommended is Role.CSO)
        # Before any answer Enter must not pick a role by accident (Qt would take the first).
        self.cancel_button.setDefault(recommended is None)
