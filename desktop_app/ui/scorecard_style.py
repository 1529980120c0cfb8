"""Colours and label styles shared by the parts of the scorecard editor."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop_app.domain.scorecard import Band

# Chips set their background and text colour together, so they read the same in light and
# dark themes; every pair has a contrast ratio above 4.5:1.
BAND_COLOURS: dict[Band, tuple[str, str]] = {
    Band.STRONG: ("#1b7a3a", "#ffffff"),
    Band.GOOD: ("#0b6a8a", "#ffffff"),
    Band.BORDERLINE: ("#f2b33d", "#1f1a0d"),
    Band.WEAK: ("#c0392b", "#ffffff"),
}


class Tone(StrEnum):
    DANGER = "danger"
    CAUTION = "caution"


# (background, text, border) for a light and a dark window.
_TONES: dict[Tone, dict[bool, tuple[str, str, str]]] = {
    Tone.DANGER: {
        False: ("#fdecea", "#7f1d1d", "#e6a5a0"),
        True: ("#4a1f1f", "#ffd9d6", "#9c4a44"),
    },
    Tone.CAUTION: {
        False: ("#fff4db", "#6b4500", "#e8c170"),
        True: ("#3d3112", "#ffe3a3", "#8a6d2a"),
    },
}


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def secondary_colour(widget: QWidget) -> QColor:
    """Text colour for rubric lines and hints: the text colour, a third of the way to the
    background, which keeps enough contrast in both themes."""
    # The theme's palette, not the widget's, which may already be secondary.
    palette = QApplication.palette(widget)
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    mix = 0.35
    return QColor(
        round(text.red() + (window.red() - text.red()) * mix),
        round(text.green() + (window.green() - text.green()) * mix),
        round(text.blue() + (window.blue() - text.blue()) * mix),
    )


def make_secondary(label: QLabel, *, scale: float = 0.9) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, secondary_colour(label))
    label.setPalette(palette)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def chip_style(background: str, text: str, border: str | None = None) -> str:
    edge = f"border: 1px solid {border};" if border else "border: none;"
    return (
        f"QLabel {{ background-color: {background}; color: {text}; {edge} "
        "border-radius: 4px; padding: 2px 8px; font-weight: 600; }"
    )


def band_chip_style(band: Band) -> str:
    return chip_style(*BAND_COLOURS[band])


def tone_style(widget: QWidget, tone: Tone) -> str:
    return chip_style(*_TONES[tone][is_dark(widget)])


def banner_style(widget: QWidget, tone: Tone) -> str:
    """A warning strip: a QFrame named "banner" holding an icon and a word-wrapped label."""
    background, text, border = _TONES[tone][is_dark(widget)]
    return (
        f"QFrame#banner {{ background-color: {background}; border: 1px solid {border};"
        f" border-left: 4px solid {text}; border-radius: 4px; }}"
        f"QFrame#banner QLabel {{ color: {text}; background: transparent; border: none; }}"
    )


def neutral_chip_style() -> str:
    # palette() references follow a theme change without restyling.
    return chip_style("palette(alternate-base)", "palette(window-text)", "palette(mid)")
