"""A search is created in a language and keeps it: its checklist comes from that language's
template, an edit never changes it, and a hand-off file carries it (and may not invent one)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop_app.domain.checklist import load_template
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.store import checklist, searches
from desktop_app.store.handoff import HandoffError, export_search, import_search

START = dt.date(2026, 3, 2)


def _create(db, role: Role, language: str) -> str:
    details = SearchDetails("Chief Revenue Officer", role, START, language=language)
    return searches.create_search(db, details)


@pytest.mark.parametrize("role", [Role.CRO, Role.CSO])
def test_a_portuguese_search_gets_the_portuguese_checklist(db, role: Role) -> None:
    search_id = _create(db, role, "pt_BR")
    assert searches.get_search(db, search_id).language == "pt_BR"
    stored = [s.step for s in checklist.list_steps(db, search_id)]
    template = load_template(role, "pt_BR")
    by_key = {s.key: s for s in template.steps}
    assert len(stored) == len(template.steps)
    for step in stored:
        expected = by_key[step.template_key]
        assert (step.title, step.description, step.owner) == (
            expected.title,
            expected.description,
            expected.owner,
        )
    english = {s.key: s.title for s in load_template(role, "en").steps}
    assert all(step.title != english[step.template_key] for step in stored)


def test_an_english_search_still_gets_the_english_checklist(db) -> None:
    search_id = _create(db, Role.CRO, "en")
    first = checklist.list_steps(db, search_id)[0].step
    assert first.title == "Run the role-need diagnostic and record the result"


def test_editing_a_search_keeps_the_language_it_was_created_in(db) -> None:
    search_id = _create(db, Role.CRO, "pt_BR")
    details = searches.get_search(db, search_id).details()
    searches.update_search(
        db, search_id, dataclasses.replace(details, title="CRO Brasil", language="en")
    )
    search = searches.get_search(db, search_id)
    assert (search.title, search.language) == ("CRO Brasil", "pt_BR")


def test_a_portuguese_search_travels_in_a_hand_off_file(db, tmp_path) -> None:
    from desktop_app.store.database import open_database

    search_id = _create(db, Role.CSO, "pt_BR")
    document = export_search(db, search_id, include_confidential=True)
    assert document["search"]["language"] == "pt_BR"
    other = open_database(tmp_path / "other.sqlite3")
    try:
        imported = import_search(other, document)
        assert searches.get_search(other, imported).language == "pt_BR"
    finally:
        other.close()


@pytest.mark.parametrize("language", ["fr", "pt-BR", "", 7])
def test_a_hand_off_file_with_an_unknown_language_is_refused(db, tmp_path, language) -> None:
    from desktop_app.store.database import open_database

    document = export_search(db, _create(db, Role.CRO, "en"), include_confidential=True)
    document["search"]["language"] = language
    other = open_database(tmp_path / "other.sqlite3")
    try:
        with pytest.raises(HandoffError) as error:
            import_search(other, document)
        assert "'language'" in str(error.value)
        assert other["searches"].count == 0
    finally:
        other.close()
