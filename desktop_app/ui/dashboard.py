"""The home view, "All searches": one card per open search, the ones that need attention first
(most overdue steps, then stalled, then longest open; see search_attention.py), each card
saying why it is where it is."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.pipeline import STAGES, Stage
from desktop_app.domain.ranking import ranked_by_cards
from desktop_app.domain.scorecard import ScoreCard
from desktop_app.domain.search import SearchStatus
from desktop_app.labels.attention import (
    attention_order,
    day_text,
    days_past_target,
    fit_text,
    furthest_stage,
    idle_days,
    is_stalled,
    open_searches,
)
from desktop_app.labels.candidates import stage_label
from desktop_app.labels.searches import status_label
from desktop_app.labels.text import fill
from desktop_app.store.candidates import Candidate
from desktop_app.store.summary import SearchSummary
from desktop_app.ui.chart_widgets import FunnelChart
from desktop_app.ui.deferred_refresh import DeferredRefresh
from desktop_app.ui.scorecard_style import (
    ElidedLabel,
    Tone,
    make_secondary,
    neutral_chip_style,
    tone_style,
)
from desktop_app.ui.search_list import ROLE_COLOURS
from desktop_app.ui.workspace import Workspace


class SearchCard(QFrame):
    """One search on the dashboard. Clicking it, or Enter or Space while it has the focus,
    opens the search."""

    activated = Signal(str)
    focused = Signal()

    def __init__(
        self,
        summary: SearchSummary,
        leader: tuple[Candidate, ScoreCard] | None,
        hire: Candidate | None,
        today: dt.date,
        parent: QWidget | None = None,
        *,
        leader_known: bool = True,
    ) -> None:
        """With `leader_known` False the card shows its search at once and the leading
        candidate follows with set_leader() (scoring a search's candidates takes a while)."""
        super().__init__(parent)
        search = summary.search
        self.summary, self._today = summary, today
        self.search_id = search.id
        self.setObjectName("searchCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Border plus margin is 2px either way, so the focus ring does not shift the content.
        self.setStyleSheet(
            "QFrame#searchCard { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; margin: 1px; }"
            "QFrame#searchCard:hover { border-color: palette(highlight); }"
            "QFrame#searchCard:focus { border: 2px solid palette(highlight); margin: 0px; }"
        )

        badge = QLabel(search.role.value)
        badge.setStyleSheet(
            f"background: {ROLE_COLOURS[search.role].name()}; color: white;"
            " border-radius: 4px; padding: 1px 7px; font-weight: bold;"
        )
        self.title_label = ElidedLabel(search.title)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title_label.setFont(font)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(badge)
        top.addWidget(self.title_label)
        if search.code_name:
            top.addWidget(make_secondary(ElidedLabel(search.code_name), scale=1.0))
        top.addStretch(1)
        self._top = top
        self._chips: list[QLabel] = []
        self.reasons: list[tuple[str, Tone | None]] = []

        where = " · ".join(p for p in (search.company, search.business_unit) if p)
        facts = _column(
            ElidedLabel(where or self.tr("No company given")),
            make_secondary(
                ElidedLabel(" · ".join((status_label(search.status), day_text(summary, today))))
            ),
        )

        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(summary.progress.percent)
        bar.setTextVisible(False)
        bar.setFixedSize(120, 8)
        # Drawn by hand so the empty track shows on a card in dark themes too.
        bar.setStyleSheet(
            "QProgressBar { background: palette(window); border: 1px solid palette(mid);"
            " border-radius: 4px; } QProgressBar::chunk { background: #3f78c0;"
            " border-radius: 3px; }"
        )
        bar.setAccessibleName(self.tr("Checklist progress"))
        bar_row = QHBoxLayout()
        bar_row.setSpacing(8)
        bar_row.addWidget(bar)
        bar_row.addWidget(QLabel(f"{summary.progress.percent}%"))
        bar_row.addStretch(1)
        self.checklist_text = fill(
            self.tr("%1 of %2 steps done"), summary.progress.done, summary.progress.total
        )
        checklist = _column(bar_row, make_secondary(QLabel(self.checklist_text)))

        self.funnel = FunnelChart(compact=True)
        self.funnel.set_stages(
            [(stage_label(st), summary.candidates_by_stage.get(st, 0)) for st in STAGES]
        )
        pipeline_line = self.tr("%n in the pipeline", "", summary.in_pipeline)
        furthest = furthest_stage(summary)
        pipeline = QHBoxLayout()
        pipeline.setSpacing(10)
        pipeline.addWidget(self.funnel, 0, Qt.AlignmentFlag.AlignVCenter)
        pipeline.addLayout(
            _column(
                QLabel(pipeline_line),
                make_secondary(
                    QLabel(fill(self.tr("Furthest: %1"), stage_label(furthest)) if furthest else "")
                ),
            )
        )

        self.leader_label = ElidedLabel("")
        self.leader_detail = make_secondary(ElidedLabel(""))
        leading = _column(self.leader_label, self.leader_detail)

        bottom = QHBoxLayout()
        bottom.setSpacing(24)
        bottom.addLayout(facts, 3)
        bottom.addLayout(checklist, 2)
        bottom.addLayout(pipeline, 3)
        bottom.addLayout(leading, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.setAccessibleName(fill(self.tr("%1, %2"), search.title, search.role.value))
        self.setToolTip(self.tr("Open this search"))
        self.leader_known = False
        if leader_known:
            self.set_leader(leader, hire)
        else:
            self._show_reasons()
            self.leader_text = ""

    def set_leader(
        self, leader: tuple[Candidate, ScoreCard] | None, hire: Candidate | None
    ) -> None:
        """Shows who leads the search (or the hire), with any warning about them."""
        self.leader_known = True
        self.leader_text, detail = self._leader_lines(self.summary, leader, hire)
        self.leader_label.set_full_text(self.leader_text)
        self.leader_detail.set_full_text(detail)
        self._show_reasons(leader)

    def _show_reasons(self, leader: tuple[Candidate, ScoreCard] | None = None) -> None:
        for chip in self._chips:
            self._top.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        self.reasons = self._reasons(self.summary, leader, self._today)
        shown = self.reasons or [(self.tr("On track"), None)]
        for text, tone in shown:
            chip = QLabel(text)
            chip.setObjectName("reasonChip")
            chip.setStyleSheet(tone_style(self, tone) if tone else neutral_chip_style())
            self._top.addWidget(chip)
            self._chips.append(chip)
        reasons = "; ".join(text for text, _tone in self.reasons) or self.tr("On track")
        self.setAccessibleDescription(
            fill(
                self.tr("%1. %2. %3. Leading candidate: %4. Press Enter to open."),
                reasons,
                day_text(self.summary, self._today),
                self.checklist_text,
                getattr(self, "leader_text", ""),
            )
        )

    def _reasons(
        self,
        summary: SearchSummary,
        leader: tuple[Candidate, ScoreCard] | None,
        today: dt.date,
    ) -> list[tuple[str, Tone | None]]:
        """Why the search needs attention, in the order the dashboard sorts by."""
        reasons: list[tuple[str, Tone | None]] = []
        late = summary.overdue_steps
        if late:
            text = self.tr("1 overdue step") if late == 1 else self.tr("%n overdue steps", "", late)
            reasons.append((text, Tone.DANGER))
        if is_stalled(summary, today):
            idle = idle_days(summary, today)
            reasons.append((self.tr("No activity for %n days", "", idle), Tone.CAUTION))
        past = days_past_target(summary) if summary.search.status is SearchStatus.ACTIVE else 0
        if past:
            text = (
                self.tr("1 day past target")
                if past == 1
                else self.tr("%n days past target", "", past)
            )
            reasons.append((text, Tone.CAUTION))
        if summary.search.status is not SearchStatus.ACTIVE:
            reasons.append((status_label(summary.search.status), None))
        if leader is not None:
            card = leader[1]
            if card.flags:
                reasons.append((self.tr("Leader: mismatch"), Tone.CAUTION))
            if card.critical_gaps:
                reasons.append((self.tr("Leader: critical gap"), Tone.CAUTION))
        return reasons

    def _leader_lines(
        self,
        summary: SearchSummary,
        leader: tuple[Candidate, ScoreCard] | None,
        hire: Candidate | None,
    ) -> tuple[str, str]:
        if leader is not None:
            candidate, card = leader
            detail = " · ".join((fit_text(card), stage_label(candidate.stage)))
            return fill(self.tr("Leading: %1"), candidate.full_name), detail
        if summary.in_pipeline == 0 and hire is not None:
            return fill(self.tr("Hired: %1"), hire.full_name), ""
        if summary.in_pipeline == 0:
            return self.tr("No candidates in the pipeline"), ""
        return self.tr("No scores yet"), self.tr("Score candidates to see who leads")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.search_id)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.search_id)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()


# Cards listed at once; "Show more" adds as many again.
CARDS_AT_ONCE = 30
# Cards built and complete with their leading candidate at once: about a window's height,
# unless the search is large (scoring a thousand candidates takes a while). The other cards
# are built, and the large searches scored, right after, one per turn of the event loop, so
# the window shows and answers without waiting for all of them. At the window's first showing
# even these cards' leaders come just after the first paint (scoring six searches is a third
# of a bare window's start); they come first, before the cards further down.
LEADERS_AT_ONCE = 6
LEADER_AT_ONCE_MOST_CANDIDATES = 150
# A pause before each deferred card, so the window paints and answers first.
SCORE_PAUSE_MS = 1


class Dashboard(DeferredRefresh, QWidget):
    search_activated = Signal(str)
    export_requested = Signal()  # "Portfolio report...": every open search in one report

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._cards: list[SearchCard] = []

        heading = QLabel(self.tr("All searches"))
        heading.setObjectName("dashboardHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.subtitle = make_secondary(
            QLabel(
                self.tr("Open searches, the ones needing attention first. Click one to open it.")
            ),
            scale=1.0,
        )
        self.empty_label = QLabel(
            self.tr(
                "No open searches. Create one with File > New search; filled, cancelled and "
                "archived searches stay in the sidebar."
            )
        )
        self.empty_label.setObjectName("dashboardEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        make_secondary(self.empty_label, scale=1.0)

        self.more_button = QPushButton()
        self.more_button.setObjectName("dashboardMore")
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        self._shown_before = 0  # cards shown before a refresh, so a refresh keeps as many

        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 6, 0)
        self._list_layout.setSpacing(8)
        self._list_layout.addWidget(self.empty_label)
        self._list_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._list_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("dashboardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self._list)

        self.export_button = QPushButton(self.tr("Portfolio report..."))
        self.export_button.setObjectName("dashboardExport")
        self.export_button.setToolTip(
            self.tr("One report of every open search, for the board (PDF, HTML) or the "
                    "committee (Excel, CSV)")
        )  # fmt: skip
        self.export_button.clicked.connect(self.export_requested)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addWidget(self.scroll, 1)
        # Every change can move a search up or down the list, whichever search it touched.
        workspace.changed.connect(lambda _search_id: self.refresh_when_visible(self.refresh))
        self._waiting: list[SearchSummary] = []  # open searches beyond the cards shown so far
        self._unbuilt: list[SearchSummary] = []  # listed, their cards still to be built
        self._unscored: list[SearchCard] = []  # cards still to show their leading candidate
        self._focus_wanted: str | None = None  # a card to focus once it is built
        # The first refresh (the window's first paint) leaves every leader until after it.
        self._refreshed = False
        self._leaders_at_once = False
        # One timer for the work put off, however often a refresh or a show asks for it.
        self._work_timer = QTimer(self)
        self._work_timer.setSingleShot(True)
        self._work_timer.setInterval(SCORE_PAUSE_MS)
        self._work_timer.timeout.connect(self._score_next)
        # Read when first shown: the window may open on a search, and a large database should
        # not pay for a page nobody looks at.
        self.refresh_when_visible(self.refresh)

    def cards(self) -> list[SearchCard]:
        return list(self._cards)

    def refresh(self) -> None:
        """Re-reads every search and rebuilds the cards, keeping the focus on the same one."""
        focused = next((c.search_id for c in self._cards if c.hasFocus()), None)
        for card in self._cards:
            self._list_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self._cards = []
        self._unscored = []
        self._unbuilt = []
        self._leaders_at_once, self._refreshed = self._refreshed, True
        self._waiting = attention_order(open_searches(self._workspace.summaries()), dt.date.today())
        self._add_cards(max(CARDS_AT_ONCE, self._shown_before), focused)
        listed = bool(self._cards or self._unbuilt)
        self.empty_label.setVisible(not listed)
        self.export_button.setEnabled(listed)
        self.subtitle.setVisible(listed)

    def show_more(self) -> None:
        """The next searches, in the same order, when someone scrolls to the end."""
        self._add_cards(CARDS_AT_ONCE, None)

    def _add_cards(self, count: int, focused: str | None) -> None:
        # Each card reads and scores its search's candidates; with hundreds of open searches
        # only the ones needing attention most are built until the person asks for more.
        batch, self._waiting = self._waiting[:count], self._waiting[count:]
        self._focus_wanted = focused
        # The cards on screen first; the rest follow (see LEADERS_AT_ONCE).
        room = max(0, LEADERS_AT_ONCE - len(self._cards) - len(self._unbuilt))
        self._unbuilt.extend(batch[room:])
        for summary in batch[:room]:
            self._add_card(summary)
        self._shown_before = len(self._cards) + len(self._unbuilt)
        if self.leaders_pending():
            self._work_timer.start()
        remaining = len(self._waiting)
        self.more_button.setText(self.tr("Show %n more search(es)", "", remaining))
        self.more_button.setVisible(remaining > 0)

    def _add_card(self, summary: SearchSummary) -> None:
        at_once = (
            self._leaders_at_once
            and len(self._cards) < LEADERS_AT_ONCE
            and summary.candidates_total <= LEADER_AT_ONCE_MOST_CANDIDATES
        )
        card = self._make_card(summary, dt.date.today(), at_once)
        if not at_once:
            self._unscored.append(card)
        self._list_layout.insertWidget(len(self._cards), card)
        self._cards.append(card)
        if card.search_id == self._focus_wanted:
            card.setFocus()

    def leaders_pending(self) -> bool:
        """Whether cards are still to be built or to show their leading candidate."""
        return bool(self._unscored or self._unbuilt)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.leaders_pending():  # paused while the page was hidden
            self._work_timer.start()

    def _score_next(self) -> None:
        """One piece of the work put off: the next card, or the next card's leader."""
        if not self.isVisible():
            return  # nobody is looking (or the window is closing): go on when shown again
        first_screen = self._cards[:LEADERS_AT_ONCE]
        if self._unbuilt and not (self._unscored and self._unscored[0] in first_screen):
            self._add_card(self._unbuilt.pop(0))
        else:
            while self._unscored:
                card = self._unscored.pop(0)
                if card in self._cards:  # not replaced by a refresh meanwhile
                    card.set_leader(*self._leader_of(card.summary))
                    break
        if self.leaders_pending():
            self._work_timer.start()

    def _leader_of(
        self, summary: SearchSummary
    ) -> tuple[tuple[Candidate, ScoreCard] | None, Candidate | None]:
        search = summary.search
        people = self._workspace.candidates(search.id)
        ranked = ranked_by_cards(people, self._workspace.score_cards(search.id))
        hire = next((c for c in people if c.stage is Stage.HIRED and c.exit_state is None), None)
        return (ranked[0] if ranked else None), hire

    def _make_card(self, summary: SearchSummary, today: dt.date, complete: bool) -> SearchCard:
        if complete:
            leader, hire = self._leader_of(summary)
            card = SearchCard(summary, leader, hire, today)
        else:
            card = SearchCard(summary, None, None, today, leader_known=False)
        card.activated.connect(self.search_activated)
        card.focused.connect(lambda c=card: self.scroll.ensureWidgetVisible(c, 0, 8))
        return card


def _column(*items: QWidget | QHBoxLayout) -> QVBoxLayout:
    column = QVBoxLayout()
    column.setSpacing(3)
    for item in items:
        if isinstance(item, QWidget):
            column.addWidget(item)
        else:
            column.addLayout(item)
    return column
