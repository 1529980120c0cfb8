"""The store's own English in the user's language: why a database file cannot be used
(DatabaseProblem), a record that is no longer there (NotFound), why a spreadsheet of candidates
(ImportFileError) or a .revsearch file (HandoffError) cannot be imported, what the candidate
import's preview says about the file and its rows, and the words the store writes into a
candidate's record (the stage history's reasons, the source of an imported person).

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
    from desktop_app.store.candidate_import import ImportFileError, Said
    from desktop_app.store.handoff import HandoffError

# store/handoff.py's THE_FILE: how a problem names a document that came from no path.
_THE_FILE = "The file"
# The sources the store itself gives a candidate (candidate_sources() translates each).
STORE_SOURCES = frozenset({"Import"})


def problem_text(exc: DatabaseProblem | NotFound) -> str:
    """Why the database (or a record in it) cannot be used, in the user's language; the English
    message when there is no translation (or the window wrote the message itself)."""
    if isinstance(exc, NotFound):
        translated = not_found_templates().get(exc.what)
        return fill(translated, exc.ident) if translated is not None else exc.message
    translated = problem_templates().get(exc.template)
    return said_text(translated, exc.template, exc.values, exc.message)


def import_text(said: Said | ValidationError) -> str:
    """A note about an imported file, or why a row is skipped or flagged, in the user's
    language. A row the domain refused says the domain's message (labels/messages.py)."""
    if isinstance(said, ValidationError):
        return message_text(said)
    return said_text(import_templates().get(said.template), said.template, said.values, str(said))


def import_file_text(exc: ImportFileError) -> str:
    """Why a spreadsheet of candidates cannot be imported, in the user's language."""
    return said_text(import_file_templates().get(exc.template), exc.template, exc.values, str(exc))


def handoff_text(exc: HandoffError) -> str:
    """Why a .revsearch file cannot be read or imported, in the user's language."""
    values = dict(exc.values)
    if values.get("source") == _THE_FILE:  # no path: the words, not a file's name
        values["source"] = QCoreApplication.translate("StoreMessages", "The file")
    return said_text(handoff_templates().get(exc.template), exc.template, values, str(exc))


def history_reason_text(reason: str) -> str:
    """A stage history's reason as shown: the store's own ("Added to the search", kept in
    English in the file) in the user's language, a reason a person typed as typed."""
    return history_reasons().get(reason, reason)


def source_text(source: str) -> str:
    """A candidate's source as shown: the store's own (an imported person's "Import", kept in
    English in the file) in the user's language, one a person typed as typed."""
    if source not in STORE_SOURCES:  # most are typed: no translator asked, row after row
        return source
    return candidate_sources().get(source, source)


def said_text(
    translated: str | None, template: str, values: Mapping[str, object], english: str
) -> str:
    """The translated text of a template with its values put in (for %1, %2... in the order
    the names first appear in the English), or the English when there is no translation."""
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


def candidate_sources() -> dict[str, str]:
    """The sources the store gives a candidate (store/candidate_import.py's DEFAULT_SOURCE),
    as stored, to how they read."""
    return {"Import": QCoreApplication.translate("CandidateSource", "Import")}


def import_file_templates() -> dict[str, str]:
    """Each English template an ImportFileError is raised with (store/candidate_import.py),
    to its translated text. %1 is the file's name."""
    translate = QCoreApplication.translate
    return {
        "{name} is not a CSV or Excel (.xlsx) file; save it as one of those first.": translate(
            "StoreMessages",
            "%1 is not a CSV or Excel (.xlsx) file; save it as one of those first.",
        ),
        "{name} cannot be read: {reason}.": translate("StoreMessages", "%1 cannot be read: %2."),
        "{name} is empty.": translate("StoreMessages", "%1 is empty."),
        "{name} has no header row: row 1 holds data, not column names such as 'Name' or "
        "'Email'.": translate(
            "StoreMessages",
            "%1 has no header row: row 1 holds data, not column names such as 'Name' or 'Email'.",
        ),
        "{name} is not a text CSV file (it looks like another kind).": translate(
            "StoreMessages", "%1 is not a text CSV file (it looks like another kind)."
        ),
        "{name} row {row} cannot be read: {detail}.": translate(
            "StoreMessages", "%1 row %2 cannot be read: %3."
        ),
        "{name} is in an unknown text encoding; save it as CSV UTF-8.": translate(
            "StoreMessages", "%1 is in an unknown text encoding; save it as CSV UTF-8."
        ),
        "{name} is not an Excel .xlsx file (it looks like another kind).": translate(
            "StoreMessages", "%1 is not an Excel .xlsx file (it looks like another kind)."
        ),
        "{name} has no sheets.": translate("StoreMessages", "%1 has no sheets."),
        "{name} cannot be read as an Excel .xlsx file: {detail}.": translate(
            "StoreMessages", "%1 cannot be read as an Excel .xlsx file: %2."
        ),
        "{name} is empty (its first sheet has no cells).": translate(
            "StoreMessages", "%1 is empty (its first sheet has no cells)."
        ),
    }


def handoff_templates() -> dict[str, str]:
    """Each English template a HandoffError is raised with (store/handoff.py), to its
    translated text. Table and field names ('candidates', 'score') are the file format's own
    and stay as written."""
    translate = QCoreApplication.translate
    return {
        "The search '{title}' is already in this database; replace it or keep both.": translate(
            "StoreMessages",
            "The search '%1' is already in this database; replace it or keep both.",
        ),
        "There is no search with id '{id}' to export.": translate(
            "StoreMessages", "There is no search with id '%1' to export."
        ),
        "The folder {folder} does not exist; choose another place.": translate(
            "StoreMessages", "The folder %1 does not exist; choose another place."
        ),
        "{path} is a folder; give the name of a file to write.": translate(
            "StoreMessages", "%1 is a folder; give the name of a file to write."
        ),
        "{path} cannot be read: {reason}.": translate("StoreMessages", "%1 cannot be read: %2."),
        "{path} is empty; it is not a RevSearch search file.": translate(
            "StoreMessages", "%1 is empty; it is not a RevSearch search file."
        ),
        "{path} is not UTF-8 text (bad byte at position {position}); it is not a RevSearch "
        "search file.": translate(
            "StoreMessages",
            "%1 is not UTF-8 text (bad byte at position %2); it is not a RevSearch search file.",
        ),
        "{path} is not valid JSON (line {line}, column {column}: {detail}); it is not a "
        "RevSearch search file.": translate(
            "StoreMessages",
            "%1 is not valid JSON (line %2, column %3: %4); it is not a RevSearch search file.",
        ),
        "{source} does not hold a JSON object; it is not a search file.": translate(
            "StoreMessages", "%1 does not hold a JSON object; it is not a search file."
        ),
        "{source} is not a RevSearch search file (format {format}, expected {expected}).": (
            translate(
                "StoreMessages",
                "%1 is not a RevSearch search file (format %2, expected %3).",
            )
        ),
        "{source} has no valid format version ({version}).": translate(
            "StoreMessages", "%1 has no valid format version (%2)."
        ),
        "{source} was written by a newer RevSearch (format version {version}; this one reads "
        "up to {latest}). Update RevSearch to import it.": translate(
            "StoreMessages",
            "%1 was written by a newer RevSearch (format version %2; this one reads up to %3). "
            "Update RevSearch to import it.",
        ),
        "{source}: 'confidential_included' must be true or false.": translate(
            "StoreMessages", "%1: 'confidential_included' must be true or false."
        ),
        "{source} is missing the 'search' object.": translate(
            "StoreMessages", "%1 is missing the 'search' object."
        ),
        "{source}: the search has no id.": translate("StoreMessages", "%1: the search has no id."),
        "{source}: the search's 'language' must be one of {languages}, not {language}.": (
            translate("StoreMessages", "%1: the search's 'language' must be one of %2, not %3.")
        ),
        "{source} is missing the '{table}' list.": translate(
            "StoreMessages", "%1 is missing the '%2' list."
        ),
        "{source}: '{table}' must be a list of objects.": translate(
            "StoreMessages", "%1: '%2' must be a list of objects."
        ),
        "{source}: {table} row {number} points to {parent} {id}, which is not in the file.": (
            translate("StoreMessages", "%1: %2 row %3 points to %4 %5, which is not in the file.")
        ),
        "{source}: scores row {number}, field 'score' must be a whole number from 1 to 5, not "
        "{score}.": translate(
            "StoreMessages",
            "%1: scores row %2, field 'score' must be a whole number from 1 to 5, not %3.",
        ),
        "{source}: a row in '{table}' has no id.": translate(
            "StoreMessages", "%1: a row in '%2' has no id."
        ),
        "{source}: '{table}' holds the same id twice.": translate(
            "StoreMessages", "%1: '%2' holds the same id twice."
        ),
        "{source}: candidates row {number}, field '{column}' must be a time such as "
        "2026-04-01T09:00:00.000Z or null, not {value}.": translate(
            "StoreMessages",
            "%1: candidates row %2, field '%3' must be a time such as 2026-04-01T09:00:00.000Z "
            "or null, not %4.",
        ),
        "{source}: the search's '{column}' must be a time such as 2026-04-01T09:00:00.000Z or "
        "null, not {value}.": translate(
            "StoreMessages",
            "%1: the search's '%2' must be a time such as 2026-04-01T09:00:00.000Z or null, "
            "not %3.",
        ),
        "{source}: candidates row {number}, field '{column}' must be a whole number from "
        "{least} or null, not {value}.": translate(
            "StoreMessages",
            "%1: candidates row %2, field '%3' must be a whole number from %4 or null, not %5.",
        ),
        "{source}: the search's '{column}' must be a whole number from {least} or null, not "
        "{value}.": translate(
            "StoreMessages",
            "%1: the search's '%2' must be a whole number from %3 or null, not %4.",
        ),
        "{source}: {table} row {number}, field '{column}' is not a plain value.": translate(
            "StoreMessages", "%1: %2 row %3, field '%4' is not a plain value."
        ),
        "{source}: {table} row {number}, field '{column}' holds a broken character (a lone "
        "surrogate), not text.": translate(
            "StoreMessages",
            "%1: %2 row %3, field '%4' holds a broken character (a lone surrogate), not text.",
        ),
        "{source}: {table} row {number}, field '{column}' contains a control character "
        "({character}).": translate(
            "StoreMessages", "%1: %2 row %3, field '%4' contains a control character (%5)."
        ),
        "The file's {table} hold data RevSearch cannot accept ({detail}).": translate(
            "StoreMessages", "The file's %1 hold data RevSearch cannot accept (%2)."
        ),
        "The file's {table} have unknown fields: {fields}.": translate(
            "StoreMessages", "The file's %1 have unknown fields: %2."
        ),
    }
