"""Importing candidates from a spreadsheet: map the file's columns to candidate fields, see what
each row will do, then add them all in one undoable step.

The caller reads the file (`read_table`) and reports an unreadable one; this dialog only previews
(`Workspace.preview_import`, which writes nothing) until the person clicks the Add button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.labels.store_messages import import_text
from desktop_app.labels.text import fill
from desktop_app.store.candidate_import import (
    FIELDS,
    Preview,
    PreviewRow,
    Table,
    guess_mapping,
    has_name_column,
    row_values,
)
from desktop_app.ui.colours import MUTED_GREY, WARNING_RED
from desktop_app.ui.edits import run_edit

SAMPLES = 3  # sample values shown per column
SAMPLE_CHARS = 60  # longer sample text is cut, the whole of it in the tooltip
FLAG = "⚠"


class ImportCandidatesDialog(QDialog):
    """Maps columns, previews every row and imports the importable ones on confirmation."""

    def __init__(self, workspace, search_id: str, table: Table, parent: QWidget | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self._search_id = search_id
        self._table = table
        self._cells_by_line = dict(table.rows)
        self._mapping = guess_mapping(table.headers)
        self._preview: Preview | None = None
        self._added = 0
        self.setWindowTitle(self.tr("Import candidates"))
        self.resize(900, 600)

        layout = QVBoxLayout(self)
        intro = QLabel(
            fill(
                self.tr(
                    "%1 rows found. Choose the field each column fills; nothing is saved "
                    "until you click the Add button."
                ),
                len(table.rows),
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if table.notice:
            note = QLabel(import_text(table.notice))
            note.setObjectName("fileNote")
            note.setWordWrap(True)
            note.setAccessibleName(self.tr("About the file"))
            layout.addWidget(note)

        layout.addWidget(self._mapping_section())

        self._rows = QTableWidget(0, 4)
        self._rows.setObjectName("previewTable")
        self._rows.setAccessibleName(self.tr("Rows to import"))
        self._rows.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Name"), self.tr("Title at company"), self.tr("Status")]
        )
        self._rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._rows.verticalHeader().hide()
        self._rows.setWordWrap(False)
        header = self._rows.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._rows.setColumnWidth(1, 180)
        self._rows.setColumnWidth(2, 260)
        layout.addWidget(self._rows, 1)

        self._summary = QLabel()
        self._summary.setObjectName("importSummary")
        self._summary.setAccessibleName(self.tr("Import summary"))
        layout.addWidget(self._summary)
        self._hint = QLabel(
            self.tr("Map a column to Full name, First name or Last name to import candidates.")
        )
        self._hint.setObjectName("nameHint")
        self._hint.setStyleSheet(f"color: {WARNING_RED};")
        self._hint.setWordWrap(True)
        layout.addWidget(self._hint)

        buttons = QDialogButtonBox()
        self._add = QPushButton()
        self._add.setObjectName("addButton")
        self._add.setDefault(True)
        self._add.setAutoDefault(True)
        buttons.addButton(self._add, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel the import"))
        buttons.accepted.connect(self._import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._refresh()

    # --- public ---------------------------------------------------------------------------------

    def added_count(self) -> int:
        """How many candidates were added (0 until the import succeeded)."""
        return self._added

    def current_preview(self) -> Preview | None:
        """The preview for the current mapping (None while no column holds a name)."""
        return self._preview

    def mapping(self) -> dict[int, str | None]:
        return dict(self._mapping)

    # --- building -------------------------------------------------------------------------------

    def _field_labels(self) -> list[tuple[str | None, str]]:
        labels = {
            "full_name": self.tr("Full name"),
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "current_title": self.tr("Title"),
            "current_company": self.tr("Company"),
            "location": self.tr("Location"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "linkedin_url": self.tr("LinkedIn URL"),
            "source": self.tr("Source"),
            "pay_expectation": self.tr("Pay expectation"),
        }
        return [(None, self.tr("Not imported")), *((name, labels[name]) for name in FIELDS)]

    def _mapping_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("Columns"))
        box.setAccessibleName(self.tr("Column mapping"))
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(16)
        for column, text in enumerate(
            (self.tr("Column in the file"), self.tr("Sample values"), self.tr("Imports as"))
        ):
            title = QLabel(f"<b>{text}</b>")
            grid.addWidget(title, 0, column)
        self._combos: list[QComboBox] = []
        choices = self._field_labels()
        for index, header in enumerate(self._table.headers):
            name = header or fill(self.tr("(column %1, no name)"), index + 1)
            grid.addWidget(QLabel(name), index + 1, 0)
            samples = self._samples(index)
            shown = samples if len(samples) <= SAMPLE_CHARS else samples[: SAMPLE_CHARS - 1] + "…"
            sample_label = QLabel(shown)
            sample_label.setToolTip(samples)
            sample_label.setStyleSheet(f"color: {MUTED_GREY};")
            grid.addWidget(sample_label, index + 1, 1)
            combo = QComboBox()
            combo.setObjectName(f"fieldCombo{index}")
            combo.setAccessibleName(fill(self.tr("Field for column %1"), name))
            for key, label in choices:
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(self._mapping.get(index))))
            combo.currentIndexChanged.connect(lambda _=0, i=index: self._field_changed(i))
            grid.addWidget(combo, index + 1, 2)
            self._combos.append(combo)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(self._table.headers) + 1, 1)

        scroll = QScrollArea()
        scroll.setWidget(grid_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Enough for a typical export's half a dozen columns; more scroll.
        scroll.setMinimumHeight(min(grid_host.sizeHint().height(), 220))
        scroll.setMaximumHeight(min(grid_host.sizeHint().height() + 4, 220))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(scroll)
        return box

    def _samples(self, index: int) -> str:
        values: list[str] = []
        for _, cells in self._table.rows:
            value = cells[index] if index < len(cells) else ""
            if value and value not in values:
                values.append(value)
            if len(values) == SAMPLES:
                break
        return ", ".join(values)

    def combo(self, index: int) -> QComboBox:
        """The field chooser of column `index` (for the integrator's and tests' use)."""
        return self._combos[index]

    # --- behaviour ------------------------------------------------------------------------------

    def _field_changed(self, index: int) -> None:
        self._mapping[index] = self._combos[index].currentData()
        self._refresh()

    def _refresh(self) -> None:
        named = has_name_column(self._mapping)
        self._hint.setVisible(not named)
        self._preview = (
            self._workspace.preview_import(self._search_id, self._table, self._mapping)
            if named
            else None
        )
        rows = self._preview.rows if self._preview else []
        self._rows.setRowCount(len(rows))
        for position, row in enumerate(rows):
            self._show_row(position, row)
        adding = len(self._preview.to_import) if self._preview else 0
        skipped = len(self._preview.skipped) if self._preview else 0
        flagged = len(self._preview.flagged) if self._preview else 0
        if self._preview:
            self._summary.setText(
                fill(
                    self.tr("%1 will be added, %2 skipped, %3 already in another search"),
                    adding,
                    skipped,
                    flagged,
                )
            )
        else:
            self._summary.setText(self.tr("Nothing can be added until a column holds the name."))
        self._add.setText(fill(self.tr("Add %1 candidates"), adding))
        self._add.setAccessibleName(self._add.text())
        self._add.setEnabled(adding > 0)

    def _show_row(self, position: int, row: PreviewRow) -> None:
        # A skipped row has no details; its cells still tell the person which row it is.
        values = self._raw_values(row.line)
        details = row.details
        name = details.full_name if details else values["full_name"]
        title = details.current_title if details else values["current_title"]
        company = details.current_company if details else values["current_company"]
        role = fill(self.tr("%1 at %2"), title, company) if title and company else title or company
        if row.skip is not None:
            status = fill(self.tr("Skipped: %1"), import_text(row.skip))
        elif row.also_in:
            elsewhere = "; ".join(import_text(said) for said in row.also_in)
            status = f"{FLAG} " + fill(self.tr("Added, but also in: %1"), elsewhere)
        else:
            status = self.tr("Will be added")
        items = [QTableWidgetItem(str(row.line)), *map(QTableWidgetItem, (name, role, status))]
        items[0].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        items[3].setToolTip(status)
        for column, item in enumerate(items):
            if not row.will_import:
                item.setForeground(QColor(MUTED_GREY))
            elif row.also_in and column == 3:
                item.setForeground(QColor(WARNING_RED))
            self._rows.setItem(position, column, item)

    def _raw_values(self, line: int) -> dict[str, str]:
        return row_values(self._cells_by_line.get(line, []), self._mapping)

    def _import(self) -> None:
        preview = self._preview
        if preview is None or not preview.to_import:
            return
        added: list[str] = []
        if run_edit(
            self,
            self.tr("Import candidates"),
            lambda: added.extend(self._workspace.import_candidates(self._search_id, preview)),
        ):
            self._added = len(added)
            self.accept()
