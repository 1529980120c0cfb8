"""`revsearch export`: progress reports from a terminal, headless, in every format."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cli_helpers import digest, run
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.store.database import open_database
from tests.reports.report_helpers import SECRET, add_careful_search


@pytest.fixture
def acme_path(capsys, db_path: Path) -> Path:
    run(capsys, "demo", "--db", str(db_path))
    db = open_database(db_path)
    try:
        add_careful_search(db)
    finally:
        db.close()
    return db_path


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    return folder


def pdf_text(path: Path) -> str:
    """The text a reader's search would find; Qt places words separately, so pypdf separates
    them with tabs or line breaks, which this folds into single spaces."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.split())


def test_a_pdf_of_one_search_by_title(qapp, capsys, acme_path, out):
    code, stdout, err = run(
        capsys, "export", "Acme CRO", "--format", "pdf", "-o", str(out / "acme"),
        "--db", str(acme_path),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert stdout == f"Wrote {out / 'acme.pdf'}\n"
    text = pdf_text(out / "acme.pdf")
    assert "Acme CRO" in text and "Mary O'Brien" in text
    assert SECRET not in text


def test_options_reach_the_report(qapp, capsys, acme_path, out):
    code, _out, err = run(
        capsys, "export", "Acme CRO", "--format", "xlsx", "-o", str(out / "a.xlsx"),
        "--include-confidential", "--anonymise", "--db", str(acme_path),
    )  # fmt: skip
    assert (code, err) == (0, "")
    cells = [
        str(value)
        for sheet in load_workbook(out / "a.xlsx")
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    text = "\n".join(cells)
    assert "Backchannel: Candidate C-01 was let go" in text
    assert "Mary" not in text and "João" not in text


def test_a_portfolio_of_every_open_search(qapp, capsys, acme_path, out):
    code, stdout, err = run(
        capsys, "export", "--all", "--format", "csv", "-o", str(out / "all"),
        "--db", str(acme_path),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert stdout == f"Wrote {out / 'all.zip'}\n"
    with zipfile.ZipFile(out / "all.zip") as archive:
        assert sorted(archive.namelist()) == ["candidates.csv", "checklist.csv", "searches.csv"]
        searches = list(csv.reader(io.StringIO(archive.read("searches.csv").decode("utf-8-sig"))))
    assert len(searches) == 1 + 4  # the header, three samples and Acme


def test_a_single_search_csv_is_two_files(qapp, capsys, acme_path, out):
    code, stdout, _err = run(
        capsys, "export", "Acme CRO", "--format", "csv", "-o", str(out / "acme.csv"),
        "--db", str(acme_path),
    )  # fmt: skip
    assert code == 0
    assert stdout.splitlines() == [
        f"Wrote {out / 'acme-candidates.csv'}",
        f"Wrote {out / 'acme-checklist.csv'}",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Nobody's search", "--format", "pdf"], "No search"),
        (["--all", "Acme CRO", "--format", "pdf"], "not allowed with"),
        (["Acme CRO", "--format", "docx"], "invalid choice"),
        (["Acme CRO"], "required"),
    ],
)
def test_mistakes_are_explained_and_write_nothing(capsys, acme_path, out, args, message):
    before = digest(acme_path)
    code, stdout, err = run(capsys, "export", *args, "-o", str(out / "x"), "--db", str(acme_path))
    assert code == 1 and stdout == ""
    assert message.lower() in err.lower() and "Traceback" not in err
    assert list(out.iterdir()) == []
    assert digest(acme_path) == before


def test_a_missing_folder_is_a_user_error(qapp, capsys, acme_path, tmp_path):
    code, _out, err = run(
        capsys, "export", "Acme CRO", "--format", "html", "-o", str(tmp_path / "no" / "r.html"),
        "--db", str(acme_path),
    )  # fmt: skip
    assert code == 1 and "does not exist" in err


def test_no_database_is_not_created(capsys, tmp_path, out):
    missing = tmp_path / "none.sqlite3"
    code, _out, err = run(
        capsys, "export", "--all", "--format", "pdf", "-o", str(out / "r"), "--db", str(missing)
    )
    assert code == 2 and "no database" in err and not missing.exists()


def test_it_runs_with_no_display_at_all(acme_path, out):
    # A real terminal on a server: no DISPLAY, no Qt platform chosen; the command picks one.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "export", "--all", "--format", "pdf",
         "-o", str(out / "all.pdf"), "--db", str(acme_path)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(out / "all.pdf").pages) >= 5


@pytest.mark.parametrize("output", ["", "FOLDER", "FOLDER/"])
def test_the_output_must_name_a_file(capsys, acme_path, out, output):
    output = output.replace("FOLDER", str(out))
    code, _out, err = run(
        capsys, "export", "Acme CRO", "--format", "pdf", "-o", output, "--db", str(acme_path)
    )
    assert code == 1 and "Traceback" not in err
    assert list(out.iterdir()) == [] and not out.with_suffix(".pdf").exists()


def test_a_report_in_portuguese_and_a_wrong_language(qapp, capsys, acme_path, out):
    code, _out, err = run(
        capsys, "export", "Acme CRO", "--format", "pdf", "-o", str(out / "pt"), "--lang", "pt_BR",
        "--db", str(acme_path),
    )  # fmt: skip
    assert (code, err) == (0, "")
    text = pdf_text(out / "pt.pdf")
    assert "Gerado em" in text and "Generated" not in text
    assert "Acme CRO" in text  # the search's own words stay as written
    # The app's own language after the export: English again.
    code, _out, _err = run(
        capsys, "export", "Acme CRO", "--format", "pdf", "-o", str(out / "en"),
        "--db", str(acme_path),
    )  # fmt: skip
    assert code == 0 and "Generated" in pdf_text(out / "en.pdf")
    code, _out, err = run(
        capsys, "export", "Acme CRO", "--format", "pdf", "-o", str(out / "x"), "--lang", "xx",
        "--db", str(acme_path),
    )  # fmt: skip
    assert code == 1 and "Unknown language 'xx'" in err and "pt_BR" in err


def test_an_english_report_reads_the_english_way_on_a_german_computer(acme_path, out):
    # The system's locale is Germany's: the English report still writes "1 Sep 2026" and
    # "4.5", as the window's export does, with --lang en or with the app's English.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8")
    for name, language in (("en", ["--lang", "en"]), ("default", [])):
        target = out / f"{name}.html"
        result = subprocess.run(
            [sys.executable, "-m", "desktop_app", "export", "Acme CRO", "--format", "html",
             "-o", str(target), "--db", str(acme_path), *language],
            capture_output=True, text=True, env=env, timeout=120, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        html = target.read_text(encoding="utf-8")
        assert '<html lang="en' in html, name
        assert "Started" in html and "1 Sep 2026" in html and "Sept." not in html, name
        assert re.search(r"\d\.\d / \d\.\d", html) and not re.search(r"\d,\d / \d,\d", html)
