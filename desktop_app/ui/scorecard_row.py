"""One competency in the scorecard editor: its rubric, this rater's score and evidence, and
the combined result of every rater."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.competencies import Competency
from desktop_app.domain.scorecard import MAX_SCORE, MIN_SCORE, CompetencyScore, Rating
from desktop_app.domain.search import Role
from desktop_app.labels.competencies import competency_name, rubric, rubric_text
from desktop_app.labels.text import fill, format_decimal
from desktop_app.ui.scorecard_style import (
    ElidedLabel,
    Tone,
    make_secondary,
    neutral_chip_style,
    set_direction,
    tone_style,
)

_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(MIN_SCORE, MAX_SCORE + 1)}
_CLEAR_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0}

# Widths inside a row's margins: from RUBRIC_COLUMNS the rubric stands in three columns, from
# SCORING_ONE_LINE the evidence field beside the score buttons, with room for its placeholder.
RUBRIC_COLUMNS = 740
SCORING_ONE_LINE = 680


def format_score(value: Fraction | int) -> str:
    """A median as people write it: 4, or 3.5 between two raters."""
    value = Fraction(value)
    return str(value.numerator) if value.denominator == 1 else format_decimal(value, 1)


class ScoreSelector(QWidget):
    """Buttons 1-5 and Clear, and one tab stop: keys 1-5 score, Left/Right step, Delete or
    Backspace clears. The buttons take no focus so ten rows stay twenty tab stops, not seventy."""

    chosen = Signal(int)
    cleared = Signal()

    def __init__(self, competency: Competency, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._score: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(fill(self.tr("%1 score"), competency.key))
        self.setAccessibleDescription(self.tr("Press 1 to 5 to score, Delete to clear."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(4)
        self.buttons: dict[int, QPushButton] = {}
        for n in range(MIN_SCORE, MAX_SCORE + 1):
            button = QPushButton(str(n))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setFixedSize(34, 28)
            button.setAccessibleName(fill(self.tr("%1 score %2"), competency.key, str(n)))
            button.setToolTip(self._rubric_hint(competency.key, n))
            button.clicked.connect(lambda _checked=False, n=n: self._choose(n))
            layout.addWidget(button)
            self.buttons[n] = button
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setFixedHeight(28)
        self.clear_button.setAccessibleName(fill(self.tr("Clear %1 score"), competency.key))
        self.clear_button.setToolTip(self.tr("Remove this rater's score (Delete)"))
        self.clear_button.clicked.connect(self._clear)
        layout.addSpacing(6)
        layout.addWidget(self.clear_button)
        self._style_buttons()
        self._sync()

    def _rubric_hint(self, key: str, n: int) -> str:
        """What a score of n looks like: the rubric's words for 1, 3 and 5, between for 2, 4."""
        text = rubric_text(key, n)
        if text:
            return f"{n}: {text}"
        return fill(self.tr("%1: between %2 and %3"), str(n), str(n - 1), str(n + 1))

    def score(self) -> int | None:
        return self._score

    def set_score(self, score: int | None) -> None:
        self._score = score
        self._sync()

    def _choose(self, n: int) -> None:
        # Clicks move focus here, so an evidence field left mid-edit is saved first.
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if n != self._score:
            self.chosen.emit(n)
        # Back to what is stored: the edit may have been refused.
        self._sync()

    def _clear(self) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if self._score is not None:
            self.cleared.emit()
        self._sync()

    def _sync(self) -> None:
        for n, button in self.buttons.items():
            button.setChecked(n == self._score)
        self.clear_button.setEnabled(self._score is not None)

    def _style_buttons(self) -> None:
        # palette() references follow a theme change without restyling.
        self.setStyleSheet(
            "QPushButton { background-color: palette(button); color: palette(button-text);"
            " border: 1px solid palette(mid); border-radius: 4px; padding: 0 8px; }"
            "QPushButton:checked { background-color: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight);"
            " font-weight: 700; }"
            "QPushButton:hover:!checked { border-color: palette(highlight); }"
            "QPushButton:disabled { color: palette(mid); }"
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _DIGIT_KEYS:
            self._choose(_DIGIT_KEYS[Qt.Key(key)])
        elif key in _CLEAR_KEYS:
            self._clear()
        elif key == Qt.Key.Key_Right:
            self._choose(min(MAX_SCORE, (self._score or 0) + 1))
        elif key == Qt.Key.Key_Left and self._score is not None:
            self._choose(max(MIN_SCORE, self._score - 1))
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        # The buttons cannot show focus themselves, so the selector draws a ring around them.
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 5, 5)
            painter.end()


class CompetencyRow(QFrame):
    """Emits what the person did; the editor turns it into workspace edits and then tells the
    row what is stored."""

    score_chosen = Signal(str, int)
    score_cleared = Signal(str)
    evidence_edited = Signal(str, str)

    def __init__(self, competency: Competency, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.competency = competency
        self._rating: Rating | None = None
        self.setObjectName(f"row{competency.key}")
        self.setFrameShape(QFrame.Shape.NoFrame)

        self.name_label = ElidedLabel(f"{competency.key}  {competency_name(competency.key)}")
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.weight_label = QLabel()
        self.weight_label.setAccessibleName(fill(self.tr("%1 weight"), competency.key))
        self.combined_label = QLabel()
        self.combined_label.setAccessibleName(fill(self.tr("%1 combined result"), competency.key))
        self.disputed_label = QLabel(self.tr("Disputed"))
        self.disputed_label.setStyleSheet(tone_style(self, Tone.CAUTION))
        self.critical_label = QLabel(self.tr("Critical gap"))
        self.critical_label.setStyleSheet(tone_style(self, Tone.DANGER))
        self.critical_label.setToolTip(
            self.tr("A weight-3 competency with a combined score of 2 or less.")
        )
        for fixed in (self.weight_label, self.combined_label):
            fixed.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # The combined result of every rater: beside the name where it fits, else below it.
        self._status = (self.combined_label, self.disputed_label, self.critical_label)
        self._name_line = QHBoxLayout()
        self._name_line.setSpacing(8)
        self._name_line.addWidget(self.name_label)
        self._name_line.addWidget(self.weight_label)
        self._name_line.addStretch(1)
        for part in self._status:
            self._name_line.addWidget(part)
        self._status_line = QHBoxLayout()
        self._status_line.setSpacing(8)
        self._status_line.addStretch(1)
        self._status_beside = True
        # The width from which the result stands beside the name; the editor sets one for
        # all rows, so they line up alike.
        self._status_beside_from: int | None = None

        # Three columns where the row is wide; three lines, each number hanging, where not.
        self._rubric = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._rubric.setSpacing(16)
        self.rubric_labels: dict[int, QLabel] = {}
        levels = rubric(competency.key)
        for n, text in levels.items():
            number = make_secondary(QLabel(f"<b>{n}</b>"))
            number.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label = make_secondary(QLabel(text))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            entry = QHBoxLayout()
            entry.setSpacing(6)
            entry.addWidget(number)
            entry.addWidget(label, 1)
            self._rubric.addLayout(entry, 1)
            self.rubric_labels[n] = label

        self.selector = ScoreSelector(competency)
        self.selector.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.selector.setAccessibleDescription(
            " ".join(f"{n}: {text}" for n, text in levels.items())
        )
        self.selector.chosen.connect(lambda n: self.score_chosen.emit(competency.key, n))
        self.selector.cleared.connect(lambda: self.score_cleared.emit(competency.key))
        self.evidence = QLineEdit()
        self.evidence.setAccessibleName(fill(self.tr("%1 evidence"), competency.key))
        self.evidence.setClearButtonEnabled(True)
        self.evidence.editingFinished.connect(self._evidence_finished)
        # The evidence field beside the score buttons where it has room, else below them.
        self._scoring = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._scoring.setSpacing(8)
        self._scoring.addWidget(self.selector, 0, Qt.AlignmentFlag.AlignLeft)
        self._scoring.addWidget(self.evidence, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 10)
        layout.setSpacing(4)
        layout.addLayout(self._name_line)
        layout.addLayout(self._status_line)
        layout.addLayout(self._rubric)
        layout.addSpacing(2)
        layout.addLayout(self._scoring)
        self.show_rater(None, can_edit=False)
        self.show_combined(None, [], critical=False)

    # --- arrangement ---------------------------------------------------------------------------

    def _inner_width(self) -> int:
        margins = self.layout().contentsMargins()
        return self.width() - margins.left() - margins.right()

    def _arrange(self) -> None:
        """Fits the row to its width: called on every resize and when the result changes."""
        width = self._inner_width()
        if width >= RUBRIC_COLUMNS:
            set_direction(self._rubric, QBoxLayout.Direction.LeftToRight, 16)
        else:
            set_direction(self._rubric, QBoxLayout.Direction.TopToBottom, 2)
        if width >= SCORING_ONE_LINE:
            set_direction(self._scoring, QBoxLayout.Direction.LeftToRight, 8)
        else:
            set_direction(self._scoring, QBoxLayout.Direction.TopToBottom, 6)
        beside_from = self._status_beside_from
        if beside_from is None:
            beside_from = self.heading_width()
        self._put_status(beside=beside_from <= width)

    def heading_width(self) -> int:
        """The width the name, weight and result need on one line, a gap included."""
        spacing = self._name_line.spacing()
        status = [part.sizeHint().width() for part in self._status if not part.isHidden()]
        return (
            self.name_label.sizeHint().width()
            + spacing
            + self.weight_label.sizeHint().width()
            + 3 * spacing  # a gap wider than the spacing between the name and the result
            + sum(status)
            + spacing * (len(status) - 1)
        )

    def set_status_beside_from(self, width: int | None) -> None:
        """Puts the result beside the name from this inner width on; `None`: wherever this
        row's own heading fits on one line."""
        self._status_beside_from = width
        self._arrange()

    def _put_status(self, *, beside: bool) -> None:
        if beside == self._status_beside:
            return
        self._status_beside = beside
        source, target = (
            (self._status_line, self._name_line) if beside else (self._name_line, self._status_line)
        )
        for index, part in enumerate(self._status):
            source.removeWidget(part)
            if beside:
                target.addWidget(part)
            else:
                target.insertWidget(index, part)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    # --- content -------------------------------------------------------------------------------

    def set_weight(self, weight: int, role: Role) -> None:
        self.weight_label.setText(fill(self.tr("weight %1"), str(weight)))
        self.weight_label.setStyleSheet(neutral_chip_style())
        self._arrange()
        self.weight_label.setToolTip(
            fill(self.tr("Counts %1 times in the fit score of a %2 seat."), str(weight), str(role))
        )

    def show_rater(self, rating: Rating | None, *, can_edit: bool) -> None:
        """This rater's score and evidence; `None` when they have not scored it."""
        self._rating = rating
        self.selector.set_score(rating.score if rating else None)
        self.selector.setEnabled(can_edit)
        # Keep what someone is typing: a change elsewhere must not wipe it.
        if not (self.evidence.hasFocus() and self.evidence.isModified()):
            self.evidence.setText(rating.evidence if rating else "")
        self.evidence.setEnabled(can_edit and rating is not None)
        self.evidence.setPlaceholderText(
            self.tr("Evidence: what did you see or hear that supports this score?")
            if rating
            else self.tr("Choose a score first, then note the evidence")
        )

    def show_combined(
        self, combined: CompetencyScore | None, ratings: list[Rating], *, critical: bool
    ) -> None:
        """The result across all raters, with each rater's score in the tooltip."""
        if combined is None:
            self.combined_label.setText(self.tr("Not scored"))
            make_secondary(self.combined_label, scale=1.0)
        else:
            raters = (
                self.tr("1 rater")
                if combined.raters == 1
                else fill(self.tr("%1 raters"), str(combined.raters))
            )
            self.combined_label.setText(
                fill(self.tr("Median <b>%1</b> · %2"), format_score(combined.median), raters)
            )
            self.combined_label.setPalette(self.palette())
        self.combined_label.setToolTip(
            "\n".join(f"{r.rater}: {r.score}" for r in sorted(ratings, key=lambda r: r.rater))
        )
        disputed = combined is not None and combined.disputed
        self.disputed_label.setVisible(disputed)
        if disputed and combined is not None:
            self.disputed_label.setToolTip(
                fill(
                    self.tr("Raters differ by %1 points; talk it through in the debrief."),
                    str(combined.spread),
                )
            )
        self.critical_label.setVisible(critical)
        self._arrange()

    def evidence_text(self) -> str:
        return self.evidence.text()

    def save_pending(self) -> None:
        """Saves evidence still being typed (the window is closing)."""
        self._evidence_finished()

    def _evidence_finished(self) -> None:
        text = self.evidence.text().strip()
        if self._rating is not None and text != self._rating.evidence:
            self.evidence_edited.emit(self.competency.key, text)
        self.evidence.setModified(False)
