"""Helpers for the command-line tests: run `revsearch` in-process, fingerprint a file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop_app.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    """Runs `revsearch ARGS`; returns the exit code, standard output and standard error."""
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse refuses a bad command line this way
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
