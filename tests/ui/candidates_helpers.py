"""Driving the Candidates tab in tests as a person would: opening it, reading the table,
clicking rows, answering dialogs and picking from the Move to menu."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from desktop_app.ui.candidate_table_model import CandidateTableModel
from desktop_app.ui.candidates_tab import CandidatesTab
from desktop_app.ui.workspace import Workspace

M = CandidateTableModel


def open_tab(qtbot, ws: Workspace, search_id: str) -> CandidatesTab:
    tab = CandidatesTab(ws)
    qtbot.addWidget(tab)
    tab.resize(1200, 750)
    tab.set_search(search_id)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def column(tab: CandidatesTab, col: int) -> list[str]:
    proxy = tab.proxy
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def row_of(tab: CandidatesTab, name: str) -> int:
    return column(tab, M.NAME).index(name)


def cell(tab: CandidatesTab, name: str, col: int) -> str:
    return tab.proxy.index(row_of(tab, name), col).data()


def click_row(qtbot, tab: CandidatesTab, name: str) -> None:
    rect = tab.table.visualRect(tab.proxy.index(row_of(tab, name), M.NAME))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def when_modal(handler: Callable[[QWidget], None], wait_ms: int = 5000) -> None:
    """Runs `handler` on the next modal dialog once it is open. The handler must close it;
    if the handler fails, the dialog is closed anyway so the test fails instead of hanging.
    Gives up after `wait_ms`, so a dialog that never opens cannot haunt the next test."""
    deadline = time.monotonic() + wait_ms / 1000

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            if time.monotonic() < deadline:
                QTimer.singleShot(10, poll)
            return
        try:
            handler(dialog)
        finally:
            if dialog.isVisible():
                dialog.close()

    QTimer.singleShot(0, poll)


def press_ok(dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def answer(box: QWidget, text: str) -> None:
    assert isinstance(box, QMessageBox)
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    button.click()


# Menus open as popups, which the headless test platform can only half do.
menu_popup = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)")


def choose_move(
    qtbot, tab: CandidatesTab, object_name: str, shoot: Callable[[QWidget], object] | None = None
) -> None:
    """Opens the Move to menu with a click and clicks one of its entries (after `shoot`ing the
    open menu, if asked)."""
    menu = tab.panel.profile.move_menu
    action = next(a for a in menu.actions() if a.objectName() == object_name)

    def pick() -> None:
        if QApplication.activePopupWidget() is not menu:
            QTimer.singleShot(10, pick)
            return
        if shoot is not None:
            shoot(menu)
        spot = menu.actionGeometry(action).center()
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=spot)

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(tab.panel.profile.move_button, Qt.MouseButton.LeftButton)


def history_rows(tab: CandidatesTab) -> list[tuple[str, str]]:
    tree = tab.panel.profile.history
    return [
        (tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2))
        for i in range(tree.topLevelItemCount())
    ]


def note_texts(tab: CandidatesTab) -> list[str]:
    notes = tab.panel.notes.list
    return [notes.item(i).text() for i in range(notes.count())]
