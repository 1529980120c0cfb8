"""The Compare tab as a hiring manager uses it on the demo data: the matrix shows the scorecard's
medians, the filter picks who is compared, the chart puts everyone where their S and E say, and
a click opens a candidate in the Candidates tab."""

from __future__ import annotations

from fractions import Fraction

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from desktop_app.charts.scatter import (
    StrategyExecutionPoint,
    draw_strategy_execution,
    scores_at,
    seat_region,
    suits_seat,
)
from desktop_app.domain.competencies import COMPETENCY_KEYS
from desktop_app.domain.pipeline import STAGES, Stage
from desktop_app.domain.scorecard import Rating, score_card
from desktop_app.domain.search import Role
from desktop_app.sample_data import add_sample_data
from desktop_app.ui.compare_matrix_model import (
    CANDIDATE_ID_ROLE,
    DISPUTED_ROLE,
    SCORE_ROLE,
    CompareMatrixModel,
    score_colours,
)
from desktop_app.ui.compare_tab import EVERYONE, IN_PIPELINE, CompareTab
from desktop_app.ui.workspace import Workspace


@pytest.fixture
def ws(qapp, db, db_path) -> Workspace:
    add_sample_data(db)
    return Workspace(db, db_path)


@pytest.fixture
def lighthouse(ws) -> str:
    """The sample's Northwind CRO search, code name Project Lighthouse: 11 candidates, 3 of
    whom left, 5 still in play at the shortlist or later."""
    return next(s.search.id for s in ws.summaries() if s.search.code_name == "Project Lighthouse")


def open_tab(qtbot, ws: Workspace, search_id: str, size=(1100, 650)) -> CompareTab:
    tab = CompareTab(ws)
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.set_search(search_id)
    tab.show()
    qtbot.waitExposed(tab)
    settle()
    return tab


def settle() -> None:
    """Lets the layouts catch up with what the first refresh put in the tab, as the event loop
    does before the person sees anything."""
    for _ in range(3):
        QApplication.processEvents()


def names(tab: CompareTab) -> list[str]:
    return [tab.model.candidate_at(c).full_name for c in range(tab.model.columnCount())]


def choose(tab: CompareTab, choice: str) -> None:
    tab.stage_combo.setCurrentIndex(tab.stage_combo.findData(choice))


def cards(ws: Workspace, search_id: str) -> dict:
    role = ws.search(search_id).role
    ratings = ws.ratings_of_search(search_id)
    return {c.id: score_card(role, ratings.get(c.id, [])) for c in ws.candidates(search_id)}


def painted_hits(qtbot, tab: CompareTab) -> dict[str, QRectF]:
    tab.chart.repaint()
    qtbot.waitUntil(lambda: len(tab.chart.hit_rects()) == len(tab.chart.points()))
    return tab.chart.hit_rects()


# --- the matrix --------------------------------------------------------------------------------


def test_every_cell_shows_the_scorecards_median_for_that_candidate_and_competency(
    qtbot, ws, lighthouse
):
    tab = open_tab(qtbot, ws, lighthouse)
    choose(tab, EVERYONE)
    expected = cards(ws, lighthouse)
    model = tab.model
    assert model.rowCount() == len(COMPETENCY_KEYS) == 10
    for column in range(model.columnCount()):
        card = expected[model.candidate_at(column).id]
        for row, key in enumerate(COMPETENCY_KEYS):
            shown = model.index(row, column).data()
            if key in card.competencies:
                assert Fraction(shown) == card.competencies[key].median
            else:
                assert shown == "—"


def test_the_header_gives_name_fit_band_tilt_and_flags(qtbot, ws, lighthouse):
    tab = open_tab(qtbot, ws, lighthouse)
    header = {
        name: tab.model.headerData(c, Qt.Orientation.Horizontal)
        for c, name in enumerate(names(tab))
    }
    assert header["Mariana Duarte"] == "Mariana Duarte\nOffer\nFit 89 · strong\nStrategy +1.25"
    # Provisional (~): not every competency is scored yet.
    lucas = "Fit ~62 · borderline\nExecution -1.00\n⚠ Mismatch\n⚠ Critical gap"
    assert header["Lucas Ferreira"].endswith(lucas)
    # Rows are the competencies with their weight in this (CRO) seat.
    rows = [tab.model.headerData(r, Qt.Orientation.Vertical) for r in range(10)]
    assert rows[0].startswith("S1 ×3") and rows[4].startswith("E1 ×1")  # noqa: RUF001
    assert rows[8].startswith("B1 ×2")  # noqa: RUF001


def test_disputed_cells_are_marked_and_explained_with_each_raters_score(qtbot, ws, lighthouse):
    tab = open_tab(qtbot, ws, lighthouse)
    expected = cards(ws, lighthouse)
    model = tab.model
    marked = {
        (model.candidate_at(c).full_name, COMPETENCY_KEYS[r])
        for c in range(model.columnCount())
        for r in range(10)
        if model.index(r, c).data(DISPUTED_ROLE)
    }
    assert marked == {
        (model.candidate_at(c).full_name, key)
        for c in range(model.columnCount())
        for key in expected[model.candidate_at(c).id].disputed
    }
    assert ("Mariana Duarte", "E3") in marked
    column = names(tab).index("Mariana Duarte")
    index = model.index(COMPETENCY_KEYS.index("E3"), column)
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Disputed" in tip
    # The tooltip lists each rater's score.
    e3 = [r for r in ws.ratings(model.candidate_at(column).id) if r.competency == "E3"]
    assert sorted(f"{r.rater}: {r.score}" for r in e3) == sorted(tip.splitlines()[3:])
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).endswith("disputed")
    # The view draws the mark next to the number, not only a colour.
    option = QStyleOptionViewItem()
    tab.table.itemDelegate().initStyleOption(option, index)
    assert option.text == f"{index.data()} ±"


def test_the_scale_is_one_hue_darker_for_higher_scores_with_readable_text():
    def lightness(score, dark):
        return score_colours(score, dark)[0].lightnessF()

    for dark in (False, True):
        values = [lightness(s / 2, dark) for s in range(2, 11)]
        # Light windows: higher is darker; dark windows: higher is brighter.
        assert values == sorted(values, reverse=not dark)
        hues = {score_colours(s, dark)[0].hslHue() for s in range(1, 6)}
        assert max(hues) - min(hues) < 25
        for score in (1, 2.5, 3, 3.5, 4, 5):
            background, text = score_colours(score, dark)
            assert _contrast(background, text) >= 4.5


def _contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio."""

    def luminance(c: QColor) -> float:
        r, g, b = (
            v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in c.getRgbF()[:3]
        )
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_model_alone_shows_what_it_is_given(qapp, ws, lighthouse):
    model = CompareMatrixModel()
    assert model.columnCount() == 0
    candidate = ws.candidates(lighthouse)[0]
    card = score_card(Role.CSO, [Rating("E1", "Ana", 2), Rating("E1", "Bo", 5)])
    model.set_columns([(candidate, card)])
    assert model.index(4, 0).data() == "3.5"
    assert model.index(4, 0).data(DISPUTED_ROLE) is True
    assert model.index(0, 0).data() == "—"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(4, 0).data(CANDIDATE_ID_ROLE) == candidate.id
    assert model.headerData(4, Qt.Orientation.Vertical).startswith("E1 ×3")  # noqa: RUF001


# --- the filter ----------------------------------------------------------------------------------


def test_by_default_only_the_shortlist_and_later_are_compared(qtbot, ws, lighthouse):
    tab = open_tab(qtbot, ws, lighthouse)
    everyone = ws.candidates(lighthouse)
    later = {
        c.full_name
        for c in everyone
        if c.exit_state is None and STAGES.index(c.stage) >= STAGES.index(Stage.SHORTLIST)
    }
    assert set(names(tab)) == later
    assert len(later) == 5
    assert tab.count_label.text() == f"5 of {len(everyone)} candidates"
    # The best fit comes first.
    fits = [tab.model.card_at(c).fit_points or -1 for c in range(tab.model.columnCount())]
    assert fits == sorted(fits, reverse=True)

    choose(tab, IN_PIPELINE)
    assert set(names(tab)) == {c.full_name for c in everyone if c.exit_state is None}
    choose(tab, EVERYONE)
    assert sorted(names(tab)) == sorted(c.full_name for c in everyone)
    assert tab.count_label.text() == f"Candidates: {len(everyone)}"


def test_an_empty_choice_says_so_instead_of_an_empty_matrix(qtbot, ws):
    lumen = next(s.search.id for s in ws.summaries() if s.search.company == "Lumen Health")
    tab = open_tab(qtbot, ws, lumen)
    assert tab.pages.currentWidget() is tab.empty_label
    assert "shortlist" in tab.empty_label.text()
    choose(tab, IN_PIPELINE)
    assert tab.pages.currentWidget() is tab.splitter
    tab.set_search(None)
    assert tab.pages.currentWidget() is tab.empty_label


# --- the chart -----------------------------------------------------------------------------------


def test_each_point_sits_at_the_candidates_strategy_and_execution(qtbot, ws, lighthouse):
    tab = open_tab(qtbot, ws, lighthouse)
    choose(tab, EVERYONE)
    expected = cards(ws, lighthouse)
    hits = painted_hits(qtbot, tab)
    assert set(hits) == {i for i, card in expected.items() if card.strategy and card.execution}
    plot = tab.chart.plot_area()
    for candidate_id, rect in hits.items():
        strategy, execution = scores_at(plot, rect.center())
        assert strategy == pytest.approx(float(expected[candidate_id].strategy), abs=0.02)
        assert execution == pytest.approx(float(expected[candidate_id].execution), abs=0.02)
    assert "Claire Dubois" in tab.unplotted.text()


def test_flagged_candidates_fall_outside_the_shaded_region_and_no_one_else_does(
    qtbot, ws, lighthouse
):
    tab = open_tab(qtbot, ws, lighthouse)
    choose(tab, EVERYONE)
    region = seat_region(Role.CRO)
    points = tab.chart.points()
    assert {p.flagged for p in points} == {True, False}
    for point in points:
        spot = QPointF(float(point.execution), float(point.strategy))
        inside = region.containsPoint(spot, Qt.FillRule.OddEvenFill)
        assert inside is not point.flagged, point.label
        assert suits_seat(Role.CRO, point.strategy, point.execution) is not point.flagged


@pytest.mark.parametrize("role", [Role.CRO, Role.CSO])
def test_the_region_border_is_the_mismatch_rule(role):
    region = seat_region(role)
    for s in range(8, 41):
        for e in range(8, 41):
            strategy, execution = Fraction(s, 8), Fraction(e, 8)
            suits = suits_seat(role, strategy, execution)
            tilt = strategy - execution
            if role is Role.CRO:
                assert suits == (strategy >= 3 and tilt > Fraction(-3, 4))
            else:
                assert suits == (execution >= 3 and tilt < Fraction(3, 4))
            spot = QPointF(float(execution), float(strategy))
            on_border = abs(tilt) == Fraction(3, 4) or 3 in (strategy, execution)
            if not on_border and 1 < strategy < 5 and 1 < execution < 5:
                assert region.containsPoint(spot, Qt.FillRule.OddEvenFill) == suits


def test_the_chart_draws_into_any_painter_and_keeps_equal_points_apart(qapp):
    points = [
        StrategyExecutionPoint("a", "Ana", 3.5, 3.5, False),
        StrategyExecutionPoint("b", "Bo", 3.5, 3.5, False),
        StrategyExecutionPoint("c", "Cy", 2.0, 4.5, True),
    ]
    image = QImage(400, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    hits = draw_strategy_execution(
        painter, QRectF(0, 0, 400, 400), points, Role.CSO, QApplication.palette()
    )
    painter.end()
    assert set(hits) == {"a", "b", "c"}
    assert hits["a"].center() != hits["b"].center()


# --- opening a candidate -------------------------------------------------------------------------


def test_activating_a_column_or_a_point_asks_to_open_that_candidate(qtbot, ws, lighthouse):
    tab = open_tab(qtbot, ws, lighthouse)
    column = names(tab).index("Sofia Lindqvist")
    sofia = tab.model.candidate_at(column).id
    with qtbot.waitSignal(tab.candidate_activated) as header_click:
        tab.table.horizontalHeader().sectionDoubleClicked.emit(column)
    assert header_click.args == [sofia]

    rect = tab.table.visualRect(tab.model.index(2, column))
    # A real double-click is a click, then the double-click event.
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(tab.candidate_activated) as double_click:
        qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert double_click.args == [sofia]
    assert tab.current_candidate_id() == sofia

    tab.table.setFocus()
    with qtbot.waitSignal(tab.candidate_activated) as enter:
        qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert enter.args == [sofia]

    hits = painted_hits(qtbot, tab)
    mariana = tab.model.candidate_at(names(tab).index("Mariana Duarte")).id
    with qtbot.waitSignal(tab.chart.point_clicked) as point_click:
        qtbot.mouseClick(tab.chart, Qt.MouseButton.LeftButton, pos=hits[mariana].center().toPoint())
    assert point_click.args == [mariana]


# --- changes and undo ----------------------------------------------------------------------------


def test_a_new_score_and_its_undo_show_at_once_and_keep_the_selection(qtbot, ws, lighthouse):
    tab = open_tab(qtbot, ws, lighthouse)
    column = names(tab).index("Sofia Lindqvist")
    sofia = tab.model.candidate_at(column).id
    tab.table.selectColumn(column)
    before = tab.model.index(0, column).data()
    for rating in [r for r in ws.ratings(sofia) if r.competency == "S1"]:
        ws.set_score(sofia, Rating("S1", rating.rater, 1))
    column = names(tab).index("Sofia Lindqvist")
    assert tab.model.index(0, column).data() == "1"
    assert tab.current_candidate_id() == sofia
    while ws.undo_stack.canUndo():
        ws.undo_stack.undo()
    column = names(tab).index("Sofia Lindqvist")
    assert tab.model.index(0, column).data() == before
    assert tab.current_candidate_id() == sofia


def test_moving_a_candidate_to_the_shortlist_adds_their_column(qtbot, ws, lighthouse):
    tab = open_tab(qtbot, ws, lighthouse)
    kenji = next(c for c in ws.candidates(lighthouse) if c.full_name == "Kenji Watanabe")
    assert "Kenji Watanabe" not in names(tab)
    ws.move_candidate(kenji.id, Stage.SHORTLIST)
    assert "Kenji Watanabe" in names(tab)
    ws.undo_stack.undo()
    assert "Kenji Watanabe" not in names(tab)


def test_a_hidden_tab_waits_until_shown_to_re_read(qtbot, ws, lighthouse):
    tab = CompareTab(ws)
    qtbot.addWidget(tab)
    tab.set_search(lighthouse)
    assert tab.model.columnCount() == 0  # hidden: nothing read yet
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.model.columnCount() == 5


# --- screenshots ---------------------------------------------------------------------------------


def test_screenshot_of_the_compare_tab(qtbot, ws, lighthouse, screenshot):
    tab = open_tab(qtbot, ws, lighthouse)
    tab.table.selectColumn(names(tab).index("Aisha Bello"))
    settle()
    screenshot(tab, "compare_tab")
    choose(tab, EVERYONE)
    settle()
    screenshot(tab, "compare_tab_everyone")
    tab.resize(1000, 650)
    settle()
    screenshot(tab, "compare_tab_1000")


def test_screenshot_of_a_cso_search_with_a_few_candidates(qtbot, ws, screenshot):
    atlas = next(s.search.id for s in ws.summaries() if s.search.role is Role.CSO)
    tab = open_tab(qtbot, ws, atlas)
    assert set(names(tab)) == {"Rodrigo Almeida"}  # the hire; the others left
    choose(tab, EVERYONE)
    settle()
    screenshot(tab, "compare_tab_cso")


def test_screenshot_of_the_compare_tab_in_a_dark_theme(
    qtbot, ws, lighthouse, screenshot, dark_theme
):
    tab = open_tab(qtbot, ws, lighthouse)
    first = tab.model.index(0, 0)
    expected = score_colours(first.data(SCORE_ROLE), dark=True)[0]
    assert first.data(Qt.ItemDataRole.BackgroundRole).color() == expected
    tab.table.selectColumn(names(tab).index("Lucas Ferreira"))
    settle()
    screenshot(tab, "compare_tab_dark")
