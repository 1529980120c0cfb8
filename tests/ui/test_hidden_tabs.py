"""The tabs of a search page while another tab is in front: a new search waits until its
tab is shown, and edits made meanwhile do not cancel what showing it does (scroll to the open
steps, select the first candidate)."""

from __future__ import annotations

import pytest
from checklist_helpers import new_search
from PySide6.QtCore import QPoint

from desktop_app.domain.checklist import StepStatus
from desktop_app.domain.search import SearchStatus
from desktop_app.ui.search_page import SearchPage
from desktop_app.ui.workspace import Workspace


@pytest.fixture
def ws(qapp, db, db_path) -> Workspace:
    return Workspace(db, db_path)


def _half_done(ws: Workspace) -> str:
    search_id = new_search(ws)
    for stored in ws.steps(search_id):
        if stored.step.phase in ("need", "specification", "research"):
            ws.set_step_status(stored.id, StepStatus.DONE)
    return search_id


def _page(qtbot, ws: Workspace) -> SearchPage:
    page = SearchPage(ws)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _top_phase(page: SearchPage):
    tab = page.checklist
    return tab.tree.indexAt(QPoint(5, 5))


def _checklist_seen_then_hidden(qtbot, ws: Workspace) -> tuple[SearchPage, str, str]:
    """A page that showed the first search's checklist, now with the Overview in front; the
    second search, half done, is not set yet."""
    first, second = new_search(ws), _half_done(ws)
    page = _page(qtbot, ws)
    page.tabs.setCurrentWidget(page.checklist)
    page.set_search(first)
    page.tabs.setCurrentWidget(page.overview)
    return page, first, second


def test_a_hidden_tab_scrolls_to_the_open_steps_when_shown(qtbot, ws):
    page, _first, second = _checklist_seen_then_hidden(qtbot, ws)

    page.set_search(second)
    page.tabs.setCurrentWidget(page.checklist)

    assert _top_phase(page) == page.checklist.model.index_of_phase("screening")


def test_an_edit_while_hidden_keeps_the_scroll_to_the_open_steps(qtbot, ws):
    """An edit of the search (Search > Status) while the checklist is hidden still leaves it
    to scroll to the open steps when shown."""
    page, _first, second = _checklist_seen_then_hidden(qtbot, ws)

    page.set_search(second)
    ws.set_search_status(second, SearchStatus.ON_HOLD)  # Search > Status, tab hidden
    page.tabs.setCurrentWidget(page.checklist)

    assert _top_phase(page) == page.checklist.model.index_of_phase("screening")


def test_a_later_reread_of_the_same_search_does_not_jump_the_list(qtbot, ws):
    """Once shown, setting the same search again (a new day: MainWindow._check_new_day)
    keeps the list where the person scrolled it."""
    page, _first, second = _checklist_seen_then_hidden(qtbot, ws)
    page.set_search(second)
    ws.set_search_status(second, SearchStatus.ON_HOLD)
    page.tabs.setCurrentWidget(page.checklist)
    tab = page.checklist
    tab.tree.verticalScrollBar().setValue(0)  # the person scrolls back to the top
    top = _top_phase(page)

    page.set_search(second)  # same search again, as _check_new_day does

    assert _top_phase(page) == top


def test_rereading_another_process_edits_while_hidden_keeps_the_scroll(qtbot, ws, db_path):
    """The same with the re-read on focus after another process (a second window, the
    command line) committed: every search gets an `edited`."""
    from desktop_app.store import searches
    from desktop_app.store.database import open_database

    page, first, second = _checklist_seen_then_hidden(qtbot, ws)
    page.set_search(second)

    other = open_database(db_path)
    try:
        searches.set_status(other, first, SearchStatus.ON_HOLD)  # not even the shown search
    finally:
        other.close()
    assert ws.reload_if_changed_elsewhere()
    page.tabs.setCurrentWidget(page.checklist)

    assert _top_phase(page) == page.checklist.model.index_of_phase("screening")


def test_an_edit_while_hidden_keeps_the_first_candidate_selected_when_shown(qtbot, ws):
    from desktop_app.domain.candidate import CandidateDetails

    first, second = new_search(ws), new_search(ws)
    ws.add_candidate(second, CandidateDetails(full_name="Ana Souza"))
    page = _page(qtbot, ws)
    page.set_search(first)
    page.set_search(second)  # Overview in front: the Candidates tab is hidden
    ws.set_search_status(second, SearchStatus.ON_HOLD)
    page.tabs.setCurrentWidget(page.candidates)

    assert page.candidates.current_candidate_id() is not None
