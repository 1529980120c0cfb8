"""What the store says reaches a Portuguese window in Portuguese: why a file cannot be opened,
backed up or imported, a record that is gone, what the candidate import's preview says about
each row, the reasons and sources the store writes into a candidate's record, and why an export
cannot be written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from candidates_helpers import click_row, history_rows, open_tab
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.pipeline import Exit
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.reports.export import ExportRequest
from desktop_app.reports.options import ReportFormat, ReportOptions
from desktop_app.store import backup
from desktop_app.store.candidate_import import read_table
from desktop_app.store.database import open_database
from desktop_app.store.errors import UnreadableDatabase
from desktop_app.ui.app import WindowKeeper
from desktop_app.ui.edits import run_edit
from desktop_app.ui.export_job import ExportJob
from desktop_app.ui.import_dialog import ImportCandidatesDialog
from desktop_app.ui.startup_recovery import ProblemBox
from desktop_app.ui.workspace import Workspace
from tests.ui.test_main_window import fill_search_dialog, open_window


@pytest.fixture
def ws(qapp, db, db_path) -> Iterator[Workspace]:
    workspace = Workspace(db, db_path)
    yield workspace
    workspace.close()


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **_: said.append(args[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *args, **_: said.append(args[2]))
    return said


def new_search(ws: Workspace, title: str = "CRO") -> str:
    return ws.create_search(SearchDetails(title=title, role=Role.CRO, start_date="2026-01-05"))


# --- the database file -------------------------------------------------------------------------


def test_opening_a_file_that_is_not_revsearch_s_says_why_in_portuguese(
    qtbot, portuguese, tmp_path, warnings
):
    first = tmp_path / "a.sqlite3"
    keeper = WindowKeeper()
    window = keeper.show(open_database(first), first)
    qtbot.addWidget(window)
    other = tmp_path / "planilha.sqlite3"
    other.write_text("Nome;Empresa\n")
    window.open_requested.emit(other)  # File > Open
    assert warnings == [
        f"{other} não é um banco de dados do RevSearch (não é um arquivo SQLite, ou o início "
        "dele está danificado)."
    ]
    assert keeper.window is window
    window.close()


def test_a_backup_that_cannot_be_made_is_explained_in_portuguese(
    qtbot, portuguese, db, db_path, warnings
):
    keeper = WindowKeeper()
    window = keeper.show(db, db_path)
    qtbot.addWidget(window)
    folder = backup.backups_folder(db_path)
    folder.write_text("a file where the folder should be")
    window.back_up_action.trigger()  # File > Back up now
    (said,) = warnings
    assert said.startswith("Não foi possível fazer o backup.")
    assert f"Não foi possível criar {folder}:" in said
    assert "Cannot" not in said
    window.close()


def test_the_start_up_question_explains_a_missing_database_in_portuguese(
    qtbot, portuguese, tmp_path
):
    missing = tmp_path / "sumiu.sqlite3"
    with pytest.raises(UnreadableDatabase) as caught:
        open_database(missing, read_only=True)
    box = ProblemBox(caught.value, None)
    qtbot.addWidget(box)
    assert f"Não há banco de dados em {missing}." in box.informativeText()
    assert "There is no database" not in box.informativeText()


def test_an_edit_to_a_search_that_is_gone_is_refused_in_portuguese(qtbot, portuguese, ws, warnings):
    parent = QWidget()
    qtbot.addWidget(parent)
    saved = run_edit(
        parent,
        "Adicionar candidato(a)",
        lambda: ws.add_candidate("a1b2c3", CandidateDetails(full_name="Ana Souza")),
    )
    assert not saved
    assert warnings == ["Não há processo seletivo com o id “a1b2c3”."]


# --- the candidate import --------------------------------------------------------------------

MESSY_CSV = """\
Nome;Sobrenome;Empresa;Cargo;E-mail
Zoë;Müller;Acmé;CRO;zoe@acme.de
Jon;Smith;Globex;VP Sales;jon@globex.com
Jon;Smith;Globex;VP Sales;JON@globex.com
;;Initech;CSO;nobody@initech.com
Ana;López;Hooli;CRO;ana(at)hooli
Peter;Old;Umbrella;CSO;peter@umbrella.com
Maria;Here;Soylent;CRO;maria@soylent.com
"""


def test_the_import_preview_says_every_row_s_fate_in_portuguese(
    qtbot, portuguese, ws, tmp_path: Path, screenshot
):
    this = new_search(ws, "CRO Acme")
    ws.add_candidate(this, CandidateDetails(full_name="Maria H.", email="maria@soylent.com"))
    other = new_search(ws, "CSO 2025")
    ws.add_candidate(other, CandidateDetails(full_name="Peter Old", email="peter@umbrella.com"))
    path = tmp_path / "candidatos.csv"
    # Saved by an old Excel: not UTF-8, which the preview says too.
    path.write_bytes(MESSY_CSV.replace("Zoë", "Zoe").encode("cp1252"))
    dialog = ImportCandidatesDialog(ws, this, read_table(path))
    qtbot.addWidget(dialog)
    dialog.show()
    note = dialog.findChild(QLabel, "fileNote")
    assert note.text() == "O arquivo não está em UTF-8; ele foi lido como Windows-1252 (cp1252)."
    table = dialog._rows
    statuses = [table.item(row, 3).text() for row in range(table.rowCount())]
    assert statuses == [
        "Será adicionado",
        "Será adicionado",
        "Ignorado: mesma pessoa da linha 3 deste arquivo",
        "Ignorado: sem nome",
        "Ignorado: “ana(at)hooli” não é um endereço de e-mail.",
        "⚠ Adicionado, mas também em: Peter Old em “CSO 2025” (mesmo e-mail)",
        "Ignorado: já está neste processo seletivo (Maria H.)",
    ]
    screenshot(dialog, "import-preview-pt")


# --- the stage history -----------------------------------------------------------------------


def test_the_stage_history_shows_the_store_s_reasons_in_portuguese_and_typed_ones_as_typed(
    qtbot, portuguese, ws
):
    search_id = new_search(ws)
    candidate_id = ws.add_candidate(search_id, CandidateDetails(full_name="Ana Souza"))
    stored = ws.stage_history(candidate_id)
    assert stored[0].reason == "Added to the search"  # kept in English in the file
    tab = open_tab(qtbot, ws, search_id)
    click_row(qtbot, tab, "Ana Souza")
    assert history_rows(tab) == [("Identificado", "Adicionado(a) à busca")]
    assert tab.panel.profile.history.topLevelItem(0).toolTip(2) == "Adicionado(a) à busca"
    ws.exit_candidate(candidate_id, Exit.DECLINED, "Added to the search by mistake")
    ws.reopen_candidate(candidate_id)
    tab.panel.set_candidate(candidate_id)
    assert [reason for _stage, reason in history_rows(tab)] == [
        "De volta ao pipeline",
        "Added to the search by mistake",  # what a person typed stays as typed
        "Adicionado(a) à busca",
    ]


# --- files that cannot be imported, a stored source --------------------------------------------


def test_a_spreadsheet_or_a_search_file_that_cannot_be_imported_is_explained_in_portuguese(
    qtbot, portuguese, db, db_path, tmp_path, warnings
):
    window = open_window(qtbot, db, db_path, open_first_search=False)
    window.ask = fill_search_dialog(qtbot, "Diretor de Receita")
    window.new_action.trigger()
    empty = tmp_path / "vazia.csv"
    empty.write_text("\n", encoding="utf-8")
    window.ask_spreadsheet = lambda: (str(empty), "")
    window.import_candidates_action.trigger()
    broken = tmp_path / "colega.revsearch"
    broken.write_bytes(b"\xff\xfe not text")
    window.ask_path_to_open = lambda: str(broken)
    window.import_search_action.trigger()
    assert warnings == [
        "vazia.csv está vazio.",
        f"{broken} não é um texto em UTF-8 (byte inválido na posição 0); não é um arquivo de "
        "processo seletivo do RevSearch.",
    ]
    window.close()


def test_an_imported_person_s_source_reads_in_portuguese(qtbot, portuguese, ws, tmp_path):
    search_id = new_search(ws)
    sheet = tmp_path / "pessoas.csv"
    sheet.write_text("Nome;E-mail\nAna Souza;ana@x.example\n", encoding="utf-8")
    table = read_table(sheet)
    dialog = ImportCandidatesDialog(ws, search_id, table)
    qtbot.addWidget(dialog)
    ws.import_candidates(search_id, dialog._preview)
    (candidate,) = ws.candidates(search_id)
    assert candidate.details.source == "Import"  # kept in English in the file
    tab = open_tab(qtbot, ws, search_id)
    click_row(qtbot, tab, "Ana Souza")
    assert tab.panel.profile.contact_labels["source"].text() == "Importação"


# --- an export that cannot be written ----------------------------------------------------------


def _failed_export(qtbot, db_path: Path, target: Path) -> str:
    request = ExportRequest(ReportFormat.HTML, target, ReportOptions(), portfolio=True)
    job = ExportJob(db_path, request)
    failed: list[str] = []
    job.failed.connect(failed.append)
    job.start()
    qtbot.waitUntil(lambda: bool(failed), timeout=15_000)
    return failed[0]


def test_an_export_that_cannot_be_written_says_why_in_portuguese(
    qtbot, portuguese, db, db_path, tmp_path
):
    new_search(Workspace(db, db_path))
    missing = tmp_path / "nao-existe"
    said = _failed_export(qtbot, db_path, missing / "relatorio.html")
    assert said == f"A pasta {missing} não existe."
    # A file that is no database at all: a failed read (an export only reads), then SQLite's words.
    other = tmp_path / "outro.sqlite3"
    other.write_text("isto não é um banco de dados " * 100, encoding="utf-8")
    said = _failed_export(qtbot, other, tmp_path / "relatorio.html")
    assert said.startswith("Não foi possível ler o banco de dados:"), said
    assert said.endswith("(file is not a database)")
