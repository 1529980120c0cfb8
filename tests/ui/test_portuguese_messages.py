"""A refused edit is explained in the app's language: the domain's rule, said in Portuguese."""

from __future__ import annotations

import pytest
from checklist_helpers import new_search, open_tab, saved_step, step_ids
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.labels.language import PORTUGUESE, Translation
from desktop_app.ui.candidate_dialogs import CandidateDialog
from desktop_app.ui.candidate_panel import CandidatePanel
from desktop_app.ui.checklist_model import ChecklistModel
from desktop_app.ui.workspace import Workspace


@pytest.fixture
def portuguese(qapp):
    translation = Translation(qapp, PORTUGUESE)
    yield translation
    translation.remove()


@pytest.fixture
def ws(qapp, db, db_path):
    workspace = Workspace(db, db_path)
    yield workspace
    workspace.close()


def test_an_owner_too_long_typed_in_the_checklist_is_refused_in_portuguese(
    qtbot, portuguese, ws, monkeypatch
):
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: warnings.append(text)
    )
    search_id = new_search(ws)
    tab = open_tab(qtbot, ws, search_id)
    step_id = step_ids(ws, search_id)[1]
    cell = tab.model.index_of_step(step_id, ChecklistModel.OWNER)
    tab.tree.setCurrentIndex(cell)
    qtbot.keyClick(tab.tree, Qt.Key.Key_F2)
    editor = tab.tree.indexWidget(cell)
    editor.selectAll()
    qtbot.keyClicks(editor, "x" * 201)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings == ["O campo “Responsável” é longo demais (201 de 200 caracteres)."]
    assert saved_step(ws, step_id).owner == "CB"


def test_the_candidate_dialog_refuses_a_bad_e_mail_in_portuguese(qtbot, portuguese):
    dialog = CandidateDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.fields["full_name"], "Ana Souza")
    qtbot.keyClicks(dialog.fields["email"], "ana at exemplo")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.details() is None and dialog.isVisible()
    assert dialog.error.text() == "“ana at exemplo” não é um endereço de e-mail."


def test_the_move_menu_says_in_portuguese_why_an_offer_must_wait(qtbot, portuguese, ws):
    search_id = ws.create_search(SearchDetails(title="CRO", role=Role.CRO, start_date="2026-01-05"))
    candidate_id = ws.add_candidate(search_id, CandidateDetails(full_name="Ana Souza"))
    panel = CandidatePanel(ws)
    qtbot.addWidget(panel)
    panel.resize(520, 700)
    panel.show()
    panel.set_candidate(candidate_id)
    (offer,) = [a for a in panel.profile.move_menu.actions() if a.text() == "Proposta"]
    assert not offer.isEnabled()
    assert offer.toolTip() == (
        "Só um(a) finalista ou um(a) candidato(a) em entrevistas pode receber uma proposta."
    )
