"""A timestamped note about a candidate: an interview, a reference call, a thought."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.domain import fields as check
from desktop_app.domain.errors import ValidationError


class NoteKind(StrEnum):
    NOTE = "note"
    CALL = "call"
    INTERVIEW = "interview"
    REFERENCE = "reference"
    EMAIL = "email"


@dataclass(frozen=True)
class NoteDetails:
    body: str
    author: str = ""
    kind: NoteKind = NoteKind.NOTE
    # Confidential notes (compensation, health, a backchannel source) stay out of reports unless
    # the person exporting asks for them.
    confidential: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "body", check.clean_text("note", self.body, required=True))
        object.__setattr__(self, "author", check.clean_line("author", self.author, required=False))
        try:
            object.__setattr__(self, "kind", NoteKind(str(self.kind).strip().lower()))
        except ValueError:
            kinds = ", ".join(k.value for k in NoteKind)
            raise ValidationError(
                "kind", "A note is one of {kinds}, not '{kind}'.", kinds=kinds, kind=self.kind
            ) from None
        object.__setattr__(self, "confidential", bool(self.confidential))
