"""Find (Ctrl+F): type a name, a company or words from the notes, pick a candidate from any
search, and the window jumps there.

The field keeps the focus the whole time: Up and Down move through the results, Enter opens the
one selected, Escape closes. Results follow the typing after a short pause, so a fast typist
does not run a query per key.

At most LIMIT results are shown; when more candidates match (a common word, a first letter),
the footer says so and asks for more words, rather than the list passing for everyone.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.charts.palette import mix
from desktop_app.labels.text import fill
from desktop_app.store.find import FindHit
from desktop_app.ui.workspace import Workspace

# Long enough to skip the keys of a word typed in one go, short enough to feel immediate.
DEBOUNCE_MS = 150
LIMIT = 50
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
# Keys the field hands to the list, so the focus never has to leave the typing.
_LIST_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
_ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
# Matches in these places are not visible in the row itself, so their text is quoted.
_QUOTED_PLACES = {"location", "email", "notes"}


class FindDialog(QDialog):
    """Finds candidates across every search; emits `candidate_chosen(search_id, candidate_id)`
    and closes when one is picked."""

    candidate_chosen = Signal(str, str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.setWindowTitle(self.tr("Find a candidate"))
        self.resize(620, 520)

        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Name, company, e-mail or words from the notes"))
        self.field.setAccessibleName(self.tr("Find a candidate"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)

        self.results = QListWidget()
        self.results.setObjectName("findResults")
        self.results.setAccessibleName(self.tr("Matching candidates"))
        self.results.setItemDelegate(_HitDelegate(self.results, self.row_html))
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the keyboard
        self.results.itemActivated.connect(self._choose)

        self.message = QLabel()
        self.message.setObjectName("findMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(self.results)

        self.footer = QLabel()
        self.footer.setObjectName("findFooter")
        self.footer.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.footer)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.field.textChanged.connect(self._timer.start)
        self.refresh()

    def hits(self) -> list[FindHit]:
        """The results shown, in order."""
        return [self.results.item(i).data(HIT_ROLE) for i in range(self.results.count())]

    def refresh(self) -> None:
        """Runs the search for the text in the field now."""
        self._timer.stop()
        text = self.field.text()
        # One more than is shown: whether it comes back says if more candidates match.
        hits = self._workspace.find(text, limit=LIMIT + 1)
        more = len(hits) > LIMIT
        hits = hits[:LIMIT]
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(self._plain(hit))
            item.setData(HIT_ROLE, hit)
            # The delegate paints the rich version; the plain text is what a screen reader says.
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._plain(hit))
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
            self.pages.setCurrentWidget(self.results)
        else:
            self.pages.setCurrentWidget(self.message)
            self.message.setText(
                fill(
                    self.tr(
                        "No candidate matches “%1”.\n"
                        "Try fewer letters, a company, or a word from the notes."
                    ),
                    text.strip(),
                )
                if text.strip()
                else self.tr("Type a name, a company or words from the notes.")
            )
        self.footer.setText(self._footer_text(more))
        self.footer.setEnabled(more)  # the keys hint is greyed; that the list is cut is not

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _LIST_KEYS:
                QApplication.sendEvent(self.results, event)
                return True
            if event.key() in _ENTER_KEYS:
                # Consumed here, so the dialog never treats Enter as "accept" without a choice.
                if self._timer.isActive():
                    self.refresh()  # Enter straight after typing picks from the fresh results
                self._choose(self.results.currentItem())
                return True
        return super().eventFilter(watched, event)

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        hit: FindHit = item.data(HIT_ROLE)
        self.candidate_chosen.emit(hit.search_id, hit.candidate_id)
        self.accept()

    def _footer_text(self, more: bool) -> str:
        if more:
            return fill(
                self.tr("Showing the first %1; more candidates match. Type more to narrow them."),
                LIMIT,
            )
        return self.tr("↑ ↓ to move, Enter to open, Esc to close")

    # --- the words of a row ---------------------------------------------------------------------

    def _place(self, place: str) -> str:
        return {
            "name": self.tr("name"),
            "title": self.tr("title"),
            "company": self.tr("company"),
            "location": self.tr("location"),
            "email": self.tr("e-mail"),
            "notes": self.tr("notes"),
        }[place]

    def _position(self, hit: FindHit) -> str:
        if hit.current_title and hit.current_company:
            return fill(self.tr("%1 at %2"), hit.current_title, hit.current_company)
        return hit.current_title or hit.current_company

    def _lines(self, hit: FindHit) -> tuple[str, str, str]:
        """Where the person is, why they matched, and where else they appear ("" if nowhere)."""
        where = fill(self.tr("In the search “%1”"), hit.search_title)
        if hit.snippet_in in _QUOTED_PLACES:
            why = fill(self.tr("Found in %1: “%2”"), self._place(hit.snippet_in), hit.snippet)
        else:
            why = fill(self.tr("Found in %1"), ", ".join(self._place(p) for p in hit.matched_in))
        also = ""
        if hit.also_in:
            titles = ", ".join(fill(self.tr("“%1”"), title) for title in hit.also_in)
            also = fill(self.tr("Also in: %1"), titles)
        return where, why, also

    def _plain(self, hit: FindHit) -> str:
        parts = [hit.full_name, self._position(hit), *self._lines(hit)]
        return ". ".join(part for part in parts if part)

    def row_html(self, hit: FindHit, secondary: str) -> str:
        """The row as rich text; `secondary` is the colour of the less important lines."""
        e = html.escape
        where, why, also = self._lines(hit)
        position = self._position(hit)
        head = f"<b>{e(hit.full_name)}</b>"
        if position:
            head += f" &nbsp;<span style='color:{secondary}'>{e(position)}</span>"
        lines = [head, e(where), f"<span style='color:{secondary}'>{e(why)}</span>"]
        if also:
            lines.append(f"<b>{e(also)}</b>")
        return "<br>".join(lines)


class _HitDelegate(QStyledItemDelegate):
    """Paints a result as a few lines of rich text over the style's own row background."""

    PADDING = 6

    def __init__(self, view: QListWidget, render: Callable[[FindHit, str], str]) -> None:
        super().__init__(view)
        self._view = view
        self._render = render

    def _document(
        self, index: QModelIndex | QPersistentModelIndex, width: int, selected: bool
    ) -> QTextDocument:
        palette = self._view.palette()
        # Secondary lines: the text colour faded towards the background, which reads as grey on
        # light and dark themes alike and stays legible on the selection colour.
        if selected:
            secondary = mix(
                palette.color(QPalette.ColorRole.Highlight),
                palette.color(QPalette.ColorRole.HighlightedText),
                0.85,
            ).name()
        else:
            secondary = mix(
                palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.6
            ).name()
        document = QTextDocument()
        document.setDefaultFont(self._view.font())
        document.setDocumentMargin(self.PADDING)
        document.setHtml(self._render(index.data(HIT_ROLE), secondary))
        document.setTextWidth(max(width, 100))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        view_option.text = ""  # the style draws background and focus; the document the text
        style = view_option.widget.style() if view_option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter)
        selected = bool(view_option.state & QStyle.StateFlag.State_Selected)
        document = self._document(index, view_option.rect.width(), selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, view_option.palette.color(role))
        painter.save()
        painter.translate(view_option.rect.topLeft())
        painter.setClipRect(view_option.rect.translated(-view_option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._view.viewport().width()
        document = self._document(index, width, False)
        return QSize(width, int(document.size().height()))
