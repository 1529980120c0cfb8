"""The error the domain raises when a value breaks a rule the user can fix."""

from __future__ import annotations


class ValidationError(ValueError):
    """A value a person typed or imported breaks a rule; the message says which and why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
