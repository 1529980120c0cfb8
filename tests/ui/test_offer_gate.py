"""Moving a candidate to Offer before the references and the offer approval are done warns,
names the open steps, and records an override in the candidate's history."""

from __future__ import annotations

import pytest

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.checklist import OFFER_GATE_STEPS, StepStatus, offer_gate
from desktop_app.domain.pipeline import Stage
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.ui import candidate_profile
from desktop_app.ui.candidate_panel import CandidatePanel
from desktop_app.ui.workspace import Workspace


@pytest.fixture
def setup(qtbot, db, db_path):
    ws = Workspace(db, db_path)
    search_id = ws.create_search(SearchDetails(title="CRO", role=Role.CRO, start_date="2026-01-05"))
    candidate_id = ws.add_candidate(search_id, CandidateDetails(full_name="Ana Souza"))
    ws.move_candidate(candidate_id, Stage.INTERVIEWING)
    panel = CandidatePanel(ws)
    qtbot.addWidget(panel)
    panel.resize(520, 700)
    panel.show()
    panel.set_candidate(candidate_id)
    yield ws, search_id, candidate_id, panel
    ws.close()


def choose_offer(panel: CandidatePanel) -> None:
    (action,) = [a for a in panel.profile.move_menu.actions() if a.text() == "Offer"]
    action.trigger()


def test_the_gate_names_every_open_step_and_cancel_changes_nothing(setup, monkeypatch):
    ws, search_id, candidate_id, panel = setup
    asked = []
    monkeypatch.setattr(
        candidate_profile, "confirm_offer_anyway", lambda parent, titles: asked.append(titles)
    )
    choose_offer(panel)
    by_key = {s.step.template_key: s.step.title for s in ws.steps(search_id)}
    assert asked == [[by_key[key] for key in OFFER_GATE_STEPS]]
    assert ws.candidate(candidate_id).stage is Stage.INTERVIEWING


def test_going_on_records_the_override_in_the_history(setup, monkeypatch):
    ws, _search_id, candidate_id, panel = setup
    monkeypatch.setattr(candidate_profile, "confirm_offer_anyway", lambda parent, titles: True)
    choose_offer(panel)
    assert ws.candidate(candidate_id).stage is Stage.OFFER
    last = ws.stage_history(candidate_id)[-1]
    assert last.stage is Stage.OFFER
    assert last.reason.startswith("Offer made before:") and "Approve the offer" in last.reason


def test_no_warning_once_references_and_approval_are_done(setup, monkeypatch):
    ws, search_id, candidate_id, panel = setup
    for stored in ws.steps(search_id):
        if stored.step.template_key in OFFER_GATE_STEPS:
            ws.set_step_status(stored.id, StepStatus.DONE)
    monkeypatch.setattr(
        candidate_profile,
        "confirm_offer_anyway",
        lambda parent, titles: pytest.fail("no warning expected"),
    )
    choose_offer(panel)
    assert ws.candidate(candidate_id).stage is Stage.OFFER
    assert ws.stage_history(candidate_id)[-1].reason == ""


def test_a_step_marked_not_applicable_still_counts_as_open(setup):
    ws, search_id, _candidate_id, _panel = setup
    for stored in ws.steps(search_id):
        if stored.step.template_key == "offer.approve":
            ws.set_step_status(stored.id, StepStatus.SKIPPED)
        elif stored.step.template_key in OFFER_GATE_STEPS:
            ws.set_step_status(stored.id, StepStatus.DONE)
    open_steps = offer_gate(s.step for s in ws.steps(search_id))
    assert [s.template_key for s in open_steps] == ["offer.approve"]
