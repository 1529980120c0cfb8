"""The words a report's content is written with (reports/content.py's ReportWords), in the
language this thread speaks: the report's, inside labels/language.py's `speaking`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.anonymise import Marks
from desktop_app.labels.language import spoken_language
from desktop_app.reports.content import ReportWords


def report_words() -> ReportWords:
    """How an anonymised report names a person and marks what it took out, and whose
    checklist names the phases, in this thread's language."""
    translate = QCoreApplication.translate
    return ReportWords(
        # %1 is the person's code in the search, "C-07".
        candidate=translate("Report", "Candidate %1"),
        marks=Marks(
            email=translate("Report", "[e-mail]"),
            link=translate("Report", "[link]"),
            phone=translate("Report", "[phone]"),
            # A name two people share, or that of someone in another search.
            name=translate("Report", "[name]"),
        ),
        language=spoken_language(),
    )
