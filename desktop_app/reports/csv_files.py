"""CSV exports: the candidates and the checklist (and, for a portfolio, one line per search
first), with the same columns as the Excel sheets of the same names.

A single search's export is two files, which export.py names and writes from csv_tables();
a portfolio is one .zip holding searches.csv, candidates.csv and checklist.csv.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

from desktop_app.reports.cells import neutralise
from desktop_app.reports.content import Cancelled, Progress, Report
from desktop_app.reports.tables import (
    CANDIDATES,
    CHECKLIST,
    SEARCHES,
    Kind,
    Table,
    Value,
    build_tables,
)

# UTF-8 with a byte-order mark: without it Excel reads a CSV file in the computer's legacy code
# page (Windows-1252 and the like), so "João Gonçalves" would open as "JoÃ£o GonÃ§alves". Other
# programs (LibreOffice, Sheets, Python's utf-8-sig) take the mark as what it is.
ENCODING = "utf-8-sig"


def csv_tables(report: Report) -> list[tuple[str, bytes]]:
    """The report's CSV files as (name, contents): "searches" first for a portfolio, then
    "candidates" and "checklist"."""
    return _csv_tables(report, None, None)


def write_csv_zip(
    report: Report,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """Writes the CSV files as <name>.csv members of one zip file at `path`."""
    files = _csv_tables(report, progress, cancelled)
    # The report's own time on each member, so the same report gives the same zip.
    stamp = report.generated_at.astimezone().timetuple()[:6]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files:
            member = zipfile.ZipInfo(f"{name}.csv", date_time=stamp)
            member.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(member, data)


def _csv_tables(
    report: Report, progress: Progress | None, cancelled: Cancelled | None
) -> list[tuple[str, bytes]]:
    names = ([SEARCHES] if report.portfolio else []) + [CANDIDATES, CHECKLIST]
    tables = build_tables(report, names, progress=progress, cancelled=cancelled)
    return [(table.name, _csv_bytes(table)) for table in tables]


def _csv_bytes(table: Table) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180's line ending
    writer.writerow([neutralise(column.header) for column in table.columns])
    kinds = [column.kind for column in table.columns]
    for row in table.rows:
        writer.writerow([_field(value, kind) for value, kind in zip(row, kinds, strict=True)])
    return buffer.getvalue().encode(ENCODING)


def _field(value: Value, kind: Kind) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if kind is Kind.DECIMAL:
        return f"{value:.2f}"
    return str(value)
