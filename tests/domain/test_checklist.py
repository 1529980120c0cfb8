"""Checklist templates and rules (domain.md section 1): shipped templates, parsing, due dates,
progress, overdue and next-due steps."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from desktop_app.domain.checklist import (
    OWNER_CODES,
    PHASE_KEYS,
    ChecklistStep,
    ChecklistTemplate,
    StepStatus,
    TemplateError,
    load_template,
    next_due,
    overdue,
    parse_template,
    progress,
    progress_by_phase,
    steps_for_new_search,
)
from desktop_app.domain.search import Role

TODAY = dt.date(2025, 3, 10)

# domain.md section 1, CRO table: (number, phase, owner, day).
CRO_TABLE = [
    (1, "need", "CB", 0),
    (2, "need", "CB", 2),
    (3, "need", "CB", 3),
    (4, "need", "HM", 4),
    (5, "need", "HM", 5),
    (6, "need", "HR", 7),
    (7, "need", "HR", 10),
    (8, "specification", "R", 10),
    (9, "specification", "HM", 14),
    (10, "specification", "R", 17),
    (11, "specification", "SC", 19),
    (12, "specification", "SC", 20),
    (13, "specification", "CB", 21),
    (14, "research", "R", 24),
    (15, "research", "R", 28),
    (16, "research", "R", 30),
    (17, "research", "SC", 42),
    (18, "screening", "R", 45),
    (19, "screening", "R", 48),
    (20, "screening", "R", 52),
    (21, "screening", "SC", 55),
    (22, "interviews", "HM", 60),
    (23, "interviews", "SC", 70),
    (24, "interviews", "SC", 78),
    (25, "interviews", "HR", 78),
    (26, "interviews", "SC", 82),
    (27, "interviews", "CB", 85),
    (28, "interviews", "CB", 90),
    (29, "diligence", "R", 92),
    (30, "diligence", "HM", 92),
    (31, "diligence", "HR", 100),
    (32, "diligence", "HR", 100),
    (33, "offer", "CB", 102),
    (34, "offer", "HM", 105),
    (35, "offer", "R", 115),
    (36, "transition", "CB", 120),
    (37, "transition", "HM", 150),
    (38, "transition", "CB", 210),
    (39, "transition", "CB", 240),
]


@pytest.fixture(scope="module")
def cro() -> ChecklistTemplate:
    return load_template(Role.CRO)


@pytest.fixture(scope="module")
def cso() -> ChecklistTemplate:
    return load_template(Role.CSO)


def step_by_key(template: ChecklistTemplate, key: str):
    return next(s for s in template.steps if s.key == key)


# --- Shipped templates -------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.CRO, Role.CSO])
def test_shipped_templates_have_39_steps_in_8_phases_with_unique_keys(role: Role) -> None:
    template = load_template(role)
    assert template.role is role
    assert len(template.steps) == 39
    assert tuple(template.phase_titles) == PHASE_KEYS
    assert len({s.phase for s in template.steps}) == 8
    keys = [s.key for s in template.steps]
    assert len(set(keys)) == 39


@pytest.mark.parametrize("role", [Role.CRO, Role.CSO])
def test_shipped_templates_name_phases_and_owners_as_the_brief(role: Role) -> None:
    template = load_template(role)
    assert list(template.phase_titles.values()) == [
        "Need & mandate",
        "Specification",
        "Research & sourcing",
        "Screening & shortlist",
        "Interviews & assessment",
        "Due diligence",
        "Offer & close",
        "Transition & onboarding",
    ]
    assert set(template.owner_titles) == set(OWNER_CODES)


def test_cro_template_matches_the_brief_table_phase_owner_and_day(cro) -> None:
    actual = [(n, s.phase, s.owner, s.day) for n, s in enumerate(cro.steps, start=1)]
    assert actual == CRO_TABLE


@pytest.mark.parametrize(
    ("key", "owner", "day"),
    [
        ("need.diagnostic", "CB", 0),
        ("need.prebrief", "HM", 4),
        ("specification.approve", "CB", 21),
        ("research.longlist", "SC", 42),
        ("interviews.case", "SC", 78),
        ("interviews.assessment", "HR", 78),
        ("diligence.covenants", "HR", 100),
        ("offer.approve", "CB", 102),
        ("transition.complementary", "CB", 210),
        ("transition.review", "CB", 240),
    ],
)
def test_cro_template_spot_checks(cro, key: str, owner: str, day: int) -> None:
    step = step_by_key(cro, key)
    assert (step.owner, step.day) == (owner, day)


def test_cro_first_step_is_the_diagnostic_on_day_0_owned_by_ceo_board(cro) -> None:
    first = cro.steps[0]
    assert first.key == "need.diagnostic"
    assert (first.phase, first.owner, first.day) == ("need", "CB", 0)
    assert "CRO" in first.description


def test_cso_template_drops_the_prebrief(cso) -> None:
    assert "need.prebrief" not in {s.key for s in cso.steps}


def test_cso_template_adds_the_forecast_call_on_day_75_owned_by_the_committee(cso) -> None:
    step = step_by_key(cso, "interviews.forecast_call")
    assert (step.phase, step.owner, step.day) == ("interviews", "SC", 75)
    keys = [s.key for s in cso.steps]
    assert keys.index("interviews.panel") < keys.index("interviews.forecast_call")
    assert keys.index("interviews.forecast_call") < keys.index("interviews.case")


def test_cso_template_is_the_cro_one_minus_prebrief_plus_forecast_call(cro, cso) -> None:
    cro_keys = {s.key for s in cro.steps}
    cso_keys = {s.key for s in cso.steps}
    assert cro_keys - cso_keys == {"need.prebrief"}
    assert cso_keys - cro_keys == {"interviews.forecast_call"}
    for key in cro_keys & cso_keys:
        a, b = step_by_key(cro, key), step_by_key(cso, key)
        assert (a.phase, a.owner, a.day) == (b.phase, b.owner, b.day), key


def test_cso_template_phase_sizes(cso) -> None:
    sizes = Counter(s.phase for s in cso.steps)
    assert [sizes[p] for p in PHASE_KEYS] == [6, 6, 4, 4, 8, 4, 3, 4]


def test_cso_first_step_records_a_cso_outcome(cso) -> None:
    assert "CSO" in cso.steps[0].description


def test_cso_complementary_hire_is_a_head_of_sales_strategy(cso) -> None:
    assert "head of sales strategy" in step_by_key(cso, "transition.complementary").description


def test_unknown_language_falls_back_to_english() -> None:
    template = load_template("CRO", language="xx")
    assert template.language == "en"
    assert len(template.steps) == 39


# --- New search steps --------------------------------------------------------------------------


def test_new_search_due_dates_are_start_plus_day(cro) -> None:
    start = dt.date(2025, 1, 31)
    steps = steps_for_new_search(cro, start)
    assert len(steps) == 39
    for step, template_step in zip(steps, cro.steps, strict=True):
        assert step.due_date == start + dt.timedelta(days=template_step.day)
        assert step.day_offset == template_step.day
        assert step.template_key == template_step.key
        assert step.status is StepStatus.TODO
    assert steps[0].due_date == start
    assert steps[-1].due_date == dt.date(2025, 9, 28)  # 240 days after 31 January


@pytest.mark.parametrize("role", [Role.CRO, Role.CSO])
def test_new_search_positions_run_1_to_n_within_each_phase(role: Role) -> None:
    steps = steps_for_new_search(load_template(role), TODAY)
    for phase in PHASE_KEYS:
        positions = [s.position for s in steps if s.phase == phase]
        assert positions == list(range(1, len(positions) + 1)), phase


def test_new_cro_search_first_phase_has_7_steps_in_order(cro) -> None:
    steps = steps_for_new_search(cro, TODAY)
    need = [(s.position, s.template_key) for s in steps if s.phase == "need"]
    assert need[0] == (1, "need.diagnostic")
    assert need[-1] == (7, "need.budget")


# --- Template parsing --------------------------------------------------------------------------

HEADER = """
role = "CRO"
language = "en"
name = "Test"
"""


def phases_toml(keys=PHASE_KEYS) -> str:
    return "".join(f'[[phases]]\nkey = "{k}"\ntitle = "{k.title()}"\n\n' for k in keys)


def owners_toml(codes=OWNER_CODES) -> str:
    return "".join(f'[[owners]]\ncode = "{c}"\ntitle = "Owner {c}"\n\n' for c in codes)


def step_toml(key: str, phase: str, owner: str = "CB", day: object = 1, title: object = "T") -> str:
    lines = ["[[steps]]", f'key = "{key}"', f'phase = "{phase}"', f'owner = "{owner}"']
    if day is not None:
        lines.append(f"day = {day}")
    if title is not None:
        lines.append(f"title = {title!r}" if isinstance(title, str) else f"title = {title}")
    return "\n".join(lines) + "\n\n"


def template_toml(*steps: str, phases: str | None = None, owners: str | None = None) -> str:
    return (
        HEADER
        + (phases_toml() if phases is None else phases)
        + (owners_toml() if owners is None else owners)
        + "".join(steps)
    )


def test_parse_template_reads_a_small_valid_template() -> None:
    text = template_toml(
        step_toml("a", "need", "CB", 0, "  First  "),
        step_toml("b", "need", "HM", 3, "Second"),
        step_toml("c", "transition", "R", 30, "Last"),
    )
    template = parse_template(text)
    assert template.role is Role.CRO
    assert template.name == "Test"
    assert [(s.key, s.phase, s.owner, s.day, s.title) for s in template.steps] == [
        ("a", "need", "CB", 0, "First"),
        ("b", "need", "HM", 3, "Second"),
        ("c", "transition", "R", 30, "Last"),
    ]


def test_parse_template_rejects_duplicate_keys() -> None:
    text = template_toml(step_toml("a", "need"), step_toml("a", "specification"))
    with pytest.raises(TemplateError, match="used twice"):
        parse_template(text)


def test_parse_template_rejects_a_missing_key() -> None:
    text = template_toml('[[steps]]\nphase = "need"\nowner = "CB"\nday = 0\ntitle = "T"\n')
    with pytest.raises(TemplateError, match="key missing"):
        parse_template(text)


def test_parse_template_rejects_an_unknown_step_phase() -> None:
    text = template_toml(step_toml("a", "need"), step_toml("b", "sourcing"))
    with pytest.raises(TemplateError, match="unknown phase 'sourcing'"):
        parse_template(text)


def test_parse_template_rejects_phases_missing_or_out_of_order() -> None:
    swapped = (PHASE_KEYS[1], PHASE_KEYS[0], *PHASE_KEYS[2:])
    with pytest.raises(TemplateError, match="phases must be"):
        parse_template(template_toml(step_toml("a", "need"), phases=phases_toml(swapped)))
    with pytest.raises(TemplateError, match="phases must be"):
        parse_template(template_toml(step_toml("a", "need"), phases=phases_toml(PHASE_KEYS[:7])))


def test_parse_template_rejects_an_unknown_step_owner() -> None:
    text = template_toml(step_toml("a", "need", owner="CFO"))
    with pytest.raises(TemplateError, match="unknown owner 'CFO'"):
        parse_template(text)


def test_parse_template_rejects_a_missing_owner_code_in_the_owner_list() -> None:
    text = template_toml(step_toml("a", "need"), owners=owners_toml(OWNER_CODES[:4]))
    with pytest.raises(TemplateError, match="owners must be"):
        parse_template(text)


@pytest.mark.parametrize("day", [-1, 1.5, 2.0, '"3"', "true", None])
def test_parse_template_rejects_a_negative_non_integer_or_missing_day(day: object) -> None:
    text = template_toml(step_toml("a", "need", day=day))
    with pytest.raises(TemplateError, match="day must be a whole number"):
        parse_template(text)


def test_parse_template_accepts_day_zero() -> None:
    assert parse_template(template_toml(step_toml("a", "need", day=0))).steps[0].day == 0


@pytest.mark.parametrize("title", [None, "", "   "])
def test_parse_template_rejects_a_missing_or_blank_title(title: str | None) -> None:
    text = template_toml(step_toml("a", "need", title=title))
    with pytest.raises(TemplateError, match="title missing"):
        parse_template(text)


def test_parse_template_rejects_steps_out_of_phase_order() -> None:
    text = template_toml(step_toml("a", "specification"), step_toml("b", "need"))
    with pytest.raises(TemplateError, match="grouped by phase"):
        parse_template(text)


def test_parse_template_rejects_a_phase_reopened_after_a_later_one() -> None:
    text = template_toml(
        step_toml("a", "need"), step_toml("b", "research"), step_toml("c", "specification")
    )
    with pytest.raises(TemplateError, match="grouped by phase"):
        parse_template(text)


def test_parse_template_allows_skipping_a_phase() -> None:
    text = template_toml(step_toml("a", "need"), step_toml("b", "offer"))
    assert [s.phase for s in parse_template(text).steps] == ["need", "offer"]


def test_parse_template_rejects_no_steps() -> None:
    with pytest.raises(TemplateError):
        parse_template(template_toml())


def test_parse_template_rejects_an_unknown_role() -> None:
    text = template_toml(step_toml("a", "need")).replace('role = "CRO"', 'role = "CEO"')
    with pytest.raises(TemplateError, match="role"):
        parse_template(text)


def test_parse_template_rejects_bad_toml_naming_the_source() -> None:
    with pytest.raises(TemplateError, match=r"^broken\.toml: "):
        parse_template("role = ", source="broken.toml")


def test_parse_template_error_names_the_step_number_and_key() -> None:
    text = template_toml(step_toml("a", "need"), step_toml("b", "need", owner="X"))
    with pytest.raises(TemplateError, match=r"^t\.toml: step 2 \(b\): unknown owner"):
        parse_template(text, source="t.toml")


# --- Progress, overdue, next due ---------------------------------------------------------------


def make_step(
    due: dt.date | None,
    status: StepStatus = StepStatus.TODO,
    phase: str = "need",
    position: int = 1,
    title: str = "Step",
) -> ChecklistStep:
    return ChecklistStep(
        phase=phase, position=position, title=title, owner="CB", due_date=due, status=status
    )


def test_progress_counts_done_over_applicable_steps() -> None:
    steps = [
        make_step(TODAY, StepStatus.DONE),
        make_step(TODAY, StepStatus.DONE),
        make_step(TODAY),
        make_step(TODAY, StepStatus.SKIPPED),
    ]
    result = progress(steps)
    assert (result.done, result.total) == (2, 3)
    assert result.percent == 67


def test_skipped_steps_neither_help_nor_hurt_progress() -> None:
    base = [make_step(TODAY, StepStatus.DONE), make_step(TODAY)]
    with_skipped = [*base, make_step(TODAY, StepStatus.SKIPPED)]
    assert progress(base) == progress(with_skipped)
    assert progress(with_skipped).percent == 50


def test_progress_of_nothing_applicable_is_zero_percent() -> None:
    assert progress([]).percent == 0
    all_skipped = progress([make_step(TODAY, StepStatus.SKIPPED)])
    assert (all_skipped.done, all_skipped.total, all_skipped.percent) == (0, 0, 0)


def test_progress_all_done_is_100_percent() -> None:
    assert progress([make_step(TODAY, StepStatus.DONE)] * 39).percent == 100


def test_progress_by_phase_covers_every_phase(cro) -> None:
    steps = steps_for_new_search(cro, TODAY)
    steps[0] = make_step(TODAY, StepStatus.DONE, phase="need")
    steps[1] = make_step(TODAY, StepStatus.SKIPPED, phase="need")
    result = progress_by_phase(steps)
    assert list(result) == list(PHASE_KEYS)
    assert (result["need"].done, result["need"].total) == (1, 6)
    assert (result["offer"].done, result["offer"].total) == (0, 3)


@pytest.mark.parametrize(
    ("due", "status", "is_overdue"),
    [
        (TODAY - dt.timedelta(days=1), StepStatus.TODO, True),
        (TODAY - dt.timedelta(days=100), StepStatus.TODO, True),
        (TODAY, StepStatus.TODO, False),  # due today is not overdue
        (TODAY + dt.timedelta(days=1), StepStatus.TODO, False),
        (TODAY - dt.timedelta(days=1), StepStatus.DONE, False),
        (TODAY - dt.timedelta(days=1), StepStatus.SKIPPED, False),
        (None, StepStatus.TODO, False),
    ],
)
def test_overdue_is_todo_and_due_before_today(
    due: dt.date | None, status: StepStatus, is_overdue: bool
) -> None:
    step = make_step(due, status)
    assert step.is_overdue(TODAY) is is_overdue
    assert overdue([step], TODAY) == ([step] if is_overdue else [])


def test_overdue_lists_oldest_first() -> None:
    late = make_step(TODAY - dt.timedelta(days=2), title="late")
    later = make_step(TODAY - dt.timedelta(days=9), title="later")
    done = make_step(TODAY - dt.timedelta(days=20), StepStatus.DONE, title="done")
    assert [s.title for s in overdue([late, done, later], TODAY)] == ["later", "late"]


def test_overdue_on_a_new_search_after_ten_days(cro) -> None:
    start = dt.date(2025, 1, 1)
    steps = steps_for_new_search(cro, start)
    late = overdue(steps, start + dt.timedelta(days=10))
    # Due before day 10: days 0, 2, 3, 4, 5, 7.
    assert [s.template_key for s in late] == [
        "need.diagnostic",
        "need.scope",
        "need.committee",
        "need.prebrief",
        "need.internal",
        "need.partner",
    ]


def test_next_due_returns_the_soonest_open_steps_from_today() -> None:
    steps = [
        make_step(TODAY + dt.timedelta(days=5), title="in 5"),
        make_step(TODAY - dt.timedelta(days=1), title="overdue"),
        make_step(TODAY, title="today"),
        make_step(TODAY + dt.timedelta(days=1), StepStatus.DONE, title="done"),
        make_step(TODAY + dt.timedelta(days=2), StepStatus.SKIPPED, title="skipped"),
        make_step(TODAY + dt.timedelta(days=3), title="in 3"),
        make_step(None, title="no date"),
    ]
    assert [s.title for s in next_due(steps, TODAY)] == ["today", "in 3", "in 5"]


@pytest.mark.parametrize("count", [0, 1, 2, 5])
def test_next_due_returns_at_most_count_steps(count: int) -> None:
    steps = [make_step(TODAY + dt.timedelta(days=d), title=f"d{d}") for d in (4, 1, 3, 2)]
    result = next_due(steps, TODAY, count=count)
    assert [s.title for s in result] == ["d1", "d2", "d3", "d4"][:count]


def test_next_due_defaults_to_three() -> None:
    steps = [make_step(TODAY + dt.timedelta(days=d)) for d in range(10)]
    assert len(next_due(steps, TODAY)) == 3


def test_next_due_on_a_new_search_on_its_start_date(cro) -> None:
    steps = steps_for_new_search(cro, TODAY)
    assert [s.template_key for s in next_due(steps, TODAY)] == [
        "need.diagnostic",
        "need.scope",
        "need.committee",
    ]


def test_next_due_breaks_same_day_ties_by_phase_then_position() -> None:
    a = make_step(TODAY, phase="need", position=2, title="need 2")
    b = make_step(TODAY, phase="need", position=1, title="need 1")
    assert [s.title for s in next_due([a, b], TODAY)] == ["need 1", "need 2"]


@pytest.mark.parametrize(
    ("done", "total", "percent"), [(1, 8, 13), (3, 8, 38), (1, 3, 33), (2, 3, 67)]
)
def test_progress_percent_rounds_halves_up_like_the_fit_score(done, total, percent) -> None:
    steps = [make_step(TODAY, StepStatus.DONE) for _ in range(done)]
    steps += [make_step(TODAY) for _ in range(total - done)]
    assert progress(steps).percent == percent


def test_steps_due_the_same_day_keep_checklist_order_not_alphabetical_phase_order() -> None:
    interviews_1 = make_step(TODAY, phase="interviews", position=1)
    interviews_2 = make_step(TODAY, phase="interviews", position=2)
    diligence = make_step(TODAY, phase="diligence", position=1)  # sorts first alphabetically
    assert next_due([diligence, interviews_2, interviews_1], TODAY) == [
        interviews_1,
        interviews_2,
        diligence,
    ]
    next_day = TODAY + dt.timedelta(days=1)
    assert overdue([diligence, interviews_1], next_day) == [interviews_1, diligence]


def test_next_due_with_a_negative_count_returns_nothing() -> None:
    assert next_due([make_step(TODAY)], TODAY, count=-1) == []


def test_a_step_title_that_is_not_text_is_a_template_error() -> None:
    with pytest.raises(TemplateError, match="title"):
        parse_template(template_toml(step_toml("a", "need", title=5)))
