"""The main window: the searches in the open database, and where that database lives.

The full workspace (checklist, candidates, scorecards) arrives with the next part of the app;
this window already lists every search and can add the sample searches to an empty file.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.sample_data import add_sample_data
from desktop_app.store.errors import DatabaseProblem
from desktop_app.store.summary import search_summaries
from desktop_app.ui.search_table_model import SearchTableModel


class MainWindow(QMainWindow):
    def __init__(self, db: sqlite_utils.Database, db_path: Path) -> None:
        super().__init__()
        self._db = db
        self._db_path = db_path
        self.setWindowTitle(self.tr("RevSearch — %1").replace("%1", db_path.name))
        self.resize(1100, 640)

        self.model = SearchTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("searchTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setStyleSheet("QTableView::item { padding: 6px 12px; }")
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SearchTableModel.TITLE, QHeaderView.ResizeMode.Stretch)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)

        self.empty_page = self._build_empty_page()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty_page)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 16, 16, 8)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(body)

        self.location = QLabel(self.tr("Data: %1").replace("%1", str(db_path)))
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.location)
        self.refresh()

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        message = QLabel(
            self.tr(
                "No searches yet.\nAdd the sample searches to explore RevSearch with "
                "fictional CRO and CSO searches."
            )
        )
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.setWordWrap(True)
        font = message.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        message.setFont(font)
        self.sample_button = QPushButton(self.tr("Add sample searches"))
        self.sample_button.setObjectName("addSampleButton")
        self.sample_button.clicked.connect(self.add_sample_searches)
        layout.addWidget(message)
        layout.addSpacing(8)
        layout.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def refresh(self) -> None:
        summaries = search_summaries(self._db, today=dt.date.today())
        self.model.set_rows(summaries)
        count = len(summaries)
        self.heading.setText(self.tr("Searches (%n)", "", count))
        self.pages.setCurrentWidget(self.table if count else self.empty_page)

    def add_sample_searches(self) -> None:
        try:
            added = add_sample_data(self._db)
        except (sqlite3.Error, DatabaseProblem) as exc:
            QMessageBox.warning(
                self,
                self.tr("Could not add the sample searches"),
                self.tr("Nothing was changed. The database said: %1").replace("%1", str(exc)),
            )
            return
        self.refresh()
        self.statusBar().showMessage(self.tr("Added %n sample searches.", "", len(added)), 5000)
