"""The `revsearch` command line: its contract of commands, outputs and exit codes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import digest, run

from desktop_app import __version__
from desktop_app.cli import main
from desktop_app.store.database import open_database
from desktop_app.store.migrations import shipped_migrations


def test_version_prints_the_package_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"revsearch {__version__}"


def test_list_on_a_missing_database_says_so_and_creates_nothing(capsys, db_path):
    code, out, _ = run(capsys, "list", "--db", str(db_path))
    assert code == 0 and "No searches yet" in out
    assert not db_path.exists()
    code, out, _ = run(capsys, "list", "--json", "--db", str(db_path))
    assert json.loads(out) == []


def test_demo_then_list_shows_each_search_with_progress_overdue_and_stages(capsys, db_path):
    code, out, _ = run(capsys, "demo", "--db", str(db_path))
    assert code == 0 and "Added 3 sample searches" in out
    code, out, _ = run(capsys, "--db", str(db_path), "list")
    assert code == 0
    assert out.count("[CRO]") == 2 and out.count("[CSO]") == 1
    assert "overdue step" in out
    assert "checklist " in out and "%)" in out
    assert "interviewing 2" in out


def test_list_json_gives_one_object_per_search_with_the_documented_keys(capsys, db_path):
    run(capsys, "demo", "--db", str(db_path))
    code, out, _ = run(capsys, "list", "--json", "--db", str(db_path))
    items = json.loads(out)
    assert code == 0 and len(items) == 3
    for item in items:
        assert {"id", "title", "role", "status", "progress", "overdue_steps"} <= set(item)
        assert item["role"] in ("CRO", "CSO")
        progress = item["progress"]
        assert 0 <= progress["done"] <= progress["total"]
        exact = 100 * progress["done"] / progress["total"]
        assert abs(progress["percent"] - exact) <= 0.5
        assert set(item["candidates_by_stage"]) >= {"identified", "offer", "hired"}


def test_demo_twice_adds_nothing_more(capsys, db_path):
    run(capsys, "demo", "--db", str(db_path))
    code, out, _ = run(capsys, "demo", "--db", str(db_path))
    assert code == 0 and "already" in out


def test_the_database_comes_from_the_environment_variable_when_no_option_is_given(
    capsys, db_path, monkeypatch
):
    monkeypatch.setenv("REVSEARCH_DB", str(db_path))
    run(capsys, "demo")
    assert db_path.exists()


def test_the_default_database_lives_in_the_user_data_folder(capsys):
    code, out, _ = run(capsys, "demo")
    expected = Path(os.environ["XDG_DATA_HOME"]) / "RevSearch" / "revsearch.sqlite3"
    assert code == 0 and str(expected) in out and expected.exists()


def test_check_reports_a_healthy_database(capsys, db_path):
    run(capsys, "demo", "--db", str(db_path))
    code, out, _ = run(capsys, "check", "--db", str(db_path))
    latest = len(shipped_migrations())
    assert code == 0 and "healthy" in out and f"schema version {latest}," in out
    assert "3 searches" in out


def test_check_exits_2_on_a_corrupt_file_and_leaves_it_unchanged(capsys, db_path):
    db_path.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    before = digest(db_path)
    code, out, err = run(capsys, "check", "--db", str(db_path))
    assert code == 2 and out == ""
    assert err.startswith("revsearch: ") and err.count("\n") == 1
    assert digest(db_path) == before


def test_check_exits_2_on_a_database_from_a_newer_version(capsys, db_path):
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 42")
    conn.close()
    code, _, err = run(capsys, "check", "--db", str(db_path))
    assert code == 2 and "newer" in err and "42" in err


def test_check_exits_2_when_there_is_no_database(capsys, db_path):
    code, _, err = run(capsys, "check", "--db", str(db_path))
    assert code == 2 and "no database" in err


def _corrupt(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))


def _another_apps(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (n INTEGER)")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 42")
    conn.close()


@pytest.mark.parametrize("make_file", [_corrupt, _another_apps, _newer])
@pytest.mark.parametrize("command", ["demo", "list", "check", "backup"])
def test_every_database_command_refuses_an_unusable_file_untouched(
    capsys, db_path, command, make_file
):
    make_file(db_path)
    before = digest(db_path)
    code, out, err = run(capsys, command, "--db", str(db_path))
    assert code == 2 and out == ""
    assert err.startswith("revsearch: ") and err.count("\n") == 1
    assert digest(db_path) == before
    assert not (db_path.parent / "backups").exists()


def test_backup_writes_a_consistent_copy_where_asked(capsys, db_path, tmp_path):
    run(capsys, "demo", "--db", str(db_path))
    target = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "backup", "--db", str(db_path), "-o", str(target))
    assert code == 0 and str(target) in out
    code, out, _ = run(capsys, "list", "--json", "--db", str(target))
    assert len(json.loads(out)) == 3


def test_backup_without_a_target_goes_to_the_backups_folder(capsys, db_path):
    run(capsys, "demo", "--db", str(db_path))
    code, _, _ = run(capsys, "backup", "--db", str(db_path))
    assert code == 0
    assert len(list((db_path.parent / "backups").glob("*.sqlite3"))) == 1


def test_backup_refuses_to_overwrite_a_file_as_a_user_error(capsys, db_path, tmp_path):
    run(capsys, "demo", "--db", str(db_path))
    target = tmp_path / "taken.sqlite3"
    target.write_text("mine")
    code, _, err = run(capsys, "backup", "--db", str(db_path), "-o", str(target))
    assert code == 1 and "already exists" in err and target.read_text() == "mine"


def test_restore_brings_back_a_backup_and_keeps_a_copy_of_the_replaced_file(
    capsys, db_path, tmp_path
):
    saved = tmp_path / "empty-backup.sqlite3"
    open_database(saved).close()
    run(capsys, "demo", "--db", str(db_path))
    code, out, _ = run(capsys, "restore", str(saved), "--db", str(db_path))
    assert code == 0 and "kept as" in out
    _, listing, _ = run(capsys, "list", "--json", "--db", str(db_path))
    assert json.loads(listing) == []
    kept = Path(out.split("kept as ")[1].strip().rstrip("."))
    _, listing, _ = run(capsys, "list", "--json", "--db", str(kept))
    assert len(json.loads(listing)) == 3


@pytest.mark.parametrize(
    "db_arg",
    [
        lambda tmp: tmp,  # a folder
        lambda tmp: tmp / "file.txt" / "x.sqlite3",  # below a file
        lambda tmp: tmp / ("x" * 300 + ".sqlite3"),  # a name longer than the system allows
    ],
)
@pytest.mark.parametrize("command", ["list", "demo", "check", "backup", "restore"])
def test_an_unusable_path_gets_a_one_line_message_never_exit_3(capsys, tmp_path, db_arg, command):
    (tmp_path / "file.txt").write_text("x")
    saved = tmp_path / "saved.sqlite3"
    open_database(saved).close()
    path = db_arg(tmp_path)
    args = [command, str(saved)] if command == "restore" else [command]
    code, out, err = run(capsys, *args, "--db", str(path))
    if command == "list" and code == 0:
        assert "No searches yet" in out  # nothing there to list is not an error
        return
    assert code in (1, 2), err
    assert err.startswith("revsearch: ") and err.count("\n") == 1


def test_an_empty_db_option_is_a_user_error(capsys):
    code, _, err = run(capsys, "list", "--db", "")
    assert code == 1 and "--db" in err


def test_list_never_crashes_on_a_terminal_that_cannot_show_the_text(db_path):
    result = cli("demo", "--db", str(db_path))
    assert result.returncode == 0
    result = cli("list", "--db", str(db_path), env_extra={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert "Northwind Analytics" in result.stdout


def test_restore_of_a_missing_file_is_a_user_error(capsys, db_path, tmp_path):
    code, _, err = run(capsys, "restore", str(tmp_path / "nope.sqlite3"), "--db", str(db_path))
    assert code == 1 and "no backup file" in err


def test_restore_of_a_damaged_backup_is_refused_and_the_database_kept(capsys, db_path, tmp_path):
    run(capsys, "demo", "--db", str(db_path))
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database")
    code, _, err = run(capsys, "restore", str(bad), "--db", str(db_path))
    assert code == 2 and "not a RevSearch database" in err
    _, listing, _ = run(capsys, "list", "--json", "--db", str(db_path))
    assert len(json.loads(listing)) == 3


@pytest.mark.parametrize(
    "args", [["bogus"], ["list", "--frobnicate"], ["restore"], ["backup", "-o"]]
)
def test_bad_arguments_exit_1_with_a_one_line_message(qapp, capsys, args):
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("revsearch: ") and err.count("\n") == 1


def test_an_unexpected_error_is_one_line_with_the_log_file_and_exit_3(capsys, db_path, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("desktop_app.store.summary.search_summaries", broken)
    run(capsys, "demo", "--db", str(db_path))
    code, _, err = run(capsys, "list", "--db", str(db_path))
    assert code == 3 and "boom" in err and "revsearch.log" in err
    assert "Traceback" not in err


def cli(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_smoke_starts_the_app_shows_the_window_and_exits_0(db_path):
    result = cli("--smoke", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout and str(db_path) in result.stdout
    assert db_path.exists()


def test_smoke_on_a_corrupt_database_exits_2_with_a_message_not_a_traceback(db_path):
    db_path.write_bytes(b"\x00" * 4096)
    result = cli("--smoke", "--db", str(db_path))
    assert result.returncode == 2
    assert "not a RevSearch database" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_a_real_process_reports_a_newer_database_in_one_line(db_path):
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    result = cli("list", "--db", str(db_path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
