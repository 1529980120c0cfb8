"""The store's own messages can be said in the user's language: why a database file cannot be
used, a record that is gone, why a spreadsheet or a .revsearch file cannot be imported, what the
candidate import's preview says, the reasons and sources the store writes into a record; and why
an export cannot be written (reports/export_messages.py).

The tables in labels/store_messages.py are kept equal to what the code raises and says (read
with `ast`, so a new raise without a translation fails here); untranslated, each message reads
exactly as the store's English, and in Portuguese each one comes from the translation.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.labels.language import PORTUGUESE, Translation
from desktop_app.labels.messages import placeholders
from desktop_app.labels.store_messages import (
    STORE_SOURCES,
    candidate_sources,
    handoff_templates,
    handoff_text,
    history_reason_text,
    history_reasons,
    import_file_templates,
    import_file_text,
    import_templates,
    import_text,
    not_found_templates,
    problem_templates,
    problem_text,
    source_text,
)
from desktop_app.reports.export import ExportError
from desktop_app.reports.export_messages import export_error_text, export_templates
from desktop_app.store import candidate_import, candidates, handoff
from desktop_app.store.candidate_import import Said
from desktop_app.store.database import inspect_file
from desktop_app.store.errors import (
    CorruptDatabase,
    DatabaseProblem,
    NotFound,
    NotRevSearchDatabase,
    UnreadableDatabase,
)

ROOT = Path(__file__).resolve().parents[2] / "desktop_app"
PROBLEMS = {
    "DatabaseProblem",
    "CorruptDatabase",
    "NotRevSearchDatabase",
    "DatabaseTooNew",
    "UnreadableDatabase",
    "MigrationFailed",
}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _calls(names: set[str], *folders: str) -> Iterator[tuple[str, ast.Call]]:
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and _name(node.func) in names:
                    yield f"{path.relative_to(ROOT)}:{node.lineno}", node


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


# --- the tables are the code's -------------------------------------------------------------


def _problem_raises() -> Iterator[tuple[str, ast.Call, str | None]]:
    for where, call in _calls(PROBLEMS, "store", "ui", "labels", "reports"):
        yield where, call, _literal(call.args[1]) if len(call.args) > 1 else None


def test_every_database_problem_the_code_raises_has_its_template_in_the_table():
    found, problems = set(), []
    for where, _call, template in _problem_raises():
        if template is None:
            # The window raises some with words it translated itself; the store never does.
            if where.startswith("store/"):
                problems.append(f"{where}: the message must be a literal template")
            continue
        found.add(template)
    assert not problems, "\n".join(problems)
    assert len(found) > 20
    table = set(problem_templates())
    assert not found - table, f"add to labels/store_messages.py: {sorted(found - table)}"
    assert not table - found, f"no longer raised: {sorted(table - found)}"


def test_every_database_problem_gives_the_values_its_template_names():
    for where, call, template in _problem_raises():
        if template is None:
            continue
        given = {keyword.arg for keyword in call.keywords}
        named = {name for name, _ in placeholders(template)}
        assert given == named, f"{where}: {template!r} names {named}, is given {given}"


def test_every_kind_of_record_not_found_has_its_message_in_the_table():
    kinds, problems = set(), []
    for where, call in _calls({"NotFound"}, "store", "ui"):
        what = _literal(call.args[0]) if call.args else None
        if what is None:
            problems.append(f"{where}: NotFound needs the kind of record as a literal")
            continue
        kinds.add(what)
    assert not problems, "\n".join(problems)
    assert {"search", "candidate", "note", "checklist step"} <= kinds
    assert kinds == set(not_found_templates())


def test_everything_the_import_preview_says_is_in_the_table():
    said = set()
    for where, call in _calls({"Said"}, "store"):
        first = call.args[0] if call.args else None
        if isinstance(first, ast.Subscript) and _name(first.value) == "_SAME":
            # how the same person was recognised in another search: one template each way
            said |= set(candidate_import._SAME.values())
            continue
        template = _literal(first)
        assert template is not None, f"{where}: Said needs a literal template"
        said.add(template)
    assert len(said) == 7
    assert said == set(import_templates())


def test_the_store_s_own_history_reasons_are_in_the_table():
    assert set(candidates.SYSTEM_REASONS) == set(history_reasons())
    assert candidates.ADDED_REASON == "Added to the search"  # as every database holds it


# --- in English, in Portuguese ---------------------------------------------------------------


def _samples() -> list[DatabaseProblem]:
    return [
        UnreadableDatabase(
            "/x", template, **{name: f"<{name}>" for name, _ in placeholders(template)}
        )
        for template in problem_templates()
    ]


def _import_samples() -> list[Said]:
    return [
        Said(template, {name: f"<{name}>" for name, _ in placeholders(template)})
        for template in import_templates()
    ]


def test_untranslated_each_message_reads_as_the_store_s_english(qapp):
    for exc in _samples():
        assert problem_text(exc) == exc.message
    for said in _import_samples():
        assert import_text(said) == str(said)
    assert problem_text(NotFound("note", "n1")) == "No note with id 'n1'."
    assert history_reason_text("Added to the search") == "Added to the search"


def test_a_message_the_tables_do_not_know_stays_as_it_was_given(qapp):
    # The window raises some with its own (translated) words: they are shown as they are.
    assert problem_text(UnreadableDatabase("/x", "Já traduzido.")) == "Já traduzido."
    assert problem_text(NotFound("widget", "7")) == "No widget with id '7'."
    assert import_text(Said("Something new.")) == "Something new."


@pytest.fixture
def portuguese(qapp):
    translation = Translation(qapp, PORTUGUESE)
    assert translation.complete, "run `make translations`"
    yield translation
    translation.remove()


def test_in_portuguese_every_message_is_translated_with_its_values(portuguese):
    for exc in _samples():
        text = problem_text(exc)
        assert text != exc.message, exc.template
        for name, _ in placeholders(exc.template):
            assert f"<{name}>" in text, (exc.template, text)
    for said in _import_samples():
        text = import_text(said)
        assert text != str(said), said.template
        for name, _ in placeholders(said.template):
            assert f"<{name}>" in text, (said.template, text)
    for what in not_found_templates():
        text = problem_text(NotFound(what, "abc123"))
        assert "abc123" in text and not text.startswith("No "), text


def test_in_portuguese_real_problems_and_reasons_read_naturally(portuguese, tmp_path):
    folder = tmp_path / "pasta"
    folder.mkdir()
    with pytest.raises(UnreadableDatabase) as caught:
        inspect_file(folder)
    assert problem_text(caught.value) == f"{folder} é uma pasta, não um arquivo de banco de dados."
    other = tmp_path / "outro.txt"
    other.write_text("not sqlite")
    with pytest.raises(NotRevSearchDatabase) as caught:
        inspect_file(other)
    assert problem_text(caught.value).startswith(f"{other} não é um banco de dados do RevSearch")
    # SQLite's own words stay as SQLite says them.
    damaged = CorruptDatabase(
        "/d.db", "{path} is damaged ({detail}).", path="/d.db", detail="malformed"
    )
    assert problem_text(damaged) == "/d.db está danificado (malformed)."
    assert problem_text(NotFound("search", "ab12")) == "Não há processo seletivo com o id “ab12”."
    flagged = Said(candidate_import._SAME["linkedin"], {"name": "Otto E.", "title": "CSO Beta"})
    assert import_text(flagged) == "Otto E. em “CSO Beta” (mesmo perfil do LinkedIn)"
    assert history_reason_text("Added to the search") == "Adicionado(a) à busca"
    assert history_reason_text("Back in the pipeline") == "De volta ao pipeline"
    # What a person typed stays as typed, even when it starts like the store's own.
    assert history_reason_text("Added to the search after the call") == (
        "Added to the search after the call"
    )


# --- a file that cannot be imported, an export that cannot be written --------------------------


def _templated_raises(names: set[str], *folders: str) -> Iterator[tuple[str, ast.Call, str]]:
    for where, call in _calls(names, *folders):
        template = _literal(call.args[0]) if call.args else None
        assert template is not None, f"{where}: the message must be a literal template"
        yield where, call, template


def _check_table(names: set[str], table: dict[str, str], *folders: str, also=()) -> None:
    found = {template for _where, _call, template in _templated_raises(names, *folders)}
    found |= set(also)
    assert found, names
    assert not found - set(table), f"add to the table: {sorted(found - set(table))}"
    assert not set(table) - found, f"no longer raised: {sorted(set(table) - found)}"
    for where, call, template in _templated_raises(names, *folders):
        given = {keyword.arg for keyword in call.keywords}
        if None in given:  # **values: the names are the dictionary's, checked by running it
            continue
        named = {name for name, _ in placeholders(template)}
        assert given == named, f"{where}: {template!r} names {named}, is given {given}"


def test_every_import_file_error_has_its_template_in_the_table():
    _check_table({"ImportFileError"}, import_file_templates(), "store", "ui")
    assert len(import_file_templates()) == 11


def test_every_handoff_error_has_its_template_in_the_table():
    _check_table(
        {"HandoffError"}, handoff_templates(), "store", "ui", also=[handoff.AlreadyThere.TEMPLATE]
    )
    assert len(handoff_templates()) > 25


def test_every_export_error_has_its_template_in_the_table():
    _check_table({"ExportError"}, export_templates(), "reports", "ui")


def test_the_store_s_own_sources_are_in_the_table():
    assert set(candidate_sources()) == STORE_SOURCES == {candidate_import.DEFAULT_SOURCE}


def _samples_of(error: type, table: dict[str, str]) -> list:
    return [
        error(template, **{name: f"<{name}>" for name, _ in placeholders(template)})
        for template in table
    ]


def test_untranslated_files_and_exports_read_as_the_code_s_english(qapp):
    for exc in _samples_of(candidate_import.ImportFileError, import_file_templates()):
        assert import_file_text(exc) == str(exc) == exc.template.format(**exc.values)
    for exc in _samples_of(handoff.HandoffError, handoff_templates()):
        assert handoff_text(exc) == str(exc)
    for exc in _samples_of(ExportError, export_templates()):
        assert export_error_text(exc) == str(exc)
    assert source_text("Import") == "Import"


def test_in_portuguese_files_and_exports_are_explained_with_their_values(portuguese):
    cases = [
        (import_file_text, _samples_of(candidate_import.ImportFileError, import_file_templates())),
        (handoff_text, _samples_of(handoff.HandoffError, handoff_templates())),
        (export_error_text, _samples_of(ExportError, export_templates())),
    ]
    for said, samples in cases:
        for exc in samples:
            text = said(exc)
            assert text != str(exc), exc.template
            for name, _ in placeholders(exc.template):
                assert f"<{name}>" in text, (exc.template, text)


def test_in_portuguese_real_file_problems_read_naturally(portuguese, tmp_path):
    empty = tmp_path / "candidatos.csv"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(candidate_import.ImportFileError) as caught:
        candidate_import.read_table(empty)
    assert import_file_text(caught.value) == "candidatos.csv está vazio."
    broken = tmp_path / "busca.revsearch"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(handoff.HandoffError) as caught:
        handoff.read_search_file(broken)
    text = handoff_text(caught.value)
    assert text.startswith(f"{broken} não é um JSON válido (linha 1, coluna 2:")
    assert text.endswith("não é um arquivo de processo seletivo do RevSearch.")
    # A document that came from no path: "The file" is said in Portuguese too.
    with pytest.raises(handoff.HandoffError) as caught:
        handoff.validate_document([])
    assert str(caught.value) == "The file does not hold a JSON object; it is not a search file."
    assert handoff_text(caught.value) == (
        "O arquivo não contém um objeto JSON; não é um arquivo de processo seletivo."
    )
    assert source_text("Import") == "Importação"
    assert source_text("Imported by hand") == "Imported by hand"  # as typed
    assert export_error_text(ExportError("The folder {folder} does not exist.", folder="/x")) == (
        "A pasta /x não existe."
    )


def test_the_english_of_the_file_messages_is_unchanged(tmp_path):
    # The command line and the log print str(): the same sentences as before the templates.
    with pytest.raises(handoff.HandoffError) as caught:
        handoff.validate_document({"format": "other"}, "x.revsearch")
    assert str(caught.value) == (
        "x.revsearch is not a RevSearch search file (format 'other', expected 'revsearch-search')."
    )
    document = {"format": handoff.FORMAT_NAME, "version": 1, "search": {"id": "s", "closed_at": 5}}
    with pytest.raises(handoff.HandoffError) as caught:
        handoff.validate_document(document, "y")
    assert str(caught.value) == (
        "y: the search's 'closed_at' must be a time such as 2026-04-01T09:00:00.000Z or null, "
        "not 5."
    )
    with pytest.raises(candidate_import.ImportFileError) as caught:
        candidate_import.read_table(tmp_path / "people.pdf")
    assert str(caught.value) == (
        "people.pdf is not a CSV or Excel (.xlsx) file; save it as one of those first."
    )
