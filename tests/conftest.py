"""Shared test setup: headless Qt, and a private data folder so no test touches real data."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before Qt is imported anywhere, so every test (and every child process) runs headless,
# on a virtual 1920x1200 screen: the default offscreen screen (800x800) is smaller than the
# 1280x800 window the app is designed for.
_SCREEN = Path(__file__).with_name("offscreen-screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Points the platform data and log folders at a temporary place, and clears REVSEARCH_DB,
    so a test can never read or write the real user's database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("REVSEARCH_DB", raising=False)
    # Qt caches the settings folder for the whole process, so point it explicitly each time.
    from PySide6.QtCore import QSettings

    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(home / "config"))


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """The command line logs to a file in the (temporary) log folder; close it after each test."""
    before = list(logging.getLogger().handlers)
    yield
    for handler in logging.getLogger().handlers[:]:
        if handler not in before:
            logging.getLogger().removeHandler(handler)
            handler.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "revsearch.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator:
    """A fresh, migrated RevSearch database per test."""
    from desktop_app.store.database import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def portuguese(qapp) -> Iterator:
    """The app in Brazilian Portuguese for one test (its .qm built by `make translations`)."""
    from desktop_app.labels.language import PORTUGUESE, Translation

    translation = Translation(qapp, PORTUGUESE)
    assert translation.complete, "run `make translations` (make test does it)"
    yield translation
    translation.remove()
