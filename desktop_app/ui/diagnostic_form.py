"""The role-need diagnostic as a form: twelve questions answered with radio buttons, and the
recommendation they lead to, updated with every choice.

The form neither reads nor saves anything: the Diagnostic tab stores each choice with its
search, and the New Search dialog's "Help me decide" keeps them until the search exists.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.diagnostic import (
    QUESTIONS,
    Diagnosis,
    Question,
    Recommendation,
    diagnose,
)
from desktop_app.domain.search import Role
from desktop_app.labels.diagnostic import (
    complementary_hire_text,
    group_label,
    question_text,
    recommendation_label,
    rule_text,
    watch_advice_text,
)
from desktop_app.labels.text import fill
from desktop_app.ui.scorecard_style import is_dark, make_secondary
from desktop_app.ui.search_list import ROLE_COLOURS

# The Watch badge is an outline, drawn in a colour that reads on the window in either theme.
_WATCH_COLOUR = {False: "#8a5a00", True: "#f2b33d"}


_BADGE_SIZE = 68
_BADGE_FONT_PX = 15
_BADGE_INSIDE = 7  # the dashed border and a little air, on each side of the word


class RecommendationBadge(QLabel):
    """CRO in a filled square, CSO in a filled circle, Watch in a dashed outline: the three
    read apart by word and shape, whatever the colours look like to the person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recommendation: Recommendation | None = None
        self.setFixedSize(QSize(_BADGE_SIZE, _BADGE_SIZE))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def recommendation(self) -> Recommendation | None:
        return self._recommendation

    def set_recommendation(self, recommendation: Recommendation | None) -> None:
        self._recommendation = recommendation
        text = recommendation_label(recommendation) if recommendation is not None else ""
        self.setText(text)
        self.setAccessibleName(text)
        if recommendation is Recommendation.WATCH:
            # An outline in a colour that reads on the window in either theme.
            colour = _WATCH_COLOUR[is_dark(self)]
            look = f"border: 3px dashed {colour}; border-radius: 6px; color: palette(window-text);"
        elif recommendation is not None:
            fill_colour = ROLE_COLOURS[Role(recommendation.value)].name()
            radius = 34 if recommendation is Recommendation.CSO else 6
            look = f"background: {fill_colour}; color: white; border-radius: {radius}px;"
        else:
            look = ""
        self.setStyleSheet(f"QLabel {{ {look} font-weight: bold; font-size: {_BADGE_FONT_PX}px; }}")
        # A square (a circle for CSO) unless the word is longer than CRO, as "Watch" may be in
        # another language: then the outline grows sideways around it.
        font = QFont(self.font())
        font.setPixelSize(_BADGE_FONT_PX)
        font.setBold(True)
        room = QFontMetrics(font).horizontalAdvance(text) + 2 * _BADGE_INSIDE
        self.setFixedWidth(max(_BADGE_SIZE, room))


class _QuestionRow(QFrame):
    """One question: its key, its text and an exclusive group of option buttons."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = question.key
        self.setObjectName("question")
        self.text, self.options = question_text(question)
        self._triggered = False
        self.value: int | None = None  # the answer shown, to tell a new choice from a repeat
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.group = QButtonGroup(self)
        choices = QHBoxLayout()
        choices.setContentsMargins(22, 0, 0, 0)
        choices.setSpacing(14)
        for value, option in enumerate(self.options):
            button = QRadioButton(option)
            button.setObjectName(f"{question.key}_{value}")
            button.setAccessibleName(fill(self.tr("%1: %2"), self.text, option))
            self.group.addButton(button, value)
            button.installEventFilter(self)
            choices.addWidget(button)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addLayout(choices)
        self.set_triggered(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Tab stops once per question, on its first option; land on the chosen one instead,
        # so Space there does not change an answer by surprise.
        checked = self.group.checkedButton()
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
            and checked is not None
            and watched is not checked
        ):
            checked.setFocus(event.reason())
        return super().eventFilter(watched, event)

    def set_answer(self, value: int | None) -> None:
        self.value = value
        button = self.group.button(value) if value is not None else None
        if button is not None:
            button.setChecked(True)
        elif self.group.checkedButton() is not None:
            # An exclusive group refuses to be emptied; for a moment it may be.
            self.group.setExclusive(False)
            self.group.checkedButton().setChecked(False)
            self.group.setExclusive(True)

    def is_triggered(self) -> bool:
        return self._triggered

    def set_triggered(self, triggered: bool) -> None:
        self._triggered = triggered
        key, text = html.escape(self.key), html.escape(self.text)
        if triggered:
            # Bold and an arrow, not only the accent bar, so it shows without colour too.
            self.title.setText(f"<b>▶ {key}&nbsp;&nbsp;{text}</b>")
            self.setStyleSheet(
                "QFrame#question { background: palette(alternate-base);"
                " border-left: 4px solid palette(highlight); border-radius: 3px; }"
            )
        else:
            self.title.setText(f"<b>{key}</b>&nbsp;&nbsp;{text}")
            self.setStyleSheet("QFrame#question { border-left: 4px solid transparent; }")
        # On the buttons, which a screen reader announces, not on the frame around them.
        deciding = self.tr("This answer decides the recommendation.") if triggered else ""
        for button in self.group.buttons():
            button.setAccessibleDescription(deciding)


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def _wrapping(text: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


class _ResultPanel(QWidget):
    """The recommendation, why, and what to plan alongside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.badge = RecommendationBadge()
        self.recommendation = QLabel()
        self.recommendation.setObjectName("diagnosticRecommendation")
        font = self.recommendation.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.recommendation.setFont(font)
        self.recommendation.setWordWrap(True)
        self.status = make_secondary(_wrapping())
        self.rule, self.hire, self.advice = _wrapping(), _wrapping(), _wrapping()
        self.triggered, self.totals = _wrapping(rich=True), QLabel()
        self.totals.setTextFormat(Qt.TextFormat.RichText)

        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(self.badge)
        top.addWidget(self.recommendation, 1)
        self.note = QFrame()
        self.note.setObjectName("adviceNote")
        self.note.setStyleSheet(
            "QFrame#adviceNote { background: palette(alternate-base); border: 1px solid"
            " palette(mid); border-left: 4px solid palette(highlight); border-radius: 3px; }"
            "QFrame#adviceNote QLabel { border: none; background: transparent; }"
        )
        QVBoxLayout(self.note).addWidget(self.advice)
        self.sections = [
            self._section(self.tr("Why"), self.rule),
            self._section(self.tr("Answers behind it (▶ in the form)"), self.triggered),
            self._section(self.tr("Scores"), self.totals),
            self._section(self.tr("Complementary hire to plan"), self.hire),
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        layout.setSpacing(12)
        layout.addWidget(make_secondary(QLabel(self.tr("Recommendation"))))
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.note)
        for section in self.sections:
            layout.addWidget(section)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setFixedWidth(290)

    def _section(self, title: str, body: QWidget) -> QWidget:
        section = QWidget()
        heading = QLabel(title)
        heading.setWordWrap(True)  # the panel's width is fixed; a long heading takes two lines
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        column = QVBoxLayout(section)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(heading)
        column.addWidget(body)
        return section

    def show_diagnosis(
        self, diagnosis: Diagnosis | None, answers: Mapping[str, int], rows: dict
    ) -> None:
        for section in self.sections:
            section.setVisible(diagnosis is not None)
        self.badge.set_recommendation(diagnosis.recommendation if diagnosis else None)
        self.badge.setVisible(diagnosis is not None)
        watch = diagnosis is not None and diagnosis.recommendation is Recommendation.WATCH
        self.note.setVisible(watch)
        if diagnosis is None:
            self.recommendation.setText(self.tr("No answers yet"))
            self.status.setText(
                self.tr("Answer the questions; the recommendation follows each answer.")
            )
            return
        titles = {
            Recommendation.CRO: self.tr("Hire a CRO"),
            Recommendation.CSO: self.tr("Hire a CSO"),
            Recommendation.WATCH: self.tr("Not clear yet"),
        }
        self.recommendation.setText(titles[diagnosis.recommendation])
        if diagnosis.complete:
            self.status.setText(fill(self.tr("Based on all %1 answers."), len(QUESTIONS)))
        else:
            self.status.setText(
                fill(
                    self.tr("Provisional: %1 of %2 questions not answered yet (they count as 0)."),
                    len(diagnosis.unanswered),
                    len(QUESTIONS),
                )
            )
        self.rule.setText(rule_text(diagnosis))
        self.advice.setText(watch_advice_text())
        self.hire.setText(complementary_hire_text(diagnosis.recommendation))
        behind = []
        for key in diagnosis.triggered_by:
            value = answers.get(key)
            answer = rows[key].options[value] if value is not None else self.tr("not answered")
            behind.append(
                (f"<b>{key}</b>", f"{html.escape(rows[key].text)} → <i>{html.escape(answer)}</i>")
            )
        self.triggered.setText(_table(behind))
        of = self.tr("of %1")  # the ranges domain.md gives; G counts F1 as one more point
        self.totals.setText(
            _table(
                (name, f"&nbsp;&nbsp;<b>{value}</b>", html.escape(fill(of, top)))
                for name, value, top in (
                    (self.tr("Complexity (C)"), diagnosis.complexity, 8),
                    (self.tr("Growth pains (G)"), diagnosis.growth_pain, 9),
                    (self.tr("Scope (P)"), diagnosis.scope, 4),
                )
            )
        )


def _table(rows: Iterable[tuple[str, ...]]) -> str:
    """Rich text rows whose cells line up; the caller escapes what it puts in."""
    cells = ("".join(f"<td>{cell}</td>" for cell in row) for row in rows)
    return (
        "<table cellspacing='0' cellpadding='2'>"
        + "".join(f"<tr>{r}</tr>" for r in cells)
        + "</table>"
    )


class DiagnosticForm(QWidget):
    """The twelve questions by group, and the live result beside them."""

    answers_changed = Signal(dict)  # every answer given so far, after a person's choice
    answer_chosen = Signal(str, int)  # the question and the option a person just picked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = {q.key: _QuestionRow(q) for q in QUESTIONS}
        questions = QWidget()
        column = QVBoxLayout(questions)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)
        for group in dict.fromkeys(q.group for q in QUESTIONS):
            box = QGroupBox(group_label(group))
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 6, 4, 4)
            inner.setSpacing(2)
            for question in QUESTIONS:
                if question.group == group:
                    inner.addWidget(self.rows[question.key])
            column.addWidget(box)
        column.addStretch(1)
        for key, row in self.rows.items():
            # idClicked, not toggled: it fires for a mouse or keyboard choice, never for
            # set_answers, so reading stored answers does not look like a new edit.
            row.group.idClicked.connect(lambda value, key=key: self._chosen(key, value))

        self.result = _ResultPanel()
        self.questions_area = _scrolling(questions)
        self.result_area = _scrolling(self.result)
        self.result_area.setFixedWidth(self.result.width() + 16)
        # The options of a question stay on one line: rather than cut them off, the column
        # keeps the width they need and the window cannot be made narrower.
        self.questions_area.setMinimumWidth(
            questions.minimumSizeHint().width()
            + self.questions_area.verticalScrollBar().sizeHint().width()
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.questions_area, 1)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Plain)
        separator.setStyleSheet("color: palette(mid);")  # a quiet line in either theme
        layout.addWidget(separator)
        layout.addWidget(self.result_area)
        self._show_result()

    def answers(self) -> dict[str, int]:
        """The answered questions only."""
        return {key: row.value for key, row in self.rows.items() if row.value is not None}

    def set_answers(self, answers: Mapping[str, int]) -> None:
        """Shows stored answers; emits nothing, as no one chose anything."""
        for key, row in self.rows.items():
            row.set_answer(answers.get(key))
        self._show_result()

    def diagnosis(self) -> Diagnosis | None:
        """The recommendation from the answers so far, or None before the first answer."""
        answers = self.answers()
        return diagnose(answers) if answers else None

    def option_button(self, key: str, value: int) -> QRadioButton:
        return self.rows[key].group.button(value)

    def is_highlighted(self, key: str) -> bool:
        return self.rows[key].is_triggered()

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows.values():
            for button in row.group.buttons():
                button.setEnabled(not read_only)

    def _chosen(self, key: str, value: int) -> None:
        row = self.rows[key]
        if row.value == value:
            return  # the option already chosen, clicked again: nothing to save or undo
        row.value = value
        self._show_result()
        self.answer_chosen.emit(key, value)
        self.answers_changed.emit(self.answers())

    def _show_result(self) -> None:
        diagnosis = self.diagnosis()
        deciding = set(diagnosis.triggered_by) if diagnosis else set()
        for key, row in self.rows.items():
            if row.is_triggered() != (key in deciding):
                row.set_triggered(key in deciding)
        self.result.show_diagnosis(diagnosis, self.answers(), self.rows)
