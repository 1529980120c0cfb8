"""A table model of candidates side by side: one row per competency, one column per candidate,
each cell the median of the raters' scores.

A dumb model: it shows the columns it is given (`set_columns`) and knows nothing of SQL. Cells
are coloured on a single-hue scale (darker blue is higher on a light window, brighter blue on a
dark one) and always show the number, so nothing depends on telling colours apart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.competencies import COMPETENCY_KEYS, weights
from desktop_app.domain.scorecard import CompetencyScore, Rating, ScoreCard
from desktop_app.domain.search import Role
from desktop_app.labels.candidates import (
    band_label,
    exit_label,
    flag_message,
    flag_short,
    profile_label,
    profile_short,
    stage_label,
)
from desktop_app.labels.competencies import competency_name, competency_title, rubric
from desktop_app.labels.text import fill, format_decimal
from desktop_app.store.candidates import Candidate

CANDIDATE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DISPUTED_ROLE = Qt.ItemDataRole.UserRole + 2  # bool: raters 2 or more points apart
SCORE_ROLE = Qt.ItemDataRole.UserRole + 3  # the median as a Fraction, None when unscored
# Horizontal header: a HeaderLines, for a header view that draws each part its own way;
# DisplayRole gives the same as lines of text.
HEADER_LINES_ROLE = Qt.ItemDataRole.UserRole + 4
LEFT_ROLE = Qt.ItemDataRole.UserRole + 5  # bool: the candidate has left the pipeline

DISPUTED_MARK = "±"
WARNING_MARK = "⚠"
NOT_SCORED = "—"
_Index = QModelIndex | QPersistentModelIndex

# Anchors of the sequential scale for medians 1 to 5; halves fall between two anchors.
_SCALE = {
    False: ("#deebf7", "#b3d3ea", "#6baed6", "#2a70ae", "#0b4a8f"),
    True: ("#1b2a3b", "#1f4d78", "#2f76b6", "#79b4e3", "#c4e0f7"),
}


@dataclass(frozen=True)
class HeaderLines:
    name: str
    stage: str  # or how they left
    fit: str  # fit and band
    profile: str  # profile and tilt
    warnings: tuple[str, ...]  # each with the warning mark

    def text(self) -> str:
        lines = (self.name, self.stage, self.fit, self.profile, *self.warnings)
        return "\n".join(lines)


def score_colours(median: float | Fraction, dark: bool) -> tuple[QColor, QColor]:
    """The (background, text) of a cell holding `median`. The text is black or white, whichever
    contrasts more: against any background one of them reaches 4.5:1."""
    position = min(4.0, max(0.0, float(median) - 1))
    low = int(position)
    high = min(4, low + 1)
    share = position - low
    a, b = QColor(_SCALE[dark][low]), QColor(_SCALE[dark][high])
    background = QColor(
        round(a.red() + (b.red() - a.red()) * share),
        round(a.green() + (b.green() - a.green()) * share),
        round(a.blue() + (b.blue() - a.blue()) * share),
    )
    black, white = QColor("#000000"), QColor("#ffffff")
    text = black if _contrast(background, black) >= _contrast(background, white) else white
    return background, text


def median_text(median: Fraction) -> str:
    """4 or 3.5: medians of whole scores are whole or halves."""
    return str(median.numerator) if median.denominator == 1 else format_decimal(median, 1)


class CompareMatrixModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[tuple[Candidate, ScoreCard]] = []
        self._ratings: Mapping[str, Sequence[Rating]] = {}
        self._dark = False

    # --- what the view is given --------------------------------------------------------------

    def set_columns(
        self,
        columns: Sequence[tuple[Candidate, ScoreCard]],
        ratings: Mapping[str, Sequence[Rating]] | None = None,
    ) -> None:
        """Shows these candidates in this order; `ratings` (by candidate id) feed the tooltips
        that list each rater's score."""
        self.beginResetModel()
        self._columns = list(columns)
        self._ratings = ratings or {}
        self.endResetModel()

    def set_dark(self, dark: bool) -> None:
        """Picks the colour scale for a dark or a light window."""
        if dark == self._dark:
            return
        self._dark = dark
        if self._columns:
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def role(self) -> Role | None:
        return self._columns[0][1].role if self._columns else None

    def candidate_at(self, column: int) -> Candidate:
        return self._columns[column][0]

    def card_at(self, column: int) -> ScoreCard:
        return self._columns[column][1]

    def column_of(self, candidate_id: str) -> int | None:
        for number, (candidate, _card) in enumerate(self._columns):
            if candidate.id == candidate_id:
                return number
        return None

    # --- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COMPETENCY_KEYS)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        candidate, card = self._columns[index.column()]
        key = COMPETENCY_KEYS[index.row()]
        score = card.competencies.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            return median_text(score.median) if score else NOT_SCORED
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible_text(score)
        if role == SCORE_ROLE:
            return score.median if score else None
        if role == DISPUTED_ROLE:
            return bool(score and score.disputed)
        if role == CANDIDATE_ID_ROLE:
            return candidate.id
        if role == LEFT_ROLE:
            return candidate.exit_state is not None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if score is None:
                return None
            background, text = score_colours(score.median, self._dark)
            return QBrush(background if role == Qt.ItemDataRole.BackgroundRole else text)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(candidate, key, score)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Vertical:
            return self._row_header(section, role)
        if not 0 <= section < len(self._columns):
            return None
        candidate, card = self._columns[section]
        if role == HEADER_LINES_ROLE:
            return self._header_lines(candidate, card)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._header_lines(candidate, card).text()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(candidate, card)
        if role == CANDIDATE_ID_ROLE:
            return candidate.id
        if role == LEFT_ROLE:
            return candidate.exit_state is not None
        return None

    # --- rows: the competencies ----------------------------------------------------------------

    def _row_header(self, row: int, role: int) -> object:
        if not 0 <= row < len(COMPETENCY_KEYS):
            return None
        key = COMPETENCY_KEYS[row]
        weight = weights(self.role())[key] if self.role() is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            if weight is None:
                return f"{key}  {competency_name(key)}"
            # A multiplication sign, meant: "times 3" is how a weight reads.
            return fill(self.tr("%1 ×%2  %3"), key, weight, competency_name(key))  # noqa: RUF001
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [competency_title(key)]
            if weight is not None:
                lines.append(
                    fill(self.tr("Weight %1 of 20 in a %2 seat"), weight, self.role() or "")
                )
            lines += [f"{level}: {text}" for level, text in rubric(key).items()]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    # --- columns: the candidates ---------------------------------------------------------------

    def _header_lines(self, candidate: Candidate, card: ScoreCard) -> HeaderLines:
        if candidate.exit_state is not None:
            stage = exit_label(candidate.exit_state)
        else:
            stage = stage_label(candidate.stage)
        if card.fit_points is None or card.band is None:
            fit = self.tr("Not scored")
        else:
            number = f"~{card.fit_points}" if card.provisional else str(card.fit_points)
            fit = fill(self.tr("Fit %1 · %2"), number, band_label(card.band))
        if card.profile is None or card.tilt is None:
            profile = self.tr("Tilt —")
        else:
            profile = f"{profile_short(card.profile)} {format_decimal(card.tilt, 2, signed=True)}"
        words = [flag_short(flag) for flag in card.flags]
        if card.critical_gaps:
            words.append(self.tr("Critical gap"))
        words = list(dict.fromkeys(words))  # two mismatch flags still read as one word
        warnings = tuple(f"{WARNING_MARK} {word}" for word in words)
        return HeaderLines(candidate.full_name, stage, fit, profile, warnings)

    def _header_tooltip(self, candidate: Candidate, card: ScoreCard) -> str:
        lines = [candidate.full_name]
        position = " · ".join(
            p for p in (candidate.details.current_title, candidate.details.current_company) if p
        )
        if position:
            lines.append(position)
        if candidate.exit_state is not None:
            at = stage_label(candidate.exit_stage or candidate.stage)
            lines.append(fill(self.tr("%1 (at %2)"), exit_label(candidate.exit_state), at))
        else:
            lines.append(stage_label(candidate.stage))
        if card.fit_points is not None and card.band is not None:
            text = fill(self.tr("Fit %1 of 100 (%2)"), card.fit_points, band_label(card.band))
            if card.provisional:
                scored = len(COMPETENCY_KEYS) - len(card.unscored)
                text += " " + fill(
                    self.tr("provisional: %1 of %2 competencies scored"),
                    scored,
                    len(COMPETENCY_KEYS),
                )
            lines.append(text)
        if card.profile is not None:
            lines.append(
                fill(
                    self.tr("%1: strategy (S) %2, execution (E) %3, tilt %4"),
                    profile_label(card.profile),
                    format_decimal(card.strategy or 0, 2),
                    format_decimal(card.execution or 0, 2),
                    format_decimal(card.tilt or 0, 2, signed=True),
                )
            )
        lines += [flag_message(flag) for flag in card.flags]
        lines += [
            fill(self.tr("Critical gap: %1 scored 2 or less"), competency_title(key))
            for key in card.critical_gaps
        ]
        return "\n".join(lines)

    # --- cells -------------------------------------------------------------------------------

    def _accessible_text(self, score: CompetencyScore | None) -> str:
        if score is None:
            return self.tr("Not scored")
        if score.disputed:
            return fill(self.tr("%1, disputed"), median_text(score.median))
        return median_text(score.median)

    def _cell_tooltip(self, candidate: Candidate, key: str, score: CompetencyScore | None) -> str:
        lines = [f"{candidate.full_name} · {competency_title(key)}"]
        if score is None:
            lines.append(self.tr("Not scored yet"))
            return "\n".join(lines)
        lines.append(
            fill(self.tr("Median %1 from %2 rater(s)"), median_text(score.median), score.raters)
        )
        if score.disputed:
            lines.append(
                fill(
                    self.tr("%1 Disputed: the raters are %2 points apart"),
                    DISPUTED_MARK,
                    score.spread,
                )
            )
        for rating in self._ratings.get(candidate.id, ()):
            if rating.competency != key:
                continue
            line = fill(self.tr("%1: %2"), rating.rater, rating.score)
            if rating.evidence:
                evidence = " ".join(rating.evidence.split())
                if len(evidence) > 90:
                    evidence = evidence[:89] + "…"
                line += f" — {evidence}"
            lines.append(line)
        return "\n".join(lines)


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )
