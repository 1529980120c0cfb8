"""Bad input through the import paths: a spreadsheet row with a control character is skipped
with the field named, text in every script comes in exactly, and a broken character (a lone
surrogate) is refused by the domain like a control character, never a crash in SQLite."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.store import candidate_import, candidates, searches

UNICODE_ROWS = [
    ("Zoë Ñúñez", "zoë@exämple.org"),
    ("محمد الأحمد", ""),
    ("Dev 👩🏽\u200d💻 Rao", "dev@example.org"),
    ("Rene\u0301e Dubois", ""),  # a combining accent, not the precomposed é
    ("丁一", "ding@example.cn"),
]


@pytest.fixture
def search_id(db) -> str:
    return searches.create_search(
        db, SearchDetails(title="CRO", role=Role.CRO, start_date=dt.date(2026, 1, 5))
    )


def import_file(db, search_id: str, path: Path) -> candidate_import.Preview:
    table = candidate_import.read_table(path)
    plan = candidate_import.preview(
        db, search_id, table, candidate_import.guess_mapping(table.headers)
    )
    candidate_import.import_preview(db, search_id, plan)
    return plan


def test_a_csv_in_every_script_comes_in_exactly(db, search_id, tmp_path):
    path = tmp_path / "people.csv"
    lines = ["Name,Email"] + [f"{name},{email}" for name, email in UNICODE_ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_file(db, search_id, path)
    assert len(plan.to_import) == len(UNICODE_ROWS)
    stored = {(c.full_name, c.details.email) for c in candidates.list_candidates(db, search_id)}
    assert stored == set(UNICODE_ROWS)


def test_a_spreadsheet_row_with_a_control_character_is_skipped_naming_the_field(
    db, search_id, tmp_path
):
    path = tmp_path / "people.csv"
    path.write_text(
        "Name,Email,Location\n"
        "Ana\x07Lima,ana@example.org,\n"
        "Ben Ode,ben@example.org\x1b,\n"
        "Cai Wen,,Lisbon\x0bPortugal\n"
        "Dee Fox 👩🏽\u200d💻,,\n",
        encoding="utf-8",
    )
    plan = import_file(db, search_id, path)
    assert [row.skip_reason for row in plan.skipped] == [
        "Full name contains control characters.",
        "E-mail contains control characters.",
        "Location contains control characters.",
    ]
    assert [c.full_name for c in candidates.list_candidates(db, search_id)] == [
        "Dee Fox 👩🏽\u200d💻"
    ]


@pytest.mark.parametrize(
    "build",
    [
        lambda bad: CandidateDetails(full_name=f"Ana {bad}"),
        lambda bad: CandidateDetails(full_name="Ana", location=bad),
        lambda bad: NoteDetails(body=f"Note {bad}"),
    ],
)
def test_a_broken_character_is_refused_by_the_domain(build):
    with pytest.raises(ValidationError, match="broken character"):
        build("\udce9")
