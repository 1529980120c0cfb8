"""Checks shared by every form: text lengths, dates, e-mail addresses and web links."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import unicodedata
from typing import TypeVar

from desktop_app.domain.errors import ValidationError

T = TypeVar("T")

NAME_MAX = 200
TEXT_MAX = 2_000
NOTE_MAX = 100_000

# Control characters would corrupt exports and confuse other tools; tabs and newlines are fine
# in long text, never in a one-line field.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def clean_line(field: str, value: str | None, *, required: bool, limit: int = NAME_MAX) -> str:
    """A one-line text field, trimmed; raises if required and empty, too long or with control
    characters."""
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(field, "{label} is required.", label=_label(field))
    if len(text) > limit:
        raise ValidationError(
            field,
            "{label} is too long ({length} of {limit}).",
            label=_label(field),
            length=len(text),
            limit=limit,
        )
    if any(_is_control(ch) for ch in text):
        raise ValidationError(field, "{label} contains control characters.", label=_label(field))
    _refuse_broken(field, text)
    return text


def clean_text(field: str, value: str | None, *, required: bool, limit: int = NOTE_MAX) -> str:
    """Multi-line text: line breaks and tabs are kept, other control characters refused.
    Windows and old Mac line endings become plain newlines, so pasted text is accepted."""
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if required and not text:
        raise ValidationError(field, "{label} is required.", label=_label(field))
    if len(text) > limit:
        raise ValidationError(
            field,
            "{label} is too long ({length} of {limit}).",
            label=_label(field),
            length=len(text),
            limit=limit,
        )
    if any(_is_control(ch) and ch not in "\n\t" for ch in text):
        raise ValidationError(field, "{label} contains control characters.", label=_label(field))
    _refuse_broken(field, text)
    return text


def clean_email(field: str, value: str | None) -> str:
    text = clean_line(field, value, required=False)
    if text and not _EMAIL.match(text):
        raise ValidationError(field, "'{text}' is not an e-mail address.", text=text)
    return text


def clean_url(field: str, value: str | None) -> str:
    text = clean_line(field, value, required=False, limit=TEXT_MAX)
    if text and not re.fullmatch(r"https?://[^\s/]+\.\S+", text, re.IGNORECASE):
        raise ValidationError(field, "'{text}' is not a web address (https://...).", text=text)
    return text


def parse_date(field: str, value: str | dt.date | None, *, required: bool) -> dt.date | None:
    """A calendar date from a date or ISO text (YYYY-MM-DD)."""
    if value is None or value == "":
        if required:
            raise ValidationError(field, "{label} is required.", label=_label(field))
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(field, "'{value}' is not a date (YYYY-MM-DD).", value=value) from None


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc"


def _refuse_broken(field: str, text: str) -> None:
    # A lone surrogate is half of a character, not text: a terminal with the wrong encoding
    # or a damaged file produces one, and SQLite cannot store it. Zero-width joiners, direction
    # marks and combining marks are text and stay.
    if any(unicodedata.category(ch) == "Cs" for ch in text):
        raise ValidationError(
            field,
            "{label} contains a broken character (the text was not read as UTF-8); type it again.",
            label=_label(field),
        )


# Field names whose plain spelling would read wrongly in a message ("Linkedin url").
_LABELS = {"email": "E-mail", "linkedin_url": "LinkedIn address"}


def _label(field: str) -> str:
    return _LABELS.get(field) or field.replace("_", " ").capitalize()


def trusted(cls: type[T], **values: object) -> T:
    """A validated record rebuilt from values that passed its checks when they were stored.

    Reading a large search builds tens of thousands of these; running every character check
    again on each read cost seconds on a large database, for no gain.
    """
    record = object.__new__(cls)
    for name, default in _fields_of(cls):
        if name in values:
            value = values[name]
        elif default is not dataclasses.MISSING:
            value = default
        else:
            raise TypeError(f"{cls.__name__} needs {name}")
        object.__setattr__(record, name, value)
    return record


@functools.cache
def _fields_of(cls: type) -> tuple[tuple[str, object], ...]:
    return tuple((f.name, f.default) for f in dataclasses.fields(cls))
