"""The result strip of the scorecard editor: fit, band, provisional state, profile, warnings
and the domain model's explanation, for one candidate's combined scores."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.competencies import COMPETENCY_KEYS
from desktop_app.domain.scorecard import (
    EXECUTION_HEAVY,
    LOW_OVERALL,
    STRATEGY_HEAVY,
    Band,
    ScoreCard,
    Tilt,
)
from desktop_app.labels.candidates import flag_message
from desktop_app.labels.competencies import competency_title, fit_explanation
from desktop_app.labels.text import fill, format_decimal
from desktop_app.ui.scorecard_style import (
    Tone,
    band_chip_style,
    banner_style,
    lay_out_now,
    make_secondary,
    natural_width,
    set_direction,
    tone_style,
)

# From this width the number stands on the left of everything else; below it, the warnings
# and explanation take the whole width under the number.
WIDE_STRIP = 600


class ScoreCardResult(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._band_names = {
            Band.STRONG: self.tr("Strong"),
            Band.GOOD: self.tr("Good"),
            Band.BORDERLINE: self.tr("Borderline"),
            Band.WEAK: self.tr("Weak"),
        }
        self._profile_names = {
            Tilt.STRATEGY: self.tr("Strategy-leaning"),
            Tilt.BALANCED: self.tr("Balanced"),
            Tilt.EXECUTION: self.tr("Execution-leaning"),
        }
        # The domain's messages as this strip words them (a flag added later reads as the
        # labels say it).
        self._flag_texts = {
            EXECUTION_HEAVY.code: self.tr(
                "Execution-heavy for a CRO seat: sales strategy and cross-team collaboration "
                "at risk."
            ),
            STRATEGY_HEAVY.code: self.tr(
                "Strategy-heavy for a CSO seat: sales execution and decision speed at risk."
            ),
            LOW_OVERALL.code: self.tr(
                "Low overall: strategy (S) and execution (E) are both below 3."
            ),
        }

        self.fit_label = QLabel("—")
        self.fit_label.setAccessibleName(self.tr("Fit score"))
        font = self.fit_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.8)
        font.setBold(True)
        self.fit_label.setFont(font)
        self.fit_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fit_label.setMinimumWidth(88)
        caption = make_secondary(QLabel(self.tr("fit, 20-100")))
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Layouts, not widgets, all the way to the grid: each widget between a label and the
        # strip would add a turn of the event loop before a change of text is laid out.
        self._number = QVBoxLayout()
        self._number.setSpacing(0)
        self._number.addWidget(self.fit_label)
        self._number.addWidget(caption)

        self.band_label = QLabel()
        self.band_label.setAccessibleName(self.tr("Band"))
        self.provisional_label = QLabel()
        self.provisional_label.setAccessibleName(self.tr("Provisional"))
        self.provisional_label.setStyleSheet(tone_style(self, Tone.CAUTION))
        self.provisional_label.setToolTip(
            self.tr(
                "The fit is projected from the competencies scored so far; it becomes final "
                "when all ten are scored."
            )
        )
        self.profile_label = QLabel()
        self.profile_label.setAccessibleName(self.tr("Profile"))
        self.profile_label.setToolTip(
            self.tr(
                "S is the mean of S1-S4, E the mean of E1-E4, tilt = S - E. A tilt of +0.75 or "
                "more leans to strategy, -0.75 or less to execution."
            )
        )
        # Band and provisional chips side by side, or one above the other when very narrow;
        # then the profile beside them, or below them when there is no room.
        self._chips = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._chips.setSpacing(8)
        self._chips.addWidget(self.band_label, 0, Qt.AlignmentFlag.AlignLeft)
        self._chips.addWidget(self.provisional_label, 0, Qt.AlignmentFlag.AlignLeft)
        self._chips.addStretch(1)
        self._summary = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._summary.setSpacing(16)
        self._summary.addLayout(self._chips)
        self._summary.addWidget(self.profile_label)
        self._summary.addStretch(1)

        self.flags_box = QVBoxLayout()
        self.flags_box.setSpacing(4)
        self.flag_labels: list[QLabel] = []
        self._shown_warnings: list[tuple[str, Tone]] = []

        self.explanation_label = make_secondary(QLabel())
        self.explanation_label.setAccessibleName(self.tr("Explanation"))
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Where the strip is narrow the explanation, which repeats the warnings in words,
        # waits behind this button so the scores below keep their room.
        self.explain_button = QToolButton()
        self.explain_button.setText(self.tr("Why this fit?"))
        self.explain_button.setAccessibleName(self.tr("Show the explanation"))
        self.explain_button.setToolTip(self.tr("Show or hide how the fit was reached"))
        self.explain_button.setCheckable(True)
        self.explain_button.setAutoRaise(True)
        self.explain_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.explain_button.setArrowType(Qt.ArrowType.RightArrow)
        # A disclosure, not a switch: flat when open too, with a ring for hover and focus.
        self.explain_button.setStyleSheet(
            "QToolButton { border: 1px solid transparent; border-radius: 4px;"
            " padding: 1px 6px 1px 2px; background: transparent; }"
            "QToolButton:hover, QToolButton:focus { border-color: palette(highlight); }"
        )
        self.explain_button.toggled.connect(self._explanation_toggled)

        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(6)
        self._wide: bool | None = None
        self._place(wide=True)
        self.show_card(None)

    # --- arrangement ---------------------------------------------------------------------------

    def _place(self, *, wide: bool) -> None:
        """Wide: the number on the left, everything else in a column beside it. Narrow: the
        number with the band and profile beside it, the warnings and explanation below across
        the whole width, so they wrap into as few lines as they can."""
        if wide == self._wide:
            return
        self._wide = wide
        for layout in (self._number, self._summary, self.flags_box):
            self._grid.removeItem(layout)
        for widget in (self.explain_button, self.explanation_label):
            self._grid.removeWidget(widget)
        top, left = Qt.AlignmentFlag.AlignTop, Qt.AlignmentFlag.AlignLeft
        if wide:
            self._grid.addLayout(self._number, 0, 0, 4, 1, top)
            self._grid.addLayout(self._summary, 0, 1)
            self._grid.addLayout(self.flags_box, 1, 1)
            self._grid.addWidget(self.explain_button, 2, 1, left)
            self._grid.addWidget(self.explanation_label, 3, 1)
        else:
            self._grid.addLayout(self._number, 0, 0, top)
            self._grid.addLayout(self._summary, 0, 1, Qt.AlignmentFlag.AlignVCenter)
            self._grid.addLayout(self.flags_box, 1, 0, 1, 2)
            self._grid.addWidget(self.explain_button, 2, 0, 1, 2, left)
            self._grid.addWidget(self.explanation_label, 3, 0, 1, 2)
        self._grid.setColumnStretch(1, 1)
        self._show_explanation()

    def _arrange(self) -> None:
        width = self.width()
        self._place(wide=width >= WIDE_STRIP)
        room = width - self._number.sizeHint().width() - self._grid.horizontalSpacing()
        chips = [w for w in (self.band_label, self.provisional_label) if not w.isHidden()]
        chips_width = sum(w.sizeHint().width() for w in chips)
        chips_width += self._chips.spacing() * max(0, len(chips) - 1)
        if chips_width <= room:
            set_direction(self._chips, QBoxLayout.Direction.LeftToRight, 8)
        else:
            set_direction(self._chips, QBoxLayout.Direction.TopToBottom, 4)
            chips_width = max((w.sizeHint().width() for w in chips), default=0)
        one_line = chips_width + 16 + natural_width(self.profile_label) <= room
        if one_line:
            set_direction(self._summary, QBoxLayout.Direction.LeftToRight, 16)
        else:
            set_direction(self._summary, QBoxLayout.Direction.TopToBottom, 4)
        if self.profile_label.wordWrap() == one_line:
            self.profile_label.setWordWrap(not one_line)

    def _explanation_toggled(self, shown: bool) -> None:
        self.explain_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.explain_button.setAccessibleName(
            self.tr("Hide the explanation") if shown else self.tr("Show the explanation")
        )
        self._show_explanation()

    def _show_explanation(self) -> None:
        has_text = bool(self.explanation_label.text())
        self.explain_button.setVisible(has_text and not self._wide)
        self.explanation_label.setVisible(
            has_text and (bool(self._wide) or self.explain_button.isChecked())
        )

    def minimumSizeHint(self) -> QSize:
        """The narrowest arrangement's width, whichever is shown: a width that only the wide
        one needs would keep a splitter from ever making the strip narrow again."""
        hint = super().minimumSizeHint()
        shown = [w for w in (self.band_label, self.provisional_label) if not w.isHidden()]
        beside_number = (
            self._number.minimumSize().width()
            + self._grid.horizontalSpacing()
            + max([w.sizeHint().width() for w in shown] + [self._longest_profile_word()])
        )
        width = max(beside_number, self.flags_box.minimumSize().width())
        return QSize(width, hint.height())

    def _longest_profile_word(self) -> int:
        """The profile can wrap between words, not within one; measured bold, to be safe."""
        document = QTextDocument()
        document.setHtml(self.profile_label.text())
        bold = QFont(self.profile_label.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        words = document.toPlainText().split()
        return max((metrics.horizontalAdvance(word) for word in words), default=0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    # --- content -------------------------------------------------------------------------------

    def show_card(self, card: ScoreCard | None) -> None:
        """Shows a candidate's combined scorecard; `None` before any candidate is chosen."""
        points = card.fit_points if card else None
        self.fit_label.setText("—" if points is None else str(points))
        band = card.band if card else None
        self.band_label.setVisible(band is not None)
        if band is not None:
            self.band_label.setText(self._band_names[band])
            self.band_label.setStyleSheet(band_chip_style(band))
        unscored = len(card.unscored) if card else len(COMPETENCY_KEYS)
        self.provisional_label.setVisible(card is not None and card.provisional)
        self.provisional_label.setText(
            self.tr("No scores yet")
            if unscored == len(COMPETENCY_KEYS)
            else fill(
                self.tr("Provisional: %1 of %2 not scored yet"),
                str(unscored),
                str(len(COMPETENCY_KEYS)),
            )
        )
        self.profile_label.setText(self._profile_text(card))
        warnings = self._warnings(card)
        self._show_flags(warnings)
        explanation = fit_explanation(card) if card else ""
        self.explanation_label.setText(explanation)
        self.fit_label.setToolTip(explanation)
        self._show_explanation()
        self._arrange()
        lay_out_now(self)

    def _profile_text(self, card: ScoreCard | None) -> str:
        if card is None:
            return ""
        s = _two_decimals(card.strategy)
        e = _two_decimals(card.execution)
        numbers = fill(self.tr("S %1 · E %2"), s, e)
        if card.profile is None or card.tilt is None:
            return fill(self.tr("Profile: %1"), numbers)
        return fill(
            self.tr("<b>%1</b> · %2 · tilt %3"),
            self._profile_names[card.profile],
            numbers,
            format_decimal(card.tilt, 2, signed=True),
        )

    def _warnings(self, card: ScoreCard | None) -> list[tuple[str, Tone]]:
        if card is None:
            return []
        warnings = []
        if card.critical_gaps:
            names = ", ".join(competency_title(k) for k in card.critical_gaps)
            warnings.append(
                (
                    fill(self.tr("Critical gap: %1 (weight 3, scored 2 or less)."), names),
                    Tone.DANGER,
                )
            )
        for flag in card.flags:
            text = self._flag_texts.get(flag.code) or flag_message(flag)
            warnings.append((text, Tone.DANGER))
        return warnings

    def _show_flags(self, warnings: list[tuple[str, Tone]]) -> None:
        if warnings == self._shown_warnings:
            return
        self._shown_warnings = warnings
        while self.flags_box.count():
            item = self.flags_box.takeAt(0)
            widget = item.widget()
            if widget is not None:
                # Hidden now: deletion waits for the event loop, and it must not linger on top.
                widget.hide()
                widget.deleteLater()
        self.flag_labels = []
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for text, tone in warnings:
            banner = QFrame()
            banner.setObjectName("banner")
            banner.setStyleSheet(banner_style(self, tone))
            row = QHBoxLayout(banner)
            row.setContentsMargins(10, 6, 10, 6)
            row.setSpacing(8)
            symbol = QLabel()
            symbol.setPixmap(icon.pixmap(18, 18))
            symbol.setAlignment(Qt.AlignmentFlag.AlignTop)
            label = QLabel(text)
            label.setWordWrap(True)
            label.setAccessibleName(self.tr("Warning"))
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            row.addWidget(symbol)
            row.addWidget(label, 1)
            self.flags_box.addWidget(banner)
            # At once, not at the next turn of the event loop as a layout would; and styled
            # now, as its border changes the room its text has.
            banner.ensurePolished()
            label.ensurePolished()
            banner.show()
            self.flag_labels.append(label)

    def flag_texts(self) -> list[str]:
        return [label.text() for label in self.flag_labels]


def _two_decimals(value: Fraction | None) -> str:
    return "—" if value is None else format_decimal(value, 2)
