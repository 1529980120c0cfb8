"""A report in a language chosen for it says everything in that language, not only its headings:
an anonymised person's label and the marks where contacts were taken out, the checklist's
phases and owners, a stored source; and two reports written at once in two languages never
take each other's words."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.checklist import load_template
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.labels.language import ENGLISH, PORTUGUESE, allow_thread_languages, speaking
from desktop_app.reports import compose as compose_module
from desktop_app.reports.compose import compose
from desktop_app.reports.content import ReportWords, build_report, portfolio_search_ids
from desktop_app.reports.export import ExportRequest, export_report
from desktop_app.reports.options import ReportFormat, ReportOptions
from desktop_app.sample_data import add_sample_data
from desktop_app.store import candidate_import, candidates, notes, searches
from tests.reports.report_helpers import NOW, PEOPLE, add_careful_search

NAME_PARTS = ("João", "Joao", "Gonçalves", "Mary", "O'Brien", "Zoë", "Müller")  # candidates


@pytest.fixture
def thread_languages(qapp) -> Iterator[None]:
    allow_thread_languages()  # a report in another language than the app's (English here)
    yield


def _export(db, tmp_path: Path, fmt: ReportFormat, language: str, **options) -> Path:
    search_ids = tuple(portfolio_search_ids(db))
    target = tmp_path / f"{language}{fmt.suffix}"
    request = ExportRequest(
        fmt, target, ReportOptions(**options), search_ids=search_ids, language=language
    )
    (written,) = export_report(db, request, now=NOW)
    return written


def _cells(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path, read_only=True)
    return [
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]


# --- anonymised, in Portuguese ----------------------------------------------------------------


def test_an_anonymised_portuguese_report_names_people_and_marks_contacts_in_portuguese(
    db, tmp_path, thread_languages
):
    add_careful_search(db)
    html = _export(db, tmp_path, ReportFormat.HTML, PORTUGUESE, anonymise=True).read_text(
        encoding="utf-8"
    )
    cells = _cells(_export(db, tmp_path, ReportFormat.XLSX, PORTUGUESE, anonymise=True))
    text = "\n".join(cells)
    for written in (html, text):
        assert "Candidato(a) C-01" in written and "Candidato(a) C-02" in written
        assert "Candidate C-" not in written
        for part in NAME_PARTS:
            assert part not in written, part
    # Inside notes too: the name and the phone number in the public note.
    assert any("Candidato(a) C-02" in cell and "[telefone]" in cell for cell in cells)
    assert "[phone]" not in text and "415 555" not in text
    assert "Candidato(a) C-01" in cells  # the Candidates sheet's name column


def test_an_anonymised_english_report_keeps_its_english_words(db, tmp_path, thread_languages):
    add_careful_search(db)
    cells = _cells(_export(db, tmp_path, ReportFormat.XLSX, ENGLISH, anonymise=True))
    assert "Candidate C-01" in cells
    assert any("[phone]" in cell for cell in cells)
    assert not any("Candidato" in cell or "[telefone]" in cell for cell in cells)


def test_a_name_shared_with_someone_in_another_search_is_marked_in_the_report_s_language(db):
    search_id = add_careful_search(db)
    other = searches.create_search(
        db, SearchDetails(title="Other", role=Role.CSO, start_date=dt.date(2026, 1, 5))
    )
    candidates.add_candidate(db, other, CandidateDetails(full_name="Priya Raman"))
    first = next(iter(PEOPLE))
    joao = next(c for c in candidates.list_candidates(db, search_id) if c.full_name == first)
    notes.add_note(db, joao.id, NoteDetails(body="Compare with Priya Raman, mail p@x.example"))
    words = ReportWords(
        candidate="Candidato(a) %1",
        marks=dataclasses.replace(ReportWords().marks, email="[e-mail]", name="[nome]"),
        language=PORTUGUESE,
    )
    report = build_report(db, [search_id], ReportOptions(anonymise=True), now=NOW, words=words)
    bodies = [n.body for n in report.searches[0].notes]
    assert "Compare with [nome], mail [e-mail]" in bodies


# --- the checklist's phases and owners --------------------------------------------------------


def test_phases_and_owners_are_named_in_the_report_s_language_steps_as_stored(db):
    search_id = searches.create_search(
        db,
        SearchDetails(
            title="CRO Brasil", role=Role.CRO, start_date=dt.date(2026, 9, 1), language=PORTUGUESE
        ),
    )
    portuguese = load_template(Role.CRO, PORTUGUESE)
    english = load_template(Role.CRO, ENGLISH)
    assert portuguese.phase_titles != english.phase_titles
    for language, template in ((ENGLISH, english), (PORTUGUESE, portuguese)):
        words = ReportWords(language=language)
        (section,) = build_report(db, [search_id], ReportOptions(), now=NOW, words=words).searches
        assert [p.title for p in section.phases] == list(template.phase_titles.values())
        assert {s.phase for s in section.steps} <= set(template.phase_titles.values())
        owners = {s.owner for s in section.steps}
        assert owners & set(template.owner_titles.values())
        assert not owners & (
            set((english if template is portuguese else portuguese).owner_titles.values())
            - set(template.owner_titles.values())
        )
        # The steps are the search's own, as stored: in Portuguese, whatever the report's.
        assert {s.title for s in section.steps} == {s.title for s in portuguese.steps}


def test_an_english_report_of_a_portuguese_search_has_english_phases_in_its_sheet(
    db, tmp_path, thread_languages
):
    searches.create_search(
        db,
        SearchDetails(
            title="CRO Brasil", role=Role.CRO, start_date=dt.date(2026, 9, 1), language=PORTUGUESE
        ),
    )
    book = openpyxl.load_workbook(_export(db, tmp_path, ReportFormat.XLSX, ENGLISH))
    sheet = book["Checklist"]
    header = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
    column = header.index("Phase")
    phases = {row[column] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert phases == set(load_template(Role.CRO, ENGLISH).phase_titles.values())


# --- what the store wrote, said in the report's language ---------------------------------------


def test_an_imported_person_s_source_reads_in_the_report_s_language(db, tmp_path, thread_languages):
    search_id = searches.create_search(
        db, SearchDetails(title="CRO", role=Role.CRO, start_date=dt.date(2026, 9, 1))
    )
    sheet = tmp_path / "people.csv"
    sheet.write_text("Name,Email\nAna Souza,ana@x.example\n", encoding="utf-8")
    table = candidate_import.read_table(sheet)
    plan = candidate_import.preview(
        db, search_id, table, candidate_import.guess_mapping(table.headers)
    )
    candidate_import.import_preview(db, search_id, plan)
    assert "Importação" in _cells(_export(db, tmp_path, ReportFormat.XLSX, PORTUGUESE))
    assert "Import" in _cells(_export(db, tmp_path, ReportFormat.XLSX, ENGLISH))


# --- two reports at once ------------------------------------------------------------------------


def test_two_reports_composed_at_once_in_two_languages_keep_their_own_words(
    db, monkeypatch, thread_languages
):
    add_sample_data(db, ENGLISH)
    ids = portfolio_search_ids(db)
    assert len(ids) >= 2
    report = build_report(db, ids, ReportOptions(), portfolio=True, now=NOW)

    def alone(language: str) -> object:
        out: list[object] = []

        def run() -> None:
            with speaking(language):
                out.append(compose(report))

        thread = threading.Thread(target=run)
        thread.start()
        thread.join()
        return out[0]

    expected = {language: alone(language) for language in (ENGLISH, PORTUGUESE)}
    assert expected[ENGLISH] != expected[PORTUGUESE]

    # The Portuguese one stops after its first search, while the English one is written whole.
    first_done, english_done = threading.Event(), threading.Event()
    section = compose_module.search_section

    def pausing(report_, search_report):
        made = section(report_, search_report)
        if threading.current_thread().name == "pt" and not first_done.is_set():
            first_done.set()
            assert english_done.wait(10)
        return made

    monkeypatch.setattr(compose_module, "search_section", pausing)
    got: dict[str, object] = {}

    def run(language: str) -> None:
        with speaking(language):
            got[language] = compose(report)

    portuguese = threading.Thread(target=run, args=(PORTUGUESE,), name="pt")
    portuguese.start()
    assert first_done.wait(10)
    run(ENGLISH)  # on this thread, meanwhile
    english_done.set()
    portuguese.join(10)
    assert got[ENGLISH] == expected[ENGLISH]
    assert got[PORTUGUESE] == expected[PORTUGUESE]
