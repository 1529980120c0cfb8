"""The terminal commands speak the run's language: `--lang`, else the one chosen in View >
Language, else the system's (English here). Messages, errors, help and the `list` table are
Portuguese with `--lang pt_BR`; English output and everything machine-readable stay as they
were."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import digest, run
from PySide6.QtCore import QSettings

from desktop_app.labels.language import current_language, save_language
from desktop_app.locations import APP_NAME

PT = ("--lang", "pt_BR")
PEOPLE_CSV = (
    "First Name,Last Name,Company,Title,Email Address,Notes\n"
    "Zoë,Åkesson,Acme,CRO,zoe@acme.example,\n"
    ",,Initech,CSO,nobody@initech.example,\n"
    "Ben,Ode,Globex,CSO,not-an-email,\n"
)


@pytest.fixture
def demo_path(capsys, db_path: Path) -> Path:
    code, _out, _err = run(capsys, "demo", "--db", str(db_path))
    assert code == 0
    return db_path


@pytest.fixture
def people(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE_CSV, encoding="utf-8")
    return path


# --- list ---------------------------------------------------------------------------------


def test_list_in_portuguese(capsys, demo_path):
    code, out, err = run(capsys, *PT, "list", "--db", str(demo_path))
    assert (code, err) == (0, "")
    assert out.rstrip().endswith(f"3 buscas em {demo_path}")
    assert out.count("[CRO]") == 2 and out.count("[CSO]") == 1  # the roles are names
    assert "Ativa" in out and " · dia " in out and "candidatos: " in out
    assert "em entrevistas 2" in out  # the stages as the window names them
    assert re.search(r"checklist \d+/\d+ \(\d+%\) · (\d+ etapas? atrasadas?|nenhuma etapa)", out)
    for english in ("searches in", "candidates:", "overdue", " day ", "Active"):
        assert english not in out


def test_list_in_english_is_unchanged(capsys, demo_path):
    code, out, err = run(capsys, "list", "--db", str(demo_path))
    assert (code, err) == (0, "")
    blocks = out.rstrip("\n").split("\n\n")
    assert blocks[-1] == f"3 searches in {demo_path}"
    for block in blocks[:-1]:
        title, where, checklist, people = block.split("\n")
        assert re.fullmatch(r".+  \[(CRO|CSO)\]", title)
        assert re.fullmatch(
            r"  id [0-9a-f]{8} · (Draft|Active|On hold|Filled|Cancelled)(, archived)? · .+ · "
            r"day \d+",
            where,
        )
        assert re.fullmatch(r"  checklist \d+/\d+ \(\d+%\) · \d+ overdue steps?", checklist)
        assert re.fullmatch(
            r"  candidates: (none in the pipeline|([a-z ]+ \d+(, )?)+)"
            r"(; left: ([a-z ]+ \d+(, )?)+)?",
            people,
        )
    assert "interviewing 2" in out


def test_list_json_is_the_same_in_every_language(capsys, demo_path):
    _code, english, _err = run(capsys, "list", "--json", "--db", str(demo_path))
    _code, portuguese, _err = run(capsys, *PT, "list", "--json", "--db", str(demo_path))
    assert json.loads(portuguese) == json.loads(english)
    assert {item["status"] for item in json.loads(english)} <= {"active", "on_hold", "draft"}


def test_list_of_a_missing_database_in_portuguese(capsys, db_path):
    code, out, _err = run(capsys, *PT, "list", "--db", str(db_path))
    assert code == 0 and out == f"Ainda não há buscas: não há banco de dados em {db_path}.\n"
    assert not db_path.exists()


def test_the_saved_language_is_the_default_and_lang_overrides_it(capsys, demo_path):
    save_language(QSettings(APP_NAME, APP_NAME), "pt_BR")  # View > Language
    _code, out, _err = run(capsys, "list", "--db", str(demo_path))
    assert "3 buscas em" in out
    _code, out, _err = run(capsys, "--lang", "en", "list", "--db", str(demo_path))
    assert "3 searches in" in out


def test_a_portuguese_run_leaves_the_process_in_english(capsys, demo_path):
    run(capsys, *PT, "list", "--db", str(demo_path))
    assert current_language() == "en"
    _code, out, _err = run(capsys, "list", "--db", str(demo_path))
    assert "3 searches in" in out and "buscas" not in out


# --- check, demo and the database's own messages ------------------------------------------


def test_check_in_portuguese(capsys, demo_path, tmp_path):
    code, out, _err = run(capsys, *PT, "check", "--db", str(demo_path))
    assert code == 0
    assert out.startswith(f"OK: {demo_path} é um banco de dados do RevSearch em bom estado")
    assert out.rstrip().endswith("3 buscas).")
    missing = tmp_path / "missing.sqlite3"
    code, out, err = run(capsys, *PT, "check", "--db", str(missing))
    assert (code, out) == (2, "")
    assert err == f"revsearch: Não há banco de dados em {missing}.\n"


def test_a_damaged_file_is_refused_in_portuguese(capsys, tmp_path):
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"not a database at all" * 100)
    before = digest(damaged)
    code, out, err = run(capsys, *PT, "check", "--db", str(damaged))
    assert (code, out) == (2, "")
    assert "não é um banco de dados do RevSearch" in err and err.count("\n") == 1
    assert "is not a RevSearch database" not in err
    assert digest(damaged) == before


def test_demo_in_portuguese(capsys, db_path):
    code, out, _err = run(capsys, *PT, "demo", "--db", str(db_path))
    assert code == 0 and out.startswith(f"3 buscas de exemplo adicionadas a {db_path}:\n")
    code, out, _err = run(capsys, *PT, "demo", "--db", str(db_path))
    assert code == 0 and out == f"As buscas de exemplo já estão em {db_path}.\n"


def test_demo_in_english_is_unchanged(capsys, db_path):
    code, out, _err = run(capsys, "demo", "--db", str(db_path))
    assert code == 0 and out.startswith(f"Added 3 sample searches to {db_path}:\n")
    code, out, _err = run(capsys, "demo", "--db", str(db_path))
    assert out == f"The sample searches are already in {db_path}.\n"


# --- searches and people that are not there ------------------------------------------------


def test_an_unknown_search_in_portuguese(capsys, demo_path, tmp_path):
    target = tmp_path / "x.revsearch"
    code, out, err = run(
        capsys, *PT, "export-search", "Nobody", "-o", str(target), "--db", str(demo_path)
    )
    assert (code, out) == (1, "")
    assert err == "revsearch: Não há processo seletivo com o id “Nobody”.\n"
    assert not target.exists()
    code, _out, err = run(
        capsys, "export-search", "Nobody", "-o", str(target), "--db", str(demo_path)
    )
    assert (code, err) == (1, "revsearch: No search with id 'Nobody'.\n")


def test_an_unknown_person_in_portuguese(capsys, demo_path, tmp_path):
    code, out, err = run(
        capsys, *PT, "export-person", "nobody@x.example", "-o", str(tmp_path / "p.json"),
        "--db", str(demo_path),
    )  # fmt: skip
    assert (code, out) == (1, "")
    assert err == "revsearch: Nenhum(a) candidato(a) tem o e-mail nobody@x.example.\n"


# --- export -------------------------------------------------------------------------------


def test_export_with_a_bad_path_in_portuguese(capsys, demo_path, tmp_path):
    missing = tmp_path / "no" / "such"
    code, out, err = run(
        capsys, *PT, "export", "--all", "--format", "csv", "-o", str(missing / "r.csv"),
        "--db", str(demo_path),
    )  # fmt: skip
    assert (code, out) == (1, "")
    assert err == f"revsearch: A pasta {missing} não existe.\n"
    assert not missing.exists()
    folder = tmp_path / "reports"
    folder.mkdir()
    code, _out, err = run(
        capsys, *PT, "export", "--all", "--format", "csv", "-o", f"{folder}/",
        "--db", str(demo_path),
    )  # fmt: skip
    assert code == 1 and "é uma pasta; informe o nome do arquivo" in err
    assert list(folder.iterdir()) == []


def test_export_lang_is_the_commands_language_too(capsys, demo_path, tmp_path):
    target = tmp_path / "all.zip"
    code, out, err = run(
        capsys, "export", "--all", "--format", "csv", "-o", str(target), "--lang", "pt_BR",
        "--db", str(demo_path),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == f"Gravado: {target}\n"


# --- import-candidates --------------------------------------------------------------------


def test_the_import_preview_in_portuguese(capsys, demo_path, people):
    checksum = digest(demo_path)
    code, out, err = run(
        capsys, *PT, "import-candidates", "Chief Sales Officer", str(people), "--dry-run",
        "--db", str(demo_path),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Colunas:",
        "  First Name -> nome",
        "  Last Name -> sobrenome",
        "  Company -> empresa",
        "  Title -> cargo",
        "  Email Address -> e-mail",
        "  Notes -> (não importada)",
        "Linha 3 ignorada: sem nome.",
        "Linha 4 ignorada: “not-an-email” não é um endereço de e-mail.",
        "1 a importar; 2 linhas ignoradas.",
        "Simulação: nada foi gravado.",
    ]
    assert digest(demo_path) == checksum


def test_the_import_preview_in_english_is_unchanged(capsys, demo_path, people):
    code, out, err = run(
        capsys, "import-candidates", "Chief Sales Officer", str(people), "--dry-run",
        "--db", str(demo_path),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Columns:",
        "  First Name -> first_name",
        "  Last Name -> last_name",
        "  Company -> current_company",
        "  Title -> current_title",
        "  Email Address -> email",
        "  Notes -> (not imported)",
        "Skipped row 3: no name.",
        "Skipped row 4: 'not-an-email' is not an e-mail address.",
        "1 to import, 2 skipped.",
        "Dry run: nothing was written.",
    ]


def test_one_candidate_added_is_said_in_the_singular(capsys, demo_path, people):
    # English's plural-only translation gives a count its singular.
    code, out, _err = run(
        capsys, "import-candidates", "Chief Sales Officer", str(people), "--db", str(demo_path)
    )
    assert code == 0 and out.endswith("Added 1 candidate to the search 'Chief Sales Officer'.\n")
    code, out, _err = run(
        capsys, *PT, "import-candidates", "Chief Sales Officer", str(people),
        "--db", str(demo_path),
    )  # fmt: skip
    assert code == 0 and "já está neste processo seletivo" in out
    assert out.endswith("Nenhum candidato adicionado ao processo seletivo “Chief Sales Officer”.\n")


def test_a_file_that_cannot_be_imported_in_portuguese(capsys, demo_path, tmp_path):
    fake = tmp_path / "people.csv"
    fake.write_bytes(b"%PDF-1.7\n1 0 obj\n")
    code, out, err = run(
        capsys, *PT, "import-candidates", "Chief Sales Officer", str(fake), "--db", str(demo_path)
    )
    assert (code, out) == (1, "")
    assert err.startswith("revsearch: people.csv não é um arquivo CSV") and err.count("\n") == 1


# --- help and mistakes on the command line -------------------------------------------------


def test_help_in_portuguese(capsys):
    code, out, _err = run(capsys, *PT, "--help")
    assert code == 0
    assert "mostra esta ajuda e sai" in out and "adiciona as buscas de exemplo" in out
    assert "show every search" not in out
    code, out, _err = run(capsys, *PT, "export", "--help")
    assert code == 0 and "o formato do arquivo" in out


def test_help_in_english_is_unchanged(capsys):
    code, out, _err = run(capsys, "--help")
    assert code == 0 and out.startswith("usage: revsearch [-h] [--db PATH]")
    assert "show this help message and exit" in out and "show every search" in out
    assert "show program's version number and exit" in out


def test_a_usage_mistake_in_portuguese_exits_1_in_one_line(capsys):
    code, out, err = run(capsys, *PT, "restore")
    assert (code, out) == (1, "")
    assert err.startswith("revsearch: ") and err.endswith(" (veja 'revsearch --help')\n")
    assert err.count("\n") == 1
    code, _out, err = run(capsys, "restore")
    assert code == 1 and err.endswith(" (see 'revsearch --help')\n")


def test_an_unknown_language_is_a_user_error_in_the_default_language(capsys, demo_path):
    code, out, err = run(capsys, "--lang", "xx", "list", "--db", str(demo_path))
    assert (code, out) == (1, "")
    assert err == "revsearch: Unknown language 'xx': choose one of en, pt_BR.\n"


# --- what a terminal command loads --------------------------------------------------------


def _modules_after(argv: list[str]) -> dict:
    code = (
        "import io, json, sys, contextlib\n"
        "from desktop_app.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main({argv!r})\n"
        "print(json.dumps({name: name in sys.modules for name in "
        "('PySide6', 'PySide6.QtWidgets', 'PySide6.QtGui')}))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_a_terminal_command_speaks_without_widgets_and_list_json_without_qt(demo_path):
    loaded = _modules_after(["--lang", "pt_BR", "list", "--db", str(demo_path)])
    assert loaded == {"PySide6": True, "PySide6.QtWidgets": False, "PySide6.QtGui": False}
    loaded = _modules_after(["list", "--json", "--db", str(demo_path)])
    assert loaded == {"PySide6": False, "PySide6.QtWidgets": False, "PySide6.QtGui": False}


def test_a_language_that_cannot_load_leaves_the_command_working_in_english(
    capsys, demo_path, monkeypatch
):
    from desktop_app.labels import language

    def broken(*_args, **_kwargs):
        raise RuntimeError("the translations could not be read")

    monkeypatch.setattr(language, "Translation", broken)
    code, out, err = run(capsys, *PT, "list", "--db", str(demo_path))
    assert code == 0, err
    assert "Chief Revenue Officer" in out and "overdue" in out
    code, _out, err = run(capsys, *PT, "restore")
    assert code == 1
    assert "Traceback" not in err


def test_a_missing_translation_adds_nothing_to_a_one_line_mistake(tmp_path):
    # A checkout without `make translations`: the .qm files are not there. Run apart, as a
    # person runs it: pytest's own log capture would hide what Python prints on stderr.
    script = (
        "import sys, pathlib\n"
        "from desktop_app.labels import language\n"
        f"language.resource = lambda *parts: pathlib.Path({str(tmp_path)!r}).joinpath(*parts)\n"
        "from desktop_app.cli import main\n"
        "sys.exit(main(['restore']))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
