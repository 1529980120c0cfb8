"""The main window: the searches in the sidebar, the selected search on the right, the menus.

Every edit goes through the Workspace, so it is saved at once and can be undone; the window
re-reads the sidebar whenever the workspace says something changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop_app import __version__
from desktop_app.domain.search import SearchStatus
from desktop_app.labels.language import ENGLISH, PORTUGUESE, current_language, save_language
from desktop_app.labels.searches import status_label
from desktop_app.labels.text import fill, format_moment
from desktop_app.ui.backup_commands import BackupCommands
from desktop_app.ui.colours import WARNING_RED
from desktop_app.ui.dashboard import Dashboard
from desktop_app.ui.privacy_commands import PrivacyCommands
from desktop_app.ui.recent_files import recent_files, settings_key
from desktop_app.ui.report_commands import ReportCommands
from desktop_app.ui.search_commands import SearchCommands
from desktop_app.ui.sidebar import SearchSidebar
from desktop_app.ui.welcome_page import WelcomePage
from desktop_app.ui.workspace import Workspace

if TYPE_CHECKING:
    from desktop_app.ui.find_dialog import FindDialog
    from desktop_app.ui.search_page import SearchPage


class MainWindow(SearchCommands, ReportCommands, PrivacyCommands, BackupCommands, QMainWindow):
    open_requested = Signal(Path)  # the app opens another database in a new window
    # After a restore: the app opens the same file afresh, then shows the message.
    reopen_requested = Signal(Path, str)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.settings = QSettings()
        self._splitters_restored = False
        self.setWindowTitle(fill(self.tr("RevSearch — %1"), workspace.path.name))
        self.resize(1280, 800)

        self.sidebar = SearchSidebar()
        self.welcome = WelcomePage()
        self._search_page: SearchPage | None = None  # built when a search is first shown
        self.dashboard = Dashboard(workspace)
        self.nothing_selected = QLabel(self.tr("Select a search on the left, or create one."))
        self.nothing_selected.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        for page in (self.welcome, self.dashboard, self.nothing_selected):
            self.pages.addWidget(page)
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 1020])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.show_read_only_state()
        self.watch_for_outside_changes()

        self.sidebar.search_selected.connect(self._show_search)
        self.sidebar.new_search_requested.connect(self.new_search)
        self.sidebar.dashboard_requested.connect(self.show_dashboard)
        self.dashboard.export_requested.connect(lambda: self.export_report(portfolio=True))
        self.dashboard.search_activated.connect(lambda search_id: self.refresh(select=search_id))
        self.sidebar.show_archived_changed.connect(lambda _on: self.refresh())
        self.welcome.create_requested.connect(self.new_search)
        self.welcome.sample_requested.connect(self.add_sample_searches)
        workspace.changed.connect(self._on_changed)
        workspace.saved.connect(self._show_saved)

        self._restore_settings()
        last = self._last_search()
        if last:
            self.refresh(select=last)
        else:
            self.show_dashboard()  # the home view
        # Overdue steps and days in stage change at midnight, not only when someone edits.
        self._today = dt.date.today()
        self._day_timer = QTimer(self)
        self._day_timer.timeout.connect(self._check_new_day)
        self._day_timer.start(60_000)

    # --- building ------------------------------------------------------------------------------

    @property
    def search_page(self) -> SearchPage:
        """The page of one search with its tabs. Built the first time a search is shown: a
        start on the dashboard does without its widgets (a good part of starting up)."""
        if self._search_page is None:
            # Imported here too: its tabs' modules are a good part of the start-up's imports.
            from desktop_app.ui.search_page import SearchPage

            page = SearchPage(self.workspace)
            page.export_requested.connect(self.export_report)
            self.pages.addWidget(page)
            if self._splitters_restored:
                self._restore_splitters(page)
            self._search_page = page
        return self._search_page

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New search..."), self.new_search, std.New)
        self.open_action = self._action(
            self.tr("&Open database..."), self.choose_database, std.Open
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, std.Quit)
        self.export_report_action = self._action(
            self.tr("Export &report..."), self.export_report, "Ctrl+Shift+E"
        )
        self.export_search_action = self._action(self.tr("&Export search..."), self.export_search)
        self.import_search_action = self._action(self.tr("&Import search..."), self.import_search)
        self.import_candidates_action = self._action(
            self.tr("Import &candidates..."), self.import_candidates
        )
        self.back_up_action = self._action(self.tr("&Back up now"), self.back_up_now)
        self.restore_action = self._action(
            self.tr("Res&tore from backup..."), self.restore_from_backup
        )
        self.undo_action = self.workspace.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(std.Undo)])
        self.redo_action = self.workspace.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence(std.Redo), QKeySequence("Ctrl+Shift+Z")])
        # Through the workspace instead of the stack's own slots, so an undo the file cannot
        # take (a full disk) is explained and leaves the history where it was.
        self.undo_action.triggered.disconnect()
        self.redo_action.triggered.disconnect()
        self.undo_action.triggered.connect(lambda _checked=False: self.undo_edit())
        self.redo_action.triggered.connect(lambda _checked=False: self.redo_edit())
        self.edit_search_action = self._action(
            self.tr("&Edit search..."), self.edit_search, "Ctrl+E"
        )
        self.archive_action = self._action(self.tr("&Archived"), self.toggle_archived)
        self.archive_action.setCheckable(True)
        self.delete_action = self._action(self.tr("&Delete search..."), self.delete_search)
        self.retention_action = self._action(self.tr("&Retention..."), self.show_retention)
        self.status_group = QActionGroup(self)
        self.status_actions: dict[SearchStatus, QAction] = {}
        for status in SearchStatus:
            action = QAction(status_label(status), self.status_group)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
            self.status_actions[status] = action
        self.about_action = self._action(self.tr("&About RevSearch"), self.about)
        self.find_action = self._action(
            self.tr("&Find candidate..."), self.find_candidate, QKeySequence.StandardKey.Find
        )
        self.dashboard_action = self._action(
            self.tr("&All searches"), self.show_dashboard, "Ctrl+0"
        )
        self.sidebar_action = self._action(self.tr("Search &list"), self._toggle_sidebar, "F9")
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(True)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.export_report_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_search_action)
        file_menu.addAction(self.import_search_action)
        file_menu.addAction(self.import_candidates_action)
        file_menu.addSeparator()
        file_menu.addAction(self.back_up_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.dashboard_action)
        view_menu.addAction(self.sidebar_action)
        view_menu.addSeparator()
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        # Each language in its own words: someone who cannot read the current one finds theirs.
        names = {ENGLISH: "English", PORTUGUESE: "Português (Brasil)"}
        current = current_language()
        self.language_actions: dict[str, QAction] = {}
        for language, name in names.items():
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.setChecked(language == current)
            action.triggered.connect(lambda _on=False, lang=language: self.choose_language(lang))
            self.language_menu.addAction(action)
            self.language_actions[language] = action
        self.search_menu = self.menuBar().addMenu(self.tr("&Search"))
        self.search_menu.addAction(self.edit_search_action)
        status_menu = self.search_menu.addMenu(self.tr("S&tatus"))
        status_menu.addActions(self.status_group.actions())
        self.search_menu.addAction(self.archive_action)
        self.search_menu.addSeparator()
        self.search_menu.addAction(self.delete_action)
        self.search_menu.addSeparator()
        self.search_menu.addAction(self.retention_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.location = QLabel(fill(self.tr("Data: %1"), self.workspace.path))
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.location)
        if self.workspace.read_only:
            read_only = QLabel(self.tr("Read-only: changes cannot be saved"))
            read_only.setStyleSheet(f"color: {WARNING_RED}; font-weight: bold;")
            self.statusBar().addPermanentWidget(read_only)
        self._show_saved(self._file_saved_at())

    # --- showing ------------------------------------------------------------------------------

    def _visible_summaries(self) -> list:
        show_archived = self.sidebar.archived_toggle.isChecked()
        return [s for s in self.workspace.summaries() if show_archived or not s.search.archived]

    def refresh(self, select: str | None = None) -> None:
        """Re-reads the list of searches and shows the right page."""
        if select is None and self.pages.currentWidget() is self.dashboard:
            self.show_dashboard()  # stay home: the dashboard re-reads itself
            return
        summaries = self.workspace.summaries()
        show_archived = self.sidebar.archived_toggle.isChecked()
        visible = [s for s in summaries if show_archived or not s.search.archived]
        keep = select or self.sidebar.current_search_id()
        if keep and keep not in {s.search.id for s in visible}:
            keep = None
        if keep is None and visible:
            keep = visible[0].search.id
        self.sidebar.set_summaries(visible, keep)
        if not summaries:
            self.pages.setCurrentWidget(self.welcome)
        self._show_search(keep or "")

    def show_dashboard(self) -> None:
        """All searches at a glance, what needs attention first."""
        visible = self._visible_summaries()
        self.sidebar.set_summaries(visible, None)
        if not self.workspace.summaries():
            self.pages.setCurrentWidget(self.welcome)
            return
        self.sidebar.show_dashboard_selected()
        if self._search_page is not None:
            self._search_page.set_search(None)
        self.pages.setCurrentWidget(self.dashboard)
        self.dashboard.refresh_when_visible(self.dashboard.refresh)
        self._update_search_actions(None)

    def find_candidate(self) -> None:
        from desktop_app.ui.find_dialog import FindDialog  # on first use: see search_page

        dialog = FindDialog(self.workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.candidate_chosen.connect(self.go_to_candidate)
        self.show_find(dialog)

    def show_find(self, dialog: FindDialog) -> None:
        """Opens the Find dialog; tests replace this to type into it."""
        dialog.open()

    def go_to_candidate(self, search_id: str, candidate_id: str) -> None:
        """Opens a candidate in any search, archived ones included."""
        if self.workspace.search(search_id).archived:
            self.sidebar.archived_toggle.setChecked(True)
        self.refresh(select=search_id)
        self.search_page.show_candidate(candidate_id)

    def _show_search(self, search_id: str) -> None:
        if not search_id:
            if self.workspace.summaries():
                self.pages.setCurrentWidget(self.nothing_selected)
            if self._search_page is not None:
                self._search_page.set_search(None)
            self._update_search_actions(None)
            return
        if self.search_page.search_id() != search_id:
            self.search_page.set_search(search_id)
        self.pages.setCurrentWidget(self.search_page)
        self._update_search_actions(search_id)

    def _update_search_actions(self, search_id: str | None) -> None:
        editable = search_id is not None and not self.workspace.read_only
        self.export_search_action.setEnabled(search_id is not None)
        self.import_search_action.setEnabled(not self.workspace.read_only)
        self.import_candidates_action.setEnabled(editable)
        for action in (self.edit_search_action, self.archive_action, self.delete_action):
            action.setEnabled(editable)
        for action in self.status_actions.values():
            action.setEnabled(editable)
        self.new_action.setEnabled(not self.workspace.read_only)
        if search_id is None:
            return
        search = self.workspace.search(search_id)
        self.status_actions[search.status].setChecked(True)
        self.archive_action.setChecked(search.archived)

    def _check_new_day(self) -> None:
        if dt.date.today() != self._today:
            self._today = dt.date.today()
            self.refresh()
            if self._search_page is not None:
                self._search_page.set_search(self._search_page.search_id())
            self.dashboard.refresh_when_visible(self.dashboard.refresh)

    def _on_changed(self, search_id: str) -> None:
        if self.workspace.reloading:
            return  # another process's edits: one refresh follows, keeping what is shown
        # Show the search that changed, so an undo or redo is never invisible.
        self.refresh(select=search_id or None)

    def _say(self, message: str) -> None:
        self.statusBar().showMessage(message, 5000)

    def _show_saved(self, when: dt.datetime | None) -> None:
        if when is None:
            self.saved_label.setText("")
            return
        if when.date() == dt.date.today():
            shown = QLocale().toString(when.time(), QLocale.FormatType.ShortFormat)
        else:
            shown = format_moment(when)
        self.saved_label.setText(fill(self.tr("Saved %1"), shown))

    def _file_saved_at(self) -> dt.datetime | None:
        times = [
            p.stat().st_mtime
            for p in (self.workspace.path, Path(f"{self.workspace.path}-wal"))
            if p.exists()
        ]
        return dt.datetime.fromtimestamp(max(times)) if times else None

    # --- commands -----------------------------------------------------------------------------

    def current_search_id(self) -> str | None:
        page = self._search_page
        return page.search_id() if page is not None and self.pages.currentWidget() is page else None

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a RevSearch database"),
            str(self.workspace.path.parent),
            self.tr("RevSearch databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_requested.emit(Path(path))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for name in recent_files(self.settings):
            path = Path(name)
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_requested.emit(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent databases")).setEnabled(False)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About RevSearch"),
            fill(
                self.tr(
                    "<b>RevSearch %1</b><p>Run CRO and CSO executive searches offline.</p>"
                    "<p>Your data: %2</p>"
                ),
                __version__,
                self.workspace.path,
            ),
        )

    def choose_language(self, language: str) -> None:
        """View > Language: saved for the next start (the window keeps its words until then)."""
        save_language(self.settings, language)
        if language == current_language():
            return
        QMessageBox.information(
            self,
            self.tr("Language"),
            # Said in the language chosen as well: whoever chose it may not read this one.
            {
                ENGLISH: "RevSearch will be in English the next time it starts.",
                PORTUGUESE: "O RevSearch estará em português na próxima vez que for aberto.",
            }[language],
        )

    def _toggle_sidebar(self) -> None:
        # Hiding the list gives a candidate's scorecard the whole width on a small screen.
        self.sidebar.setVisible(self.sidebar_action.isChecked())

    # --- settings -----------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Splitters are restored once the window has its real size; before that Qt squeezes
        # the saved sizes into the default width.
        if not self._splitters_restored:
            self._splitters_restored = True
            self._restore_splitters(self)

    def _restore_splitters(self, within: QWidget) -> None:
        for splitter in within.findChildren(QSplitter):
            state = self.settings.value(f"splitters/{splitter.objectName()}")
            if state is not None and splitter.objectName():
                splitter.restoreState(state)

    def _last_search(self) -> str | None:
        value = self.settings.value(f"lastSearch/{settings_key(self.workspace.path)}")
        return str(value) if value else None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName():
                self.settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        # The open search, or "" for the dashboard, comes back at the next start.
        last = self.current_search_id() or ""
        self.settings.setValue(f"lastSearch/{settings_key(self.workspace.path)}", last)
        self.settings.sync()
        # Evidence being typed saves when its field loses focus; closing must not lose it.
        if self._search_page is not None:
            self._search_page.save_pending()
        self.stop_export()
        super().closeEvent(event)
        self.workspace.close()
