"""Search > Retention...: the candidates of searches closed more than N months ago, to erase or
anonymise in bulk. N is remembered in the settings (default 24 months)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.retention import DEFAULT_MONTHS, MAX_MONTHS, MIN_MONTHS
from desktop_app.labels.candidates import exit_label, local_date_text, stage_label
from desktop_app.labels.searches import status_label
from desktop_app.labels.text import fill
from desktop_app.store.privacy import Purge
from desktop_app.store.retention import RetentionRow
from desktop_app.ui.edits import run_edit
from desktop_app.ui.person_privacy import backups_note, not_clean_note
from desktop_app.ui.workspace import Workspace

MONTHS_KEY = "privacy/retentionMonths"
_ID_ROLE = Qt.ItemDataRole.UserRole
_SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _Item(QTreeWidgetItem):
    """Sorts the Closed column by date, not by its words."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        mine, theirs = self.data(column, _SORT_ROLE), other.data(column, _SORT_ROLE)
        if mine is not None and theirs is not None:
            return mine < theirs
        return self.text(column).casefold() < other.text(column).casefold()


class RetentionDialog(QDialog):
    NAME, SEARCH, CLOSED, STAGE = range(4)

    def __init__(
        self,
        workspace: Workspace,
        settings: QSettings,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._settings = settings
        self._today = today or dt.date.today()
        self.setWindowTitle(self.tr("Retention"))
        self.setObjectName("retentionDialog")
        self.resize(820, 540)

        intro = QLabel(
            self.tr(
                "People from searches that were filled or cancelled long ago. Keep their data "
                "only as long as you need it: anonymise a record to keep it for statistics "
                "(stage, scores and dates stay; name, contacts and their name in notes go), or "
                "erase it completely."
            )
        )
        intro.setWordWrap(True)

        self.months = QSpinBox()
        self.months.setObjectName("retentionMonths")
        self.months.setRange(MIN_MONTHS, MAX_MONTHS)
        self.months.setSuffix(self.tr(" months"))
        self.months.setAccessibleName(self.tr("Retention period in months"))
        self.months.setValue(_stored_months(settings))
        months_label = QLabel(self.tr("Searches closed more than"))
        months_label.setBuddy(self.months)
        ago = QLabel(self.tr("ago"))
        self.show_anonymised = QCheckBox(self.tr("Show &anonymised records"))
        self.show_anonymised.setObjectName("showAnonymised")
        period = QHBoxLayout()
        period.addWidget(months_label)
        period.addWidget(self.months)
        period.addWidget(ago)
        period.addStretch(1)
        period.addWidget(self.show_anonymised)

        self.table = QTreeWidget()
        self.table.setObjectName("retentionTable")
        self.table.setAccessibleName(self.tr("Candidates past the retention period"))
        self.table.setHeaderLabels(
            [self.tr("Candidate"), self.tr("Search"), self.tr("Closed"), self.tr("Stage")]
        )
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setSortingEnabled(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.SEARCH, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.CLOSED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.STAGE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.sortByColumn(self.CLOSED, Qt.SortOrder.AscendingOrder)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("retentionEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)

        self.select_all = QPushButton(self.tr("Tick &all"))
        self.select_none = QPushButton(self.tr("Tick &none"))
        self.count_label = QLabel()
        self.count_label.setObjectName("retentionCount")
        ticks = QHBoxLayout()
        ticks.addWidget(self.select_all)
        ticks.addWidget(self.select_none)
        ticks.addSpacing(8)
        ticks.addWidget(self.count_label)
        ticks.addStretch(1)

        backups = QLabel(
            self.tr("Erasing and anonymising cannot be undone, and both clear Edit > Undo.")
            + " "
            + backups_note(workspace.path)
        )
        backups.setWordWrap(True)
        backups.setEnabled(False)  # greyed: an aside

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.anonymise_button = self.buttons.addButton(
            self.tr("A&nonymise…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.anonymise_button.setObjectName("anonymiseButton")
        self.erase_button = self.buttons.addButton(
            self.tr("&Erase…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setObjectName("eraseSelectedButton")
        # Enter must never erase or anonymise: only a click does.
        for button in (self.anonymise_button, self.erase_button, self.select_all, self.select_none):
            button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(period)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(ticks)
        layout.addWidget(backups)
        layout.addWidget(self.buttons)

        self.months.valueChanged.connect(self._months_changed)
        self.show_anonymised.toggled.connect(lambda _on: self.refresh())
        self.table.itemChanged.connect(lambda _item, _column: self._update_buttons())
        self.select_all.clicked.connect(lambda: self._tick_all(True))
        self.select_none.clicked.connect(lambda: self._tick_all(False))
        self.anonymise_button.clicked.connect(self.anonymise)
        self.erase_button.clicked.connect(self.erase)
        self.refresh()

    # --- showing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-reads who is past the period, keeping the ticks of those still listed."""
        ticked = set(self.ticked_ids())
        rows = self._workspace.past_retention(
            self.months.value(), self._today, include_anonymised=self.show_anonymised.isChecked()
        )
        self.table.blockSignals(True)
        self.table.setSortingEnabled(False)
        self.table.clear()
        for row in rows:
            self.table.addTopLevelItem(self._item(row, row.candidate_id in ticked))
        self.table.setSortingEnabled(True)
        self.table.blockSignals(False)
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.empty_label.setText(
            self.tr(
                "No one is on file from searches closed more than %n month(s) ago.",
                "",
                self.months.value(),
            )
        )
        self._update_buttons()

    def _item(self, row: RetentionRow, ticked: bool) -> QTreeWidgetItem:
        search = (
            fill(self.tr("%1 · %2"), row.search_title, row.search_company)
            if row.search_company
            else row.search_title
        )
        closed = fill(
            self.tr("%1 (%2)"), local_date_text(row.closed_on), status_label(row.search_status)
        )
        stage = exit_label(row.exit_state) if row.exit_state else stage_label(row.stage)
        if row.anonymised_on is not None:
            stage = fill(self.tr("%1 · anonymised"), stage)
        item = _Item([row.full_name, search, closed, stage])
        item.setData(self.NAME, _ID_ROLE, row.candidate_id)
        item.setData(self.CLOSED, _SORT_ROLE, row.closed_on.toordinal())
        item.setToolTip(self.SEARCH, search)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(self.NAME, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        return item

    def ticked_ids(self) -> list[str]:
        return [
            item.data(self.NAME, _ID_ROLE)
            for item in self._items()
            if item.checkState(self.NAME) == Qt.CheckState.Checked
        ]

    def _items(self) -> list[QTreeWidgetItem]:
        return [self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount())]

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.table.blockSignals(True)
        for item in self._items():
            item.setCheckState(self.NAME, state)
        self.table.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ticked, total = len(self.ticked_ids()), self.table.topLevelItemCount()
        self.count_label.setText(fill(self.tr("%1 of %2 ticked"), ticked, total) if total else "")
        writable = not self._workspace.read_only
        self.erase_button.setEnabled(writable and ticked > 0)
        self.anonymise_button.setEnabled(writable and ticked > 0)
        self.select_all.setEnabled(total > 0)
        self.select_none.setEnabled(ticked > 0)

    def _months_changed(self, months: int) -> None:
        self._settings.setValue(MONTHS_KEY, months)
        self.refresh()

    # --- acting -------------------------------------------------------------------------------

    def erase(self) -> None:
        ids = self.ticked_ids()
        question = self.tr(
            "Erase %n record(s) for good? Their details, notes, scores and stage history are "
            "removed from this database, and mentions of them in other people's notes too. "
            "This cannot be undone.",
            "",
            len(ids),
        )
        if ids and self.confirm(self.tr("Erase records"), question, self.tr("Erase")):
            self._act(lambda: self._workspace.erase_candidates(ids))

    def anonymise(self) -> None:
        ids = self.ticked_ids()
        question = self.tr(
            "Anonymise %n record(s) for good? Each keeps its stage, scores and dates under a "
            "code such as “Candidate C-07”; the name, contact details and pay expectation are "
            "cleared and the name is taken out of notes. This cannot be undone.",
            "",
            len(ids),
        )
        if ids and self.confirm(self.tr("Anonymise records"), question, self.tr("Anonymise")):
            self._act(lambda: self._workspace.anonymise_candidates(ids))

    def _act(self, action: Callable[[], Purge]) -> None:
        done: list[Purge] = []
        if run_edit(self, self.tr("Could not change the records"), lambda: done.append(action())):
            self.refresh()
            if not done[0].file_clean:
                QMessageBox.information(self, self.windowTitle(), not_clean_note())

    def confirm(self, title: str, question: str, action: str) -> bool:
        """Asks before erasing or anonymising, Cancel the default; tests replace this."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, question, parent=self)
        yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is yes


def _stored_months(settings: QSettings) -> int:
    try:
        months = int(settings.value(MONTHS_KEY, DEFAULT_MONTHS))
    except (TypeError, ValueError):
        return DEFAULT_MONTHS  # a hand-edited settings file must not stop the dialog
    return months if MIN_MONTHS <= months <= MAX_MONTHS else DEFAULT_MONTHS
