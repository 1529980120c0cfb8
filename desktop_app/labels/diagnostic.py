"""The role diagnostic's words for people: questions, their groups and answer options, the rule
that decided, the advice and the complementary hire, translatable.

The domain keeps the English (domain/diagnostic.py); these are the same texts as literal
`translate()` calls, so lupdate finds them, looked up when asked so the translator installed at
start-up applies. tests/labels checks that, untranslated, each reads exactly as the domain's;
a question or label the domain adds later shows its English, never an empty row.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.diagnostic import (
    WATCH_ADVICE,
    Diagnosis,
    Question,
    Recommendation,
)
from desktop_app.labels.text import fill


def question_texts() -> dict[str, str]:
    """Each question in the user's language, by key."""
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


def _option_labels() -> dict[str, str]:
    """The answer labels by the domain's English, each written once for translators however
    many questions use it; the counts ("1", "2-3", "4+") read the same in every language."""
    translate = QCoreApplication.translate
    return {
        "One": translate("Diagnostic", "One"),
        "A few": translate("Diagnostic", "A few"),
        "Different per product or segment": translate(
            "Diagnostic", "Different per product or segment"
        ),
        "At or above plan": translate("Diagnostic", "At or above plan"),
        "Slightly below": translate("Diagnostic", "Slightly below"),
        "Well below plan and market": translate("Diagnostic", "Well below plan and market"),
        "Improving": translate("Diagnostic", "Improving"),
        "Flat": translate("Diagnostic", "Flat"),
        "Worsening": translate("Diagnostic", "Worsening"),
        "Stable or shorter": translate("Diagnostic", "Stable or shorter"),
        "Slightly longer": translate("Diagnostic", "Slightly longer"),
        "Clearly longer": translate("Diagnostic", "Clearly longer"),
        "No": translate("Diagnostic", "No"),
        "Sometimes": translate("Diagnostic", "Sometimes"),
        "Undecided": translate("Diagnostic", "Undecided"),
        "Yes": translate("Diagnostic", "Yes"),
    }


def option_label(option: str) -> str:
    """An answer option of the domain's in the user's language; a count stays as it is."""
    return _option_labels().get(option, option)


def question_text(question: Question) -> tuple[str, tuple[str, ...]]:
    """The question and its options in the user's language."""
    options = tuple(option_label(option) for option in question.options)
    return question_texts().get(question.key, question.text), options


def group_label(group: str) -> str:
    """The title of a group of questions: C complexity, G growth pains, P scope, F follow-ups."""
    labels = {
        "C": QCoreApplication.translate("Diagnostic", "Complexity (C)"),
        "G": QCoreApplication.translate("Diagnostic", "Growth pains (G)"),
        "P": QCoreApplication.translate("Diagnostic", "Scope of the role (P)"),
        "F": QCoreApplication.translate("Diagnostic", "Follow-ups"),
    }
    return labels.get(group, group)


def recommendation_label(recommendation: Recommendation) -> str:
    """CRO and CSO read the same in every language; "Watch" is a word to translate."""
    if recommendation is Recommendation.WATCH:
        return QCoreApplication.translate("Diagnostic", "Watch")
    return Recommendation(recommendation).value


def _rule_templates() -> dict[str, str]:
    """The domain's rule sentences with their numbers taken out (see rule_text), by English."""
    translate = QCoreApplication.translate
    return {
        "Marketing and customer success should both report to this role (P = %1).": translate(
            "Diagnostic",
            "Marketing and customer success should both report to this role (P = %1).",
        ),
        "A complex business (C = %1) with growth pains (G = %2).": translate(
            "Diagnostic", "A complex business (C = %1) with growth pains (G = %2)."
        ),
        "A highly complex business (C = %1).": translate(
            "Diagnostic", "A highly complex business (C = %1)."
        ),
        "The main gap is execution in a simple business (C = %1).": translate(
            "Diagnostic", "The main gap is execution in a simple business (C = %1)."
        ),
        "A simple business (C = %1).": translate("Diagnostic", "A simple business (C = %1)."),
        "Neither clearly (C = %1, G = %2).": translate(
            "Diagnostic", "Neither clearly (C = %1, G = %2)."
        ),
    }


def rule_text(diagnosis: Diagnosis) -> str:
    """The matched rule in the user's language, without the Watch advice (watch_advice_text
    says it). The thresholds stay in the domain alone: its sentence is looked up with the
    numbers taken out, and shown as it is if it has changed."""
    english = diagnosis.rule.removesuffix(" " + WATCH_ADVICE)
    values = re.findall(r"= (\d+)", english)
    numbers = iter(range(1, len(values) + 1))
    template = re.sub(r"= \d+", lambda _: f"= %{next(numbers)}", english)
    translated = _rule_templates().get(template)
    if translated is not None:
        english = fill(translated, *values)
    return english.replace(" = ", "\u00a0=\u00a0")  # "C = 5" on one line when it wraps


def complementary_hire_text(recommendation: Recommendation) -> str:
    """Who to hire alongside, as the domain's COMPLEMENTARY_HIRE says it."""
    if recommendation is Recommendation.CRO:
        return QCoreApplication.translate(
            "Diagnostic", "A VP of Sales of the execution type (score them with CSO weights)."
        )
    return QCoreApplication.translate(
        "Diagnostic", "A head of sales strategy (look for strength in S1-S3)."
    )


def watch_advice_text() -> str:
    """What to do while the diagnostic says Watch (the domain's WATCH_ADVICE)."""
    return QCoreApplication.translate(
        "Diagnostic",
        "Default to a CSO, re-run this diagnostic every quarter and prepare an internal leader "
        "to step up to CRO.",
    )
