"""What the person asked for when exporting: the format, the paper, and what to leave out."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ReportFormat(StrEnum):
    PDF = "pdf"
    HTML = "html"
    XLSX = "xlsx"
    CSV = "csv"

    @property
    def suffix(self) -> str:
        # A single search's CSV export is two files; the dialog and the command line name the
        # first one and the second sits beside it (see csv_files.py). A portfolio is a .zip.
        return f".{self.value}"


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


# Countries that use US Letter paper; everyone else uses A4 (ISO 216).
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "DO",
                              "PR", "SV", "NI", "BZ"})  # fmt: skip


def default_paper(country_code: str) -> Paper:
    """The paper people in a country print on, from its ISO 3166 code ("US", "BR")."""
    return Paper.LETTER if country_code.upper() in LETTER_COUNTRIES else Paper.A4


@dataclass(frozen=True)
class ReportOptions:
    # Confidential notes and pay expectations stay out unless asked for, every time.
    include_confidential: bool = False
    # Names and contacts replaced by stable codes ("Candidate C-07"), also inside note text.
    anonymise: bool = False
    paper: Paper = Paper.A4
