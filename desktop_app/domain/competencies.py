"""The ten competencies of the CRO/CSO scorecard, their rubric and the weights of each role."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.domain.search import Role


class Lean(StrEnum):
    STRATEGY = "strategy"
    EXECUTION = "execution"
    BOTH = "both"


@dataclass(frozen=True)
class Competency:
    key: str
    name: str
    lean: Lean
    rubric: dict[int, str]  # what a 1, a 3 and a 5 look like


COMPETENCIES: tuple[Competency, ...] = (
    Competency(
        "S1",
        "Revenue & go-to-market strategy",
        Lean.STRATEGY,
        {
            1: "Plans quarter to quarter.",
            3: "Annual plan with segments and targets.",
            5: "Multi-year plan across segments, pricing and channel mix; launched a new revenue "
            "stream.",
        },
    ),
    Competency(
        "S2",
        "Multi-product / channel / vertical leadership",
        Lean.STRATEGY,
        {
            1: "One product, one channel.",
            3: "Two channels or a few products.",
            5: "Balanced several channels or verticals and settled their conflicts.",
        },
    ),
    Competency(
        "S3",
        "Cross-functional collaboration",
        Lean.STRATEGY,
        {
            1: "Blames hand-offs.",
            3: "Plans jointly with peers.",
            5: "Shared targets and agreements with marketing, CS, finance and product; peers "
            "confirm.",
        },
    ),
    Competency(
        "S4",
        "Customer lifecycle (marketing + CS)",
        Lean.STRATEGY,
        {
            1: "New bookings only.",
            3: "Co-owned renewals, tracks NRR.",
            5: "Led marketing and CS; improved NRR and lead flow.",
        },
    ),
    Competency(
        "E1",
        "Sales methodology & competitive deals",
        Lean.EXECUTION,
        {
            1: "Individual heroics.",
            3: "Methodology in deal reviews.",
            5: "Every deal inspected; win rate against named competitors rose.",
        },
    ),
    Competency(
        "E2",
        "Pipeline, forecast, attainment",
        Lean.EXECUTION,
        {
            1: "Forecasts miss widely.",
            3: "Usually within about 10%.",
            5: "Sustained attainment, confirmed by references.",
        },
    ),
    Competency(
        "E3",
        "Sales ops, territories, quota & comp",
        Lean.EXECUTION,
        {
            1: "Kept the inherited setup.",
            3: "Redesigned it once.",
            5: "Capacity models and territory mapping, tuned repeatedly.",
        },
    ),
    Competency(
        "E4",
        "Operating cadence & decision speed",
        Lean.EXECUTION,
        {
            1: "Slow, escalates.",
            3: "Steady weekly rhythm.",
            5: "Fast, data-backed calls on deals, pricing and people.",
        },
    ),
    Competency(
        "B1",
        "Talent building",
        Lean.BOTH,
        {
            1: "No bench, regretted attrition.",
            3: "Hired solid managers.",
            5: "Former reports run organisations.",
        },
    ),
    Competency(
        "B2",
        "Financial & data fluency",
        Lean.BOTH,
        {
            1: "Talks bookings only.",
            3: "Knows CAC, payback and ASP.",
            5: "Manages to unit economics, board-ready data.",
        },
    ),
)

COMPETENCY_KEYS: tuple[str, ...] = tuple(c.key for c in COMPETENCIES)
BY_KEY: dict[str, Competency] = {c.key: c for c in COMPETENCIES}

# Each role's weights sum to 20, so a candidate scoring 1 everywhere has fit 20 and 5 everywhere
# has fit 100.
_LEAN_WEIGHTS: dict[Role, dict[Lean, int]] = {
    Role.CRO: {Lean.STRATEGY: 3, Lean.EXECUTION: 1, Lean.BOTH: 2},
    Role.CSO: {Lean.STRATEGY: 1, Lean.EXECUTION: 3, Lean.BOTH: 2},
}


def weights(role: Role) -> dict[str, int]:
    """The weight of each competency for a role's seat."""
    by_lean = _LEAN_WEIGHTS[Role(role)]
    return {c.key: by_lean[c.lean] for c in COMPETENCIES}
