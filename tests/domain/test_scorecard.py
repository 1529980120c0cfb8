"""Fit scoring (domain.md section 2): weights, bands, medians, provisional fit, critical gaps,
tilt and mismatch flags."""

from __future__ import annotations

from fractions import Fraction

import pytest

from desktop_app.domain.competencies import COMPETENCY_KEYS, weights
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.scorecard import (
    EXECUTION_HEAVY,
    LOW_OVERALL,
    STRATEGY_HEAVY,
    Band,
    Rating,
    ScoreCard,
    Tilt,
    band_for,
    profile_for,
    score_card,
)
from desktop_app.domain.search import Role

S_KEYS = ("S1", "S2", "S3", "S4")
E_KEYS = ("E1", "E2", "E3", "E4")

Scores = dict[str, int | list[int]]


def ratings(scores: Scores) -> list[Rating]:
    """One Rating per score; a list of scores means several raters (rater A, B, C...)."""
    result = []
    for key, value in scores.items():
        values = value if isinstance(value, list) else [value]
        for index, score in enumerate(values):
            result.append(Rating(key, f"Rater {chr(ord('A') + index)}", score))
    return result


def card(role: Role | str, scores: Scores) -> ScoreCard:
    return score_card(role, ratings(scores))


def full(default: int = 3, **overrides: int | list[int]) -> Scores:
    """All ten competencies at `default`, with some overridden."""
    scores: Scores = dict.fromkeys(COMPETENCY_KEYS, default)
    scores.update(overrides)
    return scores


def profile_scores(s: list, e: list, b: int = 3) -> Scores:
    """S1-S4 and E1-E4 given in order (an item may be a list of raters), B1 and B2 at `b`."""
    scores: Scores = dict(zip(S_KEYS, s, strict=True))
    scores.update(zip(E_KEYS, e, strict=True))
    scores.update({"B1": b, "B2": b})
    return scores


def bare_card(fit: Fraction | None) -> ScoreCard:
    return ScoreCard(
        role=Role.CRO,
        competencies={},
        fit=fit,
        unscored=(),
        critical_gaps=(),
        strategy=None,
        execution=None,
        flags=(),
    )


# --- Weights ---------------------------------------------------------------------------------


def test_cro_weights_are_strategy_3_execution_1_both_2() -> None:
    assert weights(Role.CRO) == {
        "S1": 3, "S2": 3, "S3": 3, "S4": 3,
        "E1": 1, "E2": 1, "E3": 1, "E4": 1,
        "B1": 2, "B2": 2,
    }  # fmt: skip


def test_cso_weights_are_execution_3_strategy_1_both_2() -> None:
    assert weights(Role.CSO) == {
        "S1": 1, "S2": 1, "S3": 1, "S4": 1,
        "E1": 3, "E2": 3, "E3": 3, "E4": 3,
        "B1": 2, "B2": 2,
    }  # fmt: skip


@pytest.mark.parametrize("role", [Role.CRO, Role.CSO])
def test_each_role_weights_sum_to_20(role: Role) -> None:
    assert sum(weights(role).values()) == 20


def test_weights_accept_the_role_as_text() -> None:
    assert weights("CSO") == weights(Role.CSO)


def test_there_are_ten_competencies_in_spec_order() -> None:
    assert COMPETENCY_KEYS == ("S1", "S2", "S3", "S4", "E1", "E2", "E3", "E4", "B1", "B2")


# --- Fit range and bands ----------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.CRO, Role.CSO])
@pytest.mark.parametrize(("score", "expected_fit"), [(1, 20), (3, 60), (5, 100)])
def test_uniform_scores_give_fit_from_20_to_100(role: Role, score: int, expected_fit: int) -> None:
    result = card(role, full(score))
    assert result.fit == expected_fit
    assert result.fit_points == expected_fit


# CRO: S weighs 3, E 1, B 2. Each row is built by hand from those weights.
CRO_BOUNDARIES = [
    pytest.param(full(4), 80, Band.STRONG, id="80-strong"),
    pytest.param(full(4, E1=3), 79, Band.GOOD, id="79-good"),
    pytest.param(full(3, S1=4, S2=4, B1=4, B2=4), 70, Band.GOOD, id="70-good"),
    pytest.param(full(3, S1=4, S2=4, B1=4, B2=4, E1=2), 69, Band.BORDERLINE, id="69-borderline"),
    pytest.param(full(3), 60, Band.BORDERLINE, id="60-borderline"),
    pytest.param(full(3, E1=2), 59, Band.WEAK, id="59-weak"),
]


@pytest.mark.parametrize(("scores", "expected_fit", "expected_band"), CRO_BOUNDARIES)
def test_cro_fit_bands_at_exact_boundaries(
    scores: Scores, expected_fit: int, expected_band: Band
) -> None:
    result = card(Role.CRO, scores)
    assert result.fit == expected_fit
    assert result.fit_points == expected_fit
    assert result.band is expected_band
    assert not result.provisional


# CSO: E weighs 3, S 1, B 2 (the CRO rows with S and E swapped).
CSO_BOUNDARIES = [
    pytest.param(full(4), 80, Band.STRONG, id="80-strong"),
    pytest.param(full(4, S1=3), 79, Band.GOOD, id="79-good"),
    pytest.param(full(3, E1=4, E2=4, B1=4, B2=4), 70, Band.GOOD, id="70-good"),
    pytest.param(full(3, E1=4, E2=4, B1=4, B2=4, S1=2), 69, Band.BORDERLINE, id="69-borderline"),
    pytest.param(full(3), 60, Band.BORDERLINE, id="60-borderline"),
    pytest.param(full(3, S1=2), 59, Band.WEAK, id="59-weak"),
]


@pytest.mark.parametrize(("scores", "expected_fit", "expected_band"), CSO_BOUNDARIES)
def test_cso_fit_bands_at_exact_boundaries(
    scores: Scores, expected_fit: int, expected_band: Band
) -> None:
    result = card(Role.CSO, scores)
    assert result.fit == expected_fit
    assert result.band is expected_band


def test_same_scores_give_different_fits_for_cro_and_cso() -> None:
    strategist = profile_scores([5, 5, 5, 5], [2, 2, 2, 2])
    # CRO: 4*5*3 + 4*2*1 + 2*3*2 = 80; CSO: 4*5*1 + 4*2*3 + 2*3*2 = 56.
    assert card(Role.CRO, strategist).fit == 80
    assert card(Role.CSO, strategist).fit == 56


@pytest.mark.parametrize(
    ("fit", "expected"),
    [
        (100, Band.STRONG),
        (80, Band.STRONG),
        (79, Band.GOOD),
        (70, Band.GOOD),
        (69, Band.BORDERLINE),
        (60, Band.BORDERLINE),
        (59, Band.WEAK),
        (20, Band.WEAK),
        (Fraction(7999, 100), Band.GOOD),
        (Fraction(5999, 100), Band.WEAK),
    ],
)
def test_band_for_boundaries(fit: int | Fraction, expected: Band) -> None:
    assert band_for(fit) is expected


@pytest.mark.parametrize(
    ("fit", "points", "expected_band"),
    [
        (Fraction(119, 2), 60, Band.BORDERLINE),  # 59.5 rounds up: never shown "60 weak"
        (Fraction(5949, 100), 59, Band.WEAK),  # 59.49 rounds down
        (Fraction(139, 2), 70, Band.GOOD),  # 69.5
        (Fraction(159, 2), 80, Band.STRONG),  # 79.5
        (Fraction(157, 2), 79, Band.GOOD),  # 78.5 -> 79, not banker's 78
        (Fraction(121, 2), 61, Band.BORDERLINE),  # 60.5 -> 61, not banker's 60
        (Fraction(190, 3), 63, Band.BORDERLINE),  # 63.33
        (Fraction(80), 80, Band.STRONG),
    ],
)
def test_fit_points_round_halves_up_and_band_follows_fit_points(
    fit: Fraction, points: int, expected_band: Band
) -> None:
    result = bare_card(fit)
    assert result.fit_points == points
    assert result.band is expected_band


@pytest.mark.parametrize(
    ("scores", "fit", "points", "expected_band"),
    [
        pytest.param(full(3, E1=[2, 3]), Fraction(119, 2), 60, Band.BORDERLINE, id="59.5"),
        pytest.param(full(3, E1=[3, 4]), Fraction(121, 2), 61, Band.BORDERLINE, id="60.5"),
        pytest.param(
            full(3, S1=4, S2=4, B1=4, B2=4, E1=[2, 3]), Fraction(139, 2), 70, Band.GOOD, id="69.5"
        ),
        pytest.param(full(4, E1=[3, 4]), Fraction(159, 2), 80, Band.STRONG, id="79.5"),
    ],
)
def test_half_point_fit_from_an_even_rater_median_rounds_up(
    scores: Scores, fit: Fraction, points: int, expected_band: Band
) -> None:
    result = card(Role.CRO, scores)
    assert result.fit == fit
    assert result.fit_points == points
    assert result.band is expected_band


# --- Medians, disputes, one rater vs many --------------------------------------------------------


@pytest.mark.parametrize(
    ("scores", "median", "spread", "disputed"),
    [
        ([4], Fraction(4), 0, False),
        ([3, 4], Fraction(7, 2), 1, False),
        ([2, 4], Fraction(3), 2, True),
        ([2, 3, 3], Fraction(3), 1, False),
        ([5, 1, 3], Fraction(3), 4, True),
        ([1, 2, 4, 5], Fraction(3), 4, True),
        ([2, 2, 3, 5], Fraction(5, 2), 3, True),
        ([3, 3, 3, 3, 4], Fraction(3), 1, False),
        ([1, 3, 3, 3, 3], Fraction(3), 2, True),
    ],
)
def test_competency_score_is_the_median_and_spread_two_or_more_is_disputed(
    scores: list[int], median: Fraction, spread: int, disputed: bool
) -> None:
    result = card(Role.CRO, {"S1": scores})
    s1 = result.competencies["S1"]
    assert s1.median == median
    assert s1.spread == spread
    assert s1.raters == len(scores)
    assert s1.disputed is disputed
    assert result.disputed == (("S1",) if disputed else ())


def test_one_rater_gives_that_score_and_is_never_disputed() -> None:
    result = card(Role.CRO, full(4))
    assert all(c.raters == 1 for c in result.competencies.values())
    assert all(c.median == 4 for c in result.competencies.values())
    assert result.disputed == ()


def test_many_raters_with_the_same_median_give_the_same_fit_as_one_rater() -> None:
    one = card(Role.CRO, full(4))
    many = card(Role.CRO, {key: [3, 4, 5] for key in COMPETENCY_KEYS})
    assert many.fit == one.fit == 80
    assert all(c.raters == 3 for c in many.competencies.values())
    assert many.disputed == COMPETENCY_KEYS


def test_median_not_mean_decides_the_fit() -> None:
    # Raters 1, 5, 5: mean 3.67 but median 5; everything else 3.
    result = card(Role.CRO, full(3, S1=[1, 5, 5]))
    assert result.competencies["S1"].median == 5
    assert result.fit == 66  # 60 + 3 * (5 - 3)


def test_disputed_lists_only_the_disputed_competencies_in_competency_order() -> None:
    result = card(Role.CRO, full(3, E2=[1, 3], S3=[2, 4], B1=[3, 4]))
    assert result.disputed == ("S3", "E2")


# --- Provisional fit ---------------------------------------------------------------------------


def test_no_ratings_means_no_fit_band_or_profile() -> None:
    result = score_card(Role.CRO, [])
    assert result.fit is None
    assert result.fit_points is None
    assert result.band is None
    assert result.strategy is None
    assert result.execution is None
    assert result.tilt is None
    assert result.profile is None
    assert result.flags == ()
    assert result.unscored == COMPETENCY_KEYS
    assert result.provisional


def test_fully_scored_card_is_not_provisional() -> None:
    result = card(Role.CRO, full(3))
    assert result.unscored == ()
    assert result.provisional is False


def test_unscored_lists_the_missing_competencies_in_order() -> None:
    scores = full(3)
    del scores["S2"], scores["E4"], scores["B1"]
    result = card(Role.CRO, scores)
    assert result.unscored == ("S2", "E4", "B1")
    assert result.provisional


@pytest.mark.parametrize(
    ("role", "scores", "expected_fit"),
    [
        # (3*4 + 1*2) / (3 + 1) * 20
        (Role.CRO, {"S1": 4, "E1": 2}, Fraction(70)),
        # (3*5) / 3 * 20
        (Role.CRO, {"S1": 5}, Fraction(100)),
        # (1*5 + 3*1) / (1 + 3) * 20
        (Role.CSO, {"S1": 5, "E1": 1}, Fraction(40)),
        # (3*4 + 1*1 + 2*3) / (3 + 1 + 2) * 20 = 19 * 20 / 6
        (Role.CRO, {"S1": 4, "E1": 1, "B1": 3}, Fraction(190, 3)),
    ],
)
def test_provisional_fit_is_projected_from_scored_competencies_only(
    role: Role, scores: Scores, expected_fit: Fraction
) -> None:
    result = card(role, scores)
    assert result.fit == expected_fit
    assert result.provisional
    assert len(result.unscored) == 10 - len(scores)


def test_projected_fit_rounds_and_bands_like_a_full_fit() -> None:
    result = card(Role.CRO, {"S1": 4, "E1": 1, "B1": 3})  # 63.33
    assert result.fit_points == 63
    assert result.band is Band.BORDERLINE


# --- Critical gaps -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "overrides", "gaps"),
    [
        pytest.param(Role.CRO, {"S1": 2}, ("S1",), id="cro-S1-2"),
        pytest.param(Role.CRO, {"S4": 1}, ("S4",), id="cro-S4-1"),
        pytest.param(Role.CRO, {"S1": [1, 2, 5]}, ("S1",), id="cro-median-2"),
        pytest.param(Role.CRO, {"S1": [2, 3]}, (), id="cro-median-2.5-no-gap"),
        pytest.param(Role.CRO, {"S1": 3}, (), id="cro-S1-3-no-gap"),
        pytest.param(Role.CRO, {"E1": 1}, (), id="cro-weight-1-no-gap"),
        pytest.param(Role.CRO, {"B1": 1}, (), id="cro-weight-2-no-gap"),
        pytest.param(Role.CRO, {"S1": 1, "S3": 2}, ("S1", "S3"), id="cro-two-gaps"),
        pytest.param(Role.CSO, {"E2": 2}, ("E2",), id="cso-E2-2"),
        pytest.param(Role.CSO, {"E3": [2, 3]}, (), id="cso-median-2.5-no-gap"),
        pytest.param(Role.CSO, {"S1": 1}, (), id="cso-weight-1-no-gap"),
        pytest.param(Role.CSO, {"B2": 1}, (), id="cso-weight-2-no-gap"),
    ],
)
def test_critical_gap_is_a_weight_3_competency_with_median_2_or_less(
    role: Role, overrides: Scores, gaps: tuple[str, ...]
) -> None:
    assert card(role, full(5, **overrides)).critical_gaps == gaps


def test_critical_gap_is_reported_whatever_the_total() -> None:
    result = card(Role.CRO, full(5, S1=2))
    assert result.fit == 91
    assert result.band is Band.STRONG
    assert result.critical_gaps == ("S1",)


def test_critical_gap_is_found_while_the_card_is_provisional() -> None:
    result = card(Role.CRO, {"S2": 1})
    assert result.provisional
    assert result.critical_gaps == ("S2",)


# --- Profile: S, E and tilt --------------------------------------------------------------------


def test_strategy_and_execution_are_the_exact_means_of_s_and_e() -> None:
    result = card(Role.CRO, profile_scores([5, 4, 4, 2], [1, 2, 2, 2], b=5))
    assert result.strategy == Fraction(15, 4)
    assert result.execution == Fraction(7, 4)
    assert result.tilt == Fraction(2)


def test_b_competencies_do_not_enter_s_or_e() -> None:
    low_b = card(Role.CRO, profile_scores([4, 4, 4, 4], [3, 3, 3, 3], b=1))
    high_b = card(Role.CRO, profile_scores([4, 4, 4, 4], [3, 3, 3, 3], b=5))
    assert low_b.strategy == high_b.strategy == 4
    assert low_b.execution == high_b.execution == 3


@pytest.mark.parametrize(
    ("s", "e", "tilt", "profile"),
    [
        pytest.param([4, 4, 4, 3], [3, 3, 3, 3], Fraction(3, 4), Tilt.STRATEGY, id="+0.75"),
        pytest.param([4, 4, [3, 4], 3], [3, 3, 3, 3], Fraction(5, 8), Tilt.BALANCED, id="+0.625"),
        pytest.param([3, 3, 3, 3], [3, 3, 3, 3], Fraction(0), Tilt.BALANCED, id="0"),
        pytest.param([3, 3, 3, 3], [4, 4, [3, 4], 3], Fraction(-5, 8), Tilt.BALANCED, id="-0.625"),
        pytest.param([3, 3, 3, 3], [4, 4, 4, 3], Fraction(-3, 4), Tilt.EXECUTION, id="-0.75"),
        pytest.param([5, 5, 5, 5], [1, 1, 1, 1], Fraction(4), Tilt.STRATEGY, id="+4"),
        pytest.param([1, 1, 1, 1], [5, 5, 5, 5], Fraction(-4), Tilt.EXECUTION, id="-4"),
    ],
)
def test_tilt_thresholds_are_inclusive_at_plus_and_minus_0_75(
    s: list, e: list, tilt: Fraction, profile: Tilt
) -> None:
    result = card(Role.CRO, profile_scores(s, e))
    assert result.tilt == tilt
    assert result.profile is profile


@pytest.mark.parametrize(
    ("tilt", "profile"),
    [
        (Fraction(3, 4), Tilt.STRATEGY),
        (0.75, Tilt.STRATEGY),
        (Fraction(74, 100), Tilt.BALANCED),
        (Fraction(-74, 100), Tilt.BALANCED),
        (Fraction(-3, 4), Tilt.EXECUTION),
        (-0.75, Tilt.EXECUTION),
    ],
)
def test_profile_for_boundaries(tilt: Fraction | float, profile: Tilt) -> None:
    assert profile_for(tilt) is profile


def test_tilt_is_none_until_both_s_and_e_are_scored() -> None:
    result = card(Role.CRO, {"S1": 5, "S2": 5})
    assert result.strategy == 5
    assert result.execution is None
    assert result.tilt is None
    assert result.profile is None


# --- Mismatch flags ----------------------------------------------------------------------------


def test_flag_messages_match_the_domain_brief() -> None:
    assert EXECUTION_HEAVY.message == (
        "Execution-heavy for a CRO seat: sales strategy and cross-team collaboration at risk."
    )
    assert STRATEGY_HEAVY.message == (
        "Strategy-heavy for a CSO seat: sales execution and decision speed at risk."
    )
    assert LOW_OVERALL.message == "Low overall."


@pytest.mark.parametrize(
    ("role", "s", "e", "codes"),
    [
        # CRO: tilt <= -0.75 or S < 3.
        pytest.param(
            Role.CRO, [3, 3, 3, 3], [4, 4, 4, 3], ("execution_heavy",), id="cro-tilt-0.75"
        ),
        pytest.param(Role.CRO, [3, 3, 3, 3], [4, 4, [3, 4], 3], (), id="cro-tilt-0.625"),
        pytest.param(Role.CRO, [3, 3, 3, 2], [3, 3, 3, 3], ("execution_heavy",), id="cro-S-2.75"),
        pytest.param(Role.CRO, [3, 3, 3, [2, 3]], [3, 3, 3, 3], ("execution_heavy",), id="S-2.875"),
        pytest.param(Role.CRO, [3, 3, 3, 3], [3, 3, 3, 3], (), id="cro-S-exactly-3"),
        pytest.param(Role.CRO, [4, 4, 4, 3], [2, 2, 2, 2], (), id="cro-strategist-E-low-is-fine"),
        pytest.param(
            Role.CRO,
            [3, 3, 3, 2],
            [3, 3, 3, 2],
            ("execution_heavy", "low_overall"),
            id="cro-both-below-3",
        ),
        # CSO: tilt >= +0.75 or E < 3.
        pytest.param(Role.CSO, [4, 4, 4, 3], [3, 3, 3, 3], ("strategy_heavy",), id="cso-tilt+0.75"),
        pytest.param(Role.CSO, [4, 4, [3, 4], 3], [3, 3, 3, 3], (), id="cso-tilt+0.625"),
        pytest.param(Role.CSO, [3, 3, 3, 3], [3, 3, 3, 2], ("strategy_heavy",), id="cso-E-2.75"),
        pytest.param(Role.CSO, [3, 3, 3, 3], [3, 3, 3, 3], (), id="cso-E-exactly-3"),
        pytest.param(Role.CSO, [2, 2, 2, 2], [4, 4, 4, 4], (), id="cso-executor-S-low-is-fine"),
        pytest.param(
            Role.CSO,
            [3, 3, 3, 2],
            [3, 3, 3, 2],
            ("strategy_heavy", "low_overall"),
            id="cso-both-below-3",
        ),
    ],
)
def test_mismatch_flags_per_seat(role: Role, s: list, e: list, codes: tuple[str, ...]) -> None:
    result = card(role, profile_scores(s, e))
    assert tuple(flag.code for flag in result.flags) == codes


@pytest.mark.parametrize("role", [Role.CRO, Role.CSO])
def test_a_fitting_candidate_has_no_flags(role: Role) -> None:
    result = card(role, full(4))
    assert result.flags == ()
    assert result.profile is Tilt.BALANCED


def test_low_overall_needs_both_s_and_e_below_3() -> None:
    s_only_low = card(Role.CSO, profile_scores([2, 2, 2, 2], [3, 3, 3, 3]))
    assert LOW_OVERALL not in s_only_low.flags
    both_low = card(Role.CSO, profile_scores([2, 2, 2, 2], [2, 2, 2, 2]))
    assert LOW_OVERALL in both_low.flags


def test_no_flags_while_neither_s_nor_e_is_scored() -> None:
    assert card(Role.CRO, {"B1": 1, "B2": 1}).flags == ()


def test_cro_with_s_below_3_is_flagged_before_e_is_scored() -> None:
    result = card(Role.CRO, {"S1": 1, "S2": 1, "S3": 1, "S4": 1})
    assert result.strategy == 1
    assert EXECUTION_HEAVY in result.flags


def test_cso_with_e_below_3_is_flagged_before_s_is_scored() -> None:
    result = card(Role.CSO, {"E1": 2, "E2": 2, "E3": 2, "E4": 2})
    assert result.execution == 2
    assert STRATEGY_HEAVY in result.flags


def test_score_card_accepts_the_role_as_text() -> None:
    result = card("CSO", full(3, S1=2))
    assert result.role is Role.CSO
    assert result.fit == 59


# --- Rating validation -------------------------------------------------------------------------


@pytest.mark.parametrize("score", [1, 2, 3, 4, 5])
def test_rating_accepts_whole_scores_1_to_5(score: int) -> None:
    assert Rating("S1", "Ana", score).score == score


@pytest.mark.parametrize("score", [0, 6, -1, 3.0, 2.5, "3", None, True, False])
def test_rating_refuses_scores_outside_1_to_5_or_not_whole_numbers(score: object) -> None:
    with pytest.raises(ValidationError) as error:
        Rating("S1", "Ana", score)  # type: ignore[arg-type]
    assert error.value.field == "score"


@pytest.mark.parametrize("competency", ["X1", "s1", "S5", "", "B3"])
def test_rating_refuses_unknown_competency(competency: str) -> None:
    with pytest.raises(ValidationError) as error:
        Rating(competency, "Ana", 3)
    assert error.value.field == "competency"


@pytest.mark.parametrize("rater", ["", "   ", None])
def test_rating_needs_a_rater(rater: str | None) -> None:
    with pytest.raises(ValidationError) as error:
        Rating("S1", rater, 3)  # type: ignore[arg-type]
    assert error.value.field == "rater"


def test_rating_refuses_control_characters_in_rater() -> None:
    with pytest.raises(ValidationError):
        Rating("S1", "Ana\x00", 3)


def test_rating_trims_rater_and_keeps_unicode_evidence() -> None:
    evidence = "Réf. 3 : «\u00a0a doublé le NRR\u00a0»\nמנהל ✅"
    rating = Rating("S1", "  Zoë Ångström ", 4, evidence)
    assert rating.rater == "Zoë Ångström"
    assert rating.evidence == evidence


def test_rating_refuses_evidence_over_10000_characters() -> None:
    assert len(Rating("S1", "Ana", 3, "x" * 10_000).evidence) == 10_000
    with pytest.raises(ValidationError) as error:
        Rating("S1", "Ana", 3, "x" * 10_001)
    assert error.value.field == "evidence"


# --- Explanation -------------------------------------------------------------------------------


def test_explanation_without_scores_says_not_scored() -> None:
    assert score_card(Role.CRO, []).explanation() == "Not scored yet."


def test_explanation_of_a_full_card_gives_fit_band_and_profile_without_provisional() -> None:
    text = card(Role.CRO, full(4)).explanation()
    assert text.startswith("Fit 80 (strong).")
    assert "Profile balanced (tilt +0.00)." in text
    assert "Provisional" not in text
    assert "Critical gap" not in text


def test_explanation_says_how_many_competencies_are_unscored() -> None:
    text = card(Role.CRO, {"S1": 4, "E1": 2}).explanation()
    assert text.startswith("Fit 70 (good).")
    assert "Provisional: projected from 2 of 10 competencies; 8 not scored yet." in text


def test_explanation_names_the_critical_gap() -> None:
    text = card(Role.CRO, full(5, S1=2)).explanation()
    assert "Critical gap: S1 Revenue & go-to-market strategy." in text


def test_explanation_includes_the_flag_messages() -> None:
    text = card(Role.CRO, profile_scores([3, 3, 3, 2], [3, 3, 3, 2])).explanation()
    assert EXECUTION_HEAVY.message in text
    assert LOW_OVERALL.message in text


def test_explanation_shows_the_rounded_fit_points() -> None:
    text = card(Role.CRO, full(3, E1=[2, 3])).explanation()  # fit 59.5
    assert text.startswith("Fit 60 (borderline).")


def test_explanation_shows_the_signed_tilt() -> None:
    text = card(Role.CRO, profile_scores([3, 3, 3, 2], [3, 3, 3, 3])).explanation()
    assert text.startswith("Fit 57 (weak).")
    assert "Profile balanced (tilt -0.25)." in text
