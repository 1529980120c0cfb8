"""Where RevSearch keeps its files. Resolved when asked, never at import, so tests and the
command line can point it elsewhere."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "RevSearch"
DB_FILE_NAME = "revsearch.sqlite3"
DB_ENV_VAR = "REVSEARCH_DB"


def data_folder() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_folder() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def database_path(
    option: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """--db if given, else $REVSEARCH_DB, else revsearch.sqlite3 in the user data folder."""
    environ = os.environ if environ is None else environ
    chosen = option or environ.get(DB_ENV_VAR) or data_folder() / DB_FILE_NAME
    return Path(chosen).expanduser()
