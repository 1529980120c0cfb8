"""Checklist templates and the rules for a search's checklist: due dates, progress, overdue.

The default CRO and CSO templates are data files in resources/checklists, one per role and
language, so a translator or a hiring manager can read them without reading code.
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop_app import assets
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.search import Role

PHASE_KEYS = (
    "need",
    "specification",
    "research",
    "screening",
    "interviews",
    "diligence",
    "offer",
    "transition",
)
OWNER_CODES = ("CB", "HM", "SC", "R", "HR")


class StepStatus(StrEnum):
    TODO = "todo"
    DONE = "done"
    SKIPPED = "skipped"  # not applicable to this search


@dataclass(frozen=True)
class TemplateStep:
    key: str
    phase: str
    title: str
    owner: str
    day: int
    description: str = ""


@dataclass(frozen=True)
class ChecklistTemplate:
    role: Role
    language: str
    name: str
    phase_titles: dict[str, str]
    owner_titles: dict[str, str]
    steps: tuple[TemplateStep, ...]


class TemplateError(Exception):
    """A template file is malformed: a packaging or editing mistake, not a user error."""


@dataclass(frozen=True)
class ChecklistStep:
    """One step of a search's checklist as the domain sees it."""

    phase: str
    position: int
    title: str
    owner: str
    due_date: dt.date | None
    status: StepStatus = StepStatus.TODO
    completed_date: dt.date | None = None
    template_key: str | None = None
    day_offset: int | None = None
    description: str = ""
    note: str = ""

    def is_overdue(self, today: dt.date) -> bool:
        return (
            self.status is StepStatus.TODO and self.due_date is not None and self.due_date < today
        )


@dataclass(frozen=True)
class Progress:
    done: int
    total: int  # applicable steps: not-applicable ones neither help nor hurt

    @property
    def percent(self) -> int:
        # Halves round up, as the fit score does (Python's round() would round 12.5 to 12).
        return (200 * self.done + self.total) // (2 * self.total) if self.total else 0


def load_template(role: Role | str, language: str = "en") -> ChecklistTemplate:
    """The default checklist of a role, in a language (English if that language has none)."""
    return _shipped_template(Role(role), language)


# The shipped files never change while the app runs, and the checklist and the overview read a
# template each time they show a search: parsed once, shared (callers only read it).
@functools.lru_cache(maxsize=16)
def _shipped_template(role: Role, language: str) -> ChecklistTemplate:
    folder = assets.resource("checklists")
    name = f"{role.value.lower()}.{language}.toml"
    node = folder.joinpath(name)
    if not node.is_file():
        node = folder.joinpath(f"{role.value.lower()}.en.toml")
    return parse_template(node.read_text(encoding="utf-8"), source=name)


def parse_template(text: str, *, source: str = "template") -> ChecklistTemplate:
    """Reads and validates a template, naming the step at fault."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{source}: {exc}") from exc
    try:
        role = Role(data["role"])
        phase_titles = {p["key"]: p["title"] for p in data["phases"]}
        owner_titles = {o["code"]: o["title"] for o in data["owners"]}
        raw_steps = data["steps"]
    except (KeyError, TypeError, ValueError) as exc:
        raise TemplateError(
            f"{source}: missing or bad role, phases, owners or steps ({exc})"
        ) from exc
    if tuple(phase_titles) != PHASE_KEYS:
        raise TemplateError(f"{source}: phases must be {', '.join(PHASE_KEYS)} in that order")
    if set(owner_titles) != set(OWNER_CODES):
        raise TemplateError(f"{source}: owners must be {', '.join(OWNER_CODES)}")
    steps: list[TemplateStep] = []
    seen: set[str] = set()
    last_phase = 0
    for number, raw in enumerate(raw_steps, start=1):
        where = f"{source}: step {number}"
        key = raw.get("key")
        if not key or key in seen:
            raise TemplateError(f"{where}: key missing or used twice ({key!r})")
        seen.add(key)
        phase = raw.get("phase")
        if phase not in phase_titles:
            raise TemplateError(f"{where} ({key}): unknown phase {phase!r}")
        if PHASE_KEYS.index(phase) < last_phase:
            raise TemplateError(f"{where} ({key}): steps must be grouped by phase, in order")
        last_phase = PHASE_KEYS.index(phase)
        if raw.get("owner") not in OWNER_CODES:
            raise TemplateError(f"{where} ({key}): unknown owner {raw.get('owner')!r}")
        day = raw.get("day")
        if not isinstance(day, int) or isinstance(day, bool) or day < 0:
            raise TemplateError(f"{where} ({key}): day must be a whole number of days >= 0")
        if not isinstance(raw.get("title"), str) or not raw["title"].strip():
            raise TemplateError(f"{where} ({key}): title missing or not text")
        steps.append(
            TemplateStep(
                key=key,
                phase=phase,
                title=raw["title"].strip(),
                owner=raw["owner"],
                day=day,
                description=str(raw.get("description", "")).strip(),
            )
        )
    if not steps:
        raise TemplateError(f"{source}: no steps")
    return ChecklistTemplate(
        role=role,
        language=str(data.get("language", "en")),
        name=str(data.get("name", role.value)),
        phase_titles=phase_titles,
        owner_titles=owner_titles,
        steps=tuple(steps),
    )


def steps_for_new_search(template: ChecklistTemplate, start: dt.date) -> list[ChecklistStep]:
    """The template's steps with due dates counted from the search's start date."""
    positions: dict[str, int] = {}
    result = []
    for step in template.steps:
        positions[step.phase] = positions.get(step.phase, 0) + 1
        result.append(
            ChecklistStep(
                phase=step.phase,
                position=positions[step.phase],
                title=step.title,
                owner=step.owner,
                due_date=start + dt.timedelta(days=step.day),
                template_key=step.key,
                day_offset=step.day,
                description=step.description,
            )
        )
    return result


def progress(steps: Iterable[ChecklistStep]) -> Progress:
    applicable = [s for s in steps if s.status is not StepStatus.SKIPPED]
    return Progress(
        done=sum(s.status is StepStatus.DONE for s in applicable), total=len(applicable)
    )


def progress_by_phase(steps: Iterable[ChecklistStep]) -> dict[str, Progress]:
    by_phase: dict[str, list[ChecklistStep]] = {key: [] for key in PHASE_KEYS}
    for step in steps:
        by_phase[step.phase].append(step)
    return {key: progress(items) for key, items in by_phase.items()}


def overdue(steps: Iterable[ChecklistStep], today: dt.date) -> list[ChecklistStep]:
    return sorted((s for s in steps if s.is_overdue(today)), key=_due_key)


def next_due(steps: Iterable[ChecklistStep], today: dt.date, count: int = 3) -> list[ChecklistStep]:
    """The open steps due today or later, soonest first."""
    upcoming = [
        s
        for s in steps
        if s.status is StepStatus.TODO and s.due_date is not None and s.due_date >= today
    ]
    return sorted(upcoming, key=_due_key)[: max(count, 0)]


def parse_step_status(value: str | StepStatus) -> StepStatus:
    try:
        return StepStatus(str(value).strip().lower())
    except ValueError:
        raise ValidationError(
            "status", "A step is todo, done or skipped, not '{value}'.", value=value
        ) from None


def check_phase(value: str) -> str:
    if value not in PHASE_KEYS:
        raise ValidationError("phase", "Unknown checklist phase '{value}'.", value=value)
    return value


def _due_key(step: ChecklistStep) -> tuple[dt.date, int, int]:
    # Steps due the same day keep their checklist order.
    assert step.due_date is not None
    return (step.due_date, *order_key(step))


# Before an offer goes out, the references (formal and backchannel) and the approval of the
# offer package should be done; moving a candidate to Offer earlier deserves a warning.
OFFER_GATE_STEPS = ("diligence.references", "diligence.backchannel", "offer.approve")


def offer_gate(steps: Iterable[ChecklistStep]) -> list[ChecklistStep]:
    """The gate steps not done yet (a step marked not applicable is not done either)."""
    return [
        s for s in steps if s.template_key in OFFER_GATE_STEPS and s.status is not StepStatus.DONE
    ]


def order_key(step: ChecklistStep) -> tuple[int, int]:
    """Checklist order: by phase, then position within the phase."""
    return (PHASE_KEYS.index(step.phase), step.position)
