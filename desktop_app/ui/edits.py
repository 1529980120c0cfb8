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
from desktop_app.labels.messages import message_text
from desktop_app.labels.store_messages import problem_text
from desktop_app.labels.text import fill
from desktop_app.store.errors import DatabaseProblem, NotFound

log = logging.getLogger(__name__)


def run_edit(parent: QWidget, title: str, edit: Callable[[], object]) -> bool:
    """Runs a workspace edit; returns whether it was saved."""
    try:
        edit()
    except ValidationError as exc:
        QMessageBox.warning(parent, title, message_text(exc))
        return False
    except NotFound as exc:
        QMessageBox.warning(parent, title, problem_text(exc))
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
                explain_failure(exc),
            ),
        )
        return False
    return True


# SQLite's primary result codes (the low byte of an extended code) that a person can act on.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26


def explain_failure(exc: BaseException, *, reading: bool = False) -> str:
    """Why a write (with `reading`, a read: an export) failed, in words a person can act on,
    with SQLite's own words after it for whoever helps them."""
    if isinstance(exc, DatabaseProblem):
        return problem_text(exc)
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == _SQLITE_FULL:
        plain = QCoreApplication.translate(
            "run_edit", "The disk is full. Free some space, then try again."
        )
    elif primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        plain = QCoreApplication.translate(
            "run_edit",
            "Another program is using the database file right now. Try again in a moment.",
        )
    elif primary == _SQLITE_READONLY:
        plain = QCoreApplication.translate(
            "run_edit", "The database file cannot be written: it or its folder is read-only."
        )
    elif reading and primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN, _SQLITE_CORRUPT, _SQLITE_NOTADB):
        plain = QCoreApplication.translate(
            "run_edit",
            "The database file could not be read: the drive may have been disconnected, "
            "or the file moved, deleted or damaged.",
        )
    elif primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN, _SQLITE_CORRUPT, _SQLITE_NOTADB):
        plain = QCoreApplication.translate(
            "run_edit",
            "The database file could not be written: the drive may have been disconnected, "
            "or the file moved, deleted or damaged.",
        )
    elif isinstance(exc, OSError):
        plain = exc.strerror or str(exc)
    else:
        return str(exc)
    return fill(QCoreApplication.translate("run_edit", "%1\n\n(%2)"), plain, exc)
