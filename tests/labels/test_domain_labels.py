"""The labels layer says the domain's texts in the user's language.

Untranslated, every label must read exactly as the domain's English, so the two never drift
apart (a label that no longer matches would never be shown translated either). With a
translator installed, every one must come from it: a text that silently falls back to the
domain's English would stay English in the Portuguese edition.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from fractions import Fraction

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop_app.domain.competencies import BY_KEY, COMPETENCIES, COMPETENCY_KEYS
from desktop_app.domain.diagnostic import (
    COMPLEMENTARY_HIRE,
    QUESTIONS,
    WATCH_ADVICE,
    Recommendation,
    diagnose,
)
from desktop_app.domain.scorecard import (
    EXECUTION_HEAVY,
    LOW_OVERALL,
    STRATEGY_HEAVY,
    Rating,
    ScoreCard,
    Tilt,
    score_card,
)
from desktop_app.domain.search import Role
from desktop_app.labels import competencies as competency_labels
from desktop_app.labels import diagnostic as diagnostic_labels
from desktop_app.labels.candidates import flag_message

MARK = "⟦"


class _MarkingTranslator(QTranslator):
    """Translates every text to itself between marks, so a text that was looked up shows it."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{MARK}{source}⟧"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marking(qapp) -> Iterator[None]:
    translator = _MarkingTranslator()
    assert QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _ratings(profile: str, raters: tuple[str, ...] = ("Ana",)) -> list[Rating]:
    """Ratings from a profile such as "5554 4434 54" (0 = not scored)."""
    scores = [int(ch) for ch in profile.replace(" ", "")]
    return [
        Rating(key, rater, score)
        for rater in raters
        for key, score in zip(COMPETENCY_KEYS, scores, strict=True)
        if score
    ]


# Cards that between them use every part of the explanation: unscored, provisional, each
# profile, critical gaps, each flag.
CARDS: dict[str, ScoreCard] = {
    "unscored": score_card(Role.CRO, []),
    "strong CRO": score_card(Role.CRO, _ratings("5554 4434 54")),
    "provisional": score_card(Role.CRO, _ratings("4334 4000 00")),
    "execution-heavy CRO with gaps": score_card(Role.CRO, _ratings("2133 5545 43")),
    "strategy-heavy CSO": score_card(Role.CSO, _ratings("5454 2323 44")),
    "low overall": score_card(Role.CSO, _ratings("2222 2222 22")),
    "execution-leaning CSO": score_card(Role.CSO, _ratings("3333 4444 34")),
    "one competency": score_card(Role.CSO, _ratings("0000 1000 00")),
}


def _labels_and_english() -> list[tuple[str, Callable[[], str], str]]:
    """(what, the label, the domain's English) for every domain text the labels layer says."""
    pairs: list[tuple[str, Callable[[], str], str]] = []
    for c in COMPETENCIES:
        pairs.append(
            (f"name {c.key}", lambda k=c.key: competency_labels.competency_name(k), c.name)
        )
        for level, text in c.rubric.items():
            pairs.append(
                (
                    f"rubric {c.key} {level}",
                    lambda k=c.key, n=level: competency_labels.rubric_text(k, n),
                    text,
                )
            )
    for flag in (EXECUTION_HEAVY, STRATEGY_HEAVY, LOW_OVERALL):
        pairs.append((f"flag {flag.code}", lambda f=flag: flag_message(f), flag.message))
    for name, card in CARDS.items():
        pairs.append(
            (
                f"explanation {name}",
                lambda c=card: competency_labels.fit_explanation(c),
                card.explanation(),
            )
        )
    for q in QUESTIONS:
        pairs.append(
            (f"question {q.key}", lambda q=q: diagnostic_labels.question_text(q)[0], q.text)
        )
        for value, option in enumerate(q.options):
            if not option[0].isdigit():  # counts such as "2-3" read the same in every language
                pairs.append(
                    (
                        f"option {q.key} {value}",
                        lambda q=q, v=value: diagnostic_labels.question_text(q)[1][v],
                        option,
                    )
                )
    for recommendation in Recommendation:
        pairs.append(
            (
                f"complementary hire {recommendation}",
                lambda r=recommendation: diagnostic_labels.complementary_hire_text(r),
                COMPLEMENTARY_HIRE[recommendation],
            )
        )
    pairs.append(("watch advice", diagnostic_labels.watch_advice_text, WATCH_ADVICE))
    pairs.append(
        (
            "recommendation Watch",
            lambda: diagnostic_labels.recommendation_label(Recommendation.WATCH),
            Recommendation.WATCH.value,
        )
    )
    for name, diagnosis in _DIAGNOSES.items():
        english = diagnosis.rule.removesuffix(" " + WATCH_ADVICE)
        pairs.append(
            (
                f"rule {name}",
                lambda d=diagnosis: diagnostic_labels.rule_text(d).replace("\u00a0", " "),
                english,
            )
        )
    return pairs


# Answers that reach each of the diagnostic's six rules, in the domain's order.
_DIAGNOSES = {
    "scope": diagnose({"P1": 2, "P2": 2}),
    "complex with growth pains": diagnose({"C1": 2, "C2": 2, "G1": 2, "G2": 1}),
    "highly complex": diagnose({"C1": 2, "C2": 2, "C3": 2}),
    "execution gap": diagnose({"F2": 1, "C1": 1}),
    "simple": diagnose({"C1": 1}),
    "watch": diagnose({"C1": 2, "C2": 1}),
}

PAIRS = _labels_and_english()
IDS = [what for what, _, _ in PAIRS]


def test_the_diagnoses_reach_every_rule() -> None:
    assert len({d.rule for d in _DIAGNOSES.values()}) == 6
    assert _DIAGNOSES["watch"].recommendation is Recommendation.WATCH


def test_every_competency_rubric_level_and_flag_is_covered() -> None:
    assert sum(len(c.rubric) for c in COMPETENCIES) == 30
    kinds = {what.split()[0] for what in IDS}
    assert {"name", "rubric", "flag", "explanation", "question", "option", "rule"} <= kinds
    flags = {f.code for card in CARDS.values() for f in card.flags}
    assert flags == {"execution_heavy", "strategy_heavy", "low_overall"}
    assert any(card.critical_gaps for card in CARDS.values())
    assert {card.profile for card in CARDS.values()} >= set(Tilt)


@pytest.mark.parametrize(("what", "label", "english"), PAIRS, ids=IDS)
def test_untranslated_each_label_reads_exactly_as_the_domain(qapp, what, label, english) -> None:
    assert label() == english


@pytest.mark.parametrize(("what", "label", "english"), PAIRS, ids=IDS)
def test_translated_each_label_comes_from_the_translator(marking, what, label, english) -> None:
    shown = label()
    assert MARK in shown, f"{what} is not looked up in the translator: {shown!r}"


def test_the_rubric_of_a_competency_keeps_the_domains_levels_in_order(qapp) -> None:
    for key in COMPETENCY_KEYS:
        assert competency_labels.rubric(key) == dict(sorted(BY_KEY[key].rubric.items()))
        assert competency_labels.rubric_text(key, 2) == ""  # between 1 and 3: no words


def test_a_competency_title_is_its_key_and_name(qapp) -> None:
    assert competency_labels.competency_title("S1") == "S1 Revenue & go-to-market strategy"


def test_the_explanation_puts_each_part_in_translated_words(marking) -> None:
    card = CARDS["execution-heavy CRO with gaps"]
    text = competency_labels.fit_explanation(card)
    assert card.critical_gaps == ("S1", "S2")
    # The competencies named in the gap and the band come from the translator too.
    for key in card.critical_gaps:
        assert f"{key} {MARK}{BY_KEY[key].name}⟧" in text
    assert f"{MARK}{card.band}⟧" in text


def test_the_group_titles_are_translatable(marking) -> None:
    for group in dict.fromkeys(q.group for q in QUESTIONS):
        assert diagnostic_labels.group_label(group).startswith(MARK), group


def test_cro_and_cso_read_the_same_in_every_language(marking) -> None:
    assert diagnostic_labels.recommendation_label(Recommendation.CRO) == "CRO"
    assert diagnostic_labels.recommendation_label(Recommendation.CSO) == "CSO"


def test_a_tilt_reads_with_its_sign(qapp) -> None:
    card = CARDS["strategy-heavy CSO"]
    assert card.tilt is not None and card.tilt > Fraction(0)
    assert "(tilt +" in competency_labels.fit_explanation(card)
