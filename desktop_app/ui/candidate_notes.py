"""The Notes page of the candidate panel: a timeline of notes, newest first, each with its author,
local date and time, kind and a badge when confidential; add, edit and delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.note import NoteDetails
from desktop_app.labels.candidates import kind_label, local_time_text
from desktop_app.labels.text import fill
from desktop_app.store.notes import Note
from desktop_app.ui.candidate_dialogs import NoteDialog, confirm
from desktop_app.ui.colours import WARNING_RED
from desktop_app.ui.edits import run_edit
from desktop_app.ui.workspace import Workspace

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NOTE_ROLE = Qt.ItemDataRole.UserRole + 2
AUTHOR_SETTING = "notes/author"

_PAD = 10
_GAP = 4
_BADGE_COLOUR = WARNING_RED


class NoteDelegate(QStyledItemDelegate):
    """Paints a note as a card: a header line (author, time, kind, badge) over the wrapped text.
    The height follows the view's width, so long notes are never cut off."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        note: Note | None = index.data(NOTE_ROLE)
        if note is None:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.highlightedText() if selected else palette.text()
        dim_colour = text_colour if selected else palette.placeholderText()
        rect = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)

        painter.save()
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.Bold)
        x = rect.left()
        line_height = QFontMetrics(bold).height()
        header = QRect(x, rect.top(), rect.width(), line_height)
        painter.setFont(bold)
        painter.setPen(text_colour.color())
        author = note.details.author or self.tr("No author")
        painter.drawText(header, Qt.AlignmentFlag.AlignLeft, author)
        x += QFontMetrics(bold).horizontalAdvance(author) + 8

        # The badge comes right after the author so a narrow panel cuts the date, never it.
        if note.details.confidential:
            badge_text = self.tr("Confidential")
            small = QFont(option.font)
            small.setPointSizeF(small.pointSizeF() * 0.85)
            small.setWeight(QFont.Weight.DemiBold)
            width = QFontMetrics(small).horizontalAdvance(badge_text) + 12
            badge = QRect(x, header.top() + 1, width, line_height - 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(_BADGE_COLOUR))
            painter.drawRoundedRect(badge, 4, 4)
            painter.setFont(small)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)
            x += width + 8

        painter.setFont(option.font)
        painter.setPen(dim_colour.color())
        metrics = QFontMetrics(option.font)
        meta = f"{local_time_text(note.created_at)}  ·  {kind_label(note.details.kind)}"
        room = max(0, rect.right() - x)
        meta = metrics.elidedText(meta, Qt.TextElideMode.ElideRight, room)
        painter.drawText(
            QRect(x, header.top(), room, line_height), Qt.AlignmentFlag.AlignLeft, meta
        )

        painter.setFont(option.font)
        painter.setPen(text_colour.color())
        body = QRect(rect.left(), header.bottom() + _GAP, rect.width(), rect.height())
        painter.drawText(body, Qt.TextFlag.TextWordWrap, note.details.body)
        painter.setPen(palette.mid().color())
        bottom = option.rect.bottom()
        painter.drawLine(option.rect.left(), bottom, option.rect.right(), bottom)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        note: Note | None = index.data(NOTE_ROLE)
        if note is None:
            return super().sizeHint(option, index)
        widget = option.widget
        width = widget.viewport().width() if widget is not None else option.rect.width()
        inner = max(120, width - 2 * _PAD)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.Bold)
        metrics = QFontMetrics(option.font)
        body = metrics.boundingRect(
            QRect(0, 0, inner, 100_000), Qt.TextFlag.TextWordWrap, note.details.body
        )
        height = 2 * _PAD + QFontMetrics(bold).height() + _GAP + body.height() + 1
        return QSize(width, height)


class CandidateNotes(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._candidate_id: str | None = None

        self.add_button = QPushButton(self.tr("Add note…"))
        self.add_button.setObjectName("addNoteButton")
        self.add_button.setAccessibleName(self.tr("Add note"))
        self.add_button.clicked.connect(self.add_note)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editNoteButton")
        self.edit_button.setAccessibleName(self.tr("Edit the selected note"))
        self.edit_button.clicked.connect(self.edit_note)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteNoteButton")
        self.delete_button.setAccessibleName(self.tr("Delete the selected note"))
        self.delete_button.clicked.connect(self.delete_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)

        self.list = QListWidget()
        self.list.setObjectName("notesList")
        self.list.setAccessibleName(self.tr("Notes, newest first"))
        self.list.setItemDelegate(NoteDelegate(self.list))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_note())
        self.list.itemActivated.connect(lambda _item: self.edit_note())
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_note)

        self.empty_label = QLabel(
            self.tr("No notes yet. Add the first one: a call, an interview, a reference check.")
        )
        self.empty_label.setObjectName("notesEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label, 1)
        self.setTabOrder(self.add_button, self.list)
        self.setTabOrder(self.list, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)
        self._update_buttons()

    def show_notes(self, candidate_id: str, notes: Sequence[Note]) -> None:
        """Shows the notes as given (the store lists them newest first), keeping the selected
        note selected."""
        keep = self.current_note_id() if candidate_id == self._candidate_id else None
        self._candidate_id = candidate_id
        self.list.clear()
        for note in notes:
            item = QListWidgetItem(self._spoken(note))
            item.setToolTip(self._header(note))  # in full, when a narrow panel cuts it short
            item.setData(NOTE_ID_ROLE, note.id)
            item.setData(NOTE_ROLE, note)
            self.list.addItem(item)
            if note.id == keep:
                item.setSelected(True)
                self.list.setCurrentItem(item)
        self.list.setVisible(bool(notes))
        self.empty_label.setVisible(not notes)
        self._update_buttons()

    def current_note_id(self) -> str | None:
        items = self.list.selectedItems()
        return items[0].data(NOTE_ID_ROLE) if items else None

    def _current_note(self) -> Note | None:
        items = self.list.selectedItems()
        return items[0].data(NOTE_ROLE) if items else None

    def _header(self, note: Note) -> str:
        parts = [note.details.author, local_time_text(note.created_at)]
        parts.append(kind_label(note.details.kind))
        if note.details.confidential:
            parts.append(self.tr("Confidential"))
        return ", ".join(p for p in parts if p)

    def _spoken(self, note: Note) -> str:
        """The note as one line of text, for screen readers and keyboard search."""
        return self._header(note) + ": " + note.details.body

    def _update_buttons(self) -> None:
        writable = not self._workspace.read_only
        has_note = self.current_note_id() is not None
        self.add_button.setEnabled(writable and self._candidate_id is not None)
        self.edit_button.setEnabled(writable and has_note)
        self.delete_button.setEnabled(writable and has_note)

    # --- editing -----------------------------------------------------------------------------

    def add_note(self) -> None:
        if self._candidate_id is None or self._workspace.read_only:
            return
        candidate_id = self._candidate_id
        author = str(QSettings().value(AUTHOR_SETTING, "") or "")
        details = self._ask_note(
            None,
            author,
            self.tr("Could not add the note"),
            lambda typed: self._workspace.add_note(candidate_id, typed),
        )
        if details is not None:
            # Whoever writes notes on this machine is usually the same person.
            QSettings().setValue(AUTHOR_SETTING, details.author)
            self.list.setCurrentRow(0)

    def edit_note(self) -> None:
        note = self._current_note()
        if note is None or self._workspace.read_only:
            return

        def save(typed: NoteDetails) -> None:
            if typed != note.details:  # unchanged: nothing to save or undo
                self._workspace.update_note(note.id, typed)

        self._ask_note(note.details, "", self.tr("Could not save the note"), save)

    def delete_note(self) -> None:
        note = self._current_note()
        if note is None or self._workspace.read_only:
            return
        question = fill(
            self.tr("Delete this note by %1 from %2?\n\nEdit > Undo brings it back."),
            note.details.author or self.tr("no author"),
            local_time_text(note.created_at),
        )
        if confirm(self, self.tr("Delete note"), question, self.tr("Delete")):
            run_edit(
                self,
                self.tr("Could not delete the note"),
                lambda: self._workspace.delete_note(note.id),
            )

    def _ask_note(
        self,
        details: NoteDetails | None,
        author: str,
        failed_title: str,
        save: Callable[[NoteDetails], object],
    ) -> NoteDetails | None:
        """Shows the note dialog, which saves through `save` when the person presses Save and
        stays open, as typed, if that fails; returns what was saved, or None if cancelled."""
        dialog = NoteDialog(self, details, default_author=author)
        dialog.set_save(lambda typed: run_edit(dialog, failed_title, lambda: save(typed)))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.details()
        dialog.deleteLater()
        return result if accepted else None
