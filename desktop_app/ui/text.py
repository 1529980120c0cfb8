"""Filling translated templates: tr("Moved %1 to %2") keeps whole sentences for translators,
and fill() puts the values in (Qt's QString.arg is not available on Python strings)."""

from __future__ import annotations

import re


def fill(template: str, *values: object) -> str:
    """Puts values into a translated text's %1, %2... in one pass (like QString.arg), so a
    value that itself contains "%2" stays as typed."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), template)
