"""Ids and timestamps shared by every table: UUID text ids and UTC ISO-8601 times."""

from __future__ import annotations

import datetime as dt
import uuid


def new_id() -> str:
    # Random UUIDs let a search move to another machine without clashing with its records.
    return str(uuid.uuid4())


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def timestamp(moment: dt.datetime | None = None) -> str:
    """A UTC time as ISO-8601 text with milliseconds, e.g. 2026-11-28T05:40:41.123Z."""
    moment = (moment or utc_now()).astimezone(dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_timestamp(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def local_date(moment: dt.datetime) -> dt.date:
    """The calendar day a moment falls on where the person is: an exit at 20:00 in New York
    is recorded on that day, not on the next UTC day."""
    return moment.astimezone().date()


def date_text(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def parse_date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None
