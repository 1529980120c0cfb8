"""A database that cannot be written opens read-only: a banner says so at the top of the window,
and nothing that would change the file can be clicked, typed, dragged or chosen from a menu."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtCore import QMimeData, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton

from desktop_app.sample_data import add_sample_data
from desktop_app.store.database import open_database
from desktop_app.ui.checklist_dragdrop import STEP_MIME_TYPE
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.workspace import Workspace

# Visible, enabled buttons a read-only window may offer: none of them writes to the database.
READ_ONLY_BUTTONS = {
    "All searches",  # the sidebar's home view
    "Show archived searches",
    "Export report...",
    "Why this fit?",  # explains the fit score
    "Privacy  ▾",  # a person's data rights: the export is a read; the erase is disabled there
}


@pytest.fixture(autouse=True)
def isolated_settings(qapp):
    qapp.setOrganizationName("RevSearchTests")
    qapp.setApplicationName("RevSearchTests")
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def read_only_file(db_path, monkeypatch):
    """A sample database whose file is mode 0444. Root may write to it anyway (tests run as
    root in CI), so there the file system's answer is given as a user would get it."""
    db = open_database(db_path)
    add_sample_data(db)
    db.close()
    db_path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    if os.access(db_path, os.W_OK):
        real_access = os.access

        def as_a_user(path, mode, *args, **kwargs):
            if mode & os.W_OK and os.fspath(path) in (
                os.fspath(db_path),
                os.fspath(db_path.parent),
            ):
                return False
            return real_access(path, mode, *args, **kwargs)

        monkeypatch.setattr("desktop_app.store.database.os.access", as_a_user)
    yield db_path
    db_path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def open_read_only_window(qtbot, path) -> MainWindow:
    db = open_database(path)  # as the app does: it finds out by itself
    window = MainWindow(Workspace(db, path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def enabled_buttons(window: MainWindow) -> set[str]:
    return {
        b.text()
        for b in window.findChildren(QAbstractButton)
        if b.isVisible() and b.isEnabled() and b.text()
    }


def test_a_read_only_file_shows_a_banner_and_offers_no_edits_anywhere(
    qtbot, read_only_file, screenshot
):
    window = open_read_only_window(qtbot, read_only_file)
    assert window.workspace.read_only
    banner = window.read_only_banner
    assert banner.isVisible()
    assert "read-only" in banner.label.text() and "not change anything" in banner.label.text()
    assert banner.geometry().top() < window.splitter.geometry().top()  # above everything
    qtbot.wait(50)  # the dashboard lays its cards out once shown
    screenshot(window, "read_only_window")

    assert not window.sidebar.new_button.isEnabled()
    assert_nothing_can_be_changed(window, READ_ONLY_BUTTONS)
    # What stays possible: looking, exporting, backing up.
    for action in (window.export_report_action, window.find_action, window.back_up_action):
        assert action.isEnabled()


def assert_nothing_can_be_changed(window: MainWindow, allowed_buttons: set[str]) -> None:
    """Every search, every tab, a candidate selected on each page of the candidate panel: no
    editing action is on, and only the allowed buttons are."""
    edit_actions = [
        window.new_action,
        window.import_search_action,
        window.import_candidates_action,
        window.edit_search_action,
        window.archive_action,
        window.delete_action,
        window.restore_action,
        window.undo_action,
        window.redo_action,
        *window.status_actions.values(),
    ]
    page = window.search_page
    for summary in window.workspace.summaries():
        window.refresh(select=summary.search.id)
        assert [a.text() for a in edit_actions if a.isEnabled()] == []
        for tab in range(page.tabs.count()):
            page.tabs.setCurrentIndex(tab)
            if page.tabs.widget(tab) is page.candidates:
                page.candidates.table.selectRow(0)
                panel = page.candidates.panel
                for inner in range(panel.tabs.count()):
                    panel.tabs.setCurrentIndex(inner)
                    assert enabled_buttons(window) <= allowed_buttons, panel.tabs.tabText(inner)
            assert enabled_buttons(window) <= allowed_buttons, page.tabs.tabText(tab)


def test_a_read_only_checklist_refuses_drag_and_drop(qtbot, read_only_file):
    window = open_read_only_window(qtbot, read_only_file)
    search_id = window.workspace.summaries()[0].search.id
    window.refresh(select=search_id)
    checklist = window.search_page.checklist
    window.search_page.tabs.setCurrentWidget(checklist)
    steps = window.workspace.steps(search_id)
    model = checklist.model
    first, second = (model.index_of_step(s.id) for s in steps[:2])
    assert not model.flags(first) & Qt.ItemFlag.ItemIsDragEnabled
    data = QMimeData()
    data.setData(STEP_MIME_TYPE, steps[0].id.encode())
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, second)
    assert [s.id for s in window.workspace.steps(search_id)] == [s.id for s in steps]


def test_an_empty_read_only_database_offers_no_way_to_create(qtbot, db_path, monkeypatch):
    open_database(db_path).close()
    window = MainWindow(Workspace(open_database(db_path, read_only=True), db_path))
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.welcome
    assert not window.welcome.create_button.isEnabled()
    assert not window.welcome.sample_button.isEnabled()
    assert window.read_only_banner.isVisible()


def test_a_writable_file_has_no_banner(qtbot, db, db_path):
    window = MainWindow(Workspace(db, db_path))
    qtbot.addWidget(window)
    window.show()
    assert getattr(window, "read_only_banner", None) is None
    assert window.sidebar.new_button.isEnabled() and window.restore_action.isEnabled()
