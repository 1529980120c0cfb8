"""The scorecard's integer arithmetic gives exactly what the plain definition gives: medians
per competency, the weighted fit projected to 20-100, S and E as means of medians."""

from __future__ import annotations

import statistics
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.competencies import BY_KEY, COMPETENCY_KEYS, Lean, weights
from desktop_app.domain.scorecard import Rating, score_card
from desktop_app.domain.search import Role

RATERS = ("Ana", "Bruno", "Carla", "Dev")

ratings_lists = st.lists(
    st.tuples(st.sampled_from(COMPETENCY_KEYS), st.sampled_from(RATERS), st.integers(1, 5)),
    max_size=40,
    unique_by=lambda r: (r[0], r[1]),
)


def reference(role: Role, ratings: list[tuple[str, str, int]]):
    by_key: dict[str, list[int]] = {}
    for key, _rater, score in ratings:
        by_key.setdefault(key, []).append(score)
    medians = {k: Fraction(statistics.median(v)) for k, v in by_key.items()}
    w = weights(role)
    fit = (
        sum(w[k] * m for k, m in medians.items()) * sum(w.values()) / sum(w[k] for k in medians)
        if medians
        else None
    )

    def mean(lean: Lean):
        values = [m for k, m in medians.items() if BY_KEY[k].lean is lean]
        return sum(values, Fraction(0)) / len(values) if values else None

    return medians, fit, mean(Lean.STRATEGY), mean(Lean.EXECUTION)


@settings(max_examples=300, derandomize=True, database=None)
@given(role=st.sampled_from(list(Role)), ratings=ratings_lists)
def test_the_scorecard_matches_its_plain_definition(role, ratings):
    card = score_card(role, [Rating(k, r, s) for k, r, s in ratings])
    medians, fit, strategy, execution = reference(role, ratings)
    assert {k: c.median for k, c in card.competencies.items()} == medians
    assert card.fit == fit
    assert (card.strategy, card.execution) == (strategy, execution)
    assert card.critical_gaps == tuple(
        k for k in COMPETENCY_KEYS if k in medians and weights(role)[k] == 3 and medians[k] <= 2
    )
