"""Helpers for the command-line tests: run `revsearch` in-process, fingerprint a file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop_app.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    """Runs `revsearch ARGS`; returns the exit code, standard output and standard error."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
