"""The main window as a person uses it: an empty file, the sample, the list of searches."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.search import Role, SearchDetails
from desktop_app.store import searches
from desktop_app.store.database import open_database
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.search_table_model import SEARCH_ID_ROLE, SearchTableModel


def open_window(qtbot, db, db_path) -> MainWindow:
    window = MainWindow(db, db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_an_empty_database_offers_the_sample_searches(qtbot, db, db_path):
    window = open_window(qtbot, db, db_path)
    assert window.pages.currentWidget() is window.empty_page
    assert window.sample_button.isVisible()
    assert "(0)" in window.heading.text()


def test_clicking_add_sample_searches_lists_them(qtbot, db, db_path):
    window = open_window(qtbot, db, db_path)
    qtbot.mouseClick(window.sample_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.table
    model = window.table.model()
    assert model.rowCount() == 3
    titles = {model.index(r, SearchTableModel.TITLE).data() for r in range(3)}
    assert "Chief Sales Officer" in titles
    assert "(3)" in window.heading.text()
    assert "3 sample searches" in window.statusBar().currentMessage()


def test_the_status_bar_says_where_the_data_lives(qtbot, db, db_path):
    window = open_window(qtbot, db, db_path)
    assert str(db_path) in window.location.text()
    assert db_path.name in window.windowTitle()


def test_a_search_row_shows_role_progress_overdue_and_days_open(qtbot, db, db_path):
    start = dt.date.today() - dt.timedelta(days=5)
    search_id = searches.create_search(
        db, SearchDetails(title="CRO, LatAm", role=Role.CRO, start_date=start, company="Acme")
    )
    window = open_window(qtbot, db, db_path)
    model = window.table.model()
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[SearchTableModel.TITLE] == "CRO, LatAm"
    assert row[SearchTableModel.ROLE] == "CRO"
    assert row[SearchTableModel.COMPANY] == "Acme"
    assert row[SearchTableModel.PROGRESS] == "0/39  0%"
    assert row[SearchTableModel.OVERDUE] == "4"  # steps due on days 0, 2, 3 and 4
    assert row[SearchTableModel.DAYS] == "5"
    assert model.index(0, 0).data(SEARCH_ID_ROLE) == search_id
    overdue_colour = model.index(0, SearchTableModel.OVERDUE).data(Qt.ItemDataRole.ForegroundRole)
    assert overdue_colour is not None


def test_the_table_model_is_empty_until_given_rows(qtbot):
    model = SearchTableModel()
    assert model.rowCount() == 0
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Search"


def test_adding_the_sample_to_a_read_only_database_explains_and_changes_nothing(
    qtbot, db_path, monkeypatch
):
    open_database(db_path).close()
    read_only = open_database(db_path, read_only=True)
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text: warnings.append((title, text))
    )
    window = open_window(qtbot, read_only, db_path)
    qtbot.mouseClick(window.sample_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1
    title, text = warnings[0]
    assert "sample searches" in title and "Nothing was changed" in text
    assert window.pages.currentWidget() is window.empty_page
    read_only.close()
    reopened = open_database(db_path)
    assert searches.list_searches(reopened) == []
    reopened.close()
