"""The role-need diagnostic: does this business unit need a CRO or a CSO?

Twelve questions scored 0/1/2 (F1 and F2 are yes/no). The first rule that matches wins, and the
answers that triggered it are returned so the app can show why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.domain.errors import ValidationError


class Recommendation(StrEnum):
    CRO = "CRO"
    CSO = "CSO"
    WATCH = "Watch"


@dataclass(frozen=True)
class Question:
    key: str
    group: str  # C complexity, G growth pain, P scope, F follow-ups
    text: str
    options: tuple[str, ...]  # the label of answer 0, 1 (and 2)


QUESTIONS: tuple[Question, ...] = (
    Question("C1", "C", "Product lines sold", ("1", "2-3", "4+")),
    Question(
        "C2",
        "C",
        "Go-to-market channels (field, inside, partners, self-serve, marketplace)",
        ("1", "2", "3+"),
    ),
    Question(
        "C3", "C", "Verticals or segments needing different sales motions", ("1", "2-3", "4+")
    ),
    Question(
        "C4",
        "C",
        "Competitor sets met regularly",
        ("One", "A few", "Different per product or segment"),
    ),
    Question(
        "G1",
        "G",
        "Growth vs plan, last 4 quarters",
        ("At or above plan", "Slightly below", "Well below plan and market"),
    ),
    Question("G2", "G", "Churn / NRR trend", ("Improving", "Flat", "Worsening")),
    Question(
        "G3", "G", "Sales-cycle trend", ("Stable or shorter", "Slightly longer", "Clearly longer")
    ),
    Question(
        "G4",
        "G",
        "“Too few leads / low awareness” a recurring excuse?",
        ("No", "Sometimes", "Yes"),
    ),
    Question("P1", "P", "Should marketing report to this role?", ("No", "Undecided", "Yes")),
    Question("P2", "P", "Should CS / renewals report to this role?", ("No", "Undecided", "Yes")),
    Question(
        "F1", "F", "Do sales and marketing disagree on what a qualified lead is?", ("No", "Yes")
    ),
    Question(
        "F2",
        "F",
        "Is the main gap execution (weak attainment or win rate, with healthy leads and "
        "retention)?",
        ("No", "Yes"),
    ),
)
QUESTION_KEYS = tuple(q.key for q in QUESTIONS)
_BY_KEY = {q.key: q for q in QUESTIONS}

COMPLEMENTARY_HIRE = {
    Recommendation.CRO: "A VP of Sales of the execution type (score them with CSO weights).",
    Recommendation.CSO: "A head of sales strategy (look for strength in S1-S3).",
    Recommendation.WATCH: "A head of sales strategy (look for strength in S1-S3).",
}
WATCH_ADVICE = (
    "Default to a CSO, re-run this diagnostic every quarter and prepare an internal leader to "
    "step up to CRO."
)


@dataclass(frozen=True)
class Diagnosis:
    recommendation: Recommendation
    rule: str  # the rule that matched, in words
    triggered_by: tuple[str, ...]  # the question keys behind it
    complexity: int  # C, 0-8
    growth_pain: int  # G, 0-9 (F1 adds one)
    scope: int  # P, 0-4
    unanswered: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.unanswered

    @property
    def complementary_hire(self) -> str:
        return COMPLEMENTARY_HIRE[self.recommendation]


def check_answer(key: str, value: int) -> int:
    """Validates one answer: 0-2, or 0-1 for the yes/no questions."""
    question = _BY_KEY.get(key)
    if question is None:
        raise ValidationError("question", "Unknown diagnostic question '{key}'.", key=key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            key, "The answer to {key} must be a whole number, not {value!r}.", key=key, value=value
        )
    top = len(question.options) - 1
    if not 0 <= value <= top:
        raise ValidationError(
            key,
            "The answer to {key} is from 0 to {top}, not {value}.",
            key=key,
            top=top,
            value=value,
        )
    return value


def diagnose(answers: Mapping[str, int]) -> Diagnosis:
    """The recommendation for a business unit; unanswered questions count as 0."""
    for key, value in answers.items():
        check_answer(key, value)
    a = {key: answers.get(key, 0) for key in QUESTION_KEYS}
    unanswered = tuple(k for k in QUESTION_KEYS if k not in answers)
    c_keys = ("C1", "C2", "C3", "C4")
    g_keys = ("G1", "G2", "G3", "G4", "F1")
    c = sum(a[k] for k in c_keys)
    g = sum(a[k] for k in g_keys)
    p = a["P1"] + a["P2"]

    def nonzero(keys: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(k for k in keys if a[k])

    def result(rec: Recommendation, rule: str, keys: tuple[str, ...]) -> Diagnosis:
        return Diagnosis(rec, rule, keys, c, g, p, unanswered)

    if p == 4:
        return result(
            Recommendation.CRO,
            "Marketing and customer success should both report to this role (P = 4).",
            ("P1", "P2"),
        )
    if c >= 4 and g >= 3:
        return result(
            Recommendation.CRO,
            f"A complex business (C = {c}) with growth pains (G = {g}).",
            nonzero(c_keys) + nonzero(g_keys),
        )
    if c >= 6:
        return result(Recommendation.CRO, f"A highly complex business (C = {c}).", nonzero(c_keys))
    if a["F2"] and c <= 3:
        return result(
            Recommendation.CSO,
            f"The main gap is execution in a simple business (C = {c}).",
            ("F2", *c_keys),  # C <= 3 decided it as much as F2 did
        )
    if c <= 2:
        return result(Recommendation.CSO, f"A simple business (C = {c}).", c_keys)
    return result(
        Recommendation.WATCH,
        f"Neither clearly (C = {c}, G = {g}). {WATCH_ADVICE}",
        nonzero(c_keys) + nonzero(g_keys),
    )
