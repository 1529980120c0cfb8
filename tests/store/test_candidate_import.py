"""Importing candidates from CSV and .xlsx files: reading, mapping, preview, all-or-nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.store import candidate_import as importer
from desktop_app.store import candidates, searches
from desktop_app.store.candidate_import import ImportFileError

START = dt.date(2026, 1, 5)

# Written like an export from a sourcing tool that someone then edited by hand.
MESSY_CSV = (
    '"First Name","Last Name","Company Name","Job Title","Email Address","Profile URL","Notes"\n'
    'Zoë,Åkesson,"Acme, Inc.","VP Sales, EMEA",zoe@acme.example,'
    "https://www.linkedin.com/in/zoe-akesson/,met at SaaStr\n"
    "\n"
    'José,Núñez,Globex,"Chief ""Revenue"" Officer",JOSE@GLOBEX.EXAMPLE,,\n'
    ",,Initech,CRO,nobody@initech.example,,\n"
    "Bad,Mail,Hooli,CSO,not-an-email,,\n"
    "Zoe,Akesson,Acme,VP Sales,Zoe@Acme.example,,duplicate of row 2\n"
    "Anna,Here,Umbrella,CRO,anna@umbrella.example,,\n"
    "Otto,Elsewhere,Soylent,CSO,,http://linkedin.com/in/otto,\n"
)


def new_search(db, title: str) -> str:
    return searches.create_search(db, SearchDetails(title=title, role=Role.CRO, start_date=START))


@pytest.fixture
def two_searches(db) -> tuple[str, str]:
    this = new_search(db, "CRO Acme")
    other = new_search(db, "CSO Beta")
    candidates.add_candidate(
        db, this, CandidateDetails(full_name="Anna Here", email="ANNA@umbrella.example")
    )
    candidates.add_candidate(
        db,
        other,
        CandidateDetails(full_name="Otto E.", linkedin_url="https://www.linkedin.com/in/otto/"),
    )
    return this, other


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def count(db) -> int:
    return db["candidates"].count


def summary(plan: importer.Preview) -> list[tuple[int, str, str, list[str]]]:
    return [
        (row.line, row.details.full_name if row.details else "", row.skip_reason, row.already_in)
        for row in plan.rows
    ]


EXPECTED = [
    (2, "Zoë Åkesson", "", []),
    (4, "José Núñez", "", []),
    (5, "", "no name", []),
    (6, "", "'not-an-email' is not an e-mail address.", []),
    (7, "Zoe Akesson", "same person as row 2 in this file", []),
    (8, "Anna Here", "already in this search (Anna Here)", []),
    (9, "Otto Elsewhere", "", ["Otto E. in 'CSO Beta' (same LinkedIn URL)"]),
]


def test_headers_are_recognised_whatever_their_spelling():
    mapping = importer.guess_mapping(
        ["First Name", "last_name", "Company Name", "JOB TITLE", "E-mail", "Profile URL", "Notes"]
    )
    assert mapping == {
        0: "first_name",
        1: "last_name",
        2: "current_company",
        3: "current_title",
        4: "email",
        5: "linkedin_url",
        6: None,
    }
    assert importer.guess_mapping(["Full name", "Organization", "Position", "Mobile", "City"]) == {
        0: "full_name",
        1: "current_company",
        2: "current_title",
        3: "phone",
        4: "location",
    }
    assert importer.guess_mapping(["LinkedIn", "Source", "Compensation", "Email", "email"]) == {
        0: "linkedin_url",
        1: "source",
        2: "pay_expectation",
        3: "email",
        4: None,  # the first column wins
    }


def test_a_messy_csv_gives_the_expected_preview_and_writes_nothing(db, two_searches, tmp_path):
    this, _ = two_searches
    table = importer.read_table(write(tmp_path, "people.csv", MESSY_CSV))
    assert table.note == ""
    assert table.headers[:2] == ["First Name", "Last Name"]
    plan = importer.preview(db, this, table, importer.guess_mapping(table.headers))
    assert summary(plan) == EXPECTED
    zoe = plan.rows[0].details
    assert zoe.current_company == "Acme, Inc." and zoe.current_title == "VP Sales, EMEA"
    assert plan.rows[1].details.current_title == 'Chief "Revenue" Officer'
    assert [row.line for row in plan.to_import] == [2, 4, 9]
    assert [row.line for row in plan.skipped] == [5, 6, 7, 8]
    assert count(db) == 2


def test_semicolons_and_windows_1252_are_read_and_the_encoding_is_named(db, two_searches, tmp_path):
    this, _ = two_searches
    text = MESSY_CSV.replace('"Acme, Inc."', "Acme Inc.").replace('"VP Sales, EMEA"', "VP Sales")
    text = text.replace(",", ";")
    path = write(tmp_path, "people.csv", text, encoding="cp1252")
    table = importer.read_table(path)
    assert "cp1252" in table.note
    plan = importer.preview(db, this, table, importer.guess_mapping(table.headers))
    assert summary(plan) == EXPECTED
    assert plan.rows[0].details.current_company == "Acme Inc."


def test_an_xlsx_first_sheet_is_read_with_numbers_as_text(db, two_searches, tmp_path):
    this, _ = two_searches
    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Current company", "Title", "Phone", "Email"])
    sheet.append(["Maria Lopez", "Acme", "CRO", 4915112345678, "maria@acme.example"])
    sheet.append([None, None, None, None, None])
    sheet.append(["Ben Ode", "Globex", "CSO", None, None])
    book.create_sheet("Ignored").append(["Name"])
    path = tmp_path / "people.xlsx"
    book.save(path)
    table = importer.read_table(path)
    assert table.rows == [
        (2, ["Maria Lopez", "Acme", "CRO", "4915112345678", "maria@acme.example"]),
        (4, ["Ben Ode", "Globex", "CSO", "", ""]),
    ]
    plan = importer.preview(db, this, table, importer.guess_mapping(table.headers))
    assert [row.details.phone for row in plan.to_import] == ["4915112345678", ""]


def test_a_shared_linkedin_company_page_does_not_make_people_duplicates(db, two_searches, tmp_path):
    this, other = two_searches
    page = "https://www.linkedin.com/company/umbrella/"
    candidates.add_candidate(db, this, CandidateDetails(full_name="Ida Here", linkedin_url=page))
    candidates.add_candidate(db, other, CandidateDetails(full_name="Ike There", linkedin_url=page))
    text = (
        "Name,LinkedIn\n"
        "Eve One,https://linkedin.com/company/umbrella\n"
        "Fay Two,http://linkedin.com/company/Umbrella/\n"
        "Otto Again,https://uk.linkedin.com/in/OTTO?trk=x\n"
    )
    table = importer.read_table(write(tmp_path, "people.csv", text))
    plan = importer.preview(db, this, table, importer.guess_mapping(table.headers))
    assert summary(plan) == [
        (2, "Eve One", "", []),  # neither "already in this search" nor in the other one
        (3, "Fay Two", "", []),  # nor "same person as row 2"
        (4, "Otto Again", "", ["Otto E. in 'CSO Beta' (same LinkedIn URL)"]),  # a profile is
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "is empty"),
        ("blank.csv", b"\n\n  \n", "is empty"),
        ("report.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "not a text CSV file"),
        ("report.xlsx", b"%PDF-1.7\n1 0 obj", "not an Excel .xlsx file"),
        ("broken.xlsx", b"PK\x03\x04garbage", "cannot be read as an Excel .xlsx file"),
        ("people.pdf", b"Name\nAnna\n", r"not a CSV or Excel \(\.xlsx\) file"),
        ("nohead.csv", b"Anna,anna@x.example\nBen,ben@x.example\n", "no header row"),
    ],
)
def test_unusable_files_are_refused_with_one_line_and_change_nothing(
    db, two_searches, tmp_path, name, content, message
):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message) as caught:
        importer.read_table(path)
    assert "\n" not in str(caught.value) and name in str(caught.value)
    assert count(db) == 2


def test_a_header_only_file_has_no_rows(tmp_path):
    table = importer.read_table(write(tmp_path, "head.csv", "Name,Email\n"))
    assert table.headers == ["Name", "Email"] and table.rows == []


def test_import_adds_every_importable_row_with_a_default_source(db, two_searches, tmp_path):
    this, _ = two_searches
    table = importer.read_table(write(tmp_path, "people.csv", MESSY_CSV))
    plan = importer.preview(db, this, table, importer.guess_mapping(table.headers))
    ids = importer.import_preview(db, this, plan)
    assert len(ids) == 3
    added = [candidates.get_candidate(db, i) for i in ids]
    assert [c.full_name for c in added] == ["Zoë Åkesson", "José Núñez", "Otto Elsewhere"]
    assert {c.details.source for c in added} == {"Import"}
    assert {c.search_id for c in added} == {this}
    assert count(db) == 5


def test_import_is_all_or_nothing(db, two_searches, tmp_path, monkeypatch):
    this, _ = two_searches
    table = importer.read_table(write(tmp_path, "people.csv", MESSY_CSV))
    plan = importer.preview(db, this, table, importer.guess_mapping(table.headers))
    real_add = candidates.add_candidate
    calls = []

    def failing_add(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk full")
        return real_add(*args, **kwargs)

    monkeypatch.setattr(importer, "add_candidate", failing_add)
    with pytest.raises(OSError, match="disk full"):
        importer.import_preview(db, this, plan)
    assert len(calls) == 3
    assert count(db) == 2
    assert db["stage_history"].count == 2
