"""The domain's ValidationError messages in the user's language.

The domain raises with an English template and named values ("A score is from 1 to 5, not
{score}."); here each template has its translatable text, the same sentence with %1, %2... for
the values in the order they first appear in the English. A pipeline stage or end state is said
by its translated label, and a field by its translated name. A template missing here (a test
keeps the table equal to the raises in domain/ and store/) shows the English message.
"""

from __future__ import annotations

import string

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.errors import ValidationError, english
from desktop_app.domain.pipeline import Exit, Stage
from desktop_app.labels.candidates import exit_label, stage_label
from desktop_app.labels.text import fill


def message_text(exc: ValidationError) -> str:
    """The error's message in the user's language; its English one if it has no translation."""
    translated = message_templates().get(exc.template)
    if translated is None or not _has_all_values(exc):
        return exc.message
    return fill(translated, *_values(exc))


def message_templates() -> dict[str, str]:
    """Each English template the domain and the store raise with, to its translated text."""
    translate = QCoreApplication.translate
    return {
        # domain/fields.py: %1 is the field's name
        "{label} is required.": translate("Messages", "%1 is required."),
        "{label} is too long ({length} of {limit}).": translate(
            "Messages", "%1 is too long (%2 of %3)."
        ),
        "{label} contains control characters.": translate(
            "Messages", "%1 contains control characters."
        ),
        "{label} contains a broken character (the text was not read as UTF-8); "
        "type it again.": translate(
            "Messages",
            "%1 contains a broken character (the text was not read as UTF-8); type it again.",
        ),
        "'{text}' is not an e-mail address.": translate(
            "Messages", "'%1' is not an e-mail address."
        ),
        "'{text}' is not a web address (https://...).": translate(
            "Messages", "'%1' is not a web address (https://...)."
        ),
        "'{value}' is not a date (YYYY-MM-DD).": translate(
            "Messages", "'%1' is not a date (YYYY-MM-DD)."
        ),
        # domain/search.py
        "The target date is before the start date.": translate(
            "Messages", "The target date is before the start date."
        ),
        "Role must be CRO or CSO, not '{value}'.": translate(
            "Messages", "Role must be CRO or CSO, not '%1'."
        ),
        "Status must be one of {allowed}, not '{value}'.": translate(
            "Messages", "Status must be one of %1, not '%2'."
        ),
        "Language must be one of {allowed}, not '{value}'.": translate(
            "Messages", "Language must be one of %1, not '%2'."
        ),
        # domain/checklist.py
        "A step is todo, done or skipped, not '{value}'.": translate(
            "Messages", "A step is todo, done or skipped, not '%1'."
        ),
        "Unknown checklist phase '{value}'.": translate(
            "Messages", "Unknown checklist phase '%1'."
        ),
        # domain/pipeline.py
        "Unknown pipeline stage '{value}'.": translate("Messages", "Unknown pipeline stage '%1'."),
        "Unknown end state '{value}'.": translate("Messages", "Unknown end state '%1'."),
        "The candidate left the pipeline ({exit}); reopen them first.": translate(
            "Messages", "The candidate left the pipeline (%1); reopen them first."
        ),
        "The candidate is hired; the move cannot change that.": translate(
            "Messages", "The candidate is hired; the move cannot change that."
        ),
        "The candidate is already at {stage}.": translate(
            "Messages", "The candidate is already at %1."
        ),
        "Only a finalist or a candidate in interviews can receive an offer.": translate(
            "Messages", "Only a finalist or a candidate in interviews can receive an offer."
        ),
        "Only a candidate with an offer can be hired.": translate(
            "Messages", "Only a candidate with an offer can be hired."
        ),
        "The candidate has already left ({exit}).": translate(
            "Messages", "The candidate has already left (%1)."
        ),
        "'{exit}' is possible only from: {stages}.": translate(
            "Messages", "'%1' is possible only from: %2."
        ),
        "Say why the candidate leaves the pipeline.": translate(
            "Messages", "Say why the candidate leaves the pipeline."
        ),
        # domain/note.py
        "A note is one of {kinds}, not '{kind}'.": translate(
            "Messages", "A note is one of %1, not '%2'."
        ),
        # domain/scorecard.py
        "Unknown competency '{key}'.": translate("Messages", "Unknown competency '%1'."),
        "A score is a whole number from 1 to 5, not {score!r}.": translate(
            "Messages", "A score is a whole number from 1 to 5, not %1."
        ),
        "A score is from 1 to 5, not {score}.": translate(
            "Messages", "A score is from 1 to 5, not %1."
        ),
        # domain/diagnostic.py
        "Unknown diagnostic question '{key}'.": translate(
            "Messages", "Unknown diagnostic question '%1'."
        ),
        "The answer to {key} must be a whole number, not {value!r}.": translate(
            "Messages", "The answer to %1 must be a whole number, not %2."
        ),
        "The answer to {key} is from 0 to {top}, not {value}.": translate(
            "Messages", "The answer to %1 is from 0 to %2, not %3."
        ),
        # domain/retention.py
        "'{value}' is not a number of months.": translate(
            "Messages", "'%1' is not a number of months."
        ),
        "Keep data from {low} to {high} months, not {months}.": translate(
            "Messages", "Keep data from %1 to %2 months, not %3."
        ),
        # store/
        "The candidate is still in the pipeline.": translate(
            "Messages", "The candidate is still in the pipeline."
        ),
        "No candidate has the e-mail address {email}.": translate(
            "Messages", "No candidate has the e-mail address %1."
        ),
        "Give a candidate's id (at least its first 8 characters) or e-mail address.": translate(
            "Messages",
            "Give a candidate's id (at least its first 8 characters) or e-mail address.",
        ),
        "Several candidates' ids start with '{prefix}'; give more.": translate(
            "Messages", "Several candidates' ids start with '%1'; give more."
        ),
        "The folder {folder} does not exist.": translate(
            "Messages", "The folder %1 does not exist."
        ),
        "{path} is a folder; give the name of a file to write.": translate(
            "Messages", "%1 is a folder; give the name of a file to write."
        ),
        "The checklist template is for another role.": translate(
            "Messages", "The checklist template is for another role."
        ),
        "Give a search's id or its exact title.": translate(
            "Messages", "Give a search's id or its exact title."
        ),
        "{count} searches are titled '{title}'; give one of their ids: {ids}.": translate(
            "Messages", "%1 searches are titled '%2'; give one of their ids: %3."
        ),
    }


def field_names() -> dict[str, str]:
    """The fields a message names ("{label} is required."), by the domain's field key; their
    English reads as domain/fields.py spells them."""
    translate = QCoreApplication.translate
    return {
        "title": translate("Messages", "Title"),
        "company": translate("Messages", "Company"),
        "business_unit": translate("Messages", "Business unit"),
        "hiring_manager": translate("Messages", "Hiring manager"),
        "code_name": translate("Messages", "Code name"),
        "start_date": translate("Messages", "Start date"),
        "target_date": translate("Messages", "Target date"),
        "full_name": translate("Messages", "Full name"),
        "current_title": translate("Messages", "Current title"),
        "current_company": translate("Messages", "Current company"),
        "location": translate("Messages", "Location"),
        "phone": translate("Messages", "Phone"),
        "source": translate("Messages", "Source"),
        "pay_expectation": translate("Messages", "Pay expectation"),
        "email": translate("Messages", "E-mail"),
        "linkedin_url": translate("Messages", "LinkedIn address"),
        "note": translate("Messages", "Note"),
        "author": translate("Messages", "Author"),
        "rater": translate("Messages", "Rater"),
        "evidence": translate("Messages", "Evidence"),
        "reason": translate("Messages", "Reason"),
        "owner": translate("Messages", "Owner"),
        "description": translate("Messages", "Description"),
        "due_date": translate("Messages", "Due date"),
    }


def placeholders(template: str) -> list[tuple[str, str | None]]:
    """A template's placeholders, each once, in the order they first appear: (name,
    conversion), so "{score!r}" is ("score", "r"). Their order numbers the %1, %2..."""
    found: dict[str, str | None] = {}
    for _text, field, _spec, conversion in string.Formatter().parse(template):
        if field is not None:
            found.setdefault(field, conversion)
    return list(found.items())


def _has_all_values(exc: ValidationError) -> bool:
    return all(name in exc.values for name, _ in placeholders(exc.template))


def _values(exc: ValidationError) -> list[str]:
    texts = []
    for name, conversion in placeholders(exc.template):
        value = exc.values[name]
        if conversion == "r":
            texts.append(repr(english(value)))
        elif name == "label":
            texts.append(field_names().get(exc.field, str(value)))
        else:
            texts.append(_local(value))
    return texts


def _local(value: object) -> str:
    if isinstance(value, Stage):
        return stage_label(value)
    if isinstance(value, Exit):
        return exit_label(value)
    if isinstance(value, tuple) and value and all(isinstance(v, Stage | Exit) for v in value):
        return ", ".join(_local(v) for v in value)
    return str(value)
