"""The Checklist tab of a search: its steps by phase, ticked, edited and reordered in place.

Every edit goes through the workspace, so it is saved at once and can be undone; the tab then
re-reads the steps when the workspace announces the change, like every other view.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.checklist import ChecklistTemplate, StepStatus, load_template
from desktop_app.labels.text import fill
from desktop_app.store.checklist import StoredStep
from desktop_app.store.errors import NotFound
from desktop_app.store.snapshots import ScopeKind
from desktop_app.ui.checklist_dialogs import AddStepDialog, EditStepDialog, NewStep, StepChanges
from desktop_app.ui.checklist_model import ChecklistModel
from desktop_app.ui.checklist_summary import ChecklistSummary
from desktop_app.ui.checklist_text import owner_label
from desktop_app.ui.checklist_toolbar import ChecklistToolbar
from desktop_app.ui.checklist_view import ChecklistTree
from desktop_app.ui.deferred_refresh import DeferredRefresh
from desktop_app.ui.edits import run_edit
from desktop_app.ui.workspace import Change, Workspace

log = logging.getLogger(__name__)


class ChecklistTab(DeferredRefresh, QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._search_id: str | None = None
        self._template: ChecklistTemplate | None = None
        self._steps: list[StoredStep] = []
        self._collapsed: set[str] = set()  # phase keys the person folded away
        self._new_search = False  # another search was set: scroll to its open steps when read

        self.summary = ChecklistSummary()
        self.summary.step_chosen.connect(self.select_step)

        self.model = ChecklistModel(
            self, on_move=self._move_to, on_check=self._check, on_edit=self._edit_cell
        )
        self.tree = ChecklistTree(self.model)
        self.tree.toggle_requested.connect(self.toggle_done)
        self.tree.selectionModel().currentRowChanged.connect(self._update_actions)
        self.tree.activated.connect(self._activated)
        self.tree.expanded.connect(
            lambda index: self._collapsed.discard(self.model.phase_at(index))
        )
        self.tree.collapsed.connect(lambda index: self._collapsed.add(self.model.phase_at(index)))

        self.toolbar = ChecklistToolbar()
        bar = self.toolbar
        self.done_button, self.skip_button, self.reopen_button = (
            bar.done_button,
            bar.skip_button,
            bar.reopen_button,
        )
        self.edit_button, self.add_button, self.remove_button = (
            bar.edit_button,
            bar.add_button,
            bar.remove_button,
        )
        self.up_button, self.down_button = bar.up_button, bar.down_button
        for button, slot in (
            (self.done_button, self.mark_done),
            (self.skip_button, self.mark_not_applicable),
            (self.reopen_button, self.reopen),
            (self.edit_button, self.edit_step),
            (self.add_button, self.add_step),
            (self.remove_button, self.remove_step),
            (self.up_button, self.move_up),
            (self.down_button, self.move_down),
        ):
            button.clicked.connect(slot)
        self._shortcut(QKeySequence.StandardKey.Delete, self.remove_step)
        self._shortcut(QKeySequence(Qt.Key.Key_Insert), self.add_step)
        self._shortcut(QKeySequence("Ctrl+Up"), self.move_up)
        self._shortcut(QKeySequence("Ctrl+Down"), self.move_down)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.summary)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tree, 1)

        order = [*self.toolbar.buttons(), self.tree]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        self.setFocusProxy(self.tree)

        workspace.edited.connect(self._on_changed)
        self._update_actions()

    def _shortcut(self, keys: QKeySequence | QKeySequence.StandardKey, slot: Callable) -> None:
        action = QAction(self)
        action.setShortcut(keys)
        # Only while the list has focus, so Delete in a text field or another tab is untouched.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda: slot())
        self.tree.addAction(action)

    # --- which search, and reading it ----------------------------------------------------------

    def set_search(self, search_id: str | None) -> None:
        other = search_id != self._search_id
        if other:
            self._collapsed.clear()
            self.tree.clearSelection()
            self.tree.setCurrentIndex(QModelIndex())
        self._search_id = search_id
        # Read when shown, as the other tabs are: a search opens on whichever tab was last
        # used, and laying out a long checklist nobody sees is a good part of opening it.
        self._new_search = self._new_search or other
        self.refresh_when_visible(self._show_search)

    def _show_search(self) -> None:
        self.refresh()
        if self._new_search:
            self._new_search = False
            self._scroll_to_work_left()

    def _scroll_to_work_left(self) -> None:
        # Halfway through a search the finished phases fill the first screen; start where
        # the open steps begin, with their phase title in view.
        first_open = next((s for s in self._steps if s.step.status is StepStatus.TODO), None)
        if first_open is not None:
            phase = self.model.index_of_phase(first_open.step.phase)
            self.tree.scrollTo(phase, QAbstractItemView.ScrollHint.PositionAtTop)

    def search_id(self) -> str | None:
        return self._search_id

    def current_step_id(self) -> str | None:
        stored = self.model.step_at(self.tree.currentIndex())
        return stored.id if stored is not None else None

    def select_step(self, step_id: str) -> None:
        self.catch_up()
        index = self.model.index_of_step(step_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
            self.tree.setFocus()

    def _today(self) -> dt.date:
        return dt.date.today()

    def _on_changed(self, change: Change) -> None:
        # Steps change with the checklist or the whole search; the search row's start date
        # moves what is overdue, so its edits count too.
        # "" is any search: erasing a person rewrites step notes in every search.
        ours = self._search_id is not None and change.search_id in ("", self._search_id)
        if ours and change.part not in (ScopeKind.CANDIDATE, ScopeKind.DIAGNOSTIC):
            # _show_search, not refresh: a new search still waiting to be shown keeps its
            # scroll to the open steps.
            self.refresh_when_visible(self._show_search)

    def refresh(self) -> None:
        """Re-reads the steps and shows them, keeping the selection and folded phases."""
        today = self._today()
        current_id = self.current_step_id()
        current = self.tree.currentIndex()
        current_phase = self.model.phase_at(current)
        current_row = current.row() if current_id else -1
        scroll = self.tree.verticalScrollBar().value()
        steps: list[StoredStep] = []
        template = None
        if self._search_id is not None:
            try:
                search = self.workspace.search(self._search_id)
                steps = self.workspace.steps(self._search_id)
                template = load_template(search.role, search.language)
            except NotFound:
                # The search was deleted (or its creation undone): show nothing.
                self._search_id = None
        self._template = template
        self._steps = steps
        self.model.read_only = self.workspace.read_only
        if template is None:
            self.model.clear()
            self.summary.clear()
        else:
            self.model.set_steps(
                steps, template.phase_titles, today, owner_titles=template.owner_titles
            )
            self.summary.show_steps(steps, today, self._owner_label)
            self.tree.fit_to_contents()
        for key in self.model.phase_keys():
            self.tree.setExpanded(self.model.index_of_phase(key), key not in self._collapsed)
        self._restore_current(current_id, current_phase, current_row)
        self.tree.verticalScrollBar().setValue(scroll)
        self._update_actions()

    def _restore_current(self, step_id: str | None, phase: str | None, row: int) -> None:
        index = self.model.index_of_step(step_id) if step_id else QModelIndex()
        if not index.isValid() and phase is not None:
            # The step is gone: its neighbour takes the selection, or else its phase.
            siblings = self.model.steps_in_phase(phase)
            if step_id and siblings:
                index = self.model.index_of_step(siblings[min(row, len(siblings) - 1)].id)
            else:
                index = self.model.index_of_phase(phase)
        if index.isValid() and index != self.tree.currentIndex():
            self.tree.setCurrentIndex(index)

    def _owner_label(self, owner: str) -> str:
        return owner_label(owner, self._template.owner_titles if self._template else {})

    def _current_step(self) -> StoredStep | None:
        return self.model.step_at(self.tree.currentIndex())

    def _update_actions(self) -> None:
        stored = self._current_step()
        row, count = self._place(stored)
        self.toolbar.update_for(
            stored.step.status if stored else None,
            row,
            count,
            editable=self._search_id is not None and not self.workspace.read_only,
        )

    def _place(self, stored: StoredStep | None) -> tuple[int, int]:
        """The step's row within its phase and how many steps the phase has."""
        if stored is None:
            return -1, 0
        siblings = [s.id for s in self.model.steps_in_phase(stored.step.phase)]
        return siblings.index(stored.id), len(siblings)

    # --- edits ---------------------------------------------------------------------------------

    def _run(self, edit: Callable[[], object]) -> bool:
        return run_edit(self, self.tr("Could not change the checklist"), edit)

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Could not change the checklist"), message)

    def _set_status(self, status: StepStatus) -> None:
        stored = self._current_step()
        if stored is not None:
            self._run(lambda: self.workspace.set_step_status(stored.id, status))

    def mark_done(self) -> None:
        self._set_status(StepStatus.DONE)

    def mark_not_applicable(self) -> None:
        self._set_status(StepStatus.SKIPPED)

    def reopen(self) -> None:
        self._set_status(StepStatus.TODO)

    def toggle_done(self) -> None:
        stored = self._current_step()
        if stored is not None:
            self._check(stored.id, stored.step.status is not StepStatus.DONE)

    def _check(self, step_id: str, done: bool) -> None:
        status = StepStatus.DONE if done else StepStatus.TODO
        if not self.workspace.read_only:
            self._run(lambda: self.workspace.set_step_status(step_id, status))

    def _edit_cell(self, step_id: str, field: str, value: object) -> bool:
        return self._run(lambda: self.workspace.update_step(step_id, **{field: value}))

    def edit_step(self) -> None:
        stored = self._current_step()
        if stored is None or self._template is None or self.workspace.read_only:
            return
        changes = self._ask_step_changes(stored)
        if changes is None:
            return
        step = stored.step
        edits: dict[str, object] = {}
        if changes.due_date != step.due_date:
            if changes.due_date is None:
                edits["clear_due_date"] = True
            else:
                edits["due_date"] = changes.due_date
        if changes.owner != step.owner:
            edits["owner"] = changes.owner
        if changes.note.strip() != step.note:
            edits["note"] = changes.note
        if edits:
            self._run(lambda: self.workspace.update_step(stored.id, **edits))

    def _ask_step_changes(self, stored: StoredStep) -> StepChanges | None:
        assert self._template is not None
        dialog = EditStepDialog(
            stored.step,
            self._template.phase_titles.get(stored.step.phase, stored.step.phase),
            self._template.owner_titles,
            self._today(),
            self,
        )
        return dialog.changes() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def add_step(self) -> None:
        if self._search_id is None or self._template is None or self.workspace.read_only:
            return
        new = self._ask_new_step(self.model.phase_at(self.tree.currentIndex()) or "need")
        if new is None:
            return
        search_id = self._search_id
        added: list[str] = []
        if self._run(
            lambda: added.append(
                self.workspace.add_step(
                    search_id,
                    phase=new.phase,
                    title=new.title,
                    owner=new.owner,
                    due_date=new.due_date,
                )
            )
        ):
            self.select_step(added[0])

    def _ask_new_step(self, phase: str) -> NewStep | None:
        assert self._template is not None
        latest: dict[str, dt.date] = {}
        for stored in self._steps:
            due = stored.step.due_date
            if due is not None and due > latest.get(stored.step.phase, dt.date.min):
                latest[stored.step.phase] = due
        dialog = AddStepDialog(
            self._template.phase_titles,
            self._template.owner_titles,
            phase,
            latest,
            self._today(),
            self,
        )
        return dialog.new_step() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def remove_step(self) -> None:
        stored = self._current_step()
        if stored is None or self.workspace.read_only:
            return
        if self._confirm_remove(stored):
            self._run(lambda: self.workspace.remove_step(stored.id))

    def _confirm_remove(self, stored: StoredStep) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove step"))
        box.setText(fill(self.tr("Remove “%1” from the checklist?"), stored.step.title))
        if stored.step.template_key is not None:
            box.setInformativeText(
                self.tr(
                    "It is a step of the default checklist. To keep it on record without "
                    "counting it, mark it Not applicable instead."
                )
            )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("confirmRemoveButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        confirmed = box.clickedButton() is remove
        box.deleteLater()
        return confirmed

    def move_up(self) -> None:
        self._move_by(-1)

    def move_down(self) -> None:
        self._move_by(+1)

    def _move_by(self, delta: int) -> None:
        stored = self._current_step()
        row, count = self._place(stored)
        if stored is not None and 0 <= row + delta < count:
            self._move_to(stored.id, row + delta + 1)

    def _move_to(self, step_id: str, position: int) -> None:
        if not self.workspace.read_only:
            self._run(lambda: self.workspace.move_step(step_id, position))

    # --- keyboard and mouse in the list --------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        # Enter or a double-click on a cell that has no editor of its own.
        if self.model.step_at(index) is not None:
            self.edit_step()
