"""The top of the checklist tab: overall progress, what is overdue and the next steps due."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.checklist import StepStatus, next_due, overdue, progress
from desktop_app.labels.text import fill, format_date
from desktop_app.store.checklist import StoredStep
from desktop_app.ui.checklist_text import OVERDUE_COLOUR

NEXT_DUE_COUNT = 3


class _ElidedLabel(QLabel):
    """One line of text that shrinks with an ellipsis instead of widening the whole tab;
    optionally a link (to a step id) that the keyboard can reach too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._link = ""
        self.setMinimumWidth(60)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_line(self, text: str, link: str = "") -> None:
        self._text, self._link = text, link
        self.setToolTip(text if not link else self.toolTip())
        self._render()

    def line(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._text) + 8, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._render()

    def _render(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._text, Qt.TextElideMode.ElideRight, max(self.width(), 20)
        )
        if self._link:
            shown = html.escape(shown, quote=False)
            shown = f'<a href="{self._link}">{shown}</a>'
        if shown != self.text():
            self.setText(shown)


class ChecklistSummary(QFrame):
    # A step named in the summary was clicked (or activated with the keyboard): its id.
    step_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistSummary")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setFormat("%p%")
        self.progress_bar.setAccessibleName(self.tr("Checklist progress"))
        self.progress_bar.setMinimumWidth(160)
        self.done_label = QLabel()
        self.done_label.setObjectName("doneLabel")
        font = self.done_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.done_label.setFont(font)
        self.skipped_label = QLabel()
        self.skipped_label.setEnabled(False)  # greyed: a footnote to the count
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueLabel")

        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.done_label)
        left.addWidget(self.progress_bar)
        counts = QHBoxLayout()
        counts.addWidget(self.overdue_label)
        counts.addSpacing(12)
        counts.addWidget(self.skipped_label)
        counts.addStretch(1)
        left.addLayout(counts)
        left.addStretch(1)

        next_heading = QLabel(self.tr("Next due"))
        heading_font = next_heading.font()
        heading_font.setBold(True)
        next_heading.setFont(heading_font)
        self.next_dates: list[QLabel] = []
        self.next_titles: list[QLabel] = []
        self.next_owners: list[QLabel] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.addWidget(next_heading, 0, 0, 1, 3)
        for row in range(1, NEXT_DUE_COUNT + 1):
            date, title, owner = QLabel(), _ElidedLabel(), _ElidedLabel()
            title.setTextFormat(Qt.TextFormat.RichText)
            owner.setTextFormat(Qt.TextFormat.PlainText)
            title.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            title.linkActivated.connect(self._link_activated)
            owner.setEnabled(False)
            grid.addWidget(date, row, 0)
            grid.addWidget(title, row, 1)
            grid.addWidget(owner, row, 2)
            self.next_dates.append(date)
            self.next_titles.append(title)
            self.next_owners.append(owner)
        grid.setColumnStretch(1, 1)
        self.nothing_due = QLabel(self.tr("No open steps with a due date."))
        self.nothing_due.setEnabled(False)
        grid.addWidget(self.nothing_due, 1, 0, 1, 3)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(28)
        layout.addLayout(left, 2)
        layout.addLayout(grid, 3)
        self.clear()

    def clear(self) -> None:
        self.done_label.setText(self.tr("No search open"))
        self.progress_bar.setValue(0)
        self.overdue_label.clear()
        self.skipped_label.clear()
        self._show_next([], dt.date.today(), lambda owner: owner)

    def show_steps(
        self, steps: Sequence[StoredStep], today: dt.date, owner_label: Callable[[str], str]
    ) -> None:
        plain = [s.step for s in steps]
        overall = progress(plain)
        self.done_label.setText(
            fill(self.tr("%1 of %n steps done", "", overall.total), str(overall.done))
        )
        self.progress_bar.setValue(overall.percent)
        self.progress_bar.setToolTip(self.done_label.text())
        self.progress_bar.setAccessibleDescription(self.done_label.text())

        late = len(overdue(plain, today))
        if late:
            self.overdue_label.setText(self.tr("%n overdue", "", late))
            self.overdue_label.setStyleSheet(
                f"color: {OVERDUE_COLOUR.name()}; font-weight: bold;"
                f"border: 1px solid {OVERDUE_COLOUR.name()}; border-radius: 4px; padding: 1px 6px;"
            )
        else:
            self.overdue_label.setText(self.tr("Nothing overdue"))
            self.overdue_label.setStyleSheet("")
        skipped = sum(s.status is StepStatus.SKIPPED for s in plain)
        self.skipped_label.setText(self.tr("%n not applicable", "", skipped) if skipped else "")

        by_step = {id(s.step): s for s in steps}
        upcoming = [by_step[id(step)] for step in next_due(plain, today, NEXT_DUE_COUNT)]
        self._show_next(upcoming, today, owner_label)

    def _show_next(
        self, upcoming: Sequence[StoredStep], today: dt.date, owner_label: Callable[[str], str]
    ) -> None:
        self.nothing_due.setVisible(not upcoming)
        for row in range(NEXT_DUE_COUNT):
            labels = (self.next_dates[row], self.next_titles[row], self.next_owners[row])
            if row >= len(upcoming):
                labels[0].clear()
                labels[1].set_line("")
                labels[2].set_line("")
                for label in labels:
                    label.hide()
                continue
            stored = upcoming[row]
            step = stored.step
            assert step.due_date is not None
            labels[0].setText(self._when(step.due_date, today))
            labels[1].setToolTip(step.title + "\n" + self.tr("Click to show it in the list."))
            labels[1].set_line(step.title, stored.id)
            labels[1].setAccessibleName(
                fill(self.tr("Next due: %1, %2"), step.title, labels[0].text())
            )
            labels[2].set_line(owner_label(step.owner))
            for label in labels:
                label.show()

    def _when(self, due: dt.date, today: dt.date) -> str:
        days = (due - today).days
        if days == 0:
            return self.tr("Today")
        if days == 1:
            return self.tr("Tomorrow")
        pattern = "ddd d MMM" if due.year == today.year else "d MMM yyyy"
        return format_date(due, pattern)

    def _link_activated(self, step_id: str) -> None:
        self.step_chosen.emit(step_id)
