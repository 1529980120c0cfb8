"""A search: one CRO or CSO seat being filled, with its role, status and dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.domain import fields
from desktop_app.domain.errors import ValidationError


class Role(StrEnum):
    CRO = "CRO"
    CSO = "CSO"


class SearchStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    FILLED = "filled"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    SearchStatus.DRAFT: "Draft",
    SearchStatus.ACTIVE: "Active",
    SearchStatus.ON_HOLD: "On hold",
    SearchStatus.FILLED: "Filled",
    SearchStatus.CANCELLED: "Cancelled",
}

# The languages RevSearch is written in: a search keeps the one it was created in, and its
# checklist template comes in it (resources/checklists/{role}.{language}.toml).
LANGUAGES = ("en", "pt_BR")

# Public benchmarks put a retained executive search at 3 to 6 months (about 123 days).
DEFAULT_SEARCH_DAYS = 120


@dataclass(frozen=True)
class SearchDetails:
    """What a person fills in for a search; validated on creation."""

    title: str
    role: Role
    start_date: dt.date
    company: str = ""
    business_unit: str = ""
    hiring_manager: str = ""
    code_name: str = ""
    status: SearchStatus = SearchStatus.ACTIVE
    target_date: dt.date | None = None
    language: str = "en"

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", fields.clean_line("title", self.title, required=True))
        object.__setattr__(self, "role", parse_role(self.role))
        object.__setattr__(self, "status", parse_status(self.status))
        object.__setattr__(self, "language", parse_language(self.language))
        for name in ("company", "business_unit", "hiring_manager", "code_name"):
            object.__setattr__(
                self, name, fields.clean_line(name, getattr(self, name), required=False)
            )
        start = fields.parse_date("start_date", self.start_date, required=True)
        target = fields.parse_date("target_date", self.target_date, required=False)
        if target is not None and start is not None and target < start:
            raise ValidationError("target_date", "The target date is before the start date.")
        object.__setattr__(self, "start_date", start)
        object.__setattr__(self, "target_date", target)


def parse_role(value: str | Role) -> Role:
    try:
        return Role(str(value).strip().upper())
    except ValueError:
        raise ValidationError(
            "role", "Role must be CRO or CSO, not '{value}'.", value=value
        ) from None


def parse_status(value: str | SearchStatus) -> SearchStatus:
    text = str(value).strip().lower().replace(" ", "_")
    try:
        return SearchStatus(text)
    except ValueError:
        allowed = ", ".join(s.value for s in SearchStatus)
        raise ValidationError(
            "status",
            "Status must be one of {allowed}, not '{value}'.",
            allowed=allowed,
            value=value,
        ) from None


def parse_language(value: str) -> str:
    """One of LANGUAGES, whichever way it is written ("pt-BR", "pt_br" or "pt_BR")."""
    text = str(value).strip().replace("-", "_").lower()
    for language in LANGUAGES:
        if text == language.lower():
            return language
    allowed = ", ".join(LANGUAGES)
    raise ValidationError(
        "language",
        "Language must be one of {allowed}, not '{value}'.",
        allowed=allowed,
        value=value,
    )


def default_target_date(start: dt.date) -> dt.date:
    return start + dt.timedelta(days=DEFAULT_SEARCH_DAYS)


def days_open(start: dt.date, today: dt.date, end: dt.date | None = None) -> int:
    """Days since the search started, counted up to today or to the day it ended."""
    last = end if end is not None else today
    return max(0, (last - start).days)
