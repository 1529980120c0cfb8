"""The store's own English in the user's language: why a database file cannot be used
(DatabaseProblem), a record that is no longer there (NotFound), what the candidate import's
preview says about the file and its rows, and the reasons the store writes into a candidate's
stage history.

As labels/messages.py does for the domain's ValidationError: the store raises (or says) an English
template with named values ("Cannot read {path}: {reason}."), and here each template has its
translatable text, the same sentence with %1, %2... for the values in the order they first
appear in the English. A template missing here (tests keep the tables equal to the store's
templates) shows the English. Values are shown as they are: a file's path, and the words SQLite
or the system add about a failure, which are theirs and stay in English.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.errors import ValidationError
from desktop_app.labels.messages import message_text, placeholders
from desktop_app.labels.text import fill
from desktop_app.store.errors import DatabaseProblem, NotFound

if TYPE_CHECKING:  # the import's code is loaded when a file is first imported, not at start-up
    from desktop_app.store.candidate_import import Said


def problem_text(exc: DatabaseProblem | NotFound) -> str:
    """Why the database (or a record in it) cannot be used, in the user's language; the English
    message when there is no translation (or the window wrote the message itself)."""
    if isinstance(exc, NotFound):
        translated = not_found_templates().get(exc.what)
        return fill(translated, exc.ident) if translated is not None else exc.message
    translated = problem_templates().get(exc.template)
    return _said(translated, exc.template, exc.values, exc.message)


def import_text(said: Said | ValidationError) -> str:
    """A note about an imported file, or why a row is skipped or flagged, in the user's
    language. A row the domain refused says the domain's message (labels/messages.py)."""
    if isinstance(said, ValidationError):
        return message_text(said)
    return _said(import_templates().get(said.template), said.template, said.values, str(said))


def history_reason_text(reason: str) -> str:
    """A stage history's reason as shown: the store's own ("Added to the search", kept in
    English in the file) in the user's language, a reason a person typed as typed."""
    return history_reasons().get(reason, reason)


def _said(translated: str | None, template: str, values: Mapping[str, object], english: str) -> str:
    names = [name for name, _conversion in placeholders(template)]
    if translated is None or not all(name in values for name in names):
        return english
    return fill(translated, *(str(values[name]) for name in names))


def problem_templates() -> dict[str, str]:
    """Each English template a DatabaseProblem is raised with, to its translated text."""
    translate = QCoreApplication.translate
    return {
        # store/database.py
        "{path} is a folder, not a database file.": translate(
            "StoreMessages", "%1 is a folder, not a database file."
        ),
        "Cannot read {path}: {reason}.": translate("StoreMessages", "Cannot read %1: %2."),
        "{path} is empty: it is not a RevSearch database.": translate(
            "StoreMessages", "%1 is empty: it is not a RevSearch database."
        ),
        "{path} is not a RevSearch database (not a SQLite file, or its start is damaged).": (
            translate(
                "StoreMessages",
                "%1 is not a RevSearch database (not a SQLite file, or its start is damaged).",
            )
        ),
        "{path} is damaged or unreadable ({detail}).": translate(
            "StoreMessages", "%1 is damaged or unreadable (%2)."
        ),
        "{path} is an empty SQLite file, not a RevSearch database; it was left unchanged.": (
            translate(
                "StoreMessages",
                "%1 is an empty SQLite file, not a RevSearch database; it was left unchanged.",
            )
        ),
        "{path} is a database of another application, not a RevSearch database; it was left "
        "unchanged.": translate(
            "StoreMessages",
            "%1 is a database of another application, not a RevSearch database; it was left "
            "unchanged.",
        ),
        "{path} was written by a newer RevSearch (schema version {version}); this one knows up "
        "to version {latest}. Update RevSearch to open it.": translate(
            "StoreMessages",
            "%1 was written by a newer RevSearch (schema version %2); this one knows up to "
            "version %3. Update RevSearch to open it.",
        ),
        "Cannot open {path}: {detail}.": translate("StoreMessages", "Cannot open %1: %2."),
        "{path} is damaged ({detail}).": translate("StoreMessages", "%1 is damaged (%2)."),
        "There is no database at {path}.": translate(
            "StoreMessages", "There is no database at %1."
        ),
        "Cannot create the folder {folder}: {reason}.": translate(
            "StoreMessages", "Cannot create the folder %1: %2."
        ),
        "{path} needs an upgrade but cannot be written (read-only).": translate(
            "StoreMessages", "%1 needs an upgrade but cannot be written (read-only)."
        ),
        "Upgrading {path} failed ({detail}); it was left at schema version {version}.": (
            translate(
                "StoreMessages",
                "Upgrading %1 failed (%2); it was left at schema version %3.",
            )
        ),
        "Cannot use {path}: {detail}.": translate("StoreMessages", "Cannot use %1: %2."),
        "Cannot create {path}: {reason}.": translate("StoreMessages", "Cannot create %1: %2."),
        # store/backup.py
        "{path} already exists; choose another name.": translate(
            "StoreMessages", "%1 already exists; choose another name."
        ),
        "The backup to {path} failed: {detail}.": translate(
            "StoreMessages", "The backup to %1 failed: %2."
        ),
        "Restoring into {path} failed: {detail}.": translate(
            "StoreMessages", "Restoring into %1 failed: %2."
        ),
        # store/recovery.py
        "That file is the database itself; choose a backup.": translate(
            "StoreMessages", "That file is the database itself; choose a backup."
        ),
        "That backup no longer exists ({path}); choose another.": translate(
            "StoreMessages", "That backup no longer exists (%1); choose another."
        ),
    }


def not_found_templates() -> dict[str, str]:
    """NotFound's message for each kind of record the store raises it for; %1 is the id."""
    translate = QCoreApplication.translate
    return {
        "search": translate("StoreMessages", "No search with id '%1'."),
        "candidate": translate("StoreMessages", "No candidate with id '%1'."),
        "checklist step": translate("StoreMessages", "No checklist step with id '%1'."),
        "note": translate("StoreMessages", "No note with id '%1'."),
    }


def import_templates() -> dict[str, str]:
    """What the candidate import's preview says (store/candidate_import.py's Said)."""
    translate = QCoreApplication.translate
    return {
        # about the file
        "The file is not UTF-8; it was read as Windows-1252 (cp1252).": translate(
            "ImportPreview", "The file is not UTF-8; it was read as Windows-1252 (cp1252)."
        ),
        "Column names were read from row {row}.": translate(
            "ImportPreview", "Column names were read from row %1."
        ),
        # why a row is skipped
        "no name": translate("ImportPreview", "no name"),
        "same person as row {row} in this file": translate(
            "ImportPreview", "same person as row %1 in this file"
        ),
        "already in this search ({name})": translate(
            "ImportPreview", "already in this search (%1)"
        ),
        # where else the person is: %1 their name there, %2 the search's title
        "{name} in '{title}' (same e-mail)": translate("ImportPreview", "%1 in '%2' (same e-mail)"),
        "{name} in '{title}' (same LinkedIn URL)": translate(
            "ImportPreview", "%1 in '%2' (same LinkedIn URL)"
        ),
    }


def history_reasons() -> dict[str, str]:
    """The reasons the store writes into the stage history (store/candidates.py), as stored,
    to how they read."""
    translate = QCoreApplication.translate
    return {
        "Added to the search": translate("StageHistory", "Added to the search"),
        "Back in the pipeline": translate("StageHistory", "Back in the pipeline"),
    }
