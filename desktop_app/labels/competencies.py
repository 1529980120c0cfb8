"""The scorecard's words for people: competency names, what a 1, a 3 and a 5 look like, and the
explanation of a fit score, translatable.

The domain keeps the English (domain/competencies.py, domain/scorecard.py); these are the same
texts as literal `translate()` calls, so lupdate finds them, looked up when asked so the
translator installed at start-up applies. tests/labels checks that, untranslated, each reads
exactly as the domain's, so the two never drift apart; a key the domain adds later shows its
English until it is added here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.competencies import BY_KEY, COMPETENCY_KEYS
from desktop_app.domain.scorecard import ScoreCard, Tilt
from desktop_app.labels.candidates import band_label, flag_message
from desktop_app.labels.text import fill, format_decimal


def competency_names() -> dict[str, str]:
    """Each competency's name in the user's language, by key."""
    translate = QCoreApplication.translate
    return {
        "S1": translate("Competencies", "Revenue & go-to-market strategy"),
        "S2": translate("Competencies", "Multi-product / channel / vertical leadership"),
        "S3": translate("Competencies", "Cross-functional collaboration"),
        "S4": translate("Competencies", "Customer lifecycle (marketing + CS)"),
        "E1": translate("Competencies", "Sales methodology & competitive deals"),
        "E2": translate("Competencies", "Pipeline, forecast, attainment"),
        "E3": translate("Competencies", "Sales ops, territories, quota & comp"),
        "E4": translate("Competencies", "Operating cadence & decision speed"),
        "B1": translate("Competencies", "Talent building"),
        "B2": translate("Competencies", "Financial & data fluency"),
    }


def competency_name(key: str) -> str:
    return competency_names().get(key) or BY_KEY[key].name


def competency_title(key: str) -> str:
    """The key and the name, as lists and tooltips show a competency: "S1 Revenue & ..."."""
    return f"{key} {competency_name(key)}"


def rubric_texts() -> dict[tuple[str, int], str]:
    """What a 1, a 3 and a 5 look like for each competency, by (key, level)."""
    translate = QCoreApplication.translate
    return {
        ("S1", 1): translate("Competencies", "Plans quarter to quarter."),
        ("S1", 3): translate("Competencies", "Annual plan with segments and targets."),
        ("S1", 5): translate(
            "Competencies",
            "Multi-year plan across segments, pricing and channel mix; launched a new revenue "
            "stream.",
        ),
        ("S2", 1): translate("Competencies", "One product, one channel."),
        ("S2", 3): translate("Competencies", "Two channels or a few products."),
        ("S2", 5): translate(
            "Competencies", "Balanced several channels or verticals and settled their conflicts."
        ),
        ("S3", 1): translate("Competencies", "Blames hand-offs."),
        ("S3", 3): translate("Competencies", "Plans jointly with peers."),
        ("S3", 5): translate(
            "Competencies",
            "Shared targets and agreements with marketing, CS, finance and product; peers confirm.",
        ),
        ("S4", 1): translate("Competencies", "New bookings only."),
        ("S4", 3): translate("Competencies", "Co-owned renewals, tracks NRR."),
        ("S4", 5): translate("Competencies", "Led marketing and CS; improved NRR and lead flow."),
        ("E1", 1): translate("Competencies", "Individual heroics."),
        ("E1", 3): translate("Competencies", "Methodology in deal reviews."),
        ("E1", 5): translate(
            "Competencies", "Every deal inspected; win rate against named competitors rose."
        ),
        ("E2", 1): translate("Competencies", "Forecasts miss widely."),
        ("E2", 3): translate("Competencies", "Usually within about 10%."),
        ("E2", 5): translate("Competencies", "Sustained attainment, confirmed by references."),
        ("E3", 1): translate("Competencies", "Kept the inherited setup."),
        ("E3", 3): translate("Competencies", "Redesigned it once."),
        ("E3", 5): translate(
            "Competencies", "Capacity models and territory mapping, tuned repeatedly."
        ),
        ("E4", 1): translate("Competencies", "Slow, escalates."),
        ("E4", 3): translate("Competencies", "Steady weekly rhythm."),
        ("E4", 5): translate(
            "Competencies", "Fast, data-backed calls on deals, pricing and people."
        ),
        ("B1", 1): translate("Competencies", "No bench, regretted attrition."),
        ("B1", 3): translate("Competencies", "Hired solid managers."),
        ("B1", 5): translate("Competencies", "Former reports run organisations."),
        ("B2", 1): translate("Competencies", "Talks bookings only."),
        ("B2", 3): translate("Competencies", "Knows CAC, payback and ASP."),
        ("B2", 5): translate("Competencies", "Manages to unit economics, board-ready data."),
    }


def rubric_text(key: str, level: int) -> str:
    """What a score of `level` looks like for a competency; "" for a level the rubric does not
    describe (2 and 4 lie between)."""
    return rubric_texts().get((key, level)) or BY_KEY[key].rubric.get(level, "")


def rubric(key: str) -> dict[int, str]:
    """A competency's rubric in the user's language: the levels the domain describes, in order."""
    texts = rubric_texts()
    return {
        level: texts.get((key, level)) or english
        for level, english in sorted(BY_KEY[key].rubric.items())
    }


def _profile_word(profile: Tilt) -> str:
    """The profile in the middle of a sentence, as the domain's explanation writes it."""
    words = {
        Tilt.STRATEGY: QCoreApplication.translate("Competencies", "strategy-leaning"),
        Tilt.BALANCED: QCoreApplication.translate("Competencies", "balanced"),
        Tilt.EXECUTION: QCoreApplication.translate("Competencies", "execution-leaning"),
    }
    return words[Tilt(profile)]


def fit_explanation(card: ScoreCard) -> str:
    """The domain's `ScoreCard.explanation()` in the user's language: a sentence or two a
    hiring manager can read next to the number."""
    translate = QCoreApplication.translate
    if card.fit is None:
        return translate("Competencies", "Not scored yet.")
    band = band_label(card.band) if card.band is not None else ""
    parts = [fill(translate("Competencies", "Fit %1 (%2)."), card.fit_points, band)]
    if card.provisional:
        total = len(COMPETENCY_KEYS)
        parts.append(
            fill(
                translate(
                    "Competencies",
                    "Provisional: projected from %1 of %2 competencies; %3 not scored yet.",
                ),
                total - len(card.unscored),
                total,
                len(card.unscored),
            )
        )
    if card.profile is not None:
        parts.append(
            fill(
                translate("Competencies", "Profile %1 (tilt %2)."),
                _profile_word(card.profile),
                format_decimal(card.tilt or 0, 2, signed=True),
            )
        )
    if card.critical_gaps:
        names = ", ".join(competency_title(key) for key in card.critical_gaps)
        parts.append(fill(translate("Competencies", "Critical gap: %1."), names))
    parts.extend(flag_message(flag) for flag in card.flags)
    return " ".join(parts)
