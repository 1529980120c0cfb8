"""Helpers for the command-line tests: run `revsearch` in-process, fingerprint a file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.cli import main

_application: QApplication | None = None


def run(capsys, *args: str) -> tuple[int, str, str]:
    """Runs `revsearch ARGS`; returns the exit code, standard output and standard error."""
    qt_application()
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse refuses a bad command line this way
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def qt_application() -> QApplication:
    """The command line says its words through Qt's translator, on the application there is,
    and makes a QCoreApplication when there is none, which a real run can (it ends with the
    command). In the tests' process that one would stay, and pytest-qt's `qapp` could then
    make no QApplication for the widget tests: so there is one before the command runs (as
    `qapp` would make it, and `qapp` takes it)."""
    global _application
    existing = QApplication.instance()
    if existing is not None:
        assert isinstance(existing, QApplication), "a QCoreApplication was made before qapp"
        return existing
    _application = QApplication([])
    return _application


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
