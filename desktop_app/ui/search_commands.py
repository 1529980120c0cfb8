"""What the Search and File menus do to searches: create, edit, set the status, archive,
delete, add the samples. Mixed into the main window, which provides the workspace, the status
bar and `refresh`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QMessageBox

from desktop_app.domain.search import SearchStatus
from desktop_app.labels.store_messages import handoff_text, import_file_text
from desktop_app.labels.text import fill
from desktop_app.store import candidate_import, handoff
from desktop_app.ui.edits import run_edit
from desktop_app.ui.workspace import Workspace

if TYPE_CHECKING:
    from desktop_app.ui.search_dialog import SearchDialog


class SearchCommands:
    workspace: Workspace  # provided by the main window

    def edit(self, action: Callable[[], object]) -> bool:
        """Runs an edit; a refused or failed one is explained and changes nothing."""
        return run_edit(self, self.tr("Not saved"), action)

    def new_search(self) -> None:
        from desktop_app.ui.search_dialog import SearchDialog  # on first use: start-up is quicker

        dialog = SearchDialog(self)
        if not self.ask(dialog):
            return
        created: list[str] = []
        answers = dialog.diagnostic_answers()
        stack = self.workspace.undo_stack
        # The search and the diagnostic answered while creating it are one step to undo.
        stack.beginMacro(fill(self.tr("New search “%1”"), dialog.details().title))
        try:
            saved = self.edit(
                lambda: created.append(self.workspace.create_search(dialog.details()))
            )
            if saved and answers:
                self.edit(lambda: self.workspace.save_diagnostic_answers(created[0], answers))
        finally:
            stack.endMacro()
        if saved:
            self.refresh(select=created[0])
            self.statusBar().showMessage(self.tr("Search created with its checklist."), 5000)

    def edit_search(self) -> None:
        search_id = self.current_search_id()
        if search_id is None:
            return
        from desktop_app.ui.search_dialog import SearchDialog

        dialog = SearchDialog(self, self.workspace.search(search_id).details())
        if self.ask(dialog):
            self.edit(lambda: self.workspace.update_search(search_id, dialog.details()))

    def ask(self, dialog: SearchDialog) -> bool:
        """Shows a dialog modally; tests replace this to fill it in."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def set_status(self, status: SearchStatus) -> None:
        search_id = self.current_search_id()
        if search_id is None:
            return
        if self.workspace.search(search_id).status is not status:
            self.edit(lambda: self.workspace.set_search_status(search_id, status))
        # After a refused change the menu must show the status the file still holds.
        self._update_search_actions(search_id)

    def toggle_archived(self) -> None:
        search_id = self.current_search_id()
        if search_id is None:
            return
        archived = not self.workspace.search(search_id).archived
        saved = self.edit(lambda: self.workspace.set_archived(search_id, archived))
        self._update_search_actions(self.current_search_id())
        if saved and archived:
            self.statusBar().showMessage(
                self.tr("Search archived. Tick “Show archived searches” to see it."), 6000
            )

    def delete_search(self) -> None:
        search_id = self.current_search_id()
        if search_id is None:
            return
        title = self.workspace.search(search_id).title
        answer = QMessageBox.question(
            self,
            self.tr("Delete search"),
            fill(
                self.tr(
                    "Delete “%1” with its checklist, candidates, notes and scores?\n\n"
                    "You can undo this with Edit > Undo."
                ),
                title,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.edit(lambda: self.workspace.delete_search(search_id))

    def add_sample_searches(self) -> None:
        added: list[str] = []
        title = self.tr("Could not add the sample searches")
        if run_edit(self, title, lambda: added.extend(self.workspace.add_sample_searches())):
            self.statusBar().showMessage(
                self.tr("Added %n sample search(es).", "", len(added)), 5000
            )

    def export_search(self) -> None:
        """File > Export search: the open search, with everything in it, for a colleague."""
        search_id = self.current_search_id()
        if search_id is None:
            return
        search = self.workspace.search(search_id)
        # Confidential notes leave the app only when asked for, each time, as in reports.
        include = False
        count = self.workspace.confidential_count(search_id)
        if count:
            choice = self.ask_include_confidential(count)
            if choice is None:
                return
            include = choice
        suggested = self.workspace.path.parent / f"{_file_name(search.title)}.revsearch"
        path = self.ask_path_to_save(str(suggested))
        if path:
            title = self.tr("Could not export the search")
            try:
                written = run_edit(
                    self,
                    title,
                    lambda: self.workspace.export_search(
                        search_id, Path(path), include_confidential=include
                    ),
                )
            except handoff.HandoffError as exc:  # no such folder, a folder's name
                QMessageBox.warning(self, title, handoff_text(exc))
                return
            if written:
                self.statusBar().showMessage(fill(self.tr("Exported to %1"), path), 6000)

    def ask_include_confidential(self, count: int) -> bool | None:
        """Whether the hand-off file takes the search's confidential notes and pay
        expectations: True, False, or None to cancel. Unticked every time; tests replace this."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Export search"),
            self.tr("This search holds %n confidential note(s) or pay expectation(s).", "", count),
            parent=self,
        )
        box.setInformativeText(
            self.tr(
                "They stay out of the file unless you tick the box. Your colleague gets "
                "everything else: candidates, other notes, scores and the checklist."
            )
        )
        tick = QCheckBox(self.tr("&Include confidential notes and pay expectations"))
        box.setCheckBox(tick)
        go_on = box.addButton(self.tr("Continue"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(go_on)
        box.exec()
        return tick.isChecked() if box.clickedButton() is go_on else None

    def import_search(self) -> None:
        """File > Import search: a .revsearch file from a colleague becomes a search here."""
        path = self.ask_path_to_open()
        if not path:
            return
        try:
            document = handoff.read_search_file(path)
        except handoff.HandoffError as exc:
            QMessageBox.warning(self, self.tr("Cannot import this file"), handoff_text(exc))
            return
        imported: list[str] = []
        title = self.tr("Could not import the search")

        def attempt(on_existing: str) -> None:
            # run_edit explains a database failure; the file's own problems come back here.
            run_edit(
                self,
                title,
                lambda: imported.append(self.workspace.import_search(document, on_existing)),
            )

        try:
            try:
                attempt("ask")
            except handoff.AlreadyThere as there:
                choice = self.ask_replace_or_copy(
                    there.title, keeps_confidential=not handoff.carries_confidential(document)
                )
                if choice is None:
                    return
                attempt(choice)
        except handoff.HandoffError as exc:
            QMessageBox.warning(self, title, handoff_text(exc))
            return
        if imported:
            self.refresh(select=imported[0])
            self.statusBar().showMessage(self.tr("Search imported."), 5000)

    def import_candidates(self) -> None:
        """File > Import candidates: a spreadsheet of people into the open search, previewed
        first; nothing is written until the person confirms."""
        from desktop_app.ui.import_dialog import ImportCandidatesDialog

        search_id = self.current_search_id()
        if search_id is None:
            return
        path, _ = self.ask_spreadsheet()
        if not path:
            return
        try:
            table = candidate_import.read_table(Path(path))
        except candidate_import.ImportFileError as exc:
            QMessageBox.warning(self, self.tr("Cannot import this file"), import_file_text(exc))
            return
        dialog = ImportCandidatesDialog(self.workspace, search_id, table, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.search_page.tabs.setCurrentWidget(self.search_page.candidates)
            self.statusBar().showMessage(
                self.tr("Added %n candidate(s).", "", dialog.added_count()), 6000
            )

    def ask_spreadsheet(self) -> tuple[str, str]:
        """Which spreadsheet to import; tests replace this."""
        return QFileDialog.getOpenFileName(
            self,
            self.tr("Import candidates"),
            str(Path.home()),
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )

    def ask_path_to_save(self, suggested: str) -> str:
        """Where to export; tests replace this."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export search"), suggested, self.tr("RevSearch search (*.revsearch)")
        )
        return path

    def ask_path_to_open(self) -> str:
        """Which file to import; tests replace this."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import search"),
            str(self.workspace.path.parent),
            self.tr("RevSearch search (*.revsearch);;All files (*)"),
        )
        return path

    def ask_replace_or_copy(
        self, existing_title: str, *, keeps_confidential: bool = False
    ) -> str | None:
        """The search is already here: "replace", "keep_both" or None to cancel.
        `keeps_confidential`: the file left confidential data out, so replacing keeps ours."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("This search is already here"),
            fill(self.tr("“%1” is already in this database."), existing_title),
            parent=self,
        )
        question = self.tr("Replace it with the file's version, or keep both as separate searches?")
        if keeps_confidential:
            question += "\n\n" + self.tr(
                "Confidential notes and pay expectations here are kept: the file does not "
                "carry them."
            )
        box.setInformativeText(question)
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "replace" if clicked is replace else "keep_both" if clicked is keep else None


def _file_name(title: str) -> str:
    # Letters, digits and dashes travel safely between operating systems.
    return "-".join("".join(ch if ch.isalnum() else " " for ch in title).split()) or "search"
