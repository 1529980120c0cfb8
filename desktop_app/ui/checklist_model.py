"""A tree model of a search's checklist: one row per phase, its steps as child rows.

A dumb model: it shows the steps it is given (`set_steps`) and never writes anything. Ticking,
inline edits and drag-and-drop are handed to callbacks, which the checklist tab connects to the
workspace; the workspace then announces the change and the tab hands the model fresh steps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from desktop_app.domain.checklist import PHASE_KEYS, Progress, StepStatus, progress
from desktop_app.labels.text import fill, format_date
from desktop_app.store.checklist import StoredStep
from desktop_app.ui.checklist_dragdrop import PHASE_ROW_ID, StepDragDrop
from desktop_app.ui.checklist_text import (
    DONE_COLOUR,
    OVERDUE_COLOUR,
    SKIPPED_COLOUR,
    owner_label,
    owner_value,
    status_text,
    step_tooltip,
)

STEP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PHASE_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 4

_Index = QModelIndex | QPersistentModelIndex

OnMove = Callable[[str, int], None]
OnCheck = Callable[[str, bool], None]
OnEdit = Callable[[str, str, object], bool]


@dataclass
class _Phase:
    key: str
    title: str
    steps: list[StoredStep]
    progress: Progress


class ChecklistModel(StepDragDrop, QAbstractItemModel):
    STEP, OWNER, DUE, STATUS, NOTE = range(5)
    EDITABLE_FIELDS: ClassVar[dict[int, str]] = {DUE: "due_date", OWNER: "owner", NOTE: "note"}

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        on_move: OnMove | None = None,
        on_check: OnCheck | None = None,
        on_edit: OnEdit | None = None,
    ) -> None:
        super().__init__(parent)
        self.on_move = on_move
        self.on_check = on_check
        self.on_edit = on_edit
        self.read_only = False
        self._phases: list[_Phase] = []
        self._owner_titles: dict[str, str] = {}
        self._today = dt.date.today()
        self._headers = [
            self.tr("Step"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Note"),
        ]

    # --- feeding -------------------------------------------------------------------------------

    def set_steps(
        self,
        steps: Sequence[StoredStep],
        phase_titles: dict[str, str],
        today: dt.date,
        *,
        owner_titles: dict[str, str] | None = None,
    ) -> None:
        """Shows these steps (in checklist order), grouped under every phase."""
        grouped: dict[str, list[StoredStep]] = {key: [] for key in PHASE_KEYS}
        for stored in steps:
            grouped.setdefault(stored.step.phase, []).append(stored)
        phases = [
            _Phase(key, phase_titles.get(key, key), items, progress(s.step for s in items))
            for key, items in grouped.items()
        ]
        same_shape = self._shape(phases) == self._shape(self._phases)
        if not same_shape:
            self.beginResetModel()
        self._phases = phases
        self._owner_titles = dict(owner_titles or {})
        self._today = today
        if same_shape:
            # An edit that keeps every row in place repaints them instead of resetting, so an
            # open editor, the scroll position and keyboard focus survive it.
            self._repaint_all()
        else:
            self.endResetModel()

    def clear(self) -> None:
        """Shows nothing at all (no search open)."""
        self.beginResetModel()
        self._phases = []
        self.endResetModel()

    @staticmethod
    def _shape(phases: list[_Phase]) -> list[tuple[str, list[str]]]:
        return [(p.key, [s.id for s in p.steps]) for p in phases]

    def _repaint_all(self) -> None:
        last = self.columnCount() - 1
        if not self._phases:
            return
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._phases) - 1, last))
        for row, phase in enumerate(self._phases):
            if phase.steps:
                parent = self.index(row, 0)
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(phase.steps) - 1, last, parent)
                )

    # --- lookups for the view ------------------------------------------------------------------

    def step_at(self, index: _Index) -> StoredStep | None:
        if not index.isValid() or index.internalId() == PHASE_ROW_ID:
            return None
        return self._phases[index.internalId() - 1].steps[index.row()]

    def phase_at(self, index: _Index) -> str | None:
        """The phase of a phase row or of a step row."""
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == PHASE_ROW_ID else index.internalId() - 1
        return self._phases[row].key

    def index_of_step(self, step_id: str, column: int = 0) -> QModelIndex:
        for phase_row, phase in enumerate(self._phases):
            for row, stored in enumerate(phase.steps):
                if stored.id == step_id:
                    return self.index(row, column, self.index(phase_row, 0))
        return QModelIndex()

    def index_of_phase(self, key: str) -> QModelIndex:
        for row, phase in enumerate(self._phases):
            if phase.key == key:
                return self.index(row, 0)
        return QModelIndex()

    def phase_keys(self) -> list[str]:
        return [p.key for p in self._phases]

    def steps_in_phase(self, key: str) -> list[StoredStep]:
        return next((list(p.steps) for p in self._phases if p.key == key), [])

    # --- the tree ------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt API
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, id=PHASE_ROW_ID)
        return self.createIndex(row, column, id=parent.row() + 1)

    def parent(self, child: _Index | None = None) -> QModelIndex:  # type: ignore[override]
        if child is None:  # QObject.parent(), asked without an index
            return super().parent()  # type: ignore[return-value]
        if not child.isValid() or child.internalId() == PHASE_ROW_ID:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, id=PHASE_ROW_ID)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        if not parent.isValid():
            return len(self._phases)
        if parent.internalId() == PHASE_ROW_ID and parent.column() == 0:
            return len(self._phases[parent.row()].steps)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == PHASE_ROW_ID:
            # Dropping a step on its phase's title puts it at the end of the phase.
            return base | (
                Qt.ItemFlag.NoItemFlags if self.read_only else Qt.ItemFlag.ItemIsDropEnabled
            )
        flags = base | Qt.ItemFlag.ItemNeverHasChildren
        if self.read_only:
            return flags
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == self.STEP:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() in self.EDITABLE_FIELDS:
            step = self.step_at(index)
            # A note of several lines would lose its line breaks in a one-line cell editor;
            # such notes are edited in the Edit step dialog.
            if index.column() != self.NOTE or (step is not None and "\n" not in step.step.note):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # --- what each cell shows ------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == PHASE_ROW_ID:
            return self._phase_data(self._phases[index.row()], index.column(), role)
        stored = self.step_at(index)
        assert stored is not None
        return self._step_data(stored, index.column(), role)

    def _phase_data(self, phase: _Phase, column: int, role: int) -> object:
        done, total = phase.progress.done, phase.progress.total
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STEP:
                return phase.title
            if column == self.STATUS:
                if not total:
                    return (
                        QCoreApplication.translate("Checklist", "Not applicable")
                        if phase.steps
                        else ""
                    )
                return fill(
                    QCoreApplication.translate("Checklist", "%1/%2 done"), str(done), str(total)
                )
            return None
        if role == PHASE_KEY_ROLE:
            return phase.key
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            # A band across the row sets each phase apart from the steps under it.
            return QGuiApplication.palette().brush(QPalette.ColorRole.Window)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS and total:
            return QBrush(DONE_COLOUR) if done == total else None
        if role == Qt.ItemDataRole.ToolTipRole:
            skipped = len(phase.steps) - total
            text = fill(self.tr("%1 of %n applicable steps done", "", total), str(done))
            if skipped:
                text += "\n" + self.tr("%n not applicable", "", skipped)
            return text
        return None

    def _step_data(self, stored: StoredStep, column: int, role: int) -> object:
        step = stored.step
        overdue = step.is_overdue(self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(stored, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(stored, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.STEP:
            done = step.status is StepStatus.DONE
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role == STEP_ID_ROLE:
            return stored.id
        if role == PHASE_KEY_ROLE:
            return step.phase
        if role == STATUS_ROLE:
            return step.status.value
        if role == OVERDUE_ROLE:
            return overdue
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue:
                return QBrush(OVERDUE_COLOUR)
            if step.status is StepStatus.SKIPPED:
                return QBrush(SKIPPED_COLOUR)
            if step.status is StepStatus.DONE and column == self.STATUS:
                return QBrush(DONE_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if overdue and column in (self.STEP, self.DUE, self.STATUS):
                font = QFont()
                font.setBold(True)
                return font
            if step.status is StepStatus.SKIPPED and column == self.STEP:
                font = QFont()
                font.setStrikeOut(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(stored, column)
        return None

    def _display(self, stored: StoredStep, column: int) -> str | None:
        step = stored.step
        if column == self.STEP:
            return step.title
        if column == self.OWNER:
            return owner_label(step.owner, self._owner_titles)
        if column == self.DUE:
            return format_date(step.due_date) if step.due_date else "—"
        if column == self.STATUS:
            return self.status_text(stored)
        if column == self.NOTE:
            first, _, rest = step.note.partition("\n")
            return first + (" …" if rest.strip() else "")
        return None

    def status_text(self, stored: StoredStep) -> str:
        return status_text(stored.step, self._today)

    def _edit_value(self, stored: StoredStep, column: int) -> object:
        step = stored.step
        if column == self.DUE:
            # The cell editor needs a date to start from even when the step has none.
            due = step.due_date or self._today
            return QDate(due.year, due.month, due.day)
        if column == self.OWNER:
            return owner_label(step.owner, self._owner_titles)
        if column == self.NOTE:
            return step.note
        return self._display(stored, column)

    def _tooltip(self, stored: StoredStep, column: int) -> str | None:
        step = stored.step
        if column == self.STEP:
            return step_tooltip(step)
        if column == self.NOTE and step.note:
            return step.note
        if column == self.OWNER and step.owner in self._owner_titles:
            return f"{self._owner_titles[step.owner]} ({step.owner})"
        return None

    # --- edits, handed to the callbacks --------------------------------------------------------

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        stored = self.step_at(index)
        if stored is None or self.read_only:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.STEP:
            if self.on_check is None:
                return False
            checked = Qt.CheckState(value) == Qt.CheckState.Checked  # type: ignore[call-overload]
            self.on_check(stored.id, checked)
            return True
        field = self.EDITABLE_FIELDS.get(index.column())
        if role != Qt.ItemDataRole.EditRole or field is None or self.on_edit is None:
            return False
        if field == "due_date":
            value = value.toPython() if isinstance(value, QDate) else value
            if value == stored.step.due_date:
                return False
        elif field == "owner":
            value = owner_value(str(value or ""), self._owner_titles)
            if value == stored.step.owner:
                return False
        elif str(value or "") == stored.step.note:
            return False
        return self.on_edit(stored.id, field, value)
