"""A committed edit survives the process being killed: a child makes edits through the store and
reports each one after its commit; SIGKILL at random moments, 20 times on the same file, must
never lose a reported edit or damage the file.

The moments come from a seeded generator, so a failing run can be repeated with the same seed
(the child's choice of edits is seeded too; only the scheduler's timing varies).
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from durability_child import missing_edits

from desktop_app.store.database import open_database

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is a POSIX signal")

CHILD = Path(__file__).with_name("durability_child.py")
REPO = Path(__file__).resolve().parents[2]
SEED = 20260512
KILLS = 20


def start_child(db_path: Path, label: str, seed: int, count: int | None = None):
    args = [sys.executable, str(CHILD), str(db_path), label, str(seed)]
    if count is not None:
        args.append(str(count))
    return subprocess.Popen(
        args,
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_until_ready(child: subprocess.Popen) -> None:
    line = child.stdout.readline()
    if line.strip() != "ready":
        child.kill()
        _, errors = child.communicate()
        raise AssertionError(f"the child did not start: {line!r} {errors}")


def reported_lines(output: str) -> list[str]:
    # A line cut short by the kill has no newline; it was never fully reported.
    complete = output.split("\n")[:-1]
    return [line for line in complete if line]


def check_file(db_path: Path, reported: list[str]) -> None:
    db = open_database(db_path)  # recovers the write-ahead log as the app's next start would
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert missing_edits(db, reported) == []
    finally:
        db.close()


def test_every_reported_edit_survives_sigkill_at_random_moments(tmp_path):
    db_path = tmp_path / "revsearch.sqlite3"
    open_database(db_path).close()
    rng = random.Random(SEED)
    reported: list[str] = []
    edits_per_run = []
    for run in range(KILLS):
        child = start_child(db_path, f"k{run}", rng.randrange(1 << 30))
        wait_until_ready(child)
        # Somewhere in the middle of an edit, or between two: the child commits every few
        # milliseconds, so a random moment hits every stage of a commit over 20 runs.
        time.sleep(rng.uniform(0.01, 0.25))
        child.send_signal(signal.SIGKILL)
        output, errors = child.communicate(timeout=10)
        assert child.returncode == -signal.SIGKILL, errors  # killed, not failed on its own
        lines = reported_lines(output)
        edits_per_run.append(len(lines))
        reported.extend(lines)
        # Every edit reported so far, this run's and all earlier runs', is still there.
        check_file(db_path, reported)
    # The test proves something only if the children got to edit before being killed.
    assert sum(edits_per_run) >= KILLS, edits_per_run
    assert sum(1 for n in edits_per_run if n > 0) >= KILLS // 2, edits_per_run


def test_the_check_notices_an_edit_that_is_not_there(tmp_path):
    """The check above can fail: an edit reported but never committed is caught."""
    db_path = tmp_path / "revsearch.sqlite3"
    child = start_child(db_path, "c", 7, count=15)
    output, errors = child.communicate("go\n", timeout=30)
    assert child.returncode == 0, errors
    lines = reported_lines(output)
    db = open_database(db_path)
    try:
        assert missing_edits(db, lines) == []
        invented = ["note 0123456789abcdef Note-never-saved", "step no-such-step-id"]
        assert missing_edits(db, [*lines, *invented]) == invented
    finally:
        db.close()
