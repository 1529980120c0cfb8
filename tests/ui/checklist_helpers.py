"""Driving the Checklist tab in tests as a person would: a search, the tab on screen, its
rows, its check boxes and its dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QWidget

from desktop_app.domain.checklist import ChecklistStep
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.ui.checklist_model import ChecklistModel
from desktop_app.ui.checklist_tab import ChecklistTab
from desktop_app.ui.workspace import Workspace

TODAY = dt.date.today()


def new_search(ws: Workspace, role: Role = Role.CRO, started_days_ago: int = 0) -> str:
    start = TODAY - dt.timedelta(days=started_days_ago)
    return ws.create_search(SearchDetails(title=f"{role} search", role=role, start_date=start))


def open_tab(qtbot, ws: Workspace, search_id: str, size: tuple[int, int] = (1000, 700)):
    tab = ChecklistTab(ws)
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.set_search(search_id)
    tab.show()
    qtbot.waitExposed(tab)
    # Keyboard shortcuts and cell editors need the window to be the active one.
    tab.activateWindow()
    qtbot.waitActive(tab)
    tab.setFocus()
    return tab


def step_ids(ws: Workspace, search_id: str, phase: str | None = None) -> list[str]:
    return [s.id for s in ws.steps(search_id) if phase is None or s.step.phase == phase]


def saved_step(ws: Workspace, step_id: str) -> ChecklistStep:
    """A step as saved in the file, wherever it is."""
    for summary in ws.summaries():
        for stored in ws.steps(summary.search.id):
            if stored.id == step_id:
                return stored.step
    raise LookupError(step_id)


def phase_row_text(tab: ChecklistTab, key: str) -> str:
    return tab.model.index_of_phase(key).siblingAtColumn(ChecklistModel.STATUS).data()


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def check_box_centre(tab: ChecklistTab, step_id: str) -> QPoint:
    index = tab.model.index_of_step(step_id)
    option = QStyleOptionViewItem()
    tab.tree.itemDelegate().initStyleOption(option, index)
    option.rect = tab.tree.visualRect(index)
    rect = tab.tree.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tab.tree
    )
    return rect.center()


def double_click(qtbot, widget: QWidget, pos: QPoint) -> None:
    """What a real double-click delivers: press, release, press, double-click, release."""
    left = Qt.MouseButton.LeftButton
    qtbot.mouseClick(widget, left, pos=pos)
    qtbot.mousePress(widget, left, pos=pos)
    qtbot.mouseDClick(widget, left, pos=pos)
    qtbot.mouseRelease(widget, left, pos=pos)


def when_dialog_opens(action: Callable) -> None:
    """Runs `action(dialog)` once the next modal dialog is up (exec() blocks the test)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        action(dialog)

    QTimer.singleShot(0, run)
