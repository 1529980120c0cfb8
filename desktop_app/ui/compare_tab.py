"""The Compare tab of a search: its candidates side by side, a competency matrix beside a chart
of strategy against execution, for the committee's shortlist discussions."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.charts.scatter import StrategyExecutionPoint
from desktop_app.domain.pipeline import STAGES, Stage
from desktop_app.domain.scorecard import Rating, ScoreCard, score_card
from desktop_app.domain.search import Role
from desktop_app.labels.candidates import short_names
from desktop_app.labels.text import fill
from desktop_app.store.candidates import Candidate
from desktop_app.store.errors import NotFound
from desktop_app.ui.compare_chart import StrategyExecutionChart
from desktop_app.ui.compare_matrix_model import (
    DISPUTED_MARK,
    WARNING_MARK,
    CompareMatrixModel,
    score_colours,
)
from desktop_app.ui.compare_matrix_view import CompareHeader, MatrixDelegate
from desktop_app.ui.deferred_refresh import DeferredRefresh
from desktop_app.ui.scorecard_style import is_dark, make_secondary
from desktop_app.ui.workspace import Workspace

SHORTLIST_ON = "shortlist_on"
IN_PIPELINE = "in_pipeline"
EVERYONE = "everyone"
_ROW_HEIGHTS = (28, 36)  # rows grow into the room there is, up to a point
_NAMES_WIDTH = 184  # at least; the full competency name is in the tooltip


def shown_in(candidate: Candidate, choice: str) -> bool:
    """Whether the stage filter keeps the candidate. "In the pipeline" means not left (a hire
    stays); "Shortlist and later" narrows that to the shortlist onwards."""
    if choice == EVERYONE:
        return True
    if candidate.exit_state is not None:
        return False
    return choice == IN_PIPELINE or STAGES.index(candidate.stage) >= STAGES.index(Stage.SHORTLIST)


def _column_order(column: tuple[Candidate, ScoreCard]) -> tuple[int, str]:
    # The best fit first, the unscored last, then by name: the order a committee reads in.
    candidate, card = column
    fit = card.fit_points if card.fit_points is not None else -1
    return (-fit, candidate.full_name.casefold())


class CompareTab(DeferredRefresh, QWidget):
    candidate_activated = Signal(str)  # a candidate id, to open in the Candidates tab

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._search_id: str | None = None
        self._role = Role.CRO
        self._columns: list[tuple[Candidate, ScoreCard]] = []
        self._ratings: dict[str, list[Rating]] = {}
        self._selected_id: str | None = None

        self.stage_combo = QComboBox()
        self.stage_combo.setObjectName("compareStageFilter")
        self.stage_combo.setAccessibleName(self.tr("Candidates to compare"))
        self.stage_combo.addItem(self.tr("Shortlist and later"), SHORTLIST_ON)
        self.stage_combo.addItem(self.tr("All in the pipeline"), IN_PIPELINE)
        self.stage_combo.addItem(self.tr("Everyone"), EVERYONE)
        self.stage_combo.currentIndexChanged.connect(self._show)
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.stage_combo)
        self.count_label = QLabel()
        self.count_label.setObjectName("compareCount")
        hint = make_secondary(
            QLabel(self.tr("Double-click a candidate or click a point to open them in Candidates")),
            scale=1,
        )
        top = QHBoxLayout()
        top.addWidget(show_label)
        top.addWidget(self.stage_combo)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(hint)

        self.model = CompareMatrixModel(self)
        self.table = QTableView()
        self.table.setObjectName("compareMatrix")
        self.table.setAccessibleName(self.tr("Competency scores by candidate"))
        self.table.setModel(self.model)
        self.table.setHorizontalHeader(CompareHeader(self.table))
        self.table.setItemDelegate(MatrixDelegate(self.table))
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(_ROW_HEIGHTS[0])
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows.setHighlightSections(False)  # a selected column touches every row
        rows.setFixedWidth(_NAMES_WIDTH)
        self.table.activated.connect(self._activate_index)
        self.table.horizontalHeader().sectionDoubleClicked.connect(self._activate_column)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.legend = QLabel()
        self.legend.setObjectName("compareLegend")
        self.legend.setWordWrap(True)
        matrix_pane = self.matrix_pane = QWidget()
        matrix_pane.installEventFilter(self)
        matrix_layout = QVBoxLayout(matrix_pane)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        # The table takes the height it can use (see _fit_rows); the stretch takes the rest.
        matrix_layout.addWidget(self.table, 1)
        matrix_layout.addWidget(self.legend)
        matrix_layout.addStretch(0)

        chart_title = QLabel(self.tr("Strategy against execution"))
        bold = chart_title.font()
        bold.setBold(True)
        chart_title.setFont(bold)
        self.chart = StrategyExecutionChart()
        self.chart.setObjectName("compareChart")
        self.chart.point_clicked.connect(self.candidate_activated)
        self.unplotted = make_secondary(QLabel(), scale=1)
        self.unplotted.setObjectName("compareUnplotted")
        self.unplotted.setWordWrap(True)
        chart_pane = QWidget()
        chart_layout = QVBoxLayout(chart_pane)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(chart_title)
        chart_layout.addWidget(self.chart)
        chart_layout.addWidget(self.unplotted)
        chart_layout.addStretch(1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("compareSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(matrix_pane)
        self.splitter.addWidget(chart_pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # Five candidates (a typical shortlist) fit beside a readable chart at 1100 pixels.
        self.splitter.setSizes([760, 340])

        self.empty_label = make_secondary(QLabel(), scale=1.1)
        self.empty_label.setObjectName("compareEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        workspace.changed.connect(self._data_changed)
        self._apply_theme()
        self._show()

    # --- public ------------------------------------------------------------------------------

    def set_search(self, search_id: str | None) -> None:
        if search_id == self._search_id:
            return
        self._search_id = search_id
        self._selected_id = None
        self.refresh_when_visible(self.refresh)

    def refresh(self) -> None:
        """Re-reads the search's candidates and scores (one query for all the ratings)."""
        self._columns, self._ratings = [], {}
        if self._search_id is not None:
            try:
                self._role = self._workspace.search(self._search_id).role
            except NotFound:
                self._search_id = None  # deleted; the main window moves on
            else:
                self._ratings = self._workspace.ratings_of_search(self._search_id)
                cards = self._workspace.score_cards(self._search_id)
                unscored = score_card(self._role, [])
                self._columns = [
                    (candidate, cards.get(candidate.id, unscored))
                    for candidate in self._workspace.candidates(self._search_id)
                ]
        self._show()

    def current_candidate_id(self) -> str | None:
        columns = self.table.selectionModel().selectedColumns()
        return self.model.candidate_at(columns[0].column()).id if columns else None

    # --- inner workings ----------------------------------------------------------------------

    def _data_changed(self, search_id: str) -> None:
        if self._search_id is not None and search_id in ("", self._search_id):
            self.refresh_when_visible(self.refresh)

    def _show(self) -> None:
        choice = self.stage_combo.currentData() or SHORTLIST_ON
        shown = sorted((c for c in self._columns if shown_in(c[0], choice)), key=_column_order)
        wanted = self._selected_id
        self.model.set_columns(shown, self._ratings)
        header = self.table.horizontalHeader()
        if isinstance(header, CompareHeader):
            header.fit_sections()
        self._fit_rows()
        self._show_chart(shown)
        if wanted is not None and (column := self.model.column_of(wanted)) is not None:
            self.table.selectColumn(column)
        total = len(self._columns)
        self.count_label.setText(
            fill(self.tr("%1 of %2 candidates"), len(shown), total)
            if len(shown) != total
            else fill(self.tr("Candidates: %1"), total)
        )
        if self._search_id is None:
            self.empty_label.setText(self.tr("Choose a search to compare its candidates."))
        elif not total:
            self.empty_label.setText(self.tr("No candidates in this search yet."))
        elif choice == SHORTLIST_ON:
            self.empty_label.setText(
                self.tr(
                    "No one in the pipeline has reached the shortlist.\nShow “All in the "
                    "pipeline” or “Everyone” to compare the others."
                )
            )
        else:
            self.empty_label.setText(self.tr("No candidate matches this choice."))
        self.pages.setCurrentWidget(self.splitter if shown else self.empty_label)

    def _show_chart(self, shown: list[tuple[Candidate, ScoreCard]]) -> None:
        plotted = [(c, card) for c, card in shown if card.strategy is not None]
        plotted = [(c, card) for c, card in plotted if card.execution is not None]
        labels = short_names({c.id: c.full_name for c, _card in plotted})
        points = [
            StrategyExecutionPoint(
                c.id,
                labels[c.id],
                card.strategy or 0,
                card.execution or 0,
                flagged=bool(card.flags),
                left=c.exit_state is not None,
            )
            for c, card in plotted
        ]
        on_chart = {candidate.id for candidate, _card in plotted}
        horizontal, tooltip = Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        tips = {
            candidate.id: str(self.model.headerData(column, horizontal, tooltip))
            for column in range(self.model.columnCount())
            if (candidate := self.model.candidate_at(column)).id in on_chart
        }
        self.chart.set_points(points, self._role, tips)
        self.chart.set_highlighted(self._selected_id)
        missing = [c.full_name for c, _card in shown if c.id not in on_chart]
        self.unplotted.setVisible(bool(missing))
        self.unplotted.setText(
            fill(
                self.tr("Not on the chart until both S and E are scored: %1."),
                ", ".join(missing),
            )
        )

    def _selection_changed(self) -> None:
        candidate_id = self.current_candidate_id()
        if candidate_id is not None:
            self._selected_id = candidate_id
        self.chart.set_highlighted(candidate_id)

    def _activate_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self._activate_column(index.column())

    def _activate_column(self, column: int) -> None:
        if 0 <= column < self.model.columnCount():
            self.candidate_activated.emit(self.model.candidate_at(column).id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.matrix_pane and event.type() == QEvent.Type.Resize:
            self._fit_rows()
        return super().eventFilter(watched, event)

    def _fit_rows(self) -> None:
        """Fits the matrix to its pane: the competency names get the width the candidates leave
        (whole names when there is room), the rows grow into the height there is, and the
        table ends below its last row, so the legend sits under the scores."""
        table = self.table
        frame = 2 * table.frameWidth()
        names = table.verticalHeader()
        metrics = names.fontMetrics()
        natural = max(
            metrics.horizontalAdvance(str(self.model.headerData(row, Qt.Orientation.Vertical)))
            for row in range(self.model.rowCount())
        )
        spare = self.matrix_pane.width() - table.horizontalHeader().length() - frame - 4
        names.setFixedWidth(max(_NAMES_WIDTH, min(natural + 16, spare)))
        header = table.horizontalHeader().sizeHint().height()
        wide = table.horizontalHeader().length() + names.width() + frame > table.width()
        scrollbar = table.horizontalScrollBar().sizeHint().height() if wide else 0
        legend = self.legend.heightForWidth(self.matrix_pane.width())
        room = self.matrix_pane.height() - legend - header - frame - scrollbar - 8
        rows = self.model.rowCount()
        height = max(_ROW_HEIGHTS[0], min(_ROW_HEIGHTS[1], room // rows - 1))
        names.setDefaultSectionSize(height)
        table.setMaximumHeight(header + frame + scrollbar + rows * height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_theme()

    def _apply_theme(self) -> None:
        dark = is_dark(self)
        self.model.set_dark(dark)
        swatches = "".join(
            f'<span style="background-color:{bg.name()}; color:{fg.name()};">'
            f"&nbsp;{score}&nbsp;</span>"
            for score in range(1, 6)
            for bg, fg in [score_colours(score, dark)]
        )
        items = [
            fill(_unbroken(self.tr("Median score %1")), swatches),
            fill(
                _unbroken(self.tr("%1 disputed: raters 2 or more points apart")),
                f"<b>{DISPUTED_MARK}</b>",
            ),
            _unbroken(self.tr("×3 weight in this seat")),  # noqa: RUF001 - a multiplication sign
            fill(_unbroken(self.tr("%1 mismatch or critical gap")), WARNING_MARK),
        ]
        self.legend.setText(" · ".join(items))


def _unbroken(text: str) -> str:
    """A legend item as rich text that never breaks inside: the legend wraps between items."""
    return html.escape(text).replace(" ", "&nbsp;")
