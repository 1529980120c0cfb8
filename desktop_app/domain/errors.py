"""The error the domain raises when a value breaks a rule the user can fix."""

from __future__ import annotations

from enum import Enum


class ValidationError(ValueError):
    """A value a person typed or imported breaks a rule; the message says which and why.

    The message is a template with named placeholders and the values that fill them:
    `ValidationError("score", "A score is from 1 to 5, not {score}.", score=7)`. `message` is
    the English sentence; `template` and `values` let the labels layer say it in the user's
    language (labels/messages.py, which keeps one entry per template). A pipeline stage or end
    state given as a value reads as its label, and a tuple of them as a list ("Interested,
    Screened").
    """

    def __init__(self, field: str, message: str, /, **values: object) -> None:
        self.field = field
        self.template = message
        self.values = values
        if values:
            message = message.format(**{name: english(value) for name, value in values.items()})
        super().__init__(message)
        self.message = message


def english(value: object) -> object:
    """A value as the English message shows it: an enum with a label by its label."""
    if isinstance(value, Enum) and hasattr(value, "label"):
        return value.label
    if isinstance(value, tuple) and value and all(_labelled(item) for item in value):
        return ", ".join(item.label for item in value)
    return value


def _labelled(value: object) -> bool:
    return isinstance(value, Enum) and hasattr(value, "label")
