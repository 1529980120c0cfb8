"""The result strip of the scorecard editor: fit, band, provisional state, profile, warnings
and the domain model's explanation, for one candidate's combined scores."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.competencies import BY_KEY, COMPETENCY_KEYS
from desktop_app.domain.scorecard import (
    EXECUTION_HEAVY,
    LOW_OVERALL,
    STRATEGY_HEAVY,
    Band,
    ScoreCard,
    Tilt,
)
from desktop_app.ui.scorecard_style import (
    Tone,
    band_chip_style,
    banner_style,
    make_secondary,
    tone_style,
)


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
        # The domain's English messages, through tr() so they can be translated.
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
        number = QVBoxLayout()
        number.setSpacing(0)
        number.addWidget(self.fit_label)
        number.addWidget(caption)
        number.addStretch(1)

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
        chips = QHBoxLayout()
        chips.setSpacing(8)
        chips.addWidget(self.band_label)
        chips.addWidget(self.provisional_label)
        chips.addSpacing(8)
        chips.addWidget(self.profile_label)
        chips.addStretch(1)

        self.flags_box = QVBoxLayout()
        self.flags_box.setSpacing(4)
        self.flag_labels: list[QLabel] = []
        self._shown_warnings: list[tuple[str, Tone]] = []

        self.explanation_label = make_secondary(QLabel())
        self.explanation_label.setAccessibleName(self.tr("Explanation"))
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation_label.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum
        )

        details = QVBoxLayout()
        details.setSpacing(6)
        details.addLayout(chips)
        details.addLayout(self.flags_box)
        details.addWidget(self.explanation_label)
        details.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(number)
        layout.addLayout(details, 1)
        self.show_card(None)

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
            else self.tr("Provisional: %1 of %2 not scored yet")
            .replace("%1", str(unscored))
            .replace("%2", str(len(COMPETENCY_KEYS)))
        )
        self.profile_label.setText(self._profile_text(card))
        self._show_flags(self._warnings(card))
        self.explanation_label.setText(card.explanation() if card else "")

    def _profile_text(self, card: ScoreCard | None) -> str:
        if card is None:
            return ""
        s = _two_decimals(card.strategy)
        e = _two_decimals(card.execution)
        numbers = self.tr("S %1 · E %2").replace("%1", s).replace("%2", e)
        if card.profile is None or card.tilt is None:
            return self.tr("Profile: %1").replace("%1", numbers)
        return (
            self.tr("<b>%1</b> · %2 · tilt %3")
            .replace("%1", self._profile_names[card.profile])
            .replace("%2", numbers)
            .replace("%3", f"{float(card.tilt):+.2f}")
        )

    def _warnings(self, card: ScoreCard | None) -> list[tuple[str, Tone]]:
        if card is None:
            return []
        warnings = []
        if card.critical_gaps:
            names = ", ".join(f"{k} {self.tr(BY_KEY[k].name)}" for k in card.critical_gaps)
            warnings.append(
                (
                    self.tr("Critical gap: %1 (weight 3, scored 2 or less).").replace("%1", names),
                    Tone.DANGER,
                )
            )
        for flag in card.flags:
            warnings.append((self._flag_texts.get(flag.code, flag.message), Tone.DANGER))
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
            # At once, not at the next turn of the event loop as a layout would.
            banner.show()
            self.flag_labels.append(label)

    def flag_texts(self) -> list[str]:
        return [label.text() for label in self.flag_labels]


def _two_decimals(value: Fraction | None) -> str:
    return "—" if value is None else f"{float(value):.2f}"
