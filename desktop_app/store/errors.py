"""Errors the store raises that a person can act on; anything else is a bug."""

from __future__ import annotations

from pathlib import Path


class DatabaseProblem(Exception):
    """The database file cannot be used: the message says why, in one line, for a person."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)
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
    """No record with that id (a search, a candidate, a step...)."""

    def __init__(self, what: str, ident: str) -> None:
        super().__init__(f"No {what} with id '{ident}'.")
        self.message = f"No {what} with id '{ident}'."
