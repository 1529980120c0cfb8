"""The diagnostic's words for people: questions, answer options, rules and advice, each
translatable (lupdate finds the literal strings here), falling back to the domain's English."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.domain.diagnostic import (
    WATCH_ADVICE,
    Diagnosis,
    Question,
    Recommendation,
)
from desktop_app.labels.text import fill


def question_texts() -> dict[str, str]:
    """Each question in the user's language, by key. Built when asked rather than at import,
    so the translator installed at start-up is used; lupdate finds the literal strings."""
    translate = QCoreApplication.translate
    return {
        "C1": translate("Diagnostic", "Product lines sold"),
        "C2": translate(
            "Diagnostic", "Go-to-market channels (field, inside, partners, self-serve, marketplace)"
        ),
        "C3": translate("Diagnostic", "Verticals or segments needing different sales motions"),
        "C4": translate("Diagnostic", "Competitor sets met regularly"),
        "G1": translate("Diagnostic", "Growth vs plan, last 4 quarters"),
        "G2": translate("Diagnostic", "Churn / NRR trend"),
        "G3": translate("Diagnostic", "Sales-cycle trend"),
        "G4": translate("Diagnostic", "“Too few leads / low awareness” a recurring excuse?"),
        "P1": translate("Diagnostic", "Should marketing report to this role?"),
        "P2": translate("Diagnostic", "Should CS / renewals report to this role?"),
        "F1": translate(
            "Diagnostic", "Do sales and marketing disagree on what a qualified lead is?"
        ),
        "F2": translate(
            "Diagnostic",
            "Is the main gap execution (weak attainment or win rate, with healthy leads and "
            "retention)?",
        ),
    }


# The answer labels, each written once for translators however many questions use it; the
# counts ("1", "2-3", "4+") read the same in every language.
_OPTIONS = (
    QT_TRANSLATE_NOOP("Diagnostic", "One"),
    QT_TRANSLATE_NOOP("Diagnostic", "A few"),
    QT_TRANSLATE_NOOP("Diagnostic", "Different per product or segment"),
    QT_TRANSLATE_NOOP("Diagnostic", "At or above plan"),
    QT_TRANSLATE_NOOP("Diagnostic", "Slightly below"),
    QT_TRANSLATE_NOOP("Diagnostic", "Well below plan and market"),
    QT_TRANSLATE_NOOP("Diagnostic", "Improving"),
    QT_TRANSLATE_NOOP("Diagnostic", "Flat"),
    QT_TRANSLATE_NOOP("Diagnostic", "Worsening"),
    QT_TRANSLATE_NOOP("Diagnostic", "Stable or shorter"),
    QT_TRANSLATE_NOOP("Diagnostic", "Slightly longer"),
    QT_TRANSLATE_NOOP("Diagnostic", "Clearly longer"),
    QT_TRANSLATE_NOOP("Diagnostic", "No"),
    QT_TRANSLATE_NOOP("Diagnostic", "Sometimes"),
    QT_TRANSLATE_NOOP("Diagnostic", "Undecided"),
    QT_TRANSLATE_NOOP("Diagnostic", "Yes"),
)


def question_text(question: Question) -> tuple[str, tuple[str, ...]]:
    """The question and its options in the user's language; the domain's own words for a
    question or label added since, so a new rule never shows an empty row."""
    options = tuple(
        QCoreApplication.translate("Diagnostic", option) if option in _OPTIONS else option
        for option in question.options
    )
    return question_texts().get(question.key, question.text), options


# The domain's rule sentences with their numbers taken out (see rule_text).
_RULES = (
    QT_TRANSLATE_NOOP(
        "Diagnostic", "Marketing and customer success should both report to this role (P = %1)."
    ),
    QT_TRANSLATE_NOOP("Diagnostic", "A complex business (C = %1) with growth pains (G = %2)."),
    QT_TRANSLATE_NOOP("Diagnostic", "A highly complex business (C = %1)."),
    QT_TRANSLATE_NOOP("Diagnostic", "The main gap is execution in a simple business (C = %1)."),
    QT_TRANSLATE_NOOP("Diagnostic", "A simple business (C = %1)."),
    QT_TRANSLATE_NOOP("Diagnostic", "Neither clearly (C = %1, G = %2)."),
)


def rule_text(diagnosis: Diagnosis) -> str:
    """The matched rule in the user's language. The thresholds stay in the domain alone: its
    sentence is looked up with the numbers taken out, and shown as it is if it has changed."""
    english = diagnosis.rule.removesuffix(" " + WATCH_ADVICE)
    values = re.findall(r"= (\d+)", english)
    numbers = iter(range(1, len(values) + 1))
    template = re.sub(r"= \d+", lambda _: f"= %{next(numbers)}", english)
    if template in _RULES:
        english = fill(QCoreApplication.translate("Diagnostic", template), *values)
    return english.replace(" = ", "\u00a0=\u00a0")  # "C = 5" on one line when it wraps


def complementary_hire_text(recommendation: Recommendation) -> str:
    if recommendation is Recommendation.CRO:
        return QCoreApplication.translate(
            "Diagnostic", "A VP of Sales of the execution type (score them with CSO weights)."
        )
    return QCoreApplication.translate(
        "Diagnostic", "A head of sales strategy (look for strength in S1-S3)."
    )


def watch_advice_text() -> str:
    return QCoreApplication.translate(
        "Diagnostic",
        "Default to a CSO, re-run this diagnostic every quarter and prepare an internal leader "
        "to step up to CRO.",
    )
