"""A spreadsheet written in Brazilian Portuguese imports as one in English does: its column
names are recognised without regard to accents or case, in whichever language the app speaks
(the store knows no app language)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.domain.search import Role, SearchDetails
from desktop_app.store import candidate_import as importer
from desktop_app.store import searches


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nome", "full_name"),
        ("Nome completo", "full_name"),
        ("NOME COMPLETO", "full_name"),
        ("Nome do(a) candidato(a)", "full_name"),
        ("Candidato(a)", "full_name"),
        ("Primeiro nome", "first_name"),
        ("Sobrenome", "last_name"),
        ("Último nome", "last_name"),
        ("Ultimo Nome", "last_name"),
        ("Empresa", "current_company"),
        ("Empresa atual", "current_company"),
        ("Organização", "current_company"),
        ("Cargo", "current_title"),
        ("Cargo atual", "current_title"),
        ("Título", "current_title"),
        ("Função", "current_title"),
        ("E-mail", "email"),
        ("Email", "email"),
        ("E-mail corporativo", "email"),
        ("Endereço de e-mail", "email"),
        ("Telefone", "phone"),
        ("Celular", "phone"),
        ("WhatsApp", "phone"),
        ("LinkedIn", "linkedin_url"),
        ("Perfil do LinkedIn", "linkedin_url"),
        ("URL do LinkedIn", "linkedin_url"),
        ("Cidade", "location"),
        ("Localização", "location"),
        ("localizacao", "location"),
        ("Cidade/Estado", "location"),
        ("Região", "location"),
        ("País", "location"),
        ("Fonte", "source"),
        ("Origem", "source"),
        ("Pretensão salarial", "pay_expectation"),
        ("PRETENSAO SALARIAL", "pay_expectation"),
        ("pretensão_salarial:", "pay_expectation"),
        ("Salário", "pay_expectation"),
        ("Remuneração", "pay_expectation"),
    ],
)
def test_a_portuguese_header_is_recognised_with_or_without_accents(header, field):
    assert importer.guess_mapping([header]) == {0: field}


def test_columns_the_import_does_not_fill_stay_unmapped_in_portuguese_too():
    # The import has no field for notes (in English neither): the column is left out.
    assert importer.guess_mapping(["Nome", "Observações", "Notas", "Contato"]) == {
        0: "full_name",
        1: None,
        2: None,
        3: None,
    }


def test_nome_right_before_sobrenome_is_the_first_name():
    assert importer.guess_mapping(["Nome", "Sobrenome", "E-mail"]) == {
        0: "first_name",
        1: "last_name",
        2: "email",
    }
    assert importer.guess_mapping(["Name", "Surname"]) == {0: "first_name", 1: "last_name"}
    # Anywhere else a bare "Nome" stays the whole name.
    assert importer.guess_mapping(["Nome", "E-mail", "Sobrenome"]) == {
        0: "full_name",
        1: "email",
        2: "last_name",
    }
    assert importer.guess_mapping(["Sobrenome", "Nome"]) == {0: "last_name", 1: "full_name"}
    # With a first name column already, or a whole name's header, nothing moves.
    assert importer.guess_mapping(["Nome completo", "Sobrenome"]) == {
        0: "full_name",
        1: "last_name",
    }
    assert importer.guess_mapping(["Prenome", "Nome", "Sobrenome"]) == {
        0: "first_name",
        1: "full_name",
        2: "last_name",
    }


def test_accents_are_ignored_for_the_english_names_as_well():
    assert importer.normalise_header("Pretensão Salarial") == "pretensaosalarial"
    assert importer.normalise_header("Fullname") == importer.normalise_header("FÚLL NAME")


def test_no_column_name_means_two_fields():
    # An alias in both tables (or twice in one) would silently map to the last field written.
    seen: dict[str, str] = {}
    for table in (importer._ALIASES, importer._ALIASES_PT):
        for field, aliases in table.items():
            assert field in importer.FIELDS
            for alias in aliases:
                assert alias == importer.normalise_header(alias), alias
                assert seen.setdefault(alias, field) == field, f"{alias}: {seen[alias]}, {field}"


CSV_PT = (
    "Nome completo;Empresa atual;Cargo atual;E-mail;Celular;Perfil do LinkedIn;Cidade;Origem;"
    "Pretensão salarial;Observações\n"
    "Ana Souza;Acme Brasil;Diretora Comercial;ana@acme.example;+55 11 91234-5678;"
    "https://www.linkedin.com/in/ana-souza;São Paulo;Indicação;R$ 40 mil;ligar na segunda\n"
)


def test_a_portuguese_file_is_previewed_field_by_field(db, tmp_path: Path):
    search_id = searches.create_search(
        db, SearchDetails(title="CRO", role=Role.CRO, start_date=dt.date(2026, 1, 5))
    )
    path = tmp_path / "candidatos.csv"
    path.write_text(CSV_PT, encoding="utf-8")
    table = importer.read_table(path)
    mapping = importer.guess_mapping(table.headers)
    assert importer.has_name_column(mapping)
    plan = importer.preview(db, search_id, table, mapping)
    (row,) = plan.to_import
    details = row.details
    assert details is not None
    assert (details.full_name, details.current_company, details.current_title) == (
        "Ana Souza",
        "Acme Brasil",
        "Diretora Comercial",
    )
    assert (details.email, details.phone, details.location) == (
        "ana@acme.example",
        "+55 11 91234-5678",
        "São Paulo",
    )
    assert details.linkedin_url == "https://www.linkedin.com/in/ana-souza"
    assert (details.source, details.pay_expectation) == ("Indicação", "R$ 40 mil")


def test_perfil_and_local_alone_are_not_guessed():
    # In Brazilian sheets "Perfil" often describes the person ("Hunter comercial sênior"), and
    # "Local" may be the job's or the interview's: chosen by hand if meant.
    assert importer.guess_mapping(["Nome", "Perfil", "Local"]) == {
        0: "full_name",
        1: None,
        2: None,
    }


def _names(db, tmp_path: Path, text: str) -> list[str]:
    search_id = searches.create_search(
        db, SearchDetails(title="CRO", role=Role.CRO, start_date=dt.date(2026, 1, 5))
    )
    path = tmp_path / "people.csv"
    path.write_text(text, encoding="utf-8")
    table = importer.read_table(path)
    plan = importer.preview(db, search_id, table, importer.guess_mapping(table.headers))
    return [row.details.full_name for row in plan.rows if row.details is not None]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # The name column already holds the last name: it is not added twice.
        ("Name,Surname\nAna Souza,Souza\nBo Li,Li\n", ["Ana Souza", "Bo Li"]),
        ("Nome,Sobrenome\nAna Souza,SOUZA\nJoão Gonçalves,Goncalves\n",
         ["Ana Souza", "João Gonçalves"]),
        # The usual split, and a last name of two words.
        ("Nome,Sobrenome\nAna,Souza\nMaria,da Silva\n", ["Ana Souza", "Maria da Silva"]),
        # A first name that is only part of the last name's start is not mistaken for it.
        ("Nome,Sobrenome\nSouza,Souza Lima\n", ["Souza Souza Lima"]),
        # Three name columns: "Nome" is taken as given and the surname is not dropped.
        ("Prenome,Nome,Sobrenome\nAna,Ana,Souza\n", ["Ana Souza"]),
        ("Prenome,Nome,Sobrenome\nAna,Ana Souza,Souza\n", ["Ana Souza"]),
        ("First name,Last name\nZoë,Müller\n", ["Zoë Müller"]),
        ("Full name,Last name\nMary O'Brien,O'Brien\n", ["Mary O'Brien"]),
        ("Last name\nMüller\n", ["Müller"]),
    ],
)  # fmt: skip
def test_a_last_name_is_added_once(db, tmp_path, text, names):
    assert _names(db, tmp_path, text) == names


def test_a_description_in_a_perfil_column_is_not_taken_for_a_linkedin_address(db, tmp_path):
    text = "Nome,Perfil,E-mail\nAna Souza,Hunter comercial sênior,ana@x.example\n"
    search_id = searches.create_search(
        db, SearchDetails(title="CRO", role=Role.CRO, start_date=dt.date(2026, 1, 5))
    )
    path = tmp_path / "people.csv"
    path.write_text(text, encoding="utf-8")
    table = importer.read_table(path)
    (row,) = importer.preview(db, search_id, table, importer.guess_mapping(table.headers)).rows
    assert row.will_import and row.details is not None
    assert row.details.linkedin_url == ""
