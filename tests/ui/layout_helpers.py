"""Finding clipped text: words wider than the widget that shows them.

`clipped_texts(window)` looks at every visible label, button, tab, group box title, table
header and empty field's placeholder inside a window and returns what does not fit, measured
with the widget's own font and the style's own margins and padding, so a test can fail with a
list a person can act on:

    assert not (found := clipped_texts(dialog)), describe(found)

What it leaves alone, as clipping there is intended or impossible: labels that wrap, rich text
(links, bold headings: they wrap or elide by themselves), the labels and headers that elide on
purpose (ElidedLabel and its kin, the Compare tab's header: their tooltips have the whole text),
and widgets not on screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QStyleOptionGroupBox,
    QStyleOptionHeader,
    QStyleOptionTab,
    QStyleOptionToolButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from desktop_app.ui.checklist_summary import _ElidedLabel
from desktop_app.ui.compare_matrix_view import CompareHeader
from desktop_app.ui.overview_tab import _Link
from desktop_app.ui.scorecard_style import ElidedLabel
from desktop_app.ui.scorecard_title import TitleLabel

# Labels that shorten their text with "…" themselves, the whole of it in their tooltip.
ELIDING_LABELS: tuple[type[QLabel], ...] = (ElidedLabel, _ElidedLabel, _Link, TitleLabel)
# Headers that paint their own lines and end a long one in "…", the tooltip holding it whole.
ELIDING_HEADERS: tuple[type[QHeaderView], ...] = (CompareHeader,)
# Wide enough that no style's minimum width (Fusion makes a button with text at least 80 pixels
# wide) is in play: what the style adds to a widget's contents is then its real padding.
_WIDE = 10_000
_LINE_EDIT_MARGIN = 2  # QLineEdit's own space between its frame and the text, each side


@dataclass(frozen=True)
class Clipped:
    """One text that does not fit: where it is, and by how much."""

    widget: str  # class name
    name: str  # objectName, or the path of the nearest named ancestors
    text: str
    needed: int
    available: int

    def __str__(self) -> str:
        return (
            f"{self.widget} {self.name or '(no name)'} {self.text!r}: "
            f"needs {self.needed}px, has {self.available}px"
        )


def describe(found: Iterable[Clipped]) -> str:
    return "clipped texts:\n" + "\n".join(f"  {clip}" for clip in found)


def clipped_texts(root: QWidget, *, skip: Callable[[QWidget], bool] | None = None) -> list[Clipped]:
    """Every clipped text in `root` and the widgets inside it that are on screen. `skip(widget)`
    returning True leaves a widget out (say, a header whose narrow columns elide on purpose)."""
    found: list[Clipped] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or (skip is not None and skip(widget)):
            continue
        if isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QAbstractButton):
            found += _button(widget)
        elif isinstance(widget, QTabBar):
            found += _tabs(widget)
        elif isinstance(widget, QGroupBox):
            found += _group_box(widget)
        elif isinstance(widget, QHeaderView) and not isinstance(widget, ELIDING_HEADERS):
            found += _header(widget)
        elif isinstance(widget, QLineEdit):
            found += _placeholder(widget)
    return found


def _name(widget: QWidget) -> str:
    """The widget's objectName, else its named ancestors' (`dialog/exportFormat/...`)."""
    if widget.objectName() and not widget.objectName().startswith("qt_"):
        return widget.objectName()
    parts: list[str] = []
    current = widget.parentWidget()
    while current is not None and len(parts) < 2:
        if current.objectName() and not current.objectName().startswith("qt_"):
            parts.append(current.objectName())
        current = current.parentWidget()
    return "in " + "/".join(reversed(parts)) if parts else ""


def _shown(text: str) -> str:
    """The text as drawn with mnemonics: "&Save" shows "Save", "&&" one "&"."""
    return re.sub(r"&(.)", r"\1", text)


def _clip(widget: QWidget, text: str, needed: int, available: int) -> list[Clipped]:
    if needed <= available:
        return []
    return [Clipped(type(widget).__name__, _name(widget), text, needed, available)]


def _label(label: QLabel) -> list[Clipped]:
    text = label.text()
    if (
        not text
        or label.wordWrap()
        or isinstance(label, ELIDING_LABELS)
        or label.textFormat() == Qt.TextFormat.RichText
        or (label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    ):
        return []
    # A label shows mnemonics only when it has a buddy to give the focus to.
    shown = _shown(text) if label.buddy() is not None else text
    metrics = label.fontMetrics()
    needed = max(metrics.horizontalAdvance(line) for line in shown.split("\n"))
    available = label.contentsRect().width() - 2 * label.margin()
    if label.indent() > 0 and label.alignment() & (
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight
    ):
        available -= label.indent()
    return _clip(label, text, needed, available)


def _button(button: QAbstractButton) -> list[Clipped]:
    text = button.text()
    if not text:
        return []
    style = button.style()
    metrics = button.fontMetrics()
    contents = metrics.horizontalAdvance(_shown(text))
    height = metrics.height()
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text = text
        features = QStyleOptionButton.ButtonFeature.None_
        if button.isFlat():
            features |= QStyleOptionButton.ButtonFeature.Flat
        if button.menu() is not None:
            features |= QStyleOptionButton.ButtonFeature.HasMenuIndicator
            contents += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
        if button.autoDefault() or button.isDefault():
            features |= QStyleOptionButton.ButtonFeature.AutoDefaultButton
        option.features = features
        kind = QStyle.ContentsType.CT_PushButton
    elif isinstance(button, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text = text
        kind = (
            QStyle.ContentsType.CT_CheckBox
            if isinstance(button, QCheckBox)
            else QStyle.ContentsType.CT_RadioButton
        )
    elif isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return []
        option = QStyleOptionToolButton()
        option.initFrom(button)
        option.text = text
        option.toolButtonStyle = button.toolButtonStyle()
        option.subControls = QStyle.SubControl.SC_ToolButton
        if button.menu() is not None:
            option.features = QStyleOptionToolButton.ToolButtonFeature.HasMenu
        if button.popupMode() == QToolButton.ToolButtonPopupMode.MenuButtonPopup:
            option.features |= QStyleOptionToolButton.ToolButtonFeature.MenuButtonPopup
            contents += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
        kind = QStyle.ContentsType.CT_ToolButton
    else:
        return []
    if not button.icon().isNull() and (
        not isinstance(button, QToolButton)
        or button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    ):
        contents += button.iconSize().width() + 4
    padded = style.sizeFromContents(kind, option, QSize(_WIDE + contents, height), button)
    needed = padded.width() - _WIDE
    return _clip(button, text, needed, button.width())


def _placeholder(edit: QLineEdit) -> list[Clipped]:
    """The grey hint in an empty field ("e.g. Chief Revenue Officer"): what it says is lost
    when it does not fit. Typed text scrolls, as it should."""
    hint = edit.placeholderText()
    if not hint or edit.text():
        return []
    option = QStyleOptionFrame()
    option.initFrom(edit)
    option.rect = edit.rect()
    if edit.hasFrame():
        option.lineWidth = edit.style().pixelMetric(
            QStyle.PixelMetric.PM_DefaultFrameWidth, option, edit
        )
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    available = room.width() - margins.left() - margins.right() - 2 * _LINE_EDIT_MARGIN
    # The clear button and other icons inside the field.
    for icon in edit.findChildren(QToolButton):
        if icon.parent() is edit and icon.isVisible():
            available -= icon.width()
    needed = edit.fontMetrics().horizontalAdvance(hint)
    return _clip(edit, f"{hint} (placeholder)", needed, available)


def _tabs(bar: QTabBar) -> list[Clipped]:
    found: list[Clipped] = []
    style, metrics = bar.style(), bar.fontMetrics()
    # When the tabs are wider than the bar, Qt shows scroll arrows over its right end.
    arrows = [a for a in bar.findChildren(QToolButton) if a.parent() is bar and a.isVisible()]
    end = min([bar.width(), *(arrow.x() for arrow in arrows)])
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = bar.tabText(index)
        option = QStyleOptionTab()
        option.initFrom(bar)
        option.text = text
        option.shape = bar.shape()
        space = style.pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, option, bar)
        contents = metrics.horizontalAdvance(_shown(text)) + space
        if not bar.tabIcon(index).isNull():
            contents += bar.iconSize().width() + 4
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            extra = bar.tabButton(index, side)
            if extra is not None and not extra.isHidden():
                contents += extra.sizeHint().width()
        padded = style.sizeFromContents(
            QStyle.ContentsType.CT_TabBarTab, option, QSize(_WIDE + contents, metrics.height()), bar
        )
        needed = padded.width() - _WIDE
        rect = bar.tabRect(index)
        # What of the tab is in view: all of it, unless the tabs run past the bar's end.
        available = min(rect.right() + 1, end) - max(rect.left(), 0)
        found += _clip(bar, text, needed, max(available, 0))
    if arrows:
        total = sum(bar.tabRect(i).width() for i in range(bar.count()) if bar.isTabVisible(i))
        found += _clip(bar, "(the tabs scroll: not all are in view)", total, bar.width())
    return found


def _group_box(box: QGroupBox) -> list[Clipped]:
    title = box.title()
    if not title:
        return []
    metrics = box.fontMetrics()
    option = QStyleOptionGroupBox()
    option.initFrom(box)
    option.text = title
    option.subControls = QStyle.SubControl.SC_GroupBoxFrame | QStyle.SubControl.SC_GroupBoxLabel
    if box.isCheckable():
        option.subControls |= QStyle.SubControl.SC_GroupBoxCheckBox
    option.rect = box.rect()
    label = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    # The style puts the label where it would go with the whole title; what counts is whether
    # it ends inside the box.
    needed = label.left() + metrics.horizontalAdvance(_shown(title))
    return _clip(box, title, needed, box.width())


def _header(header: QHeaderView) -> list[Clipped]:
    model = header.model()
    if model is None:
        return []
    found: list[Clipped] = []
    style, metrics = header.style(), header.fontMetrics()
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) == 0:
            continue
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        text = str(text)
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.text = text
        option.section = logical
        option.orientation = header.orientation()
        position = header.sectionViewportPosition(logical)
        size = header.sectionSize(logical)
        if header.orientation() == Qt.Orientation.Horizontal:
            option.rect = QRect(position, 0, size, header.height())
        else:
            option.rect = QRect(0, position, header.width(), size)
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            option.sortIndicator = (
                QStyleOptionHeader.SortIndicator.SortDown
                if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
                else QStyleOptionHeader.SortIndicator.SortUp
            )
        label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
        lines = text.split("\n")
        needed = max(metrics.horizontalAdvance(line) for line in lines)
        if header.orientation() == Qt.Orientation.Horizontal:
            found += _clip(header, f"{text} (column {logical})", needed, label.width())
    return found
