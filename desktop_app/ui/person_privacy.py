"""A candidate's data rights in the candidate panel: the Privacy button with "Export this
person's data..." (everything held about them, as JSON, for an access request) and "Erase this
person..." (for good, with the same person's records in other searches on request)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.labels.text import fill
from desktop_app.store.candidates import Candidate
from desktop_app.store.privacy import Match, PersonRecord, Purge
from desktop_app.ui.edits import run_edit
from desktop_app.ui.workspace import Workspace

_RECORD_ROLE = Qt.ItemDataRole.UserRole


def backups_note(database: Path) -> str:
    """What an erase cannot reach: the copies RevSearch made earlier."""
    return fill(
        QCoreApplication.translate(
            "PersonPrivacy",
            "Backups made before now (in %1) still hold the data until they are replaced by "
            "newer ones; delete them too if the request covers backups.",
        ),
        database.parent / "backups",
    )


def not_clean_note() -> str:
    return QCoreApplication.translate(
        "PersonPrivacy",
        "Another program is reading the database just now, so the old text is overwritten in "
        "the file only when it stops, or when RevSearch closes.",
    )


class ErasePersonDialog(QDialog):
    """Confirms erasing a person: what goes, that nothing brings it back, and which of the same
    person's records in other searches go too (certain matches ticked, namesakes not)."""

    def __init__(
        self, records: list[PersonRecord], database: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        chosen, *others = records
        self._chosen = chosen
        self.setWindowTitle(self.tr("Erase this person"))
        self.setMinimumWidth(620)

        heading = QLabel(fill(self.tr("Erase %1 for good?"), chosen.full_name))
        heading.setObjectName("eraseHeading")
        heading.setWordWrap(True)
        font = heading.font()
        font.setWeight(QFont.Weight.Bold)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        what = QLabel(
            fill(
                self.tr(
                    "Their details, notes (confidential ones too), scores and stage history in "
                    "“%1” are removed from this database. Mentions of them in other people's "
                    "notes, sources and reasons are removed too (their name becomes "
                    "“[erased]”), and Find no longer knows them."
                ),
                chosen.search_title,
            )
        )
        what.setWordWrap(True)
        warning = QLabel(
            self.tr(
                "<b>This cannot be undone.</b> Edit > Undo forgets everything before it, so "
                "no earlier step can bring the data back."
            )
        )
        warning.setObjectName("eraseWarning")
        warning.setWordWrap(True)
        backups = QLabel(backups_note(database))
        backups.setObjectName("eraseBackups")
        backups.setWordWrap(True)
        backups.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(what)
        layout.addWidget(warning)
        layout.addWidget(backups)

        self.others = QListWidget()
        self.others.setObjectName("otherRecords")
        self.others.setAccessibleName(self.tr("The same person in other searches"))
        # Long entries end in "…" rather than scroll sideways; the tooltip has them whole.
        self.others.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.others.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        for record in others:
            item = QListWidgetItem(_record_text(record))
            item.setToolTip(item.text())
            item.setData(_RECORD_ROLE, record.candidate_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if record.certain else Qt.CheckState.Unchecked)
            self.others.addItem(item)
        if others:
            intro = QLabel(self.tr("The same person in other searches; tick those to erase too:"))
            intro.setWordWrap(True)
            intro.setBuddy(self.others)
            layout.addWidget(intro)
            # Every entry visible up to five; more scroll.
            row_height = max(self.others.sizeHintForRow(0), self.fontMetrics().height() + 6)
            frame = 2 * self.others.frameWidth()
            self.others.setFixedHeight(min(len(others), 5) * row_height + frame + 4)
            layout.addWidget(self.others)
        else:
            self.others.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Enter must not erase: Cancel is the default.
        self.erase_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        layout.addStretch(1)  # spare height goes above the buttons, not between paragraphs
        layout.addWidget(self.buttons)

    def chosen_ids(self) -> list[str]:
        """The chosen record and the other records ticked."""
        ticked = [
            self.others.item(row).data(_RECORD_ROLE)
            for row in range(self.others.count())
            if self.others.item(row).checkState() == Qt.CheckState.Checked
        ]
        return [self._chosen.candidate_id, *ticked]


def _record_text(record: PersonRecord) -> str:
    translate = QCoreApplication.translate
    why = {
        Match.EMAIL: translate("PersonPrivacy", "same e-mail"),
        Match.LINKEDIN: translate("PersonPrivacy", "same LinkedIn profile"),
        Match.NAME: translate("PersonPrivacy", "same name only: perhaps someone else"),
        Match.LINKEDIN_PAGE: translate(
            "PersonPrivacy",
            "same LinkedIn address, not a personal profile: perhaps someone else",
        ),
    }[record.matched_by]
    search = (
        fill(translate("PersonPrivacy", "%1 · %2"), record.search_title, record.search_company)
        if record.search_company
        else record.search_title
    )
    return fill(translate("PersonPrivacy", "%1 — %2 (%3)"), record.full_name, search, why)


class PersonPrivacyButton(QToolButton):
    """ "Privacy ▾" beside a candidate's actions; it acts on the candidate shown."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._candidate: Candidate | None = None
        self.setObjectName("privacyButton")
        self.setText(self.tr("Privacy") + "  ▾")
        self.setAccessibleName(self.tr("Privacy: export or erase this person's data"))
        self.setToolTip(self.tr("Export this person's data, or erase them"))
        # As with Move to: the style's arrow overlaps the text in some themes.
        self.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.export_action = menu.addAction(self.tr("&Export this person's data…"))
        self.export_action.setObjectName("exportPersonAction")
        self.export_action.setToolTip(
            self.tr("Everything held about them as one JSON file, for an access request")
        )
        self.export_action.triggered.connect(lambda _checked=False: self.export_data())
        self.erase_action = menu.addAction(self.tr("E&rase this person…"))
        self.erase_action.setObjectName("erasePersonAction")
        self.erase_action.triggered.connect(lambda _checked=False: self.erase())
        menu.setToolTipsVisible(True)
        self.setMenu(menu)

    def set_candidate(self, candidate: Candidate | None) -> None:
        self._candidate = candidate
        self.setEnabled(candidate is not None)
        self.erase_action.setEnabled(candidate is not None and not self._workspace.read_only)

    def export_data(self) -> None:
        if self._candidate is None:
            return
        candidate_id = self._candidate.id
        suggested = Path.home() / f"{_file_name(self._candidate.full_name)}-data.json"
        path = self.ask_export_path(str(suggested))
        if not path:
            return
        written: list[int] = []
        if run_edit(
            self,
            self.tr("Could not export the data"),
            lambda: written.append(self._workspace.export_person(candidate_id, Path(path))),
        ):
            self._say(
                fill(self.tr("Wrote %n record(s) of this person to %1", "", written[0]), path)
            )

    def erase(self) -> None:
        if self._candidate is None or self._workspace.read_only:
            return
        records = self._workspace.person_records(self._candidate.id)
        dialog = ErasePersonDialog(records, self._workspace.path, self)
        accepted = self.ask_erase(dialog)
        ids = dialog.chosen_ids()
        dialog.deleteLater()
        if not accepted:
            return
        done: list[Purge] = []
        if run_edit(
            self,
            self.tr("Could not erase the person"),
            lambda: done.append(self._workspace.erase_candidates(ids)),
        ):
            self._say(self.tr("Erased %n record(s). Undo history cleared.", "", done[0].records))
            if not done[0].file_clean:
                QMessageBox.information(self, self.tr("Erase this person"), not_clean_note())

    # --- what tests replace -------------------------------------------------------------------

    def ask_export_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export this person's data"), suggested, self.tr("JSON files (*.json)")
        )
        return path

    def ask_erase(self, dialog: ErasePersonDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _say(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)


def _file_name(name: str) -> str:
    # Letters, digits and dashes travel safely between operating systems.
    return "-".join("".join(ch if ch.isalnum() else " " for ch in name).split()) or "person"
