"""One thread speaking another language (labels/language.py's `speaking`): the translator that
answers for it stays valid for the application there is now, and the app's language is read
without asking the application object, which belongs to the app's thread."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication

from desktop_app.labels import language
from desktop_app.labels.language import (
    ENGLISH,
    PORTUGUESE,
    Translation,
    allow_thread_languages,
    current_language,
    speaking,
)


def _on_a_worker(language_code: str) -> str:
    said: list[str] = []

    def work() -> None:
        with speaking(language_code):
            said.append(QCoreApplication.translate("Report", "Search portfolio"))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    return said[0]


def test_a_thread_translator_that_went_away_is_installed_again(qapp):
    allow_thread_languages()
    assert _on_a_worker(PORTUGUESE) == "Portfólio de buscas"
    # What happens to it when its application goes (a test making a new one, say).
    shiboken6.delete(language._thread_translator)
    allow_thread_languages()
    assert shiboken6.isValid(language._thread_translator)
    assert _on_a_worker(PORTUGUESE) == "Portfólio de buscas"
    # A Translation made meanwhile puts its words behind the thread translator's again.
    translation = Translation(qapp, PORTUGUESE)
    try:
        assert _on_a_worker(ENGLISH) == "Search portfolio"
    finally:
        translation.remove()


def test_a_new_application_gets_a_thread_translator_of_its_own(tmp_path):
    # Only a fresh process can make a second application after the first is gone.
    script = textwrap.dedent(
        """
        import gc, threading
        from PySide6.QtCore import QCoreApplication
        import desktop_app.labels.language as L

        app = QCoreApplication([])
        L.allow_thread_languages()
        app.shutdown()
        del app
        gc.collect()
        app = QCoreApplication([])
        L.allow_thread_languages()
        said = {}

        def work():
            with L.speaking("pt_BR"):
                said["worker"] = QCoreApplication.translate("Report", "Search portfolio")

        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
        translation = L.Translation(app, "pt_BR")
        print(said["worker"], "|", QCoreApplication.translate("Report", "Search portfolio"))
        translation.remove()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Portfólio de buscas | Portfólio de buscas"


def test_the_app_s_language_is_a_plain_value_not_a_property_of_the_application(qapp, portuguese):
    # A property of the application is read through the app's thread's object; the language
    # is kept apart, for a worker thread to read as it is.
    qapp.setProperty("revsearchLanguage", ENGLISH)
    assert current_language() == PORTUGUESE
    seen: list[str] = []
    thread = threading.Thread(target=lambda: seen.append(current_language()))
    thread.start()
    thread.join()
    assert seen == [PORTUGUESE]


def test_the_language_goes_back_to_what_it_was_when_a_translation_is_removed(qapp):
    assert current_language() == ENGLISH
    translation = Translation(qapp, PORTUGUESE)
    assert current_language() == PORTUGUESE
    translation.remove()
    assert current_language() == ENGLISH


def test_speaking_the_app_s_own_language_needs_no_thread_translator(qapp, monkeypatch):
    monkeypatch.setattr(language, "_thread_translator", None)
    monkeypatch.setattr(language, "allow_thread_languages", lambda: pytest.fail("installed"))
    said: list[str] = []

    def work() -> None:
        with speaking(ENGLISH):
            said.append(language.text_locale().bcp47Name())

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert said and said[0].startswith("en")
