"""The dashboard ("All searches") and a search's Overview tab as a hiring manager reads them:
which search needs attention first and why, who leads each search, and the overview's numbers
matching the checklist and pipeline rules; both follow edits and undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.checklist import StepStatus, load_template, next_due, overdue
from desktop_app.domain.checklist import progress_by_phase as domain_progress_by_phase
from desktop_app.domain.pipeline import STAGES, Exit
from desktop_app.domain.scorecard import score_card
from desktop_app.domain.search import Role, SearchDetails, SearchStatus
from desktop_app.sample_data import add_sample_data
from desktop_app.ui.dashboard import Dashboard
from desktop_app.ui.overview_tab import OverviewTab
from desktop_app.ui.workspace import Workspace

TODAY = dt.date.today()


@pytest.fixture
def ws(qapp, db, db_path) -> Workspace:
    add_sample_data(db)
    return Workspace(db, db_path)


def search_of(ws: Workspace, company: str) -> str:
    return next(s.search.id for s in ws.summaries() if s.search.company == company)


def add_stalled_search(ws: Workspace, idle: int = 30) -> str:
    """A CSO search open 40 days with every step due so far ticked off `idle` days ago and
    nothing since: nothing overdue, but stalled."""
    search_id = ws.create_search(
        SearchDetails(
            title="Chief Sales Officer, Americas",
            role=Role.CSO,
            company="Quarry Labs",
            business_unit="Americas",
            start_date=TODAY - dt.timedelta(days=40),
            target_date=TODAY + dt.timedelta(days=80),
        )
    )
    for stored in ws.steps(search_id):
        if stored.step.due_date is not None and stored.step.due_date < TODAY:
            ws.set_step_status(stored.id, StepStatus.DONE, on=TODAY - dt.timedelta(days=idle))
    return search_id


def open_dashboard(qtbot, ws: Workspace) -> Dashboard:
    dashboard = Dashboard(ws)
    qtbot.addWidget(dashboard)
    dashboard.resize(1000, 700)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    qtbot.waitUntil(lambda: all(card.height() > 40 for card in dashboard.cards()))
    qtbot.waitUntil(lambda: not dashboard.leaders_pending())
    return dashboard


def open_overview(qtbot, ws: Workspace, search_id: str) -> OverviewTab:
    tab = OverviewTab(ws)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.set_search(search_id)
    tab.show()
    qtbot.waitExposed(tab)
    # Qt lays the new rows out on its next turn of the event loop; a screenshot waits for it.
    chart = tab.progress_chart
    qtbot.waitUntil(lambda: chart.height() == chart.sizeHint().height())
    return tab


def order(dashboard: Dashboard) -> list[str]:
    return [card.search_id for card in dashboard.cards()]


# --- the dashboard ---------------------------------------------------------------------------


def test_the_dashboard_puts_most_overdue_first_then_stalled_then_longest_open(
    qtbot, ws, screenshot
):
    stalled = add_stalled_search(ws, idle=30)
    northwind, lumen = search_of(ws, "Northwind Analytics"), search_of(ws, "Lumen Health")
    atlas = search_of(ws, "Atlas Freight Software")
    dashboard = open_dashboard(qtbot, ws)

    # Northwind has 2 overdue steps, Lumen 1; the stalled search (40 days open) comes before
    # Atlas (118 days open, active three days ago): stalled beats days open.
    assert order(dashboard) == [northwind, lumen, stalled, atlas]
    cards = {card.search_id: card for card in dashboard.cards()}
    assert cards[northwind].reasons[0][0] == "2 overdue steps"
    assert cards[lumen].reasons[0][0] == "1 overdue step"
    assert cards[stalled].reasons[0][0] == "No activity for 30 days"
    assert cards[atlas].reasons == []  # shown as "On track"
    assert dashboard.empty_label.isHidden()
    screenshot(dashboard, "dashboard")


def test_filled_cancelled_and_archived_searches_are_left_out_but_on_hold_stays(qtbot, ws):
    def new(title: str) -> str:
        return ws.create_search(SearchDetails(title=title, role=Role.CRO, start_date=TODAY))

    filled, cancelled, archived, on_hold = (
        new("Filled"),
        new("Cancelled"),
        new("Archived"),
        new("On hold"),
    )
    ws.set_search_status(filled, SearchStatus.FILLED)
    ws.set_search_status(cancelled, SearchStatus.CANCELLED)
    ws.set_archived(archived, True)
    ws.set_search_status(on_hold, SearchStatus.ON_HOLD)
    dashboard = open_dashboard(qtbot, ws)

    shown = set(order(dashboard))
    assert {filled, cancelled, archived}.isdisjoint(shown)
    assert on_hold in shown
    assert len(shown) == 4  # the three sample searches and the one on hold


def test_the_leading_candidate_is_the_best_fit_still_in_the_pipeline(qtbot, ws):
    northwind = search_of(ws, "Northwind Analytics")
    dashboard = open_dashboard(qtbot, ws)
    for card in dashboard.cards():
        role = ws.search(card.search_id).role
        ratings = ws.ratings_of_search(card.search_id)
        fits = {
            c.full_name: score_card(role, ratings.get(c.id, [])).fit
            for c in ws.candidates(card.search_id)
            if c.is_active
        }
        scored = {name: fit for name, fit in fits.items() if fit is not None}
        if scored:
            assert card.leader_text == f"Leading: {max(scored, key=scored.__getitem__)}"
    card = next(c for c in dashboard.cards() if c.search_id == northwind)
    assert card.leader_text == "Leading: Mariana Duarte"
    assert card.leader_detail.full_text() == "89 strong · Offer"
    # Atlas has hired and nobody is left in its pipeline.
    atlas = next(
        c for c in dashboard.cards() if c.search_id != northwind and "Hired" in c.leader_text
    )
    assert atlas.leader_text == "Hired: Rodrigo Almeida"

    # When the leader turns the offer down she leaves the pipeline: the next best leads.
    mariana = next(c for c in ws.candidates(northwind) if c.full_name == "Mariana Duarte")
    ws.exit_candidate(mariana.id, Exit.OFFER_DECLINED, "Took a counter-offer")
    card = next(c for c in dashboard.cards() if c.search_id == northwind)
    assert card.leader_text == "Leading: Aisha Bello"
    ws.undo_stack.undo()
    card = next(c for c in dashboard.cards() if c.search_id == northwind)
    assert card.leader_text == "Leading: Mariana Duarte"


def test_a_leader_with_a_mismatch_or_critical_gap_is_flagged_on_the_card(qtbot, ws):
    northwind = search_of(ws, "Northwind Analytics")
    # Everyone scored above Thomas Reinholt (execution-heavy, two critical gaps) is put on hold.
    for person in ws.candidates(northwind):
        if person.full_name in (
            "Mariana Duarte",
            "Aisha Bello",
            "Sofia Lindqvist",
            "Lucas Ferreira",
        ):
            ws.exit_candidate(person.id, Exit.ON_HOLD, "Paused by the committee")
    dashboard = open_dashboard(qtbot, ws)
    card = next(c for c in dashboard.cards() if c.search_id == northwind)
    assert card.leader_text == "Leading: Thomas Reinholt"
    texts = [text for text, _tone in card.reasons]
    assert "Leader: mismatch" in texts and "Leader: critical gap" in texts


def test_clicking_a_card_or_pressing_enter_on_it_opens_the_search(qtbot, ws):
    dashboard = open_dashboard(qtbot, ws)
    first, second = dashboard.cards()[:2]
    with qtbot.waitSignal(dashboard.search_activated) as clicked:
        qtbot.mouseClick(first, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert clicked.args == [first.search_id]

    second.setFocus()
    with qtbot.waitSignal(dashboard.search_activated) as entered:
        qtbot.keyClick(second, Qt.Key.Key_Return)
    assert entered.args == [second.search_id]


def test_the_dashboard_follows_edits_and_undo(qtbot, ws):
    stalled = add_stalled_search(ws)
    northwind, lumen = search_of(ws, "Northwind Analytics"), search_of(ws, "Lumen Health")
    atlas = search_of(ws, "Atlas Freight Software")
    dashboard = open_dashboard(qtbot, ws)
    late = overdue([s.step for s in ws.steps(lumen)], TODAY)
    step_id = next(s.id for s in ws.steps(lumen) if s.step == late[0])

    ws.set_step_status(step_id, StepStatus.DONE)  # Lumen: nothing overdue, active today
    assert order(dashboard) == [northwind, stalled, atlas, lumen]
    ws.undo_stack.undo()
    assert order(dashboard) == [northwind, lumen, stalled, atlas]


def test_an_empty_database_shows_the_empty_state(qtbot, db, db_path):
    dashboard = open_dashboard(qtbot, Workspace(db, db_path))
    assert dashboard.cards() == []
    assert dashboard.empty_label.isVisible()
    assert "No open searches" in dashboard.empty_label.text()


def test_the_dashboard_reads_in_a_dark_theme(qtbot, ws, screenshot):
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    dark = QPalette(before)
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#333333",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Mid: "#555555",
        QPalette.ColorRole.Highlight: "#3d7fd6",
    }
    for role, colour in colours.items():
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)
    try:
        add_stalled_search(ws)
        dashboard = open_dashboard(qtbot, ws)
        assert len(dashboard.cards()) == 4
        screenshot(dashboard, "dashboard_dark")
    finally:
        app.setPalette(before)


# --- the overview tab ------------------------------------------------------------------------


def test_the_overview_shows_the_searchs_facts_progress_funnel_steps_and_top_candidates(
    qtbot, ws, screenshot
):
    northwind = search_of(ws, "Northwind Analytics")
    summary = next(s for s in ws.summaries() if s.search.id == northwind)
    tab = open_overview(qtbot, ws, northwind)

    facts = {key: label.full_text() for key, label in tab.fact_values.items()}
    assert facts["code_name"] == "Project Lighthouse"
    assert facts["role"] == "Chief Revenue Officer (CRO)"
    assert facts["company"] == "Northwind Analytics · Group"
    assert facts["hiring_manager"] == "Helena Carvalho (CEO)"
    assert facts["days_open"] == "104 of 130 planned"
    assert facts["in_pipeline"] == "8 candidates · 3 left"

    steps = [s.step for s in ws.steps(northwind)]
    titles = load_template(Role.CRO).phase_titles
    expected = [(titles[k], p.done, p.total) for k, p in domain_progress_by_phase(steps).items()]
    assert tab.progress_chart.phases() == expected
    assert ("Interviews & assessment", 6, 6) in expected  # one step not applicable

    funnel = dict(zip(STAGES, (count for _label, count in tab.funnel_chart.stages()), strict=True))
    assert funnel == summary.candidates_by_stage
    assert tab.funnel_chart.stages()[0][0] == "Identified"
    assert tab.funnel_chart.stages()[-1][0] == "Hired"

    assert [s.step for s in tab.shown_overdue] == overdue(steps, TODAY)
    assert len(tab.shown_overdue) == 2
    assert [s.step for s in tab.shown_next] == next_due(steps, TODAY, 4)

    names = [c.full_name for c, _card in tab.shown_top]
    assert names == [
        "Mariana Duarte",
        "Aisha Bello",
        "Sofia Lindqvist",
        "Lucas Ferreira",
        "Thomas Reinholt",
    ]
    fits = [card.fit for _c, card in tab.shown_top]
    assert fits == sorted(fits, reverse=True)
    assert all(c.is_active for c, _card in tab.shown_top)  # Diego withdrew with a fit of 72
    screenshot(tab, "overview_northwind")


def test_the_overview_follows_edits_and_undo(qtbot, ws):
    northwind = search_of(ws, "Northwind Analytics")
    tab = open_overview(qtbot, ws, northwind)
    first_late = tab.shown_overdue[0]
    need_before = tab.progress_chart.phases()[0]

    ws.set_step_status(first_late.id, StepStatus.DONE)
    assert len(tab.shown_overdue) == 1
    assert first_late.id not in [s.id for s in tab.shown_overdue]
    title, done, total = need_before
    assert tab.progress_chart.phases()[0] == (title, done + 1, total)

    lucas = next(c for c in ws.candidates(northwind) if c.full_name == "Lucas Ferreira")
    ws.exit_candidate(lucas.id, Exit.WITHDRAWN, "Took another role")
    assert "Lucas Ferreira" not in [c.full_name for c, _card in tab.shown_top]

    ws.undo_stack.undo()
    ws.undo_stack.undo()
    assert first_late.id in [s.id for s in tab.shown_overdue]
    assert tab.progress_chart.phases()[0] == need_before
    assert "Lucas Ferreira" in [c.full_name for c, _card in tab.shown_top]


def test_a_hidden_overview_catches_up_when_shown_and_clears_without_a_search(qtbot, ws):
    northwind = search_of(ws, "Northwind Analytics")
    tab = open_overview(qtbot, ws, northwind)
    tab.hide()
    ws.set_step_status(tab.shown_overdue[0].id, StepStatus.DONE)
    assert len(tab.shown_overdue) == 2  # hidden: not re-read yet
    tab.show()
    qtbot.waitExposed(tab)
    assert len(tab.shown_overdue) == 1

    tab.set_search(None)
    assert tab.shown_top == [] and tab.progress_chart.phases() == []
    assert tab.fact_values == {}


def test_a_fit_projected_from_one_score_never_leads_the_search(qtbot, db, db_path):
    from desktop_app.domain.ranking import ranked_in_pipeline
    from desktop_app.domain.scorecard import Rating

    add_sample_data(db)
    ws = Workspace(db, db_path)
    lumen = next(s.search for s in ws.summaries() if s.search.company == "Lumen Health")
    isabel = next(c for c in ws.candidates(lumen.id) if c.full_name == "Isabel Moreau")
    ws.set_score(isabel.id, Rating("S1", "Helena", 5))  # ~100 from a single score
    ranked = ranked_in_pipeline(lumen.role, ws.candidates(lumen.id), ws.ratings_of_search(lumen.id))
    assert ranked[0][0].full_name == "Beatriz Santos"
    assert ranked[-1][0].id == isabel.id
    ws.close()


def test_a_draft_with_late_steps_waits_below_the_searches_being_worked_on(qtbot, db, db_path):
    import datetime as dt

    from desktop_app.domain.search import Role, SearchDetails, SearchStatus
    from desktop_app.labels.attention import attention_order

    add_sample_data(db)
    ws = Workspace(db, db_path)
    old = dt.date.today() - dt.timedelta(days=60)
    draft = ws.create_search(
        SearchDetails(title="Old draft", role=Role.CRO, start_date=old, status=SearchStatus.DRAFT)
    )
    order = attention_order(ws.summaries(), dt.date.today())
    assert order[-1].search.id == draft
    ws.close()


def test_many_open_searches_come_in_batches_most_urgent_first(qtbot, ws, db):
    from desktop_app.store import searches as store_searches
    from desktop_app.ui.dashboard import CARDS_AT_ONCE

    with db.atomic():
        for n in range(CARDS_AT_ONCE + 5):
            store_searches.create_search(
                db, SearchDetails(title=f"Search {n:02d}", role=Role.CRO, start_date="2026-09-01")
            )
    total = len(ws.summaries())  # the fixture's own searches too
    dashboard = open_dashboard(qtbot, ws)
    assert len(dashboard.cards()) == CARDS_AT_ONCE
    more = total - CARDS_AT_ONCE
    assert dashboard.more_button.isVisible() and f"{more} more" in dashboard.more_button.text()
    qtbot.mouseClick(dashboard.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dashboard.leaders_pending())
    assert len(dashboard.cards()) == total
    assert not dashboard.more_button.isVisible()
    # A change elsewhere keeps every card the person has already asked to see.
    ws.changed.emit("")
    qtbot.waitUntil(lambda: not dashboard.leaders_pending())
    assert len(dashboard.cards()) == total


def test_cards_beyond_the_first_screen_get_their_leader_just_after(qtbot, ws, db):
    from desktop_app.store import candidates as store_candidates
    from desktop_app.store import searches as store_searches
    from desktop_app.ui.dashboard import LEADERS_AT_ONCE

    with db.atomic():
        for n in range(LEADERS_AT_ONCE + 2):
            search_id = store_searches.create_search(
                db, SearchDetails(title=f"Search {n:02d}", role=Role.CRO, start_date="2026-09-01")
            )
            store_candidates.add_candidate(db, search_id, CandidateDetails(full_name=f"P {n}"))
    dashboard = Dashboard(ws)
    qtbot.addWidget(dashboard)
    dashboard.show()
    # At the first showing the first screen's cards are built at once, and their leaders come
    # just after the first paint, before the cards further down are built.
    cards = dashboard.cards()
    assert len(cards) == LEADERS_AT_ONCE
    assert not any(card.leader_known for card in cards)
    assert dashboard.leaders_pending()
    qtbot.waitUntil(lambda: all(card.leader_known for card in cards))
    qtbot.waitUntil(lambda: not dashboard.leaders_pending())
    assert len(dashboard.cards()) == len(ws.summaries())
    assert all(card.leader_known and card.leader_text for card in dashboard.cards())
    # Later refreshes (after an edit) build the first screen complete at once: no flicker.
    ws.changed.emit("")
    cards = dashboard.cards()
    assert len(cards) == LEADERS_AT_ONCE
    assert all(card.leader_known and card.leader_text for card in cards)
