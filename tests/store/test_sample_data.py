"""The sample searches are realistic enough to explore every feature with."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.pipeline import EXITS, STAGES
from desktop_app.domain.search import Role
from desktop_app.sample_data import add_sample_data
from desktop_app.store import candidates, diagnostics, notes, scores, searches
from desktop_app.store.summary import search_summaries

TODAY = dt.date(2026, 11, 28)


def test_the_sample_has_two_cro_searches_and_one_cso_one_nearly_finished(db):
    add_sample_data(db, today=TODAY)
    summaries = search_summaries(db, today=TODAY)
    assert sorted(s.search.role for s in summaries) == [Role.CRO, Role.CRO, Role.CSO]
    assert max(s.progress.percent for s in summaries) >= 85
    assert any(s.overdue_steps for s in summaries)


def test_the_sample_has_25_candidates_covering_every_stage_and_end_state(db):
    add_sample_data(db, today=TODAY)
    people = [c for s in searches.list_searches(db) for c in candidates.list_candidates(db, s.id)]
    assert len(people) >= 25
    assert {c.stage for c in people if c.exit_state is None} == set(STAGES)
    assert {c.exit_state for c in people if c.exit_state} == set(EXITS)


def test_the_sample_has_confidential_notes_multi_rater_scores_a_mismatch_and_a_critical_gap(db):
    add_sample_data(db, today=TODAY)
    confidential = raters = 0
    flags, gaps = set(), 0
    for search in searches.list_searches(db):
        for person in candidates.list_candidates(db, search.id):
            confidential += sum(n.details.confidential for n in notes.list_notes(db, person.id))
            ratings = scores.ratings(db, person.id)
            raters = max(raters, len({r.rater for r in ratings}))
            card = scores.candidate_score_card(db, person.id, search.role)
            flags.update(f.code for f in card.flags)
            gaps += bool(card.critical_gaps)
        assert diagnostics.diagnosis(db, search.id).recommendation.value == search.role.value
    assert confidential >= 3
    assert raters >= 2
    assert {"execution_heavy", "strategy_heavy"} <= flags
    assert gaps >= 1


def test_adding_the_sample_twice_adds_nothing_the_second_time(db):
    assert len(add_sample_data(db, today=TODAY)) == 3
    assert add_sample_data(db, today=TODAY) == []
    assert len(searches.list_searches(db)) == 3
