"""A candidate's contact details as a person enters them, validated."""

from __future__ import annotations

from dataclasses import dataclass, fields

from desktop_app.domain import fields as check
from desktop_app.domain.pipeline import Stage, parse_stage


@dataclass(frozen=True)
class CandidateDetails:
    full_name: str
    current_title: str = ""
    current_company: str = ""
    location: str = ""
    email: str = ""
    phone: str = ""
    linkedin_url: str = ""
    source: str = ""  # how we found them: research, referral, inbound, search firm...
    pay_expectation: str = ""  # free text: "USD 350k base + 100% variable"
    stage: Stage = Stage.IDENTIFIED

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "full_name", check.clean_line("full_name", self.full_name, required=True))
        for name in ("current_title", "current_company", "location", "phone", "source"):
            set_(self, name, check.clean_line(name, getattr(self, name), required=False))
        set_(
            self,
            "pay_expectation",
            check.clean_line("pay_expectation", self.pay_expectation, required=False),
        )
        set_(self, "email", check.clean_email("email", self.email))
        set_(self, "linkedin_url", check.clean_url("linkedin_url", self.linkedin_url))
        set_(self, "stage", parse_stage(self.stage))

    def as_row(self) -> dict[str, str]:
        return {f.name: str(getattr(self, f.name)) for f in fields(self)}
