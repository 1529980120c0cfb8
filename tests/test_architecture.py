"""The layers stay apart: domain knows no SQL or Qt, store knows no Qt, lower never imports
higher. Checked on the source, so a stray import fails here before it spreads."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_app"

# What each layer must not import.
FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlite3",
        "sqlite_utils",
        "desktop_app.store",
        "desktop_app.labels",
        "desktop_app.ui",
        "desktop_app.reports",
        "desktop_app.cli",
    ),
    "store": (
        "PySide6",
        "desktop_app.labels",
        "desktop_app.ui",
        "desktop_app.reports",
        "desktop_app.cli",
    ),
    # Words and reports use QtCore and QtGui (translation, fonts, painting), never widgets.
    "labels": ("PySide6.QtWidgets", "desktop_app.ui", "desktop_app.reports", "desktop_app.cli"),
    "reports": ("PySide6.QtWidgets", "desktop_app.ui", "desktop_app.cli"),
    "charts": ("PySide6.QtWidgets", "desktop_app.ui", "desktop_app.reports", "desktop_app.cli"),
    "ui": ("desktop_app.cli",),
}


def imports_of(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_lower_layer_never_imports_a_higher_one_or_qt(layer):
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imports_of(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_the_command_line_loads_without_qt():
    # Terminal commands should not pay for loading Qt.
    code = "import sys, desktop_app.cli; print('PySide6' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
