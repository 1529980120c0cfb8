"""File > Export report, as a person uses it: choose what and how, pick a file, watch it being
written (or cancel), then open the report or its folder."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QPushButton, QWidget

from desktop_app.reports.content import ExportCancelled
from desktop_app.reports.export import ExportRequest
from desktop_app.reports.options import Paper, ReportFormat, ReportOptions
from desktop_app.ui import report_commands
from desktop_app.ui.export_dialog import ExportDialog
from desktop_app.ui.export_job import ExportJob
from tests.reports.report_helpers import SECRET, add_careful_search
from tests.ui.test_main_window import open_window


@pytest.fixture
def dialog(qtbot) -> ExportDialog:
    widget = ExportDialog("Acme CRO", 3)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def choose(qtbot, combo, text: str) -> None:
    """Picks an item of a combo box with the keyboard, as a person would without a mouse."""
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"no item starting with {text!r}")


def tick(qtbot, box) -> None:
    """Clicks a check box on its box: a stretched check box only reacts on the box and text."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_the_dialog_starts_safe_this_search_as_a_pdf(dialog, screenshot):
    assert dialog.this_search.isChecked() and "Acme CRO" in dialog.this_search.text()
    assert dialog.report_format() is ReportFormat.PDF
    options = dialog.options()
    assert not options.include_confidential and not options.anonymise
    assert options.paper is Paper.A4  # the test machine's locale has no country
    # The dialog says confidential notes stay out, not only by an unticked box.
    assert any("Off by default" in label.text() for label in dialog.findChildren(QLabel))
    screenshot(dialog, "export-dialog")


def test_choices_are_made_by_clicking(qtbot, dialog):
    qtbot.mouseClick(dialog.portfolio, Qt.MouseButton.LeftButton)
    tick(qtbot, dialog.confidential_check)
    tick(qtbot, dialog.anonymise_check)
    choose(qtbot, dialog.format_combo, "Excel")
    assert dialog.is_portfolio()
    assert dialog.report_format() is ReportFormat.XLSX
    assert not dialog.paper_combo.isEnabled()  # paper only matters for what is printed
    assert dialog.options() == ReportOptions(True, True, Paper.A4)


def test_without_a_search_open_only_the_portfolio_is_offered(qtbot):
    widget = ExportDialog(None, 2)
    qtbot.addWidget(widget)
    assert not widget.this_search.isEnabled()
    assert widget.portfolio.isChecked()
    nothing = ExportDialog(None, 0)
    qtbot.addWidget(nothing)
    assert not nothing.export_button.isEnabled()


# --- the whole flow in the window ---------------------------------------------------------------


def when_modal(qtbot, act: Callable[[QWidget], None]) -> None:
    """Runs `act` on the next modal dialog once it is open (exec() blocks the test)."""

    def attempt() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, attempt)
            return
        act(modal)

    QTimer.singleShot(0, attempt)


def click_button(widget: QWidget, text: str) -> None:
    button = next(b for b in widget.findChildren(QPushButton) if b.text().replace("&", "") == text)
    button.click()


@pytest.fixture
def window(qtbot, db, db_path, monkeypatch, tmp_path):
    add_careful_search(db)
    win = open_window(qtbot, db, db_path)
    win.opened: list[Path] = []
    monkeypatch.setattr(win, "open_path", win.opened.append)
    return win


def test_export_from_the_overview_writes_the_spreadsheet(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "out" / "acme.xlsx"
    target.parent.mkdir()
    asked: list[tuple] = []

    def ask(suggested, fmt, portfolio):
        asked.append((Path(suggested).name, fmt, portfolio))
        return str(target)

    monkeypatch.setattr(window, "ask_report_path", ask)

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        choose(qtbot, dialog.format_combo, "Excel")
        tick(qtbot, dialog.confidential_check)
        dialog.export_button.click()

    saved: list[list[Path]] = []
    monkeypatch.setattr(window, "report_ready", saved.append)
    window.search_page.tabs.setCurrentWidget(window.search_page.overview)
    when_modal(qtbot, fill_in)
    qtbot.mouseClick(window.search_page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    assert saved == [[target]]
    assert asked[0][0].startswith("acme-cro-") and asked[0][1:] == (ReportFormat.XLSX, False)
    notes = [row[-1] for row in load_workbook(target)["Notes"].iter_rows(values_only=True)]
    assert SECRET in notes  # the person ticked "Include confidential notes"
    assert "Report saved" in window.statusBar().currentMessage()


def test_a_cancelled_export_writes_nothing(qtbot, window, tmp_path):
    search_id = window.current_search_id()
    request = ExportRequest(
        ReportFormat.PDF, tmp_path / "r.pdf", ReportOptions(), search_ids=(search_id,)
    )
    job = ExportJob(window.workspace.path, request, window)
    job.cancel()  # as if Cancel were pressed before the first search was read
    with qtbot.waitSignal(job.cancelled, timeout=10_000):
        job.start()
    assert not (tmp_path / "r.pdf").exists()


def test_a_failure_is_explained_and_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(
        report_commands.QMessageBox,
        "warning",
        lambda parent, title, text: warnings.append(f"{title}: {text}"),
    )
    request = ExportRequest(
        ReportFormat.CSV,
        tmp_path / "missing" / "r.csv",
        ReportOptions(),
        search_ids=(window.current_search_id(),),
    )
    job = window.start_export(request)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "does not exist" in warnings[0] and "Nothing was written" in warnings[0]
    qtbot.waitUntil(lambda: not job.is_running())


def test_the_saved_report_opens_in_its_folder(qtbot, window, tmp_path):
    report = tmp_path / "r.pdf"
    when_modal(qtbot, lambda box: click_button(box, "Show in folder"))
    window.report_ready([report])
    assert window.opened == [tmp_path]
    when_modal(qtbot, lambda box: click_button(box, "Open"))
    window.report_ready([report])
    assert window.opened == [tmp_path, report]


def test_a_long_export_shows_progress_and_cancel_stops_it(
    qtbot, window, tmp_path, monkeypatch, screenshot
):
    # An export that goes on until it is cancelled, reporting progress as it goes.
    from desktop_app.ui import export_job

    def endless(db, request, *, progress, cancelled):
        done = 0
        while not cancelled():
            done = min(done + 1, 99)
            progress(done, 100)
            time.sleep(0.01)
        raise ExportCancelled()

    monkeypatch.setattr(export_job, "export_report", endless)
    request = ExportRequest(
        ReportFormat.PDF, tmp_path / "r.pdf", ReportOptions(), search_ids=(search_of(window),)
    )
    job = window.start_export(request)
    progress = window.findChild(QProgressDialog, "exportProgress")
    qtbot.waitUntil(lambda: progress.isVisible() and progress.value() > 0, timeout=10_000)
    screenshot(progress, "export-progress")
    cancel = progress.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not job.is_running(), timeout=10_000)
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage())
    assert not (tmp_path / "r.pdf").exists()
    assert window.findChild(QProgressDialog, "exportProgress") is None or not progress.isVisible()


def search_of(window) -> str:
    search_id = window.current_search_id()
    assert search_id is not None
    return search_id
