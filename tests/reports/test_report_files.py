"""The finished files, read back the way a person's tools would: a PDF reader's text, a browser's
parse, a spreadsheet's cells. They hold the app's own figures and names, and nothing the person
chose to leave out."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.reports.export import ExportRequest, export_report
from desktop_app.reports.options import ReportFormat, ReportOptions
from desktop_app.store.summary import search_summaries
from tests.reports.report_helpers import IDENTIFYING, NOW, PEOPLE, SECRET, add_careful_search
from tests.reports.test_html import parse


@pytest.fixture
def search_id(db) -> str:
    return add_careful_search(db)


def write(db, folder: Path, fmt: ReportFormat, search_id: str, **options) -> Path:
    request = ExportRequest(
        fmt, folder / f"report{fmt.suffix}", ReportOptions(**options), search_ids=(search_id,)
    )
    (path,) = export_report(db, request, now=NOW)
    return path


def pdf_text(path: Path) -> str:
    # Qt places each word on its own; pypdf joins them with tabs or breaks: fold to spaces.
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def html_text(path: Path) -> str:
    return " ".join(parse(path.read_text(encoding="utf-8")).text.split())


def xlsx_text(path: Path) -> str:
    book = load_workbook(path)
    return "\n".join(
        str(value)
        for sheet in book
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )


READERS = {ReportFormat.PDF: pdf_text, ReportFormat.HTML: html_text, ReportFormat.XLSX: xlsx_text}


@pytest.mark.parametrize("fmt", [ReportFormat.PDF, ReportFormat.HTML])
def test_the_report_holds_the_title_progress_and_people(qapp, db, tmp_path, search_id, fmt):
    text = READERS[fmt](write(db, tmp_path, fmt, search_id))
    (summary,) = search_summaries(db, today=NOW.date(), only=search_id)
    progress = summary.progress
    assert "Acme CRO" in text
    assert f"{progress.done} of {progress.total} steps done ({progress.percent}%)" in text
    for name in PEOPLE:
        assert name in text
    assert SECRET not in text and "BRL 1.2M" not in text


@pytest.mark.parametrize("fmt", list(READERS))
def test_confidential_notes_only_when_asked(qapp, db, tmp_path, search_id, fmt):
    text = READERS[fmt](write(db, tmp_path, fmt, search_id, include_confidential=True))
    assert SECRET in text


@pytest.mark.parametrize("fmt", list(READERS))
def test_an_anonymised_report_names_no_one(qapp, db, tmp_path, search_id, fmt):
    text = READERS[fmt](
        write(db, tmp_path, fmt, search_id, anonymise=True, include_confidential=True)
    )
    for trace in IDENTIFYING:
        assert trace.casefold() not in text.casefold(), trace
    assert "C-01" in text and "C-02" in text


def test_the_pdf_has_page_numbers_and_the_search_in_its_footer(qapp, db, tmp_path, search_id):
    reader = PdfReader(write(db, tmp_path, ReportFormat.PDF, search_id))
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Acme CRO · Acme" in page
