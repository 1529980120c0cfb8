"""Importing candidates from a CSV or .xlsx file: read, map columns, preview, then add.

Nothing is written until `import_preview` runs, and then every row goes in one transaction, so
a person can look at the preview, fix the file and try again without leftovers.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
import unicodedata
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.identity import linkedin_profile_key
from desktop_app.store.candidates import add_candidate
from desktop_app.store.errors import NotFound, TemplatedError

# The CandidateDetails fields a column can fill, plus first/last name, which are joined into
# full_name because most exports (LinkedIn, ATS tools) split the name in two columns.
FIELDS: tuple[str, ...] = (
    "full_name",
    "first_name",
    "last_name",
    "current_title",
    "current_company",
    "location",
    "email",
    "phone",
    "linkedin_url",
    "source",
    "pay_expectation",
)

DEFAULT_SOURCE = "Import"

# Header names as people and tools write them, compared without case, spaces or punctuation.
_ALIASES: dict[str, tuple[str, ...]] = {
    "full_name": ("name", "fullname", "candidate", "candidatename", "contactname"),
    "first_name": ("firstname", "givenname", "forename", "first"),
    "last_name": ("lastname", "surname", "familyname", "last"),
    "current_company": (
        "company",
        "companyname",
        "currentcompany",
        "organization",
        "organisation",
        "employer",
        "currentemployer",
    ),
    "current_title": (
        "title",
        "jobtitle",
        "position",
        "currenttitle",
        "role",
        "currentposition",
        "headline",
    ),
    "email": ("email", "emailaddress", "mail", "workemail", "personalemail"),
    "phone": ("phone", "phonenumber", "mobile", "mobilephone", "cell", "telephone", "tel"),
    "location": ("location", "city", "region", "country", "basedin"),
    "linkedin_url": ("linkedin", "linkedinurl", "profileurl", "linkedinprofile", "profile"),
    "source": ("source", "foundvia", "origin"),
    "pay_expectation": (
        "payexpectation",
        "compensation",
        "salaryexpectation",
        "expectedcompensation",
        "salary",
        "pay",
    ),
}
# The same in Brazilian Portuguese, recognised in either app language: a file keeps the language
# it was written in. Compared the same way, accents left out too ("Localização" is
# "localizacao"; see normalise_header).
_ALIASES_PT: dict[str, tuple[str, ...]] = {
    "full_name": ("nome", "nomecompleto", "candidato", "candidata", "candidatoa",
                  "nomedocandidato", "nomedacandidata", "nomedoacandidatoa", "nomedocontato"),
    "first_name": ("primeironome", "prenome"),
    "last_name": ("sobrenome", "ultimonome"),
    "current_company": ("empresa", "empresaatual", "nomedaempresa", "organizacao",
                        "empregador", "empregadoratual", "companhia"),
    "current_title": ("cargo", "cargoatual", "titulo", "titulodocargo", "funcao",
                      "funcaoatual", "posicao", "posicaoatual"),
    "email": ("enderecodeemail", "emailcorporativo", "emailprofissional", "emailpessoal",
              "correioeletronico"),
    "phone": ("telefone", "celular", "fone", "cel", "telefonecelular", "numerodetelefone",
              "whatsapp"),
    # Not a bare "Local" (of the job, of the interview?) or "Perfil" (in Brazilian sheets a
    # description of the person): a column the import leaves out can be chosen by hand, a
    # column it fills wrongly goes unnoticed.
    "location": ("localizacao", "localidade", "cidade", "cidadeestado", "regiao", "estado",
                 "pais"),
    "linkedin_url": ("perfillinkedin", "perfildolinkedin", "perfilnolinkedin", "urldolinkedin",
                     "linkdolinkedin", "urldoperfil", "linkdoperfil"),
    "source": ("fonte", "origem", "encontradovia"),
    "pay_expectation": ("pretensaosalarial", "pretensao", "expectativasalarial", "salario",
                        "remuneracao", "remuneracaoesperada", "expectativaderemuneracao"),
}  # fmt: skip
_FIELD_BY_HEADER = {
    alias: name
    for table in (_ALIASES, _ALIASES_PT)
    for name, aliases in table.items()
    for alias in aliases
}

_BARE_NAME = {"name", "nome"}

_CSV_SUFFIXES = {".csv", ".txt"}
_XLSX_SUFFIXES = {".xlsx", ".xlsm"}
# A file that starts like one of these is not a CSV whatever its name says.
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff")
_DATA_CELL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$|^https?://", re.IGNORECASE)


class ImportFileError(TemplatedError, ValueError):
    """A file that cannot be imported; the one-line message says which problem and where (an
    English template with values, said in the user's language by labels/store_messages.py)."""


@dataclass(frozen=True)
class Said:
    """Something the preview tells the person, as an English template with named values, as a
    ValidationError carries its message: labels/store_messages.py says it in the user's
    language (a test keeps its table equal to the templates here); str() is the English."""

    template: str
    values: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.values) if self.values else self.template


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number as a person sees it, header = 1; cells)
    notice: Said | None = None  # worth telling the person, e.g. the encoding that was guessed

    @property
    def note(self) -> str:
        """The notice in English ("" when there is none)."""
        return str(self.notice) if self.notice else ""


@dataclass(frozen=True)
class PreviewRow:
    line: int
    details: CandidateDetails | None
    # Why the row is left out: the preview's own reason, or the domain's refusal of a value.
    skip: Said | ValidationError | None = None
    also_in: tuple[Said, ...] = ()  # the same person in other searches (still imported)

    @property
    def will_import(self) -> bool:
        return self.details is not None and self.skip is None

    @property
    def skip_reason(self) -> str:
        """Why the row is skipped, in English ("" when it is not)."""
        if isinstance(self.skip, ValidationError):
            return self.skip.message
        return str(self.skip) if self.skip else ""

    @property
    def already_in(self) -> list[str]:
        """Where else the person is, in English: "Ana in 'CRO Acme' (same e-mail)"."""
        return [str(said) for said in self.also_in]


@dataclass(frozen=True)
class Preview:
    search_id: str
    mapping: dict[int, str | None]
    rows: list[PreviewRow]

    @property
    def to_import(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.will_import]

    @property
    def skipped(self) -> list[PreviewRow]:
        return [row for row in self.rows if not row.will_import]

    @property
    def flagged(self) -> list[PreviewRow]:
        return [row for row in self.to_import if row.already_in]


# --- reading ------------------------------------------------------------------------------


def read_table(path: Path) -> Table:
    """The header and data rows of a CSV or .xlsx file, or ImportFileError saying why not."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in _CSV_SUFFIXES | _XLSX_SUFFIXES:
        raise ImportFileError(
            "{name} is not a CSV or Excel (.xlsx) file; save it as one of those first.",
            name=path.name,
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(
            "{name} cannot be read: {reason}.", name=path.name, reason=exc.strerror or str(exc)
        ) from None
    if not data.strip():
        raise ImportFileError("{name} is empty.", name=path.name)
    if suffix in _XLSX_SUFFIXES:
        headers, rows, note = _read_xlsx(path, data)
    else:
        headers, rows, note = _read_csv(path, data)
    if not any(headers):
        raise ImportFileError("{name} is empty.", name=path.name)
    if any(_DATA_CELL.match(cell) for cell in headers):
        # An e-mail or a web address in row 1 means the column names are missing.
        raise ImportFileError(
            "{name} has no header row: row 1 holds data, not column names such as "
            "'Name' or 'Email'.",
            name=path.name,
        )
    width = len(headers)
    # Ragged rows are common in hand-edited files: pad short ones, drop cells past the header.
    rows = [(line, (cells + [""] * width)[:width]) for line, cells in rows]
    return Table(headers=headers, rows=rows, notice=note)


def _read_csv(
    path: Path, data: bytes
) -> tuple[list[str], list[tuple[int, list[str]]], Said | None]:
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:4096]:
        raise ImportFileError(
            "{name} is not a text CSV file (it looks like another kind).", name=path.name
        )
    text, note = _decode(path, data)
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # one column, or too little text to tell: plain commas
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            # A quoted cell may span lines; the row a person sees starts where the record does.
            line, start = start, reader.line_num + 1
            cells = [cell.strip() for cell in cells]
            if any(cells):  # blank lines (and lines of only separators) carry nothing
                records.append((line, cells))
    except csv.Error as exc:
        raise ImportFileError(
            "{name} row {row} cannot be read: {detail}.",
            name=path.name,
            row=reader.line_num,
            detail=str(exc),
        ) from None
    if not records:
        raise ImportFileError("{name} is empty.", name=path.name)
    (_, headers), *rows = records
    return headers, rows, note


def _decode(path: Path, data: bytes) -> tuple[str, Said | None]:
    # utf-8-sig accepts plain UTF-8 too and drops the BOM that Excel writes.
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        # Older Excel on Windows saves "CSV" as Windows-1252; a last resort, and said so.
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ImportFileError(
            "{name} is in an unknown text encoding; save it as CSV UTF-8.", name=path.name
        ) from None
    return text, Said("The file is not UTF-8; it was read as Windows-1252 (cp1252).")


def _read_xlsx(
    path: Path, data: bytes
) -> tuple[list[str], list[tuple[int, list[str]]], Said | None]:
    if not data.startswith(b"PK\x03\x04"):
        raise ImportFileError(
            "{name} is not an Excel .xlsx file (it looks like another kind).", name=path.name
        )
    from openpyxl import load_workbook  # only paid for when importing a spreadsheet

    records: list[tuple[int, list[str]]] = []
    try:
        # openpyxl warns about styles and extensions it ignores; they do not matter here.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = load_workbook(path, read_only=True, data_only=True)
            try:
                if not book.worksheets:
                    raise ImportFileError("{name} has no sheets.", name=path.name)
                sheet = book.worksheets[0]
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                    cells = [_cell_text(value) for value in values]
                    if any(cells):
                        records.append((number, cells))
            finally:
                book.close()
    except ImportFileError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise ImportFileError(
            "{name} cannot be read as an Excel .xlsx file: {detail}.",
            name=path.name,
            detail=str(exc),
        ) from None
    if not records:
        raise ImportFileError("{name} is empty (its first sheet has no cells).", name=path.name)
    first_line, headers = records[0]
    note = (
        Said("Column names were read from row {row}.", {"row": first_line})
        if first_line != 1
        else None
    )
    return headers, records[1:], note


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone number typed as a number shows no ".0"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


# --- mapping --------------------------------------------------------------------------------


def normalise_header(header: str) -> str:
    """A header as the aliases spell it: no case, accents, spaces or punctuation, so
    "Pretensão salarial", "PRETENSAO SALARIAL" and "pretensao_salarial:" are one."""
    plain = unicodedata.normalize("NFKD", header.casefold())
    plain = "".join(char for char in plain if not unicodedata.combining(char))
    return re.sub(r"[\W_]+", "", plain)


def guess_mapping(headers: list[str]) -> dict[int, str | None]:
    """Column index -> field for the header names we recognise; None for the rest. When two
    columns claim the same field, the first wins, so a person sees one clear choice."""
    mapping: dict[int, str | None] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        name = _FIELD_BY_HEADER.get(normalise_header(header))
        if name in taken:
            name = None
        if name:
            taken.add(name)
        mapping[index] = name
    # Right before a last name column, a bare "Name" is the first name: forms in Brazil split
    # a person into "Nome" and "Sobrenome" (and some English ones into "Name" and "Surname").
    # Elsewhere it stays the whole name; either way a last name is never added twice (see
    # row_values).
    names = set(mapping.values())
    if "first_name" not in names:
        for index, name in mapping.items():
            if (
                name == "full_name"
                and normalise_header(headers[index]) in _BARE_NAME
                and mapping.get(index + 1) == "last_name"
            ):
                mapping[index] = "first_name"
    return mapping


def has_name_column(mapping: dict[int, str | None]) -> bool:
    return bool({"full_name", "first_name", "last_name"} & set(mapping.values()))


# --- preview --------------------------------------------------------------------------------


def preview(
    db: sqlite_utils.Database,
    search_id: str,
    table: Table,
    mapping: dict[int, str | None],
) -> Preview:
    """What importing `table` into the search would do, row by row; writes nothing."""
    if not db["searches"].count_where("id = ?", [search_id]):
        raise NotFound("search", search_id)
    by_email, by_linkedin = _people_on_file(db)
    seen: dict[str, int] = {}  # e-mail / LinkedIn key -> first row in this file
    rows: list[PreviewRow] = []
    for line, cells in table.rows:
        values = row_values(cells, mapping)
        if not values["full_name"]:
            rows.append(PreviewRow(line, None, Said("no name")))
            continue
        try:
            details = CandidateDetails(
                **{name: values[name] for name in FIELDS if name not in ("first_name", "last_name")}
            )
        except ValidationError as exc:
            rows.append(PreviewRow(line, None, exc))
            continue
        keys = _keys(details)
        earlier = next((seen[key] for key in keys if key in seen), None)
        if earlier is not None:
            same = Said("same person as row {row} in this file", {"row": earlier})
            rows.append(PreviewRow(line, details, same))
            continue
        for key in keys:
            seen[key] = line
        matches = _matches(details, by_email, by_linkedin)
        here = [m for m in matches if m["search_id"] == search_id]
        if here:
            there = Said("already in this search ({name})", {"name": here[0]["name"]})
            rows.append(PreviewRow(line, details, there))
            continue
        already = tuple(
            Said(_SAME[m["why"]], {"name": m["name"], "title": m["title"]})
            for m in matches
            if m["search_id"] != search_id
        )
        rows.append(PreviewRow(line, details, None, already))
    return Preview(search_id=search_id, mapping=dict(mapping), rows=rows)


# How the same person was recognised in another search.
_SAME = {
    "email": "{name} in '{title}' (same e-mail)",
    "linkedin": "{name} in '{title}' (same LinkedIn URL)",
}


def row_values(cells: list[str], mapping: dict[int, str | None]) -> dict[str, str]:
    """Each field's text in a row (the first column mapped to it that has one). The whole
    name is the name column's, with the last name after it if it lacks it ("Nome" = "Ana"
    beside "Sobrenome" = "Souza"); without one, the first and last names joined, the last
    name once ("Ana Souza" beside "Souza" is Ana Souza)."""
    values = dict.fromkeys(FIELDS, "")
    for index, name in mapping.items():
        if name and index < len(cells) and cells[index] and not values[name]:
            values[name] = cells[index]
    first, last = values["first_name"], values["last_name"]
    if values["full_name"]:
        if last and not set(_name_words(last)) & set(_name_words(values["full_name"])):
            values["full_name"] = f"{values['full_name']} {last}"
    elif first and last:
        words, lasts = _name_words(first), _name_words(last)
        ends_with_it = bool(lasts) and words[-len(lasts) :] == lasts
        values["full_name"] = first if ends_with_it else f"{first} {last}"
    else:
        values["full_name"] = first or last
    return values


def _name_words(text: str) -> list[str]:
    """The words of a name as compared: no case or accents ("Souza" is "SOUZA", "Gonçalves"
    is "Goncalves")."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in plain if not unicodedata.combining(char))
    return re.findall(r"[^\W_]+", plain)


def _keys(details: CandidateDetails) -> list[str]:
    keys = []
    if details.email:
        keys.append("email:" + details.email.casefold())
    # Only a personal profile names one person; a company page is many people's.
    if profile := linkedin_profile_key(details.linkedin_url):
        keys.append("linkedin:" + profile)
    return keys


def _people_on_file(
    db: sqlite_utils.Database,
) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    # One read of every candidate: a file of a few hundred rows must not run a query per row.
    by_email: dict[str, list[dict]] = {}
    by_linkedin: dict[str, list[dict]] = {}
    rows = db.query(
        "SELECT c.id, c.search_id, c.full_name AS name, c.email, c.linkedin_url, s.title "
        "FROM candidates c JOIN searches s ON s.id = c.search_id ORDER BY s.title, c.full_name"
    )
    for row in rows:
        if row["email"]:
            by_email.setdefault(row["email"].casefold(), []).append(row)
        if profile := linkedin_profile_key(row["linkedin_url"]):
            by_linkedin.setdefault(profile, []).append(row)
    return by_email, by_linkedin


def _matches(
    details: CandidateDetails, by_email: dict[str, list[dict]], by_linkedin: dict[str, list[dict]]
) -> list[dict]:
    found: dict[str, dict] = {}
    if details.email:
        for row in by_email.get(details.email.casefold(), []):
            found.setdefault(row["id"], {**row, "why": "email"})
    if profile := linkedin_profile_key(details.linkedin_url):
        for row in by_linkedin.get(profile, []):
            found.setdefault(row["id"], {**row, "why": "linkedin"})
    return list(found.values())


# --- writing --------------------------------------------------------------------------------


def import_preview(db: sqlite_utils.Database, search_id: str, preview: Preview) -> list[str]:
    """Adds every importable row of the preview in one transaction; returns the new ids.
    Any failure rolls all of them back, so a file is imported whole or not at all."""
    added: list[str] = []
    with db.atomic():
        for row in preview.to_import:
            assert row.details is not None  # to_import holds only rows with details
            details = row.details
            if not details.source:
                details = dataclasses.replace(details, source=DEFAULT_SOURCE)
            added.append(add_candidate(db, search_id, details))
    return added
