"""A PDF or HTML report reads only what it shows (Detail.DOCUMENT): the newest notes and how many
there are, and the scorecards without every rating behind them. What it shows must be the very
same as from the full read the spreadsheets use; and the export's progress, cancelling and its
pause of Python's cycle collector keep working."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc

import pypdf
import pytest

from desktop_app.domain.note import NoteDetails
from desktop_app.reports import export
from desktop_app.reports.compose import compose
from desktop_app.reports.content import RECENT_NOTES, Detail, ExportCancelled, build_report
from desktop_app.reports.export import ExportRequest, export_report
from desktop_app.reports.options import ReportFormat, ReportOptions
from desktop_app.sample_data import add_sample_data
from desktop_app.store import candidates, notes
from desktop_app.store.notes import notes_of_search
from desktop_app.store.report_reads import newest_notes_of_search
from tests.reports.report_helpers import NOW, add_careful_search


@pytest.fixture
def search_id(db) -> str:
    """The careful search with more notes than a report shows, some at the very same moment
    (told apart by the order they were written) and some confidential."""
    search_id = add_careful_search(db)
    people = candidates.list_candidates(db, search_id)
    for n in range(2 * RECENT_NOTES):
        notes.add_note(
            db,
            people[n % len(people)].id,
            NoteDetails(f"Follow-up {n}", author="Carla Dias", confidential=n % 3 == 0),
            at=dt.datetime(2026, 11, 1 + n // 3, 10, tzinfo=dt.UTC),
        )
    return search_id


@pytest.mark.parametrize("confidential", [False, True])
@pytest.mark.parametrize("limit", [0, 1, RECENT_NOTES, 100])
def test_the_newest_notes_are_the_first_of_all_the_notes(db, search_id, confidential, limit):
    every = notes_of_search(db, search_id, include_confidential=confidential)
    newest, total = newest_notes_of_search(db, search_id, limit, include_confidential=confidential)
    assert newest == every[:limit]
    assert total == len(every) > RECENT_NOTES


def test_a_search_without_notes_has_none(db):
    search_id = add_careful_search(db)
    for note in notes_of_search(db, search_id):
        notes.delete_note(db, note.id)
    assert newest_notes_of_search(db, search_id, RECENT_NOTES) == ([], 0)


@pytest.mark.parametrize(
    "options",
    [
        ReportOptions(),
        ReportOptions(include_confidential=True),
        ReportOptions(anonymise=True, include_confidential=True),
    ],
)
def test_a_document_read_shows_what_the_full_read_shows(db, search_id, options):
    add_sample_data(db, today=dt.date(2026, 11, 28))
    ids = [search_id, *(s for s in _search_ids(db) if s != search_id)]
    full = build_report(db, ids, options, portfolio=True, now=NOW)
    brief = build_report(db, ids, options, portfolio=True, now=NOW, detail=Detail.DOCUMENT)
    assert compose(brief) == compose(full)
    for whole, part in zip(full.searches, brief.searches, strict=True):
        assert part.notes == whole.notes[:RECENT_NOTES] == whole.recent_notes
        assert part.note_count == whole.note_count == len(whole.notes)
        assert [dataclasses.replace(c, ratings=()) for c in whole.candidates] == list(
            part.candidates
        )
        assert all(c.ratings == () for c in part.candidates)
    assert any(len(s.notes) > RECENT_NOTES for s in full.searches)
    assert any(c.ratings for s in full.searches for c in s.candidates)


def _search_ids(db) -> list[str]:
    return [row[0] for row in db.execute("SELECT id FROM searches ORDER BY title")]


# --- the export: progress, cancelling, the cycle collector ----------------------------------


def _request(path, report_format, ids, portfolio=True):
    return ExportRequest(
        report_format, path, ReportOptions(), search_ids=tuple(ids), portfolio=portfolio
    )


def test_a_pdf_exports_progress_only_rises_through_reading_laying_out_and_painting(
    qapp, db, search_id, tmp_path
):
    add_sample_data(db, today=dt.date(2026, 11, 28))
    ids = _search_ids(db)
    heard: list[tuple[int, int]] = []
    (path,) = export_report(
        db,
        _request(tmp_path / "p.pdf", ReportFormat.PDF, ids),
        progress=lambda done, total: heard.append((done, total)),
        now=NOW,
    )
    values = [done for done, _total in heard]
    assert {total for _done, total in heard} == {export.PROGRESS_TOTAL}
    assert values == sorted(set(values))  # rising, and each value told once
    assert values[-1] == export.PROGRESS_TOTAL
    # Laying the pages out is heard between reading and painting.
    laid_out = export.READ_SHARE + round(
        (export.PROGRESS_TOTAL - export.READ_SHARE) * export.LAYOUT_SHARE
    )
    assert any(export.READ_SHARE < v < laid_out for v in values)
    assert any(laid_out < v < export.PROGRESS_TOTAL for v in values)
    assert len(pypdf.PdfReader(path).pages) > len(ids)


def test_cancelling_while_the_pages_are_laid_out_writes_nothing(qapp, db, search_id, tmp_path):
    add_sample_data(db, today=dt.date(2026, 11, 28))
    ids = _search_ids(db)
    out = tmp_path / "out"
    out.mkdir()
    heard: list[int] = []
    laid_out = export.READ_SHARE + 1  # the first section's share of the layout, at least
    with pytest.raises(ExportCancelled):
        export_report(
            db,
            _request(out / "p.pdf", ReportFormat.PDF, ids),
            progress=lambda done, total: heard.append(done),
            cancelled=lambda: bool(heard) and heard[-1] >= laid_out,
            now=NOW,
        )
    assert export.READ_SHARE < heard[-1] < export.PROGRESS_TOTAL // 2
    assert list(out.iterdir()) == []
    assert gc.isenabled()


@pytest.mark.parametrize(
    ("report_format", "paused"),
    [(ReportFormat.PDF, True), (ReportFormat.HTML, True), (ReportFormat.XLSX, False)],
)
def test_the_cycle_collector_waits_for_a_document_and_is_back_after(
    qapp, db, search_id, tmp_path, report_format, paused
):
    states: list[bool] = []
    export_report(
        db,
        _request(tmp_path / "r", report_format, [search_id], portfolio=False),
        progress=lambda done, total: states.append(gc.isenabled()),
        now=NOW,
    )
    if paused:  # the last, 100%, may be told once the export is over
        assert states and not any(states[:-1])
    else:
        assert states and all(states)
    assert gc.isenabled()


def test_the_cycle_collector_is_back_after_a_failed_export(qapp, db, search_id, tmp_path):
    def broken(*_args):
        assert not gc.isenabled()
        raise RuntimeError("a bug")

    request = _request(tmp_path / "r.pdf", ReportFormat.PDF, [search_id], portfolio=False)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(export, "_write", broken)
        with pytest.raises(RuntimeError):
            export_report(db, request, now=NOW)
    assert gc.isenabled()


def test_a_collector_switched_off_by_someone_else_stays_off(qapp, db, search_id, tmp_path):
    gc.disable()
    try:
        export_report(
            db, _request(tmp_path / "r.pdf", ReportFormat.PDF, [search_id], False), now=NOW
        )
        assert not gc.isenabled()
    finally:
        gc.enable()
