"""The candidate pipeline: stages, end states and which moves are allowed."""

from __future__ import annotations

from enum import StrEnum

from desktop_app.domain.errors import ValidationError


class Stage(StrEnum):
    IDENTIFIED = "identified"
    CONTACTED = "contacted"
    INTERESTED = "interested"
    SCREENED = "screened"
    LONGLIST = "longlist"
    SHORTLIST = "shortlist"
    INTERVIEWING = "interviewing"
    FINALIST = "finalist"
    OFFER = "offer"
    HIRED = "hired"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Exit(StrEnum):
    DECLINED = "declined"  # never interested
    WITHDRAWN = "withdrawn"  # left after engaging
    NOT_PROGRESSED = "not_progressed"  # committee decision
    OFFER_DECLINED = "offer_declined"
    ON_HOLD = "on_hold"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


STAGES: tuple[Stage, ...] = tuple(Stage)
EXITS: tuple[Exit, ...] = tuple(Exit)

# Where each end state can happen. Declining is for people who were never interested; the other
# exits need some engagement first; an offer can only be declined once it is made.
_EXIT_FROM: dict[Exit, frozenset[Stage]] = {
    Exit.DECLINED: frozenset({Stage.IDENTIFIED, Stage.CONTACTED}),
    Exit.WITHDRAWN: frozenset(
        STAGES[STAGES.index(Stage.INTERESTED) : STAGES.index(Stage.OFFER) + 1]
    ),
    Exit.NOT_PROGRESSED: frozenset(
        STAGES[STAGES.index(Stage.INTERESTED) : STAGES.index(Stage.FINALIST) + 1]
    ),
    Exit.OFFER_DECLINED: frozenset({Stage.OFFER}),
    Exit.ON_HOLD: frozenset(STAGES[: STAGES.index(Stage.OFFER) + 1]),
}


def parse_stage(value: str | Stage) -> Stage:
    try:
        return Stage(str(value).strip().lower())
    except ValueError:
        raise ValidationError("stage", "Unknown pipeline stage '{value}'.", value=value) from None


def parse_exit(value: str | Exit) -> Exit:
    try:
        return Exit(str(value).strip().lower().replace(" ", "_"))
    except ValueError:
        raise ValidationError("exit", "Unknown end state '{value}'.", value=value) from None


def check_move(current: Stage, target: Stage, exited: Exit | None = None) -> None:
    """Raises unless a candidate at `current` may move to `target`.

    Candidates enter the pipeline at different points (a referral may already be interested), so
    forward jumps are allowed, and so are steps back to correct a mistake, but an offer needs a
    finalist or someone interviewing, a hire needs an offer, and a hire is final.
    """
    if exited is not None:
        raise ValidationError(
            "stage",
            "The candidate left the pipeline ({exit}); reopen them first.",
            exit=exited,
        )
    if current is Stage.HIRED:
        raise ValidationError("stage", "The candidate is hired; the move cannot change that.")
    if target is current:
        raise ValidationError("stage", "The candidate is already at {stage}.", stage=target)
    if target is Stage.OFFER and current not in (Stage.INTERVIEWING, Stage.FINALIST):
        raise ValidationError(
            "stage", "Only a finalist or a candidate in interviews can receive an offer."
        )
    if target is Stage.HIRED and current is not Stage.OFFER:
        raise ValidationError("stage", "Only a candidate with an offer can be hired.")


def check_exit(current: Stage, exit_state: Exit, reason: str, exited: Exit | None = None) -> None:
    """Raises unless a candidate at `current` may leave the pipeline this way."""
    if exited is not None:
        raise ValidationError("exit", "The candidate has already left ({exit}).", exit=exited)
    if current not in _EXIT_FROM[exit_state]:
        allowed = tuple(s for s in STAGES if s in _EXIT_FROM[exit_state])
        raise ValidationError(
            "exit", "'{exit}' is possible only from: {stages}.", exit=exit_state, stages=allowed
        )
    if not reason.strip():
        raise ValidationError("reason", "Say why the candidate leaves the pipeline.")


def is_active(exited: Exit | None, stage: Stage) -> bool:
    """Still in play: not exited and not yet hired."""
    return exited is None and stage is not Stage.HIRED
