"""Who leads a search: scored candidates still in the pipeline, best fit first.

Shared by the dashboard, the overview and the reports, so the board reads the same order the
hiring manager sees.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol, TypeVar

from desktop_app.domain.pipeline import STAGES, Stage
from desktop_app.domain.scorecard import Rating, ScoreCard, score_card
from desktop_app.domain.search import Role

# A card with more competencies unscored than this ranks after every better-scored card.
MOST_UNSCORED_FOR_RANKING = 5


class RankedPerson(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def stage(self) -> Stage: ...
    @property
    def is_active(self) -> bool: ...


P = TypeVar("P", bound=RankedPerson)


def ranked_in_pipeline(
    role: Role, candidates: Sequence[P], ratings: Mapping[str, Sequence[Rating]]
) -> list[tuple[P, ScoreCard]]:
    """Scored candidates still in the pipeline, best fit first; at equal fit, the one further
    along leads. Fully scored cards come before provisional ones: a fit projected from one or
    two scores must not crown a leader."""
    cards = {c.id: score_card(role, ratings.get(c.id, [])) for c in candidates if c.is_active}
    return ranked_by_cards(candidates, cards)


def ranked_by_cards(
    candidates: Sequence[P], cards: Mapping[str, ScoreCard]
) -> list[tuple[P, ScoreCard]]:
    """The same order as ranked_in_pipeline, from scorecards already worked out."""
    scored = [
        (c, card)
        for c in candidates
        if c.is_active and (card := cards.get(c.id)) is not None and card.fit is not None
    ]
    return sorted(
        scored,
        key=lambda pair: (
            len(pair[1].unscored) > MOST_UNSCORED_FOR_RANKING,
            -(pair[1].fit or 0),
            -STAGES.index(pair[0].stage),
            pair[0].id,
        ),
    )
