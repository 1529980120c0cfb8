"""What a report holds: the same numbers as the app, nothing confidential unless asked for, and
no trace of a real person when anonymised."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.pipeline import Exit
from desktop_app.domain.ranking import ranked_in_pipeline
from desktop_app.domain.search import SearchStatus
from desktop_app.reports.content import (
    ExportCancelled,
    build_report,
    portfolio_search_ids,
)
from desktop_app.reports.options import ReportOptions
from desktop_app.sample_data import add_sample_data
from desktop_app.store import candidates, privacy, scores, searches
from desktop_app.store.summary import search_summaries
from tests.reports.report_helpers import IDENTIFYING, NOW, SECRET, add_careful_search


def all_text(value: object) -> str:
    """Every string inside a report, however deeply nested."""
    if isinstance(value, str):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return "\n".join(all_text(getattr(value, f.name)) for f in dataclasses.fields(value))
    if isinstance(value, dict):
        return "\n".join(all_text(k) + "\n" + all_text(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return "\n".join(all_text(v) for v in value)
    return ""


@pytest.fixture
def search_id(db) -> str:
    return add_careful_search(db)


def test_the_numbers_are_the_apps_own(db, search_id):
    report = build_report(db, [search_id], ReportOptions(), now=NOW)
    (section,) = report.searches
    (summary,) = search_summaries(db, today=report.today, only=search_id)
    assert section.summary == summary
    assert sum(p.total for p in section.phases) == summary.progress.total
    assert sum(p.done for p in section.phases) == summary.progress.done
    people = candidates.list_candidates(db, search_id)
    ranked = ranked_in_pipeline(
        searches.get_search(db, search_id).role, people, scores.ratings_of_search(db, search_id)
    )
    assert [c.name for c in section.ranked] == [c.full_name for c, _card in ranked]
    assert [c.card.fit_points for c in section.ranked] == [card.fit_points for _c, card in ranked]
    assert [c.rank for c in section.ranked] == [1, 2]
    # The unscored person follows the ranked ones.
    assert section.candidates[-1].name == "Zoë Müller"
    assert section.candidates[-1].rank is None
    assert len(section.steps) == summary.progress.total + sum(
        1 for s in section.steps if s.status == "skipped"
    )


def test_confidential_notes_and_pay_stay_out_unless_asked(db, search_id):
    plain = build_report(db, [search_id], ReportOptions(), now=NOW)
    assert SECRET not in all_text(plain)
    assert "BRL 1.2M" not in all_text(plain)
    assert [n.confidential for n in plain.searches[0].notes] == [False]

    asked = build_report(db, [search_id], ReportOptions(include_confidential=True), now=NOW)
    assert SECRET in all_text(asked)
    assert "BRL 1.2M" in all_text(asked)


@pytest.mark.parametrize("confidential", [False, True])
def test_an_anonymised_report_holds_no_trace_of_a_real_person(db, search_id, confidential):
    options = ReportOptions(anonymise=True, include_confidential=confidential)
    report = build_report(db, [search_id], options, now=NOW)
    text = all_text(report)
    for trace in IDENTIFYING:
        assert trace.casefold() not in text.casefold(), trace
    names = [c.name for c in report.searches[0].candidates]
    assert sorted(names) == ["Candidate C-01", "Candidate C-02", "Candidate C-03"]
    # The note about Mary names her and gives a phone number: both are gone, the rest stays.
    note = next(n for n in report.searches[0].notes if "case study" in n.body)
    assert note.candidate == "Candidate C-02"
    assert "Candidate C-02 pushed back" in note.body
    assert "[phone]" in note.body
    # The hiring manager is not a candidate and keeps her name.
    assert "Carla Dias" in text


def test_codes_are_stable_as_people_are_added(db, search_id):
    first = build_report(db, [search_id], ReportOptions(anonymise=True), now=NOW)
    candidates.add_candidate(db, search_id, CandidateDetails(full_name="Aaron Aardvark"))
    second = build_report(db, [search_id], ReportOptions(anonymise=True), now=NOW)
    codes = {c.id: c.code for c in first.searches[0].candidates}
    later = {c.id: c.code for c in second.searches[0].candidates}
    assert all(later[cid] == code for cid, code in codes.items())
    assert sorted(later.values()) == ["C-01", "C-02", "C-03", "C-04"]


def test_codes_are_stable_as_people_are_erased(db, search_id):
    first = build_report(db, [search_id], ReportOptions(anonymise=True), now=NOW)
    codes = {c.id: c.code for c in first.searches[0].candidates}
    erased = next(cid for cid, code in codes.items() if code == "C-01")
    privacy.erase_candidates(db, [erased])
    newcomer = candidates.add_candidate(db, search_id, CandidateDetails(full_name="Zed New"))
    later = build_report(db, [search_id], ReportOptions(anonymise=True), now=NOW)
    now_codes = {c.id: c.code for c in later.searches[0].candidates}
    assert {cid: now_codes[cid] for cid in codes if cid != erased} == {
        cid: code for cid, code in codes.items() if cid != erased
    }  # nobody moves up into the erased person's code
    assert now_codes[newcomer] == "C-04"  # nor does the next one to arrive take it


def test_people_who_left_come_last_with_their_exit(db, search_id):
    zoe = next(c for c in candidates.list_candidates(db, search_id) if c.full_name.startswith("Z"))
    candidates.exit_candidate(db, zoe.id, Exit.DECLINED, "Happy where she is")
    (section,) = build_report(db, [search_id], ReportOptions(), now=NOW).searches
    last = section.candidates[-1]
    assert (last.name, last.exit_state, last.exit_reason) == (
        "Zoë Müller",
        Exit.DECLINED,
        "Happy where she is",
    )
    assert last.left and last.rank is None


def test_the_portfolio_covers_open_searches_by_title(db, search_id):
    add_sample_data(db, today=dt.date(2026, 11, 28))
    all_ids = {s.id: s for s in searches.list_searches(db)}
    closed = next(i for i in all_ids if i != search_id)
    searches.set_status(db, closed, SearchStatus.FILLED)
    archived = next(i for i in all_ids if i not in (search_id, closed))
    searches.set_archived(db, archived, True)
    ids = portfolio_search_ids(db)
    assert closed not in ids and archived not in ids and search_id in ids
    titles = [all_ids[i].title.casefold() for i in ids]
    assert titles == sorted(titles)


def test_reading_reports_progress_and_can_be_cancelled(db, search_id):
    add_sample_data(db, today=dt.date(2026, 11, 28))
    ids = portfolio_search_ids(db)
    seen = []
    build_report(db, ids, ReportOptions(), portfolio=True, progress=lambda d, t: seen.append(d))
    assert seen == list(range(1, len(ids) + 1))
    with pytest.raises(ExportCancelled):
        build_report(db, ids, ReportOptions(), cancelled=lambda: True)


def test_anonymising_reaches_every_free_text_and_other_searches(db, search_id):
    from desktop_app.domain.note import NoteDetails
    from desktop_app.domain.search import Role, SearchDetails
    from desktop_app.store import checklist, notes

    other = searches.create_search(
        db, SearchDetails(title="Elsewhere", role=Role.CSO, start_date="2026-01-05")
    )
    candidates.add_candidate(db, other, CandidateDetails(full_name="Priya Raman"))
    li = candidates.add_candidate(
        db,
        search_id,
        CandidateDetails(
            full_name="Li Wei", current_company="Li Wei Consulting", source="Priya's referral"
        ),
    )
    notes.add_note(db, li, NoteDetails("Compare with Priya Raman; Li is sharper", author="Li Wei"))
    step = checklist.list_steps(db, search_id)[0]
    checklist.add_step(db, search_id, phase=step.step.phase, title="Dinner with Li Wei")
    (section,) = build_report(db, [search_id], ReportOptions(anonymise=True), now=NOW).searches
    text = all_text(section)
    for trace in ("Li Wei", "Priya", "Raman", "Li is"):
        assert trace not in text, trace
    line = next(c for c in section.candidates if c.company.endswith("Consulting"))
    assert line.company == f"{line.name} Consulting"
    assert f"Dinner with {line.name}" in [s.title for s in section.steps]
