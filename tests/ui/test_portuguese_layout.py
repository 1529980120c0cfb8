"""Portuguese runs 20-30% longer than English: every page, tab and dialog in Portuguese, with the
Portuguese sample searches, in the 1280x800 window, shows its labels, buttons, tabs, group
titles, column headers and placeholders whole (tests/ui/layout_helpers.py measures them).
Screenshots of the main screens and dialogs go to screenshots/pt_*.png, to look at."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.checklist import load_template
from desktop_app.domain.pipeline import Exit, Stage
from desktop_app.domain.search import SearchStatus
from desktop_app.labels.language import PORTUGUESE
from desktop_app.sample_data import add_sample_data
from desktop_app.store.backup import BackupInfo, BackupKind
from desktop_app.store.candidate_import import read_table
from desktop_app.store.errors import CorruptDatabase
from desktop_app.ui.candidate_dialogs import CandidateDialog, ExitReasonDialog, NoteDialog
from desktop_app.ui.checklist_dialogs import AddStepDialog, EditStepDialog
from desktop_app.ui.compare_tab import EVERYONE
from desktop_app.ui.diagnostic_dialog import DiagnosticDialog
from desktop_app.ui.export_dialog import ExportDialog
from desktop_app.ui.find_dialog import FindDialog
from desktop_app.ui.import_dialog import ImportCandidatesDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.person_privacy import ErasePersonDialog
from desktop_app.ui.restore_dialog import RestoreDialog
from desktop_app.ui.retention_dialog import RetentionDialog
from desktop_app.ui.search_dialog import SearchDialog
from desktop_app.ui.startup_recovery import ProblemBox
from tests.ui.layout_helpers import clipped_texts, describe
from tests.ui.test_main_window import open_window

WIDTH, HEIGHT = 1280, 800  # the window size the app is designed for


@pytest.fixture
def window(qtbot, db, db_path, portuguese) -> MainWindow:
    add_sample_data(db, PORTUGUESE)
    window = open_window(qtbot, db, db_path, open_first_search=False)
    window.resize(WIDTH, HEIGHT)
    qtbot.waitUntil(lambda: window.width() == WIDTH)
    return window


def settle(qtbot) -> None:
    """Lets queued layouts and deferred refreshes run, as a person's next look would see."""
    qtbot.wait(1)


def search_ids(window: MainWindow) -> dict[str, str]:
    """The sample searches by company: Northwind (CRO), Lumen Health (CRO), Atlas (CSO)."""
    return {s.search.company.split()[0]: s.search.id for s in window.workspace.summaries()}


# --- the check itself -------------------------------------------------------------------------


def test_the_check_reports_words_wider_than_their_widget(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    words = "Adicionar candidato e exportar relatório"
    narrow_button, roomy_button = QPushButton(words), QPushButton("OK")
    narrow_button.setObjectName("narrowButton")
    narrow_button.setFixedWidth(90)
    roomy_button.setFixedWidth(70)  # less than Fusion's 80 for a button, but "OK" fits
    narrow_label = QLabel(words)
    narrow_label.setObjectName("narrowLabel")
    narrow_label.setFixedWidth(60)
    wrapping = QLabel(words * 3)
    wrapping.setWordWrap(True)
    narrow_check = QCheckBox(words)
    narrow_check.setFixedWidth(100)
    group = QGroupBox(words)
    group.setFixedWidth(80)
    tabs = QTabWidget()
    tabs.addTab(QWidget(), words)
    tabs.addTab(QWidget(), "Mais")
    tabs.setFixedWidth(150)
    tree = QTreeWidget()
    tree.setHeaderLabels(["Concluído em 28 de novembro", "B"])
    tree.header().resizeSection(0, 40)
    hinted = QLineEdit()
    hinted.setPlaceholderText(words)
    hinted.setFixedWidth(100)
    for widget in (
        narrow_button,
        roomy_button,
        narrow_label,
        wrapping,
        narrow_check,
        group,
        tabs,
        tree,
        hinted,
    ):
        layout.addWidget(widget)
    host.show()
    qtbot.waitExposed(host)

    found = clipped_texts(host)
    kinds = {(clip.widget, clip.name) for clip in found}
    assert ("QPushButton", "narrowButton") in kinds
    assert ("QLabel", "narrowLabel") in kinds
    assert {"QCheckBox", "QGroupBox", "QTabBar", "QHeaderView", "QLineEdit"} <= {
        c.widget for c in found
    }
    assert not [c for c in found if c.text in ("OK", words * 3, "B (column 1)")]
    button = next(c for c in found if c.name == "narrowButton")
    assert button.available == 90 and button.needed > 90
    assert "narrowButton" in describe(found) and "needs" in describe(found)
    # Wide enough, nothing is reported.
    for widget in (narrow_button, narrow_label, narrow_check, group, tabs, hinted):
        widget.setFixedWidth(600)
    tree.header().resizeSection(0, 400)
    host.adjustSize()
    settle(qtbot)
    assert clipped_texts(host) == []


# --- the window -------------------------------------------------------------------------------


def test_every_page_and_tab_shows_its_words_whole(qtbot, window, screenshot):
    problems: list[str] = []

    def check(where: str, shot: str | None = None) -> None:
        settle(qtbot)
        found = clipped_texts(window)
        if found:
            problems.append(f"{where}: {describe(found)}")
        if shot:
            screenshot(window, shot)

    check("dashboard", "pt_dashboard")
    page = window.search_page
    names = {
        page.overview: "overview",
        page.checklist: "checklist",
        page.candidates: "candidates",
        page.compare: "compare",
        page.diagnostic: "diagnostic",
    }
    ids = search_ids(window)
    for code, search_id in ids.items():
        window.refresh(select=search_id)
        for index in range(page.tabs.count()):
            page.tabs.setCurrentIndex(index)
            name = names[page.tabs.widget(index)]
            shot = f"pt_{name}" if code == "Northwind" else None
            check(f"{code} · {name}", shot)

    # Everyone in Compare: those who left too, and the chart's legend says so.
    window.refresh(select=ids["Northwind"])
    page.tabs.setCurrentWidget(page.compare)
    page.compare.stage_combo.setCurrentIndex(page.compare.stage_combo.findData(EVERYONE))
    check("Northwind · compare, everyone", "pt_compare_everyone")

    # A candidate in play and one who left, each panel tab.
    page.tabs.setCurrentWidget(page.candidates)
    panel = page.candidates.panel
    people = {c.full_name: c.id for c in window.workspace.candidates(ids["Northwind"])}
    for person in ("Mariana Duarte", "Diego Alvarez"):
        page.candidates.select_candidate(people[person])
        for index in range(panel.tabs.count()):
            panel.tabs.setCurrentIndex(index)
            tab = panel.tabs.widget(index)
            name = {panel.profile: "profile", panel.notes: "notes"}.get(tab, "scorecard")
            shot = f"pt_candidates_{name}" if person == "Mariana Duarte" else None
            check(f"candidate {person} · {name}", shot)
    # The scorecard with a rater chosen: the score buttons and evidence come alive.
    panel.tabs.setCurrentWidget(page.scorecard)
    page.candidates.select_candidate(people["Mariana Duarte"])
    page.scorecard.rater_combo.setEditText("Helena Carvalho")
    check("scorecard with a rater", "pt_candidates_scorecard_rater")
    assert not problems, "\n".join(problems)


def test_the_first_start_shows_its_words_whole(qtbot, db, db_path, portuguese, screenshot):
    window = open_window(qtbot, db, db_path)
    window.resize(WIDTH, HEIGHT)
    settle(qtbot)
    assert window.pages.currentWidget() is window.welcome
    screenshot(window, "pt_welcome")
    assert not (found := clipped_texts(window)), describe(found)


# --- the dialogs ------------------------------------------------------------------------------


def _search_dialog(window: MainWindow, _tmp: Path) -> QWidget:
    return SearchDialog(window)


def _edit_search_dialog(window: MainWindow, _tmp: Path) -> QWidget:
    search = window.workspace.search(search_ids(window)["Northwind"])
    return SearchDialog(window, search.details())


def _candidate(window: MainWindow, name: str = "Mariana Duarte"):
    search_id = search_ids(window)["Northwind"]
    return next(c for c in window.workspace.candidates(search_id) if c.full_name == name)


def _candidate_dialog(window: MainWindow, _tmp: Path) -> QWidget:
    return CandidateDialog(window, _candidate(window).details)


def _new_candidate_dialog(window: MainWindow, _tmp: Path) -> QWidget:
    return CandidateDialog(window)


def _note_dialog(window: MainWindow, _tmp: Path) -> QWidget:
    note = window.workspace.notes(_candidate(window).id)[0]
    return NoteDialog(window, note.details)


def _exit_reason_dialog(window: MainWindow, _tmp: Path) -> QWidget:
    return ExitReasonDialog(Exit.OFFER_DECLINED, "Mariana Duarte", Stage.OFFER, window)


def _steps(window: MainWindow):
    search_id = search_ids(window)["Northwind"]
    search = window.workspace.search(search_id)
    return load_template(search.role, PORTUGUESE), window.workspace.steps(search_id)


def _edit_step_dialog(window: MainWindow, _tmp: Path) -> QWidget:
    template, steps = _steps(window)
    step = next(s.step for s in steps if s.step.description)
    phase = template.phase_titles[step.phase]
    return EditStepDialog(step, phase, template.owner_titles, dt.date.today(), window)


def _add_step_dialog(window: MainWindow, _tmp: Path) -> QWidget:
    template, _ = _steps(window)
    return AddStepDialog(
        template.phase_titles, template.owner_titles, "offer", {}, dt.date.today(), window
    )


def _export_dialog(window: MainWindow, _tmp: Path) -> QWidget:
    return ExportDialog("Chief Revenue Officer (Projeto Farol)", 3, window)


def _retention_dialog(window: MainWindow, _tmp: Path) -> QWidget:
    ws = window.workspace
    ws.set_search_status(search_ids(window)["Atlas"], SearchStatus.FILLED)
    later = dt.date.today() + dt.timedelta(days=3 * 365)  # long after the search closed
    return RetentionDialog(ws, QSettings(), window, today=later)


def _restore_dialog(window: MainWindow, tmp: Path) -> QWidget:
    taken = dt.datetime(2026, 11, 28, 9, 30)
    backups = [
        BackupInfo(tmp / f"{kind.value}.sqlite3", kind, taken - dt.timedelta(days=n), 4_800_000)
        for n, kind in enumerate(BackupKind)
    ]
    return RestoreDialog(backups, tmp / "backups", window)


def _find_dialog(window: MainWindow, _tmp: Path) -> QWidget:
    dialog = FindDialog(window.workspace, window)
    dialog.field.setText("Duarte")
    dialog.refresh()
    return dialog


def _diagnostic_dialog(window: MainWindow, _tmp: Path) -> QWidget:
    return DiagnosticDialog(window, answers={"C1": 2, "C2": 1, "G1": 1, "P1": 2})


def _import_dialog(window: MainWindow, tmp: Path) -> QWidget:
    path = tmp / "candidatos.csv"
    # Headers as a LinkedIn or ATS export writes them; a duplicate, a row without a name, a
    # bad e-mail and someone already in another search show every kind of status.
    path.write_text(
        "First Name,Last Name,Company Name,Job Title,Email Address,Profile URL\n"
        "Júlia,Prado,Acme Ltda.,Diretora Comercial,julia@acme.example,\n"
        "Júlia,Prado,Acme Ltda.,Diretora Comercial,JULIA@acme.example,\n"
        "Mariana,Duarte,Cobalt Data,CRO,mariana@cobaltdata.example,\n"
        ",,Initech,CSO,ninguem@initech.example,\n"
        "Caio,Mendes,Hooli,VP de Vendas,caio(at)hooli,\n",
        encoding="utf-8",
    )
    search_id = search_ids(window)["Lumen"]
    return ImportCandidatesDialog(window.workspace, search_id, read_table(path), window)


def _erase_person_dialog(window: MainWindow, _tmp: Path) -> QWidget:
    ws = window.workspace
    mariana = _candidate(window)
    for key in ("Lumen", "Atlas"):
        ws.add_candidate(
            search_ids(window)[key],
            CandidateDetails(full_name="Mariana Duarte", email=mariana.details.email),
        )
    return ErasePersonDialog(ws.person_records(mariana.id), ws.path, window)


def _problem_box(window: MainWindow, _tmp: Path) -> QWidget:
    path = window.workspace.path
    latest = BackupInfo(path, BackupKind.DAILY, dt.datetime(2026, 11, 28, 9, 30), 4_800_000)
    return ProblemBox(CorruptDatabase(path, "database disk image is malformed"), latest)


DIALOGS: dict[str, Callable[[MainWindow, Path], QWidget]] = {
    "new_search": _search_dialog,
    "edit_search": _edit_search_dialog,
    "new_candidate": _new_candidate_dialog,
    "edit_candidate": _candidate_dialog,
    "note": _note_dialog,
    "exit_reason": _exit_reason_dialog,
    "edit_step": _edit_step_dialog,
    "add_step": _add_step_dialog,
    "export": _export_dialog,
    "retention": _retention_dialog,
    "restore": _restore_dialog,
    "find": _find_dialog,
    "diagnostic": _diagnostic_dialog,
    "import_candidates": _import_dialog,
    "erase_person": _erase_person_dialog,
    "damaged_file": _problem_box,
}


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_shows_its_words_whole(qtbot, window, tmp_path, screenshot, name):
    dialog = DIALOGS[name](window, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()  # not exec(): the test goes on while it is open
    qtbot.waitExposed(dialog)
    settle(qtbot)
    screenshot(dialog, f"pt_dialog_{name}")
    assert not (found := clipped_texts(dialog)), describe(found)
    dialog.close()
