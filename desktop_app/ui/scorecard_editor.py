"""The scorecard editor: one candidate's ten competencies scored by one rater at a time, with
the combined fit result updated as soon as a score changes.

Every edit goes through the Workspace, so it is saved at once and can be undone; the editor
then re-reads what is stored when the workspace announces a change to the candidate's search.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.competencies import COMPETENCIES, Lean, weights
from desktop_app.domain.scorecard import Rating, score_card
from desktop_app.domain.search import Role
from desktop_app.labels.text import fill
from desktop_app.locations import APP_NAME
from desktop_app.store.errors import NotFound
from desktop_app.ui.deferred_refresh import DeferredRefresh
from desktop_app.ui.edits import run_edit
from desktop_app.ui.scorecard_result import ScoreCardResult
from desktop_app.ui.scorecard_row import CompetencyRow
from desktop_app.ui.scorecard_style import make_secondary, natural_width
from desktop_app.ui.scorecard_title import TitleLabel
from desktop_app.ui.workspace import Change, Workspace

log = logging.getLogger(__name__)

RATER_SETTING = "scorecard/rater"


def rater_settings() -> QSettings:
    """Where the rater's name is remembered: the app's own settings, named explicitly so the
    editor does not depend on the QApplication's organisation name having been set."""
    return QSettings(APP_NAME, APP_NAME)


def remembered_rater() -> str:
    return str(rater_settings().value(RATER_SETTING, "") or "")


class ScoreCardEditor(DeferredRefresh, QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._candidate_id: str | None = None
        self._search_id: str | None = None
        self._ratings: list[Rating] = []
        self._group_titles = {
            Lean.STRATEGY: self.tr("Strategy"),
            Lean.EXECUTION: self.tr("Execution"),
            Lean.BOTH: self.tr("Both"),
        }

        self.hint_label = make_secondary(QLabel(), scale=1.1)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setWordWrap(True)

        self.title_label = TitleLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title_label.setFont(font)
        self.result = ScoreCardResult()

        self.rater_combo = QComboBox()
        self.rater_combo.setEditable(True)
        self.rater_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.rater_combo.setMinimumWidth(220)
        self.rater_combo.setAccessibleName(self.tr("Rater"))
        self.rater_combo.setToolTip(self.tr("Whose scores you see and enter"))
        self.rater_combo.lineEdit().setPlaceholderText(self.tr("Your name"))
        self.rater_combo.currentTextChanged.connect(self._show_rater)
        self.rater_caption = QLabel(self.tr("&Rater:"))
        self.rater_caption.setBuddy(self.rater_combo)
        self.rater_hint = make_secondary(QLabel())
        self.rater_hint.setWordWrap(True)
        # The hint stands beside the combo where it fits on one line, else under the combo;
        # so it need not claim that width, and must not: the claim would keep the editor
        # from ever getting narrow again.
        self.rater_hint.setMinimumWidth(1)
        self._rater_bar = QGridLayout()
        self._rater_bar.setHorizontalSpacing(8)
        self._rater_bar.setVerticalSpacing(4)
        self._rater_bar.addWidget(self.rater_caption, 0, 0)
        self._rater_bar.addWidget(self.rater_combo, 0, 1)
        self._rater_bar.addWidget(self.rater_hint, 0, 2)
        self._rater_bar.setColumnStretch(2, 1)
        self._hint_beside = True

        self.rows: dict[str, CompetencyRow] = {}
        self.group_labels: dict[Lean, QLabel] = {}
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self._build_rows())

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.result)
        layout.addWidget(_line())
        layout.addLayout(self._rater_bar)
        layout.addWidget(self.scroll, 1)
        self.content = content

        self.pages = QStackedWidget()
        self.pages.addWidget(self.hint_label)
        self.pages.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        previous: QWidget = self.rater_combo
        for row in self.rows.values():
            QWidget.setTabOrder(previous, row.selector)
            QWidget.setTabOrder(row.selector, row.evidence)
            previous = row.evidence

        remembered = remembered_rater()
        self.rater_combo.setEditText(remembered)
        workspace.edited.connect(self._on_changed)
        self.set_candidate(None)

    def _build_rows(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 8)
        layout.setSpacing(0)
        for lean in (Lean.STRATEGY, Lean.EXECUTION, Lean.BOTH):
            heading = QLabel()
            heading.setTextFormat(Qt.TextFormat.RichText)
            heading.setWordWrap(True)
            heading.setContentsMargins(8, 14, 8, 4)
            self.group_labels[lean] = heading
            layout.addWidget(heading)
            for competency in (c for c in COMPETENCIES if c.lean is lean):
                layout.addWidget(_line())
                row = CompetencyRow(competency)
                row.score_chosen.connect(self._score)
                row.score_cleared.connect(self._clear)
                row.evidence_edited.connect(self._save_evidence)
                self.rows[competency.key] = row
                layout.addWidget(row)
        layout.addStretch(1)
        return body

    # --- what is shown -------------------------------------------------------------------------

    def candidate_id(self) -> str | None:
        return self._candidate_id

    def set_candidate(self, candidate_id: str | None) -> None:
        """Shows a candidate's scorecard, or a hint and no editing for `None`."""
        self._candidate_id = candidate_id
        self._search_id = None
        if candidate_id is None:
            self._show_hint(self.tr("Select a candidate to see and edit their scorecard."))
            return
        try:
            self._search_id = self._workspace.candidate(candidate_id).search_id
        except NotFound:
            self._show_hint(self.tr("This candidate no longer exists."))
            return
        if not self.rater_combo.currentText().strip():
            remembered = remembered_rater()
            self.rater_combo.setEditText(remembered)
        self._refresh()

    def rater(self) -> str:
        return self.rater_combo.currentText().strip()

    def _show_hint(self, text: str) -> None:
        self._ratings = []
        self.hint_label.setText(text)
        self.pages.setCurrentWidget(self.hint_label)
        self.content.setEnabled(False)

    def _on_changed(self, change: Change) -> None:
        if self._candidate_id is None or change.search_id not in ("", self._search_id):
            return  # "" is any search: erasing a person rewrites evidence in every search
        if not change.touches_candidates():
            return
        if change.only_candidate() in (None, self._candidate_id):
            self.refresh_when_visible(self._refresh)

    def _refresh(self) -> None:
        """Re-reads the candidate's ratings and updates every part in place, so the focus and
        any half-typed evidence stay where they are."""
        assert self._candidate_id is not None
        try:
            candidate = self._workspace.candidate(self._candidate_id)
            search = self._workspace.search(candidate.search_id)
        except NotFound:
            # Deleted, perhaps by an undo; an undo of that brings it back through _on_changed.
            self._show_hint(self.tr("This candidate no longer exists."))
            return
        self._ratings = self._workspace.ratings(self._candidate_id)
        card = score_card(search.role, self._ratings)
        self.title_label.set_parts(
            candidate.full_name,
            fill(self.tr("%1 seat"), str(search.role)),
            search.title,
        )
        self._show_weights(search.role)
        self.result.show_card(card)
        for key, row in self.rows.items():
            row.show_combined(
                card.competencies.get(key),
                [r for r in self._ratings if r.competency == key],
                critical=key in card.critical_gaps,
            )
        # Every row's result beside its name, or every row's below: rows that differ look
        # untidy.
        beside_from = max(row.heading_width() for row in self.rows.values())
        for row in self.rows.values():
            row.set_status_beside_from(beside_from)
        self._update_rater_list()
        self.content.setEnabled(True)
        self.pages.setCurrentWidget(self.content)
        self._show_rater()

    def _show_weights(self, role: Role) -> None:
        role_weights = weights(role)
        for row in self.rows.values():
            row.set_weight(role_weights[row.competency.key], role)
        for lean, label in self.group_labels.items():
            keys = [c.key for c in COMPETENCIES if c.lean is lean]
            label.setText(
                fill(
                    self.tr(
                        "<b>%1</b>&nbsp;&nbsp;<small>%2-%3 · weight %4 each in a %5 seat</small>"
                    ),
                    self._group_titles[lean],
                    keys[0],
                    keys[-1],
                    str(role_weights[keys[0]]),
                    str(role),
                )
            )

    def _update_rater_list(self) -> None:
        remembered = remembered_rater()
        names = sorted({r.rater for r in self._ratings} | ({remembered} - {""}))
        current = [self.rater_combo.itemText(i) for i in range(self.rater_combo.count())]
        if names == current:
            return
        line = self.rater_combo.lineEdit()
        text, cursor = line.text(), line.cursorPosition()
        # The person may be typing a name: put their text and cursor back after the reload.
        self.rater_combo.blockSignals(True)
        self.rater_combo.clear()
        self.rater_combo.addItems(names)
        self.rater_combo.setEditText(text)
        line.setCursorPosition(cursor)
        self.rater_combo.blockSignals(False)

    def _show_rater(self, _text: str = "") -> None:
        """Shows the chosen rater's own scores and evidence in every row."""
        rater = self.rater()
        read_only = self._workspace.read_only
        can_edit = bool(rater) and not read_only and self._candidate_id is not None
        mine = {r.competency: r for r in self._ratings if r.rater == rater}
        for key, row in self.rows.items():
            row.show_rater(mine.get(key), can_edit=can_edit)
        if read_only:
            hint = self.tr("This file is open read-only: scores cannot be changed.")
        elif not rater:
            hint = self.tr("Type your name to start scoring.")
        else:
            hint = self.tr(
                "You see and enter this rater's scores; each competency's result combines "
                "all raters (median)."
            )
        self.rater_hint.setText(hint)
        self._arrange_rater_bar()

    # --- arrangement ---------------------------------------------------------------------------

    def _arrange_rater_bar(self) -> None:
        margins = self.content.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        spacing = self._rater_bar.horizontalSpacing()
        combo = max(self.rater_combo.sizeHint().width(), self.rater_combo.minimumWidth())
        needed = (
            self.rater_caption.sizeHint().width()
            + combo
            + natural_width(self.rater_hint)
            + 2 * spacing
        )
        beside = needed <= width
        if beside == self._hint_beside:
            return
        self._hint_beside = beside
        self._rater_bar.removeWidget(self.rater_hint)
        if beside:
            self._rater_bar.addWidget(self.rater_hint, 0, 2)
        else:
            self._rater_bar.addWidget(self.rater_hint, 1, 1, 1, 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_rater_bar()

    # --- edits ---------------------------------------------------------------------------------

    def _score(self, key: str, score: int) -> None:
        rater = self.rater()
        evidence = self.rows[key].evidence_text()
        if self._set(lambda: Rating(key, rater, score, evidence)):
            rater_settings().setValue(RATER_SETTING, rater)
            self._update_rater_list()

    def _clear(self, key: str) -> None:
        if self._candidate_id is None:
            return
        candidate_id, rater = self._candidate_id, self.rater()
        if not run_edit(
            self,
            self.tr("Score not saved"),
            lambda: self._workspace.remove_score(candidate_id, key, rater),
        ):
            self._show_rater()  # put back what is stored

    def save_pending(self) -> None:
        """Saves what is typed but not yet saved, e.g. evidence when the window closes."""
        for row in self.rows.values():
            row.save_pending()

    def _save_evidence(self, key: str, text: str) -> None:
        rater = self.rater()
        stored = next((r for r in self._ratings if r.competency == key and r.rater == rater), None)
        if stored is not None:
            self._set(lambda: Rating(key, rater, stored.score, text))

    def _set(self, make_rating: Callable[[], Rating]) -> bool:
        """Saves a rating; building it inside the try lets the domain refuse a bad name or
        text with its own message."""
        if self._candidate_id is None:
            return False
        candidate_id = self._candidate_id
        saved = run_edit(
            self,
            self.tr("Score not saved"),
            lambda: self._workspace.set_score(candidate_id, make_rating()),
        )
        if not saved:
            # Put back what is stored: buttons and fields may show the refused value.
            self._show_rater()
        return saved


def _line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
