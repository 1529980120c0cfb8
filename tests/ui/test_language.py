"""Choosing the app's language: --lang, View > Language, the system's; and what changes with it."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop_app.labels.language import (
    ENGLISH,
    PORTUGUESE,
    Translation,
    chosen_language,
    current_language,
    parse_language,
    save_language,
    system_language,
)
from desktop_app.labels.text import format_date, format_decimal
from desktop_app.store.database import open_database
from tests.ui.test_main_window import open_window


@pytest.fixture
def portuguese(qapp):
    translation = Translation(qapp, PORTUGUESE)
    yield translation
    translation.remove()


def test_the_choice_is_the_option_then_the_saved_one_then_the_system_s():
    settings = QSettings()
    assert chosen_language(settings, "pt-BR") == PORTUGUESE
    save_language(settings, "pt_BR")
    assert chosen_language(settings) == PORTUGUESE
    assert chosen_language(settings, "en") == ENGLISH  # --lang wins, for one run
    settings.remove("language")
    assert chosen_language(settings) == system_language()
    assert (
        system_language(QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil)) == PORTUGUESE
    )
    assert system_language(QLocale(QLocale.Language.Portuguese, QLocale.Country.Portugal)) == (
        PORTUGUESE
    )
    assert system_language(QLocale(QLocale.Language.German)) == ENGLISH
    with pytest.raises(ValueError, match="en, pt_BR"):
        parse_language("klingon")


def test_portuguese_translates_the_app_qt_s_own_buttons_and_dates(portuguese):
    assert portuguese.complete, "run `make translations` (make test does it)"
    assert current_language() == PORTUGUESE
    assert QCoreApplication.translate("MainWindow", "&View") != "&View"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    assert format_date(dt.date(2026, 3, 9), "dd/MM/yyyy") == "09/03/2026"
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    assert format_decimal(Fraction(3, 4), 2, signed=True) == "+0,75"  # a tilt
    assert format_decimal(-0.5, 1) == "-0,5"


def test_english_leaves_the_source_texts(qapp):
    translation = Translation(qapp, ENGLISH)
    try:
        assert QCoreApplication.translate("MainWindow", "&View") == "&View"
        assert current_language() == ENGLISH
    finally:
        translation.remove()


def test_view_language_saves_the_choice_for_the_next_start(qtbot, db_path):
    window = open_window(qtbot, open_database(db_path), db_path)
    assert window.language_actions[ENGLISH].isChecked()
    said = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    assert window.language_actions[PORTUGUESE] in window.language_menu.actions()
    window.language_actions[PORTUGUESE].trigger()  # as choosing it in View > Language does
    assert said and "português" in said[0]
    assert QSettings().value("language") == PORTUGUESE
    assert window.language_actions[PORTUGUESE].isChecked()
    window.close()


def test_a_new_search_and_the_samples_take_the_app_s_language(qtbot, db_path, portuguese):
    from desktop_app.ui.search_dialog import SearchDialog

    dialog = SearchDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Diretor de Receita")
    dialog.accept()
    assert dialog.details().language == PORTUGUESE
    window = open_window(qtbot, open_database(db_path), db_path)
    assert window.workspace.add_sample_searches()
    search = window.workspace.summaries()[0].search
    assert search.language == PORTUGUESE
    from desktop_app.domain.checklist import load_template

    titles = {s.step.title for s in window.workspace.steps(search.id)}
    portuguese_steps = {step.title for step in load_template(search.role, PORTUGUESE).steps}
    english_steps = {step.title for step in load_template(search.role, ENGLISH).steps}
    assert len(titles & portuguese_steps) > len(titles & english_steps)
    window.close()


def test_without_its_translation_file_the_app_stays_english_throughout(qapp, monkeypatch, tmp_path):
    from desktop_app.labels import language as language_module

    monkeypatch.setattr(language_module, "resource", lambda *parts: tmp_path.joinpath(*parts))
    translation = Translation(qapp, PORTUGUESE)
    try:
        assert not translation.complete and translation.language == ENGLISH
        assert current_language() == ENGLISH  # so new searches get the English checklist
        assert format_decimal(0.75, 2) == "0.75"
    finally:
        translation.remove()
