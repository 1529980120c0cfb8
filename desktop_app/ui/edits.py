"""Running an edit from any view: saved, or explained and nothing changed.

One place decides how a refused or failed edit is shown, so every view behaves the same: a rule
the person broke gets the domain's message; a database that could not be written (locked, disk
full, file gone) gets a plain explanation instead of the crash dialog.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.errors import ValidationError
from desktop_app.labels.text import fill
from desktop_app.store.errors import DatabaseProblem, NotFound

log = logging.getLogger(__name__)


def run_edit(parent: QWidget, title: str, edit: Callable[[], object]) -> bool:
    """Runs a workspace edit; returns whether it was saved."""
    try:
        edit()
    except (ValidationError, NotFound) as exc:
        QMessageBox.warning(parent, title, exc.message)
        return False
    except (sqlite3.Error, DatabaseProblem, OSError) as exc:
        log.warning("An edit could not be saved: %s", exc)
        QMessageBox.critical(
            parent,
            title,
            fill(
                QCoreApplication.translate(
                    "run_edit", "The change could not be saved, so nothing was changed.\n\n%1"
                ),
                getattr(exc, "message", None) or exc,
            ),
        )
        return False
    return True
