"""One export from start to finish: read the searches, compose, write the file, and put it in
place only when it is whole.

Every file is first written beside its target under a temporary name and renamed over it at the
end, so a cancelled or failed export never leaves a half-written report or clobbers an older
one. The window runs this on a worker thread; the command line calls it directly.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from desktop_app.reports.content import (
    Cancelled,
    ExportCancelled,
    Progress,
    Report,
    build_report,
    portfolio_search_ids,
)
from desktop_app.reports.options import ReportFormat, ReportOptions

# Shares of the progress bar: reading the database is quick, writing (above all a PDF) is not.
READ_SHARE = 30
PROGRESS_TOTAL = 100


class ExportError(Exception):
    """The export cannot be written (no such folder, no permission, disk full); the message says
    which and nothing was changed."""


@dataclass(frozen=True)
class ExportRequest:
    format: ReportFormat
    path: Path  # the file chosen; see output_paths() for what is actually written
    options: ReportOptions
    search_ids: tuple[str, ...] = ()  # the searches; empty with portfolio=True means all open
    portfolio: bool = False


def output_paths(path: Path, report_format: ReportFormat, portfolio: bool) -> list[Path]:
    """The files an export writes. One file, except a single search's CSV export, which is two
    files beside each other: NAME-candidates.csv and NAME-checklist.csv. A portfolio's CSV
    export is one .zip. A name without the format's suffix gets it ("report" -> "report.pdf")."""
    wanted = _suffix(report_format, portfolio)
    if path.suffix.lower() != wanted:
        path = path.with_name(path.name + wanted)
    if report_format is ReportFormat.CSV and not portfolio:
        return [path.with_name(f"{path.stem}-{table}.csv") for table in ("candidates", "checklist")]
    return [path]


def _suffix(report_format: ReportFormat, portfolio: bool) -> str:
    return ".zip" if report_format is ReportFormat.CSV and portfolio else report_format.suffix


def suggested_name(title: str, request_format: ReportFormat, portfolio: bool) -> str:
    """A file name for the save dialog: the search's title made safe, and today's date."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower() or "report"
    return f"{slug[:60]}-{dt.date.today().isoformat()}{_suffix(request_format, portfolio)}"


def export_report(
    db: sqlite_utils.Database,
    request: ExportRequest,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    now: dt.datetime | None = None,
) -> list[Path]:
    """Writes the report and returns the files written. Raises ExportCancelled when
    `cancelled()` turns true, ExportError when the files cannot be written; in both cases no
    file is left behind and none is replaced."""
    targets = output_paths(request.path, request.format, request.portfolio)
    _check_folder(targets[0].parent)
    ids = list(request.search_ids) or (portfolio_search_ids(db) if request.portfolio else [])
    if not ids and not request.portfolio:
        raise ExportError("Choose a search to export.")

    def reading(done: int, total: int) -> None:
        if progress is not None:
            progress(done * READ_SHARE // max(total, 1), PROGRESS_TOTAL)

    def writing(done: int, total: int) -> None:
        if progress is not None:
            share = PROGRESS_TOTAL - READ_SHARE
            progress(READ_SHARE + done * share // max(total, 1), PROGRESS_TOTAL)

    report = build_report(
        db,
        ids,
        request.options,
        portfolio=request.portfolio,
        now=now,
        progress=reading,
        cancelled=cancelled,
    )
    with _staged(targets) as staged:
        _write(report, request, staged, writing, cancelled)
    if progress is not None:
        progress(PROGRESS_TOTAL, PROGRESS_TOTAL)
    return targets


def _write(
    report: Report,
    request: ExportRequest,
    files: Sequence[Path],
    progress: Progress,
    cancelled: Cancelled | None,
) -> None:
    # Writers are imported when used: the command line's other commands never load QtGui.
    fmt = request.format
    if fmt is ReportFormat.PDF:
        from desktop_app.reports.compose import compose
        from desktop_app.reports.pdf import write_pdf

        write_pdf(
            compose(report), files[0], request.options.paper, progress=progress,
            cancelled=cancelled,
        )  # fmt: skip
    elif fmt is ReportFormat.HTML:
        from desktop_app.reports.compose import compose
        from desktop_app.reports.html import write_html

        write_html(
            compose(report), files[0], request.options.paper, progress=progress,
            cancelled=cancelled,
        )  # fmt: skip
    elif fmt is ReportFormat.XLSX:
        from desktop_app.reports.xlsx import write_xlsx

        write_xlsx(report, files[0], progress=progress, cancelled=cancelled)
    elif request.portfolio:
        from desktop_app.reports.csv_files import write_csv_zip

        write_csv_zip(report, files[0], progress=progress, cancelled=cancelled)
    else:
        from desktop_app.reports.csv_files import csv_tables

        tables = dict(csv_tables(report))
        for path, name in zip(files, ("candidates", "checklist"), strict=True):
            path.write_bytes(tables[name])
        progress(1, 1)


def _check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist.")
    if not os.access(folder, os.W_OK):
        raise ExportError(f"RevSearch cannot write to the folder {folder}.")


@contextlib.contextmanager
def _staged(targets: Sequence[Path]) -> Iterator[list[Path]]:
    """Temporary files beside the targets; renamed over them only if the block succeeds."""
    staged: list[Path] = []
    try:
        for target in targets:
            handle, name = tempfile.mkstemp(
                dir=target.parent, prefix=".~" + target.stem[:40] + "-", suffix=target.suffix
            )
            os.close(handle)
            staged.append(Path(name))
        yield staged
        for temp, target in zip(staged, targets, strict=True):
            os.replace(temp, target)
    except ExportCancelled:
        raise
    except (OSError, zipfile.BadZipFile) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise ExportError(f"Could not write {targets[0].name}: {reason}.") from exc
    finally:
        for temp in staged:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
