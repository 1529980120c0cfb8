"""Logging to a rotating file in the platform's log folder; bugs are recorded there in full
while the person sees one clear line.

The log is a file nobody thinks of as holding candidates' data, so it must not: log calls name
counts, ids and files, never a note's text, and the file's formatter takes any e-mail address or
phone number out of messages and tracebacks (an exception's message may quote a value).
"""

from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import re
from pathlib import Path

from desktop_app.locations import log_folder

LOG_FILE_NAME = "revsearch.log"


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Starts logging to the log file; returns its path, or None if it cannot be written (the
    app works without a log rather than refusing to start)."""
    path = log_folder() / LOG_FILE_NAME
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# A date, or a date and time, as a log writes them ("2026-11-28", "2026-11-28 05:40:41,123",
# "2026-11-28T05:40:41.5Z"): digits and dashes that a phone number would otherwise take.
_DATE_TIME = (
    r"(?<!\d)\d{4}-\d{2}-\d{2}"
    r"(?:[ T]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])"
)
# A phone-like run of digits standing alone: not inside a word, a path or a file name (a backup
# named "...-20261128-054041.sqlite3" keeps its stamp).
_PHONE = r"(?<![\w/\\.-])\+?\(?\d[\d ().-]{6,}\d(?![\w/\\]|[.-]\w)"
# One pass, left to right: where a date starts it is kept whole, so a phone number is never
# looked for inside it ("2026-11-28 05:40:41" is not "[phone]:40:41").
_DATE_OR_PHONE = re.compile(f"(?P<date>{_DATE_TIME})|{_PHONE}")


def redact(text: str) -> str:
    """The text with e-mail addresses and phone numbers replaced; dates and times stay."""
    return _DATE_OR_PHONE.sub(_phone_or_date, _EMAIL.sub("[e-mail]", text))


def _phone_or_date(match: re.Match[str]) -> str:
    if match["date"]:
        return match[0]
    try:
        dt.date.fromisoformat(match[0])
    except ValueError:
        return "[phone]"
    return match[0]


class PrivateFormatter(logging.Formatter):
    """Formats as usual, then redacts the message, the exception and the stack (not the time
    or the logger's name, which are ours)."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.msg, record.args, record.exc_text
        try:
            record.msg, record.args = redact(record.getMessage()), None
            if record.exc_info and not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
            if record.exc_text:
                record.exc_text = redact(record.exc_text)
            return super().format(record)
        finally:
            # Another handler (the terminal in a debug session) formats the record afresh.
            record.msg, record.args, record.exc_text = saved

    def formatStack(self, stack_info: str) -> str:
        return redact(super().formatStack(stack_info))
