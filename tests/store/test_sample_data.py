"""The sample searches are realistic enough to explore every feature with."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.pipeline import EXITS, STAGES
from desktop_app.domain.search import Role
from desktop_app.sample_data import add_sample_data
from desktop_app.store import candidates, checklist, diagnostics, notes, scores, searches
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


# --- The sample in Brazilian Portuguese -----------------------------------------------------


def _everything(db) -> dict:
    """What the sample holds, without the words: per search, its checklist's states and, per
    person, stage, exit, note kinds and combined scores."""
    shape = {}
    for search in searches.list_searches(db):
        steps = [
            (s.step.template_key, s.step.status, s.step.completed_date)
            for s in checklist.list_steps(db, search.id)
        ]
        people = []
        for person in candidates.list_candidates(db, search.id):
            card = scores.candidate_score_card(db, person.id, search.role)
            people.append(
                (
                    person.details.full_name,
                    person.stage,
                    person.exit_state,
                    sorted(
                        (n.details.kind, n.details.confidential)
                        for n in notes.list_notes(db, person.id)
                    ),
                    card.fit,
                    tuple(f.code for f in card.flags),
                )
            )
        answers = diagnostics.answers(db, search.id)
        shape[(search.title, search.company)] = (search.role, steps, sorted(people), answers)
    return shape


def _texts(db) -> set[str]:
    """The words a person reads in the sample: notes, exit reasons, positions, places."""
    texts = set()
    for search in searches.list_searches(db):
        texts |= {search.business_unit, search.hiring_manager}
        for person in candidates.list_candidates(db, search.id):
            texts |= {person.details.current_title, person.details.location, person.exit_reason}
            texts |= {n.details.body for n in notes.list_notes(db, person.id)}
    return texts - {"", None}


def test_the_portuguese_sample_is_the_english_one_in_portuguese(db, tmp_path):
    from desktop_app.store.database import open_database

    added = add_sample_data(db, "pt_BR", today=TODAY)
    assert len(added) == 3
    english_db = open_database(tmp_path / "english.sqlite3")
    try:
        add_sample_data(english_db, today=TODAY)
        assert _everything(db) == _everything(english_db)
        portuguese, english = _texts(db), _texts(english_db)
    finally:
        english_db.close()
    shared = portuguese & english
    # What reads the same in both is a handful: "EMEA", "Porto, Portugal", "Helena Carvalho
    # (CEO)", job titles Brazilians keep in English.
    assert len(shared) <= len(portuguese) // 5, sorted(shared)
    assert "Assumiu customer success em 2023; NRR de 104% para 117%." in {
        r.evidence
        for s in searches.list_searches(db)
        for p in candidates.list_candidates(db, s.id)
        for r in scores.ratings(db, p.id)
    }


def test_the_portuguese_sample_searches_are_portuguese_with_portuguese_checklists(db):
    add_sample_data(db, "pt_BR", today=TODAY)
    for search in searches.list_searches(db):
        assert search.language == "pt_BR"
        first = checklist.list_steps(db, search.id)[0].step
        assert first.title == "Fazer o diagnóstico da vaga e registrar o resultado"


def test_the_english_sample_stays_english_by_default(db):
    add_sample_data(db, today=TODAY)
    for search in searches.list_searches(db):
        assert search.language == "en"
        first = checklist.list_steps(db, search.id)[0].step
        assert first.title == "Run the role-need diagnostic and record the result"


def test_a_sample_added_in_one_language_is_not_added_again_in_the_other(db):
    assert len(add_sample_data(db, today=TODAY)) == 3
    assert add_sample_data(db, "pt_BR", today=TODAY) == []
    assert {s.language for s in searches.list_searches(db)} == {"en"}


def test_a_sample_in_an_unknown_language_is_refused_and_adds_nothing(db):
    with pytest.raises(ValidationError):
        add_sample_data(db, "xx", today=TODAY)
    assert searches.list_searches(db) == []
