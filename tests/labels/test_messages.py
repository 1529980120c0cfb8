"""Every ValidationError the domain and the store raise can be said in the user's language.

The table in labels/messages.py is kept equal to the templates written in the raises (read with
`ast`, so a new raise without a translation fails here); untranslated, each message reads exactly
as the domain's English, and in Portuguese each one comes from the translation.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.domain import fields
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.pipeline import Exit, Stage
from desktop_app.labels.language import PORTUGUESE, Translation
from desktop_app.labels.messages import field_names, message_templates, message_text, placeholders

ROOT = Path(__file__).resolve().parents[2] / "desktop_app"
SOURCES = sorted([*(ROOT / "domain").rglob("*.py"), *(ROOT / "store").rglob("*.py")])
CHECKS = {"clean_line", "clean_text", "clean_email", "clean_url", "parse_date"}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _raises() -> Iterator[tuple[str, ast.Call]]:
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) == "ValidationError":
                yield f"{path.relative_to(ROOT)}:{node.lineno}", node


def _templates_in_the_code() -> set[str]:
    found, problems = set(), []
    for where, call in _raises():
        template = call.args[1] if len(call.args) > 1 else None
        if not (isinstance(template, ast.Constant) and isinstance(template.value, str)):
            problems.append(f"{where}: the message must be a literal template, not an f-string")
            continue
        found.add(template.value)
    assert not problems, "\n".join(problems)
    return found


def test_the_table_has_every_template_the_code_raises_with_and_no_other():
    in_code = _templates_in_the_code()
    assert len(in_code) > 35
    table = set(message_templates())
    assert not in_code - table, f"add to labels/messages.py: {sorted(in_code - table)}"
    assert not table - in_code, f"no longer raised: {sorted(table - in_code)}"


def test_every_raise_gives_the_values_its_template_names():
    for where, call in _raises():
        template = call.args[1]
        assert isinstance(template, ast.Constant)
        given = {keyword.arg for keyword in call.keywords}
        named = {name for name, _ in placeholders(template.value)}
        assert given == named, f"{where}: {template.value!r} names {named}, is given {given}"


def _field_keys() -> set[str]:
    """The field keys the checks in domain/fields.py are called with, written or looped over."""
    keys = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) in CHECKS and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    keys.add(first.value)
            if (
                isinstance(node, ast.For)
                and isinstance(node.iter, ast.Tuple)
                and any(
                    isinstance(call, ast.Call) and _name(call.func) in CHECKS
                    for call in ast.walk(node)
                )
            ):
                keys.update(e.value for e in node.iter.elts if isinstance(e, ast.Constant))
    return keys


def test_every_field_a_message_names_has_its_name_in_english_as_the_domain_spells_it(qapp):
    names = field_names()
    keys = _field_keys()
    assert {"title", "full_name", "email", "owner", "note"} <= keys
    assert not keys - set(names), f"add to field_names(): {sorted(keys - set(names))}"
    for key, name in names.items():
        assert name == fields._label(key)


SAMPLES = {
    "stage": Stage.OFFER,
    "exit": Exit.NOT_PROGRESSED,
    "stages": (Stage.INTERESTED, Stage.SCREENED),
    "label": "Owner",
    "length": 300,
    "limit": 200,
    "score": 7,
    "value": "x1",
}


def _samples() -> list[ValidationError]:
    errors = []
    for template in message_templates():
        values = {
            name: SAMPLES.get(name, f"<{name}>") for name, _conversion in placeholders(template)
        }
        field = "owner" if "label" in values else "field"
        errors.append(ValidationError(field, template, **values))
    return errors


def test_untranslated_each_message_reads_as_the_domain_s_english(qapp):
    for exc in _samples():
        assert message_text(exc) == exc.message


def test_a_message_the_table_does_not_know_stays_in_english(qapp):
    assert message_text(ValidationError("x", "Something new.")) == "Something new."
    # Values the template does not name leave the English too, rather than fail.
    assert message_text(ValidationError("x", "{label} is required.")) == "{label} is required."


@pytest.fixture
def portuguese(qapp):
    translation = Translation(qapp, PORTUGUESE)
    yield translation
    translation.remove()


def test_in_portuguese_every_message_is_translated_with_its_values(portuguese):
    for exc in _samples():
        text = message_text(exc)
        assert text != exc.message, exc.template
        for name, _conversion in placeholders(exc.template):
            if name not in SAMPLES:
                assert f"<{name}>" in text, (exc.template, text)
    moved = ValidationError("stage", "The candidate is already at {stage}.", stage=Stage.OFFER)
    assert message_text(moved) == "O(a) candidato(a) já está na etapa Proposta."
    long = ValidationError(
        "owner", "{label} is too long ({length} of {limit}).", label="Owner", length=300, limit=200
    )
    assert message_text(long) == "O campo “Responsável” é longo demais (300 de 200 caracteres)."
    only = ValidationError(
        "exit",
        "'{exit}' is possible only from: {stages}.",
        exit=Exit.DECLINED,
        stages=(Stage.IDENTIFIED, Stage.CONTACTED),
    )
    assert message_text(only) == "“Recusou” só é possível a partir de: Identificado, Contatado."
