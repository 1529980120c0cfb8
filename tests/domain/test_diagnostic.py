"""The role-need diagnostic (domain.md section 3): each rule, precedence, F1, answers, hires."""

from __future__ import annotations

import pytest

from desktop_app.domain.diagnostic import (
    QUESTION_KEYS,
    WATCH_ADVICE,
    Recommendation,
    check_answer,
    diagnose,
)
from desktop_app.domain.errors import ValidationError

ALL_KEYS = ("C1", "C2", "C3", "C4", "G1", "G2", "G3", "G4", "P1", "P2", "F1", "F2")


def answers(**given: int) -> dict[str, int]:
    """A complete answer set: every question 0 unless given."""
    result = dict.fromkeys(ALL_KEYS, 0)
    result.update(given)
    return result


# --- Questions and totals ----------------------------------------------------------------------


def test_there_are_twelve_questions_in_spec_order() -> None:
    assert QUESTION_KEYS == ALL_KEYS


def test_totals_add_c_g_with_f1_and_p() -> None:
    result = diagnose(answers(C1=2, C2=1, C3=0, C4=1, G1=1, G2=2, G3=0, G4=1, F1=1, P1=1, P2=0))
    assert result.complexity == 4
    assert result.growth_pain == 5  # 1 + 2 + 0 + 1 + F1
    assert result.scope == 1


def test_maximum_totals_are_c_8_g_9_p_4() -> None:
    top = answers(C1=2, C2=2, C3=2, C4=2, G1=2, G2=2, G3=2, G4=2, F1=1, P1=2, P2=2, F2=1)
    result = diagnose(top)
    assert (result.complexity, result.growth_pain, result.scope) == (8, 9, 4)


def test_f2_does_not_count_towards_any_total() -> None:
    result = diagnose(answers(F2=1))
    assert (result.complexity, result.growth_pain, result.scope) == (0, 0, 0)


# --- Rule 1: P = 4 -> CRO ----------------------------------------------------------------------


def test_rule_1_p_equals_4_recommends_cro() -> None:
    result = diagnose(answers(P1=2, P2=2))
    assert result.recommendation is Recommendation.CRO
    assert result.triggered_by == ("P1", "P2")
    assert "P = 4" in result.rule


@pytest.mark.parametrize(("p1", "p2"), [(2, 1), (1, 2), (1, 1), (2, 0)])
def test_rule_1_p_below_4_does_not_recommend_cro_on_its_own(p1: int, p2: int) -> None:
    result = diagnose(answers(P1=p1, P2=p2))
    assert result.recommendation is Recommendation.CSO  # falls through to C <= 2
    assert result.triggered_by == ("C1", "C2", "C3", "C4")


def test_rule_1_wins_over_an_execution_gap_in_a_simple_business() -> None:
    result = diagnose(answers(P1=2, P2=2, F2=1))
    assert result.recommendation is Recommendation.CRO
    assert result.triggered_by == ("P1", "P2")


def test_rule_1_wins_over_rule_2() -> None:
    result = diagnose(answers(P1=2, P2=2, C1=2, C2=2, G1=2, G2=1))
    assert result.triggered_by == ("P1", "P2")


# --- Rule 2: C >= 4 and G >= 3 -> CRO ----------------------------------------------------------


def test_rule_2_complex_with_growth_pain_recommends_cro() -> None:
    result = diagnose(answers(C1=2, C2=2, G1=2, G2=1))
    assert result.recommendation is Recommendation.CRO
    assert (result.complexity, result.growth_pain) == (4, 3)
    assert result.triggered_by == ("C1", "C2", "G1", "G2")
    assert "C = 4" in result.rule
    assert "G = 3" in result.rule


def test_rule_2_needs_c_at_least_4() -> None:
    result = diagnose(answers(C1=2, C2=1, G1=2, G2=2))  # C = 3, G = 4
    assert result.recommendation is Recommendation.WATCH


def test_rule_2_needs_g_at_least_3() -> None:
    result = diagnose(answers(C1=2, C2=2, G1=2))  # C = 4, G = 2
    assert result.recommendation is Recommendation.WATCH


def test_f1_adds_one_to_g_and_crosses_the_rule_2_threshold() -> None:
    without = diagnose(answers(C1=2, C2=2, G1=2))
    with_f1 = diagnose(answers(C1=2, C2=2, G1=2, F1=1))
    assert without.growth_pain == 2
    assert without.recommendation is Recommendation.WATCH
    assert with_f1.growth_pain == 3
    assert with_f1.recommendation is Recommendation.CRO
    assert with_f1.triggered_by == ("C1", "C2", "G1", "F1")


def test_rule_2_wins_over_rule_3() -> None:
    result = diagnose(answers(C1=2, C2=2, C3=2, G4=2, F1=1))  # C = 6, G = 3
    assert result.recommendation is Recommendation.CRO
    assert "growth" in result.rule
    assert result.triggered_by == ("C1", "C2", "C3", "G4", "F1")


# --- Rule 3: C >= 6 -> CRO ---------------------------------------------------------------------


def test_rule_3_highly_complex_business_recommends_cro_without_growth_pain() -> None:
    result = diagnose(answers(C1=2, C2=2, C3=1, C4=1))
    assert result.recommendation is Recommendation.CRO
    assert result.complexity == 6
    assert result.growth_pain == 0
    assert result.triggered_by == ("C1", "C2", "C3", "C4")
    assert "highly complex" in result.rule


def test_rule_3_needs_c_at_least_6() -> None:
    result = diagnose(answers(C1=2, C2=2, C3=1))  # C = 5, G = 0
    assert result.recommendation is Recommendation.WATCH


def test_rule_3_wins_over_an_execution_gap() -> None:
    result = diagnose(answers(C1=2, C2=2, C3=2, F2=1))
    assert result.recommendation is Recommendation.CRO
    assert "F2" not in result.triggered_by


# --- Rule 4: F2 and C <= 3 -> CSO --------------------------------------------------------------


def test_rule_4_execution_gap_in_a_simple_business_recommends_cso() -> None:
    result = diagnose(answers(C1=2, C3=1, F2=1))  # C = 3
    assert result.recommendation is Recommendation.CSO
    # All four complexity answers: C <= 3 decided the rule as much as F2 did.
    assert result.triggered_by == ("F2", "C1", "C2", "C3", "C4")
    assert "execution" in result.rule


def test_rule_4_does_not_apply_at_c_4() -> None:
    result = diagnose(answers(C1=2, C2=2, F2=1))  # C = 4, G = 0
    assert result.recommendation is Recommendation.WATCH


def test_rule_4_applies_whatever_the_growth_pain_when_c_is_3() -> None:
    result = diagnose(answers(C1=2, C2=1, G1=2, G2=2, G3=2, G4=2, F1=1, F2=1))
    assert result.growth_pain == 9
    assert result.recommendation is Recommendation.CSO
    assert result.triggered_by[0] == "F2"


def test_rule_4_wins_over_rule_5() -> None:
    result = diagnose(answers(C1=1, F2=1))  # C = 1: both rule 4 and rule 5 match
    assert result.recommendation is Recommendation.CSO
    assert result.triggered_by == ("F2", "C1", "C2", "C3", "C4")


# --- Rule 5: C <= 2 -> CSO ---------------------------------------------------------------------


@pytest.mark.parametrize("given", [{}, {"C1": 1}, {"C1": 2}, {"C2": 1, "C4": 1}])
def test_rule_5_simple_business_recommends_cso(given: dict[str, int]) -> None:
    result = diagnose(answers(**given))
    assert result.recommendation is Recommendation.CSO
    assert result.triggered_by == ("C1", "C2", "C3", "C4")
    assert "simple" in result.rule


def test_rule_5_does_not_apply_at_c_3() -> None:
    result = diagnose(answers(C1=2, C2=1))
    assert result.recommendation is Recommendation.WATCH


# --- Otherwise: Watch --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "given",
    [
        {"C1": 2, "C2": 1},  # C = 3, no F2
        {"C1": 2, "C2": 2, "G1": 2},  # C = 4, G = 2
        {"C1": 2, "C2": 2, "C3": 1, "G2": 2},  # C = 5, G = 2
        {"C1": 2, "C2": 2, "F2": 1},  # C = 4 with an execution gap
    ],
)
def test_watch_when_no_rule_matches(given: dict[str, int]) -> None:
    result = diagnose(answers(**given))
    assert result.recommendation is Recommendation.WATCH
    assert WATCH_ADVICE in result.rule


def test_watch_triggered_by_lists_the_nonzero_c_and_g_answers() -> None:
    result = diagnose(answers(C1=2, C3=1, G2=2, P1=1))
    assert result.recommendation is Recommendation.WATCH
    assert result.triggered_by == ("C1", "C3", "G2")


def test_watch_advice_defaults_to_cso_rerun_and_internal_leader() -> None:
    assert "CSO" in WATCH_ADVICE
    assert "every quarter" in WATCH_ADVICE
    assert "internal leader" in WATCH_ADVICE


def test_watch_value_is_the_word_watch() -> None:
    assert Recommendation.WATCH.value == "Watch"


# --- Complementary hire ------------------------------------------------------------------------


def test_cro_complementary_hire_is_an_execution_type_vp_of_sales() -> None:
    hire = diagnose(answers(P1=2, P2=2)).complementary_hire
    assert "VP of Sales" in hire
    assert "execution" in hire
    assert "CSO weights" in hire


@pytest.mark.parametrize(
    ("given", "recommendation"),
    [({}, Recommendation.CSO), ({"C1": 2, "C2": 1}, Recommendation.WATCH)],
)
def test_cso_and_watch_complementary_hire_is_a_head_of_sales_strategy(
    given: dict[str, int], recommendation: Recommendation
) -> None:
    result = diagnose(answers(**given))
    assert result.recommendation is recommendation
    assert "head of sales strategy" in result.complementary_hire
    assert "S1-S3" in result.complementary_hire


# --- Unanswered questions ----------------------------------------------------------------------


def test_no_answers_count_as_zero_and_all_are_reported_unanswered() -> None:
    result = diagnose({})
    assert result.unanswered == ALL_KEYS
    assert result.complete is False
    assert (result.complexity, result.growth_pain, result.scope) == (0, 0, 0)
    assert result.recommendation is Recommendation.CSO


def test_partial_answers_report_the_missing_keys_in_order() -> None:
    result = diagnose({"C1": 2, "C2": 2, "G1": 2, "F1": 1})
    assert result.unanswered == ("C3", "C4", "G2", "G3", "G4", "P1", "P2", "F2")
    assert result.recommendation is Recommendation.CRO  # C = 4, G = 3


def test_an_answer_of_zero_is_answered() -> None:
    result = diagnose(answers())
    assert result.unanswered == ()
    assert result.complete is True


def test_a_missing_p2_counts_as_zero_so_p1_alone_never_reaches_p_4() -> None:
    result = diagnose({"P1": 2})
    assert result.scope == 2
    assert result.recommendation is Recommendation.CSO
    assert "P2" in result.unanswered


# --- Answer validation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [("C1", 0), ("C1", 2), ("G4", 2), ("P2", 2), ("F1", 0), ("F1", 1), ("F2", 1)],
)
def test_check_answer_accepts_valid_answers(key: str, value: int) -> None:
    assert check_answer(key, value) == value


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("C1", 3),
        ("C1", -1),
        ("G2", 3),
        ("P1", -1),
        ("F1", 2),
        ("F2", 2),
        ("C1", True),
        ("F1", True),
        ("F2", False),
        ("C1", 1.0),
        ("C1", "1"),
        ("C1", None),
    ],
)
def test_invalid_answer_values_raise_validation_error(key: str, value: object) -> None:
    with pytest.raises(ValidationError) as error:
        diagnose({key: value})  # type: ignore[dict-item]
    assert error.value.field == key


@pytest.mark.parametrize("key", ["C5", "c1", "F3", "", "P"])
def test_unknown_question_keys_raise_validation_error(key: str) -> None:
    with pytest.raises(ValidationError) as error:
        diagnose({key: 0})
    assert error.value.field == "question"


def test_one_bad_answer_among_good_ones_is_refused() -> None:
    with pytest.raises(ValidationError):
        diagnose(answers(C1=2, C2=2, G1=3))
