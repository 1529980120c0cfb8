"""Filling translated templates: tr("Moved %1 to %2") keeps whole sentences for translators,
and fill() puts the values in (Qt's QString.arg is not available on Python strings)."""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction

from PySide6.QtCore import QDate, QLocale

from desktop_app.labels.language import text_locale


def fill(template: str, *values: object) -> str:
    """Puts values into a translated text's %1, %2... in one pass (like QString.arg), so a
    value that itself contains "%2" stays as typed."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), template)


def format_decimal(value: float | Fraction, places: int, *, signed: bool = False) -> str:
    """A number as people of the app's language write it: 0.75 in English, 0,75 in Portuguese;
    with `signed`, a plus sign unless negative (a tilt reads +0.75, or +0.00)."""
    text = text_locale().toString(float(value), "f", places)
    return f"+{text}" if signed and float(value) >= 0 else text


def format_date(value: dt.date, pattern: str = "d MMM yyyy") -> str:
    """A date as people read it, the month as a word in their language, so 3/4 is never
    ambiguous between countries."""
    return text_locale().toString(QDate(value.year, value.month, value.day), pattern)


def format_moment(moment: dt.datetime) -> str:
    """A local date and time in the user's own short time format."""
    local = moment.astimezone() if moment.tzinfo else moment
    time = text_locale().toString(local.time(), QLocale.FormatType.ShortFormat)
    return f"{format_date(local.date())} {time}"
