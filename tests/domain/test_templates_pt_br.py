"""The Brazilian Portuguese checklist templates, and the search languages the domain accepts.

A Portuguese template is the English one with only its human text translated: the same steps
(keys), phases, owners and days, so due dates, the offer gate and the sample data work alike in
either language."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.checklist import (
    OWNER_CODES,
    PHASE_KEYS,
    ChecklistTemplate,
    load_template,
    parse_template,
)
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.search import LANGUAGES, Role, SearchDetails, parse_language

ROLES = [Role.CRO, Role.CSO]


def _shape(template: ChecklistTemplate) -> list[tuple[str, str, str, int, bool]]:
    return [(s.key, s.phase, s.owner, s.day, bool(s.description)) for s in template.steps]


@pytest.mark.parametrize("role", ROLES)
def test_the_portuguese_template_is_its_own_file_in_portuguese(role: Role) -> None:
    template = load_template(role, "pt_BR")
    assert (template.role, template.language) == (role, "pt_BR")
    assert template.name != load_template(role, "en").name


@pytest.mark.parametrize("role", ROLES)
def test_the_portuguese_template_parses_as_it_is_shipped(role: Role) -> None:
    # Read straight from the file, not through the cache, so a malformed edit fails here.
    from desktop_app import assets

    text = assets.resource("checklists", f"{role.value.lower()}.pt_BR.toml").read_text("utf-8")
    template = parse_template(text, source="pt_BR")
    assert len(template.steps) == 39
    assert tuple(template.phase_titles) == PHASE_KEYS
    assert set(template.owner_titles) == set(OWNER_CODES)


@pytest.mark.parametrize("role", ROLES)
def test_the_portuguese_template_has_the_english_steps_phases_owners_and_days(role: Role) -> None:
    english, portuguese = load_template(role, "en"), load_template(role, "pt_BR")
    assert _shape(portuguese) == _shape(english)
    assert tuple(portuguese.phase_titles) == tuple(english.phase_titles)
    assert set(portuguese.owner_titles) == set(english.owner_titles)


@pytest.mark.parametrize("role", ROLES)
def test_every_text_of_the_portuguese_template_is_translated(role: Role) -> None:
    english, portuguese = load_template(role, "en"), load_template(role, "pt_BR")
    for en, pt in zip(english.steps, portuguese.steps, strict=True):
        assert pt.title != en.title, en.key
        assert pt.description != en.description or not en.description, en.key
    # "Due diligence" is what Brazilian hiring managers call that phase too.
    same = {k for k in PHASE_KEYS if portuguese.phase_titles[k] == english.phase_titles[k]}
    assert same <= {"diligence"}
    for code in OWNER_CODES:
        assert portuguese.owner_titles[code] != english.owner_titles[code], code


@pytest.mark.parametrize("role", ROLES)
def test_the_portuguese_template_keeps_the_roles_differences(role: Role) -> None:
    portuguese = load_template(role, "pt_BR")
    assert role.value in portuguese.steps[0].description  # the diagnostic's expected outcome
    assert role.value in portuguese.name


def test_the_portuguese_templates_use_the_glossarys_words() -> None:
    cro = load_template(Role.CRO, "pt_BR")
    assert cro.owner_titles["HM"] == "Gestor(a) da contratação"
    assert cro.owner_titles["SC"] == "Comitê de contratação"
    assert cro.owner_titles["HR"] == "RH / jurídico"
    texts = " ".join(f"{s.title} {s.description}" for s in cro.steps)
    assert "aderência" in texts and "desalinhamento com a vaga" in texts


@pytest.mark.parametrize("written", ["pt_BR", "pt-BR", "pt_br", " PT-br ", "en", "EN"])
def test_a_search_language_is_one_of_the_shipped_ones_however_written(written: str) -> None:
    language = parse_language(written)
    assert language in LANGUAGES
    assert language.lower() == written.strip().lower().replace("-", "_")


@pytest.mark.parametrize("bad", ["", "xx", "pt", "pt_PT", "fr", "english"])
def test_an_unknown_search_language_is_refused(bad: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_language(bad)
    assert error.value.field == "language"


def test_search_details_keep_a_valid_language_and_refuse_others() -> None:
    start = dt.date(2026, 3, 2)
    assert SearchDetails("CRO", Role.CRO, start).language == "en"
    assert SearchDetails("CRO", Role.CRO, start, language="pt-BR").language == "pt_BR"
    with pytest.raises(ValidationError):
        SearchDetails("CRO", Role.CRO, start, language="de")
