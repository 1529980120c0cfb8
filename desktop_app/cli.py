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
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from desktop_app import __version__
from desktop_app.domain.errors import ValidationError
from desktop_app.locations import DB_ENV_VAR, database_path
from desktop_app.logs import setup_logging
from desktop_app.store.errors import DatabaseProblem, NotFound

if TYPE_CHECKING:
    from desktop_app.labels.language import Translation
    from desktop_app.reports.options import Paper
    from desktop_app.store.candidate_import import Preview, Table

log = logging.getLogger(__name__)

EXIT_OK, EXIT_USER_ERROR, EXIT_DATABASE, EXIT_BUG = 0, 1, 2, 3


class UserError(Exception):
    """A mistake in how the command was called; the message says how to fix it."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse would exit 2, which here means "database unusable"; a bad argument is 1.
        self.exit(EXIT_USER_ERROR, f"revsearch: {message} (see 'revsearch --help')\n")


def build_parser() -> argparse.ArgumentParser:
    db_option = _Parser(add_help=False)
    db_option.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=f"the database file (default: ${DB_ENV_VAR}, else revsearch.sqlite3 in the user "
        "data folder)",
    )
    parser = _Parser(
        prog="revsearch",
        description="RevSearch: run CRO and CSO executive searches offline. "
        "With no command, starts the desktop app.",
        parents=[db_option],
    )
    parser.add_argument("--version", action="version", version=f"revsearch {__version__}")
    parser.add_argument(
        "--lang",
        metavar="LANG",
        default=argparse.SUPPRESS,
        help="the app's language for this run: en or pt_BR (default: the one chosen in "
        "View > Language, else the system's)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start, open the database, show the main window, run the event loop once, exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("demo", parents=[db_option], help="add the sample searches")
    listing = commands.add_parser("list", parents=[db_option], help="show every search")
    listing.add_argument("--json", action="store_true", help="print a JSON list of objects")
    commands.add_parser(
        "check", parents=[db_option], help="check integrity and schema version (exit 2 if unusable)"
    )
    backup = commands.add_parser("backup", parents=[db_option], help="write a consistent copy")
    backup.add_argument(
        "-o", "--output", metavar="FILE", help="where to write it (default: the backups folder)"
    )
    restore = commands.add_parser(
        "restore", parents=[db_option], help="replace the database with a backup (keeps a copy)"
    )
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    export_search = commands.add_parser(
        "export-search",
        parents=[db_option],
        help="write one search with everything in it to a .revsearch file",
    )
    export_search.add_argument(
        "search", metavar="SEARCH", help="the search's id (or its first 8+ characters) or title"
    )
    export_search.add_argument(
        "-o", "--output", metavar="FILE", required=True, help="the .revsearch file to write"
    )
    export_search.add_argument(
        "--include-confidential",
        action="store_true",
        help="include confidential notes and pay expectations (left out by default)",
    )
    export_person = commands.add_parser(
        "export-person",
        parents=[db_option],
        help="write everything held about one person as JSON (for an access request)",
    )
    export_person.add_argument(
        "person",
        metavar="PERSON",
        help="the candidate's id (or its first 8+ characters) or e-mail address; their records "
        "in other searches with the same e-mail or LinkedIn profile are included",
    )
    export_person.add_argument(
        "-o", "--output", metavar="FILE", required=True, help="the .json file to write"
    )
    export = commands.add_parser(
        "export",
        parents=[db_option],
        help="write a progress report (PDF, HTML, Excel or CSV) of a search or of all open ones",
    )
    scope = export.add_mutually_exclusive_group(required=True)
    scope.add_argument(
        "search",
        metavar="SEARCH",
        nargs="?",
        help="the search's id (or its first 8+ characters) or title",
    )
    scope.add_argument("--all", action="store_true", help="a portfolio report of every open search")
    export.add_argument(
        "--format", required=True, choices=["pdf", "html", "xlsx", "csv"], help="the file format"
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        required=True,
        help="the file to write (a single search's CSV export writes PATH-candidates.csv and "
        "PATH-checklist.csv; a portfolio's is a .zip)",
    )
    export.add_argument(
        "--include-confidential",
        action="store_true",
        help="include confidential notes and pay expectations (left out by default)",
    )
    export.add_argument(
        "--anonymise",
        action="store_true",
        help="replace candidates' names and contacts with codes such as 'Candidate C-07'",
    )
    export.add_argument(
        "--paper",
        choices=["a4", "letter"],
        help="paper size of a PDF or printed HTML (default: from the report's language's "
        "country, else the system's locale)",
    )
    export.add_argument(
        "--lang",
        metavar="LANG",
        default=argparse.SUPPRESS,
        help="the report's language: en or pt_BR (default: the app's language)",
    )
    import_search = commands.add_parser(
        "import-search", parents=[db_option], help="add a search from a .revsearch file"
    )
    import_search.add_argument("file", metavar="FILE", help="the .revsearch file to read")
    already_there = import_search.add_mutually_exclusive_group()
    already_there.add_argument(
        "--replace", action="store_true", help="if the search is already there, replace it"
    )
    already_there.add_argument(
        "--keep-both",
        action="store_true",
        help="if the search is already there, add a copy with new ids and ' (copy)' in its title",
    )
    import_candidates = commands.add_parser(
        "import-candidates",
        parents=[db_option],
        help="add candidates to a search from a CSV or Excel (.xlsx) file",
    )
    import_candidates.add_argument(
        "search", metavar="SEARCH", help="the search's id (or its first 8+ characters) or title"
    )
    import_candidates.add_argument("file", metavar="FILE", help="the .csv or .xlsx file to read")
    import_candidates.add_argument(
        "--dry-run", action="store_true", help="show what would be imported and write nothing"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # A title in any script must never crash a terminal that cannot show it.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    args = build_parser().parse_args(argv)
    if getattr(args, "db", None) is not None and not args.db.strip():
        return _fail(EXIT_USER_ERROR, "--db needs the path of a database file.")
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
        return handlers[args.command](args, path)
    except DatabaseProblem as exc:
        return _fail(EXIT_DATABASE, exc.message)
    except (UserError, ValidationError, NotFound) as exc:
        return _fail(EXIT_USER_ERROR, str(exc))
    except UnicodeError:
        # An argument the terminal could not decode (a name typed in another encoding): it
        # reaches Python as broken characters that SQLite cannot look up.
        return _fail(
            EXIT_USER_ERROR,
            "An argument holds characters that are not valid text; check the terminal's "
            "encoding (UTF-8) and type it again.",
        )
    except sqlite3.Error as exc:
        # Locked, disk full, file vanished: the database, not a bug.
        log.warning("Database error on %s: %s", path, exc)
        return _fail(EXIT_DATABASE, f"The database {path} cannot be used: {exc}.")
    except OSError as exc:
        # A path that cannot be used: a folder, a name too long, no permission, disk full.
        log.warning("File error: %s", exc)
        where = f" ({exc.filename})" if exc.filename else ""
        return _fail(EXIT_DATABASE, f"{exc.strerror or exc}{where}.")
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        log.exception("Unexpected error in 'revsearch %s'", args.command or "")
        where = f"; details are in {log_file}" if log_file else ""
        return _fail(EXIT_BUG, f"Unexpected error ({type(exc).__name__}: {exc}){where}.")


def _fail(code: int, message: str) -> int:
    print(f"revsearch: {message}", file=sys.stderr)
    return code


def _start_app(args: argparse.Namespace, path: Path) -> int:
    from desktop_app.store.early_reads import EarlySummaries

    # Reads the list of searches on a thread while Qt and the window load (see early_reads).
    early = EarlySummaries(path)
    # Imported here so the terminal commands never pay for loading Qt.
    from desktop_app.ui.app import run_app

    return run_app(path, smoke=args.smoke, early=early, language=_language_option(args))


def _demo(args: argparse.Namespace, path: Path) -> int:
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
        print(f"Added {len(added)} sample searches to {path}:")
        for title in added:
            print(f"  {title}")
    else:
        print(f"The sample searches are already in {path}.")
    return EXIT_OK


def _list(args: argparse.Namespace, path: Path) -> int:
    from desktop_app.cli_output import format_summaries
    from desktop_app.store.database import open_database
    from desktop_app.store.summary import search_summaries

    if not path.exists():
        # Listing never creates a database as a side effect.
        print("[]" if args.json else f"No searches yet: there is no database at {path}.")
        return EXIT_OK
    db = open_database(path)
    try:
        summaries = search_summaries(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps([s.as_json() for s in summaries], indent=2, ensure_ascii=False))
    else:
        print(format_summaries(summaries, path))
    return EXIT_OK


def _check(args: argparse.Namespace, path: Path) -> int:
    from desktop_app.store.database import inspect_file, open_database
    from desktop_app.store.migrations import latest_version
    from desktop_app.store.searches import list_searches

    info = inspect_file(path, full_check=True)
    if not info.exists:
        return _fail(EXIT_DATABASE, f"There is no database at {path}.")
    latest = latest_version()
    if info.schema_version < latest:
        print(
            f"OK: {path} is a healthy RevSearch database (integrity ok, schema version "
            f"{info.schema_version}; it will be upgraded to version {latest} when opened)."
        )
        return EXIT_OK
    db = open_database(path, read_only=True)
    try:
        count = len(list_searches(db))
    finally:
        db.close()
    print(
        f"OK: {path} is a healthy RevSearch database (integrity ok, schema version "
        f"{info.schema_version}, {count} searches)."
    )
    return EXIT_OK


def _backup(args: argparse.Namespace, path: Path) -> int:
    from desktop_app.store import backup
    from desktop_app.store.database import inspect_file

    info = inspect_file(path)
    if not info.exists:
        return _fail(EXIT_DATABASE, f"There is no database at {path} to back up.")
    target = Path(args.output).expanduser() if args.output else None
    if target is not None and target.exists():
        raise UserError(f"{target} already exists; choose another file name.")
    written = backup.backup_now(path, target)
    print(f"Backed up {path} to {written}.")
    return EXIT_OK


def _restore(args: argparse.Namespace, path: Path) -> int:
    from desktop_app.store import backup
    from desktop_app.store.database import inspect_file

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(f"There is no backup file at {source}.")
    if source.resolve() == path.resolve():
        raise UserError("That file is the database itself; choose a backup.")
    # Refuses a damaged, foreign or too new backup; nothing writes it, so read as immutable.
    inspect_file(source, full_check=True, immutable=True)
    if path.is_dir():
        raise UserError(f"{path} is a folder; --db needs the path of a database file.")
    try:
        current_is_healthy = inspect_file(path).exists
    except DatabaseProblem:
        current_is_healthy = False  # damaged: restoring is how to recover from that
    kept = backup.restore(source, path, current_is_healthy=current_is_healthy)
    print(f"Restored {source} into {path}.")
    if kept:
        print(f"The file it replaced was kept as {kept}.")
    return EXIT_OK


def _export(args: argparse.Namespace, path: Path) -> int:
    from desktop_app.reports.export import ExportError, ExportRequest, export_report
    from desktop_app.reports.options import ReportFormat, ReportOptions
    from desktop_app.store.database import inspect_file, open_database
    from desktop_app.store.searches import find_search_by_id_or_title

    if not inspect_file(path).exists:
        # Exporting never creates a database as a side effect.
        return _fail(EXIT_DATABASE, f"There is no database at {path}.")
    report_format = ReportFormat(args.format)
    if not args.output.strip():
        raise UserError("-o needs the path of the file to write.")
    if Path(args.output).expanduser().is_dir() or args.output.endswith(("/", "\\")):
        example = f"{args.output.rstrip('/')}/report.{report_format.value}"
        raise UserError(f"{args.output} is a folder; give the file's name, e.g. {example}")
    # Reports are drawn and translated by Qt, without a window: it needs an application object
    # and, with no display, the offscreen platform.
    app = _headless_qt(needs_fonts=report_format in (ReportFormat.PDF, ReportFormat.HTML))
    translation = _report_language(app, _language_option(args))
    try:
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
                language=translation.language,
            )
            try:
                written = export_report(db, request)
            except ExportError as exc:
                raise UserError(str(exc)) from None
        finally:
            db.close()
    finally:
        translation.remove()  # however it ends: the process may go on (tests do)
    del app  # the Qt application lives until the report is written
    for file in written:
        print(f"Wrote {file}")
    return EXIT_OK


def _headless_qt(*, needs_fonts: bool) -> object:
    """The Qt application a headless export needs (fonts for drawing, the translator); the
    caller keeps it until the export is written."""
    import os

    if needs_fonts and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if needs_fonts:
        from PySide6.QtGui import QGuiApplication

        return QGuiApplication.instance() or QGuiApplication(["revsearch"])
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() or QCoreApplication(["revsearch"])


def _language_option(args: argparse.Namespace) -> str | None:
    """--lang, checked: a mistyped language is a user error, not a silent English."""
    from desktop_app.labels.language import parse_language

    choice = getattr(args, "lang", None)
    if choice is None:
        return None
    try:
        return parse_language(choice)
    except ValueError as exc:
        raise UserError(str(exc)) from None


def _app_language(override: str | None) -> str:
    """--lang, else the language the desktop app speaks (its saved choice, else the system's)."""
    from PySide6.QtCore import QSettings

    from desktop_app.labels.language import chosen_language
    from desktop_app.locations import APP_NAME

    return chosen_language(QSettings(APP_NAME, APP_NAME), override)


def _report_language(app: object, override: str | None) -> Translation:
    """The report's language: --lang, else the app's (View > Language, else the system's)."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from desktop_app.labels.language import Translation, chosen_language
    from desktop_app.locations import APP_NAME

    assert isinstance(app, QCoreApplication)
    # The app's own settings, where View > Language saves the choice.
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    return Translation(app, chosen_language(QSettings(), override))


def _paper(choice: str | None) -> Paper:
    from desktop_app.reports.options import Paper, default_paper

    if choice:
        return Paper(choice)
    from PySide6.QtCore import QLocale

    # The default locale: the report's language's country (A4 in Brazil), else the system's.
    return default_paper(QLocale.territoryToCode(QLocale().territory()))


def _export_search(args: argparse.Namespace, path: Path) -> int:
    from desktop_app.store.database import inspect_file, open_database
    from desktop_app.store.handoff import HandoffError, write_search_file
    from desktop_app.store.searches import find_search_by_id_or_title

    if not inspect_file(path).exists:
        # Exporting never creates a database as a side effect.
        return _fail(EXIT_DATABASE, f"There is no database at {path}.")
    target = Path(args.output).expanduser()
    db = open_database(path)
    try:
        search = find_search_by_id_or_title(db, args.search)
        try:
            write_search_file(db, search.id, target, include_confidential=args.include_confidential)
        except HandoffError as exc:
            # A target that cannot be written is a bad argument, not a bad database.
            raise UserError(str(exc)) from None
    finally:
        db.close()
    left_out = (
        ""
        if args.include_confidential
        else " without confidential notes and pay expectations (--include-confidential adds them)"
    )
    print(f"Exported the search '{search.title}' to {target}{left_out}.")
    return EXIT_OK


def _export_person(args: argparse.Namespace, path: Path) -> int:
    from desktop_app.store.database import inspect_file, open_database
    from desktop_app.store.privacy import export_person, find_person

    if not inspect_file(path).exists:
        # Exporting never creates a database as a side effect.
        return _fail(EXIT_DATABASE, f"There is no database at {path}.")
    target = Path(args.output).expanduser()
    if not args.output.strip() or target.is_dir():
        raise UserError(f"{args.output!r} is not a file name; give the .json file to write.")
    db = open_database(path, read_only=True)
    try:
        records = export_person(db, find_person(db, args.person), target)
    finally:
        db.close()
    # Counts only: the terminal's scrollback is no place for the person's name.
    print(f"Wrote {records} record(s) of this person to {target}.")
    return EXIT_OK


def _import_search(args: argparse.Namespace, path: Path) -> int:
    from desktop_app.store.database import open_database
    from desktop_app.store.handoff import (
        AlreadyThere,
        HandoffError,
        carries_confidential,
        import_search,
        read_search_file,
    )

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(f"There is no file at {source}.")
    try:
        # Read and validate before opening the database, so a bad file changes nothing.
        document = read_search_file(source)
    except HandoffError as exc:
        raise UserError(str(exc)) from None
    on_existing = "replace" if args.replace else "keep_both" if args.keep_both else "ask"
    db = open_database(path)
    try:
        was_there = db["searches"].count_where("id = ?", [document["search"]["id"]]) > 0
        search_id = import_search(db, document, on_existing=on_existing)
        title = db["searches"].get(search_id)["title"]
    except AlreadyThere as exc:
        raise UserError(
            f"The search '{exc.title}' is already in {path}; run again with --replace to "
            "replace it or --keep-both to add a copy."
        ) from None
    except HandoffError as exc:
        raise UserError(str(exc)) from None
    finally:
        db.close()
    replaced = was_there and on_existing == "replace"
    verb = "Replaced" if replaced else "Imported"
    print(f"{verb} the search '{title}' ({search_id[:8]}) from {source} into {path}.")
    if replaced and not carries_confidential(document):
        print(
            "Confidential notes and pay expectations here were kept: the file does not carry them."
        )
    return EXIT_OK


def _import_candidates(args: argparse.Namespace, path: Path) -> int:
    from desktop_app.store import candidate_import as importer
    from desktop_app.store.database import inspect_file, open_database
    from desktop_app.store.searches import find_search_by_id_or_title

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(f"There is no file at {source}.")
    try:
        # Read the file before opening the database, so a bad file changes nothing.
        table = importer.read_table(source)
    except importer.ImportFileError as exc:
        raise UserError(str(exc)) from None
    mapping = importer.guess_mapping(table.headers)
    if not importer.has_name_column(mapping):
        raise UserError(
            f"No column of {source.name} is recognised as the name; name one 'Name', or "
            "'First Name' and 'Last Name'."
        )
    if not inspect_file(path).exists:
        # Importing into a search needs that search; never create a database as a side effect.
        return _fail(EXIT_DATABASE, f"There is no database at {path}.")
    db = open_database(path)
    try:
        search = find_search_by_id_or_title(db, args.search)
        plan = importer.preview(db, search.id, table, mapping)
        _print_import_plan(table, mapping, plan)
        if args.dry_run:
            print("Dry run: nothing was written.")
            return EXIT_OK
        added = importer.import_preview(db, search.id, plan) if plan.to_import else []
    finally:
        db.close()
    print(f"Added {len(added)} candidates to the search '{search.title}'.")
    return EXIT_OK


def _print_import_plan(table: Table, mapping: dict[int, str | None], plan: Preview) -> None:
    if table.note:
        print(table.note)
    print("Columns:")
    for index, header in enumerate(table.headers):
        print(f"  {header or '(no name)'} -> {mapping.get(index) or '(not imported)'}")
    for row in plan.skipped:
        # Domain messages end with a full stop already; short reasons ("no name") do not.
        print(f"Skipped row {row.line}: {row.skip_reason.rstrip('.')}.")
    for row in plan.flagged:
        name = row.details.full_name if row.details else ""
        print(f"Row {row.line} ({name}) is already in another search: {'; '.join(row.already_in)}.")
    print(f"{len(plan.to_import)} to import, {len(plan.skipped)} skipped.")
