"""GUI test helpers: screenshots of what the tests show, kept as artifacts to look at."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
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
