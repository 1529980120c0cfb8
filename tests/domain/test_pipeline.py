"""The candidate pipeline (domain.md section 4): stages, allowed moves and end states."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.pipeline import (
    EXITS,
    STAGES,
    Exit,
    Stage,
    check_exit,
    check_move,
    is_active,
    parse_exit,
    parse_stage,
)

S = Stage
BEFORE_INTERVIEWS = (
    S.IDENTIFIED,
    S.CONTACTED,
    S.INTERESTED,
    S.SCREENED,
    S.LONGLIST,
    S.SHORTLIST,
)


def test_stages_are_in_the_order_of_the_brief() -> None:
    assert [s.label for s in STAGES] == [
        "Identified",
        "Contacted",
        "Interested",
        "Screened",
        "Longlist",
        "Shortlist",
        "Interviewing",
        "Finalist",
        "Offer",
        "Hired",
    ]


def test_exit_labels_match_the_brief() -> None:
    assert [e.label for e in EXITS] == [
        "Declined",
        "Withdrawn",
        "Not progressed",
        "Offer declined",
        "On hold",
    ]


# --- Moves -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.IDENTIFIED, S.CONTACTED),
        (S.IDENTIFIED, S.INTERESTED),  # a referral may already be interested
        (S.IDENTIFIED, S.FINALIST),
        (S.CONTACTED, S.SHORTLIST),
        (S.SCREENED, S.INTERVIEWING),
        (S.SHORTLIST, S.FINALIST),
        (S.INTERVIEWING, S.FINALIST),
    ],
)
def test_forward_moves_and_jumps_are_allowed(current: Stage, target: Stage) -> None:
    assert check_move(current, target) is None


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.CONTACTED, S.IDENTIFIED),
        (S.FINALIST, S.SCREENED),
        (S.OFFER, S.INTERVIEWING),
        (S.OFFER, S.FINALIST),
        (S.OFFER, S.IDENTIFIED),
        (S.SHORTLIST, S.LONGLIST),
    ],
)
def test_backward_moves_to_correct_a_mistake_are_allowed(current: Stage, target: Stage) -> None:
    assert check_move(current, target) is None


@pytest.mark.parametrize("current", [S.INTERVIEWING, S.FINALIST])
def test_offer_is_allowed_from_interviewing_or_finalist(current: Stage) -> None:
    assert check_move(current, S.OFFER) is None


@pytest.mark.parametrize("current", BEFORE_INTERVIEWS)
def test_offer_is_refused_before_interviews(current: Stage) -> None:
    with pytest.raises(ValidationError, match="offer") as error:
        check_move(current, S.OFFER)
    assert error.value.field == "stage"


def test_hired_is_allowed_only_from_offer() -> None:
    assert check_move(S.OFFER, S.HIRED) is None


@pytest.mark.parametrize("current", [s for s in STAGES if s not in (S.OFFER, S.HIRED)])
def test_hired_is_refused_without_an_offer(current: Stage) -> None:
    with pytest.raises(ValidationError, match="offer"):
        check_move(current, S.HIRED)


@pytest.mark.parametrize("target", [s for s in STAGES if s is not S.HIRED])
def test_nothing_moves_after_hired(target: Stage) -> None:
    with pytest.raises(ValidationError, match="hired"):
        check_move(S.HIRED, target)


@pytest.mark.parametrize("stage", STAGES)
def test_moving_to_the_same_stage_is_refused(stage: Stage) -> None:
    with pytest.raises(ValidationError):
        check_move(stage, stage)


@pytest.mark.parametrize("exited", EXITS)
def test_a_candidate_who_left_cannot_move(exited: Exit) -> None:
    with pytest.raises(ValidationError, match="reopen"):
        check_move(S.SCREENED, S.SHORTLIST, exited)


def test_allowed_move_matrix_counts() -> None:
    allowed = set()
    for current in STAGES:
        for target in STAGES:
            try:
                check_move(current, target)
            except ValidationError:
                continue
            allowed.add((current, target))
    # 9 stages before Hired, each to 9 other stages: 81 pairs; minus an offer from the 6 stages
    # before Interviewing; minus a hire from the 8 stages other than Offer (and Hired).
    assert len(allowed) == 81 - 6 - 8
    assert (S.OFFER, S.HIRED) in allowed
    assert not any(current is S.HIRED for current, _ in allowed)


# --- Exits -------------------------------------------------------------------------------------

EXIT_FROM = {
    Exit.DECLINED: {S.IDENTIFIED, S.CONTACTED},
    Exit.WITHDRAWN: {
        S.INTERESTED,
        S.SCREENED,
        S.LONGLIST,
        S.SHORTLIST,
        S.INTERVIEWING,
        S.FINALIST,
        S.OFFER,
    },
    Exit.NOT_PROGRESSED: {
        S.INTERESTED,
        S.SCREENED,
        S.LONGLIST,
        S.SHORTLIST,
        S.INTERVIEWING,
        S.FINALIST,
    },
    Exit.OFFER_DECLINED: {S.OFFER},
    Exit.ON_HOLD: set(STAGES) - {S.HIRED},
}

EXIT_CASES = [
    pytest.param(exit_state, stage, stage in EXIT_FROM[exit_state], id=f"{exit_state}-{stage}")
    for exit_state in EXITS
    for stage in STAGES
]


@pytest.mark.parametrize(("exit_state", "stage", "allowed"), EXIT_CASES)
def test_each_exit_is_allowed_only_from_its_stages(
    exit_state: Exit, stage: Stage, allowed: bool
) -> None:
    if allowed:
        assert check_exit(stage, exit_state, "A reason") is None
    else:
        with pytest.raises(ValidationError, match="possible only from") as error:
            check_exit(stage, exit_state, "A reason")
        assert error.value.field == "exit"


@pytest.mark.parametrize("stage", [S.IDENTIFIED, S.CONTACTED])
def test_declined_is_for_people_never_interested(stage: Stage) -> None:
    assert check_exit(stage, Exit.DECLINED, "Happy where they are") is None
    with pytest.raises(ValidationError):
        check_exit(S.INTERESTED, Exit.DECLINED, "Changed their mind")


def test_offer_declined_only_once_an_offer_is_made() -> None:
    assert check_exit(S.OFFER, Exit.OFFER_DECLINED, "Counter-offer") is None
    with pytest.raises(ValidationError):
        check_exit(S.FINALIST, Exit.OFFER_DECLINED, "Counter-offer")


@pytest.mark.parametrize("exit_state", EXITS)
def test_a_hired_candidate_cannot_exit(exit_state: Exit) -> None:
    with pytest.raises(ValidationError):
        check_exit(S.HIRED, exit_state, "A reason")


def test_refused_exit_names_the_stages_it_is_possible_from() -> None:
    with pytest.raises(ValidationError) as error:
        check_exit(S.SHORTLIST, Exit.DECLINED, "A reason")
    assert error.value.message == "'Declined' is possible only from: Identified, Contacted."


@pytest.mark.parametrize("reason", ["", "   ", "\n\t "])
def test_an_exit_needs_a_reason(reason: str) -> None:
    with pytest.raises(ValidationError) as error:
        check_exit(S.SCREENED, Exit.WITHDRAWN, reason)
    assert error.value.field == "reason"


@pytest.mark.parametrize("previous", EXITS)
def test_a_second_exit_is_refused(previous: Exit) -> None:
    with pytest.raises(ValidationError, match="already left") as error:
        check_exit(S.SCREENED, Exit.ON_HOLD, "A reason", previous)
    assert error.value.field == "exit"


# --- Active ------------------------------------------------------------------------------------


def test_is_active_until_exited_or_hired() -> None:
    assert is_active(None, S.OFFER) is True
    assert is_active(None, S.HIRED) is False
    assert is_active(Exit.ON_HOLD, S.SCREENED) is False


# --- Parsing -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("identified", S.IDENTIFIED),
        ("Shortlist", S.SHORTLIST),
        ("  INTERVIEWING ", S.INTERVIEWING),
        (S.OFFER, S.OFFER),
    ],
)
def test_parse_stage_accepts_values_labels_and_members(text: str, stage: Stage) -> None:
    assert parse_stage(text) is stage


@pytest.mark.parametrize("stage", STAGES)
def test_parse_stage_round_trips_every_label(stage: Stage) -> None:
    assert parse_stage(stage.label) is stage


@pytest.mark.parametrize("text", ["", "Rejected", "short list", "Not progressed"])
def test_parse_stage_refuses_unknown_stages(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_stage(text)
    assert error.value.field == "stage"


@pytest.mark.parametrize(
    ("text", "exit_state"),
    [
        ("Not progressed", Exit.NOT_PROGRESSED),
        ("not_progressed", Exit.NOT_PROGRESSED),
        ("Offer declined", Exit.OFFER_DECLINED),
        (" ON HOLD ", Exit.ON_HOLD),
        ("Declined", Exit.DECLINED),
        (Exit.WITHDRAWN, Exit.WITHDRAWN),
    ],
)
def test_parse_exit_accepts_labels_like_not_progressed(text: str, exit_state: Exit) -> None:
    assert parse_exit(text) is exit_state


@pytest.mark.parametrize("exit_state", EXITS)
def test_parse_exit_round_trips_every_label(exit_state: Exit) -> None:
    assert parse_exit(exit_state.label) is exit_state


@pytest.mark.parametrize("text", ["", "Rejected", "Hired", "offer-declined"])
def test_parse_exit_refuses_unknown_end_states(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_exit(text)
    assert error.value.field == "exit"
