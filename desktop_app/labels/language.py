"""The language RevSearch speaks: English or Brazilian Portuguese.

The choice, in order: `revsearch --lang` for one run, then the one saved from View > Language,
then the system's (Portuguese systems get Portuguese, every other one English). It takes
effect at start-up: Qt's translators are installed before any window exists, and in Portuguese
the default QLocale becomes Brazil's, so dates and numbers read the Brazilian way too
(dd/mm/aaaa, 1.234,5); in English they keep the system's format.

The translations are resources/i18n/revsearch_<language>.qm, compiled from the .ts files
beside them by `make translations`, plus Qt's own (the standard buttons and dialogs).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop_app.assets import resource

log = logging.getLogger(__name__)

ENGLISH = "en"
PORTUGUESE = "pt_BR"
LANGUAGES = (ENGLISH, PORTUGUESE)
SETTINGS_KEY = "language"
_APP_PROPERTY = "revsearchLanguage"  # set on the application by Translation
# What `--lang` accepts for each language, however people tend to write it.
_SPELLINGS = {
    "en": ENGLISH,
    "en_us": ENGLISH,
    "en_gb": ENGLISH,
    "english": ENGLISH,
    "pt": PORTUGUESE,
    "pt_br": PORTUGUESE,
    "pt-br": PORTUGUESE,
    "portuguese": PORTUGUESE,
    "português": PORTUGUESE,
}


def parse_language(text: str) -> str:
    """A language code as RevSearch names it; raises ValueError naming the choices."""
    language = _SPELLINGS.get(text.strip().casefold())
    if language is None:
        raise ValueError(f"Unknown language '{text}': choose one of {', '.join(LANGUAGES)}.")
    return language


def system_language(locale: QLocale | None = None) -> str:
    locale = locale or QLocale.system()
    return PORTUGUESE if locale.language() is QLocale.Language.Portuguese else ENGLISH


def chosen_language(settings: QSettings, override: str | None = None) -> str:
    """The language of this run (see the module's doc)."""
    if override:
        return parse_language(override)
    saved = settings.value(SETTINGS_KEY)
    if isinstance(saved, str) and saved in LANGUAGES:
        return saved
    return system_language()


def current_language() -> str:
    """The language this run speaks (English until a Translation is made)."""
    app = QCoreApplication.instance()
    value = app.property(_APP_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value in LANGUAGES else ENGLISH


def save_language(settings: QSettings, language: str) -> None:
    """View > Language: the choice the next start takes."""
    settings.setValue(SETTINGS_KEY, parse_language(language))
    settings.sync()


class Translation:
    """The translators of one language, installed on the application while this lives."""

    def __init__(self, app: QCoreApplication, language: str) -> None:
        self.asked = parse_language(language)
        self.language = self.asked
        self._app = app
        self._translators: list[QTranslator] = []
        self._ours = False
        self._locale_before = QLocale()
        if self.language != ENGLISH:
            ours = resource("i18n", f"revsearch_{self.language}.qm")
            self._ours = self._install(str(ours), missing_is_a_problem=True)
            if not self._ours:
                # Without its words, the app stays English throughout: no Portuguese
                # checklists or decimal commas in an English window.
                self.language = ENGLISH
        app.setProperty(_APP_PROPERTY, self.language)
        if self.language == ENGLISH:
            return  # the source texts are English; dates keep the system's own format
        QLocale.setDefault(QLocale(self.language))
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._install(f"{qt_folder}/qtbase_{self.language}.qm", missing_is_a_problem=False)

    def _install(self, path: str, *, missing_is_a_problem: bool) -> bool:
        translator = QTranslator(self._app)
        if translator.load(path):
            self._app.installTranslator(translator)
            self._translators.append(translator)
            return True
        if missing_is_a_problem:
            # Running from a checkout without `make translations`: English, and a hint.
            log.warning("No translation at %s; run `make translations`. English it is.", path)
        return False

    @property
    def complete(self) -> bool:
        """Whether the language asked for is the one installed (a missing .qm means English)."""
        return self.language == self.asked

    def remove(self) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        QLocale.setDefault(self._locale_before)
        self._app.setProperty(_APP_PROPERTY, ENGLISH)
