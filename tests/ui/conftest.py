"""GUI test helpers: screenshots of what the tests show, kept as artifacts to look at."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

SCREENSHOTS = Path(
    os.environ.get("REVSEARCH_SCREENSHOTS", Path(__file__).parents[2] / "screenshots")
)


@pytest.fixture
def screenshot() -> Callable[[QWidget, str], Path]:
    """screenshot(widget, "name") saves screenshots/name.png (or under $REVSEARCH_SCREENSHOTS)."""

    def save(widget: QWidget, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        assert widget.grab().save(str(path)), f"could not save {path}"
        return path

    return save


def _press(window: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    handle = window.windowHandle()
    assert handle is not None, "show the window first"
    QTest.keyClick(handle, key, modifiers)


@pytest.fixture
def press_shortcut() -> Callable[[QWidget, Qt.Key, Qt.KeyboardModifier], None]:
    """press_shortcut(window, key, modifiers) presses a key combination as the window system
    delivers it, so menu shortcuts fire; offscreen, a key sent to a widget skips them."""
    return _press


@pytest.fixture
def dark_theme(qapp):
    """A dark system theme: Fusion with a dark palette, as many Linux desktops use."""
    old_palette, old_style = qapp.palette(), qapp.style().name()
    qapp.setStyle("Fusion")
    dark = QPalette()
    roles = QPalette.ColorRole
    for role, colour in {
        roles.Window: "#2b2b2b",
        roles.WindowText: "#e6e6e6",
        roles.Base: "#1f1f1f",
        roles.AlternateBase: "#2a2a2a",
        roles.Text: "#e6e6e6",
        roles.Button: "#353535",
        roles.ButtonText: "#e6e6e6",
        roles.Highlight: "#3d6fb4",
        roles.HighlightedText: "#ffffff",
        roles.Mid: "#555555",
        roles.Link: "#8ab4f8",
        roles.ToolTipBase: "#333333",
        roles.ToolTipText: "#e6e6e6",
        roles.PlaceholderText: "#9a9a9a",
    }.items():
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    yield
    qapp.setPalette(old_palette)
    qapp.setStyle(old_style)
