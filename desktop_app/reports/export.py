"""One export from start to finish: read the searches, compose, write the file, and put it in
place only when it is whole.

Every file is first written beside its target under a temporary name and renamed over it at the
end, so a cancelled or failed export never leaves a half-written report or clobbers an older
one. The window runs this on a worker thread; the command line calls it directly.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import re
import secrets
import threading
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from desktop_app.reports.content import (
    Cancelled,
    Detail,
    ExportCancelled,
    Progress,
    Report,
    build_report,
    portfolio_search_ids,
)
from desktop_app.reports.options import ReportFormat, ReportOptions
from desktop_app.store.database import database_path, read_snapshot
from desktop_app.store.errors import TemplatedError

# Shares of the progress bar: reading the database is quick, writing (above all a PDF) is not.
READ_SHARE = 20
PROGRESS_TOTAL = 100
# A PDF's writing first lays every page out (this share of it), then paints the pages.
LAYOUT_SHARE = 0.2
DOCUMENTS = frozenset({ReportFormat.PDF, ReportFormat.HTML})  # composed into blocks


class ExportError(TemplatedError):
    """The export cannot be written (no such folder, no permission, disk full); the message says
    which and nothing was changed. An English template with values, said in the user's
    language by reports/export_messages.py."""


@dataclass(frozen=True)
class ExportRequest:
    format: ReportFormat
    path: Path  # the file chosen; see output_paths() for what is actually written
    options: ReportOptions
    search_ids: tuple[str, ...] = ()  # the searches; empty with portfolio=True means all open
    portfolio: bool = False
    # The report's language ("en", "pt_BR"): its words, dates and numbers (labels/language.py's
    # `report_locale`). None, the app's. On a worker thread, this thread alone speaks it
    # (labels/language.py's `speaking`).
    language: str | None = None


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
    _check_targets(targets, database_path(db))
    ids = list(request.search_ids) or (portfolio_search_ids(db) if request.portfolio else [])
    if not ids and not request.portfolio:
        raise ExportError("Choose a search to export.")

    heard = [-1]

    def tell(value: int) -> None:
        # Only what changes the bar: the window hears each call across threads.
        if progress is not None and value != heard[0]:
            heard[0] = value
            progress(value, PROGRESS_TOTAL)

    def reading(done: int, total: int) -> None:
        tell(done * READ_SHARE // max(total, 1))

    def writing(done: int, total: int) -> None:
        tell(READ_SHARE + done * (PROGRESS_TOTAL - READ_SHARE) // max(total, 1))

    document = request.format in DOCUMENTS
    # Imported here: the command line's other commands never load Qt.
    from desktop_app.labels.language import current_language, speaking
    from desktop_app.reports.words import report_words

    # The app's language when none is asked for, with the same rules for its dates and numbers.
    in_language = speaking(request.language or current_language())
    with in_language, _no_cycle_collection() if document else contextlib.nullcontext():
        with read_snapshot(db):  # one consistent state, even while the window goes on editing
            report = build_report(
                db,
                ids,
                request.options,
                portfolio=request.portfolio,
                now=now,
                progress=reading,
                cancelled=cancelled,
                # The spreadsheets hold every note and rating; a document the newest notes.
                detail=Detail.DOCUMENT if document else Detail.FULL,
                words=report_words(),
            )
        with _staged(targets, cancelled) as staged:
            _write(report, request, staged, writing, cancelled)
    tell(PROGRESS_TOTAL)
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
            compose(report), files[0], request.options.paper,
            laying_out=_part(progress, 0.0, LAYOUT_SHARE),
            progress=_part(progress, LAYOUT_SHARE, 1.0), cancelled=cancelled,
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


def _part(progress: Progress, start: float, end: float) -> Progress:
    """Progress of one part of a task, which takes the share from `start` to `end` (0 to 1)
    of the whole: its (done, total) become the whole's, in thousandths."""

    def part(done: int, total: int) -> None:
        progress(round(1000 * (start + (end - start) * done / max(total, 1))), 1000)

    return part


# Python's cycle collector now and then looks at every object there is, holding the GIL all
# the while: during a portfolio PDF, with the window's objects and the report's, each look
# kept the window waiting for up to a third of a second (exports run on a worker thread). A
# PDF or HTML export makes no reference cycles (its objects go as soon as they are unused),
# so the collector waits until it is over. Not for the spreadsheets: openpyxl's cells and
# sheets refer to each other, and only the collector frees them. The switch is process-wide,
# hence counted across exports running at once.
_exports_running = 0
_collector_was_on = False
_collector_lock = threading.Lock()


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    global _exports_running, _collector_was_on
    with _collector_lock:
        if _exports_running == 0:
            _collector_was_on = gc.isenabled()
            gc.disable()
        _exports_running += 1
    try:
        yield
    finally:
        with _collector_lock:
            _exports_running -= 1
            if _exports_running == 0 and _collector_was_on:
                gc.enable()


def _check_targets(targets: Sequence[Path], database: Path) -> None:
    """Every file can be written, before anything is: so a pair of CSV files is never left
    half-replaced, and a report never lands on the database itself."""
    folder = targets[0].parent
    if not folder.is_dir():
        raise ExportError("The folder {folder} does not exist.", folder=folder)
    if not os.access(folder, os.W_OK):
        raise ExportError("RevSearch cannot write to the folder {folder}.", folder=folder)
    protected = {Path(f"{database}{side}").resolve() for side in ("", "-wal", "-shm", "-journal")}
    for target in targets:
        if target.resolve() in protected:
            raise ExportError(
                "{name} is the database itself; choose another file name.", name=target.name
            )
        if target.is_dir():
            raise ExportError("{path} is a folder; choose a file name.", path=target)
        if target.exists() and not os.access(target, os.W_OK):
            raise ExportError("{name} exists and cannot be replaced (read-only).", name=target.name)


@contextlib.contextmanager
def _staged(targets: Sequence[Path], cancelled: Cancelled | None) -> Iterator[list[Path]]:
    """Temporary files beside the targets; renamed over them only if the block succeeds and
    the export was not cancelled meanwhile."""
    staged: list[Path] = []
    current: Path | None = targets[0]  # the file being created or renamed, for the message
    try:
        for target in targets:
            current = target
            staged.append(_new_file_beside(target))
        current = None
        yield staged
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        for temp, target in zip(staged, targets, strict=True):
            current = target
            os.replace(temp, target)
    except ExportCancelled:
        raise
    except (OSError, zipfile.BadZipFile) as exc:
        # The system's words for the reason, as it says them.
        reason = getattr(exc, "strerror", None) or str(exc)
        names = current.name if current else ", ".join(t.name for t in targets)
        raise ExportError("Could not write {names}: {reason}.", names=names, reason=reason) from exc
    finally:
        for temp in staged:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()


def _new_file_beside(target: Path) -> Path:
    """An empty, uniquely named file in the target's folder, created with the usual
    permissions for a document (tempfile's would be private to its owner)."""
    for _attempt in range(100):
        path = target.with_name(f".~{target.stem[:40]}-{secrets.token_hex(4)}{target.suffix}")
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"no free temporary name beside {target}")
