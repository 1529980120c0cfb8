"""Two RevSearch processes editing one file at the same time (two windows, or a window and the
command line): they take turns through the busy timeout and BEGIN IMMEDIATE, so neither sees
"database is locked" and no edit is lost."""

from __future__ import annotations

import pytest
from durability_child import missing_edits
from test_crash_durability import reported_lines, start_child, wait_until_ready

from desktop_app.store.database import open_database

EDITS_EACH = 150


@pytest.mark.parametrize("seed", [11, 12])
def test_two_processes_editing_together_lose_nothing_and_never_fail(tmp_path, seed):
    db_path = tmp_path / "revsearch.sqlite3"
    open_database(db_path).close()
    children = [start_child(db_path, f"p{n}", seed * 10 + n, count=EDITS_EACH) for n in (1, 2)]
    results = []
    try:
        for child in children:
            wait_until_ready(child)
        for child in children:
            child.stdin.write("go\n")
            child.stdin.flush()
        results = [(child, *child.communicate(timeout=60)) for child in children]
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.communicate()
    reported = []
    for child, output, errors in results:
        # A "database is locked" would end the child with a traceback and a non-zero status.
        assert child.returncode == 0, errors
        lines = reported_lines(output)
        assert lines[-1] == "done"
        assert len(lines) == EDITS_EACH + 1  # the edits, then done
        reported.extend(lines)
    db = open_database(db_path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert missing_edits(db, reported) == []
        # Both wrote: each child's candidates are in the file.
        for label in ("p1", "p2"):
            count = db["candidates"].count_where("full_name LIKE ?", [f"Person {label}-%"])
            assert count > 0
    finally:
        db.close()
