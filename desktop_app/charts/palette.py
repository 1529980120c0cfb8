"""Colour arithmetic shared by the charts and the views."""

from __future__ import annotations

from PySide6.QtGui import QColor


def mix(colour: QColor, other: QColor, share: float) -> QColor:
    """`colour` moved `share` of the way towards `other`: greys derived from the text colour
    keep their contrast in light and dark themes alike."""
    return QColor(
        round(colour.red() + (other.red() - colour.red()) * share),
        round(colour.green() + (other.green() - colour.green()) * share),
        round(colour.blue() + (other.blue() - colour.blue()) * share),
    )
