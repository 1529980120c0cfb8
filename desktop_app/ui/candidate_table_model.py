"""A table model of a search's candidates: who they are, where they stand and how they fit.

A dumb model: it shows the rows it is given (`set_rows`, or one at a time with `put_row`) and
knows nothing of SQL. Each column also answers SORT_ROLE with a value that sorts the way a
person expects (numbers as numbers, stages in pipeline order).

The model sorts itself (`sort`), in Python with one key per row: a sorting proxy asks for two
cells per comparison, some twenty thousand calls into Python for a thousand candidates. An
edit to one candidate moves only their row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.domain.competencies import COMPETENCY_KEYS
from desktop_app.domain.pipeline import STAGES, Stage
from desktop_app.domain.scorecard import Band, ScoreCard
from desktop_app.labels.candidates import (
    band_label,
    exit_label,
    flag_message,
    flag_short,
    profile_label,
    profile_short,
    stage_label,
)
from desktop_app.labels.competencies import competency_title
from desktop_app.labels.text import fill, format_decimal
from desktop_app.store.candidates import Candidate
from desktop_app.store.scores import ScoreCards
from desktop_app.ui.colours import WARNING_RED

CANDIDATE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex

# Sorting puts the unscored below every score in ascending order.
_NO_VALUE = -1000
# People who left sort below everyone still in the pipeline when the furthest along come first
# (descending, the tab's default), grouped by the stage they left at.
_LEFT_OFFSET = -100

BAND_COLOURS = {
    Band.STRONG: "#1b7f3b",
    Band.GOOD: "#2f6fb0",
    Band.BORDERLINE: "#a66300",
    Band.WEAK: WARNING_RED,
}
FLAG_COLOUR = WARNING_RED


class CandidateRow:
    """A candidate and their scorecard. Given the search's cards instead of the card, it works
    the card out only when a cell needs it (see store.scores.ScoreCards)."""

    __slots__ = ("_card", "_cards", "candidate")

    def __init__(
        self, candidate: Candidate, card: ScoreCard | None = None, cards: ScoreCards | None = None
    ) -> None:
        if card is None and cards is None:
            raise ValueError("a row needs the card or the search's cards")
        self.candidate = candidate
        self._card = card
        self._cards = cards

    @property
    def card(self) -> ScoreCard:
        if self._card is None:
            assert self._cards is not None
            self._card = self._cards.card_of(self.candidate.id)
        return self._card


class CandidateTableModel(QAbstractTableModel):
    NAME, POSITION, STAGE, DAYS, FIT, TILT, FLAGS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CandidateRow] = []
        self._positions: dict[str, int] = {}  # candidate id -> row
        self._today = dt.date.today()
        self._sort_column = -1  # -1: the order the rows were given
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._headers = [
            self.tr("Name"),
            self.tr("Current position"),
            self.tr("Stage"),
            self.tr("Days"),
            self.tr("Fit"),
            self.tr("Tilt"),
            self.tr("Flags"),
        ]
        self._header_tips = [
            "",
            "",
            self.tr("Where the candidate is in the pipeline, or where they left it"),
            self.tr("Days since the candidate reached this stage (or left)"),
            self.tr("Fit score from 20 to 100 and its band; ~ marks a provisional score"),
            self.tr("Profile: strategy (S) minus execution (E)"),
            self.tr("Warnings from the scorecard"),
        ]

    def set_rows(self, rows: Sequence[CandidateRow], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._today = today or dt.date.today()
        self._rows = self._sorted(rows)
        self._index_rows()
        self.endResetModel()

    def put_row(self, candidate_id: str, row: CandidateRow | None) -> None:
        """Shows one candidate's new row where the sort order puts it; None removes them."""
        old = self._positions.get(candidate_id)
        if old is not None:
            if row is not None and self._fits_at(old, row):
                self._rows[old] = row  # same place: the cells change, nothing moves
                last = self.index(old, self.columnCount() - 1)
                self.dataChanged.emit(self.index(old, 0), last)
                return
            # Moving is removing and inserting: a proxy follows both row by row, while a
            # move makes it re-map every row.
            self.beginRemoveRows(QModelIndex(), old, old)
            del self._rows[old]
            self._index_rows()
            self.endRemoveRows()
        if row is None:
            return
        place = self._place_for(row)
        self.beginInsertRows(QModelIndex(), place, place)
        self._rows.insert(place, row)
        self._index_rows()
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = [row.candidate.id for row in self._rows]
        self._rows = self._sorted(self._rows)
        self._index_rows()
        moved_from, moved_to = [], []
        for index in self.persistentIndexList():
            if index.row() < len(before):
                new_row = self._positions[before[index.row()]]
                moved_from.append(index)
                moved_to.append(self.index(new_row, index.column()))
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def row_at(self, row: int) -> CandidateRow:
        return self._rows[row]

    def row_of(self, candidate_id: str) -> int | None:
        return self._positions.get(candidate_id)

    def candidate_ids(self) -> list[str]:
        return [row.candidate.id for row in self._rows]

    def _sorted(self, rows: Sequence[CandidateRow]) -> list[CandidateRow]:
        if self._sort_column < 0:
            return list(rows)
        # Rows with equal keys always come in name order, however the table got there (a
        # full read, a re-sort, one row moved): first by name, then a stable sort by the key.
        by_name = sorted(rows, key=_tie_order)
        return sorted(
            by_name,
            key=lambda row: self._sort_key(row, self._sort_column),
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _precedes(self, first: CandidateRow, second: CandidateRow) -> bool:
        """Whether `first` comes before `second` in the order shown."""
        a = self._sort_key(first, self._sort_column)
        b = self._sort_key(second, self._sort_column)
        if a != b:
            return (a > b) if self._sort_order == Qt.SortOrder.DescendingOrder else (a < b)
        return _tie_order(first) < _tie_order(second)

    def _fits_at(self, position: int, row: CandidateRow) -> bool:
        """Whether `row` may stay at `position` without breaking the sort order."""
        if self._sort_column < 0:
            return True
        if position > 0 and self._precedes(row, self._rows[position - 1]):
            return False
        after = position + 1
        return not (after < len(self._rows) and self._precedes(self._rows[after], row))

    def _place_for(self, row: CandidateRow) -> int:
        """Where a new row goes in the sort order."""
        if self._sort_column < 0:
            return len(self._rows)
        low, high = 0, len(self._rows)
        while low < high:  # the first row that comes after it
            middle = (low + high) // 2
            if self._precedes(row, self._rows[middle]):
                high = middle
            else:
                low = middle + 1
        return low

    def _index_rows(self) -> None:
        self._positions = {row.candidate.id: number for number, row in enumerate(self._rows)}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and section != self.DAYS:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == CANDIDATE_ID_ROLE:
            return row.candidate.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DAYS:
            # Centred, so the number never runs into the fit score beside it.
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # --- what each cell shows --------------------------------------------------------------------

    def _display(self, row: CandidateRow, column: int) -> str:
        candidate = row.candidate
        if column == self.NAME:
            return candidate.full_name
        if column == self.POSITION:
            return position_text(candidate)
        if column == self.STAGE:
            return self._stage_text(candidate)
        if column == self.DAYS:
            return str(candidate.days_in_stage(self._today))
        card = row.card
        if column == self.FIT:
            return self._fit_text(card)
        if column == self.TILT:
            if card.profile is None or card.tilt is None:
                return "—"
            return f"{profile_short(card.profile)} {format_decimal(card.tilt, 2, signed=True)}"
        if column == self.FLAGS:
            return ", ".join(self._flag_words(card))
        return ""

    def _stage_text(self, candidate: Candidate) -> str:
        if candidate.exit_state is None:
            return stage_label(candidate.stage)
        return fill(
            self.tr("%1 (at %2)"),
            exit_label(candidate.exit_state),
            stage_label(candidate.exit_stage or candidate.stage),
        )

    def _fit_text(self, card: ScoreCard) -> str:
        if card.fit_points is None or card.band is None:
            return "—"
        number = f"~{card.fit_points}" if card.provisional else str(card.fit_points)
        return f"{number} {band_label(card.band)}"

    def _flag_words(self, card: ScoreCard) -> list[str]:
        words = [flag_short(flag) for flag in card.flags]
        if card.critical_gaps:
            words.append(self.tr("Critical gap"))
        if card.disputed:
            words.append(self.tr("Disputed"))
        return list(dict.fromkeys(words))  # two mismatch flags still read as one word

    def _sort_key(self, row: CandidateRow, column: int) -> object:
        candidate = row.candidate
        if column == self.STAGE:
            stage = candidate.exit_stage or candidate.stage
            left = _LEFT_OFFSET if candidate.exit_state is not None else 0
            return left + STAGES.index(Stage(stage))
        if column == self.DAYS:
            return candidate.days_in_stage(self._today)
        if column in (self.NAME, self.POSITION):
            return self._display(row, column).casefold()
        card = row.card  # worked out only for the columns that show it
        if column == self.FIT:
            return card.fit_points if card.fit_points is not None else _NO_VALUE
        if column == self.TILT:
            return float(card.tilt) if card.tilt is not None else float(_NO_VALUE)
        if column == self.FLAGS:
            return len(self._flag_words(card))
        return self._display(row, column).casefold()

    def _tooltip(self, row: CandidateRow, column: int) -> str | None:
        candidate, card = row.candidate, row.card
        if column == self.STAGE and candidate.exit_state is not None:
            stage = self._stage_text(candidate)
            if candidate.exit_reason:
                return fill(self.tr("%1: %2"), stage, candidate.exit_reason)
            return stage
        if column == self.TILT and card.profile is not None:
            return fill(
                self.tr("%1: strategy (S) %2, execution (E) %3, tilt %4"),
                profile_label(card.profile),
                format_decimal(card.strategy or 0, 2),
                format_decimal(card.execution or 0, 2),
                format_decimal(card.tilt or 0, 2, signed=True),
            )
        if column == self.FIT:
            return self._fit_tooltip(card)
        if column == self.FLAGS:
            lines = [flag_message(flag) for flag in card.flags]
            lines += [
                fill(self.tr("Critical gap: %1 scored 2 or less"), competency_title(key))
                for key in card.critical_gaps
            ]
            if card.disputed:
                lines.append(
                    fill(
                        self.tr("Disputed: raters differ by 2 points or more on %1"),
                        ", ".join(card.disputed),
                    )
                )
            return "\n".join(lines) or None
        if column in (self.NAME, self.POSITION):
            lines = [candidate.full_name, position_text(candidate), candidate.details.location]
            return "\n".join(line for line in lines if line)
        return None

    def _fit_tooltip(self, card: ScoreCard) -> str:
        if card.fit_points is None:
            return self.tr("Not scored yet")
        if not card.provisional:
            return fill(self.tr("Fit %1 of 100, all competencies scored"), str(card.fit_points))
        scored = len(COMPETENCY_KEYS) - len(card.unscored)
        return fill(
            self.tr("Provisional: projected from %1 of %2 competencies scored"),
            str(scored),
            str(len(COMPETENCY_KEYS)),
        )

    def _foreground(self, row: CandidateRow, column: int) -> QBrush | None:
        if row.candidate.exit_state is not None:
            # The whole row greys out: they are out of play, but still on record.
            palette = QApplication.palette()
            return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if column == self.FIT and row.card.band is not None:
            return QBrush(QColor(BAND_COLOURS[row.card.band]))
        if column == self.FLAGS:
            return QBrush(QColor(FLAG_COLOUR))
        return None


def _tie_order(row: CandidateRow) -> tuple[str, str]:
    return (row.candidate.full_name.casefold(), row.candidate.id)


def position_text(candidate: Candidate) -> str:
    """'Title at Company', or whichever of the two is known."""
    title = candidate.details.current_title
    company = candidate.details.current_company
    if title and company:
        return fill(QApplication.translate("CandidateTableModel", "%1 at %2"), title, company)
    return title or company
