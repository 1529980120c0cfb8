"""File > Export report in another language than the app's: a Portuguese hiring manager sends
the board an English PDF, an English one a Portuguese report. The report comes out wholly in
the language chosen (words, dates, decimals), and the window never changes language, not even
while the report is being written on its worker thread."""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QWidget

from desktop_app.domain.pipeline import Stage
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.labels.candidates import stage_label
from desktop_app.labels.language import (
    ENGLISH,
    PORTUGUESE,
    Translation,
    report_locale,
    speaking,
    text_locale,
)
from desktop_app.labels.text import format_date, format_decimal
from desktop_app.reports import export
from desktop_app.reports.compose import ReportCounts
from desktop_app.reports.export import ExportRequest
from desktop_app.reports.options import ReportFormat, ReportOptions
from desktop_app.store import checklist, searches
from desktop_app.ui.export_dialog import ExportDialog
from desktop_app.ui.export_job import ExportJob
from tests.reports.report_helpers import NOW, add_careful_search
from tests.test_cli_export import pdf_text
from tests.ui.test_export_report import choose, when_modal
from tests.ui.test_main_window import open_window


def _window(qtbot, db, db_path, monkeypatch, target: Path):
    add_careful_search(db)
    window = open_window(qtbot, db, db_path)
    monkeypatch.setattr(window, "ask_report_path", lambda suggested, fmt, portfolio: str(target))
    saved: list[list[Path]] = []
    monkeypatch.setattr(window, "report_ready", saved.append)
    window.saved = saved
    return window


def pick(qtbot, combo, text: str) -> None:
    """Picks a combo box's item with the keyboard, from the top of the list."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    choose(qtbot, combo, text)


def _export_from_the_overview(qtbot, window, fill_in) -> None:
    window.search_page.tabs.setCurrentWidget(window.search_page.overview)
    when_modal(qtbot, fill_in)
    qtbot.mouseClick(window.search_page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.saved), timeout=15_000)


def test_the_dialog_offers_the_languages_by_their_own_names_starting_with_the_app_s(
    qtbot, portuguese, screenshot
):
    dialog = ExportDialog("Acme CRO", 3)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "Português (Brasil)"]
    assert dialog.language() == PORTUGUESE
    assert combo.currentText() == "Português (Brasil)"
    screenshot(dialog, "export-dialog-pt")


def test_in_an_english_app_the_dialog_starts_in_english(qtbot):
    dialog = ExportDialog("Acme CRO", 3)
    qtbot.addWidget(dialog)
    assert dialog.language() == ENGLISH and dialog.language_combo.currentText() == "English"


def test_a_portuguese_app_exports_the_board_pdf_in_english(
    qtbot, db, db_path, portuguese, monkeypatch, tmp_path
):
    target = tmp_path / "acme.pdf"
    window = _window(qtbot, db, db_path, monkeypatch, target)
    view_menu = QCoreApplication.translate("MainWindow", "&View")
    assert view_menu != "&View"  # the window speaks Portuguese
    menus_before = [action.text() for action in window.menuBar().actions()]

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        assert dialog.language() == PORTUGUESE  # the app's, unless changed
        pick(qtbot, dialog.language_combo, "English")
        assert dialog.language() == ENGLISH
        dialog.export_button.click()

    _export_from_the_overview(qtbot, window, fill_in)
    assert window.saved == [[target]]
    text = pdf_text(target)
    assert "Generated" in text and "Started 1 Sep 2026" in text  # the English way
    assert "Confidential notes left out" in text
    for portuguese_word in ("Gerado em", "Início", "set. 2026", "Anotações", "Proposta"):
        assert portuguese_word not in text
    # The window went on in Portuguese: its menus, its labels, its numbers.
    assert [action.text() for action in window.menuBar().actions()] == menus_before
    assert QCoreApplication.translate("MainWindow", "&View") == view_menu
    assert stage_label(Stage.OFFER) == "Proposta"
    assert format_decimal(1234.5, 1) == "1.234,5"
    assert "Relatório salvo" in window.statusBar().currentMessage()


def test_an_english_app_exports_the_report_in_portuguese(qtbot, db, db_path, monkeypatch, tmp_path):
    target = tmp_path / "acme.html"
    window = _window(qtbot, db, db_path, monkeypatch, target)

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        assert dialog.language() == ENGLISH
        choose(qtbot, dialog.format_combo, "HTML")
        pick(qtbot, dialog.language_combo, "Português")
        dialog.export_button.click()

    _export_from_the_overview(qtbot, window, fill_in)
    html = target.read_text(encoding="utf-8")
    assert '<html lang="pt' in html  # Brazil's is Portuguese's default territory
    assert "Acme CRO — relatório de andamento" in html and "Gerado em" in html
    assert "1 set. 2026" in html  # the start date, the Brazilian way
    # Strategy / execution with a decimal comma, as Brazilians write them.
    assert re.search(r"\d,\d / \d,\d", html)
    assert not re.search(r"\d\.\d / \d\.\d", html)
    for english_word in ("Generated", "progress report", "Started"):
        assert english_word not in html
    # The window is still English.
    assert QCoreApplication.translate("MainWindow", "&View") == "&View"
    assert stage_label(Stage.OFFER) == "Offer"
    assert "Report saved" in window.statusBar().currentMessage()


def test_while_the_report_is_written_in_english_the_window_stays_portuguese(
    qtbot, db, db_path, portuguese, monkeypatch, tmp_path
):
    search_id = add_careful_search(db)
    writing, checked = threading.Event(), threading.Event()
    on_the_worker: dict[str, str] = {}
    write = export._write

    def write_when_checked(*args, **kwargs) -> None:
        # Halfway through, on the worker thread: the report's words and numbers are English.
        on_the_worker["stage"] = stage_label(Stage.OFFER)
        on_the_worker["number"] = format_decimal(1234.5, 1)
        on_the_worker["date"] = format_date(dt.date(2026, 9, 1))
        writing.set()
        assert checked.wait(10)  # while the window's thread looks at its own words
        write(*args, **kwargs)

    monkeypatch.setattr(export, "_write", write_when_checked)
    target = tmp_path / "r.pdf"
    request = ExportRequest(
        ReportFormat.PDF, target, ReportOptions(), search_ids=(search_id,), language=ENGLISH
    )
    job = ExportJob(db_path, request)
    done: list[list[Path]] = []
    job.finished.connect(done.append)
    job.start()
    try:
        qtbot.waitUntil(writing.is_set, timeout=10_000)
        assert stage_label(Stage.OFFER) == "Proposta"
        assert format_decimal(1234.5, 1) == "1.234,5"
        assert format_date(dt.date(2026, 9, 1)) == "1 set. 2026"
        assert QCoreApplication.translate("MainWindow", "&View") != "&View"
    finally:
        checked.set()
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    assert on_the_worker == {"stage": "Offer", "number": "1,234.5", "date": "1 Sep 2026"}
    assert "Generated" in pdf_text(target)


def _export_in_the_background(qtbot, db_path: Path, request: ExportRequest) -> None:
    """Runs the export as the window does, on its worker thread, until it is written."""
    job = ExportJob(db_path, request)
    done: list[list[Path]] = []
    job.finished.connect(done.append)
    job.start()
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)


# --- an English report, whatever the computer's own locale -------------------------------------


@pytest.fixture
def german_computer(qapp) -> Iterator[None]:
    """An English app on a computer set up for Germany: its default locale is Germany's (the
    app's windows write German dates then, as the system does)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize("language", [ENGLISH, None])
def test_an_english_report_reads_the_english_way_on_a_german_computer(
    qtbot, db, db_path, german_computer, tmp_path, language
):
    search_id = add_careful_search(db)
    assert format_date(dt.date(2026, 9, 1)) == "1 Sept. 2026"  # the window's, as the system's
    target = tmp_path / "acme.html"
    request = ExportRequest(
        ReportFormat.HTML, target, ReportOptions(), search_ids=(search_id,), language=language
    )
    _export_in_the_background(qtbot, db_path, request)
    html = target.read_text(encoding="utf-8")
    assert '<html lang="en' in html and '<html lang="de' not in html
    assert "1 Sep 2026" in html and "Sept." not in html
    assert re.search(r"\d\.\d / \d\.\d", html) and not re.search(r"\d,\d / \d,\d", html)
    assert format_date(dt.date(2026, 9, 1)) == "1 Sept. 2026"  # the window is as it was


def test_report_locale_is_the_language_s_whatever_the_default(german_computer):
    for language in (ENGLISH, PORTUGUESE):
        with speaking(language):
            assert text_locale().name() == report_locale(language).name()
            assert text_locale().language() is not QLocale.Language.German
        assert text_locale().language() is QLocale.Language.German


# --- English plurals ---------------------------------------------------------------------------


@pytest.fixture
def english(qapp) -> Iterator[Translation]:
    translation = Translation(qapp, ENGLISH)
    yield translation
    translation.remove()


def _late_steps(db) -> str:
    """A search of its own with two steps one and two days late, the others not yet due."""
    search_id = searches.create_search(
        db, SearchDetails(title="Globex CSO", role=Role.CSO, start_date=NOW.date())
    )
    for days in (1, 2):
        checklist.add_step(
            db,
            search_id,
            phase="need",
            title=f"Late by {days}",
            due_date=NOW.date() - dt.timedelta(days=days),
        )
    return search_id


def _portfolio_html(db, tmp_path: Path, language: str | None) -> str:
    target = tmp_path / f"portfolio-{language}.html"
    request = ExportRequest(
        ReportFormat.HTML, target, ReportOptions(), portfolio=True, language=language
    )
    export.export_report(db, request, now=NOW)
    return target.read_text(encoding="utf-8")


def test_an_english_app_writes_one_day_and_two_days(qtbot, db, english, tmp_path):
    _late_steps(db)
    html = _portfolio_html(db, tmp_path, None)
    assert ">1 day<" in html and ">2 days<" in html and ">1 days<" not in html
    assert "1 open search ·" in html and "1 open searches" not in html
    assert ReportCounts().days(1) == "1 day" and ReportCounts().days(2) == "2 days"


def test_an_english_report_from_a_portuguese_app_writes_one_day_too(
    qtbot, db, db_path, portuguese, tmp_path
):
    _late_steps(db)
    target = tmp_path / "portfolio.html"
    request = ExportRequest(
        ReportFormat.HTML, target, ReportOptions(), portfolio=True, language=ENGLISH
    )
    _export_in_the_background(qtbot, db_path, request)
    html = target.read_text(encoding="utf-8")
    assert ">1 day<" in html and ">2 days<" in html and ">1 days<" not in html
    assert "1 open search ·" in html
    assert ReportCounts().days(1) == "1 dia"  # the window's thread: Portuguese
