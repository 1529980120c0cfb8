"""Shared test setup: headless Qt, and a private data folder so no test touches real data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before Qt is imported anywhere, so every test (and every child process) runs headless.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Points the platform data and log folders at a temporary place, and clears REVSEARCH_DB,
    so a test can never read or write the real user's database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("REVSEARCH_DB", raising=False)


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
