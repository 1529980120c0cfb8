"""The main window as a hiring manager uses it: first launch, searches in the sidebar, the
search menu, undo and redo from the keyboard, settings kept between sessions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.search import SearchStatus
from desktop_app.sample_data import add_sample_data
from desktop_app.store.database import open_database
from desktop_app.ui.app import WindowKeeper
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.search_dialog import SearchDialog
from desktop_app.ui.workspace import Workspace


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path):
    # QSettings lives under XDG_CONFIG_HOME, which tests/conftest.py points at a temp folder;
    # naming the app makes the file predictable and separate from a real install.
    qapp.setOrganizationName("RevSearchTests")
    qapp.setApplicationName("RevSearchTests")
    QSettings().clear()
    yield
    QSettings().clear()


def open_window(qtbot, db, db_path, *, open_first_search: bool = True) -> MainWindow:
    window = MainWindow(Workspace(db, db_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if open_first_search and window.sidebar.proxy.rowCount():
        # The app starts on the dashboard; most tests work inside a search, so open the first
        # card the way a person would.
        view = window.sidebar.list
        first = window.sidebar.proxy.index(0, 0)
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(first).center()
        )
    return window


def test_the_dashboard_is_the_home_view_and_a_card_opens_its_search(qtbot, db, db_path):
    add_sample_data(db)
    window = open_window(qtbot, db, db_path, open_first_search=False)
    assert window.pages.currentWidget() is window.dashboard
    assert window.sidebar.all_button.isChecked()
    window.dashboard.search_activated.emit(window.workspace.summaries()[0].search.id)
    assert window.pages.currentWidget() is window.search_page
    assert not window.sidebar.all_button.isChecked()
    qtbot.mouseClick(window.sidebar.all_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.dashboard
    assert window.current_search_id() is None


def sidebar_titles(window: MainWindow) -> list[str]:
    proxy = window.sidebar.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def fill_search_dialog(qtbot, title: str, *, cso: bool = False, company: str = "Acme"):
    """Replaces MainWindow.ask: types into the dialog like a person, then presses Create."""

    def ask(dialog: SearchDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.title, title)
        if cso:
            qtbot.mouseClick(dialog.cso, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.company, company)
        qtbot.keyClicks(dialog.hiring_manager, "Helena Carvalho (CEO)")
        dialog.accept()
        return dialog.result() == SearchDialog.DialogCode.Accepted

    return ask


def test_first_launch_shows_the_welcome_page_with_its_two_choices(qtbot, db, db_path, screenshot):
    window = open_window(qtbot, db, db_path)
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.create_button.isVisible() and window.welcome.sample_button.isVisible()
    text = window.welcome.text
    assert text.height() >= text.heightForWidth(text.width())  # no line cut off
    screenshot(window, "welcome")


def test_explore_with_sample_data_fills_the_sidebar_and_opens_a_search(qtbot, db, db_path):
    window = open_window(qtbot, db, db_path)
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert len(sidebar_titles(window)) == 3
    window.sidebar.select(window.sidebar.model.index(0).data(Qt.ItemDataRole.UserRole + 1))
    assert window.pages.currentWidget() is window.search_page
    assert window.search_page.title.text() in {t for t in sidebar_titles(window)} | {
        "Chief Revenue Officer (Project Lighthouse)"
    }


def test_ctrl_n_creates_a_search_with_its_checklist_and_selects_it(
    qtbot, db, db_path, press_shortcut
):
    window = open_window(qtbot, db, db_path)
    window.ask = fill_search_dialog(qtbot, "Chief Sales Officer, LatAm", cso=True)
    press_shortcut(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert sidebar_titles(window) == ["Chief Sales Officer, LatAm"]
    search_id = window.current_search_id()
    search = window.workspace.search(search_id)
    assert search.role.value == "CSO" and search.company == "Acme"
    keys = {s.step.template_key for s in window.workspace.steps(search_id)}
    assert len(keys) == 39 and "interviews.forecast_call" in keys
    assert window.search_page.title.text() == "Chief Sales Officer, LatAm"
    assert "Saved" in window.saved_label.text()


def test_a_search_without_a_title_is_refused_in_the_dialog(qtbot, db, db_path):
    window = open_window(qtbot, db, db_path)
    seen = {}

    def ask(dialog: SearchDialog) -> bool:
        dialog.accept()  # nothing typed
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.result() != SearchDialog.DialogCode.Accepted
        return False

    window.ask = ask
    window.new_action.trigger()
    assert seen == {"error": "Title is required.", "open": True}
    assert window.workspace.summaries() == []


def test_status_change_from_the_menu_is_undone_and_redone_from_the_keyboard(
    qtbot, db, db_path, press_shortcut
):
    add_sample_data(db)
    window = open_window(qtbot, db, db_path)
    search_id = window.current_search_id()
    window.status_actions[SearchStatus.ON_HOLD].trigger()
    assert window.workspace.search(search_id).status is SearchStatus.ON_HOLD
    assert "On hold" in window.search_page.facts.text()
    press_shortcut(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.search(search_id).status is SearchStatus.ACTIVE
    assert window.status_actions[SearchStatus.ACTIVE].isChecked()
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press_shortcut(window, Qt.Key.Key_Z, shift_ctrl)
    assert window.workspace.search(search_id).status is SearchStatus.ON_HOLD


def test_an_archived_search_leaves_the_sidebar_until_archived_ones_are_shown(qtbot, db, db_path):
    add_sample_data(db)
    window = open_window(qtbot, db, db_path)
    title = window.workspace.search(window.current_search_id()).title
    window.archive_action.trigger()
    assert len(sidebar_titles(window)) == 2
    qtbot.mouseClick(window.sidebar.archived_toggle, Qt.MouseButton.LeftButton)
    assert len(sidebar_titles(window)) == 3 and title in sidebar_titles(window)


def test_deleting_a_search_asks_first_and_undo_brings_everything_back(
    qtbot, db, db_path, monkeypatch
):
    add_sample_data(db)
    window = open_window(qtbot, db, db_path)
    search_id = window.current_search_id()
    people = len(window.workspace.candidates(search_id))
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    window.delete_action.trigger()  # cancelled
    assert len(sidebar_titles(window)) == 3
    window.delete_action.trigger()
    assert len(sidebar_titles(window)) == 2
    assert search_id not in {s.search.id for s in window.workspace.summaries()}
    window.undo_action.trigger()
    assert len(sidebar_titles(window)) == 3
    assert len(window.workspace.candidates(search_id)) == people


def test_typing_in_the_filter_box_narrows_the_sidebar(qtbot, db, db_path):
    add_sample_data(db)
    window = open_window(qtbot, db, db_path)
    qtbot.keyClicks(window.sidebar.filter_box, "atlas")
    assert sidebar_titles(window) == ["Chief Sales Officer"]
    qtbot.keyClicks(window.sidebar.filter_box, "zzz")
    assert sidebar_titles(window) == []
    assert window.sidebar.empty_hint.isVisible()


def test_clicking_a_search_in_the_sidebar_opens_it(qtbot, db, db_path):
    add_sample_data(db)
    window = open_window(qtbot, db, db_path)
    view = window.sidebar.list
    last = window.sidebar.proxy.index(2, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(last).center())
    assert window.search_page.title.text().startswith(last.data())


def test_the_status_bar_says_where_the_data_lives(qtbot, db, db_path):
    window = open_window(qtbot, db, db_path)
    assert str(db_path) in window.location.text()
    assert db_path.name in window.windowTitle()


def test_closing_and_reopening_restores_the_search_and_keeps_every_edit(qtbot, db_path):
    db = open_database(db_path)
    add_sample_data(db)
    window = open_window(qtbot, db, db_path)
    third = window.sidebar.proxy.index(2, 0).data()
    window.sidebar.select(window.sidebar.model.index(2).data(Qt.ItemDataRole.UserRole + 1))
    window.status_actions[SearchStatus.FILLED].trigger()
    window.splitter.setSizes([350, 900])
    window.close()  # closes the database too

    again = open_window(qtbot, open_database(db_path), db_path, open_first_search=False)
    assert again.search_page.title.text().startswith(third)
    assert again.workspace.search(again.current_search_id()).status is SearchStatus.FILLED
    assert again.splitter.sizes()[0] == 350
    again.close()


def test_file_open_switches_to_another_database_and_refuses_a_bad_one(
    qtbot, qapp, tmp_path, monkeypatch
):
    first, second, bad = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3", tmp_path / "bad.sqlite3"
    seeded = open_database(second)
    add_sample_data(seeded)
    seeded.close()
    bad.write_text("not a database")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    keeper = WindowKeeper()
    window = keeper.show(open_database(first), first)
    qtbot.addWidget(window)
    window.open_requested.emit(second)
    assert keeper.window is not window and keeper.window.workspace.path == second
    qtbot.addWidget(keeper.window)
    assert len(sidebar_titles(keeper.window)) == 3
    keeper.window.open_requested.emit(bad)
    assert warnings and "not a RevSearch database" in warnings[0]
    assert keeper.window.workspace.path == second
    recent = QSettings().value("recentFiles")
    assert [Path(p) for p in recent][:2] == [second, first]
    keeper.window.close()


def test_screens_of_a_working_session_at_laptop_size(qtbot, db, db_path, screenshot):
    add_sample_data(db)
    window = open_window(qtbot, db, db_path)
    window.resize(1280, 800)
    northwind = next(s.search.id for s in window.workspace.summaries() if s.search.code_name)
    window.sidebar.select(northwind)
    qtbot.wait(50)
    screenshot(window, "main_checklist")
    page = window.search_page
    page.tabs.setCurrentWidget(page.candidates)
    leader = next(
        c.id for c in window.workspace.candidates(northwind) if c.full_name == "Thomas Reinholt"
    )
    page.candidates.select_candidate(leader)
    qtbot.wait(50)
    screenshot(window, "main_candidates")
    page.candidates.panel.tabs.setCurrentWidget(page.scorecard)
    qtbot.wait(50)
    flags = {f.code for f in window.workspace.score_card(leader).flags}
    assert "execution_heavy" in flags
    screenshot(window, "main_scorecard")


def test_screens_in_a_dark_theme(qtbot, db, db_path, screenshot, dark_theme):
    add_sample_data(db)
    window = open_window(qtbot, db, db_path)
    window.resize(1280, 800)
    qtbot.wait(50)
    screenshot(window, "dark_checklist")
    page = window.search_page
    page.tabs.setCurrentWidget(page.candidates)
    search_id = window.current_search_id()
    page.candidates.select_candidate(window.workspace.candidates(search_id)[0].id)
    page.candidates.panel.tabs.setCurrentWidget(page.scorecard)
    qtbot.wait(50)
    screenshot(window, "dark_scorecard")
    assert window.palette().color(window.palette().ColorRole.Window).lightness() < 100


def test_an_unexpected_error_is_logged_and_shown_with_version_and_copyable_details(
    qtbot, monkeypatch, caplog
):
    from desktop_app import __version__
    from desktop_app.ui import app as app_module

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    try:
        raise RuntimeError("the scorecard exploded")
    except RuntimeError as exc:
        app_module.report_bug(type(exc), exc, exc.__traceback__)
    (box,) = shown
    assert "Something went wrong" in box.text()
    assert __version__ in box.detailedText() and "the scorecard exploded" in box.detailedText()
    assert any("Unexpected error" in r.message and r.exc_info for r in caplog.records)


def test_a_candidate_note_and_score_are_there_after_closing_and_reopening(qtbot, db_path):
    from desktop_app.domain.candidate import CandidateDetails
    from desktop_app.domain.note import NoteDetails
    from desktop_app.domain.scorecard import Rating

    window = open_window(qtbot, open_database(db_path), db_path)
    window.ask = fill_search_dialog(qtbot, "Chief Revenue Officer")
    window.new_action.trigger()
    search_id = window.current_search_id()
    ws = window.workspace
    candidate_id = ws.add_candidate(search_id, CandidateDetails(full_name="Ana Souza"))
    ws.add_note(candidate_id, NoteDetails("Strong on partners", "Helena", confidential=True))
    ws.set_score(candidate_id, Rating("S2", "Helena", 5, "Ran three channels"))
    ws.set_step_status(ws.steps(search_id)[0].id, "done")
    window.close()

    again = open_window(qtbot, open_database(db_path), db_path, open_first_search=False)
    tab = again.search_page.candidates
    tab.select_candidate(candidate_id)
    assert tab.current_candidate_id() == candidate_id
    (note,) = again.workspace.notes(candidate_id)
    assert note.details.body == "Strong on partners" and note.details.confidential
    (rating,) = again.workspace.ratings(candidate_id)
    assert (rating.competency, rating.score, rating.evidence) == ("S2", 5, "Ran three channels")
    assert again.workspace.steps(search_id)[0].step.status.value == "done"
    again.close()


def test_a_new_day_rereads_the_views_so_overdue_counts_move_on(qtbot, db, db_path, monkeypatch):
    import datetime as dt

    add_sample_data(db)
    window = open_window(qtbot, db, db_path)
    summaries = window.sidebar.model
    before = sum(
        summaries.data(summaries.index(r), Qt.ItemDataRole.UserRole + 2).overdue_steps
        for r in range(summaries.rowCount())
    )
    next_week = dt.date.today() + dt.timedelta(days=7)

    class NextWeek(dt.date):
        @classmethod
        def today(cls):
            return next_week

    monkeypatch.setattr(dt, "date", NextWeek)
    window._check_new_day()  # what the minute timer does
    after = sum(
        summaries.data(summaries.index(r), Qt.ItemDataRole.UserRole + 2).overdue_steps
        for r in range(summaries.rowCount())
    )
    assert after > before


def test_typing_a_filter_never_switches_the_open_search(qtbot, db, db_path):
    add_sample_data(db)
    window = open_window(qtbot, db, db_path)
    opened = window.current_search_id()
    title = window.search_page.title.text()
    qtbot.keyClicks(window.sidebar.filter_box, "zzz")
    assert window.current_search_id() == opened and window.search_page.title.text() == title
    window.sidebar.filter_box.clear()
    assert window.sidebar.list.currentIndex().data() == window.workspace.search(opened).title


def test_undo_shows_the_search_it_brought_back_and_says_so(qtbot, db, db_path, monkeypatch):
    add_sample_data(db)
    window = open_window(qtbot, db, db_path)
    deleted = window.current_search_id()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert window.current_search_id() != deleted
    window.undo_action.trigger()
    assert window.current_search_id() == deleted
    assert window.statusBar().currentMessage() == "Undone: Delete search"


def test_a_failed_status_change_leaves_the_menu_showing_the_stored_status(
    qtbot, db, db_path, monkeypatch
):
    add_sample_data(db)
    window = open_window(qtbot, db, db_path)
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: errors.append(a[2]))
    blocker = open_database(db_path)
    blocker.execute("BEGIN EXCLUSIVE")  # another program holds the file
    window.workspace.db.execute("PRAGMA busy_timeout = 50")
    try:
        window.status_actions[SearchStatus.ON_HOLD].trigger()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert errors and "could not be saved" in errors[0]
    assert window.status_actions[SearchStatus.ACTIVE].isChecked()


def test_a_recent_file_that_is_gone_is_not_recreated(qtbot, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    first = tmp_path / "a.sqlite3"
    keeper = WindowKeeper()
    window = keeper.show(open_database(first), first)
    qtbot.addWidget(window)
    gone = tmp_path / "moved-away.sqlite3"
    window.open_requested.emit(gone)
    assert not gone.exists() and "no longer exists" in warnings[0]
    assert keeper.window is window
    window.close()


def test_closing_while_typing_evidence_saves_it(qtbot, db, db_path):
    from desktop_app.domain.candidate import CandidateDetails
    from desktop_app.domain.scorecard import Rating

    window = open_window(qtbot, db, db_path)
    window.ask = fill_search_dialog(qtbot, "Chief Revenue Officer")
    window.new_action.trigger()
    ws = window.workspace
    candidate_id = ws.add_candidate(window.current_search_id(), CandidateDetails(full_name="Ana"))
    ws.set_score(candidate_id, Rating("S1", "Helena", 4))
    page = window.search_page
    page.tabs.setCurrentWidget(page.candidates)
    page.candidates.select_candidate(candidate_id)
    page.candidates.panel.tabs.setCurrentWidget(page.scorecard)
    editor = page.scorecard
    editor.rater_combo.setCurrentText("Helena")
    evidence = editor.rows["S1"].evidence
    evidence.setFocus()
    qtbot.keyClicks(evidence, "Built a three-year plan")
    window.close()
    reopened = open_database(db_path)
    from desktop_app.store import scores

    (rating,) = scores.ratings(reopened, candidate_id)
    assert rating.evidence == "Built a three-year plan"
    reopened.close()


def test_ctrl_f_finds_a_candidate_in_an_archived_search_and_opens_them(
    qtbot, db, db_path, press_shortcut
):
    add_sample_data(db)
    window = open_window(qtbot, db, db_path)
    atlas = next(s.search.id for s in window.workspace.summaries() if s.search.role.value == "CSO")
    window.workspace.set_archived(atlas, True)

    def type_and_choose(dialog):
        dialog.show()
        qtbot.keyClicks(dialog.field, "rodrigo")
        qtbot.waitUntil(lambda: dialog.results.count() > 0)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    window.show_find = type_and_choose
    press_shortcut(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_search_id() == atlas
    page = window.search_page
    assert page.tabs.currentWidget() is page.candidates
    chosen = window.workspace.candidate(page.candidates.current_candidate_id())
    assert chosen.full_name == "Rodrigo Almeida"


def test_activating_a_candidate_in_compare_opens_them_in_the_candidates_tab(qtbot, db, db_path):
    add_sample_data(db)
    window = open_window(qtbot, db, db_path)
    page = window.search_page
    page.tabs.setCurrentWidget(page.compare)
    some_one = window.workspace.candidates(window.current_search_id())[0].id
    page.compare.candidate_activated.emit(some_one)
    assert page.tabs.currentWidget() is page.candidates
    assert page.candidates.current_candidate_id() == some_one


def test_a_filled_search_counts_its_days_to_the_hire_in_the_header(qtbot, db, db_path):
    add_sample_data(db)
    window = open_window(qtbot, db, db_path, open_first_search=False)
    atlas = next(s for s in window.workspace.summaries() if s.search.role.value == "CSO")
    window.workspace.set_search_status(atlas.search.id, SearchStatus.FILLED)
    window.refresh(select=atlas.search.id)
    filled = next(s for s in window.workspace.summaries() if s.search.id == atlas.search.id)
    assert filled.days_open < atlas.days_open  # the clock stopped at the hire
    assert f"Day {filled.days_open} of" in window.search_page.facts.text()


def test_a_search_exported_from_the_file_menu_imports_elsewhere_and_undoes(
    qtbot, db, db_path, tmp_path, monkeypatch
):
    add_sample_data(db)
    window = open_window(qtbot, db, db_path)
    exported_id = window.current_search_id()
    people = len(window.workspace.candidates(exported_id))
    target = tmp_path / "handoff.revsearch"
    window.ask_path_to_save = lambda suggested: str(target)
    window.ask_include_confidential = lambda count: False  # asked every time: see test_privacy_ui
    window.export_search_action.trigger()
    assert target.is_file()

    other_path = tmp_path / "colleague.sqlite3"
    colleague = open_window(qtbot, open_database(other_path), other_path)
    colleague.ask_path_to_open = lambda: str(target)
    colleague.import_search_action.trigger()
    assert colleague.current_search_id() == exported_id
    assert len(colleague.workspace.candidates(exported_id)) == people

    # Again: the search is there, so the colleague chooses to keep both.
    colleague.ask_replace_or_copy = lambda title, **_: "keep_both"
    colleague.import_search_action.trigger()
    titles = [s.search.title for s in colleague.workspace.summaries()]
    assert len(titles) == 2 and any(t.endswith(" (copy)") for t in titles)
    colleague.undo_action.trigger()
    assert len(colleague.workspace.summaries()) == 1
    colleague.undo_action.trigger()
    assert colleague.workspace.summaries() == []
    colleague.close()


@pytest.mark.parametrize("included", [False, True])
def test_the_replace_question_says_when_our_confidential_data_is_kept(
    qtbot, db, db_path, tmp_path, monkeypatch, included
):
    add_sample_data(db)
    window = open_window(qtbot, db, db_path)
    target = tmp_path / "handoff.revsearch"
    window.ask_path_to_save = lambda suggested: str(target)
    window.ask_include_confidential = lambda count: included
    window.export_search_action.trigger()
    asked = []

    def answer(box):  # the question as shown; closing it answers Cancel
        asked.append(box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.ask_path_to_open = lambda: str(target)
    window.import_search_action.trigger()
    kept = "Confidential notes and pay expectations here are kept: the file does not carry them."
    assert len(asked) == 1 and (kept in asked[0]) is not included


def test_importing_a_file_that_is_not_a_search_explains_and_changes_nothing(
    qtbot, db, db_path, tmp_path, monkeypatch
):
    window = open_window(qtbot, db, db_path)
    bad = tmp_path / "notes.revsearch"
    bad.write_text("hello", encoding="utf-8")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window.ask_path_to_open = lambda: str(bad)
    window.import_search_action.trigger()
    assert warnings and "notes.revsearch" in warnings[0]
    assert window.workspace.summaries() == []


def test_file_import_candidates_previews_then_adds_them_to_the_open_search(
    qtbot, db, db_path, tmp_path, monkeypatch
):
    from desktop_app.ui.import_dialog import ImportCandidatesDialog

    window = open_window(qtbot, db, db_path)
    window.ask = fill_search_dialog(qtbot, "Chief Revenue Officer")
    window.new_action.trigger()
    sheet = tmp_path / "people.csv"
    sheet.write_text(
        "First Name,Last Name,Company\nZoë,Müller,Acmé\nJon,Smith,Globex\n,,Nobody Inc\n",
        encoding="utf-8",
    )
    window.ask_spreadsheet = lambda: (str(sheet), "")

    def click_add(dialog: ImportCandidatesDialog) -> int:
        assert window.workspace.candidates(window.current_search_id()) == []  # not yet
        qtbot.mouseClick(dialog._add, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ImportCandidatesDialog, "exec", click_add)
    window.import_candidates_action.trigger()
    names = sorted(c.full_name for c in window.workspace.candidates(window.current_search_id()))
    assert names == ["Jon Smith", "Zoë Müller"]
    assert window.search_page.tabs.currentWidget() is window.search_page.candidates
    window.undo_action.trigger()
    assert window.workspace.candidates(window.current_search_id()) == []
