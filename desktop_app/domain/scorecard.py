"""Fit scoring: from raters' 1-5 scores to a fit score, band, profile tilt and warnings.

Exact arithmetic (fractions) keeps the thresholds honest: a tilt of exactly -0.75 is
execution-leaning however the means were reached.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from desktop_app.domain.competencies import BY_KEY, COMPETENCY_KEYS, Lean, weights
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.fields import clean_line, clean_text
from desktop_app.domain.search import Role

MIN_SCORE, MAX_SCORE = 1, 5
DISPUTED_SPREAD = 2
TILT_THRESHOLD = Fraction(3, 4)
SEAT_MINIMUM = 3  # S below 3 in a CRO seat, or E below 3 in a CSO seat, is a mismatch


class Band(StrEnum):
    STRONG = "strong"
    GOOD = "good"
    BORDERLINE = "borderline"
    WEAK = "weak"


class Tilt(StrEnum):
    STRATEGY = "strategy-leaning"
    BALANCED = "balanced"
    EXECUTION = "execution-leaning"


@dataclass(frozen=True)
class Flag:
    code: str
    message: str


EXECUTION_HEAVY = Flag(
    "execution_heavy",
    "Execution-heavy for a CRO seat: sales strategy and cross-team collaboration at risk.",
)
STRATEGY_HEAVY = Flag(
    "strategy_heavy",
    "Strategy-heavy for a CSO seat: sales execution and decision speed at risk.",
)
LOW_OVERALL = Flag("low_overall", "Low overall.")


@dataclass(frozen=True)
class Rating:
    """One rater's score of one competency, with the evidence behind it."""

    competency: str
    rater: str
    score: int
    evidence: str = ""

    def __post_init__(self) -> None:
        if self.competency not in BY_KEY:
            raise ValidationError("competency", "Unknown competency '{key}'.", key=self.competency)
        object.__setattr__(self, "rater", clean_line("rater", self.rater, required=True))
        if isinstance(self.score, bool) or not isinstance(self.score, int):
            raise ValidationError(
                "score", "A score is a whole number from 1 to 5, not {score!r}.", score=self.score
            )
        if not MIN_SCORE <= self.score <= MAX_SCORE:
            raise ValidationError("score", "A score is from 1 to 5, not {score}.", score=self.score)
        object.__setattr__(
            self, "evidence", clean_text("evidence", self.evidence, required=False, limit=10_000)
        )


@dataclass(frozen=True)
class CompetencyScore:
    key: str
    median: Fraction
    spread: int
    raters: int

    @functools.cached_property
    def disputed(self) -> bool:
        return self.spread >= DISPUTED_SPREAD


@dataclass(frozen=True)
class ScoreCard:
    role: Role
    competencies: dict[str, CompetencyScore]  # only the scored ones
    fit: Fraction | None  # 20-100; projected from the scored competencies while provisional
    unscored: tuple[str, ...]
    critical_gaps: tuple[str, ...]
    strategy: Fraction | None  # S: mean of S1-S4
    execution: Fraction | None  # E: mean of E1-E4
    flags: tuple[Flag, ...]

    # The derived values below are cached: a table sorts and paints by them many times over,
    # and the card never changes (frozen).
    @property
    def provisional(self) -> bool:
        return bool(self.unscored)

    @functools.cached_property
    def fit_points(self) -> int | None:
        """The fit as the whole number people see (halves round up); the band follows it, so
        "60" is never shown as weak."""
        return math.floor(self.fit + Fraction(1, 2)) if self.fit is not None else None

    @functools.cached_property
    def band(self) -> Band | None:
        return band_for(self.fit_points) if self.fit_points is not None else None

    @functools.cached_property
    def tilt(self) -> Fraction | None:
        if self.strategy is None or self.execution is None:
            return None
        return self.strategy - self.execution

    @functools.cached_property
    def profile(self) -> Tilt | None:
        return profile_for(self.tilt) if self.tilt is not None else None

    @functools.cached_property
    def disputed(self) -> tuple[str, ...]:
        return tuple(k for k, c in self.competencies.items() if c.disputed)

    def explanation(self) -> str:
        """A sentence or two a hiring manager can read next to the number."""
        if self.fit is None:
            return "Not scored yet."
        parts = [f"Fit {self.fit_points} ({self.band})."]
        if self.provisional:
            scored = len(COMPETENCY_KEYS) - len(self.unscored)
            parts.append(
                f"Provisional: projected from {scored} of {len(COMPETENCY_KEYS)} competencies; "
                f"{len(self.unscored)} not scored yet."
            )
        if self.profile is not None:
            parts.append(f"Profile {self.profile} (tilt {float(self.tilt or 0):+.2f}).")
        if self.critical_gaps:
            names = ", ".join(f"{k} {BY_KEY[k].name}" for k in self.critical_gaps)
            parts.append(f"Critical gap: {names}.")
        parts.extend(flag.message for flag in self.flags)
        return " ".join(parts)


def band_for(fit: int | Fraction | float) -> Band:
    if fit >= 80:
        return Band.STRONG
    if fit >= 70:
        return Band.GOOD
    if fit >= 60:
        return Band.BORDERLINE
    return Band.WEAK


def profile_for(tilt: Fraction | float) -> Tilt:
    if tilt >= TILT_THRESHOLD:
        return Tilt.STRATEGY
    if tilt <= -TILT_THRESHOLD:
        return Tilt.EXECUTION
    return Tilt.BALANCED


def score_card(role: Role | str, ratings: Iterable[Rating]) -> ScoreCard:
    """Combines every rater's scores for one candidate into the candidate's scorecard."""
    by_competency: dict[str, list[int]] = {}
    for rating in ratings:
        by_competency.setdefault(rating.competency, []).append(rating.score)
    return score_card_of_scores(role, by_competency)


def score_card_of_scores(role: Role | str, by_competency: Mapping[str, Sequence[int]]) -> ScoreCard:
    """The scorecard from each competency's scores (1-5, any order, from any raters).

    Opening a large search scores a thousand cards, so the parts that repeat are worked out
    once: a competency's median and spread depend only on its scores, and the fit and the
    profile means on a handful of small integers (medians of whole scores are whole or halves,
    so the sums are done on doubled medians, in integers, and become exact fractions once).
    """
    role = Role(role)
    competencies: dict[str, CompetencyScore] = {}
    doubled: dict[str, int] = {}  # twice each scored competency's median
    for key in COMPETENCY_KEYS:
        scores = by_competency.get(key)
        if scores:
            competencies[key], doubled[key] = _competency_score(key, tuple(sorted(scores)))
    role_weights = _WEIGHTS[role]
    fit: Fraction | None = None
    if competencies:
        scored_weight = sum(role_weights[k] for k in competencies)
        weighted_twice = sum(role_weights[k] * twice for k, twice in doubled.items())
        # Projected to the full 20-100 scale from what has been scored so far.
        fit = _fraction(weighted_twice * _TOTAL_WEIGHT[role], 2 * scored_weight)
    strategy = _mean(doubled, Lean.STRATEGY)
    execution = _mean(doubled, Lean.EXECUTION)
    return ScoreCard(
        role=role,
        competencies=competencies,
        fit=fit,
        unscored=_unscored(tuple(competencies)),
        critical_gaps=tuple(
            k for k, twice in doubled.items() if role_weights[k] == 3 and twice <= 4
        ),
        strategy=strategy,
        execution=execution,
        flags=mismatch_flags(role, strategy, execution),
    )


@functools.lru_cache(maxsize=4096)
def _competency_score(key: str, scores: tuple[int, ...]) -> tuple[CompetencyScore, int]:
    """One competency's score and twice its median, from its sorted scores. There are few
    distinct inputs, so the results are shared (they are immutable)."""
    middle = len(scores) // 2
    twice = 2 * scores[middle] if len(scores) % 2 else scores[middle - 1] + scores[middle]
    score = CompetencyScore(
        key=key, median=_fraction(twice, 2), spread=scores[-1] - scores[0], raters=len(scores)
    )
    return score, twice


@functools.lru_cache(maxsize=4096)
def _fraction(numerator: int, denominator: int) -> Fraction:
    # Fractions are immutable, so one per value can be shared; building one costs microseconds.
    return Fraction(numerator, denominator)


@functools.lru_cache(maxsize=512)
def _unscored(scored: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(k for k in COMPETENCY_KEYS if k not in scored)


# Each role's weights, worked out once (score_card runs for every candidate on screen).
_WEIGHTS = {role: weights(role) for role in Role}
_TOTAL_WEIGHT = {role: sum(w.values()) for role, w in _WEIGHTS.items()}


@functools.lru_cache(maxsize=1024)
def mismatch_flags(
    role: Role, strategy: Fraction | None, execution: Fraction | None
) -> tuple[Flag, ...]:
    """The seat-fit warnings of domain section 2, given the S and E profile means.

    A low S (or E) is flagged as soon as it is known, before the other side is scored:
    mismatches are worth catching early. The tilt and "Low overall" need both sides.
    """
    tilt = strategy - execution if strategy is not None and execution is not None else None
    flags = []
    if role is Role.CRO and (
        (tilt is not None and tilt <= -TILT_THRESHOLD)
        or (strategy is not None and strategy < SEAT_MINIMUM)
    ):
        flags.append(EXECUTION_HEAVY)
    if role is Role.CSO and (
        (tilt is not None and tilt >= TILT_THRESHOLD)
        or (execution is not None and execution < SEAT_MINIMUM)
    ):
        flags.append(STRATEGY_HEAVY)
    if (
        strategy is not None
        and execution is not None
        and strategy < SEAT_MINIMUM
        and execution < SEAT_MINIMUM
    ):
        flags.append(LOW_OVERALL)
    return tuple(flags)


def _mean(doubled: dict[str, int], lean: Lean) -> Fraction | None:
    """The mean of the medians of one lean's competencies, from their doubled medians."""
    values = [twice for k, twice in doubled.items() if BY_KEY[k].lean is lean]
    return _fraction(sum(values), 2 * len(values)) if values else None
