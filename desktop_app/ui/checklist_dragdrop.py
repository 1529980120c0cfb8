"""Drag and drop of checklist steps: within their phase only, handed to a callback.

A mixin for ChecklistModel, kept apart so the model file stays about showing rows. A drop
never moves rows itself: it calls `on_move(step_id, position)`, the tab asks the workspace
to move the step, and the fresh list of steps replaces the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.store.checklist import StoredStep

STEP_MIME_TYPE = "application/x-revsearch-checklist-step"
# Phase rows carry internal id 0; a step row carries its phase's row + 1, which is all
# parent() needs to find its way back up.
PHASE_ROW_ID = 0

_Index = QModelIndex | QPersistentModelIndex


class StepDragDrop:
    """Needs from the model: step_at, index_of_step, rowCount, read_only and on_move."""

    read_only: bool
    on_move: Callable[[str, int], None] | None

    if TYPE_CHECKING:  # provided by the model; declared here for the type checker only

        def step_at(self, index: _Index) -> StoredStep | None: ...

        def index_of_step(self, step_id: str, column: int = 0) -> QModelIndex: ...

        def rowCount(self, parent: _Index = ...) -> int: ...

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [STEP_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        stored = next((s for s in map(self.step_at, indexes) if s is not None), None)
        if stored is not None:
            data.setData(STEP_MIME_TYPE, stored.id.encode("utf-8"))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return self._drop_target(data, action, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        target = self._drop_target(data, action, row, parent)
        if target is None or self.on_move is None:
            return False
        step_id, position = target
        self.on_move(step_id, position)
        # Not a Qt move: the view must not remove the dragged row itself; the workspace
        # reorders the steps and the fresh list replaces the rows.
        return True

    def _drop_target(
        self, data: QMimeData, action: Qt.DropAction, row: int, parent: _Index
    ) -> tuple[str, int] | None:
        """The step and its new place (1 = first) for a drop, or None when the drop is
        refused: not a step, a step from elsewhere, or a place in another phase."""
        if self.read_only or action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
            return None
        if not data.hasFormat(STEP_MIME_TYPE):
            return None
        step_id = bytes(data.data(STEP_MIME_TYPE).data()).decode("utf-8")
        source = self.index_of_step(step_id)
        if not source.isValid() or not parent.isValid():
            return None
        phase_index = parent if parent.internalId() == PHASE_ROW_ID else parent.parent()
        if phase_index.row() != source.parent().row():
            return None
        count = self.rowCount(phase_index)
        if parent.internalId() != PHASE_ROW_ID:
            # Dropped on a step: take that step's place.
            new_row = parent.row()
        elif row < 0:
            # Dropped on the phase's title: go last.
            new_row = count - 1
        else:
            # Dropped between rows: `row` counts the dragged step, which leaves its place.
            new_row = row - 1 if row > source.row() else row
        new_row = max(0, min(new_row, count - 1))
        if new_row == source.row():
            return None
        return step_id, new_row + 1
