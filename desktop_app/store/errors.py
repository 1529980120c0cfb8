"""Errors the store raises that a person can act on; anything else is a bug.

Like the domain's ValidationError, a message is an English template with named values,
`UnreadableDatabase(path, "Cannot read {path}: {reason}.", path=path, reason=...)`: `message`
is the English sentence (the command line and the log print it), `template` and `values` let
labels/store_messages.py say it in the user's language (a test keeps its table equal to the
raises). A message given without values is shown as it is: the window raises some with words
it has translated already.
"""

from __future__ import annotations

from pathlib import Path


class TemplatedError(Exception):
    """An error a person reads, raised as an English template with named values:
    `ImportFileError("{name} is empty.", name=path.name)`. `message` (and str()) is the English
    sentence; labels/store_messages.py and reports/export_messages.py say it in the user's
    language from `template` and `values`."""

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values
        self.message = template.format(**values) if values else template
        super().__init__(self.message)


class DatabaseProblem(Exception):
    """The database file cannot be used: the message says why, in one line, for a person."""

    def __init__(self, path: Path | str, message: str, /, **values: object) -> None:
        self.path = Path(path)
        self.template = message
        self.values = values
        if values:
            message = message.format(**values)
        super().__init__(message)
        self.message = message


class CorruptDatabase(DatabaseProblem):
    pass


class NotRevSearchDatabase(DatabaseProblem):
    pass


class DatabaseTooNew(DatabaseProblem):
    pass


class UnreadableDatabase(DatabaseProblem):
    pass


class MigrationFailed(DatabaseProblem):
    pass


class NotFound(LookupError):
    """No record with that id (a search, a candidate, a step...). `what` names the kind of
    record in English ("search", "checklist step"); labels/store_messages.py says the message
    in the user's language from it."""

    def __init__(self, what: str, ident: str) -> None:
        super().__init__(f"No {what} with id '{ident}'.")
        self.what = what
        self.ident = ident
        self.message = f"No {what} with id '{ident}'."
