"""Excel and CSV exports, read back as a person's spreadsheet program would read them: the
sheets and columns, real numbers and dates equal to the app's own, text that can never become a
formula, and nothing the options left out."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.checklist import StepStatus
from desktop_app.domain.competencies import BY_KEY, COMPETENCY_KEYS
from desktop_app.domain.note import NoteDetails, NoteKind
from desktop_app.domain.pipeline import Exit, Stage
from desktop_app.domain.scorecard import Rating, score_card
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.reports.cells import neutralise
from desktop_app.reports.content import ExportCancelled, build_report
from desktop_app.reports.csv_files import csv_tables, write_csv_zip
from desktop_app.reports.options import ReportOptions
from desktop_app.reports.xlsx import WIDEST, _sheet_name, write_xlsx
from desktop_app.store import candidates, checklist, notes, scores, searches
from desktop_app.store.summary import search_summaries

UTC = dt.UTC
START = dt.date(2026, 9, 1)
NOW = dt.datetime(2026, 10, 15, 12, 0, tzinfo=UTC)
SHEETS = ["Searches", "Checklist", "Candidates", "Scores", "Notes"]
FORMULA = '=HYPERLINK("http://x","y")'
JOAO = CandidateDetails(
    full_name="João Gonçalves",
    current_title="Chief Revenue Officer",
    current_company="Cobalt Data",
    location="São Paulo, Brazil",
    email="joao.goncalves@cobalt.example",
    phone="+55 11 91234-5678",
    linkedin_url="https://www.linkedin.com/in/joao-goncalves",
    source="Search firm",
    pay_expectation="USD 380k base + 100% variable",
)
ANA = CandidateDetails(
    full_name="Ana da Silva",
    email="ana.silva@example.com",
    phone="+44 20 7946 0958",
    stage=Stage.INTERESTED,
)
CONFIDENTIAL = "Backchannel: asked for a sign-on bonus to cover unvested equity."
HOSTILE_NOTES = ("+1 for culture fit", "-2 on pipeline hygiene", "@Helena please call back")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def at(day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(START + dt.timedelta(days=day), dt.time(hour), tzinfo=UTC)


@pytest.fixture
def filled(db) -> SimpleNamespace:
    """One CRO search with a scored candidate, a provisional one who left, one whose "name" is a
    formula, notes of every kind (one confidential) and a checklist partly worked."""
    search_id = searches.create_search(
        db,
        SearchDetails(
            title="Chief Revenue Officer",
            role=Role.CRO,
            start_date=START,
            company="Northwind",
            business_unit="Group",
            hiring_manager="Helena Carvalho",
            code_name="Lighthouse",
            target_date=START + dt.timedelta(days=130),
        ),
    )
    steps = checklist.list_steps(db, search_id)
    for step in steps[:5]:
        checklist.set_step_status(db, step.id, StepStatus.DONE, on=START + dt.timedelta(days=3))
    checklist.set_step_status(db, steps[5].id, StepStatus.SKIPPED)
    checklist.update_step(db, steps[6].id, note="Call João Gonçalves back on +55 11 91234-5678")

    joao = candidates.add_candidate(db, search_id, JOAO, at=at(5))
    ana = candidates.add_candidate(db, search_id, ANA, at=at(6))
    formula = candidates.add_candidate(db, search_id, CandidateDetails(FORMULA), at=at(7))
    for rater, bump in (("Helena Carvalho", 0), ("Daniel Okafor", 1)):
        for n, key in enumerate(COMPETENCY_KEYS):
            score = min(5, 3 + (n + bump) % 3)
            scores.set_score(db, joao, Rating(key, rater, score, f"Evidence {key}: Joao led it"))
    scores.set_score(db, ana, Rating("S1", "Helena Carvalho", 4, "Solid plan"))
    candidates.move_candidate(db, joao, Stage.SHORTLIST, at=at(20))
    candidates.exit_candidate(db, ana, Exit.WITHDRAWN, "Ana took another role", at=at(21))

    notes.add_note(
        db, joao, NoteDetails("Met João; write to joao.goncalves@cobalt.example"), at=at(10)
    )
    for day, body in enumerate(HOSTILE_NOTES, start=11):
        notes.add_note(db, joao, NoteDetails(body, author="Priya"), at=at(day))
    notes.add_note(
        db,
        joao,
        NoteDetails(CONFIDENTIAL, "Daniel Okafor", NoteKind.REFERENCE, confidential=True),
        at=at(15, 14),
    )
    notes.add_note(db, formula, NoteDetails("Odd name on the CV", kind=NoteKind.CALL), at=at(16))
    return SimpleNamespace(search_id=search_id, joao=joao, ana=ana, formula=formula, db=db)


def report_of(filled, **options):
    return build_report(filled.db, [filled.search_id], ReportOptions(**options), now=NOW)


def exported(filled, tmp_path: Path, **options) -> openpyxl.Workbook:
    path = tmp_path / "report.xlsx"
    write_xlsx(report_of(filled, **options), path)
    return openpyxl.load_workbook(path)


def records(sheet) -> list[dict[str, object]]:
    """The sheet's rows as {header: value}."""
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def cell_of(sheet, header: str, row: int):
    headers = [c.value for c in sheet[1]]
    return sheet.cell(row=row, column=headers.index(header) + 1)


def every_text(workbook: openpyxl.Workbook) -> list[str]:
    return [
        str(cell.value)
        for sheet in workbook
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]


def parsed(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


# Neutralising text ------------------------------------------------------------------------


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_text_starting_like_a_formula_gets_an_apostrophe(start):
    assert neutralise(f"{start}1+1") == f"'{start}1+1"
    assert neutralise(start) == f"'{start}"


@pytest.mark.parametrize(
    "text",
    ["", "João Gonçalves", " =1+1", "1-2", "a=b", "'already quoted", "#N/A", "\n=1", "50%"],
)
def test_other_text_is_unchanged(text):
    assert neutralise(text) == text


def test_control_characters_a_spreadsheet_refuses_are_taken_out():
    assert neutralise("Bell\x07 and\x00 escape\x1b") == "Bell and escape"
    assert neutralise("tab\tnew line\ncarriage\rreturn") == "tab\tnew line\ncarriage\rreturn"
    # Taken out first, so what follows is judged as the cell will hold it.
    assert neutralise("\x01=SUM(A1)") == "'=SUM(A1)"


# The workbook -----------------------------------------------------------------------------


def test_the_workbook_has_its_sheets_in_order_each_with_a_bold_frozen_filtered_header(
    filled, tmp_path
):
    workbook = exported(filled, tmp_path)
    assert workbook.sheetnames == SHEETS
    for sheet in workbook:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == sheet.dimensions
        assert all(cell.font.bold for cell in sheet[1])
        widths = [d.width for d in sheet.column_dimensions.values()]
        assert widths and all(6 <= w <= WIDEST + 2 for w in widths)
    assert workbook.properties.creator == "RevSearch"
    assert workbook.properties.title == "Chief Revenue Officer — Northwind"
    notes_sheet = workbook["Notes"]
    assert cell_of(notes_sheet, "Note", 2).alignment.wrap_text


def test_the_searches_sheet_says_what_the_app_says(filled, tmp_path):
    report = report_of(filled)
    write_xlsx(report, tmp_path / "report.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "report.xlsx")
    (summary,) = search_summaries(filled.db, today=report.today)
    sheet = workbook["Searches"]
    (row,) = records(sheet)
    assert row["Search"] == "Chief Revenue Officer" and row["Code name"] == "Lighthouse"
    assert row["Role"] == "CRO" and row["Status"] == "Active"
    assert row["Steps done"] == summary.progress.done == 5
    assert row["Steps total"] == summary.progress.total
    assert row["Progress (%)"] == pytest.approx(summary.progress.percent / 100)
    assert cell_of(sheet, "Progress (%)", 2).number_format == "0%"
    assert row["Days open"] == summary.days_open == (report.today - START).days
    assert row["Overdue steps"] == summary.overdue_steps > 0
    assert (row["In pipeline"], row["Candidates"], row["Left the search"]) == (2, 3, 1)
    assert row["Start date"].date() == START
    assert row["Target date"].date() == START + dt.timedelta(days=130)
    assert row["Last activity"].date() == summary.last_activity


def test_candidates_carry_the_scorecards_numbers(filled, tmp_path):
    workbook = exported(filled, tmp_path)
    rows = {r["Code"]: r for r in records(workbook["Candidates"])}
    joao = rows["C-01"]
    card = score_card(Role.CRO, scores.ratings(filled.db, filled.joao))
    assert joao["Name"] == "João Gonçalves" and joao["Location"] == "São Paulo, Brazil"
    assert joao["Fit"] == card.fit_points and isinstance(joao["Fit"], int)
    assert joao["Rank"] == 1 and joao["Provisional"] == "No"
    assert joao["Strategy (S)"] == round(float(card.strategy), 2)
    assert joao["Execution (E)"] == round(float(card.execution), 2)
    assert joao["Tilt (S - E)"] == round(float(card.tilt), 2)
    assert joao["Stage"] == "Shortlist" and joao["Left as"] is None
    assert joao["Phone"] == "'+55 11 91234-5678"  # neutralised, as a "+" would start a formula
    ana = rows["C-02"]
    assert ana["Left as"] == "Withdrawn" and ana["Exit reason"] == "Ana took another role"
    assert ana["Stage"] == "Interested" and ana["Provisional"] == "Yes" and ana["Rank"] is None
    unscored = rows["C-03"]
    assert unscored["Fit"] is None and unscored["Band"] is None
    sheet = workbook["Candidates"]
    assert cell_of(sheet, "Strategy (S)", 2).number_format == "0.00"
    assert [r["Code"] for r in records(sheet)] == ["C-01", "C-03", "C-02"]  # report order

    score_rows = records(workbook["Scores"])
    assert len(score_rows) == 2 * len(COMPETENCY_KEYS) + 1
    first = score_rows[0]
    assert first["Competency"] == "S1" and first["Competency name"] == BY_KEY["S1"].name
    assert isinstance(first["Score"], int)


def test_dates_are_dates_and_numbers_are_numbers_never_text(filled, tmp_path):
    workbook = exported(filled, tmp_path)
    date_headers = {"Start date", "Target date", "Last activity", "Due date", "Completed on",
                    "Added", "Date and time"}  # fmt: skip
    number_headers = {"Days open", "Steps done", "Steps total", "Progress (%)", "Overdue steps",
                      "In pipeline", "Candidates", "Left the search", "#", "Days late",
                      "Days in stage", "Rank", "Fit", "Strategy (S)", "Execution (E)",
                      "Tilt (S - E)", "Score"}  # fmt: skip
    seen = set()
    for sheet in workbook:
        headers = [c.value for c in sheet[1]]
        for row in sheet.iter_rows(min_row=2):
            for header, cell in zip(headers, row, strict=True):
                if cell.value is None:
                    continue
                if header in date_headers:
                    assert cell.is_date and isinstance(cell.value, dt.date), (header, cell.value)
                    seen.add(header)
                elif header in number_headers:
                    assert cell.data_type == "n" and isinstance(cell.value, int | float), header
                    seen.add(header)
                else:
                    assert isinstance(cell.value, str), (header, cell.value)
                    assert not re.fullmatch(r"-?\d+([.,]\d+)?%?", cell.value), (header, cell.value)
    assert seen == date_headers | number_headers
    when = records(workbook["Notes"])[-1]["Date and time"]
    assert when == at(10).astimezone().replace(tzinfo=None)


def test_text_that_looks_like_a_formula_stays_text(filled, tmp_path):
    report = report_of(filled)
    (search,) = report.searches
    # The store trims a note's leading whitespace, so a tab or carriage return at the start can
    # only come from elsewhere; the writer must hold anyway.
    sneaky = (dataclasses.replace(search.notes[0], body="\t=1+1"),
              dataclasses.replace(search.notes[1], body="\r=2+2 and a bell\x07"),
              dataclasses.replace(search.notes[1], body="#N/A"))  # fmt: skip
    report = dataclasses.replace(
        report, searches=(dataclasses.replace(search, notes=sneaky + search.notes),)
    )
    path = tmp_path / "report.xlsx"
    write_xlsx(report, path)
    workbook = openpyxl.load_workbook(path)
    names = [r["Name"] for r in records(workbook["Candidates"])]
    assert f"'{FORMULA}" in names
    bodies = [r["Note"] for r in records(workbook["Notes"])]
    assert "'\t=1+1" in bodies
    # XML reads a carriage return back as a line feed; the apostrophe is what counts.
    assert "'\r=2+2 and a bell" in bodies or "'\n=2+2 and a bell" in bodies
    for body in HOSTILE_NOTES:
        assert f"'{body}" in bodies
    assert "#N/A" in bodies  # text, not Excel's error value
    for sheet in workbook:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type not in ("f", "e"), cell.value
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_confidential_notes_and_pay_are_left_out_unless_asked_for(filled, tmp_path):
    plain = exported(filled, tmp_path)
    assert not any(CONFIDENTIAL in text or "USD 380k" in text for text in every_text(plain))
    assert "Pay expectation" not in [c.value for c in plain["Candidates"][1]]
    assert {r["Confidential"] for r in records(plain["Notes"])} == {"No"}

    full = exported(filled, tmp_path, include_confidential=True)
    rows = {r["Code"]: r for r in records(full["Candidates"])}
    assert rows["C-01"]["Pay expectation"] == "USD 380k base + 100% variable"
    (secret,) = [r for r in records(full["Notes"]) if r["Confidential"] == "Yes"]
    assert secret["Note"] == CONFIDENTIAL and secret["Kind"] == "Reference"


def test_an_anonymised_workbook_holds_no_name_or_contact_anywhere(filled, tmp_path):
    workbook = exported(filled, tmp_path, anonymise=True, include_confidential=True)
    texts = every_text(workbook)
    secrets = ("João", "Joao", "Gonçalves", "goncalves", "Ana da Silva", "Silva", "cobalt.example",
               "91234", "7946", "linkedin.com", FORMULA, "HYPERLINK")  # fmt: skip
    for text in texts:
        for secret in secrets:
            assert secret.casefold() not in text.casefold(), (secret, text)
    for code in ("Candidate C-01", "Candidate C-02", "Candidate C-03"):
        assert any(code in text for text in texts)
    assert "Candidate C-01 took another role" not in texts
    exit_reason = {r["Code"]: r for r in records(workbook["Candidates"])}["C-02"]["Exit reason"]
    assert exit_reason == "Candidate C-02 took another role"


def test_a_search_without_candidates_or_notes_still_gets_every_sheet(db, tmp_path):
    search_id = searches.create_search(
        db, SearchDetails(title="CSO", role=Role.CSO, start_date=START)
    )
    path = tmp_path / "empty.xlsx"
    write_xlsx(build_report(db, [search_id], ReportOptions(), now=NOW), path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == SHEETS
    for name in ("Candidates", "Scores", "Notes"):
        sheet = workbook[name]
        assert sheet.max_row == 1 and sheet[1][0].value == "Search"
        assert sheet.auto_filter.ref == sheet.dimensions
    (row,) = records(workbook["Searches"])
    assert row["Target date"] is None and row["In pipeline"] == 0


def test_a_translated_sheet_title_becomes_a_name_excel_accepts():
    used: set[str] = set()
    long = "Notizen: Kandidaten/Bewertungen [alle] und mehr"
    first, second = _sheet_name(long, used), _sheet_name(long.upper(), used)
    for name in (first, second):
        assert len(name) <= 31 and not set(name) & set("[]:*?/\\")
    assert first.casefold() != second.casefold() and second.endswith(" 2")


def test_a_note_longer_than_a_cell_is_cut_and_marked(filled, tmp_path):
    notes.add_note(filled.db, filled.joao, NoteDetails("x" * 40_000), at=at(30))
    workbook = exported(filled, tmp_path)
    longest = max((r["Note"] for r in records(workbook["Notes"])), key=len)
    assert len(longest) == 32_767 and longest.endswith("…")


def test_cancelling_between_searches_leaves_the_old_file_alone(filled, tmp_path):
    other = searches.create_search(
        filled.db, SearchDetails(title="CSO", role=Role.CSO, start_date=START)
    )
    report = build_report(filled.db, [filled.search_id, other], ReportOptions(), now=NOW)
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"older export")
    calls = []
    with pytest.raises(ExportCancelled):
        write_xlsx(report, path, progress=lambda *a: calls.append(a), cancelled=lambda: bool(calls))
    assert calls == [(1, 2)]
    assert path.read_bytes() == b"older export"
    assert [p.name for p in tmp_path.iterdir() if "report" in p.name] == ["report.xlsx"]
    write_xlsx(report, path, progress=lambda *a: calls.append(a))
    assert calls[-1] == (2, 2)
    assert [r["Search"] for r in records(openpyxl.load_workbook(path)["Searches"])] == [
        "Chief Revenue Officer",
        "CSO",
    ]


# CSV --------------------------------------------------------------------------------------


def test_one_search_gives_candidates_and_checklist_with_the_sheets_columns(filled, tmp_path):
    report = report_of(filled)
    tables = csv_tables(report)
    assert [name for name, _data in tables] == ["candidates", "checklist"]
    path = tmp_path / "report.xlsx"
    write_xlsx(report, path)
    workbook = openpyxl.load_workbook(path)
    for (name, data), sheet in zip(tables, ("Candidates", "Checklist"), strict=True):
        assert data.startswith(b"\xef\xbb\xbf"), name
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), name
        header = next(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        assert header == [c.value for c in workbook[sheet][1]]
        assert len(parsed(data)) == workbook[sheet].max_row - 1


def test_csv_fields_are_neutralised_with_accents_iso_dates_and_plain_numbers(filled):
    tables = dict(csv_tables(report_of(filled, include_confidential=True)))
    rows = {r["Code"]: r for r in parsed(tables["candidates"])}
    joao = rows["C-01"]
    card = score_card(Role.CRO, scores.ratings(filled.db, filled.joao))
    assert joao["Name"] == "João Gonçalves" and joao["Location"] == "São Paulo, Brazil"
    assert joao["Fit"] == str(card.fit_points) and joao["Rank"] == "1"
    assert joao["Strategy (S)"] == f"{float(card.strategy):.2f}"
    assert joao["Phone"] == "'+55 11 91234-5678"
    assert joao["Pay expectation"] == "USD 380k base + 100% variable"
    assert ISO_DATE.match(joao["Added"])
    assert rows["C-03"]["Name"] == f"'{FORMULA}" and rows["C-03"]["Fit"] == ""
    steps = parsed(tables["checklist"])
    assert steps[0]["#"] == "1" and ISO_DATE.match(steps[0]["Due date"])
    assert steps[0]["Completed on"] == (START + dt.timedelta(days=3)).isoformat()
    assert steps[5]["Status"] == "Not applicable" and steps[5]["Completed on"] == ""
    assert steps[6]["Note"] == "Call João Gonçalves back on +55 11 91234-5678"
    assert all(s["Days late"].isdigit() for s in steps)


def test_an_anonymised_csv_holds_no_name_or_contact(filled):
    for _name, data in csv_tables(report_of(filled, anonymise=True)):
        text = data.decode("utf-8-sig")
        for secret in ("João", "Gonçalves", "Ana da", "cobalt.example", "91234", FORMULA):
            assert secret not in text
    rows = parsed(dict(csv_tables(report_of(filled, anonymise=True)))["checklist"])
    assert rows[6]["Note"] == "Call Candidate C-01 back on [phone]"


def test_a_portfolio_has_a_line_per_search_first_and_zips_the_three_files(filled, tmp_path):
    other = searches.create_search(
        filled.db, SearchDetails(title="Chief Sales Officer", role=Role.CSO, start_date=START)
    )
    report = build_report(
        filled.db, [filled.search_id, other], ReportOptions(), portfolio=True, now=NOW
    )
    tables = csv_tables(report)
    assert [name for name, _data in tables] == ["searches", "candidates", "checklist"]
    lines = parsed(tables[0][1])
    assert [r["Search"] for r in lines] == ["Chief Revenue Officer", "Chief Sales Officer"]
    (summary,) = search_summaries(filled.db, today=report.today, only=filled.search_id)
    assert lines[0]["Progress (%)"] == str(summary.progress.percent)
    assert lines[0]["Start date"] == START.isoformat()

    path = tmp_path / "portfolio.zip"
    progress = []
    write_csv_zip(report, path, progress=lambda *a: progress.append(a))
    assert progress == [(1, 2), (2, 2)]
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == ["searches.csv", "candidates.csv", "checklist.csv"]
        for name, data in tables:
            assert archive.read(f"{name}.csv") == data
    path.unlink()
    with pytest.raises(ExportCancelled):
        write_csv_zip(report, path, cancelled=lambda: True)
    assert not path.exists()


def test_the_writers_read_nothing_but_the_report(filled, tmp_path):
    report = report_of(filled, include_confidential=True)
    filled.db.close()  # any read from the database would fail now
    write_xlsx(report, tmp_path / "report.xlsx")
    write_csv_zip(report, tmp_path / "report.zip")
    assert [name for name, _data in csv_tables(report)] == ["candidates", "checklist"]
