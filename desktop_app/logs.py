"""Logging to a rotating file in the platform's log folder; bugs are recorded there in full
while the person sees one clear line."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop_app.locations import log_folder

LOG_FILE_NAME = "revsearch.log"


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Starts logging to the log file; returns its path, or None if it cannot be written (the
    app works without a log rather than refusing to start)."""
    path = log_folder() / LOG_FILE_NAME
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
