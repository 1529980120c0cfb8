"""`revsearch export-search` and `import-search`: handing a search over from a terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import digest, run

from desktop_app.store.database import open_database


def searches_in(path: Path) -> list[dict]:
    db = open_database(path)
    try:
        return list(db.query("SELECT id, title FROM searches ORDER BY title"))
    finally:
        db.close()


@pytest.fixture
def demo_path(capsys, db_path: Path) -> Path:
    run(capsys, "demo", "--db", str(db_path))
    return db_path


def test_export_by_exact_title_writes_the_file_and_says_so(capsys, demo_path, tmp_path):
    target = tmp_path / "cso.revsearch"
    code, out, err = run(
        capsys, "export-search", "Chief Sales Officer", "-o", str(target), "--db", str(demo_path)
    )
    assert code == 0 and err == ""
    assert out.count("\n") == 1 and "Chief Sales Officer" in out and str(target) in out
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "revsearch-search"
    assert document["search"]["title"] == "Chief Sales Officer"


def test_export_by_id_prefix_then_import_into_another_database(capsys, demo_path, tmp_path):
    search = next(s for s in searches_in(demo_path) if s["title"] == "Chief Sales Officer")
    target = tmp_path / "cso.revsearch"
    code, _, _ = run(
        capsys, "export-search", search["id"][:8], "-o", str(target), "--db", str(demo_path)
    )
    assert code == 0
    other = tmp_path / "colleague.sqlite3"
    code, out, err = run(capsys, "import-search", str(target), "--db", str(other))
    assert code == 0 and err == "" and out.startswith("Imported")
    assert searches_in(other) == [search]


def test_an_unknown_or_ambiguous_search_is_a_user_error(capsys, demo_path, tmp_path):
    target = tmp_path / "x.revsearch"
    code, out, err = run(
        capsys, "export-search", "Nobody", "-o", str(target), "--db", str(demo_path)
    )
    assert code == 1 and out == "" and "Nobody" in err and not target.exists()
    db = open_database(demo_path)
    db["searches"].update(searches_in(demo_path)[1]["id"], {"title": "Chief Revenue Officer"})
    db.close()
    code, _, err = run(
        capsys, "export-search", "Chief Revenue Officer", "-o", str(target), "--db", str(demo_path)
    )
    assert code == 1 and "2 searches are titled" in err and not target.exists()


def test_importing_a_search_already_there_exits_1_and_says_how_to_choose(
    capsys, demo_path, tmp_path
):
    target = tmp_path / "cso.revsearch"
    run(capsys, "export-search", "Chief Sales Officer", "-o", str(target), "--db", str(demo_path))
    before = searches_in(demo_path)
    code, out, err = run(capsys, "import-search", str(target), "--db", str(demo_path))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "--replace" in err and "--keep-both" in err
    assert searches_in(demo_path) == before
    code, out, _ = run(capsys, "import-search", str(target), "--replace", "--db", str(demo_path))
    assert code == 0 and out.startswith("Replaced")
    # Exported without --include-confidential: ours stay, and it says so.
    assert "Confidential notes and pay expectations here were kept" in out
    assert searches_in(demo_path) == before


def test_keep_both_adds_a_copy(capsys, demo_path, tmp_path):
    target = tmp_path / "cso.revsearch"
    run(capsys, "export-search", "Chief Sales Officer", "-o", str(target), "--db", str(demo_path))
    code, out, _ = run(capsys, "import-search", str(target), "--keep-both", "--db", str(demo_path))
    assert code == 0 and "Chief Sales Officer (copy)" in out
    titles = [s["title"] for s in searches_in(demo_path)]
    assert titles.count("Chief Sales Officer") == 1 and "Chief Sales Officer (copy)" in titles
    assert len(titles) == 4


def test_a_file_from_a_newer_version_exits_1_and_changes_nothing(capsys, demo_path, tmp_path):
    target = tmp_path / "cso.revsearch"
    run(capsys, "export-search", "Chief Sales Officer", "-o", str(target), "--db", str(demo_path))
    document = json.loads(target.read_text(encoding="utf-8"))
    target.write_text(json.dumps({**document, "version": 99}), encoding="utf-8")
    other = tmp_path / "colleague.sqlite3"
    open_database(other).close()
    file_before, db_before = digest(target), digest(other)
    code, out, err = run(capsys, "import-search", str(target), "--db", str(other))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "newer RevSearch" in err and "format version 99" in err
    assert digest(target) == file_before and digest(other) == db_before


def test_a_malformed_file_exits_1_without_creating_a_database(capsys, tmp_path):
    bad = tmp_path / "bad.revsearch"
    bad.write_text("not json", encoding="utf-8")
    other = tmp_path / "colleague.sqlite3"
    code, _, err = run(capsys, "import-search", str(bad), "--db", str(other))
    assert code == 1 and "not valid JSON" in err and err.count("\n") == 1
    assert not other.exists()
    code, _, err = run(capsys, "import-search", str(tmp_path / "nowhere"), "--db", str(other))
    assert code == 1 and "no file" in err


def test_an_unusable_database_still_exits_2(capsys, demo_path, tmp_path):
    target = tmp_path / "cso.revsearch"
    run(capsys, "export-search", "Chief Sales Officer", "-o", str(target), "--db", str(demo_path))
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    code, _, err = run(capsys, "import-search", str(target), "--db", str(broken))
    assert code == 2 and err.startswith("revsearch: ")
    code, _, _ = run(capsys, "export-search", "x" * 8, "-o", str(target), "--db", str(broken))
    assert code == 2


def test_export_into_a_missing_folder_exits_1_and_writes_nothing(capsys, demo_path, tmp_path):
    target = tmp_path / "missing" / "cso.revsearch"
    code, _, err = run(
        capsys, "export-search", "Chief Sales Officer", "-o", str(target), "--db", str(demo_path)
    )
    assert code == 1 and "does not exist" in err and not target.parent.exists()
