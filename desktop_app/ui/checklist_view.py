"""The checklist list: a tree of phases and steps, with Space and the check box ticking steps."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from desktop_app.ui.checklist_model import ChecklistModel


class CheckOnceDelegate(QStyledItemDelegate):
    """Qt toggles a check box on every release, so a double-click on one would tick it and
    untick it again (two saved edits, two undo steps). Here the second click of a double-click
    is swallowed: a double-click on the check ticks the step, as people expect."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._swallow_release = False

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        kind = event.type()
        checkable = bool(model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable)
        if checkable and kind == QEvent.Type.MouseButtonDblClick:
            self._swallow_release = super().editorEvent(event, model, option, index)
            return self._swallow_release
        if kind == QEvent.Type.MouseButtonRelease and self._swallow_release:
            self._swallow_release = False
            return True
        return super().editorEvent(event, model, option, index)


class ChecklistTree(QTreeView):
    # Space on a step: tick it, or untick it (the tab decides, from the step's status).
    toggle_requested = Signal()

    def __init__(self, model: ChecklistModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widths = {
            ChecklistModel.OWNER: 172,
            ChecklistModel.DUE: 110,
            ChecklistModel.STATUS: 122,
            ChecklistModel.NOTE: 150,
        }
        self._preferred = dict(self._widths)  # before any text is measured or dragged
        self._dragged: set[int] = set()
        self._fitting = False
        self.setObjectName("checklistTree")
        self.setAccessibleName(self.tr("Checklist steps"))
        self.setModel(model)
        self.setItemDelegate(CheckOnceDelegate(self))
        self.setUniformRowHeights(True)
        self.setIndentation(16)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setStyleSheet("QTreeView::item { padding: 4px 6px; }")
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ChecklistModel.STEP, QHeaderView.ResizeMode.Fixed)
        for column in self._widths:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self._widths[column])
        header.sectionResized.connect(self._column_resized)

    # The step title takes the room the other columns leave, like a stretched column, but
    # never less than TITLE_MIN: on a narrow window the note, owner and status columns give
    # up space first, and only then does the list scroll sideways.
    TITLE_MIN = 300
    _SHRINK_ORDER = (ChecklistModel.NOTE, ChecklistModel.OWNER, ChecklistModel.STATUS)
    _MIN_WIDTHS: ClassVar[dict[int, int]] = {
        ChecklistModel.NOTE: 70,
        ChecklistModel.OWNER: 120,
        ChecklistModel.STATUS: 110,
    }

    # The owner and status columns grow to their longest text, up to these widths: "Done 28 Nov"
    # and a template's owners are longer in some languages. Dates keep their width.
    _CONTENT_MAX: ClassVar[dict[int, int]] = {
        ChecklistModel.OWNER: 230,
        ChecklistModel.STATUS: 190,
    }

    def fit_to_contents(self) -> None:
        """Widens the owner and status columns to their longest text (every step, collapsed
        phases too, so the width does not change on expanding one), unless the person has
        dragged them to a width of their own."""
        model = self.model()
        if model is None:
            return
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        delegate = self.itemDelegate()
        for column, most in self._CONTENT_MAX.items():
            if column in self._dragged:
                continue
            widest = 0
            for row in range(model.rowCount()):
                phase = model.index(row, 0)
                rows = [model.index(row, column)]
                rows += [
                    model.index(child, column, phase) for child in range(model.rowCount(phase))
                ]
                for index in rows:
                    widest = max(widest, delegate.sizeHint(option, index).width())
            self._widths[column] = max(self._preferred[column], min(most, widest))
        self._fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column in self._widths:
            self._widths[column] = new  # the person dragged it: their width is the preference
            self._dragged.add(column)
            self._fit_columns()

    def _fit_columns(self) -> None:
        available = self.viewport().width()
        widths = dict(self._widths)
        deficit = self.TITLE_MIN + sum(widths.values()) - available
        for column in self._SHRINK_ORDER:
            if deficit <= 0:
                break
            give = max(0, min(deficit, widths[column] - self._MIN_WIDTHS[column]))
            widths[column] -= give
            deficit -= give
        widths[ChecklistModel.STEP] = max(self.TITLE_MIN, available - sum(widths.values()))
        self._fitting = True
        try:
            for column, width in widths.items():
                if self.header().sectionSize(column) != width:
                    self.header().resizeSection(column, width)
        finally:
            self._fitting = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        on_step = isinstance(model, ChecklistModel) and model.step_at(self.currentIndex())
        if (
            event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.state() != QAbstractItemView.State.EditingState
            and on_step
        ):
            # Space ticks the current step whichever column has the focus (Qt's own handling
            # only works on the check box's column).
            self.toggle_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
