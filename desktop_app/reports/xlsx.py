"""The Excel workbook: one sheet per table (searches, checklist, candidates, scores, notes), each
with a bold, frozen header row and a filter, numbers and dates as real numbers and dates, and
every piece of text neutralised so no cell can become a formula."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from PySide6.QtCore import QCoreApplication

from desktop_app.reports.cells import neutralise
from desktop_app.reports.content import Cancelled, Progress, Report
from desktop_app.reports.tables import (
    CANDIDATES,
    CHECKLIST,
    NOTES,
    SCORES,
    SEARCHES,
    Kind,
    Table,
    build_tables,
)

SHEETS = (SEARCHES, CHECKLIST, CANDIDATES, SCORES, NOTES)

# Dates as ISO (2026-09-01): never ambiguous between countries, and still real dates to sort,
# filter and subtract.
_FORMATS = {
    Kind.DATE: "yyyy-mm-dd",
    Kind.DATETIME: "yyyy-mm-dd hh:mm",
    Kind.PERCENT: "0%",
    Kind.DECIMAL: "0.00",
    Kind.INTEGER: "0",
}
# How wide each kind of column is drawn, in characters, when its width is not measured.
_FIXED_WIDTHS = {Kind.DATE: 11, Kind.DATETIME: 17, Kind.PERCENT: 6}
WIDEST = 60  # characters; longer text wraps
NARROWEST = 6
CELL_MOST = 32_767  # the most characters an Excel cell holds
_SHEET_NAME_MOST = 31
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")

_HEADER_FONT = Font(bold=True)
_TOP = Alignment(vertical="top")
_WRAPPED = Alignment(vertical="top", wrap_text=True)


def write_xlsx(
    report: Report,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """Writes the report's spreadsheet to `path`. Raises ExportCancelled, having written
    nothing, if `cancelled()` says so between searches (export.py stages the file, so a failed
    write never replaces an older one either)."""
    tables = build_tables(report, SHEETS, progress=progress, cancelled=cancelled)
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for table in tables:
        sheet = workbook.create_sheet(_sheet_name(table.title, used))
        _fill(sheet, table)
    properties = workbook.properties
    properties.title = _workbook_title(report)
    properties.creator = "RevSearch"
    properties.lastModifiedBy = "RevSearch"
    # Excel keeps document times in UTC.
    created = report.generated_at.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)
    properties.created = properties.modified = created
    workbook.save(path)


def _fill(sheet: Worksheet, table: Table) -> None:
    kinds = [column.kind for column in table.columns]
    widths = [len(column.header) for column in table.columns]
    for number, column in enumerate(table.columns, start=1):
        cell = sheet.cell(row=1, column=number, value=neutralise(column.header))
        cell.font = _HEADER_FONT
        cell.alignment = _TOP
    for row_number, row in enumerate(table.rows, start=2):
        for index, (value, kind) in enumerate(zip(row, kinds, strict=True)):
            if value is None or value == "":
                continue  # an empty cell, which a filter lists as "(Blanks)"
            cell = sheet.cell(row=row_number, column=index + 1)
            if isinstance(value, str):
                text = _fit_in_cell(neutralise(value))
                cell.value = text
                # Text stays text: openpyxl would otherwise read "#N/A" as an error value.
                cell.data_type = "s"
                widths[index] = max(widths[index], _longest_line(text))
            else:
                cell.value = value / 100 if kind is Kind.PERCENT else value
                if kind in _FORMATS:
                    cell.number_format = _FORMATS[kind]
                if kind in (Kind.INTEGER, Kind.DECIMAL):
                    shown = f"{value:.2f}" if kind is Kind.DECIMAL else str(value)
                    widths[index] = max(widths[index], len(shown))
            cell.alignment = _WRAPPED if kind is Kind.LONG_TEXT else _TOP
    for index, kind in enumerate(kinds):
        width = max(widths[index], _FIXED_WIDTHS.get(kind, 0))
        letter = get_column_letter(index + 1)
        sheet.column_dimensions[letter].width = min(WIDEST, max(NARROWEST, width) + 2)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _fit_in_cell(text: str) -> str:
    # A note can be longer than a cell holds; Excel would refuse the file, so the end is cut
    # and marked (the PDF and HTML reports have the whole note).
    return text if len(text) <= CELL_MOST else text[: CELL_MOST - 1] + "…"


def _longest_line(text: str) -> int:
    return max((len(line) for line in text.splitlines()), default=0)


def _sheet_name(title: str, used: set[str]) -> str:
    """A translated title as Excel accepts it for a sheet: no []:*?/\\, at most 31 characters,
    and not the same as another sheet's (Excel compares names ignoring case)."""
    base = _NOT_IN_SHEET_NAMES.sub(" ", title).strip().strip("'")[:_SHEET_NAME_MOST] or "Sheet"
    name, number = base, 1
    while name.casefold() in used:
        number += 1
        suffix = f" {number}"
        name = base[: _SHEET_NAME_MOST - len(suffix)] + suffix
    used.add(name.casefold())
    return name


def _workbook_title(report: Report) -> str:
    if len(report.searches) == 1 and not report.portfolio:
        search = report.searches[0].search
        return f"{search.title} — {search.company}" if search.company else search.title
    if report.portfolio:
        return QCoreApplication.translate("SpreadsheetExport", "Open searches")
    return QCoreApplication.translate("SpreadsheetExport", "Searches")
