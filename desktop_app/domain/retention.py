"""How long candidates' data is kept after a search closes: the retention period, in months."""

from __future__ import annotations

import calendar
import datetime as dt

from desktop_app.domain.errors import ValidationError

# Two years after a search closes is a common period for keeping applicants' data (long enough
# to answer a claim, to re-approach someone for the next seat); each firm sets its own.
DEFAULT_MONTHS = 24
MIN_MONTHS = 1
MAX_MONTHS = 240


def parse_months(value: int | str) -> int:
    """A retention period in whole months, from MIN_MONTHS to MAX_MONTHS."""
    try:
        months = int(str(value).strip())
    except ValueError:
        raise ValidationError(
            "months", "'{value}' is not a number of months.", value=value
        ) from None
    if not MIN_MONTHS <= months <= MAX_MONTHS:
        raise ValidationError(
            "months",
            "Keep data from {low} to {high} months, not {months}.",
            low=MIN_MONTHS,
            high=MAX_MONTHS,
            months=months,
        )
    return months


def retention_cutoff(today: dt.date, months: int) -> dt.date:
    """The day `months` calendar months before `today` (the 31st becomes the month's last day).
    A search closed before that day was closed more than `months` months ago."""
    months = parse_months(months)
    total = today.year * 12 + (today.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    day = min(today.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def is_past_retention(closed_on: dt.date, today: dt.date, months: int) -> bool:
    return closed_on < retention_cutoff(today, months)
