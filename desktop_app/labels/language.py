"""The language RevSearch speaks: English or Brazilian Portuguese.

The choice, in order: `revsearch --lang` for one run, then the one saved from View > Language,
then the system's (Portuguese systems get Portuguese, every other one English). It takes
effect at start-up: Qt's translators are installed before any window exists, and in Portuguese
the default QLocale becomes Brazil's, so dates and numbers read the Brazilian way too
(dd/mm/aaaa, 1.234,5); in English they keep the system's format.

The translations are resources/i18n/revsearch_<language>.qm, compiled from the .ts files
beside them by `make translations`, plus Qt's own (the standard buttons and dialogs). English
has one too, holding only the plural forms ("1 day", "2 days"): the source texts are English,
but a text with a count is written once, "%n days", and only a translation gives it a singular.

One thread may speak another language for a while (`speaking`): the worker thread that writes
a report in the language chosen for it, while the window goes on in its own. Qt's translators
belong to the whole application, so a translator of threads (`ThreadTranslator`) answers for
such a thread and leaves every other one to the app's translators, and the dates and numbers
the labels write take that thread's locale (`text_locale`) instead of the default.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QThread,
    QTranslator,
)

from desktop_app.assets import resource

log = logging.getLogger(__name__)

ENGLISH = "en"
PORTUGUESE = "pt_BR"
LANGUAGES = (ENGLISH, PORTUGUESE)
# Each language by its own name, as a person looking for it reads it (never translated).
LANGUAGE_NAMES = {ENGLISH: "English", PORTUGUESE: "Português (Brasil)"}
SETTINGS_KEY = "language"
# The language the app speaks, set by Translation: a plain value, so a worker thread can read it
# without asking the application object (which belongs to the app's thread).
_app_language = ENGLISH
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
    return _app_language


def save_language(settings: QSettings, language: str) -> None:
    """View > Language: the choice the next start takes."""
    settings.setValue(SETTINGS_KEY, parse_language(language))
    settings.sync()


class Translation:
    """The translators of one language, installed on the application while this lives."""

    def __init__(self, app: QCoreApplication, language: str) -> None:
        global _app_language
        self.asked = parse_language(language)
        self.language = self.asked
        self._app = app
        self._translators: list[QTranslator] = []
        self._locale_before = QLocale()
        self._language_before = _app_language
        if self.language != ENGLISH:
            ours = resource("i18n", f"revsearch_{self.language}.qm")
            if not self._install(str(ours)):
                # Without its words, the app stays English throughout: no Portuguese
                # checklists or decimal commas in an English window.
                log.warning("No translation at %s; run `make translations`. English it is.", ours)
                self.language = ENGLISH
        if self.language == ENGLISH:
            # The source texts are English; its file gives the texts with a count their
            # singular. Dates keep the system's own format.
            plurals = resource("i18n", f"revsearch_{ENGLISH}.qm")
            if not self._install(str(plurals)):
                log.warning("No translation at %s; run `make translations`.", plurals)
        _app_language = self.language
        if self.language == ENGLISH:
            return
        QLocale.setDefault(QLocale(self.language))
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._install(f"{qt_folder}/qtbase_{self.language}.qm")

    def _install(self, path: str) -> bool:
        translator = QTranslator(self._app)
        if translator.load(path):
            self._app.installTranslator(translator)
            self._translators.append(translator)
            _keep_thread_translator_first(self._app)
            return True
        return False

    @property
    def complete(self) -> bool:
        """Whether the language asked for is the one installed (a missing .qm means English)."""
        return self.language == self.asked

    def remove(self) -> None:
        global _app_language
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        QLocale.setDefault(self._locale_before)
        _app_language = self._language_before


# --- one thread in another language ---------------------------------------------------------

_here = threading.local()  # .language and .locale of a thread inside `speaking`
_installing = threading.Lock()
_thread_translator: ThreadTranslator | None = None


def spoken_language() -> str:
    """The language this thread speaks: a `speaking` block's, else the app's."""
    return getattr(_here, "language", None) or _app_language


def text_locale() -> QLocale:
    """The locale dates and numbers are written in on this thread: a `speaking` block's
    language's, else the app's (the default QLocale)."""
    locale = getattr(_here, "locale", None)
    return QLocale(locale) if locale is not None else QLocale()


def report_locale(language: str) -> QLocale:
    """How dates and numbers read in a document written in `language`: Brazil's in Portuguese;
    in English the system's own if it is an English one, else US English's."""
    if parse_language(language) == PORTUGUESE:
        return QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil)
    system = QLocale.system()
    if system.language() is QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@contextlib.contextmanager
def speaking(language: str | None) -> Iterator[None]:
    """Within the block, on this thread only: texts in `language`, and dates and numbers
    written its way (see report_locale), whether or not it is the app's language. Every other
    thread, the window's above all, goes on in the app's language and locale. Nothing changes
    when `language` is None.

    In the app's own language the app's translators answer. In another, a translator of
    threads does, installed on the app once, from the app's thread (Qt wants its translators
    installed there): `allow_thread_languages()` before starting the worker, or this does it
    when it runs on the app's thread itself."""
    if language is None:
        yield
        return
    language = parse_language(language)
    own = language == _app_language
    if not own and _current_thread_translator() is None:
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            raise RuntimeError("call allow_thread_languages() on the app's thread first")
        allow_thread_languages()
    before = getattr(_here, "language", None), getattr(_here, "locale", None)
    # None: the app's translators answer (in a block of another language, too).
    _here.language, _here.locale = (None if own else language), report_locale(language)
    try:
        yield
    finally:
        _here.language, _here.locale = before


def allow_thread_languages() -> None:
    """Installs, once per application, the translator through which a thread in a `speaking`
    block gets its own language. Call it on the app's thread; it stays installed (removing a
    translator makes every window re-read its texts) and costs the other threads nothing but a
    look. An application made anew (tests do) gets a new one: the old one went with the old
    application."""
    global _thread_translator
    app = QCoreApplication.instance()
    assert app is not None, "make the application first"
    with _installing:
        if _current_thread_translator() is not None:
            return
        translator = ThreadTranslator(app)
        # Holding no translations of its own, it counts as empty to Qt, which then installs it
        # without telling every window that the language changed: nothing did for them.
        app.installTranslator(translator)
        _thread_translator = translator


def _current_thread_translator() -> ThreadTranslator | None:
    """The thread translator, if it is alive and installed on the application there is now."""
    translator = _thread_translator
    if translator is None or not shiboken6.isValid(translator):
        return None
    app = QCoreApplication.instance()
    owner = translator.parent()
    if app is None or owner is None or not shiboken6.isValid(owner):
        return None
    if shiboken6.getCppPointer(owner)[0] != shiboken6.getCppPointer(app)[0]:
        return None
    return translator


def _keep_thread_translator_first(app: QCoreApplication) -> None:
    # Qt asks the translator installed last first: one installed after the thread translator
    # would answer a speaking thread in its own language. Installed again, it is first again.
    translator = _current_thread_translator()
    if translator is not None:
        app.removeTranslator(translator)
        app.installTranslator(translator)


class ThreadTranslator(QTranslator):
    """Answers for the threads inside a `speaking` block, in their language; for every other
    thread it has no answer, and Qt asks the app's own translators."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._words: dict[str, QTranslator] = {}
        for language in LANGUAGES:
            # English's file holds only the plural forms: the source texts are English.
            words = QTranslator(self)
            if words.load(str(resource("i18n", f"revsearch_{language}.qm"))):
                self._words[language] = words
            else:
                log.warning("No translation for %s; run `make translations`.", language)

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        language = getattr(_here, "language", None)
        if language is None:
            return None  # not a speaking thread: the app's translators answer
        words = self._words.get(language)
        text = words.translate(context, source_text, disambiguation, n) if words else ""
        if text:
            return text
        # English ahead of the app's translators, which would say it in theirs.
        return source_text if language == ENGLISH else None
