"""Text as it may safely go into a spreadsheet cell, whichever program opens the file.

A cell whose text starts with "=", "+", "-" or "@" is read as a formula by Excel, LibreOffice
and Google Sheets when a CSV file is opened, so a candidate "named" =HYPERLINK(...) could run
or send data elsewhere (CSV or formula injection). OWASP's advice is to start such text with an
apostrophe, which these programs show as text; a leading tab or carriage return is treated the
same, since some programs drop it and then read what follows as a formula.
"""

from __future__ import annotations

import re

# What spreadsheet programs take as the start of a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# The control characters an .xlsx file cannot hold (openpyxl refuses them with an error);
# the same set as openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE, written out so CSV needs no openpyxl.
# Tabs, line feeds and carriage returns are allowed.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def neutralise(value: str) -> str:
    """The text with the control characters a spreadsheet refuses taken out, and an apostrophe
    in front when a spreadsheet program would otherwise read it as a formula. Only for text:
    numbers and dates go into cells as numbers and dates."""
    text = _ILLEGAL.sub("", value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text
