"""`revsearch import-candidates`: a preview on the terminal, then one all-or-nothing import."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import digest, run

from desktop_app.store.database import open_database

PEOPLE_CSV = (
    "First Name,Last Name,Company,Title,Email Address\n"
    "Zoë,Åkesson,Acme,CRO,zoe@acme.example\n"
    ",,Initech,CSO,nobody@initech.example\n"
    "Ben,Ode,Globex,CSO,not-an-email\n"
    "José,Núñez,Globex,CRO,jose@globex.example\n"
)


def names_in(path: Path, title: str) -> list[tuple[str, str]]:
    db = open_database(path)
    try:
        rows = db.query(
            "SELECT c.full_name, c.source FROM candidates c JOIN searches s ON s.id = c.search_id "
            "WHERE s.title = ? ORDER BY c.full_name",
            [title],
        )
        return [(row["full_name"], row["source"]) for row in rows]
    finally:
        db.close()


@pytest.fixture
def demo_path(capsys, db_path: Path) -> Path:
    run(capsys, "demo", "--db", str(db_path))
    return db_path


@pytest.fixture
def people(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE_CSV, encoding="utf-8")
    return path


def test_a_dry_run_shows_the_plan_and_writes_nothing(capsys, demo_path, people):
    before = names_in(demo_path, "Chief Sales Officer")
    checksum = digest(demo_path)
    code, out, err = run(
        capsys, "import-candidates", "Chief Sales Officer", str(people), "--dry-run",
        "--db", str(demo_path),
    )  # fmt: skip
    assert code == 0 and err == ""
    assert "First Name -> first_name" in out and "Email Address -> email" in out
    assert "Skipped row 3: no name." in out
    assert "Skipped row 4: 'not-an-email' is not an e-mail address.." not in out
    assert "Skipped row 4: 'not-an-email' is not an e-mail address." in out
    assert "2 to import, 2 skipped." in out
    assert "Dry run: nothing was written." in out
    assert names_in(demo_path, "Chief Sales Officer") == before
    assert digest(demo_path) == checksum


def test_a_real_run_adds_the_importable_people(capsys, demo_path, people):
    before = names_in(demo_path, "Chief Sales Officer")
    code, out, err = run(
        capsys, "import-candidates", "Chief Sales Officer", str(people), "--db", str(demo_path)
    )
    assert code == 0 and err == ""
    assert "Added 2 candidates to the search 'Chief Sales Officer'." in out
    after = names_in(demo_path, "Chief Sales Officer")
    assert sorted(set(after) - set(before)) == [("José Núñez", "Import"), ("Zoë Åkesson", "Import")]
    # Importing the same file again finds them already in the search and adds no one.
    code, out, _ = run(
        capsys, "import-candidates", "Chief Sales Officer", str(people), "--db", str(demo_path)
    )
    assert code == 0 and "already in this search" in out and "Added 0 candidates" in out
    assert names_in(demo_path, "Chief Sales Officer") == after


def test_a_bad_file_is_a_one_line_user_error(capsys, demo_path, tmp_path):
    fake = tmp_path / "people.csv"
    fake.write_bytes(b"%PDF-1.7\n1 0 obj\n")
    checksum = digest(demo_path)
    code, out, err = run(
        capsys, "import-candidates", "Chief Sales Officer", str(fake), "--db", str(demo_path)
    )
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "people.csv is not a text CSV file" in err
    assert "Traceback" not in err
    assert digest(demo_path) == checksum


def test_a_missing_file_or_unknown_search_is_a_user_error(capsys, demo_path, people, tmp_path):
    code, _, err = run(
        capsys, "import-candidates", "Chief Sales Officer", str(tmp_path / "nope.csv"),
        "--db", str(demo_path),
    )  # fmt: skip
    assert code == 1 and "There is no file" in err
    code, out, err = run(capsys, "import-candidates", "Nobody", str(people), "--db", str(demo_path))
    assert code == 1 and out == "" and err.count("\n") == 1


def test_an_unusable_database_exits_2(capsys, people, tmp_path):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database at all" * 100)
    code, _, err = run(capsys, "import-candidates", "Anything", str(people), "--db", str(broken))
    assert code == 2 and err.count("\n") == 1
