"""An export is written whole or not at all: a failure or a cancel leaves no file behind and
never replaces an older report."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.reports import export
from desktop_app.reports.content import ExportCancelled
from desktop_app.reports.export import (
    ExportError,
    ExportRequest,
    export_report,
    output_paths,
    suggested_name,
)
from desktop_app.reports.options import Paper, ReportFormat, ReportOptions, default_paper
from desktop_app.store.database import open_database
from tests.reports.report_helpers import NOW, add_careful_search


@pytest.fixture
def search_id(db) -> str:
    return add_careful_search(db)


@pytest.fixture
def out(tmp_path) -> Path:
    """A folder of its own for reports (the database sits in tmp_path)."""
    folder = tmp_path / "reports"
    folder.mkdir()
    return folder


def request(path: Path, fmt: ReportFormat, search_id: str, **kwargs) -> ExportRequest:
    return ExportRequest(fmt, path, ReportOptions(**kwargs), search_ids=(search_id,))


@pytest.mark.parametrize(
    ("name", "fmt", "portfolio", "expected"),
    [
        ("board.pdf", ReportFormat.PDF, False, ["board.pdf"]),
        ("board", ReportFormat.PDF, False, ["board.pdf"]),
        ("board.PDF", ReportFormat.PDF, False, ["board.PDF"]),
        ("board.v2", ReportFormat.HTML, False, ["board.v2.html"]),
        ("team.xlsx", ReportFormat.XLSX, True, ["team.xlsx"]),
        ("acme.csv", ReportFormat.CSV, False, ["acme-candidates.csv", "acme-checklist.csv"]),
        ("acme", ReportFormat.CSV, False, ["acme-candidates.csv", "acme-checklist.csv"]),
        ("all", ReportFormat.CSV, True, ["all.zip"]),
    ],
)
def test_the_files_written_are_named_from_the_choice(tmp_path, name, fmt, portfolio, expected):
    paths = output_paths(tmp_path / name, fmt, portfolio)
    assert [p.name for p in paths] == expected
    assert all(p.parent == tmp_path for p in paths)


def test_a_suggested_name_is_safe_and_dated():
    name = suggested_name("Chief Revenue Officer — São Paulo / LatAm", ReportFormat.PDF, False)
    assert name.startswith("chief-revenue-officer-sao-paulo-latam-20")
    assert name.endswith(".pdf")
    assert suggested_name("", ReportFormat.CSV, True).endswith(".zip")


def test_paper_follows_the_country():
    assert default_paper("US") is Paper.LETTER
    assert default_paper("ca") is Paper.LETTER
    assert default_paper("BR") is Paper.A4
    assert default_paper("") is Paper.A4


def test_a_missing_folder_is_explained(db, tmp_path, search_id):
    target = tmp_path / "nowhere" / "report.xlsx"
    with pytest.raises(ExportError, match="does not exist"):
        export_report(db, request(target, ReportFormat.XLSX, search_id))


def test_a_failed_write_leaves_the_older_report_untouched(db, out, search_id, monkeypatch):
    target = out / "report.xlsx"
    target.write_bytes(b"last week's report")

    def broken(report, req, files, progress, cancelled):
        files[0].write_bytes(b"half a report")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_write", broken)
    with pytest.raises(ExportError, match="No space left on device"):
        export_report(db, request(target, ReportFormat.XLSX, search_id), now=NOW)
    assert target.read_bytes() == b"last week's report"
    assert sorted(p.name for p in out.iterdir()) == ["report.xlsx"]


def test_a_cancelled_export_writes_nothing(db, out, search_id, monkeypatch):
    def cancelled_midway(report, req, files, progress, cancelled):
        files[0].write_bytes(b"half a report")
        raise ExportCancelled()

    monkeypatch.setattr(export, "_write", cancelled_midway)
    with pytest.raises(ExportCancelled):
        export_report(db, request(out / "r.pdf", ReportFormat.PDF, search_id), now=NOW)
    assert list(out.iterdir()) == []


def test_progress_runs_from_reading_to_done(db, out, search_id, monkeypatch):
    def writer(report, req, files, progress, cancelled):
        files[0].write_bytes(b"ok")
        progress(1, 2)
        progress(2, 2)

    monkeypatch.setattr(export, "_write", writer)
    seen: list[int] = []
    written = export_report(
        db,
        request(out / "r.pdf", ReportFormat.PDF, search_id),
        progress=lambda done, total: seen.append(done * 100 // total),
        now=NOW,
    )
    assert written == [out / "r.pdf"] and written[0].read_bytes() == b"ok"
    assert seen == sorted(seen) and seen[-1] == 100 and seen[0] <= export.READ_SHARE


def test_a_report_never_lands_on_the_database(qapp, tmp_path):
    # A database whose file name ends in .pdf, exported "to itself".
    base = tmp_path / "base.pdf"
    db = open_database(base)
    try:
        search_id = add_careful_search(db)
        before = base.read_bytes()
        with pytest.raises(ExportError, match="database itself"):
            export_report(db, request(base, ReportFormat.PDF, search_id), now=NOW)
        with pytest.raises(ExportError, match="database itself"):
            export._check_targets([Path(f"{base}-wal")], base)
        assert base.read_bytes() == before
    finally:
        db.close()


def test_every_file_is_checked_before_any_is_replaced(db, out, search_id):
    old = out / "acme-candidates.csv"
    old.write_text("last week")
    (out / "acme-checklist.csv").mkdir()  # cannot be replaced by a file
    with pytest.raises(ExportError, match=r"acme-checklist\.csv is a folder"):
        export_report(db, request(out / "acme.csv", ReportFormat.CSV, search_id), now=NOW)
    assert old.read_text() == "last week"


def test_cancel_pressed_while_writing_still_writes_nothing(db, out, search_id, monkeypatch):
    pressed = []

    def writer(report, req, files, progress, cancelled):
        files[0].write_bytes(b"whole report")
        pressed.append(True)  # Cancel pressed after the writer's last look

    monkeypatch.setattr(export, "_write", writer)
    with pytest.raises(ExportCancelled):
        export_report(
            db,
            request(out / "r.xlsx", ReportFormat.XLSX, search_id),
            cancelled=lambda: bool(pressed),
            now=NOW,
        )
    assert list(out.iterdir()) == []


def test_a_report_gets_a_documents_permissions(db, out, search_id, monkeypatch):
    def writer(report, req, files, progress, cancelled):
        files[0].write_bytes(b"ok")

    monkeypatch.setattr(export, "_write", writer)
    old = os.umask(0o022)
    try:
        (path,) = export_report(db, request(out / "r.pdf", ReportFormat.PDF, search_id), now=NOW)
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644
