"""Why an export could not be written (reports/export.py's ExportError), in the user's
language: as labels/store_messages.py does for the store, each English template the export
raises has its translatable text here (a test keeps the table equal to the raises). The
system's own words about a failure ("No space left on device") stay as it says them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.labels.store_messages import said_text
from desktop_app.reports.export import ExportError


def export_error_text(exc: ExportError) -> str:
    """The export's problem in the user's language; the English when there is no translation."""
    return said_text(export_templates().get(exc.template), exc.template, exc.values, str(exc))


def export_templates() -> dict[str, str]:
    """Each English template an ExportError is raised with, to its translated text."""
    translate = QCoreApplication.translate
    return {
        "Choose a search to export.": translate("ExportMessages", "Choose a search to export."),
        "The folder {folder} does not exist.": translate(
            "ExportMessages", "The folder %1 does not exist."
        ),
        "RevSearch cannot write to the folder {folder}.": translate(
            "ExportMessages", "RevSearch cannot write to the folder %1."
        ),
        "{name} is the database itself; choose another file name.": translate(
            "ExportMessages", "%1 is the database itself; choose another file name."
        ),
        "{path} is a folder; choose a file name.": translate(
            "ExportMessages", "%1 is a folder; choose a file name."
        ),
        "{name} exists and cannot be replaced (read-only).": translate(
            "ExportMessages", "%1 exists and cannot be replaced (read-only)."
        ),
        # %1: the file or files (their names, with commas between); %2: the system's reason.
        "Could not write {names}: {reason}.": translate(
            "ExportMessages", "Could not write %1: %2."
        ),
    }
