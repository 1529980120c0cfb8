"""The `revsearch` command: start the app, or manage the database from a terminal.

Exit codes: 0 success, 1 a user error (unknown search, bad argument), 2 a database that cannot
be used (damaged, too new, unreadable), 3 a bug (details in the log file). Never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, NoReturn

from desktop_app import __version__
from desktop_app.domain.errors import ValidationError
from desktop_app.locations import database_path
from desktop_app.logs import setup_logging
from desktop_app.store.errors import DatabaseProblem, NotFound

if TYPE_CHECKING:
    from desktop_app.labels.language import Translation
    from desktop_app.reports.options import Paper

log = logging.getLogger(__name__)

EXIT_OK, EXIT_USER_ERROR, EXIT_DATABASE, EXIT_BUG = 0, 1, 2, 3
_QUIET = logging.NullHandler()


class UserError(Exception):
    """A mistake in how the command was called; the message says how to fix it."""


class _NotParsed(Exception):
    """Help was asked for, or the command line is wrong: said once the language is known."""


class _Parser(argparse.ArgumentParser):
    # While True (the first, silent reading of the command line), help and mistakes are not
    # printed but raise _NotParsed: main then says them in the run's language.
    silent = False

    def error(self, message: str) -> NoReturn:
        if _Parser.silent:
            raise _NotParsed
        from PySide6.QtCore import QCoreApplication

        from desktop_app.labels.text import fill

        # argparse would exit 2, which here means "database unusable"; a bad argument is 1.
        # Its own words about the mistake (`message`) stay as argparse says them.
        see_help = QCoreApplication.translate("cli", "%1 (see 'revsearch --help')")
        self.exit(EXIT_USER_ERROR, f"revsearch: {fill(see_help, message)}\n")

    def print_help(self, file: IO[str] | None = None) -> None:
        if _Parser.silent:
            raise _NotParsed
        super().print_help(file)


def _as_written(_context: str, text: str) -> str:
    return text


def build_parser(translate: Callable[[str, str], str] = _as_written) -> argparse.ArgumentParser:
    """The command line's parser; `translate` (QCoreApplication.translate) gives its help in
    the run's language, and without it the help is in English and Qt is not loaded."""
    common = _Parser(add_help=False)
    # Ours rather than argparse's, so its help can be translated too.
    common.add_argument(
        "-h", "--help", action="help", help=translate("cli", "show this help message and exit")
    )
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=translate(
            "cli",
            "the database file (default: $REVSEARCH_DB, else revsearch.sqlite3 in the user "
            "data folder)",
        ),
    )
    parser = _Parser(
        prog="revsearch",
        description=translate(
            "cli",
            "RevSearch: run CRO and CSO executive searches offline. With no command, starts "
            "the desktop app.",
        ),
        parents=[common],
        add_help=False,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"revsearch {__version__}",
        help=translate("cli", "show program's version number and exit"),
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        default=argparse.SUPPRESS,
        help=translate(
            "cli",
            "the language for this run, of the app or of a command's messages: en or pt_BR "
            "(default: the one chosen in View > Language, else the system's)",
        ),
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=translate(
            "cli", "start, open the database, show the main window, run the event loop once, exit"
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, summary: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, parents=[common], add_help=False, help=summary)

    command("demo", translate("cli", "add the sample searches"))
    listing = command("list", translate("cli", "show every search"))
    listing.add_argument(
        "--json", action="store_true", help=translate("cli", "print a JSON list of objects")
    )
    command("check", translate("cli", "check integrity and schema version (exit 2 if unusable)"))
    backup = command("backup", translate("cli", "write a consistent copy"))
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate("cli", "where to write it (default: the backups folder)"),
    )
    restore = command(
        "restore", translate("cli", "replace the database with a backup (keeps a copy)")
    )
    restore.add_argument("file", metavar="FILE", help=translate("cli", "the backup to restore"))
    search_help = translate("cli", "the search's id (or its first 8+ characters) or title")
    confidential_help = translate(
        "cli", "include confidential notes and pay expectations (left out by default)"
    )
    export_search = command(
        "export-search",
        translate("cli", "write one search with everything in it to a .revsearch file"),
    )
    export_search.add_argument("search", metavar="SEARCH", help=search_help)
    export_search.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help=translate("cli", "the .revsearch file to write"),
    )
    export_search.add_argument(
        "--include-confidential", action="store_true", help=confidential_help
    )
    export_person = command(
        "export-person",
        translate("cli", "write everything held about one person as JSON (for an access request)"),
    )
    export_person.add_argument(
        "person",
        metavar="PERSON",
        help=translate(
            "cli",
            "the candidate's id (or its first 8+ characters) or e-mail address; their records "
            "in other searches with the same e-mail or LinkedIn profile are included",
        ),
    )
    export_person.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help=translate("cli", "the .json file to write"),
    )
    export = command(
        "export",
        translate(
            "cli",
            "write a progress report (PDF, HTML, Excel or CSV) of a search or of all open ones",
        ),
    )
    scope = export.add_mutually_exclusive_group(required=True)
    scope.add_argument("search", metavar="SEARCH", nargs="?", help=search_help)
    scope.add_argument(
        "--all",
        action="store_true",
        help=translate("cli", "a portfolio report of every open search"),
    )
    export.add_argument(
        "--format",
        required=True,
        choices=["pdf", "html", "xlsx", "csv"],
        help=translate("cli", "the file format"),
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        required=True,
        help=translate(
            "cli",
            "the file to write (a single search's CSV export writes PATH-candidates.csv and "
            "PATH-checklist.csv; a portfolio's is a .zip)",
        ),
    )
    export.add_argument("--include-confidential", action="store_true", help=confidential_help)
    export.add_argument(
        "--anonymise",
        action="store_true",
        help=translate(
            "cli", "replace candidates' names and contacts with codes such as 'Candidate C-07'"
        ),
    )
    export.add_argument(
        "--paper",
        choices=["a4", "letter"],
        help=translate(
            "cli",
            "paper size of a PDF or printed HTML (default: from the report's language's "
            "country, else the system's locale)",
        ),
    )
    export.add_argument(
        "--lang",
        metavar="LANG",
        default=argparse.SUPPRESS,
        help=translate(
            "cli",
            "the report's language (and this command's): en or pt_BR (default: the app's language)",
        ),
    )
    import_search = command(
        "import-search", translate("cli", "add a search from a .revsearch file")
    )
    import_search.add_argument(
        "file", metavar="FILE", help=translate("cli", "the .revsearch file to read")
    )
    already_there = import_search.add_mutually_exclusive_group()
    already_there.add_argument(
        "--replace",
        action="store_true",
        help=translate("cli", "if the search is already there, replace it"),
    )
    already_there.add_argument(
        "--keep-both",
        action="store_true",
        help=translate(
            "cli",
            "if the search is already there, add a copy with new ids and ' (copy)' in its title",
        ),
    )
    import_candidates = command(
        "import-candidates",
        translate("cli", "add candidates to a search from a CSV or Excel (.xlsx) file"),
    )
    import_candidates.add_argument("search", metavar="SEARCH", help=search_help)
    import_candidates.add_argument(
        "file", metavar="FILE", help=translate("cli", "the .csv or .xlsx file to read")
    )
    import_candidates.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "show what would be imported and write nothing"),
    )
    return parser


class _Speech:
    """The language a terminal command speaks: `--lang`, else the one chosen in View >
    Language, else the system's. start() installs its translator on Qt's application (made if
    there is none: a QCoreApplication, or a QGuiApplication for a report that draws) and gives
    QCoreApplication.translate, so every message made after it is in that language; stop()
    removes the translator again (a test's process goes on). Nothing of Qt is loaded until a
    message needs it: `list --json` never does."""

    def __init__(self, asked: str | None, *, draws: bool = False) -> None:
        self._asked = asked
        self._draws = draws
        self._started = False
        self._app: object = None
        self._translation: Translation | None = None

    def start(self) -> Callable[[str, str], str]:
        from PySide6.QtCore import QCoreApplication

        if not self._started:
            self._started = True  # once: if this fails, the messages are said in English
            try:
                self._install()
            except Exception:  # a language that cannot load must not stop the command
                log.warning("The command line's language could not be loaded", exc_info=True)
        return QCoreApplication.translate

    def _install(self) -> None:
        from PySide6.QtCore import QCoreApplication, QSettings

        from desktop_app.labels.language import Translation, chosen_language
        from desktop_app.locations import APP_NAME

        app = _headless_qt(needs_fonts=self._draws)
        assert isinstance(app, QCoreApplication)
        self._app = app  # kept until the run ends (a report is drawn with it)
        settings = QSettings(APP_NAME, APP_NAME)  # where View > Language saves the choice
        try:
            language = chosen_language(settings, self._asked)
        except ValueError:  # a mistyped --lang, said in the saved language or the system's
            language = chosen_language(settings)
        self._translation = Translation(app, language)

    def stop(self) -> None:
        if self._translation is not None:
            self._translation.remove()
            self._translation = None


def _language_asked(argv: Sequence[str]) -> str | None:
    """The --lang in a command line argparse could not read (the last one, as argparse takes)."""
    asked = None
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            asked = argv[index + 1]
        elif arg.startswith("--lang="):
            asked = arg.partition("=")[2]
    return asked


def _read_command_line(argv: Sequence[str]) -> argparse.Namespace:
    """The arguments, read first without Qt; help or a mistake is then said in the run's
    language (argparse exits, 0 after help, 1 for a mistake)."""
    _Parser.silent = True
    try:
        return build_parser().parse_args(argv)
    except _NotParsed:
        pass
    finally:
        _Parser.silent = False
    speech = _Speech(_language_asked(argv))
    speech.start()
    try:
        from PySide6.QtCore import QCoreApplication

        build_parser(QCoreApplication.translate).parse_args(argv)
    finally:
        speech.stop()
    raise AssertionError("argparse exits after help or a mistake")


def main(argv: Sequence[str] | None = None) -> int:
    # A title in any script must never crash a terminal that cannot show it.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    # Until setup_logging: a warning (a missing translation) must not add lines to the one-line
    # message of a mistake, as Python's last-resort handler would print it on stderr.
    logging.getLogger("desktop_app").addHandler(_QUIET)
    args = _read_command_line(sys.argv[1:] if argv is None else list(argv))
    draws = args.command == "export" and args.format in ("pdf", "html")
    speech = _Speech(getattr(args, "lang", None), draws=draws)
    try:
        return _run(args, speech)
    finally:
        speech.stop()  # however it ends: the process may go on (tests do)


def _run(args: argparse.Namespace, speech: _Speech) -> int:
    # Qt (and the labels, which need it) is imported only where words are said.
    if getattr(args, "lang", None) is not None:
        from desktop_app.labels.language import LANGUAGES, parse_language
        from desktop_app.labels.text import fill

        try:
            args.lang = parse_language(args.lang)
        except ValueError:
            # A mistyped language is a user error, not a silent English.
            translate = speech.start()
            unknown = translate("cli", "Unknown language '%1': choose one of %2.")
            return _fail(EXIT_USER_ERROR, fill(unknown, args.lang, ", ".join(LANGUAGES)))
    if getattr(args, "db", None) is not None and not args.db.strip():
        translate = speech.start()
        return _fail(EXIT_USER_ERROR, translate("cli", "--db needs the path of a database file."))
    log_file = setup_logging()
    path = database_path(getattr(args, "db", None))
    handlers = {
        None: _start_app,
        "demo": _demo,
        "list": _list,
        "check": _check,
        "backup": _backup,
        "restore": _restore,
        "export": _export,
        "export-search": _export_search,
        "export-person": _export_person,
        "import-search": _import_search,
        "import-candidates": _import_candidates,
    }
    try:
        # The app speaks for itself; `list --json` says nothing unless something goes wrong.
        if args.command is not None and not (args.command == "list" and args.json):
            speech.start()
        return handlers[args.command](args, path)
    except (DatabaseProblem, NotFound) as exc:
        # The store's English, said in the run's language as the window says it.
        speech.start()
        from desktop_app.labels.store_messages import problem_text

        code = EXIT_DATABASE if isinstance(exc, DatabaseProblem) else EXIT_USER_ERROR
        return _fail(code, problem_text(exc))
    except ValidationError as exc:
        speech.start()
        from desktop_app.labels.messages import message_text

        return _fail(EXIT_USER_ERROR, message_text(exc))
    except UserError as exc:
        return _fail(EXIT_USER_ERROR, str(exc))  # in the run's language already
    except UnicodeError:
        # An argument the terminal could not decode (a name typed in another encoding): it
        # reaches Python as broken characters that SQLite cannot look up.
        translate = speech.start()
        return _fail(
            EXIT_USER_ERROR,
            translate(
                "cli",
                "An argument holds characters that are not valid text; check the terminal's "
                "encoding (UTF-8) and type it again.",
            ),
        )
    except sqlite3.Error as exc:
        # Locked, disk full, file vanished: the database, not a bug. SQLite's words stay.
        log.warning("Database error on %s: %s", path, exc)
        translate = speech.start()
        from desktop_app.labels.text import fill

        unusable = translate("cli", "The database %1 cannot be used: %2.")
        return _fail(EXIT_DATABASE, fill(unusable, path, exc))
    except OSError as exc:
        # A path that cannot be used: a folder, a name too long, no permission, disk full.
        # The words are the system's own.
        log.warning("File error: %s", exc)
        where = f" ({exc.filename})" if exc.filename else ""
        return _fail(EXIT_DATABASE, f"{exc.strerror or exc}{where}.")
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        log.exception("Unexpected error in 'revsearch %s'", args.command or "")
        translate = speech.start()
        from desktop_app.labels.text import fill

        what = f"{type(exc).__name__}: {exc}"
        if log_file:
            logged = translate("cli", "Unexpected error (%1); details are in %2.")
            return _fail(EXIT_BUG, fill(logged, what, log_file))
        return _fail(EXIT_BUG, fill(translate("cli", "Unexpected error (%1)."), what))


def _fail(code: int, message: str) -> int:
    print(f"revsearch: {message}", file=sys.stderr)
    return code


def _start_app(args: argparse.Namespace, path: Path) -> int:
    from desktop_app.store.early_reads import EarlySummaries

    # Reads the list of searches on a thread while Qt and the window load (see early_reads).
    early = EarlySummaries(path)
    # Imported here so the terminal commands never pay for loading the widgets.
    from desktop_app.ui.app import run_app

    return run_app(path, smoke=args.smoke, early=early, language=_language_option(args))


def _demo(args: argparse.Namespace, path: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.cli_output import CommandLineCounts
    from desktop_app.labels.text import fill
    from desktop_app.sample_data import add_sample_data
    from desktop_app.store.database import open_database

    db = open_database(path)
    try:
        # `revsearch --lang pt_BR demo`: the sample searches in Portuguese; without --lang, in
        # the app's language (View > Language, else the system's).
        added = add_sample_data(db, _app_language(_language_option(args)))
    finally:
        db.close()
    if added:
        print(CommandLineCounts().sample_searches_added(len(added), path))
        for title in added:
            print(f"  {title}")
    else:
        print(
            fill(QCoreApplication.translate("cli", "The sample searches are already in %1."), path)
        )
    return EXIT_OK


def _list(args: argparse.Namespace, path: Path) -> int:
    from desktop_app.store.database import open_database
    from desktop_app.store.summary import search_summaries

    if not path.exists():
        # Listing never creates a database as a side effect.
        if args.json:
            print("[]")
        else:
            from PySide6.QtCore import QCoreApplication

            from desktop_app.labels.text import fill

            none = QCoreApplication.translate("cli", "No searches yet: there is no database at %1.")
            print(fill(none, path))
        return EXIT_OK
    db = open_database(path)
    try:
        summaries = search_summaries(db)
    finally:
        db.close()
    if args.json:
        # For programs: the keys and values are the same in every language.
        print(json.dumps([s.as_json() for s in summaries], indent=2, ensure_ascii=False))
    else:
        from desktop_app.cli_output import format_summaries

        print(format_summaries(summaries, path))
    return EXIT_OK


def _check(args: argparse.Namespace, path: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.cli_output import CommandLineCounts
    from desktop_app.labels.text import fill
    from desktop_app.store.database import inspect_file, open_database
    from desktop_app.store.migrations import latest_version
    from desktop_app.store.searches import list_searches

    info = inspect_file(path, full_check=True)
    if not info.exists:
        missing = QCoreApplication.translate("cli", "There is no database at %1.")
        return _fail(EXIT_DATABASE, fill(missing, path))
    latest = latest_version()
    if info.schema_version < latest:
        healthy = QCoreApplication.translate(
            "cli",
            "OK: %1 is a healthy RevSearch database (integrity ok, schema version %2; it will "
            "be upgraded to version %3 when opened).",
        )
        print(fill(healthy, path, info.schema_version, latest))
        return EXIT_OK
    db = open_database(path, read_only=True)
    try:
        count = len(list_searches(db))
    finally:
        db.close()
    print(CommandLineCounts().healthy(count, path, info.schema_version))
    return EXIT_OK


def _backup(args: argparse.Namespace, path: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.labels.text import fill
    from desktop_app.store import backup
    from desktop_app.store.database import inspect_file

    translate = QCoreApplication.translate
    info = inspect_file(path)
    if not info.exists:
        return _fail(
            EXIT_DATABASE, fill(translate("cli", "There is no database at %1 to back up."), path)
        )
    target = Path(args.output).expanduser() if args.output else None
    if target is not None and target.exists():
        raise UserError(
            fill(translate("cli", "%1 already exists; choose another file name."), target)
        )
    written = backup.backup_now(path, target)
    print(fill(translate("cli", "Backed up %1 to %2."), path, written))
    return EXIT_OK


def _restore(args: argparse.Namespace, path: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.labels.text import fill
    from desktop_app.store import backup
    from desktop_app.store.database import inspect_file

    translate = QCoreApplication.translate
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(fill(translate("cli", "There is no backup file at %1."), source))
    if source.resolve() == path.resolve():
        raise UserError(translate("cli", "That file is the database itself; choose a backup."))
    # Refuses a damaged, foreign or too new backup; nothing writes it, so read as immutable.
    inspect_file(source, full_check=True, immutable=True)
    if path.is_dir():
        raise UserError(
            fill(translate("cli", "%1 is a folder; --db needs the path of a database file."), path)
        )
    try:
        current_is_healthy = inspect_file(path).exists
    except DatabaseProblem:
        current_is_healthy = False  # damaged: restoring is how to recover from that
    kept = backup.restore(source, path, current_is_healthy=current_is_healthy)
    print(fill(translate("cli", "Restored %1 into %2."), source, path))
    if kept:
        print(fill(translate("cli", "The file it replaced was kept as %1."), kept))
    return EXIT_OK


def _export(args: argparse.Namespace, path: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.labels.language import current_language
    from desktop_app.labels.text import fill
    from desktop_app.reports.export import ExportError, ExportRequest, export_report
    from desktop_app.reports.export_messages import export_error_text
    from desktop_app.reports.options import ReportFormat, ReportOptions
    from desktop_app.store.database import inspect_file, open_database
    from desktop_app.store.searches import find_search_by_id_or_title

    translate = QCoreApplication.translate
    if not inspect_file(path).exists:
        # Exporting never creates a database as a side effect.
        return _fail(EXIT_DATABASE, fill(translate("cli", "There is no database at %1."), path))
    report_format = ReportFormat(args.format)
    if not args.output.strip():
        raise UserError(translate("cli", "-o needs the path of the file to write."))
    if Path(args.output).expanduser().is_dir() or args.output.endswith(("/", "\\")):
        example = f"{args.output.rstrip('/')}/report.{report_format.value}"
        folder = translate("cli", "%1 is a folder; give the file's name, e.g. %2")
        raise UserError(fill(folder, args.output, example))
    # Reports are drawn and translated by Qt, without a window: main made the application it
    # needs (with fonts for a PDF or HTML) and installed the report's language, which is the
    # command's (--lang, else the app's).
    options = ReportOptions(
        include_confidential=args.include_confidential,
        anonymise=args.anonymise,
        paper=_paper(args.paper),
    )
    db = open_database(path, read_only=True)
    try:
        ids: tuple[str, ...] = ()
        if not args.all:
            ids = (find_search_by_id_or_title(db, args.search).id,)
        request = ExportRequest(
            format=report_format,
            path=Path(args.output).expanduser(),
            options=options,
            search_ids=ids,
            portfolio=args.all,
            # Spoken as the window's export speaks it: its dates and numbers too.
            language=current_language(),
        )
        try:
            written = export_report(db, request)
        except ExportError as exc:
            raise UserError(export_error_text(exc)) from None
    finally:
        db.close()
    for file in written:
        print(fill(translate("cli", "Wrote %1"), file))
    return EXIT_OK


def _headless_qt(*, needs_fonts: bool) -> object:
    """The Qt application a terminal command needs (fonts for drawing a report, the
    translator); the caller keeps it until the command is over."""
    import os

    if needs_fonts and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if needs_fonts:
        from PySide6.QtGui import QGuiApplication

        return QGuiApplication.instance() or QGuiApplication(["revsearch"])
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() or QCoreApplication(["revsearch"])


def _language_option(args: argparse.Namespace) -> str | None:
    """--lang (checked by _run: a mistyped language is a user error)."""
    return getattr(args, "lang", None)


def _app_language(override: str | None) -> str:
    """--lang, else the language the desktop app speaks (its saved choice, else the system's)."""
    from PySide6.QtCore import QSettings

    from desktop_app.labels.language import chosen_language
    from desktop_app.locations import APP_NAME

    return chosen_language(QSettings(APP_NAME, APP_NAME), override)


def _paper(choice: str | None) -> Paper:
    from desktop_app.reports.options import Paper, default_paper

    if choice:
        return Paper(choice)
    from PySide6.QtCore import QLocale

    # The default locale: the report's language's country (A4 in Brazil), else the system's.
    return default_paper(QLocale.territoryToCode(QLocale().territory()))


def _export_search(args: argparse.Namespace, path: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.labels.store_messages import handoff_text
    from desktop_app.labels.text import fill
    from desktop_app.store.database import inspect_file, open_database
    from desktop_app.store.handoff import HandoffError, write_search_file
    from desktop_app.store.searches import find_search_by_id_or_title

    translate = QCoreApplication.translate
    if not inspect_file(path).exists:
        # Exporting never creates a database as a side effect.
        return _fail(EXIT_DATABASE, fill(translate("cli", "There is no database at %1."), path))
    target = Path(args.output).expanduser()
    db = open_database(path)
    try:
        search = find_search_by_id_or_title(db, args.search)
        try:
            write_search_file(db, search.id, target, include_confidential=args.include_confidential)
        except HandoffError as exc:
            # A target that cannot be written is a bad argument, not a bad database.
            raise UserError(handoff_text(exc)) from None
    finally:
        db.close()
    if args.include_confidential:
        exported = translate("cli", "Exported the search '%1' to %2.")
    else:
        exported = translate(
            "cli",
            "Exported the search '%1' to %2 without confidential notes and pay expectations "
            "(--include-confidential adds them).",
        )
    print(fill(exported, search.title, target))
    return EXIT_OK


def _export_person(args: argparse.Namespace, path: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.cli_output import CommandLineCounts
    from desktop_app.labels.text import fill
    from desktop_app.store.database import inspect_file, open_database
    from desktop_app.store.privacy import export_person, find_person

    translate = QCoreApplication.translate
    if not inspect_file(path).exists:
        # Exporting never creates a database as a side effect.
        return _fail(EXIT_DATABASE, fill(translate("cli", "There is no database at %1."), path))
    target = Path(args.output).expanduser()
    if not args.output.strip() or target.is_dir():
        not_a_file = translate("cli", "%1 is not a file name; give the .json file to write.")
        raise UserError(fill(not_a_file, repr(args.output)))
    db = open_database(path, read_only=True)
    try:
        records = export_person(db, find_person(db, args.person), target)
    finally:
        db.close()
    # Counts only: the terminal's scrollback is no place for the person's name.
    print(CommandLineCounts().person_records_written(records, target))
    return EXIT_OK


def _import_search(args: argparse.Namespace, path: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.labels.store_messages import handoff_text
    from desktop_app.labels.text import fill
    from desktop_app.store.database import open_database
    from desktop_app.store.handoff import (
        AlreadyThere,
        HandoffError,
        carries_confidential,
        import_search,
        read_search_file,
    )

    translate = QCoreApplication.translate
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(fill(translate("cli", "There is no file at %1."), source))
    try:
        # Read and validate before opening the database, so a bad file changes nothing.
        document = read_search_file(source)
    except HandoffError as exc:
        raise UserError(handoff_text(exc)) from None
    on_existing = "replace" if args.replace else "keep_both" if args.keep_both else "ask"
    db = open_database(path)
    try:
        was_there = db["searches"].count_where("id = ?", [document["search"]["id"]]) > 0
        search_id = import_search(db, document, on_existing=on_existing)
        title = db["searches"].get(search_id)["title"]
    except AlreadyThere as exc:
        already = translate(
            "cli",
            "The search '%1' is already in %2; run again with --replace to replace it or "
            "--keep-both to add a copy.",
        )
        raise UserError(fill(already, exc.title, path)) from None
    except HandoffError as exc:
        raise UserError(handoff_text(exc)) from None
    finally:
        db.close()
    replaced = was_there and on_existing == "replace"
    if replaced:
        done = translate("cli", "Replaced the search '%1' (%2) from %3 into %4.")
    else:
        done = translate("cli", "Imported the search '%1' (%2) from %3 into %4.")
    print(fill(done, title, search_id[:8], source, path))
    if replaced and not carries_confidential(document):
        print(
            translate(
                "cli",
                "Confidential notes and pay expectations here were kept: the file does not "
                "carry them.",
            )
        )
    return EXIT_OK


def _import_candidates(args: argparse.Namespace, path: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.cli_output import CommandLineCounts, format_import_plan
    from desktop_app.labels.store_messages import import_file_text
    from desktop_app.labels.text import fill
    from desktop_app.store import candidate_import as importer
    from desktop_app.store.database import inspect_file, open_database
    from desktop_app.store.searches import find_search_by_id_or_title

    translate = QCoreApplication.translate
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(fill(translate("cli", "There is no file at %1."), source))
    try:
        # Read the file before opening the database, so a bad file changes nothing.
        table = importer.read_table(source)
    except importer.ImportFileError as exc:
        raise UserError(import_file_text(exc)) from None
    mapping = importer.guess_mapping(table.headers)
    if not importer.has_name_column(mapping):
        no_name = translate(
            "cli",
            "No column of %1 is recognised as the name; name one 'Name', or 'First Name' and "
            "'Last Name'.",
        )
        raise UserError(fill(no_name, source.name))
    if not inspect_file(path).exists:
        # Importing into a search needs that search; never create a database as a side effect.
        return _fail(EXIT_DATABASE, fill(translate("cli", "There is no database at %1."), path))
    db = open_database(path)
    try:
        search = find_search_by_id_or_title(db, args.search)
        plan = importer.preview(db, search.id, table, mapping)
        print(format_import_plan(table, mapping, plan))
        if args.dry_run:
            print(translate("cli", "Dry run: nothing was written."))
            return EXIT_OK
        added = importer.import_preview(db, search.id, plan) if plan.to_import else []
    finally:
        db.close()
    print(CommandLineCounts().candidates_added(len(added), search.title))
    return EXIT_OK
