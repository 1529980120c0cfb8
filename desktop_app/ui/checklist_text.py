"""How the checklist reads: dates, owners, a step's status and its tooltip, in the user's words.

Shared by the checklist model, its summary header and its dialogs. Plain functions, so the
strings go through QCoreApplication.translate under one context.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop_app.domain.checklist import ChecklistStep, StepStatus
from desktop_app.labels.text import fill, format_date
from desktop_app.ui.colours import MUTED_GREY, SUCCESS_GREEN, WARNING_RED

OVERDUE_COLOUR = QColor(WARNING_RED)
SKIPPED_COLOUR = QColor(MUTED_GREY)
DONE_COLOUR = QColor(SUCCESS_GREEN)


def _pattern(value: dt.date, today: dt.date) -> str:
    return "d MMM" if value.year == today.year else "d MMM yyyy"


def owner_label(owner: str, owner_titles: dict[str, str]) -> str:
    """An owner code ("HM") as its title ("Hiring manager"); a free name as it is."""
    return owner_titles.get(owner, owner)


def owner_value(text: str, owner_titles: dict[str, str]) -> str:
    """What to store for an owner typed or picked by a person: the code when the text names
    one of the template's owners (by title or code), otherwise the name as typed."""
    text = text.strip()
    for code, title in owner_titles.items():
        if text.casefold() in (code.casefold(), title.casefold()):
            return code
    return text


def status_text(step: ChecklistStep, today: dt.date) -> str:
    """Done (when), not applicable, how late, or how soon it is due."""
    if step.status is StepStatus.DONE:
        when = step.completed_date
        if when is None:
            return QCoreApplication.translate("Checklist", "Done")
        # The year only when it is not this one keeps the column narrow.
        return fill(
            QCoreApplication.translate("Checklist", "Done %1"),
            format_date(when, _pattern(when, today)),
        )
    if step.status is StepStatus.SKIPPED:
        return QCoreApplication.translate("Checklist", "Not applicable")
    if step.due_date is None:
        return QCoreApplication.translate("Checklist", "To do")
    days = (step.due_date - today).days
    # One day is said apart, so the counts below are always plural: a plural form (%n) needs
    # self.tr() in a QObject for lupdate to see it, and these are plain functions.
    if days == -1:
        return QCoreApplication.translate("Checklist", "1 day late")
    if days < 0:
        return fill(QCoreApplication.translate("Checklist", "%1 days late"), -days)
    if days == 0:
        return QCoreApplication.translate("Checklist", "Due today")
    if days == 1:
        return QCoreApplication.translate("Checklist", "Due tomorrow")
    if days <= 7:
        return fill(QCoreApplication.translate("Checklist", "Due in %1 days"), days)
    return QCoreApplication.translate("Checklist", "To do")


def step_tooltip(step: ChecklistStep) -> str:
    """The step in full: its title, what the template says about it, and its note."""
    parts = [step.title, step.description]
    if step.note:
        parts.append(fill(QCoreApplication.translate("Checklist", "Note: %1"), step.note))
    if step.template_key is None:
        parts.append(QCoreApplication.translate("Checklist", "Custom step"))
    return "\n\n".join(p for p in parts if p)
